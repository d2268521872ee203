"""Build the intermediate model (:mod:`generator.ir`) from a bundled, validated, linted spec.

Every decision the templates would otherwise take is made here: which schemas become model
classes or enums, Python names and annotations, argument order, imports, paging, retries.
"""

from __future__ import annotations

import re
from typing import Any

from generator import __version__, ir, yamldump
from generator.bundler import Bundle
from generator.naming import argument_name, enum_member_name, field_name, pascal_case
from generator.schemas import (
    SchemaIndex,
    envelope_data_schema,
    iter_operations,
    json_media,
    operation_parameters,
    ref_name,
    split_nullable,
)
from generator.yamldump import LiteralText

TRACE_HEADER = "X-custom-traceid"
_IDEMPOTENT_METHODS = ("get", "head", "put", "delete", "options")


def dump_yaml(document: Any) -> str:
    """Serialise a document as YAML, keeping key order (deterministic across runs)."""
    return yamldump.dump_yaml(document)


def _code_samples(api: ir.Api, op: ir.Operation) -> list[dict[str, Any]]:
    source = LiteralText(api.code_sample(op))
    return [
        {"lang": "Python", "label": f"Python SDK: {op.resource}.{op.method_name}", "source": source}
    ]


def with_code_samples(document: dict[str, Any], api: ir.Api) -> dict[str, Any]:
    """A copy of ``document`` whose operations carry ``x-codeSamples`` (the SDK call, for Redoc,
    Scalar and similar viewers); the spec's own document is left as it is."""
    samples = {(op.http_method.lower(), op.path): op for op in api.operations}
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            paths[path] = item
            continue
        paths[path] = {
            method: (
                {**operation, "x-codeSamples": _code_samples(api, samples[(method, path)])}
                if (method, path) in samples and isinstance(operation, dict)
                else operation
            )
            for method, operation in item.items()
        }
    return {**document, "paths": paths}


def _describe_constraints(schema: dict[str, Any]) -> str:
    parts: list[str] = []
    if "minLength" in schema and "maxLength" in schema:
        parts.append(f"{schema['minLength']} to {schema['maxLength']} characters")
    elif "maxLength" in schema:
        parts.append(f"at most {schema['maxLength']} characters")
    elif "minLength" in schema:
        parts.append(f"at least {schema['minLength']} characters")
    if "minimum" in schema and "maximum" in schema:
        parts.append(f"{schema['minimum']} to {schema['maximum']}")
    elif "maximum" in schema:
        parts.append(f"at most {schema['maximum']}")
    elif "minimum" in schema:
        parts.append(f"at least {schema['minimum']}")
    if "maxItems" in schema:
        parts.append(f"at most {schema['maxItems']} items")
    if "minItems" in schema and schema["minItems"] > 1:
        parts.append(f"at least {schema['minItems']} items")
    if "pattern" in schema:
        parts.append(f"pattern `{schema['pattern']}`")
    if "default" in schema:
        parts.append(f"default {_json_literal(schema['default'])}")
    if "enum" in schema:
        parts.append("one of " + ", ".join(_json_literal(v) for v in schema["enum"]))
    return "; ".join(parts)


def _json_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def _clean(text: Any) -> str:
    """Normalise a description: trimmed, paragraphs kept, lines joined."""
    if not isinstance(text, str):
        return ""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paragraphs if p)


