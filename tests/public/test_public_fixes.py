"""Generator defects the public specs showed, each on the smallest spec that has it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.core.bundler import bundle
from generator.core.lint import lint
from generator.targets.python.build import build_api

REPO = Path(__file__).resolve().parents[2]

NARROWED = """
openapi: 3.1.0
info: {title: Wrapped, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - $ref: "#/components/schemas/Wrapper"
                  - properties:
                      data: {type: array, items: {$ref: "#/components/schemas/Thing"}}
                  - required: [data]
                    properties:
                      total: {type: integer}
              example: {data: [{name: a}], total: 1}
components:
  schemas:
    Wrapper:
      type: object
      properties:
        data: {type: array, items: {type: object}}
        next: {type: string}
    Thing:
      type: object
      properties:
        name: {type: string}
"""


def test_a_base_field_whose_type_an_allof_changes_is_marked(tmp_path: Path) -> None:
    """train-travel: ``allOf: [Wrapper-Collection, {data: [Station]}]`` makes a subclass that
    redefines ``data`` with another type; the field is marked so that mypy --strict accepts
    it (the generated train-travel package is type-checked in test_public_generation)."""
    root = tmp_path / "openapi.yaml"
    root.write_text(NARROWED, encoding="utf-8")
    api = build_api(bundle(root))
    models = {m.name: m for module in api.modules for m in module.models}
    (response,) = [m for name, m in models.items() if name not in ("Wrapper", "Thing")]
    assert response.base is not None and response.base.name == "Wrapper"
    fields = {f.py_name: f for f in response.fields}
    assert fields["data"].annotation == "List[Thing]" and fields["data"].narrows_base


def test_plain_specs_do_not_get_the_envelope_example_rule(tmp_path: Path) -> None:
    """uspto: a 200 example without ``code: 200`` was reported as not showing a success, a
    rule of the Yunxin envelope."""
    root = tmp_path / "openapi.yaml"
    root.write_text(NARROWED, encoding="utf-8")
    assert [p.rule for p in lint(bundle(root))] == []


NO_MODELS = """
openapi: 3.0.3
info: {title: Bare, version: "1"}
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": {description: no content}
"""


def test_a_spec_without_models_generates_a_models_package_that_imports(tmp_path: Path) -> None:
    """security.json of the OpenAPI examples has no schema: ``if TYPE_CHECKING:`` was rendered
    with nothing under it."""
    root = tmp_path / "openapi.yaml"
    root.write_text(NO_MODELS, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(root)]
    command += ["--out", str(out), "--target", "python", "--package", "bare_sdk"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    check = (
        "import bare_sdk.models as m, bare_sdk; assert m.__all__ == []; print(bare_sdk.BareClient)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", check], cwd=out / "python", capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert "BareClient" in shown.stdout


NULLABLE_AND_CLASH = """
openapi: 3.0.3
info: {title: Rooms, version: "1"}
paths:
  /classrooms/{id}:
    get:
      operationId: getClassroom
      tags: [classroom]
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/classroom"}
components:
  schemas:
    classroom:
      type: object
      required: [id, owner]
      properties:
        id: {type: integer}
        owner: {$ref: "#/components/schemas/nullable-user"}
    nullable-user:
      type: object
      nullable: true
      properties:
        login: {type: string}
"""


def test_github_shapes_nullable_components_and_a_resource_named_like_a_model(
    tmp_path: Path,
) -> None:
    """GitHub: a required field that refers to ``nullable-simple-user`` (``nullable: true``
    on the component) refused null; the ``classroom`` tag made a resource class ``Classroom``
    that shadowed the model ``Classroom`` (schema ``classroom``) in its module."""
    root = tmp_path / "openapi.yaml"
    root.write_text(NULLABLE_AND_CLASH, encoding="utf-8")
    api = build_api(bundle(root))
    (model,) = [m for module in api.modules for m in module.models if m.name == "Classroom"]
    owner = next(f for f in model.fields if f.py_name == "owner")
    assert owner.required and owner.annotation == "Optional[NullableUser]"
    (resource,) = api.resources
    assert resource.class_name == "ClassroomResource"


def test_an_allof_that_only_makes_a_field_required_is_no_narrowing(tmp_path: Path) -> None:
    """GitHub's ``apps/create-from-manifest``: ``allOf: [integration, {required: [client_id]}]``
    turned ``Optional[str]`` into ``str``, a valid override; its ``# type: ignore`` was unused,
    an error under mypy --strict."""
    root = tmp_path / "openapi.yaml"
    made_required = NARROWED.replace(
        "required: [data]\n                    properties:\n",
        "required: [next]\n                    properties:\n"
        "                      next: {type: string}\n",
    )
    assert made_required != NARROWED
    root.write_text(made_required, encoding="utf-8")
    api = build_api(bundle(root))
    (response,) = [
        m for module in api.modules for m in module.models if m.name not in ("Wrapper", "Thing")
    ]
    fields = {f.py_name: f for f in response.fields}
    assert fields["next"].annotation == "str" and not fields["next"].narrows_base


def test_a_split_spec_with_file_names_that_are_not_identifiers(tmp_path: Path) -> None:
    """GitHub split over many files: a schema file ``pull-request-stack.yaml`` became the
    module ``models.pull-request-stack``, a module whose only model extends a model of another
    module rendered ``from .._models import`` with nothing after it, and the modules of files
    that refer to each other imported each other in a cycle. A plain spec now has one models
    module, as when it is a single file."""
    spec = tmp_path / "spec"
    (spec / "schemas").mkdir(parents=True)
    (spec / "openapi.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: Split, version: "1"}\npaths:\n  /stacks:\n    get:\n'
        "      operationId: listStacks\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: 'schemas/pull-request-stack.yaml'}\n",
        encoding="utf-8",
    )
    (spec / "schemas" / "pull-request-stack.yaml").write_text(
        "allOf:\n  - $ref: 'base-item.yaml'\n  - type: object\n"
        "    properties:\n      depth: {type: integer}\n",
        encoding="utf-8",
    )
    (spec / "schemas" / "base-item.yaml").write_text(
        "type: object\nproperties:\n  id: {type: integer}\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec / "openapi.yaml")]
    command += ["--out", str(out), "--target", "python", "--package", "split_sdk"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    modules = sorted(p.stem for p in (out / "python" / "split_sdk" / "models").glob("*.py"))
    assert modules == ["__init__", "common"]  # no import cycles between the files' modules
    check = (
        "from split_sdk.models import PullRequestStack as P, BaseItem;"
        "assert issubclass(P, BaseItem); print(P.model_validate({'id': 1, 'depth': 2}).depth)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", check], cwd=out / "python", capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "2"
