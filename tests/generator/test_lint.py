"""generator.core.lint and the Yunxin house rules: each rule fires on a spec broken in exactly that way, with a useful location."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.bundler import bundle
from generator.core.lint import lint
from generator.core.problems import SpecError
from tests.support.specs import COMMON, PATHS, ROOT, THINGS, write_spec


def _rules(tmp_path: Path, overrides: dict[str, str]) -> list[tuple[str, str, int]]:
    loaded = bundle(write_spec(tmp_path, overrides))
    try:
        lint(loaded)
    except SpecError as error:
        return [(p.rule, Path(p.location.file).name, p.location.line) for p in error.problems]
    return []


def test_minimal_spec_is_clean(tmp_path: Path) -> None:
    assert _rules(tmp_path, {}) == []


SECOND_OPERATION = """
  delete:
    operationId: getThing
    tags: [Things]
    summary: Delete a thing
    description: Deletes it.
    x-sdk-method: delete
    responses:
      '200':
        description: Gone.
        content:
          application/json:
            schema:
              allOf:
                - $ref: '../components/schemas/common.yaml#/Envelope'
                - type: object
                  properties:
                    data:
                      $ref: '../components/schemas/things.yaml#/Thing'
            example: {code: 200, msg: success, data: {}}
"""

CASES = {
    "operation-id-duplicate": ({"paths/things.yaml": PATHS + SECOND_OPERATION}, "things.yaml", 32),
    "operation-id-style": (
        {"paths/things.yaml": PATHS.replace("getThing", "get_thing")},
        "things.yaml",
        5,
    ),
    "operation-summary": (
        {"paths/things.yaml": PATHS.replace("    summary: Get a thing\n", "")},
        "things.yaml",
        4,
    ),
    "operation-description": (
        {"paths/things.yaml": PATHS.replace("    description: Reads one thing.\n", "")},
        "things.yaml",
        4,
    ),
    "operation-tag": (
        {"paths/things.yaml": PATHS.replace("tags: [Things]", "tags: [Stuff]")},
        "things.yaml",
        6,
    ),
    "operation-sdk-method": (
        {"paths/things.yaml": PATHS.replace("x-sdk-method: get", "x-sdk-method: GetIt")},
        "things.yaml",
        4,
    ),
    "tag-sdk-resource": (
        {"openapi.yaml": ROOT.replace("    x-sdk-resource: things\n", "")},
        "openapi.yaml",
        12,
    ),
    "operation-trace-header": (
        {
            "paths/things.yaml": PATHS.replace(
                "  parameters:\n    - $ref: '../components/parameters.yaml#/TraceId'\n", ""
            )
        },
        "things.yaml",
        2,
    ),
    "example-missing": (
        {"paths/things.yaml": PATHS.replace("        example: t1\n", "")},
        "things.yaml",
        11,
    ),
    "example-invalid": (
        {"paths/things.yaml": PATHS.replace("count: 2", "count: lots")},
        "things.yaml",
        29,
    ),
    "operation-response": (
        {
            "paths/things.yaml": PATHS.replace(
                "$ref: '../components/schemas/common.yaml#/Envelope'", "type: object"
            )
        },
        "things.yaml",
        18,
    ),
    "schema-inline-object": (
        {
            "components/schemas/things.yaml": THINGS
            + "    inner:\n      type: object\n      properties:\n        x: {type: string}\n"
        },
        "things.yaml",
        9,
    ),
    "schema-unsupported": (
        {
            "components/schemas/things.yaml": THINGS
            + "    either:\n      oneOf: [{type: string}, {type: integer}]\n"
        },
        "things.yaml",
        10,
    ),
    "component-unused": (
        {
            "components/schemas/things.yaml": THINGS
            + "Unused:\n  type: object\n  properties:\n    y: {type: string}\n"
        },
        "things.yaml",
        9,
    ),
    "path-unreferenced": (
        {"paths/more.yaml": "/v1/more:\n  get: {}\n"},
        "more.yaml",
        1,
    ),
    "enum-varnames": (
        {
            "components/schemas/common.yaml": COMMON
            + "Level:\n  type: integer\n  description: L.\n  enum: [1, 2]\n",
            "components/schemas/things.yaml": THINGS
            + "    level: {$ref: './common.yaml#/Level'}\n",
        },
        "common.yaml",
        9,
    ),
    "schema-copy": (
        {
            "components/schemas/things.yaml": THINGS
            + "    twin: {$ref: '#/Twin'}\n    twin2: {$ref: '#/Twin2'}\n"
            + "Twin:\n  type: object\n  description: One.\n  properties:\n    x: {type: string, description: X.}\n"
            + "Twin2:\n  type: object\n  description: Two.\n  properties:\n    x: {type: string, description: Same X.}\n",
        },
        "things.yaml",
        16,
    ),
    "parameter-name": (
        {
            "paths/things.yaml": PATHS.replace(
                "        schema: {type: string}\n        example: t1\n",
                "        schema: {type: string}\n        example: t1\n      - name: timeout\n        in: query\n        description: Clashes.\n        schema: {type: integer}\n",
            )
        },
        "things.yaml",
        17,
    ),
    "schema-file-cycle": (
        {
            "components/schemas/common.yaml": COMMON
            + "Holder:\n  type: object\n  description: H.\n  properties:\n    thing: {$ref: './things.yaml#/Thing'}\n",
            "components/schemas/things.yaml": THINGS
            + "    holder: {$ref: './common.yaml#/Holder'}\n",
        },
        "common.yaml",
        13,
    ),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires(tmp_path: Path, rule: str) -> None:
    overrides, file_name, line = CASES[rule]
    found = _rules(tmp_path, overrides)
    matching = [entry for entry in found if entry[0] == rule]
    assert matching, f"{rule} did not fire; found {found}"
    assert (rule, file_name, line) in matching, f"{rule} at {matching}, expected {file_name}:{line}"


def test_every_problem_has_a_fix(tmp_path: Path) -> None:
    loaded = bundle(write_spec(tmp_path, CASES["schema-inline-object"][0]))
    with pytest.raises(SpecError) as caught:
        lint(loaded)
    assert all(p.fix and p.message for p in caught.value.problems)


def test_stream_extension_is_checked(tmp_path: Path) -> None:
    import shutil

    spec = Path(__file__).resolve().parents[2] / "spec"
    shutil.copytree(spec, tmp_path / "spec")
    messages = tmp_path / "spec" / "paths" / "messages.yaml"
    text = messages.read_text(encoding="utf-8")
    text = text.replace("      method: send_stream\n", "      method: send_stream_chunk\n")
    text = text.replace("      index: attachment.index\n", "      index: attachment.position\n")
    messages.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        lint(bundle(tmp_path / "spec" / "openapi.yaml"))
    found = sorted(p.message for p in caught.value.problems if p.rule == "stream")
    assert len(found) == 2
    assert "'send_stream_chunk'" in found[0] or "'send_stream_chunk'" in found[1]
    assert any("attachment.position" in message for message in found)


SINGLE_FILE = """\
openapi: 3.1.0
info: {title: One file, version: 1.0.0, description: Everything in the root file., x-sdk: {profile: yunxin}}
servers:
  - {url: 'https://api.example.com', description: Main., x-region: main, x-role: primary}