class Modeler:
    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.document = bundle.document
        self.index = SchemaIndex(self.document)
        self.schemas: dict[str, Any] = self.index.schemas
        self.module_of: dict[str, str] = bundle.schema_modules()

    # -- types -----------------------------------------------------------------------------
    def module(self, name: str) -> str:
        return self.module_of.get(name, "common")

    def is_enum(self, name: str) -> bool:
        schema = self.schemas.get(name)
        return isinstance(schema, dict) and "enum" in split_nullable(schema)[0]

    def is_model(self, name: str) -> bool:
        return self.index.is_object_model(self.schemas.get(name))

    def is_empty(self, schema: Any) -> bool:
        schema = self.index.resolve(schema)
        return (
            isinstance(schema, dict)
            and schema.get("type") == "object"
            and not schema.get("properties")
            and not schema.get("allOf")
            and schema.get("additionalProperties") in (None, False)
        )

    def type_of(self, schema: Any) -> ir.TypeRef:
        if not isinstance(schema, dict):
            return ir.TypeRef("any")
        schema, nullable = split_nullable(schema)
        name = ref_name(schema)
        if name is not None:
            target = self.schemas.get(name, {})
            if self.is_enum(name):
                base = "int" if split_nullable(target)[0].get("type") == "integer" else "str"
                return ir.TypeRef(
                    "enum", name=name, module=self.module(name), enum_base=base, nullable=nullable
                )
            if self.is_model(name):
                return ir.TypeRef("model", name=name, module=self.module(name), nullable=nullable)
            alias = self.type_of(target)
            return ir.TypeRef(
                alias.kind,
                alias.item,
                alias.name,
                alias.module,
                alias.enum_base,
                nullable or alias.nullable,
            )
        if "allOf" in schema and len(schema["allOf"]) == 1:
            inner = self.type_of(schema["allOf"][0])
            return ir.TypeRef(
                inner.kind,
                inner.item,
                inner.name,
                inner.module,
                inner.enum_base,
                nullable or inner.nullable,
            )
        kind = schema.get("type")
        if kind == "string":
            return ir.TypeRef("str", nullable=nullable)
        if kind == "integer":
            return ir.TypeRef("int", nullable=nullable)
        if kind == "number":
            return ir.TypeRef("float", nullable=nullable)
        if kind == "boolean":
            return ir.TypeRef("bool", nullable=nullable)
        if kind == "array":
            return ir.TypeRef("list", item=self.type_of(schema.get("items", {})), nullable=nullable)
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            item = self.type_of(extra) if isinstance(extra, dict) and extra else None
            return ir.TypeRef("dict", item=item, nullable=nullable)
        return ir.TypeRef("any")

    def description_of(self, schema: Any) -> str:
        if not isinstance(schema, dict):
            return ""
        if schema.get("description"):
            return _clean(schema["description"])
        name = ref_name(schema)
        if name is not None:
            return _clean(self.schemas.get(name, {}).get("description", ""))
        return ""

    def constraints_of(self, schema: Any) -> str:
        if not isinstance(schema, dict):
            return ""
        own = split_nullable(schema)[0]
        if ref_name(own) is not None:
            target = split_nullable(self.index.resolve(own))[0]
            if not self.index.is_object_model(target) and "enum" not in target:
                return _describe_constraints(
                    {**target, **{k: v for k, v in own.items() if k != "$ref"}}
                )
            return _describe_constraints({k: v for k, v in own.items() if k != "$ref"})
        described = dict(own)
        if own.get("type") == "array" and isinstance(own.get("items"), dict):
            described.pop("enum", None)
        return _describe_constraints(described)

    # -- models ----------------------------------------------------------------------------
    def model_fields(self, schema: dict[str, Any]) -> list[ir.ModelField]:
        required = set(schema.get("required") or [])
        fields = []
        for wire_name, prop in (schema.get("properties") or {}).items():
            override = prop.get("x-sdk-name") if isinstance(prop, dict) else None
            fields.append(
                ir.ModelField(
                    wire_name=wire_name,
                    py_name=field_name(wire_name, override),
                    type=self.type_of(prop),
                    required=wire_name in required,
                    description=self.description_of(prop),
                    default=prop.get("default") if isinstance(prop, dict) else None,
                    deprecated=bool(prop.get("deprecated")) if isinstance(prop, dict) else False,
                    constraints=self.constraints_of(prop),
                )
            )
        return fields

    def partial_failure(self, schema: dict[str, Any]) -> ir.PartialFailure | None:
        spec = schema.get("x-partial-failure")
        if not isinstance(spec, dict):
            return None
        failed = self.index.properties(schema).get(spec["failed"], {})
        failed_is_list = split_nullable(self.index.resolve(failed))[0].get("type") == "array"
        return ir.PartialFailure(
            succeeded=spec.get("succeeded"),
            failed=spec["failed"],
            id_field=spec.get("id"),
            code_field=spec.get("code"),
            message_field=spec.get("message"),
            failed_is_list=failed_is_list,
        )

    def model(self, name: str) -> ir.ModelDef:
        schema = self.schemas[name]
        base: ir.TypeRef | None = None
        own = schema
        if "allOf" in schema:
            parts = schema["allOf"]
            base = self.type_of(next(p for p in parts if ref_name(p)))
            extra = [p for p in parts if not ref_name(p)]
            own = extra[0] if extra else {}
        partial = self.partial_failure(schema)
        return ir.ModelDef(
            name=name,
            module=self.module(name),
            description=_clean(schema.get("description")) or f"The {name} object.",
            fields=self.model_fields(own),
            base=base,
            partial_failure=partial,
            deprecated=bool(schema.get("deprecated")),
        )

    def enum(self, name: str) -> ir.EnumDef:
        schema = split_nullable(self.schemas[name])[0]
        values = schema["enum"]
        names = schema.get("x-enum-varnames") or [enum_member_name(str(v)) for v in values]
        descriptions = schema.get("x-enum-descriptions") or [""] * len(values)
        return ir.EnumDef(
            name=name,
            module=self.module(name),
            description=_clean(schema.get("description")) or f"Values of {name}.",
            base="int" if schema.get("type") == "integer" else "str",
            members=[
                ir.EnumMember(n, v, _clean(d))
                for n, v, d in zip(names, values, descriptions, strict=True)
            ],
        )

    def modules(self) -> list[ir.ModelModule]:
        by_module: dict[str, tuple[list[ir.ModelDef], list[ir.EnumDef]]] = {}
        for name in sorted(self.schemas):
            if self.is_enum(name):
                by_module.setdefault(self.module(name), ([], []))[1].append(self.enum(name))
            elif self.is_model(name):
                by_module.setdefault(self.module(name), ([], []))[0].append(self.model(name))
        modules = []
        for module_name in sorted(by_module):
            models, enums = by_module[module_name]
            models = _dependency_order(models)
            defined: set[str] = {enum.name for enum in enums}
            rebuild: list[str] = []
            for model in models:
                defined.add(model.name)
                later = {n for m, n in model.named_types if m == module_name and n not in defined}
                if later or model.name in {n for _, n in model.named_types}:
                    rebuild.append(model.name)
            imports: dict[str, set[str]] = {}
            annotations: list[str] = []
            for model in models:
                for other_module, other in model.named_types:
                    if other_module != module_name:
                        imports.setdefault(other_module, set()).add(other)
                annotations.extend(f.annotation for f in model.fields)
            typing_names = ir.typing_names_in(annotations)
            modules.append(
                ir.ModelModule(
                    name=module_name,
                    description=self.module_description(module_name),
                    models=models,
                    enums=enums,
                    imports={m: ir.import_sorted(n) for m, n in sorted(imports.items())},
                    typing_names=typing_names,
                    rebuild=rebuild,
                )
            )
        return modules

    def module_description(self, module_name: str) -> str:
        for (kind, _), target in sorted(self.bundle.declared_components.items()):
            if kind == "schemas" and target.path.stem == module_name:
                text = self.bundle.files[target.path].path.read_text(encoding="utf-8")
                comment = []
                for line in text.splitlines():
                    if not line.startswith("#"):
                        break
                    comment.append(line.lstrip("#").strip())
                if comment:
                    return _clean("\n".join(comment).split("Each top-level key")[0])
        return f"Models of the {module_name.replace('_', ' ')} schemas."

    # -- operations ------------------------------------------------------------------------
    def parameter(self, parameter: dict[str, Any]) -> ir.Parameter:
        location = parameter["in"]
        media = json_media(parameter.get("content"))
        schema = parameter.get("schema") if media is None else media.get("schema", {})
        type_ref = self.type_of(schema or {})
        has_example, example = _example_of(parameter, media, schema)
        style: str = "simple"
        if media is not None:
            style = "json"
        elif type_ref.kind == "list":
            explode = parameter.get("explode", parameter.get("style", "form") == "form")
            style = "explode" if explode else "comma"
        return ir.Parameter(
            wire_name=parameter["name"],
            py_name=argument_name(parameter["name"], parameter.get("x-sdk-name")),
            location=location,
            type=type_ref,
            required=bool(parameter.get("required")),
            description=_clean(parameter.get("description")) or self.description_of(schema),
            style=style,  # type: ignore[arg-type]
            default=(schema or {}).get("default") if isinstance(schema, dict) else None,
            example=example,
            has_example=has_example,
            constraints=self.constraints_of(schema),
        )

    def body_parameters(self, schema: Any) -> list[ir.Parameter]:
        required = self.index.required(schema)
        result = []
        for wire_name, prop in self.index.properties(schema).items():
            override = prop.get("x-sdk-name") if isinstance(prop, dict) else None
            result.append(
                ir.Parameter(
                    wire_name=wire_name,
                    py_name=argument_name(wire_name, override),
                    location="body",
                    type=self.type_of(prop),
                    required=wire_name in required,
                    description=self.description_of(prop),
                    default=prop.get("default") if isinstance(prop, dict) else None,
                    constraints=self.constraints_of(prop),
                )
            )
        return result

    def operation(
        self,
        pointer: str,
        path: str,
        method: str,
        operation: dict[str, Any],
        item: dict[str, Any],
        tags: dict[str, Any],
    ) -> ir.Operation:
        tag = operation["tags"][0]
        resource = tags[tag]["x-sdk-resource"]
        params = [
            self.parameter(p)
            for _, p in operation_parameters(self.document, pointer, operation, item)
            if not (p.get("in") == "header" and p.get("name") == TRACE_HEADER)
        ]
        body_model: ir.TypeRef | None = None
        body_required = False
        request_example: dict[str, Any] = {}
        body = self.index.resolve(operation.get("requestBody"))
        if isinstance(body, dict) and body:
            media = json_media(body.get("content")) or {}
            body_model = self.type_of(media.get("schema"))
            body_required = bool(body.get("required"))
            params.extend(self.body_parameters(media.get("schema")))
            example = media.get("example")
            if isinstance(example, dict):
                by_wire: dict[str, str] = {
                    p.wire_name: p.py_name for p in params if p.location == "body"
                }
                request_example.update({by_wire.get(str(k), str(k)): v for k, v in example.items()})
        for param in params:
            if param.location != "body" and param.has_example:
                request_example[param.py_name] = param.example
        _, data = envelope_data_schema(operation["responses"]["200"], self.index)
        response = None if self.is_empty(data) else self.type_of(data)
        ok_media = (
            json_media(self.index.resolve(operation["responses"]["200"]).get("content")) or {}
        )
        response_example = (
            ok_media.get("example", {}).get("data")
            if isinstance(ok_media.get("example"), dict)
            else None
        )
        pagination = self.pagination(operation.get("x-pagination"), data)
        deprecated_by = None
        if operation.get("x-deprecated-by"):
            for _, _, _, other, _ in iter_operations(self.document):
                if other.get("operationId") == operation["x-deprecated-by"]:
                    deprecated_by = other["x-sdk-method"]
        external = operation.get("externalDocs") or {}
        conflicts = operation.get("x-source-conflicts") or []
        stream = self.stream(operation.get("x-sdk-stream"), params, data)
        return ir.Operation(
            operation_id=operation["operationId"],
            method_name=operation["x-sdk-method"],
            http_method=method.upper(),
            path=path,
            summary=_clean(operation.get("summary")),
            description=_clean(operation.get("description")),
            tag=tag,
            resource=resource,
            deprecated=bool(operation.get("deprecated")),
            deprecated_by=deprecated_by,
            doc_url=external.get("url"),
            doc_title_zh=operation.get("x-doc-title-zh"),
            idempotent=bool(operation.get("x-idempotent", method in _IDEMPOTENT_METHODS)),
            parameters=params,
            body_model=body_model,
            body_required=body_required,
            response=response,
            pagination=pagination,
            request_example=request_example,
            response_example=response_example,
            source_conflicts=[_clean(c) for c in conflicts],
            stream=stream,
        )

    def stream(self, spec: Any, params: list[ir.Parameter], data: Any) -> ir.StreamHelper | None:
        if not isinstance(spec, dict):
            return None
        result = self.index.properties(data)[spec["result_id"]]
        return ir.StreamHelper(
            method_name=spec["method"],
            chunk=spec["chunk"],
            text=spec["text"],
            index=spec["index"],
            finish=spec["finish"],
            first_id=spec["first_id"],
            next_id=spec["next_id"],
            result_id=spec["result_id"],
            result_type=self.type_of(result),
            settings=[
                p
                for p in params
                if p.location == "body" and p.wire_name != spec["chunk"] and not p.required
            ],
        )

    def pagination(self, spec: Any, data: Any) -> ir.Pagination | None:
        if not isinstance(spec, dict):
            return None
        props = self.index.properties(data)
        items = split_nullable(self.index.resolve(props[spec["items"]]))[0]
        return ir.Pagination(
            style=spec["style"],
            items=spec["items"],
            has_more=spec.get("has_more"),
            request_token=spec["request_token"],
            response_token=spec.get("response_token"),
            limit=spec.get("limit"),
            item_type=self.type_of(items.get("items", {})),
        )

    # -- whole API -------------------------------------------------------------------------
    def api(self) -> ir.Api:
        info = self.document.get("info", {})
        sdk = info.get("x-sdk") or {}
        tag_list = [t for t in self.document.get("tags") or [] if isinstance(t, dict)]
        tags = {t["name"]: t for t in tag_list}
        operations = [self.operation(*entry, tags) for entry in iter_operations(self.document)]
        resources = []
        for tag in tag_list:
            ops = [op for op in operations if op.tag == tag["name"]]
            if not ops:
                continue
            resources.append(
                ir.Resource(
                    name=tag["x-sdk-resource"],
                    class_name=pascal_case(tag["x-sdk-resource"]),
                    tag=tag["name"],
                    description=_clean(tag.get("description")),
                    doc_title_zh=tag.get("x-doc-title-zh"),
                    operations=ops,
                )
            )
        regions: dict[str, ir.Region] = {}
        for server in self.document.get("servers") or []:
            region = server.get("x-region")
            if not region:
                continue
            entry = regions.setdefault(region, ir.Region(region, "", "", []))
            if server.get("x-role") == "primary":
                entry.primary = server["url"].rstrip("/")
                entry.description = _clean(server.get("description"))
            else:
                entry.backups.append(server["url"].rstrip("/"))
        errors = [
            ir.ErrorCode(e["code"], e["name"], _clean(e.get("description")), e["retry"])
            for e in info.get("x-error-codes") or []
        ]
        api = ir.Api(
            title=info.get("title", ""),
            version=str(info.get("version", "")),
            description=_clean(info.get("description")),
            package=sdk.get("package", "yunxin_im"),
            distribution=sdk.get("distribution", "yunxin-im"),
            sdk_version=str(sdk.get("version", info.get("version", "0.0.0"))),
            doc_url=(self.document.get("externalDocs") or {}).get("url"),
            error_codes=sorted(errors, key=lambda e: e.code),
            regions=list(regions.values()),
            resources=resources,
            modules=self.modules(),
            bundled_spec="",
            client_class=sdk.get("client_class", "YunxinIM"),
            license=_license_id(info.get("license")),
            repository_url=sdk.get("repository"),
            documentation_url=sdk.get("documentation"),
            copyright_holder=str((info.get("contact") or {}).get("name") or info.get("title", "")),
            generator_version=__version__,
        )
        api.bundled_spec = dump_yaml(with_code_samples(self.document, api)).rstrip("\n")
        return api


