"""Split layouts of other projects: refs to fragments of any file, resolved from the file that
holds them, hoisted as components with deterministic names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.bundler import bundle
from generator.core.problems import SpecError
from generator.core.validator import validate_openapi

ROOT = """\
openapi: 3.0.3
info: {title: Layout, version: '1'}
paths:
  /pets:
    $ref: 'api/pets.yaml'
  /pets/{id}:
    $ref: 'api/all.json#/~1pets~1%7Bid%7D'
components:
  schemas:
    Pet: {type: object, properties: {name: {type: string}}}
"""
PETS = """\
get:
  parameters:
    - $ref: '../shared/params.yaml#/components/parameters/limit'
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            type: array
            items: {$ref: '../shared/defs.json#/definitions/Pet'}
    default: {$ref: '../shared/params.yaml#/components/responses/Error'}
"""
ALL = """{
  "/pets/{id}": {
    "get": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "ok", "content": {"application/json": {
        "schema": {"$ref": "../shared/../shared/defs.json#/definitions/Pet/properties/owner"}}}}}
    }
  }
}
"""
DEFS = """{
  "definitions": {
    "Pet": {"type": "object", "properties": {
      "owner": {"type": "object", "properties": {"pets": {"type": "array",
        "items": {"$ref": "#/definitions/Pet"}}}},
      "tag": {"$ref": "tags.yaml"}}}
  }
}
"""
PARAMS = """\
components:
  parameters:
    limit: {name: limit, in: query, schema: {type: integer}}
  responses:
    Error:
      description: error
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Pet'}
  schemas:
    Pet: {type: object, properties: {code: {type: integer}}}
"""


def write(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / "openapi.yaml"


def layout(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "api/pets.yaml": PETS,
            "api/all.json": ALL,
            "shared/defs.json": DEFS,
            "shared/tags.yaml": "type: string\nenum: [a, b]\n",
            "shared/params.yaml": PARAMS,
        },
    )


def test_any_layout_bundles_into_valid_components(tmp_path: Path) -> None:
    loaded = bundle(layout(tmp_path))
    validate_openapi(loaded)
    document = loaded.document
    schemas = document["components"]["schemas"]
    # the root's Pet keeps its name; the other two are named after their files, deterministically
    assert sorted(schemas) == ["Pet", "defs_Pet", "owner", "params_Pet", "tags"]
    items = document["paths"]["/pets"]["get"]["responses"]["200"]["content"]
    assert items["application/json"]["schema"]["items"] == {"$ref": "#/components/schemas/defs_Pet"}
    assert schemas["owner"]["properties"]["pets"]["items"] == {
        "$ref": "#/components/schemas/defs_Pet"
    }
    assert document["paths"]["/pets"]["get"]["parameters"] == [
        {"$ref": "#/components/parameters/limit"}
    ]
    error = document["components"]["responses"]["Error"]
    assert error["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/params_Pet"
    }
    # the same file by two relative paths is read once
    assert len([p for p in loaded.files if p.name == "defs.json"]) == 1
    # places are kept: the path parameter is in all.json, on its line
    where = loaded.locate("/paths/~1pets~1{id}/get/parameters/0/name")
    assert where.file.endswith("all.json") and where.line == 4
    assert bundle(layout(tmp_path)).document == document  # deterministic


def test_refusals_stay(tmp_path: Path) -> None:
    root = layout(tmp_path)
    (tmp_path / "api/pets.yaml").write_text(
        PETS.replace("../shared/defs.json", "../../outside.json"), encoding="utf-8"
    )
    with pytest.raises(SpecError) as raised:
        bundle(root)
    assert [p.rule for p in raised.value.problems] == ["ref-outside"]
    assert raised.value.problems[0].location.file.endswith("pets.yaml")


def test_one_component_or_path_item_per_file(tmp_path: Path) -> None:
    """The layout of many split specs: components/schemas/Pet.yaml is the schema Pet,
    paths/pet.yaml is one path item (refs to whole files)."""
    root = write(
        tmp_path,
        {
            "openapi.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
            "paths:\n  /pet:\n    $ref: paths/pet.yaml\n",
            "paths/pet.yaml": "get:\n  responses:\n    '200':\n      description: ok\n"
            "      content:\n        application/json:\n"
            "          schema: {$ref: ../components/schemas/Pet.yaml}\n",
            "components/schemas/Pet.yaml": "type: object\nproperties:\n"
            "  tag: {$ref: ./Tag.yaml}\n",
            "components/schemas/Tag.yaml": "type: string\n",
        },
    )
    loaded = bundle(root)
    validate_openapi(loaded)
    schemas = loaded.document["components"]["schemas"]
    assert sorted(schemas) == ["Pet", "Tag"]
    assert schemas["Pet"]["properties"]["tag"] == {"$ref": "#/components/schemas/Tag"}
    assert loaded.schema_modules() == {"Pet": "Pet", "Tag": "Tag"}
    assert {t.pointer for t in loaded.declared_path_items} == {""}
    assert set(loaded.path_targets) == {"/pet"}


def test_a_ref_inside_an_example_is_data(tmp_path: Path) -> None:
    """OpenAPI does not resolve ``$ref`` inside example values, defaults or enums; names like
    ``default`` of a response or ``example`` of a property are not literal data."""
    root = write(
        tmp_path,
        {
            "openapi.yaml": "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
            "  /a:\n    get:\n      responses:\n        default: {$ref: 'r.yaml#/Error'}\n",
            "r.yaml": "Error:\n  description: e\n  content:\n    application/json:\n"
            "      schema:\n        type: object\n        properties:\n"
            "          example: {$ref: 's.yaml#/S'}\n"
            "        example: {$ref: 'nowhere.yaml#/X'}\n"
            "      examples:\n        one:\n          value: {$ref: 'nowhere.yaml#/Y'}\n",
            "s.yaml": "S: {type: string}\n",
        },
    )
    loaded = bundle(root)
    validate_openapi(loaded)
    document = loaded.document
    assert document["paths"]["/a"]["get"]["responses"]["default"] == {
        "$ref": "#/components/responses/Error"
    }
    media = document["components"]["responses"]["Error"]["content"]["application/json"]
    assert media["schema"]["properties"]["example"] == {"$ref": "#/components/schemas/S"}
    assert media["schema"]["example"] == {"$ref": "nowhere.yaml#/X"}
    assert media["examples"]["one"]["value"] == {"$ref": "nowhere.yaml#/Y"}
