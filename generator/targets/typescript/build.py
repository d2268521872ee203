"""Turn the neutral model into the TypeScript target's model (:mod:`.model`).

Names: resources and methods in camelCase (from the neutral hints), classes and types in
PascalCase, files in kebab-case; parameters and fields keep their wire names exactly, as the
server sends and expects them. Types: string -> ``string``, integer and number -> ``number``,
boolean, array -> ``T[]``, map -> ``Record<string, T>``, model -> its interface, enum -> a union
of its values (with a const object of its members), nullable -> ``T | null``, any ->
``unknown``, binary -> ``Uint8Array``. Every object literal the runtime receives (the
``Operation``, the ``PageSpec``, the ``StreamSpec``) is written here as text; prettier lays it
out afterwards.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

from generator import __version__
from generator.core import model as neutral
from generator.targets.typescript import model as ts
from generator.targets.typescript.naming import (
    RESERVED,
    camel_case,
    enum_member_name,
    is_identifier,
    kebab_case,
    member_access,
    pascal_case,
    property_key,
    string_literal,
)

RUNTIME = Path(__file__).resolve().parent / "runtime"

#: The pinned tools of the generated package (the versions of the repository's package.json).
DEV_DEPENDENCIES = {
    "@types/node": "20.19.43",
    "esbuild": "0.28.2",
    "prettier": "3.6.2",
    "typescript": "5.9.3",
}

_WIDTH = 100
_FIELD_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "array": "array",
    "map": "object",
    "model": "object",
}


def core_exports() -> frozenset[str]:
    """The names ``src/core/index.ts`` exports (``src/index.ts`` re-exports all of them)."""
    text = (RUNTIME / "src" / "core" / "index.ts").read_text(encoding="utf-8")
    names: set[str] = set()
    for block in re.findall(r"export\s*\{([^}]*)\}", text):
        for item in block.split(","):
            item = item.strip().removeprefix("type ").strip()
            if item:
                names.add(item.split(" as ")[-1].strip())
    return frozenset(names)


# -- doc comments -------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.replace("*/", "*\\/").split())


def _wrap(text: str, indent: int) -> list[str]:
    width = max(40, _WIDTH - indent - 3)
    return textwrap.wrap(_clean(text), width, break_long_words=False, break_on_hyphens=False)


def doc(*paragraphs: str, tags: list[str] | None = None, indent: int = 0) -> ts.Doc:
    """A doc comment of the paragraphs (blank lines between them) and ``@`` tags."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph.strip():
            continue
        if lines:
            lines.append("")
        lines.extend(_wrap(paragraph, indent))
    for tag in tags or []:
        wrapped = _wrap(tag, indent)
        lines.extend([wrapped[0], *("  " + w for w in wrapped[1:])] if wrapped else [])
    return ts.Doc(lines)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "?", "!", "。")) else f"{text}."


# -- types and literals -------------------------------------------------------------------------


def type_expr(type_: neutral.Type) -> str:
    """The TypeScript type of a neutral type."""
    kind = type_.kind
    if kind == "string":
        text = "string"
    elif kind in ("integer", "number"):
        text = "number"
    elif kind == "boolean":
        text = "boolean"
    elif kind == "any":
        text = "unknown"
    elif kind == "binary":
        text = "Uint8Array"
    elif kind == "array":
        item = type_expr(type_.item) if type_.item else "unknown"
        text = f"{item}[]" if re.fullmatch(r"[A-Za-z0-9_$]+(\[\])*", item) else f"Array<{item}>"
    elif kind == "map":
        text = f"Record<string, {type_expr(type_.item) if type_.item else 'unknown'}>"
    elif kind == "union":  # the Yunxin profile has none; its values pass through untyped
        text = "unknown"
    else:  # model, enum
        text = type_.name or "unknown"
    return f"{text} | null" if type_.nullable else text


