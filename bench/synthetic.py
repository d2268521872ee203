"""A synthetic multi-file spec of any size that follows this project's house conventions.

``write_synthetic(directory, operations)`` writes ``operations`` operations in resources of ten
(five GETs, five POSTs with a request body) and one and a half schemas per operation: a
response model per operation and a request model per POST. Every operation has its
``x-sdk-method``, its tag's ``x-sdk-resource``, the trace header, the ``{code, msg, data}``
envelope and examples, so the generator reads it; it is also plain valid OpenAPI 3.1, so that
openapi-python-client reads its bundled form.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.specs import COMMON, PARAMETERS

PER_RESOURCE = 10

_ROOT_HEAD = """\
openapi: 3.1.0
info:
  title: Synthetic API
  version: 1.0.0
  description: A generated spec for measuring the generator.
  x-error-codes:
    - {code: 414, name: InvalidParameterError, description: Bad parameter., retry: never}
servers:
  - {url: 'https://api.example.com', description: Main., x-region: main, x-role: primary}
"""


def _names(resource: int, index: int) -> dict[str, str]:
    return {
        "tag": f"Area{resource}",
        "resource": f"area{resource}",
        "file": f"area{resource}",
        "path": f"/v1/area{resource}/items{index}/{{item_id}}",
        "model": f"Area{resource}Item{index}",
        "request": f"Area{resource}Item{index}Request",
        "get_id": f"getArea{resource}Item{index}",
        "post_id": f"updateArea{resource}Item{index}",
    }


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def _schema(name: str, description: str, request: bool = False) -> str:
    return (
        f"{name}:\n"
        "  type: object\n"
        f"  description: {description}\n"
        "  properties:\n"
        + ("" if request else "    item_id: {type: string, description: Id of the item.}\n")
        + "    count: {type: integer, format: int32, description: How many.}\n"
        "    label: {type: string, maxLength: 64, description: A label.}\n"
        f"    {_snake(name)}_note: {{type: string, description: A note of its own.}}\n"
        "    tags:\n"
        "      type: array\n"
        "      description: Tags.\n"
        "      items: {type: string}\n"
    )


def _operation(names: dict[str, str], index: int) -> str:
    post = index % 2 == 1
    method = "post" if post else "get"
    operation_id = names["post_id"] if post else names["get_id"]
    text = (
        f"  {method}:\n"
        f"    operationId: {operation_id}\n"
        f"    tags: [{names['tag']}]\n"
        f"    summary: {'Update' if post else 'Get'} item {index}\n"
        f"    description: {'Updates' if post else 'Reads'} one item of kind {index}.\n"
        f"    x-sdk-method: {'update' if post else 'get'}_item{index}\n"
        "    parameters:\n"
        "      - name: item_id\n"
        "        in: path\n"
        "        required: true\n"
        "        description: Id of the item.\n"
        "        schema: {type: string}\n"
        "        example: i1\n"
    )
    if post:
        text += (
            "    requestBody:\n"
            "      required: true\n"
            "      content:\n"
            "        application/json:\n"
            "          schema:\n"
            f"            $ref: '../components/schemas/{names['file']}.yaml#/{names['request']}'\n"
            "          example: {count: 2, label: a, tags: [x]}\n"
        )
    text += (
        "    responses:\n"
        "      '200':\n"
        "        description: The item.\n"
        "        content:\n"
        "          application/json:\n"
        "            schema:\n"
        "              allOf:\n"
        "                - $ref: '../components/schemas/common.yaml#/Envelope'\n"
        "                - type: object\n"
        "                  properties:\n"
        "                    data:\n"
        f"                      $ref: '../components/schemas/{names['file']}.yaml#/{names['model']}'\n"
        "            example: {code: 200, msg: success, data: {item_id: i1, count: 2}}\n"
    )
    return text


def write_synthetic(directory: Path, operations: int) -> Path:
    """Write the spec under ``directory`` and return its root file."""
    resources = max(1, -(-operations // PER_RESOURCE))
    files: dict[str, str] = {
        "components/parameters.yaml": PARAMETERS,
        "components/schemas/common.yaml": "# Shared models.\n\n" + COMMON,
    }
    tags = ["tags:\n"]
    root_paths = ["paths:\n"]
    for resource in range(resources):
        count = min(PER_RESOURCE, operations - resource * PER_RESOURCE)
        first = _names(resource, 0)
        tags.append(
            f"  - name: {first['tag']}\n"
            f"    description: Area {resource}.\n"
            f"    x-sdk-resource: {first['resource']}\n"
        )
        path_text = [f"# Area {resource}.\n\n"]
        schema_text = [f"# Models of area {resource}.\n\n"]
        for index in range(count):
            names = _names(resource, index)
            escaped = names["path"].replace("/", "~1")
            root_paths.append(
                f"  {names['path']}:\n    $ref: 'paths/{names['file']}.yaml#/{escaped}'\n"
            )
            path_text.append(
                f"{names['path']}:\n"
                "  parameters:\n"
                "    - $ref: '../components/parameters.yaml#/TraceId'\n" + _operation(names, index)
            )
            schema_text.append(_schema(names["model"], f"Item {index} of area {resource}."))
            if index % 2 == 1:
                schema_text.append(
                    _schema(names["request"], f"Changes to item {index}.", request=True)
                )
        files[f"paths/{first['file']}.yaml"] = "\n".join(path_text)
        files[f"components/schemas/{first['file']}.yaml"] = "\n".join(schema_text)
    files["openapi.yaml"] = _ROOT_HEAD + "".join(tags) + "".join(root_paths)
    for relative, text in files.items():
        target = directory / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return directory / "openapi.yaml"


def schema_count(operations: int) -> int:
    """How many schemas the spec of ``operations`` operations has (the envelope included)."""
    return operations + operations // 2 + 1
