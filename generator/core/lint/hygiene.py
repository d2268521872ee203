"""The ``openapi`` layer: hygiene any OpenAPI document should follow (declared security
schemes, known formats, examples that fit their schema)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.core.bundler import Bundle
from generator.core.lint import all_schemas, problem_at, rule
from generator.core.loader import join_pointer
from generator.core.problems import Problem
from generator.core.schemas import (
    iter_operations,
    json_media,
    operation_parameters,
)

LAYER = "openapi"


KNOWN_FORMATS = frozenset(
    {
        "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
        "float", "double", "decimal", "decimal128", "double-int",
        "byte", "binary", "base64url", "char", "password",
        "date", "date-time", "time", "duration", "http-date", "unixtime",
        "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
        "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
        "json-pointer", "relative-json-pointer", "regex",
        "html", "commonmark", "media-range",
    }
)  # fmt: skip


@rule(LAYER)
def schema_formats(bundle: Bundle) -> Iterator[Problem]:
    for pointer, schema in all_schemas(bundle):
        value = schema.get("format")
        if value is not None and (not isinstance(value, str) or value not in KNOWN_FORMATS):
            yield problem_at(
                bundle,
                join_pointer(pointer, "format"),
                "schema-format",
                f"format {value!r} is not a known format",
                "use a format of JSON Schema or of the OpenAPI format registry (e.g. int64, "
                "date-time, uuid), or drop it and describe the value in `description`",
            )


@rule(LAYER)
def security_requirements(bundle: Bundle) -> Iterator[Problem]:
    """Every security requirement names a declared security scheme."""
    document = bundle.document
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    owners: list[tuple[str, Any]] = [("/security", document.get("security"))]
    owners += [
        (join_pointer(pointer, "security"), operation.get("security"))
        for pointer, _, _, operation, _ in iter_operations(document)
    ]
    for pointer, requirements in owners:
        for index, requirement in enumerate(requirements if isinstance(requirements, list) else []):
            for name in requirement if isinstance(requirement, dict) else {}:
                if name not in schemes:
                    yield problem_at(
                        bundle,
                        join_pointer(pointer, index),
                        "security-scheme",
                        f"security requirement '{name}' names no scheme of components.securitySchemes",
                        "declare the scheme under components.securitySchemes or correct the name",
                    )


@rule(LAYER)
def examples(bundle: Bundle) -> Iterator[Problem]:
    document = bundle.document
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)

    def check(schema: Any, value: Any, pointer: str, what: str) -> Iterator[Problem]:
        validator = jsonschema.Draft202012Validator(
            _rebase(schema),
            registry=registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        for error in errors[:3]:
            at = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            yield problem_at(
                bundle,
                pointer,
                "example-invalid",
                f"{what} does not match its schema at {at}: {_short(error.message)}",
                "correct the example (or the schema, if the example shows the real API)",
            )

    for pointer, schema in all_schemas(bundle):
        for index, value in enumerate(
            schema.get("examples") or [] if isinstance(schema.get("examples"), list) else []
        ):
            yield from check(
                schema,
                value,
                join_pointer(join_pointer(pointer, "examples"), index),
                "schema example",
            )
    # the {code, msg, data} envelope is a convention of the Yunxin profile only
    from generator.profiles import profile_name

    envelope = profile_name(document) == "yunxin"
    for pointer, _, _, operation, item in iter_operations(document):
        for param_pointer, parameter in operation_parameters(document, pointer, operation, item):
            if "example" in parameter:
                media = json_media(parameter.get("content"))
                schema = parameter.get("schema") or (media or {}).get("schema") or {}
                yield from check(
                    schema,
                    parameter["example"],
                    join_pointer(param_pointer, "example"),
                    f"example of parameter '{parameter.get('name')}'",
                )
        body = operation.get("requestBody")
        media = json_media(body.get("content")) if isinstance(body, dict) else None
        if media and "example" in media:
            at = join_pointer(pointer, "requestBody") + "/content/application~1json/example"
            yield from check(media.get("schema", {}), media["example"], at, "request body example")
        for code, response in (operation.get("responses") or {}).items():
            media = json_media(response.get("content")) if isinstance(response, dict) else None
            if media and "example" in media:
                at = (
                    join_pointer(join_pointer(pointer, "responses"), code)
                    + "/content/application~1json/example"
                )
                yield from check(
                    media.get("schema", {}), media["example"], at, f"{code} response example"
                )
                if (
                    code == "200"
                    and envelope
                    and isinstance(media["example"], dict)
                    and media["example"].get("code") != 200
                ):
                    yield problem_at(
                        bundle,
                        at,
                        "example-invalid",
                        "the 200 response example must show a success (`code: 200`)",
                        "set `code: 200` and `msg: success`",
                    )


def _rebase(schema: Any) -> Any:
    """Point local refs of a schema at the registered spec document."""
    if isinstance(schema, dict):
        return {
            key: (
                f"urn:spec{value}"
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _rebase(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(item) for item in schema]
    return schema


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
