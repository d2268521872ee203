"""Compare two bundled OpenAPI documents and classify every difference.

The rules follow what a user of the generated SDK feels, not only the wire:

* a request may accept less (breaking) or more (compatible) than before, a response may
  promise less (breaking) or more (compatible); so every schema is compared *in a direction*;
* a change inside a schema component is reported once, on the component
  (``Conversation.name``), not once for each operation that uses it;
* responses written as the ``{code, msg, data}`` envelope (the Yunxin profile) are compared
  through their ``data`` schema, so changes show up on the response model;
* SDK extensions count: the method and resource names (``x-sdk-method``, a tag's
  ``x-sdk-resource``), argument names (``x-sdk-name``), retry safety (``x-idempotent``), paging
  (``x-pagination``), streaming (``x-sdk-stream``), partial failures (``x-partial-failure``) and the
  error codes (``info.x-error-codes``);
* a field (or parameter) removed next to a field added with the same schema and description in
  the same place is reported once, as a rename.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal

from generator.core.loader import resolve_pointer
from generator.core.schemas import (
    HTTP_METHODS,
    SchemaIndex,
    canonical,
    envelope_data_schema,
    split_nullable,
)
from generator.diff.changes import Change, Severity

Direction = Literal["request", "response"]

_IDEMPOTENT_METHODS = ("get", "head", "put", "delete", "options")
#: Constraints whose value grows when the schema accepts more, and those whose value shrinks.
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
_DOC_KEYS = ("description", "title")
_EXAMPLE_KEYS = ("example", "examples")


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: Keys that do not change a schema's shape, for recognising renames.
_NOT_SHAPE = frozenset({*_DOC_KEYS, *_EXAMPLE_KEYS, "x-sdk-name", "deprecated"})


def _canonical(schema: Any) -> str:
    return canonical(schema, _NOT_SHAPE)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _pair_renames(
    removed: list[str],
    added: list[str],
    old: dict[str, Any],
    new: dict[str, Any],
) -> list[tuple[str, str]]:
    """Pairs (old name, new name) of a removed and an added entry with the same schema and
    description; each entry is paired at most once, in spec order."""
    pairs: list[tuple[str, str]] = []
    free = list(added)
    for name in removed:
        before = old[name]
        for candidate in free:
            after = new[candidate]
            if _canonical(before) == _canonical(after) and _dict(before).get(
                "description"
            ) == _dict(after).get("description"):
                pairs.append((name, candidate))
                free.remove(candidate)
                break
    return pairs


class _Document:
    """One side of the comparison: a bundled document and ways to read it."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.index = SchemaIndex(document)
        self.tags = {
            tag.get("name"): tag for tag in _list(document.get("tags")) if isinstance(tag, dict)
        }

    def resolve(self, value: Any) -> Any:
        seen: set[str] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            if ref in seen or not ref.startswith("#"):
                return {}
            seen.add(ref)
            try:
                value = resolve_pointer(self.document, ref[1:])
            except (KeyError, ValueError):
                return {}
        return value

    def operations(self) -> dict[tuple[str, str], dict[str, Any]]:
        """(METHOD, path) -> operation, with the path item's parameters merged in."""
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for path, item in _dict(self.document.get("paths")).items():
            item = _dict(self.resolve(item))
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    found[(method.upper(), path)] = {
                        **operation,
                        "__item_parameters__": _list(item.get("parameters")),
                    }
        return found

    def parameters(self, operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*operation["__item_parameters__"], *_list(operation.get("parameters"))]:
            parameter = _dict(self.resolve(raw))
            if isinstance(parameter.get("name"), str) and isinstance(parameter.get("in"), str):
                merged[(parameter["in"], parameter["name"])] = parameter
        return merged

    def resource(self, operation: dict[str, Any]) -> str | None:
        tags = _list(operation.get("tags"))
        if not tags:
            return None
        tag = _dict(self.tags.get(tags[0]))
        resource = tag.get("x-sdk-resource")
        return str(resource) if resource is not None else str(tags[0])