def literal(value: Any) -> str:
    """A JSON value as a TypeScript expression (object keys unquoted where they can be)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ", ".join(f"{property_key(str(k))}: {literal(v)}" for k, v in value.items())
        return "{ " + items + " }"
    return string_literal(str(value))


def object_literal(entries: list[tuple[str, str]]) -> str:
    """``{ key: expression, ... }`` of already written keys and expressions."""
    if not entries:
        return "{}"
    return "{ " + ", ".join(f"{property_key(k)}: {v}" for k, v in entries) + " }"


# -- models and enums ---------------------------------------------------------------------------


def _field_doc(item: neutral.Field, indent: int) -> ts.Doc:
    tags = ["@deprecated"] if item.deprecated else []
    extra = (
        _sentence(item.constraints[:1].upper() + item.constraints[1:]) if item.constraints else ""
    )
    return doc(
        " ".join(p for p in (_sentence(item.description), extra) if p), tags=tags, indent=indent
    )


def _interface(item: neutral.Model) -> ts.Interface:
    return ts.Interface(
        name=item.name,
        doc=doc(item.description, tags=["@deprecated"] if item.deprecated else []),
        properties=[
            ts.Property(
                wire_name=f.wire_name,
                key=property_key(f.wire_name),
                type=type_expr(f.type),
                optional=not f.required,
                doc=_field_doc(f, 2),
            )
            for f in item.fields
        ],
        extends=item.base.name if item.base is not None and item.base.kind == "model" else None,
    )


def _enum(item: neutral.Enum) -> ts.Enum:
    values = [literal(v.value) for v in item.values]
    members: list[ts.EnumMember] = []
    used: set[str] = set()
    for value, text in zip(item.values, values, strict=True):
        key = value.name_hint if value.name_hint and is_identifier(value.name_hint) else None
        key = key or enum_member_name(str(value.value))
        while key in used:
            key += "_"
        used.add(key)
        members.append(ts.EnumMember(key, text, doc(value.description, indent=2)))
    return ts.Enum(
        name=item.name,
        doc=doc(item.description),
        union=" | ".join(values) if values else "never",
        members=members,
    )


def _module(item: neutral.Module) -> ts.Module:
    imports: dict[str, set[str]] = {}
    for model in item.models:
        for other_module, name in model.named_types:
            if other_module != item.name:
                imports.setdefault(kebab_case(other_module), set()).add(name)
    return ts.Module(
        name=item.name,
        file=kebab_case(item.name),
        description=item.description,
        imports={m: sorted(n) for m, n in sorted(imports.items())},
        enums=[_enum(e) for e in item.enums],
        interfaces=[_interface(m) for m in item.models],
    )


# -- operations ---------------------------------------------------------------------------------


class _Context:
    """Lookups the operations need: models by name, the names already taken."""

    def __init__(self, api: neutral.Api) -> None:
        self.models = {(m.module, m.name): m for mod in api.modules for m in mod.models}
        self.taken = {m.name for mod in api.modules for m in mod.models}
        self.taken |= {e.name for mod in api.modules for e in mod.enums}
        self.taken |= core_exports()
        self.taken |= {e.class_name for e in api.error_codes}
        self.taken |= {api.package.client_class, "VERSION", "ConversationId", "APIResource"}

    def unique(self, name: str) -> str:
        while name in self.taken:
            name += "_"
        self.taken.add(name)
        return name

    def fields_of(self, type_: neutral.Type | None) -> list[neutral.Field]:
        """The top-level fields of a model response, its bases' first."""
        found: list[neutral.Field] = []
        seen: set[tuple[str, str]] = set()
        while type_ is not None and type_.kind == "model" and type_.module and type_.name:
            key = (type_.module, type_.name)
            model = self.models.get(key)
            if model is None or key in seen:
                break
            seen.add(key)
            found = model.fields + found
            type_ = model.base
        return found

    def partial_failure(self, type_: neutral.Type | None) -> neutral.PartialFailure | None:
        if type_ is None or type_.kind != "model" or not type_.module or not type_.name:
            return None
        model = self.models.get((type_.module, type_.name))
        return model.partial_failure if model else None


