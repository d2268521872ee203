"""Compare the spec's operations with the reference: which operations exist (endpoints.yaml)
and which request and response fields they have, with which types (java-sdk-operations.yaml).

``python -m tests.spec.fields`` prints the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.core.bundler import bundle
from generator.core.schemas import (
    SchemaIndex,
    envelope_data_schema,
    iter_operations,
    json_media,
    operation_parameters,
    split_nullable,
)

REPO = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).resolve().parent / "reference"
ALLOWLIST = Path(__file__).resolve().parent / "field_allowlist.yaml"

#: Java type names -> the spec's (type, format) words used in the comparison.
JAVA_TYPES = {
    "string": "string",
    "boolean": "boolean",
    "integer": "int32",
    "int64": "int64",
    "number": "number",
    "array": "array",
    "object": "object",
    "map": "object",
    "any": "any",
}


@dataclass(frozen=True, order=True)
class Difference:
    operation: str  # "METHOD path"
    field: str  # e.g. "body.message.text", "response.success_list[].team_id", "query.limit"
    kind: (
        str  # "missing" (reference has it, spec not), "extra" (spec has it, reference not), "type"
    )
    detail: str = ""
    component: str = ""  # the spec component that declares the field (extra and type differences)

    @property
    def property_name(self) -> str:
        return self.field.rsplit(".", 1)[-1].removesuffix("[]")

    def __str__(self) -> str:
        owner = f" [{self.component}.{self.property_name}]" if self.component else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.operation}: {self.kind} {self.field}{owner}{detail}"


@dataclass(frozen=True)
class Allowed:
    """One reviewed allow-list entry: a difference kept on purpose, and why."""

    kind: str
    reason: str
    component: str = ""
    properties: tuple[str, ...] = ()
    operation: str = ""
    field: str = ""

    def covers(self, difference: Difference) -> bool:
        if self.kind != difference.kind:
            return False
        if self.component:
            return (
                self.component == difference.component
                and difference.property_name in self.properties
            )
        return (self.operation, self.field) == (difference.operation, difference.field)


def load_reference(name: str) -> Any:
    return yaml.safe_load((REFERENCE / name).read_text(encoding="utf-8"))


def spec_operations() -> dict[tuple[str, str], dict[str, Any]]:
    loaded = bundle(REPO / "spec" / "openapi.yaml")
    return {
        (method.upper(), path): {
            "operation": op,
            "pointer": pointer,
            "item": item,
            "document": loaded.document,
        }
        for pointer, path, method, op, item in iter_operations(loaded.document)
    }


# -- coverage ---------------------------------------------------------------------------------
def _template(path: str) -> str:
    """A path with its parameter names dropped: OpenAPI treats ``/a/{x}`` and ``/a/{y}`` as one path."""
    return re.sub(r"{[^}]+}", "{}", path)


def coverage() -> tuple[list[str], list[str]]:
    """(reference operations the spec lacks, spec operations the reference does not know)."""
    reference = load_reference("endpoints.yaml")["operations"]
    spec = {(method, _template(path)) for method, path in spec_operations()}
    expected: dict[tuple[str, str], str] = {}
    for entry in reference:
        title = entry.get("title_zh") or entry["java_method"]
        expected[(entry["method"], _template(entry["path"]))] = (
            f"{entry['method']} {entry['path']} ({title})"
        )
        if entry.get("legacy_path"):
            expected[(entry["method"], _template(entry["legacy_path"]))] = (
                f"{entry['method']} {entry['legacy_path']} ({title}, legacy form)"
            )
    missing = [label for key, label in sorted(expected.items()) if key not in spec]
    unknown = [
        f"{m} {p}" for (m, p) in sorted(spec_operations()) if (m, _template(p)) not in expected
    ]
    return missing, unknown


def legacy_not_deprecated() -> list[str]:
    """Legacy /im/v2 forms that the spec does not mark deprecated."""
    spec = {(method, _template(path)): entry for (method, path), entry in spec_operations().items()}
    problems = []
    for entry in load_reference("endpoints.yaml")["operations"]:
        legacy = spec.get((entry["method"], _template(entry["legacy_path"] or "")))
        if legacy is not None and legacy["operation"].get("deprecated") is not True:
            problems.append(f"{entry['method']} {entry['legacy_path']}")
    return problems


# -- fields -----------------------------------------------------------------------------------
GUESSED = "guessed:"


def _java_tree(
    fields: list[dict[str, Any]],
    prefix: str,
    out: dict[str, str],
    skip: set[str] | None = None,
    guessed: bool = False,
) -> None:
    """Flatten Java fields into ``path -> type``; a field whose wire name the extraction guessed
    (and everything under it) is marked, so that it is neither required nor counted as extra."""
    for f in fields:
        name = f["name"]
        if skip and name in skip:
            continue
        weak = guessed or bool(f.get("name_guessed_from_java"))
        path = f"{prefix}{name}"
        word = JAVA_TYPES.get(f["type"], f["type"])
        out[path] = GUESSED + word if weak else word
        if f["type"] == "object" and f.get("fields"):
            _java_tree(f["fields"], path + ".", out, guessed=weak)
        items = f.get("items")
        if f["type"] == "array" and items:
            item_word = JAVA_TYPES.get(items["type"], items["type"])
            out[path + "[]"] = GUESSED + item_word if weak else item_word
            if items.get("fields"):
                _java_tree(items["fields"], path + "[].", out, guessed=weak)


def _spec_word(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "integer":
        return "int64" if schema.get("format") == "int64" else "int32"
    if kind in ("string", "boolean", "number", "array", "object"):
        return str(kind)
    if schema.get("properties") or schema.get("allOf"):
        return "object"
    if "additionalProperties" in schema:
        return "object"
    return "any"


def _owner(index: SchemaIndex, schema: Any, name: str) -> str:
    """The component that declares property ``name`` of ``schema`` (following allOf bases)."""
    from generator.core.schemas import ref_name

    current, named = schema, ""
    for _ in range(16):
        if not isinstance(current, dict):
            break
        target = ref_name(current)
        if target is not None:
            named, current = target, index.resolve(current)
            continue
        if name in (current.get("properties") or {}):
            return named
        bases = [part for part in current.get("allOf", []) if name in index.properties(part)]
        if not bases:
            break
        current = bases[0]
    return named


def _spec_tree(
    index: SchemaIndex,
    schema: Any,
    prefix: str,
    out: dict[str, str],
    depth: int = 0,
    owners: dict[str, str] | None = None,
) -> None:
    if depth > 8:
        return
    for name, prop in index.properties(schema).items():
        if owners is not None:
            owners[f"{prefix}{name}"] = _owner(index, schema, name)
        resolved = split_nullable(index.resolve(prop))[0]
        path = f"{prefix}{name}"
        out[path] = _spec_word(resolved)
        if index.is_object_model(resolved):
            _spec_tree(index, split_nullable(prop)[0], path + ".", out, depth + 1, owners)
        if resolved.get("type") == "array":
            raw_items = split_nullable(resolved.get("items", {}))[0]
            items = split_nullable(index.resolve(raw_items))[0]
            out[path + "[]"] = _spec_word(items)
            if owners is not None:
                owners[path + "[]"] = owners.get(path, "")
            if index.is_object_model(items):
                _spec_tree(index, raw_items, path + "[].", out, depth + 1, owners)


def _compatible(java: str, spec: str) -> bool:
    if java == spec or java == "any" or spec == "any":
        return True
    # the Java SDK types enums and flags as Integer where the spec has a narrower int
    return {java, spec} <= {"int32", "int64"} and spec == "int64" and java == "int32"


def _parent(field: str) -> str | None:
    if field.endswith("[]"):
        return field[:-2]
    head, _, rest = field.partition(".")
    return f"{head}.{rest.rsplit('.', 1)[0]}" if "." in rest else None


def field_differences() -> list[Difference]:
    """Every difference between the spec and the Java SDK, without those implied by a parent
    (a property the reference lacks brings all its sub-fields along)."""
    spec = spec_operations()
    differences: list[Difference] = []
    seen_in_java: set[tuple[str, str]] = set()
    for java in load_reference("java-sdk-operations.yaml")["operations"]:
        key = (java["http_method"], java["path"])
        where = f"{key[0]} {key[1]}"
        entry = spec.get(key)
        if entry is None:
            differences.append(Difference(where, "(operation)", "missing"))
            continue
        document, operation = entry["document"], entry["operation"]
        index = SchemaIndex(document)
        params = [
            p for _, p in operation_parameters(document, entry["pointer"], operation, entry["item"])
        ]
        reference: dict[str, str] = {}
        ours: dict[str, str] = {}
        owners: dict[str, str] = {}
        for name in java["path_params"]:
            reference[f"path.{name}"] = "?"
        for name in java["query_params"]:
            reference[f"query.{name}"] = "?"
        for p in params:
            if p["in"] in ("path", "query"):
                ours[f"{p['in']}.{p['name']}"] = "?"
        body = index.resolve(operation.get("requestBody"))
        if isinstance(body, dict) and body:
            media = json_media(body.get("content")) or {}
            _spec_tree(index, media.get("schema"), "body.", ours, owners=owners)
        if java["json_body"]:
            skip = (
                set(java["path_params"])
                | set(java["query_params"])
                | set(java["fields_removed_from_body"])
            )
            body_fields = [
                f for f in java["request_fields"] if f.get("serialized_in_body") is not False
            ]
            _java_tree(body_fields, "body.", reference, skip)
            # fields the SDK writes by hand may sit at any depth of the body
            for name in java["body_fields_put_by_hand"]:
                placed = [
                    path
                    for path in ours
                    if path.startswith("body.") and path.rsplit(".", 1)[-1] == name
                ]
                for path in placed or [f"body.{name}"]:
                    reference.setdefault(path, "any")
        _java_tree(java["response_data_fields"], "response.", reference)
        _, data = envelope_data_schema(operation["responses"]["200"], index)
        _spec_tree(index, data, "response.", ours, owners=owners)
        for name in set(reference) & set(ours):
            if owners.get(name):
                seen_in_java.add((owners[name], name.rsplit(".", 1)[-1].removesuffix("[]")))
        found: list[Difference] = []
        for name in sorted(set(reference) - set(ours)):
            if not reference[name].startswith(GUESSED):
                found.append(Difference(where, name, "missing"))
        for name in sorted(set(ours) - set(reference)):
            found.append(Difference(where, name, "extra", component=owners.get(name, "")))
        for name in sorted(set(reference) & set(ours)):
            word = reference[name].removeprefix(GUESSED)
            if word != "?" and not _compatible(word, ours[name]):
                detail = f"reference {word}, spec {ours[name]}"
                found.append(
                    Difference(where, name, "type", detail, component=owners.get(name, ""))
                )
        keys = {(d.field, d.kind) for d in found}
        for difference in found:
            parent = _parent(difference.field)
            while parent and (parent, difference.kind) not in keys:
                parent = _parent(parent)
            if parent is None:
                differences.append(difference)
    # A shared component is the union of the Java classes it stands for: one of its properties
    # that some Java operation has is not an extra where another Java class lacks it.
    return sorted(
        d
        for d in differences
        if not (d.kind == "extra" and (d.component, d.property_name) in seen_in_java)
    )


def allowlist() -> list[Allowed]:
    entries = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8")) or []
    return [
        Allowed(**{**entry, "properties": tuple(entry.get("properties", ()))}) for entry in entries
    ]


def unexplained(differences: list[Difference], allowed: list[Allowed]) -> list[Difference]:
    return [d for d in differences if not any(entry.covers(d) for entry in allowed)]


def unused(differences: list[Difference], allowed: list[Allowed]) -> list[Allowed]:
    return [entry for entry in allowed if not any(entry.covers(d) for d in differences)]


def main() -> None:
    missing, unknown = coverage()
    print(f"coverage: {len(missing)} missing, {len(unknown)} unknown")
    for line in missing + unknown:
        print("  ", line)
    allowed = allowlist() if ALLOWLIST.exists() else []
    differences = field_differences()
    open_ones = unexplained(differences, allowed)
    print(f"fields: {len(differences)} differences, {len(open_ones)} not in the allow-list")
    for difference in open_ones:
        print("  ", difference)
    for entry in unused(differences, allowed):
        print("   unused allow-list entry:", entry)


if __name__ == "__main__":
    main()


def unrecorded_conflicts() -> list[str]:
    """Reference operations with known source conflicts whose spec records none: no
    ``x-source-conflicts`` on the operation, its parameters, or the schemas it refers to."""
    import json

    spec = {(method, _template(path)): entry for (method, path), entry in spec_operations().items()}
    missing = []
    for reference in load_reference("endpoints.yaml")["operations"]:
        if not reference["conflicts"]:
            continue
        for path in filter(None, (reference["path"], reference["legacy_path"])):
            entry = spec.get((reference["method"], _template(path)))
            if entry is None:
                continue
            text = json.dumps(entry["operation"]) + json.dumps(entry["item"].get("parameters", []))
            schemas = entry["document"]["components"]["schemas"]
            text += "".join(
                json.dumps(schemas[name])
                for name in set(re.findall(r"#/components/schemas/(\w+)", text))
            )
            if "x-source-conflicts" not in text:
                missing.append(f"{reference['method']} {path}: {reference['conflicts']}")
    return missing
