"""Small helpers for reading schemas of a bundled document: refs, allOf, nullability, walking."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.core.loader import join_pointer, resolve_pointer

COMPONENT_SCHEMA_PREFIX = "#/components/schemas/"
#: Keys of a schema that hold one sub-schema, and those that hold a list or map of them.
_SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
)
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")


def canonical(schema: Any, ignore: frozenset[str] | set[str] | tuple[str, ...]) -> str:
    """A schema as canonical JSON without the keys in ``ignore`` (at any depth): two schemas
    that differ only in those keys (prose, examples ...) give the same text."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ignore}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(schema), sort_keys=True, ensure_ascii=False)


def ref_name(schema: Any) -> str | None:
    """Component name of a ``{$ref: '#/components/schemas/X'}`` schema, else None."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_SCHEMA_PREFIX):
            return ref[len(COMPONENT_SCHEMA_PREFIX) :]
    return None


def split_nullable(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Remove the ``null`` alternative from a 3.1 schema: ``type: [X, 'null']`` or
    ``anyOf/oneOf: [S, {type: 'null'}]``. Returns the remaining schema and whether null was allowed.
    """
    if schema.get("nullable") is True:  # OpenAPI 3.0
        return {k: v for k, v in schema.items() if k != "nullable"}, True
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        copy = dict(schema)
        if len(rest) == 1:
            copy["type"] = rest[0]
        elif rest:
            copy["type"] = rest
        else:
            del copy["type"]
        return copy, True
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and len(options) == 2:
            nulls = [
                o
                for o in options
                if isinstance(o, dict) and o.get("type") == "null" and len(o) == 1
            ]
            if len(nulls) == 1:
                other = next(o for o in options if o is not nulls[0])
                merged = {k: v for k, v in schema.items() if k != key}
                if isinstance(other, dict):
                    merged.update(other)
                return merged, True
    return schema, False


class SchemaIndex:
    """Looks up component schemas of a bundled document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {}) or {}

    def resolve(self, schema: Any) -> Any:
        """Follow ``$ref``s (to components or elsewhere in the document) until a schema."""
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen or not ref.startswith("#"):
                return schema
            seen.add(ref)
            try:
                schema = resolve_pointer(self.document, ref[1:])
            except KeyError:
                return {}
        return schema

    def properties(self, schema: Any) -> dict[str, Any]:
        """All properties of an object schema, including those inherited through allOf."""
        schema = self.resolve(schema)
        result: dict[str, Any] = {}
        if not isinstance(schema, dict):
            return result
        for part in schema.get("allOf", []) or []:
            result.update(self.properties(part))
        props = schema.get("properties")
        if isinstance(props, dict):
            result.update(props)
        return result

    def required(self, schema: Any) -> set[str]:
        schema = self.resolve(schema)
        result: set[str] = set()
        if not isinstance(schema, dict):
            return result
        for part in schema.get("allOf", []) or []:
            result |= self.required(part)
        required = schema.get("required")
        if isinstance(required, list):
            result |= {r for r in required if isinstance(r, str)}
        return result

    def is_object_model(self, schema: Any) -> bool:
        """True for schemas that become a model class: objects with properties or allOf parts."""
        schema = self.resolve(schema)
        return isinstance(schema, dict) and (
            bool(schema.get("properties")) or bool(schema.get("allOf"))
        )


def walk_schemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (pointer, schema) for ``schema`` and every schema nested in it, refs not followed."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _SINGLE:
        if isinstance(schema.get(key), dict):
            yield from walk_schemas(schema[key], join_pointer(pointer, key))
    for key in _LIST:
        if isinstance(schema.get(key), list):
            for index, item in enumerate(schema[key]):
                yield from walk_schemas(item, join_pointer(join_pointer(pointer, key), index))
    for key in _MAP:
        if isinstance(schema.get(key), dict):
            for name, item in schema[key].items():
                yield from walk_schemas(item, join_pointer(join_pointer(pointer, key), name))


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_operations(
    document: dict[str, Any],
) -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    """Yield (pointer, path, method, operation, path_item) for every operation, in spec order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():  # in the order the spec's author wrote them
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield join_pointer(
                    join_pointer("/paths", path), method
                ), path, method, operation, item


def operation_parameters(
    document: dict[str, Any], pointer: str, operation: dict[str, Any], path_item: dict[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """The operation's parameters with path-level ones merged in (operation wins), refs resolved.

    Returns (pointer, parameter) pairs; the pointer is where the parameter is written."""
    index = SchemaIndex(document)
    path_pointer = pointer.rsplit("/", 1)[0]
    merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for owner, owner_pointer in ((path_item, path_pointer), (operation, pointer)):
        for position, parameter in enumerate(owner.get("parameters") or []):
            resolved = index.resolve(parameter)
            if not isinstance(resolved, dict):
                continue
            key = (str(resolved.get("name")), str(resolved.get("in")))
            merged[key] = (
                join_pointer(join_pointer(owner_pointer, "parameters"), position),
                resolved,
            )
    return list(merged.values())


def json_media(content: Any) -> dict[str, Any] | None:
    """The application/json media type object of a content map, if there is one."""
    if isinstance(content, dict):
        media = content.get("application/json")
        if isinstance(media, dict):
            return media
    return None


def envelope_data_schema(response: Any, index: SchemaIndex) -> tuple[bool, Any]:
    """For a response written as ``allOf: [Envelope, {properties: {data: S}}]`` return (True, S)."""
    response = index.resolve(response)
    media = json_media(response.get("content")) if isinstance(response, dict) else None
    schema = media.get("schema") if media else None
    if not isinstance(schema, dict):
        return False, None
    parts = schema.get("allOf")
    if not isinstance(parts, list) or len(parts) != 2 or ref_name(parts[0]) != "Envelope":
        return False, None
    second = parts[1]
    if not isinstance(second, dict) or set(second.get("properties") or {}) != {"data"}:
        return False, None
    return True, second["properties"]["data"]