def _param_property(p: neutral.Parameter, required: bool | None = None) -> ts.Property:
    constraints = p.constraints
    extra = _sentence(constraints[:1].upper() + constraints[1:]) if constraints else ""
    where = f"Sent as {p.location} parameter `{p.wire_name}`." if p.location != "body" else ""
    text = " ".join(x for x in (_sentence(p.description), extra, where) if x)
    return ts.Property(
        wire_name=p.wire_name,
        key=property_key(p.wire_name),
        type=type_expr(p.type),
        optional=not (p.required if required is None else required),
        doc=doc(text, indent=2),
    )


def _ordered(params: list[neutral.Parameter]) -> list[neutral.Parameter]:
    """Path parameters, then the required others, then the optional ones."""
    path = [p for p in params if p.location == "path"]
    rest = [p for p in params if p.location != "path"]
    return path + [p for p in rest if p.required] + [p for p in rest if not p.required]


def _entries(params: list[neutral.Parameter], location: str) -> list[tuple[str, str]]:
    return [
        (p.wire_name, member_access("params", p.wire_name))
        for p in params
        if p.location == location
    ]


def _path_expr(op: neutral.Operation) -> str:
    names = {p.wire_name for p in op.parameters if p.location == "path"}
    if not names:
        return string_literal(op.path)

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        return "${" + member_access("params", name) + "}" if name in names else match.group(0)

    escaped = op.path.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
    return "path`" + re.sub(r"\{([^}]+)\}", sub, escaped) + "`"


def _deprecation(op: neutral.Operation, resource: str) -> str:
    if op.deprecated_by:
        return f"use {resource}.{camel_case(op.deprecated_by)}() instead"
    return f"{op.http_method} {op.path} is deprecated by the API"


def _example(op: neutral.Operation, resource: str, method: str) -> str:
    values: dict[str, Any] = {}
    body = op.body_example or {}
    for p in _ordered(op.parameters):
        if p.location == "body" and p.wire_name in body:
            values[p.wire_name] = body[p.wire_name]
        elif p.location != "body" and p.has_example:
            values[p.wire_name] = p.example
    arguments = literal(values) if values else ("{}" if op.parameters else "")
    return f"client.{resource}.{method}({arguments})"


