"""Small valid specs for unit tests, written to a temporary directory and then broken on purpose."""

from __future__ import annotations

import textwrap
from pathlib import Path

ROOT = """\
openapi: 3.1.0
info:
  title: Mini API
  version: 1.0.0
  description: A minimal valid spec.
  x-sdk: {profile: yunxin}
  x-error-codes:
    - {code: 414, name: InvalidParameterError, description: Bad parameter., retry: never}
servers:
  - {url: 'https://api.example.com', description: Main., x-region: main, x-role: primary}
tags:
  - name: Things
    description: Things.
    x-sdk-resource: things
paths:
  /v1/things/{thing_id}:
    $ref: 'paths/things.yaml#/~1v1~1things~1{thing_id}'
"""

PATHS = """\
/v1/things/{thing_id}:
  parameters:
    - $ref: '../components/parameters.yaml#/TraceId'
  get:
    operationId: getThing
    tags: [Things]
    summary: Get a thing
    description: Reads one thing.
    x-sdk-method: get
    parameters:
      - name: thing_id
        in: path
        required: true
        description: Id of the thing.
        schema: {type: string}
        example: t1
    responses:
      '200':
        description: The thing.
        content:
          application/json:
            schema:
              allOf:
                - $ref: '../components/schemas/common.yaml#/Envelope'
                - type: object
                  properties:
                    data:
                      $ref: '../components/schemas/things.yaml#/Thing'
            example: {code: 200, msg: success, data: {thing_id: t1, count: 2}}
"""

PARAMETERS = """\
TraceId:
  name: X-custom-traceid
  in: header
  description: Trace id.
  schema: {type: string}
"""

COMMON = """\
Envelope:
  type: object
  description: Envelope.
  required: [code, msg]
  properties:
    code: {type: integer, description: Code.}
    msg: {type: string, description: Message.}
    data: {description: Data.}
"""

THINGS = """\
# Things.

Thing:
  type: object
  description: A thing.
  properties:
    thing_id: {type: string, description: Id.}
    count: {type: integer, format: int32, description: How many.}
"""


def mini_spec_files() -> dict[str, str]:
    """Relative path -> content of a minimal valid multi-file spec."""
    return {
        "openapi.yaml": ROOT,
        "paths/things.yaml": PATHS,
        "components/parameters.yaml": PARAMETERS,
        "components/schemas/common.yaml": COMMON,
        "components/schemas/things.yaml": THINGS,
    }


def write_spec(directory: Path, overrides: dict[str, str] | None = None) -> Path:
    """Write the minimal spec, with some files replaced or added, and return its root file."""
    content = {**mini_spec_files(), **(overrides or {})}
    for relative, text in content.items():
        target = directory / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return directory / "openapi.yaml"