tags:
  - {name: Things, description: Things., x-sdk-resource: things}
paths:
  /v1/things:
    parameters:
      - $ref: '#/components/parameters/TraceId'
    get:
      operationId: listThings
      tags: [Things]
      summary: List things
      description: Lists things.
      x-sdk-method: list_all
      responses:
        '200':
          description: Things.
          content:
            application/json:
              schema:
                allOf:
                  - $ref: '#/components/schemas/Envelope'
                  - type: object
                    properties:
                      data: {$ref: '#/components/schemas/Thing'}
              example: {code: 200, msg: success, data: {name: a}}
components:
  parameters:
    TraceId: {name: X-custom-traceid, in: header, schema: {type: string}}
  schemas:
    Envelope:
      type: object
      required: [code, msg]
      properties: {code: {type: integer}, msg: {type: string}, data: {}}
    Thing:
      type: object
      description: A thing.
      properties: {name: {type: string}}
"""


def test_single_file_spec_is_supported_and_its_unused_components_found(tmp_path: Path) -> None:
    from generator.targets.python.build import build_api

    root = tmp_path / "openapi.yaml"
    root.write_text(SINGLE_FILE, encoding="utf-8")
    loaded = bundle(root)
    lint(loaded)
    assert [m.name for m in build_api(loaded).modules] == ["common"]
    orphan = "    Orphan:\n      type: object\n      properties: {x: {type: string}}\n"
    root.write_text(SINGLE_FILE + orphan, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        lint(bundle(root))
    assert [(p.rule, p.location.line) for p in caught.value.problems] == [("component-unused", 41)]