def _operation(op: neutral.Operation, resource: ts.Resource, ctx: _Context) -> ts.Operation:
    method = camel_case(op.method_hint)
    prefix = resource.class_name
    params = _ordered(op.parameters)
    interface: ts.Interface | None = None
    signature = ""
    if params:
        name = ctx.unique(f"{prefix}{pascal_case(op.method_hint)}Params")
        interface = ts.Interface(
            name=name,
            doc=doc(f"The parameters of `{resource.member}.{method}()`."),
            properties=[_param_property(p) for p in params],
        )
        required = any(p.required for p in params)
        signature = f"params: {name}" if required else f"params: {name} = {{}}"
    response = type_expr(op.response) if op.response is not None else "void"
    failure = ctx.partial_failure(op.response)
    result = f"WithFailures<{response}>" if failure else response
    entries: list[tuple[str, str]] = [
        ("method", string_literal(op.http_method)),
        ("path", _path_expr(op)),
    ]
    query = _entries(params, "query")
    if query:
        entries.append(("query", object_literal(query)))
    styles = [
        (p.wire_name, string_literal(p.style))
        for p in params
        if p.location == "query" and p.style in ("explode", "json")
    ]
    if styles:
        entries.append(("queryStyles", object_literal(styles)))
    body = _entries(params, "body")
    if body:
        entries.append(("body", object_literal(body)))
    headers = _entries(params, "header")
    if headers:
        entries.append(("headers", object_literal(headers)))
    entries.append(("idempotent", "true" if op.idempotent else "false"))
    entries.append(("name", string_literal(f"{resource.member}.{method}")))
    if op.deprecated:
        entries.append(("deprecated", string_literal(_deprecation(op, resource.member))))
    checks = [
        (f.wire_name, string_literal(kind))
        for f in ctx.fields_of(op.response)
        if (kind := _field_type(f.type)) is not None
    ]
    if checks:
        entries.append(("fields", object_literal(checks)))
    if failure:
        spec = [("failed", string_literal(failure.failed))]
        for key, value in (
            ("succeeded", failure.succeeded),
            ("id", failure.id_field),
            ("code", failure.code_field),
            ("message", failure.message_field),
        ):
            if value:
                spec.append((key, string_literal(value)))
        entries.append(("partialFailure", object_literal(spec)))
    paging = op.pagination
    page_literal: str | None = None
    if paging is not None:
        item = type_expr(paging.item_type)
        data = response if op.response is not None else "Record<string, unknown>"
        page = [
            ("style", string_literal(paging.style)),
            ("requestToken", string_literal(paging.request_token)),
        ]
        for key, value in (
            ("limit", paging.limit),
            ("items", paging.items),
            ("hasMore", paging.has_more),
            ("responseToken", paging.response_token),
        ):
            if value:
                page.append((key, string_literal(value)))
        page_literal = object_literal(page)
        return_type = f"PagePromise<{item}, {data}>"
        call = f"paginate<{item}, {data}>"
        options_type = "PageRequestOptions"
    else:
        return_type = f"APIPromise<{result}>"
        call = f"request<{result}>"
        options_type = "RequestOptions"
    tags: list[str] = []
    if params:
        tags.append("@param params - The operation's parameters, by their wire names.")
    tags.append(
        "@param options - Per-request options (timeout, maxRetries, headers, query, body, "
        "traceId, signal" + (", maxPages, maxItems)." if paging else ").")
    )
    if op.doc_url:
        tags.append(f"@see {op.doc_url}")
    if op.deprecated:
        tags.append(
            "@deprecated "
            + (f"Use `{camel_case(op.deprecated_by)}` instead." if op.deprecated_by else "")
        )
    summary = _sentence(op.summary)
    what = f"`{op.http_method} {op.path}`" + (
        "; safe to retry."
        if op.idempotent
        else "; not retried once it may have reached the server."
    )
    built = ts.Operation(
        operation_id=op.operation_id,
        resource=resource.member,
        method_name=method,
        http_method=op.http_method,
        path=op.path,
        summary=op.summary,
        deprecated=op.deprecated,
        idempotent=op.idempotent,
        doc=doc(summary, op.description, what, tags=tags, indent=2),
        params=interface,
        params_signature=signature,
        options_type=options_type,
        return_type=return_type,
        call=call,
        operation_literal=object_literal(entries),
        page_literal=page_literal,
        example_call=_example(op, resource.member, method),
    )
    if op.stream is not None:
        built.stream = _stream(op, op.stream, built, resource, ctx)
    return built


def _field_type(type_: neutral.Type) -> str | None:
    if type_.kind == "enum":
        return "integer" if type_.enum_base == "integer" else "string"
    return _FIELD_TYPES.get(type_.kind)


def _stream(
    op: neutral.Operation,
    stream: neutral.Stream,
    chunk: ts.Operation,
    resource: ts.Resource,
    ctx: _Context,
) -> ts.Stream:
    method = camel_case(stream.method_hint)
    fixed = [p for p in _ordered(op.parameters) if p.location != "body"]
    properties = [_param_property(p) for p in fixed]
    properties.append(
        ts.Property(
            "chunks",
            "chunks",
            "Iterable<string> | AsyncIterable<string>",
            False,
            doc("The text of the message, piece by piece.", indent=2),
        )
    )
    properties.append(
        ts.Property(
            stream.first_id,
            property_key(stream.first_id),
            "string",
            True,
            doc("Client id of the new message (default: a new UUID).", indent=2),
        )
    )
    properties += [_param_property(p, required=False) for p in stream.settings]
    name = ctx.unique(f"{resource.class_name}{pascal_case(stream.method_hint)}Params")
    spec = object_literal(
        [
            ("chunk", string_literal(stream.chunk)),
            ("text", string_literal(stream.text)),
            ("index", string_literal(stream.index)),
            ("finish", string_literal(stream.finish)),
            ("firstId", string_literal(stream.first_id)),
            ("nextId", string_literal(stream.next_id)),
            ("resultId", string_literal(stream.result_id)),
        ]
    )
    result = type_expr(stream.result_type)
    if result not in ("string", "number"):
        result = "string | number"
    return ts.Stream(
        method_name=method,
        params=ts.Interface(
            name, doc(f"The parameters of `{resource.member}.{method}()`."), properties
        ),
        result_type=result,
        spec=spec,
        fixed=object_literal([(p.wire_name, member_access("params", p.wire_name)) for p in fixed]),
        settings=object_literal(
            [(p.wire_name, member_access("params", p.wire_name)) for p in stream.settings]
        ),
        first_id=member_access("params", stream.first_id),
        doc=doc(
            f"Send a streaming message made of `chunks`, one `{chunk.method_name}()` call per "
            "chunk, and resolve to its "
            f"`{stream.result_id}`.",
            f"The first chunk goes out with index 0, the settings given here and "
            f"`{stream.first_id}`; every later chunk carries the `{stream.next_id}` the first "
            "answer returned and the next index; the last chunk is flagged finished.",
            tags=[
                "@param params - The conversation, the chunks and the first chunk's settings.",
                "@param options - Per-request options, applied to every chunk call.",
            ],
            indent=2,
        ),
    )


