"""Replay of a realistic additive release on the project's own spec.

The Java SDK's release 1.2.0 added four operations and about ninety fields to the v2 surface at
once. Here the older side is made from today's spec by taking away four operations and forty
optional fields of models the remaining operations use; the diff from that older side to today's
spec must report exactly those additions, all compatible, and call for a minor bump.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.core.schemas import HTTP_METHODS
from generator.diff import diff_documents

REMOVED_OPERATIONS = 4
REMOVED_FIELDS = 40


def _refs(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for item in value.values():
            found |= _refs(item)
    elif isinstance(value, list):
        for item in value:
            found |= _refs(item)
    return found


def _reachable(document: dict[str, Any]) -> set[str]:
    schemas = document["components"]["schemas"]
    todo = _refs(document["paths"])
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo |= _refs(schemas[name])
    return seen


def test_additive_release_is_all_compatible(bundled_spec: dict[str, Any]) -> None:
    new = bundled_spec
    old = copy.deepcopy(new)
    current = [
        (path, method)
        for path, item in old["paths"].items()
        for method in HTTP_METHODS
        if method in item and not item[method].get("deprecated")
    ]
    taken = current[3 :: len(current) // REMOVED_OPERATIONS][:REMOVED_OPERATIONS]
    for path, method in taken:
        del old["paths"][path][method]
        if not any(m in old["paths"][path] for m in HTTP_METHODS):
            del old["paths"][path]
    expected_fields: set[str] = set()
    schemas = old["components"]["schemas"]
    usable = sorted(_reachable(old) - {"Envelope"})
    candidates = [
        (name, prop)
        for name in usable
        for prop in schemas[name].get("properties", {})
        if prop not in schemas[name].get("required", [])
        and "x-partial-failure" not in schemas[name]
        and "x-pagination" not in str(schemas[name])
    ]
    for name, prop in candidates[:: max(1, len(candidates) // REMOVED_FIELDS)][:REMOVED_FIELDS]:
        del schemas[name]["properties"][prop]
        expected_fields.add(f"{name}.{prop}")
    assert len(expected_fields) == REMOVED_FIELDS

    report = diff_documents(old, new)

    assert {c.severity for c in report.changes} == {"compatible"}, report.to_markdown()
    added_operations = {c.operation for c in report.changes if c.location == "operation"}
    assert added_operations == {f"{method.upper()} {path}" for path, method in taken}
    field_locations = {c.location for c in report.changes if c.location != "operation"}
    assert field_locations == expected_fields
    assert all(
        c.message.endswith(f"`{c.location.rsplit('.', 1)[1]}` added")
        for c in report.changes
        if c.location != "operation"
    )
    assert report.bump == "minor"
