"""The ``yunxin`` layer: the house rules of this project's spec (spec/README.md): one tag and
``x-sdk-method`` per operation, the trace header, the envelope, examples, component names,
the vendor extensions, one Python module per schema file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.core.bundler import Bundle
from generator.core.lint import all_schemas, may_hold_properties, problem_at, rule, tags_of
from generator.core.loader import join_pointer, split_pointer
from generator.core.problems import Problem
from generator.core.schemas import (
    SchemaIndex,
    canonical,
    envelope_data_schema,
    iter_operations,
    json_media,
    operation_parameters,
    ref_name,
    split_nullable,
    walk_schemas,
)
from generator.targets.python.naming import (
    RESERVED_ARGUMENTS,
    argument_name,
    field_name,
    is_class_name,
    is_identifier,
    is_snake_case,
)

LAYER = "yunxin"


TRACE_HEADER = "X-custom-traceid"


_OPERATION_ID = re.compile(r"^[a-z][A-Za-z0-9]*$")


_UNSUPPORTED_KEYWORDS = {
    "not": "negated schemas",
    "discriminator": "discriminators",
    "if": "conditional schemas",
    "patternProperties": "pattern properties",
    "prefixItems": "tuple schemas",
    "nullable": "the OpenAPI 3.0 keyword `nullable` (3.1 writes `type: [string, 'null']`)",
    "const": "`const`",
    "dependentSchemas": "dependent schemas",
    "$defs": "local `$defs`",
}


@rule(LAYER)
def operation_ids(bundle: Bundle) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for pointer, path, method, operation, _ in iter_operations(bundle.document):
        operation_id = operation.get("operationId")
        where = f"{method.upper()} {path}"
        if not isinstance(operation_id, str) or not operation_id:
            yield problem_at(
                bundle,
                pointer,
                "operation-id-missing",
                f"{where} has no operationId",
                "add a unique camelCase operationId, e.g. `operationId: getAccount`",
            )
            continue
        id_pointer = join_pointer(pointer, "operationId")
        if not _OPERATION_ID.match(operation_id):
            yield problem_at(
                bundle,
                id_pointer,
                "operation-id-style",
                f"operationId '{operation_id}' of {where} is not camelCase",
                "use letters and digits only, starting with a lower-case letter, e.g. `batchGetTeams`",
            )
        if operation_id in seen:
            yield problem_at(
                bundle,
                id_pointer,
                "operation-id-duplicate",
                f"operationId '{operation_id}' of {where} is already used at {bundle.locate(seen[operation_id])}",
                "give each operation its own operationId",
            )
        else:
            seen[operation_id] = id_pointer


@rule(LAYER)
def operation_documentation(bundle: Bundle) -> Iterator[Problem]:
    tags = tags_of(bundle)
    for pointer, path, method, operation, _ in iter_operations(bundle.document):
        where = f"{method.upper()} {path}"
        operation_tags = operation.get("tags")
        if not isinstance(operation_tags, list) or len(operation_tags) != 1:
            yield problem_at(
                bundle,
                pointer,
                "operation-tag",
                f"{where} must have exactly one tag (it decides the SDK resource)",
                "add `tags: [<Tag>]` with one tag declared in the root `tags` list",
            )
        elif operation_tags[0] not in tags:
            yield problem_at(
                bundle,
                join_pointer(pointer, "tags"),
                "operation-tag",
                f"{where} uses tag '{operation_tags[0]}', which the root `tags` list does not declare",
                "declare the tag (with description and x-sdk-resource) in the root file, or fix its spelling",
            )
        for key, fix in (
            ("summary", "add a one-line `summary` saying what the operation does"),
            (
                "description",
                "add a `description` in your own words: what it does, limits, side effects",
            ),
        ):
            value = operation.get(key)
            if not isinstance(value, str) or not value.strip():
                yield problem_at(bundle, pointer, f"operation-{key}", f"{where} has no {key}", fix)
        external = operation.get("externalDocs")
        if external is not None and not (
            isinstance(external, dict) and str(external.get("url", "")).startswith("https://")
        ):
            yield problem_at(
                bundle,
                join_pointer(pointer, "externalDocs"),
                "operation-external-docs",
                f"externalDocs of {where} needs an https url",
                "link the official documentation page with `url: https://...`",
            )
        deprecated_by = operation.get("x-deprecated-by")
        if deprecated_by is not None:
            known = {op.get("operationId") for _, _, _, op, _ in iter_operations(bundle.document)}
            if operation.get("deprecated") is not True:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, "x-deprecated-by"),
                    "operation-deprecated-by",
                    f"{where} names a replacement in x-deprecated-by but is not `deprecated: true`",
                    "add `deprecated: true` or remove x-deprecated-by",
                )
            if deprecated_by not in known:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, "x-deprecated-by"),
                    "operation-deprecated-by",
                    f"x-deprecated-by of {where} names '{deprecated_by}', which is no operationId",
                    "name the operationId of the operation that replaces this one",
                )
        idempotent = operation.get("x-idempotent")
        if idempotent is not None and not isinstance(idempotent, bool):
            yield problem_at(
                bundle,
                join_pointer(pointer, "x-idempotent"),
                "operation-idempotent",
                f"x-idempotent of {where} must be true or false",
                "write `x-idempotent: true` for operations that are safe to send twice",
            )


@rule(LAYER)
def sdk_names(bundle: Bundle) -> Iterator[Problem]:
    tags = tags_of(bundle)
    resources: dict[str, str] = {}
    for name, (pointer, tag) in tags.items():
        resource = tag.get("x-sdk-resource")
        if not isinstance(resource, str) or not is_snake_case(resource):
            yield problem_at(
                bundle,
                pointer,
                "tag-sdk-resource",
                f"tag '{name}' needs `x-sdk-resource`, the snake_case name of its SDK resource",
                "add e.g. `x-sdk-resource: conversation_groups` (used as client.<resource>)",
            )
        elif resource in resources:
            yield problem_at(
                bundle,
                pointer,
                "tag-sdk-resource",
                f"tags '{resources[resource]}' and '{name}' both use x-sdk-resource '{resource}'",
                "give every tag its own resource name",
            )
        else:
            resources[resource] = name
        if not isinstance(tag.get("description"), str) or not tag["description"].strip():
            yield problem_at(
                bundle,
                pointer,
                "tag-description",
                f"tag '{name}' has no description",
                "describe the tag",
            )
    methods: dict[tuple[str, str], str] = {}
    for pointer, path, method, operation, _ in iter_operations(bundle.document):
        where = f"{method.upper()} {path}"
        sdk_method = operation.get("x-sdk-method")
        if (
            not isinstance(sdk_method, str)
            or not is_snake_case(sdk_method)
            or sdk_method in RESERVED_ARGUMENTS
        ):
            yield problem_at(
                bundle,
                pointer,
                "operation-sdk-method",
                f"{where} needs `x-sdk-method`, the snake_case name of its SDK method",
                "add e.g. `x-sdk-method: batch_get`; name the action (create, get, list, update, delete, ...)",
            )
            continue
        tag_list = operation.get("tags") or [""]
        key = (str(tag_list[0]), sdk_method)
        if key in methods:
            yield problem_at(
                bundle,
                join_pointer(pointer, "x-sdk-method"),
                "operation-sdk-method",
                f"x-sdk-method '{sdk_method}' of {where} is already used in tag '{key[0]}' by {methods[key]}",
                "choose another method name (deprecated forms usually end in `_legacy`)",
            )
        else:
            methods[key] = where


@rule(LAYER)
def trace_header(bundle: Bundle) -> Iterator[Problem]:
    for pointer, path, method, operation, item in iter_operations(bundle.document):
        names = {
            p.get("name")
            for _, p in operation_parameters(bundle.document, pointer, operation, item)
        }
        if TRACE_HEADER not in names:
            yield problem_at(
                bundle,
                pointer,
                "operation-trace-header",
                f"{method.upper()} {path} does not declare the {TRACE_HEADER} header",
                "add `- $ref: '../components/parameters.yaml#/TraceId'` to the path item's parameters",
            )


@rule(LAYER)
def parameters(bundle: Bundle) -> Iterator[Problem]:
    index = SchemaIndex(bundle.document)
    for pointer, path, method, operation, item in iter_operations(bundle.document):
        where = f"{method.upper()} {path}"
        python_names: dict[str, str] = {}
        for param_pointer, parameter in operation_parameters(
            bundle.document, pointer, operation, item
        ):
            name, location = str(parameter.get("name")), parameter.get("in")
            if location == "header" and name == TRACE_HEADER:
                continue
            if location not in ("path", "query", "header"):
                yield problem_at(
                    bundle,
                    param_pointer,
                    "parameter-location",
                    f"parameter '{name}' of {where} is in {location}, which the SDK does not support",
                    "use a path, query or header parameter",
                )
                continue
            override = parameter.get("x-sdk-name")
            py_name = argument_name(name, override if isinstance(override, str) else None)
            yield from _check_argument(bundle, param_pointer, where, name, py_name, python_names)
            if "content" in parameter:
                media = json_media(parameter["content"])
                if media is None or len(parameter["content"]) != 1:
                    yield problem_at(
                        bundle,
                        param_pointer,
                        "parameter-content",
                        f"parameter '{name}' of {where} uses a content type other than application/json",
                        "serialise it as `content: {application/json: {schema: ...}}` or use `schema`",
                    )
                continue
            schema, _ = split_nullable(index.resolve(parameter.get("schema") or {}))
            kind = schema.get("type")
            if kind == "array":
                items, _ = split_nullable(index.resolve(schema.get("items") or {}))
                if items.get("type") not in ("string", "integer", "number", "boolean"):
                    yield problem_at(
                        bundle,
                        param_pointer,
                        "parameter-schema",
                        f"array parameter '{name}' of {where} must have scalar items",
                        "use `items: {type: string}` (or integer), or send the list as JSON with `content`",
                    )
                if location == "path":
                    yield problem_at(
                        bundle,
                        param_pointer,
                        "parameter-schema",
                        f"path parameter '{name}' of {where} cannot be an array",
                        "make it a string",
                    )
            elif kind == "object" or index.is_object_model(schema):
                yield problem_at(
                    bundle,
                    param_pointer,
                    "parameter-schema",
                    f"object parameter '{name}' of {where} has no defined serialisation",
                    "send it as JSON: replace `schema` with `content: {application/json: {schema: ...}}`",
                )
            if (
                location in ("path", "query")
                and parameter.get("required")
                and not _has_example(parameter)
            ):
                yield problem_at(
                    bundle,
                    param_pointer,
                    "example-missing",
                    f"required parameter '{name}' of {where} has no example",
                    "add `example:` with a realistic value",
                )
        body = operation.get("requestBody")
        if body is None:
            continue
        body_pointer = join_pointer(pointer, "requestBody")
        body = index.resolve(body)
        media = json_media(body.get("content")) if isinstance(body, dict) else None
        if media is None or len(body.get("content", {})) != 1:
            yield problem_at(
                bundle,
                body_pointer,
                "request-body",
                f"the request body of {where} must be application/json only",
                "describe the body under `content: {application/json: {schema: ...}}`",
            )
            continue
        body_schema = media.get("schema")
        if ref_name(body_schema) is None or not index.is_object_model(body_schema):
            yield problem_at(
                bundle,
                join_pointer(
                    join_pointer(join_pointer(body_pointer, "content"), "application/json"),
                    "schema",
                ),
                "request-body",
                f"the request body of {where} must be a $ref to an object component with properties",
                "move the body schema to components/schemas and refer to it",
            )
            continue
        if "example" not in media and "examples" not in media:
            yield problem_at(
                bundle,
                body_pointer,
                "example-missing",
                f"the request body of {where} has no example",
                "add `example:` next to the schema, with realistic values",
            )
        for prop_name, prop in index.properties(body_schema).items():
            override = prop.get("x-sdk-name") if isinstance(prop, dict) else None
            py_name = argument_name(prop_name, override if isinstance(override, str) else None)
            yield from _check_argument(
                bundle,
                join_pointer(body_pointer, "content"),
                where,
                f"body property '{prop_name}'",
                py_name,
                python_names,
            )


def _has_example(parameter: dict[str, Any]) -> bool:
    if "example" in parameter or "examples" in parameter:
        return True
    media = json_media(parameter.get("content"))
    schema = (media or {}).get("schema") or parameter.get("schema") or {}
    return isinstance(schema, dict) and ("examples" in schema or "example" in schema)


def _check_argument(
    bundle: Bundle, pointer: str, where: str, label: str, py_name: str, seen: dict[str, str]
) -> Iterator[Problem]:
    if not is_identifier(py_name):
        yield problem_at(
            bundle,
            pointer,
            "parameter-name",
            f"{label} of {where} does not give a usable Python name ('{py_name}')",
            "add `x-sdk-name: <snake_case name>`",
        )
    elif py_name in RESERVED_ARGUMENTS:
        yield problem_at(
            bundle,
            pointer,
            "parameter-name",
            f"{label} of {where} would become argument '{py_name}', which every SDK method uses for its options",
            f"add `x-sdk-name:` with another name, e.g. `x-sdk-name: {py_name}_value`",
        )
    elif py_name in seen:
        yield problem_at(
            bundle,
            pointer,
            "parameter-name",
            f"{label} of {where} and {seen[py_name]} both become argument '{py_name}'",
            "add `x-sdk-name:` to one of them",
        )
    else:
        seen[py_name] = label if label.startswith("body") else f"parameter '{label}'"


@rule(LAYER)
def responses(bundle: Bundle) -> Iterator[Problem]:
    index = SchemaIndex(bundle.document)
    for pointer, path, method, operation, _ in iter_operations(bundle.document):
        where = f"{method.upper()} {path}"
        ok = (operation.get("responses") or {}).get("200")
        response_pointer = join_pointer(join_pointer(pointer, "responses"), "200")
        if ok is None:
            yield problem_at(
                bundle,
                join_pointer(pointer, "responses"),
                "operation-response",
                f"{where} has no '200' response",
                "describe the envelope answer under `responses: {'200': ...}`",
            )
            continue
        matches, data = envelope_data_schema(ok, index)
        if not matches:
            yield problem_at(
                bundle,
                response_pointer,
                "operation-response",
                f"the 200 response of {where} is not written as the envelope with a `data` schema",
                "use `schema: {allOf: [{$ref: '.../common.yaml#/Envelope'}, "
                "{type: object, properties: {data: {$ref: <data component>}}}]}`",
            )
            continue
        if ref_name(data) is None:
            yield problem_at(
                bundle,
                response_pointer,
                "operation-response",
                f"`data` of the 200 response of {where} must be a $ref to a schema component",
                "move the data schema to components/schemas (use EmptyObject when nothing is returned)",
            )
        media = json_media(index.resolve(ok).get("content"))
        if media is not None and "example" not in media and "examples" not in media:
            yield problem_at(
                bundle,
                response_pointer,
                "example-missing",
                f"the 200 response of {where} has no example",
                "add `example:` with code 200, msg and realistic data",
            )
        pagination = operation.get("x-pagination")
        if pagination is not None:
            yield from _check_pagination(bundle, index, pointer, where, operation, pagination, data)


def _check_pagination(
    bundle: Bundle,
    index: SchemaIndex,
    pointer: str,
    where: str,
    operation: dict[str, Any],
    pagination: Any,
    data: Any,
) -> Iterator[Problem]:
    at = join_pointer(pointer, "x-pagination")
    if not isinstance(pagination, dict) or pagination.get("style") not in ("cursor", "offset"):
        yield problem_at(
            bundle,
            at,
            "pagination",
            f"x-pagination of {where} needs `style: cursor` or `style: offset`",
            "see spec/README.md for the keys of x-pagination",
        )
        return
    query = {
        p.get("name")
        for _, p in operation_parameters(bundle.document, pointer, operation, {})
        if p.get("in") == "query"
    }
    path_item = bundle.document["paths"][split_pointer(pointer)[1]]
    query |= {
        p.get("name")
        for _, p in operation_parameters(bundle.document, pointer, operation, path_item)
        if p.get("in") == "query"
    }
    props = index.properties(data)
    for key in ("request_token", "limit"):
        name = pagination.get(key)
        if key == "request_token" and name is None:
            yield problem_at(
                bundle, at, "pagination", f"x-pagination of {where} lacks `{key}`", f"add `{key}:`"
            )
        elif name is not None and name not in query:
            yield problem_at(
                bundle,
                join_pointer(at, key),
                "pagination",
                f"x-pagination of {where} names query parameter '{name}' for `{key}`, but there is none",
                "name an existing query parameter",
            )
    for key in ("items", "has_more", "response_token"):
        name = pagination.get(key)
        if key == "items" and name is None:
            yield problem_at(
                bundle, at, "pagination", f"x-pagination of {where} lacks `items`", "add `items:`"
            )
        elif name is not None and name not in props:
            yield problem_at(
                bundle,
                join_pointer(at, key),
                "pagination",
                f"x-pagination of {where} names '{name}' for `{key}`, but the data schema has no such property",
                "name a property of the response's data schema",
            )
    items = props.get(pagination.get("items", ""))
    if items is not None and split_nullable(index.resolve(items))[0].get("type") != "array":
        yield problem_at(
            bundle,
            join_pointer(at, "items"),
            "pagination",
            f"the `items` property of {where} is not an array",
            "point `items` at the array property of the page",
        )


@rule(LAYER)
def schema_constructs(bundle: Bundle) -> Iterator[Problem]:
    for pointer, schema in all_schemas(bundle):
        for keyword, label in _UNSUPPORTED_KEYWORDS.items():
            if keyword in schema:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, keyword),
                    "schema-unsupported",
                    f"the generator does not support {label}",
                    "express the shape with properties, allOf of a $ref, or `type: [X, 'null']`",
                )
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                _, nullable = split_nullable(schema)
                if not nullable:
                    yield problem_at(
                        bundle,
                        join_pointer(pointer, keyword),
                        "schema-unsupported",
                        f"`{keyword}` is only supported as `[<schema>, {{type: 'null'}}]`",
                        "describe one shape (merge the alternatives, optional fields where they differ)",
                    )
        kind = schema.get("type")
        if isinstance(kind, list) and len([k for k in kind if k != "null"]) > 1:
            yield problem_at(
                bundle,
                join_pointer(pointer, "type"),
                "schema-unsupported",
                f"a schema of several types ({', '.join(map(str, kind))}) has no Python type here",
                "choose one type (plus 'null' if it may be null)",
            )
        if schema.get("properties") and not may_hold_properties(pointer):
            yield problem_at(
                bundle,
                pointer,
                "schema-inline-object",
                "an object with properties is written inline; the SDK needs a name for it",
                "move it to a file under components/schemas and refer to it with $ref "
                "(reuse the component if one with these properties exists)",
            )
        if "allOf" in schema and pointer.startswith("/components/schemas/"):
            parts = schema["allOf"]
            refs = [p for p in parts if ref_name(p)]
            if len(refs) != 1 or len(parts) > 2:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, "allOf"),
                    "schema-unsupported",
                    "allOf must be one $ref (the base) optionally followed by one object with more properties",
                    "write `allOf: [{$ref: <Base>}, {type: object, properties: {...}}]`",
                )
        props = schema.get("properties")
        if isinstance(props, dict):
            names: dict[str, str] = {}
            for prop_name, prop in props.items():
                override = prop.get("x-sdk-name") if isinstance(prop, dict) else None
                py_name = field_name(prop_name, override if isinstance(override, str) else None)
                if not is_identifier(py_name):
                    yield problem_at(
                        bundle,
                        join_pointer(join_pointer(pointer, "properties"), prop_name),
                        "property-name",
                        f"property '{prop_name}' gives no usable Python name",
                        "add `x-sdk-name: <snake_case>`",
                    )
                elif py_name in names:
                    yield problem_at(
                        bundle,
                        join_pointer(join_pointer(pointer, "properties"), prop_name),
                        "property-name",
                        f"properties '{names[py_name]}' and '{prop_name}' both become attribute '{py_name}'",
                        "add `x-sdk-name:` to one of them",
                    )
                else:
                    names[py_name] = prop_name
            for required in schema.get("required") or []:
                if required not in props:
                    yield problem_at(
                        bundle,
                        join_pointer(pointer, "required"),
                        "schema-required",
                        f"'{required}' is listed as required but is not a property",
                        "remove it from `required` or add the property",
                    )


#: Formats of JSON Schema and of the OpenAPI format registry; anything else is a typo or a
#: format nobody here knows how to treat.


@rule(LAYER)
def component_names(bundle: Bundle) -> Iterator[Problem]:
    for name in bundle.document.get("components", {}).get("schemas") or {}:
        if not is_class_name(name):
            yield problem_at(
                bundle,
                join_pointer("/components/schemas", name),
                "component-name",
                f"schema component '{name}' is not a PascalCase class name",
                "rename it to PascalCase letters and digits, e.g. `TeamMember`",
            )


@rule(LAYER)
def enums(bundle: Bundle) -> Iterator[Problem]:
    for name, schema in (bundle.document.get("components", {}).get("schemas") or {}).items():
        if not isinstance(schema, dict) or "enum" not in schema:
            continue
        pointer = join_pointer("/components/schemas", name)
        values = schema["enum"]
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, (int, str)) for v in values)
        ):
            yield problem_at(
                bundle,
                join_pointer(pointer, "enum"),
                "enum",
                "enum values must be integers or strings",
                "",
            )
            continue
        names = schema.get("x-enum-varnames")
        if names is None and all(isinstance(v, str) for v in values):
            continue
        if not isinstance(names, list) or len(names) != len(values):
            yield problem_at(
                bundle,
                pointer,
                "enum-varnames",
                f"enum '{name}' needs `x-enum-varnames` with one member name per value ({len(values)})",
                "add e.g. `x-enum-varnames: [P2P, TEAM, SUPER_TEAM]` in the order of `enum`",
            )
        elif len(set(names)) != len(names) or not all(
            isinstance(n, str) and re.match(r"^[A-Z][A-Z0-9_]*$", n) for n in names
        ):
            yield problem_at(
                bundle,
                join_pointer(pointer, "x-enum-varnames"),
                "enum-varnames",
                f"the member names of enum '{name}' must be unique UPPER_CASE identifiers",
                "rename the members",
            )
        descriptions = schema.get("x-enum-descriptions")
        if descriptions is not None and (
            not isinstance(descriptions, list) or len(descriptions) != len(values)
        ):
            yield problem_at(
                bundle,
                join_pointer(pointer, "x-enum-descriptions"),
                "enum-descriptions",
                f"`x-enum-descriptions` of enum '{name}' must have one entry per value ({len(values)})",
                "describe every value, in the order of `enum`",
            )


@rule(LAYER)
def partial_failures(bundle: Bundle) -> Iterator[Problem]:
    index = SchemaIndex(bundle.document)
    for name, schema in (bundle.document.get("components", {}).get("schemas") or {}).items():
        spec = schema.get("x-partial-failure") if isinstance(schema, dict) else None
        if spec is None:
            continue
        pointer = join_pointer(join_pointer("/components/schemas", name), "x-partial-failure")
        props = index.properties(schema)
        if not isinstance(spec, dict) or "failed" not in spec:
            yield problem_at(
                bundle,
                pointer,
                "partial-failure",
                f"x-partial-failure of '{name}' needs at least `failed: <property>`",
                "see spec/README.md for its keys",
            )
            continue
        for key in ("succeeded", "failed"):
            prop = spec.get(key)
            if prop is not None and prop not in props:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, key),
                    "partial-failure",
                    f"x-partial-failure of '{name}' names '{prop}', which is not a property",
                    "name a property of this schema",
                )
        failed = props.get(spec["failed"])
        if failed is None:
            continue
        failed = split_nullable(index.resolve(failed))[0]
        item = (
            split_nullable(index.resolve(failed.get("items", {})))[0]
            if failed.get("type") == "array"
            else failed
        )
        item_props = index.properties(item)
        for key in ("id", "code", "message"):
            field = spec.get(key)
            if field is not None and field not in item_props:
                yield problem_at(
                    bundle,
                    join_pointer(pointer, key),
                    "partial-failure",
                    f"x-partial-failure of '{name}' names '{field}' for `{key}`, but the failed items have no such field",
                    "name a property of the failed item schema",
                )


#: Keys that do not change what a schema describes, for finding copies.


_PROSE = frozenset({"description", "examples", "example", "x-source-conflicts", "title"})


@rule(LAYER)
def component_copies(bundle: Bundle) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for name, schema in (bundle.document.get("components", {}).get("schemas") or {}).items():
        if not isinstance(schema, dict) or not schema.get("properties"):
            continue
        key = canonical(schema, _PROSE)
        if key in seen:
            yield problem_at(
                bundle,
                join_pointer("/components/schemas", name),
                "schema-copy",
                f"schema '{name}' is a copy of '{seen[key]}'",
                f"delete it and refer to '{seen[key]}' instead",
            )
        else:
            seen[key] = name


@rule(LAYER)
def unused(bundle: Bundle) -> Iterator[Problem]:
    for key, target in sorted(
        bundle.declared_components.items(), key=lambda kv: (str(kv[1].path), kv[0])
    ):
        if key not in bundle.used_components:
            yield Problem(
                bundle.target_location(target),
                "component-unused",
                f"{key[0]} component '{key[1]}' is never referred to",
                "delete it, or refer to it where it belongs",
            )
    referenced = set(bundle.path_targets.values())
    for target in bundle.declared_path_items:
        if target not in referenced:
            yield Problem(
                bundle.target_location(target),
                "path-unreferenced",
                f"path item '{split_pointer(target.pointer)[0]}' is not listed in the root file's `paths`",
                "add `<path>: {$ref: 'paths/<file>.yaml#/<escaped path>'}` to the root paths",
            )


@rule(LAYER)
def module_cycles(bundle: Bundle) -> Iterator[Problem]:
    """Schema files become Python modules; their references must not form a cycle."""
    module_of = bundle.schema_modules()
    edges: dict[str, set[str]] = {}
    where: dict[tuple[str, str], str] = {}
    for name, schema in (bundle.document.get("components", {}).get("schemas") or {}).items():
        source = module_of.get(name)
        if source is None:
            continue
        for pointer, sub in walk_schemas(schema, join_pointer("/components/schemas", name)):
            target = module_of.get(ref_name(sub) or "")
            if target and target != source:
                edges.setdefault(source, set()).add(target)
                where.setdefault((source, target), pointer)
    reported: set[frozenset[str]] = set()
    for source in sorted(edges):
        for target in sorted(edges[source]):
            if source in _reachable(edges, target):
                pair = frozenset((source, target))
                if pair in reported:
                    continue
                reported.add(pair)
                yield problem_at(
                    bundle,
                    where[(source, target)],
                    "schema-file-cycle",
                    f"schemas in {source}.yaml and {target}.yaml refer to each other (each file is one Python module)",
                    "move the shared schemas into one file (e.g. common.yaml) so references go one way",
                )


def _reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


@rule(LAYER)
def root_extensions(bundle: Bundle) -> Iterator[Problem]:
    document = bundle.document
    servers = document.get("servers") or []
    primaries: dict[str, int] = {}
    for index, server in enumerate(servers):
        pointer = join_pointer("/servers", index)
        region, role = server.get("x-region"), server.get("x-role")
        if (
            not isinstance(region, str)
            or not is_snake_case(region)
            or role not in ("primary", "backup")
        ):
            yield problem_at(
                bundle,
                pointer,
                "server-region",
                "every server needs `x-region` (a short lower-case name) and `x-role: primary|backup`",
                "add e.g. `x-region: cn` and `x-role: primary`",
            )
        elif role == "primary":
            primaries[region] = primaries.get(region, 0) + 1
    regions = {s.get("x-region") for s in servers if isinstance(s, dict)}
    for region in sorted(r for r in regions if isinstance(r, str)):
        if primaries.get(region, 0) != 1:
            yield problem_at(
                bundle,
                "/servers",
                "server-region",
                f"region '{region}' must have exactly one primary server",
                "mark one server of the region `x-role: primary` and the others `backup`",
            )
    codes = (document.get("info") or {}).get("x-error-codes")
    if codes is None:
        return
    seen: set[int] = set()
    for index, entry in enumerate(codes if isinstance(codes, list) else []):
        pointer = join_pointer("/info/x-error-codes", index)
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("code"), int)
            or not is_class_name(str(entry.get("name", "")))
            or not str(entry.get("name", "")).endswith("Error")
            or entry.get("retry") not in ("always", "idempotent", "never")
        ):
            yield problem_at(
                bundle,
                pointer,
                "error-codes",
                "each x-error-codes entry needs `code` (integer), `name` (PascalCase ending in Error), "
                "`description` and `retry` (always, idempotent or never)",
                "complete the entry",
            )
        elif entry["code"] in seen:
            yield problem_at(
                bundle, pointer, "error-codes", f"code {entry['code']} is listed twice", "keep one"
            )
        else:
            seen.add(entry["code"])


@rule(LAYER)
def streams(bundle: Bundle) -> Iterator[Problem]:
    index = SchemaIndex(bundle.document)
    for pointer, path, method, operation, _ in iter_operations(bundle.document):
        spec = operation.get("x-sdk-stream")
        if spec is None:
            continue
        at = join_pointer(pointer, "x-sdk-stream")
        where = f"{method.upper()} {path}"
        keys = ("method", "chunk", "text", "index", "finish", "first_id", "next_id", "result_id")
        if not isinstance(spec, dict) or any(not isinstance(spec.get(k), str) for k in keys):
            yield problem_at(
                bundle,
                at,
                "stream",
                f"x-sdk-stream of {where} needs the keys {', '.join(keys)}",
                "see spec/README.md",
            )
            continue
        tag = (operation.get("tags") or [""])[0]
        taken = {
            other.get("x-sdk-method")
            for _, _, _, other, _ in iter_operations(bundle.document)
            if (other.get("tags") or [""])[0] == tag
        }
        if not is_snake_case(spec["method"]) or spec["method"] in taken:
            yield problem_at(
                bundle,
                join_pointer(at, "method"),
                "stream",
                f"x-sdk-stream method '{spec['method']}' of {where} must be a new snake_case name in its resource",
                "choose a name no operation of the tag uses, e.g. send_stream",
            )
        media = json_media(index.resolve(operation.get("requestBody") or {}).get("content")) or {}
        chunk = index.properties(media.get("schema")).get(spec["chunk"])
        if chunk is None:
            yield problem_at(
                bundle,
                at,
                "stream",
                f"x-sdk-stream chunk '{spec['chunk']}' is not a body property of {where}",
                "",
            )
            continue
        for key in ("text", "index", "finish", "first_id", "next_id"):
            node: Any = chunk
            for part in spec[key].split("."):
                node = index.properties(node).get(part)
                if node is None:
                    yield problem_at(
                        bundle,
                        join_pointer(at, key),
                        "stream",
                        f"x-sdk-stream {key} '{spec[key]}' is not a field of the chunk of {where}",
                        "give a dotted path inside the chunk object",
                    )
                    break
        _, data = envelope_data_schema(operation["responses"]["200"], index)
        if spec["result_id"] not in index.properties(data):
            yield problem_at(
                bundle,
                join_pointer(at, "result_id"),
                "stream",
                f"x-sdk-stream result_id '{spec['result_id']}' is not a field of the response data of {where}",
                "name the field of the answer that holds the message's server id",
            )