def _resource(item: neutral.Resource, ctx: _Context) -> ts.Resource:
    class_name = ctx.unique(pascal_case(item.name))
    resource = ts.Resource(
        name=item.name,
        member=camel_case(item.name),
        class_name=class_name,
        file=kebab_case(item.name),
        tag=item.tag,
        description=item.description,
        operations=[],
        type_imports=[],
        core_imports=[],
        doc=doc(item.description, f"Reached as `client.{camel_case(item.name)}`."),
    )
    resource.operations = [_operation(op, resource, ctx) for op in item.operations]
    used: set[str] = set()
    for source in item.operations:
        for t in [source.response, source.pagination.item_type if source.pagination else None]:
            if t is not None:
                used.update(name for _, name in t.named_types)
        for p in source.parameters:
            used.update(name for _, name in p.type.named_types)
        if source.stream is not None:
            for p in source.stream.settings:
                used.update(name for _, name in p.type.named_types)
    resource.type_imports = sorted(used)
    core = (
        {"type RequestOptions"} if any(not op.page_literal for op in resource.operations) else set()
    )
    for op in resource.operations:
        if op.page_literal is not None:
            core |= {"type PagePromise", "type PageRequestOptions"}
        else:
            core.add("type APIPromise")
        if "WithFailures<" in op.return_type:
            core.add("type WithFailures")
        if "path`" in op.operation_literal:
            core.add("path")
        if op.stream is not None:
            core |= {"sendStream", "type RequestOptions"}
    resource.core_imports = sorted(core, key=lambda n: n.removeprefix("type ").lower())
    return resource


def build(api: neutral.Api) -> ts.Api:
    """The TypeScript target's model of ``api``."""
    ctx = _Context(api)
    modules = [_module(m) for m in api.modules]
    resources = [_resource(r, ctx) for r in api.resources]
    conversation = next(
        (e for m in api.modules for e in m.enums if e.name == "ConversationType"), None
    )
    conversation_ids = None
    if conversation is not None and conversation.base == "integer":
        helpers = []
        reserved = {"format", "parse", "types"}
        for value in conversation.values:
            name = camel_case(value.name_hint or enum_member_name(str(value.value)))
            if name in reserved or name in RESERVED:
                name += "_"
            helpers.append((name, literal(value.value)))
        conversation_ids = ts.ConversationIds(conversation.name, helpers)
    package = api.package
    return ts.Api(
        title=api.title,
        description=api.description,
        version=package.version,
        package_name=package.distribution,
        license=package.license,
        client_class=package.client_class,
        doc_url=api.doc_url,
        error_codes=[
            ts.ErrorCode(
                e.code, e.class_name, e.retry, doc(f"Code {e.code}: {_sentence(e.description)}")
            )
            for e in api.error_codes
        ],
        regions=[
            ts.Region(r.name, property_key(r.name), r.primary, list(r.backups)) for r in api.regions
        ],
        default_region=api.regions[0].name if api.regions else "",
        resources=resources,
        modules=modules,
        conversation_ids=conversation_ids,
        dev_dependencies=dict(DEV_DEPENDENCIES),
        generator_version=__version__,
    )
