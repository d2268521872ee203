"""The neutral model and the Python view of plain specs: names from their place, unions,
allOf, security, and the capability warnings that name what the SDKs cannot do."""

from __future__ import annotations

from pathlib import Path

from generator.core.bundler import bundle
from generator.core.lint import lint
from generator.core.modeler import build_model
from generator.targets.python.build import build

SPEC = """\
openapi: 3.1.0
info: {title: Tiny, version: '1'}
paths:
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      security: [{cookieKey: []}, {oauth: []}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  pet: {$ref: '#/components/schemas/Pet'}
                  extra: {type: object, properties: {a: {type: string}}}
    post:
      operationId: postPet
      requestBody:
        content:
          text/csv:
            schema: {type: string}
      responses:
        '204': {description: done}
components:
  securitySchemes:
    cookieKey: {type: apiKey, in: cookie, name: sid}
    oauth:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {}}
  schemas:
    Pet:
      type: object
      properties:
        owner:
          type: object
          properties: {name: {type: string}}
        size: {anyOf: [{type: integer}, {type: string}, {type: 'null'}]}
    GetPetsByIdResponse:
      type: object
      properties: {taken: {type: string}}
"""


def _spec(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def test_inline_models_are_named_from_their_place_without_collisions(tmp_path: Path) -> None:
    api = build_model(bundle(_spec(tmp_path)))
    names = [m.name for module in api.modules for m in module.models]
    # the component GetPetsByIdResponse keeps its name: the inline answer gets a number
    assert names.count("GetPetsByIdResponse") == 1
    assert {"GetPetsByIdResponse2", "GetPetsByIdResponse2Extra", "PetOwner"} <= set(names)
    again = build_model(bundle(_spec(tmp_path)))
    assert [m.name for module in again.modules for m in module.models] == names
    pet = next(m for module in api.modules for m in module.models if m.name == "Pet")
    size = next(f for f in pet.fields if f.wire_name == "size").type
    assert size.kind == "union" and size.nullable
    assert [v.kind for v in size.variants] == ["integer", "string"]


def test_python_view_of_unions_and_security(tmp_path: Path) -> None:
    view = build(build_model(bundle(_spec(tmp_path))))
    assert view.plain and view.error_root == "TinyError"
    pet = next(m for m in view.models if m.name == "Pet")
    assert (
        next(f for f in pet.fields if f.py_name == "size").annotation == "Optional[Union[int, str]]"
    )
    # oauth2 is applied as a bearer token; the cookie key is not applied
    assert [(s.name, s.kind, s.arguments) for s in view.security] == [
        ("oauth", "bearer", ["token"])
    ]
    get = next(op for op in view.operations if op.http_method == "GET")
    assert get.auth == [["oauth"]] and get.method_name == "get_pets_by_id"


def test_capability_warnings_name_the_place(tmp_path: Path) -> None:
    warnings = lint(bundle(_spec(tmp_path)))
    found = {(p.rule, p.location.line) for p in warnings if p.severity == "warning"}
    assert ("security-unsupported", 29) in found
    assert ("security-token", 31) in found
    assert any(rule == "request-media" for rule, _ in found)
    rendered = [p.render() for p in warnings]
    assert any("cookieKey" in text and "openapi.yaml:29" in text for text in rendered)