def _license_id(license: Any) -> str:
    """The SPDX identifier of ``info.license`` (identifier, else name); MIT when absent."""
    if not isinstance(license, dict):
        return "MIT"
    return str(license.get("identifier") or license.get("name") or "MIT")


def _example_of(
    parameter: dict[str, Any], media: dict[str, Any] | None, schema: Any
) -> tuple[bool, Any]:
    """The example of a parameter: its own, its media type's, or the first of its schema's."""
    for holder in (parameter, media or {}):
        if "example" in holder:
            return True, holder["example"]
    if isinstance(schema, dict) and isinstance(schema.get("examples"), list) and schema["examples"]:
        return True, schema["examples"][0]
    return False, None


def _dependency_order(models: list[ir.ModelDef]) -> list[ir.ModelDef]:
    """Models sorted by name, each after the same-module models it mentions (bases first)."""
    by_name = {m.name: m for m in models}
    ordered: list[ir.ModelDef] = []
    state: dict[str, str] = {}

    def visit(model: ir.ModelDef) -> None:
        if state.get(model.name):
            return
        state[model.name] = "visiting"
        deps = sorted(
            {
                name
                for module, name in model.named_types
                if module == model.module and name in by_name
            }
        )
        if model.base is not None and model.base.name in by_name:
            visit(by_name[model.base.name])
        for dep in deps:
            if state.get(dep) != "visiting":
                visit(by_name[dep])
        state[model.name] = "done"
        ordered.append(model)

    for model in sorted(models, key=lambda m: m.name):
        visit(model)
    return ordered


def build_api(bundle: Bundle) -> ir.Api:
    """The intermediate model of a bundled spec that passed validation and lint."""
    return Modeler(bundle).api()