def _idempotent(method: str, operation: dict[str, Any]) -> bool:
    value = operation.get("x-idempotent")
    return bool(value) if isinstance(value, bool) else method.lower() in _IDEMPOTENT_METHODS


def _component_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


def _types(schema: dict[str, Any]) -> tuple[set[str], bool]:
    """The JSON types a schema allows (without null) and whether it allows null."""
    rest, nullable = split_nullable(schema)
    if schema.get("nullable") is True:
        nullable = True
    kind = rest.get("type")
    kinds = {str(k) for k in kind} if isinstance(kind, list) else {str(kind)} if kind else set()
    if "null" in kinds:
        kinds.discard("null")
        nullable = True
    return kinds, nullable


def _widened(old: set[str], new: set[str]) -> bool:
    """``new`` accepts every value ``old`` accepts (an integer is also a number)."""
    return all(kind in new or (kind == "integer" and "number" in new) for kind in old)


class Differ:
    """Collects the changes between ``old`` and ``new``."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = _Document(old)
        self.new = _Document(new)
        self.changes: list[Change] = []
        self._components_done: set[tuple[str, str, Direction]] = set()
        self._stack: set[tuple[str, str, Direction]] = set()

    # -- reporting ----------------------------------------------------------------------------
    def add(self, severity: Severity, operation: str | None, location: str, message: str) -> None:
        self.changes.append(Change(severity, operation, location, message))

    # -- whole document -----------------------------------------------------------------------
    def run(self) -> list[Change]:
        self.compare_info()
        self.compare_servers()
        self.compare_operations()
        return self.changes

    def compare_info(self) -> None:
        old_info = _dict(self.old.document.get("info"))
        new_info = _dict(self.new.document.get("info"))
        if old_info.get("version") != new_info.get("version"):
            self.add(
                "info",
                None,
                "info.version",
                f"API version {old_info.get('version')} -> {new_info.get('version')}",
            )
        for key in ("title", "summary", "description"):
            if old_info.get(key) != new_info.get(key):
                self.add("info", None, f"info.{key}", f"the API's {key} changed")
        old_sdk, new_sdk = _dict(old_info.get("x-sdk")), _dict(new_info.get("x-sdk"))
        for key in sorted(set(old_sdk) | set(new_sdk)):
            if key == "version" or old_sdk.get(key) == new_sdk.get(key):
                continue  # the SDK version is what a release bumps, not a change of the API
            self.add(
                "breaking",
                None,
                f"info.x-sdk.{key}",
                f"SDK setting `{key}` changed from {_text(old_sdk.get(key))} to {_text(new_sdk.get(key))}",
            )
        self.compare_error_codes(old_info.get("x-error-codes"), new_info.get("x-error-codes"))
        old_docs = _dict(self.old.document.get("externalDocs"))
        if old_docs != _dict(self.new.document.get("externalDocs")):
            self.add("info", None, "externalDocs", "the API's documentation link changed")

    def compare_error_codes(self, old: Any, new: Any) -> None:
        def by_code(entries: Any) -> dict[Any, dict[str, Any]]:
            return {e.get("code"): e for e in _list(entries) if isinstance(e, dict)}

        before, after = by_code(old), by_code(new)
        for code in sorted(set(before) | set(after), key=str):
            location = f"info.x-error-codes.{code}"
            if code not in after:
                self.add(
                    "breaking",
                    None,
                    location,
                    f"error code {code} ({before[code].get('name')}) removed",
                )
            elif code not in before:
                self.add(
                    "compatible",
                    None,
                    location,
                    f"error code {code} ({after[code].get('name')}) added",
                )
            else:
                if before[code].get("name") != after[code].get("name"):
                    self.add(
                        "breaking",
                        None,
                        location,
                        f"the exception of error code {code} was renamed from "
                        f"{before[code].get('name')} to {after[code].get('name')}",
                    )
                if before[code].get("retry") != after[code].get("retry"):
                    self.add(
                        "info",
                        None,
                        location,
                        f"retry policy of error code {code}: {before[code].get('retry')} -> "
                        f"{after[code].get('retry')}",
                    )
                if before[code].get("description") != after[code].get("description"):
                    self.add("info", None, location, f"description of error code {code} changed")

    def compare_servers(self) -> None:
        def regions(document: dict[str, Any]) -> dict[str, list[str]]:
            found: dict[str, list[str]] = {}
            for server in _list(document.get("servers")):
                if isinstance(server, dict):
                    region = str(server.get("x-region") or server.get("url"))
                    found.setdefault(region, []).append(str(server.get("url")))
            return found

        before, after = regions(self.old.document), regions(self.new.document)
        for region in sorted(set(before) | set(after)):
            location = f"servers.{region}"
            if region not in after:
                self.add("breaking", None, location, f"server region {region} removed")
            elif region not in before:
                self.add("compatible", None, location, f"server region {region} added")
            elif before[region] != after[region]:
                self.add(
                    "info",
                    None,
                    location,
                    f"hosts of {region}: {', '.join(before[region])} -> {', '.join(after[region])}",
                )

    # -- operations ---------------------------------------------------------------------------
    def compare_operations(self) -> None:
        old_ops, new_ops = self.old.operations(), self.new.operations()
        old_by_id = _unique_ids(old_ops)
        new_by_id = _unique_ids(new_ops)
        pairs: list[tuple[tuple[str, str], tuple[str, str]]] = []
        unmatched_old = set(old_ops)
        unmatched_new = set(new_ops)
        for operation_id, old_key in sorted(old_by_id.items()):
            new_key = new_by_id.get(operation_id)
            if new_key is not None and new_key in unmatched_new:
                pairs.append((old_key, new_key))
                unmatched_old.discard(old_key)
                unmatched_new.discard(new_key)
        for key in sorted(unmatched_old & unmatched_new):
            pairs.append((key, key))
        unmatched_old -= {old for old, _ in pairs}
        unmatched_new -= {new for _, new in pairs}
        for method, path in sorted(unmatched_old):
            name = old_ops[(method, path)].get("x-sdk-method") or old_ops[(method, path)].get(
                "operationId"
            )
            self.add(
                "breaking",
                f"{method} {path}",
                "operation",
                f"operation removed ({name or 'unnamed'})",
            )
        for method, path in sorted(unmatched_new):
            operation = new_ops[(method, path)]
            name = operation.get("x-sdk-method") or operation.get("operationId")
            resource = self.new.resource(operation)
            where = f"{resource}.{name}" if resource and name else name or "unnamed"
            self.add("compatible", f"{method} {path}", "operation", f"operation added ({where})")
        for old_key, new_key in sorted(pairs):
            self.compare_operation(old_key, old_ops[old_key], new_key, new_ops[new_key])

    def compare_operation(
        self,
        old_key: tuple[str, str],
        old: dict[str, Any],
        new_key: tuple[str, str],
        new: dict[str, Any],
    ) -> None:
        label = f"{new_key[0]} {new_key[1]}"
        if old_key != new_key:
            self.add(
                "breaking",
                label,
                "operation",
                f"operation {new.get('operationId')} moved from {old_key[0]} {old_key[1]} to {label}",
            )
        for key, what in (("x-sdk-method", "SDK method"), ("operationId", "operationId")):
            if old.get(key) != new.get(key):
                self.add(
                    "breaking",
                    label,
                    key,
                    f"{what} renamed from {old.get(key)} to {new.get(key)}",
                )
        old_resource, new_resource = self.old.resource(old), self.new.resource(new)
        if old_resource != new_resource:
            self.add(
                "breaking",
                label,
                "tags",
                f"the operation moved from resource {old_resource} to {new_resource}",
            )
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(
                "compatible",
                label,
                "deprecated",
                (
                    "operation deprecated"
                    if new.get("deprecated")
                    else "operation no longer deprecated"
                ),
            )
        was, now = _idempotent(old_key[0], old), _idempotent(new_key[0], new)
        if was and not now:
            self.add(
                "breaking",
                label,
                "x-idempotent",
                "no longer idempotent: the SDK stops retrying it after it may have reached the server",
            )
        elif now and not was:
            self.add(
                "compatible", label, "x-idempotent", "now idempotent: the SDK may retry it safely"
            )
        for key, what in (("x-pagination", "paging"), ("x-sdk-stream", "stream helper")):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            if before is None:
                self.add(
                    "compatible" if key == "x-sdk-stream" else "breaking",
                    label,
                    key,
                    f"{what} added",
                )
            elif after is None:
                self.add("breaking", label, key, f"{what} removed")
            else:
                self.add(
                    "breaking", label, key, f"{what} changed from {_text(before)} to {_text(after)}"
                )
        for key in ("summary", "description", "externalDocs", "x-doc-title-zh"):
            if old.get(key) != new.get(key):
                self.add("info", label, key, f"{key} changed")
        if old.get("x-source-conflicts") != new.get("x-source-conflicts"):
            self.add("info", label, "x-source-conflicts", "recorded source conflicts changed")
        self.compare_parameters(label, old, new)
        self.compare_request_body(label, old, new)
        self.compare_responses(label, old, new)

    def compare_parameters(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = self.old.parameters(old), self.new.parameters(new)
        removed = [key for key in before if key not in after]
        added = [key for key in after if key not in before]
        renamed: list[tuple[tuple[str, str], tuple[str, str]]] = []
        for location in sorted({key[0] for key in removed}):
            old_named = {key[1]: _unnamed(before[key]) for key in removed if key[0] == location}
            new_named = {key[1]: _unnamed(after[key]) for key in added if key[0] == location}
            for old_name, new_name in _pair_renames(
                list(old_named), list(new_named), old_named, new_named
            ):
                renamed.append(((location, old_name), (location, new_name)))
        for old_key, new_key in renamed:
            removed.remove(old_key)
            added.remove(new_key)
            self.add(
                "breaking",
                label,
                f"{old_key[0]} parameter {old_key[1]}",
                f"{old_key[0]} parameter `{old_key[1]}` renamed to `{new_key[1]}`",
            )
        for where, name in removed:
            self.add(
                "breaking",
                label,
                f"{where} parameter {name}",
                f"{where} parameter `{name}` removed",
            )
        for where, name in added:
            required = bool(after[(where, name)].get("required"))
            self.add(
                "breaking" if required else "compatible",
                label,
                f"{where} parameter {name}",
                f"{'required' if required else 'optional'} {where} parameter `{name}` added",
            )
        for key in before:
            if key not in after:
                continue
            self.compare_parameter(label, key, before[key], after[key])

    def compare_parameter(
        self, label: str, key: tuple[str, str], old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        location = f"{key[0]} parameter {key[1]}"
        if not old.get("required") and new.get("required"):
            self.add("breaking", label, location, f"{key[0]} parameter `{key[1]}` became required")
        elif old.get("required") and not new.get("required"):
            self.add(
                "compatible", label, location, f"{key[0]} parameter `{key[1]}` became optional"
            )
        if old.get("x-sdk-name") != new.get("x-sdk-name"):
            self.add(
                "breaking",
                label,
                location,
                f"SDK argument name of `{key[1]}` changed from {old.get('x-sdk-name') or '(default)'} "
                f"to {new.get('x-sdk-name') or '(default)'}",
            )
        for setting in ("style", "explode", "allowReserved"):
            if old.get(setting) != new.get(setting):
                self.add(
                    "breaking",
                    label,
                    location,
                    f"serialisation `{setting}` changed from {_text(old.get(setting))} to "
                    f"{_text(new.get(setting))}",
                )
        if not old.get("deprecated") and new.get("deprecated"):
            self.add("compatible", label, location, f"{key[0]} parameter `{key[1]}` deprecated")
        if old.get("description") != new.get("description"):
            self.add("info", label, location, "description changed")
        if any(old.get(k) != new.get(k) for k in _EXAMPLE_KEYS):
            self.add("info", label, location, "example changed")
        old_schema = old.get("schema") or _dict(_first_media(old.get("content"))).get("schema")
        new_schema = new.get("schema") or _dict(_first_media(new.get("content"))).get("schema")
        self.compare_schema(label, location, old_schema, new_schema, "request")

    def compare_request_body(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before = _dict(self.old.resolve(old.get("requestBody")))
        after = _dict(self.new.resolve(new.get("requestBody")))
        if not before and not after:
            return
        if not after:
            self.add("breaking", label, "request body", "request body removed")
            return
        if not before:
            required = bool(after.get("required"))
            self.add(
                "breaking" if required else "compatible",
                label,
                "request body",
                f"{'required' if required else 'optional'} request body added",
            )
            return
        if not before.get("required") and after.get("required"):
            self.add("breaking", label, "request body", "request body became required")
        elif before.get("required") and not after.get("required"):
            self.add("compatible", label, "request body", "request body became optional")
        old_media, new_media = _dict(before.get("content")), _dict(after.get("content"))
        for media in sorted(set(old_media) - set(new_media)):
            self.add("breaking", label, "request body", f"request content type {media} removed")
        for media in sorted(set(new_media) - set(old_media)):
            self.add("compatible", label, "request body", f"request content type {media} added")
        for media in sorted(set(old_media) & set(new_media)):
            old_entry, new_entry = _dict(old_media[media]), _dict(new_media[media])
            if any(old_entry.get(k) != new_entry.get(k) for k in _EXAMPLE_KEYS):
                self.add("info", label, "request body", "request example changed")
            self.compare_schema(
                label, "request body", old_entry.get("schema"), new_entry.get("schema"), "request"
            )

    def compare_responses(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = _dict(old.get("responses")), _dict(new.get("responses"))
        for code in sorted(set(before) - set(after)):
            severity: Severity = "breaking" if str(code).startswith("2") else "info"
            self.add(severity, label, f"response {code}", f"response {code} removed")
        for code in sorted(set(after) - set(before)):
            self.add("compatible", label, f"response {code}", f"response {code} added")
        for code in sorted(set(before) & set(after)):
            old_response = _dict(self.old.resolve(before[code]))
            new_response = _dict(self.new.resolve(after[code]))
            old_wrapped, old_data = envelope_data_schema(old_response, self.old.index)
            new_wrapped, new_data = envelope_data_schema(new_response, self.new.index)
            if old_wrapped and new_wrapped:
                self.compare_schema(label, "response data", old_data, new_data, "response")
                old_media = _dict(_json_media(old_response))
                new_media = _dict(_json_media(new_response))
                if any(old_media.get(k) != new_media.get(k) for k in _EXAMPLE_KEYS):
                    self.add("info", label, "response data", "response example changed")
                continue
            old_media, new_media = _dict(old_response.get("content")), _dict(
                new_response.get("content")
            )
            location = f"response {code}"
            for media in sorted(set(old_media) - set(new_media)):
                self.add("breaking", label, location, f"response content type {media} removed")
            for media in sorted(set(new_media) - set(old_media)):
                self.add("compatible", label, location, f"response content type {media} added")
            for media in sorted(set(old_media) & set(new_media)):
                old_entry, new_entry = _dict(old_media[media]), _dict(new_media[media])
                if any(old_entry.get(k) != new_entry.get(k) for k in _EXAMPLE_KEYS):
                    self.add("info", label, location, "response example changed")
                self.compare_schema(
                    label, location, old_entry.get("schema"), new_entry.get("schema"), "response"
                )

    # -- schemas ------------------------------------------------------------------------------
    def compare_schema(
        self,
        operation: str | None,
        location: str,
        old: Any,
        new: Any,
        direction: Direction,
    ) -> None:
        if old is None and new is None:
            return
        old_name, new_name = _component_name(old), _component_name(new)
        if old_name is not None and old_name == new_name:
            key = (old_name, old_name, direction)
            if key in self._components_done:
                return
            self._components_done.add(key)
            if old_name not in self.new.index.schemas:
                return
            self.compare_schema_body(
                None,
                old_name,
                self.old.index.schemas.get(old_name),
                self.new.index.schemas.get(new_name),
                direction,
            )
            return
        stack_key = (str(old_name), str(new_name), direction)
        if old_name is not None or new_name is not None:
            if stack_key in self._stack:
                return  # a recursive schema: this pair is being compared further up
            self._stack.add(stack_key)
        try:
            if old_name != new_name and old_name is not None and new_name is not None:
                self.add(
                    "info",
                    operation,
                    location,
                    f"schema changed from {old_name} to {new_name}",
                )
            self.compare_schema_body(
                operation, location, self.old.resolve(old), self.new.resolve(new), direction
            )
        finally:
            self._stack.discard(stack_key)

    def compare_schema_body(
        self,
        operation: str | None,
        location: str,
        old: Any,
        new: Any,
        direction: Direction,
    ) -> None:
        old, new = _dict(old), _dict(new)
        self.compare_types(operation, location, old, new, direction)
        self.compare_enums(operation, location, old, new, direction)
        self.compare_constraints(operation, location, old, new, direction)
        if any(old.get(k) != new.get(k) for k in _DOC_KEYS):
            self.add("info", operation, location, "description changed")
        if any(old.get(k) != new.get(k) for k in _EXAMPLE_KEYS):
            self.add("info", operation, location, "example changed")
        if old.get("default") != new.get("default") and direction == "request":
            self.add(
                "compatible",
                operation,
                location,
                f"default changed from {_text(old.get('default'))} to {_text(new.get('default'))}",
            )
        if not old.get("deprecated") and new.get("deprecated"):
            self.add("compatible", operation, location, "deprecated")
        self.compare_partial_failure(operation, location, old, new)
        self.compare_properties(operation, location, old, new, direction)
        old_plain, _ = split_nullable(old)
        new_plain, _ = split_nullable(new)
        if "items" in old_plain or "items" in new_plain:
            self.compare_schema(
                operation,
                f"{location}[]",
                old_plain.get("items"),
                new_plain.get("items"),
                direction,
            )
        old_extra, new_extra = old_plain.get("additionalProperties"), new_plain.get(
            "additionalProperties"
        )
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.compare_schema(operation, f"{location}{{}}", old_extra, new_extra, direction)
        self.compare_unions(operation, location, old_plain, new_plain, direction)

    def compare_types(
        self,
        operation: str | None,
        location: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        old_types, old_null = _types(old)
        new_types, new_null = _types(new)
        if old_types and new_types and old_types != new_types:
            accepting = _widened(old_types, new_types)
            narrowing = _widened(new_types, old_types)
            compatible = accepting if direction == "request" else narrowing
            what = ", ".join(sorted(old_types)), ", ".join(sorted(new_types))
            self.add(
                "compatible" if compatible else "breaking",
                operation,
                location,
                f"type changed from {what[0]} to {what[1]}",
            )
        if old_null != new_null:
            if direction == "request":
                severity: Severity = "compatible" if new_null else "breaking"
                message = "now accepts null" if new_null else "no longer accepts null"
            else:
                severity = "breaking" if new_null else "compatible"
                message = "may now be null" if new_null else "is never null any more"
            self.add(severity, operation, location, message)
        old_format, new_format = old.get("format"), new.get("format")
        if old_format != new_format:
            if old_format is not None and new_format is not None:
                severity = "breaking"
            elif direction == "request":
                severity = "breaking" if new_format is not None else "compatible"
            else:
                severity = "info"
            self.add(
                severity,
                operation,
                location,
                f"format changed from {old_format or '(none)'} to {new_format or '(none)'}",
            )

    def compare_enums(
        self,
        operation: str | None,
        location: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        old_values, new_values = _enum(old), _enum(new)
        if old_values is None and new_values is None:
            return
        if old_values is None:
            self.add(
                "breaking" if direction == "request" else "compatible",
                operation,
                location,
                "now restricted to the values " + ", ".join(_text(v) for v in new_values or []),
            )
            return
        if new_values is None:
            self.add("compatible", operation, location, "no longer restricted to a list of values")
            return
        for value in old_values:
            if value not in new_values:
                self.add("breaking", operation, location, f"enum value {_text(value)} removed")
        for value in new_values:
            if value not in old_values:
                self.add("compatible", operation, location, f"enum value {_text(value)} added")
        if (
            old.get("x-enum-varnames") != new.get("x-enum-varnames")
            and old.get("x-enum-varnames")
            and new.get("x-enum-varnames")
        ):
            before = dict(zip(map(_text, old_values), old["x-enum-varnames"], strict=False))
            after = dict(zip(map(_text, new_values), new["x-enum-varnames"], strict=False))
            for value in sorted(set(before) & set(after)):
                if before[value] != after[value]:
                    self.add(
                        "breaking",
                        operation,
                        location,
                        f"enum member for {value} renamed from {before[value]} to {after[value]}",
                    )

    def compare_constraints(
        self,
        operation: str | None,
        location: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        def report(tightened: bool, key: str) -> None:
            before = _text(old[key]) if key in old else "(none)"
            after = _text(new[key]) if key in new else "(none)"
            if tightened:
                severity: Severity = "breaking" if direction == "request" else "compatible"
                self.add(
                    severity, operation, location, f"`{key}` tightened from {before} to {after}"
                )
            else:
                self.add(
                    "compatible", operation, location, f"`{key}` loosened from {before} to {after}"
                )

        for key in _UPPER_BOUNDS:
            before, after = _number(old.get(key)), _number(new.get(key))
            if before == after:
                continue
            report(after is not None and (before is None or after < before), key)
        for key in _LOWER_BOUNDS:
            before, after = _number(old.get(key)), _number(new.get(key))
            if before == after:
                continue
            report(after is not None and (before is None or after > before), key)
        for key in ("pattern", "multipleOf"):
            if old.get(key) != new.get(key):
                report(new.get(key) is not None, key)
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            report(bool(new.get("uniqueItems")), "uniqueItems")

    def compare_partial_failure(
        self, operation: str | None, location: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        before, after = old.get("x-partial-failure"), new.get("x-partial-failure")
        if before == after:
            return
        if before is None:
            self.add(
                "compatible",
                operation,
                location,
                "partial-failure results added (raise_for_failures)",
            )
        elif after is None:
            self.add("breaking", operation, location, "partial-failure results removed")
        else:
            self.add(
                "breaking",
                operation,
                location,
                f"partial-failure extension changed from {_text(before)} to {_text(after)}",
            )

    def compare_properties(
        self,
        operation: str | None,
        location: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        old_props = self.old.index.properties(old)
        new_props = self.new.index.properties(new)
        if not old_props and not new_props:
            return
        # Properties inherited from the same base component on both sides are compared (and
        # reported) once, on the base.
        shared_bases = _bases(old) & _bases(new)
        for base in sorted(shared_bases):
            ref = {"$ref": f"#/components/schemas/{base}"}
            self.compare_schema(operation, location, ref, ref, direction)
        inherited = {
            name
            for base in shared_bases
            for side in (self.old, self.new)
            for name in side.index.properties(side.index.schemas.get(base))
        }
        old_props = {k: v for k, v in old_props.items() if k not in inherited}
        new_props = {k: v for k, v in new_props.items() if k not in inherited}
        old_required = self.old.index.required(old)
        new_required = self.new.index.required(new)
        removed = [name for name in old_props if name not in new_props]
        added = [name for name in new_props if name not in old_props]
        for old_name, new_name in _pair_renames(removed, added, old_props, new_props):
            removed.remove(old_name)
            added.remove(new_name)
            self.add(
                "breaking",
                operation,
                f"{location}.{old_name}",
                f"field `{old_name}` renamed to `{new_name}`",
            )
        for name in removed:
            self.add("breaking", operation, f"{location}.{name}", f"field `{name}` removed")
        for name in added:
            required = name in new_required
            severity: Severity = "breaking" if required and direction == "request" else "compatible"
            what = "required" if required else "optional"
            self.add(severity, operation, f"{location}.{name}", f"{what} field `{name}` added")
        for name, old_prop in old_props.items():
            if name not in new_props:
                continue
            where = f"{location}.{name}"
            was, now = name in old_required, name in new_required
            if was != now:
                if direction == "request":
                    self.add(
                        "breaking" if now else "compatible",
                        operation,
                        where,
                        f"field `{name}` became {'required' if now else 'optional'}",
                    )
                else:
                    self.add(
                        "compatible" if now else "breaking",
                        operation,
                        where,
                        f"field `{name}` is {'now always present' if now else 'no longer always present'}",
                    )
            new_prop = new_props[name]
            if _dict(old_prop).get("x-sdk-name") != _dict(new_prop).get("x-sdk-name"):
                self.add(
                    "breaking",
                    operation,
                    where,
                    f"SDK name of `{name}` changed from {_dict(old_prop).get('x-sdk-name') or '(default)'} "
                    f"to {_dict(new_prop).get('x-sdk-name') or '(default)'}",
                )
            self.compare_schema(operation, where, old_prop, new_prop, direction)

    def compare_unions(
        self,
        operation: str | None,
        location: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        for keyword in ("oneOf", "anyOf"):
            before = {_alternative_key(s): s for s in _list(old.get(keyword))}
            after = {_alternative_key(s): s for s in _list(new.get(keyword))}
            if not before and not after:
                continue
            for key in sorted(set(before) - set(after)):
                severity: Severity = "breaking" if direction == "request" else "compatible"
                self.add(severity, operation, location, f"{keyword} alternative {key} removed")
            for key in sorted(set(after) - set(before)):
                severity = "compatible" if direction == "request" else "breaking"
                self.add(severity, operation, location, f"{keyword} alternative {key} added")
            for key in sorted(set(before) & set(after)):
                self.compare_schema(
                    operation, f"{location}<{key}>", before[key], after[key], direction
                )


def _bases(schema: dict[str, Any]) -> set[str]:
    """Names of the components a schema extends through ``allOf``."""
    return {name for part in _list(schema.get("allOf")) if (name := _component_name(part))}


def _unnamed(parameter: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in parameter.items() if key != "name"}


def _alternative_key(schema: Any) -> str:
    name = _component_name(schema)
    if name is not None:
        return name
    kind = _dict(schema).get("type")
    return str(kind) if kind is not None else _canonical(schema)


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    plain, _ = split_nullable(schema)
    values = plain.get("enum")
    if isinstance(values, list):
        return [v for v in values if v is not None]
    if "const" in plain:
        return [plain["const"]]
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _json_media(response: dict[str, Any]) -> Any:
    return _dict(response.get("content")).get("application/json")


def _first_media(content: Any) -> Any:
    media = _dict(content)
    return media.get("application/json") or next(iter(media.values()), None)


def _unique_ids(operations: dict[tuple[str, str], dict[str, Any]]) -> dict[str, tuple[str, str]]:
    seen: dict[str, list[tuple[str, str]]] = {}
    for key, operation in operations.items():
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str):
            seen.setdefault(operation_id, []).append(key)
    return {operation_id: keys[0] for operation_id, keys in seen.items() if len(keys) == 1}


def iter_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """Every change from ``old`` to ``new`` (two bundled documents), unsorted."""
    yield from Differ(old, new).run()
