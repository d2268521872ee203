"""Build the language-neutral model (:mod:`generator.core.model`) of a bundled, validated,
linted spec.

What the spec says is read here; what its conventions mean (resource and method names, the
payload of a response, paging, regions) is asked of the spec's profile
(:mod:`generator.profiles`), and how a language spells it is left to the targets.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import replace
from typing import Any, Literal

from generator.core import model
from generator.core.bundler import Bundle
from generator.core.schemas import (
    SchemaIndex,
    iter_operations,
    json_media,
    operation_parameters,
    ref_name,
    split_nullable,
)
from generator.core.text import clean as _clean
from generator.core.text import snake_words
from generator.profiles import Profile, for_document


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


class Modeler:
    def __init__(self, bundle: Bundle, profile: Profile | None = None) -> None:
        self.bundle = bundle
        self.document = bundle.document
        self.profile = profile or for_document(self.document)
        self.index = SchemaIndex(self.document)
        self.schemas: dict[str, Any] = self.index.schemas
        self.module_of: dict[str, str] = bundle.schema_modules()
        #: Models of inline object schemas, by the name derived from their place.
        self.inline: dict[str, model.Model] = {}
        #: inline model name -> its schema (held, so that no other dict can take its id)
        self._inline_schemas: dict[str, dict[str, Any]] = {}

    # -- types -----------------------------------------------------------------------------
    def module(self, name: str) -> str:
        """The module of a schema: its file's stem as a lowercase identifier (a split spec
        of someone else may name files ``package-version.json``)."""
        if self.profile.name != "yunxin":
            # one module for a plain spec: the files of someone else's split layout refer to
            # each other both ways, and modules per file would import each other in a cycle
            return "common"
        stem = self.module_of.get(name, "common")
        if stem.isidentifier() and stem.islower() and not keyword.iskeyword(stem):
            return stem
        made = re.sub(r"\W+", "_", stem).strip("_").lower() or "common"
        if made[0].isdigit() or keyword.iskeyword(made):
            made = f"m_{made}"
        return made

    def is_enum(self, name: str) -> bool:
        schema = self.schemas.get(name)
        return isinstance(schema, dict) and "enum" in split_nullable(schema)[0]

    def is_model(self, name: str) -> bool:
        return self.index.is_object_model(self.schemas.get(name))

    def discriminated(self, name: str) -> model.Type | None:
        """The named union of a ``oneOf``/``anyOf`` component with a discriminator whose every
        alternative is a model component, else ``None`` (such a component is typed as the
        plain union of its alternatives)."""
        schema = split_nullable(self.schemas.get(name) or {})[0]
        found = schema.get("discriminator")
        if not isinstance(found, dict) or not isinstance(found.get("propertyName"), str):
            return None
        options = next(
            (schema[k] for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list)), None
        )
        if not options:
            return None
        variants = [ref_name(o) if isinstance(o, dict) else None for o in options]
        if any(v is None or not self.is_model(v) for v in variants):
            return None
        names = [v for v in variants if v is not None]
        mapping: list[tuple[str, str]] = []
        explicit = found.get("mapping")
        if not isinstance(explicit, dict):
            explicit = {}
        for value, target in explicit.items():
            target_name = ref_name({"$ref": target}) if str(target).startswith("#") else target
            if target_name in names:
                mapping.append((str(value), str(target_name)))
        mapped = {target for _, target in mapping}
        mapping.extend((n, n) for n in names if n not in mapped)
        return model.Type(
            "union",
            name=name,
            module=self.module(name),
            variants=tuple(self.type_of({"$ref": f"#/components/schemas/{n}"}) for n in names),
            discriminator=model.Discriminator(found["propertyName"], tuple(mapping)),
        )

    def is_empty(self, schema: Any) -> bool:
        schema = self.index.resolve(schema)
        return (
            isinstance(schema, dict)
            and schema.get("type") == "object"
            and not schema.get("properties")
            and not schema.get("allOf")
            and schema.get("additionalProperties") in (None, False)
        )

    def type_of(self, schema: Any, hint: str | None = None, module: str = "common") -> model.Type:
        """The type of ``schema``; ``hint`` names an inline object schema found there (a model of
        that name is then declared in ``module``)."""
        if not isinstance(schema, dict):
            return model.Type("any")
        schema, nullable = split_nullable(schema)
        union = self.union_of(schema, hint, module)
        if union is not None:
            return replace(union, nullable=nullable or union.nullable)
        parts = schema.get("allOf")
        if isinstance(parts, list) and len(parts) == 1 and not schema.get("properties"):
            # a wrapper (``allOf: [$ref]`` next to nullable or a description) is its one part
            inner = self.type_of(parts[0], hint, module)
            return replace(inner, nullable=nullable or inner.nullable)
        if hint is not None and ref_name(schema) is None and self.index.is_object_model(schema):
            return model.Type(
                "model",
                name=self.inline_model(hint, module, schema),
                module=module,
                nullable=nullable,
            )
        name = ref_name(schema)
        if name is not None:
            target = self.schemas.get(name, {})
            # a component that allows null itself (3.0 `nullable: true` on the component)
            nullable = nullable or (isinstance(target, dict) and split_nullable(target)[1])
            if self.is_enum(name):
                integer = split_nullable(target)[0].get("type") == "integer"
                return model.Type(
                    "enum",
                    name=name,
                    module=self.module(name),
                    enum_base="integer" if integer else "string",
                    nullable=nullable,
                )
            if self.is_model(name):
                return model.Type("model", name=name, module=self.module(name), nullable=nullable)
            named = self.discriminated(name)
            if named is not None:
                return replace(named, nullable=nullable)
            alias = self.type_of(target)
            return replace(alias, nullable=nullable or alias.nullable)
        kind = schema.get("type")
        form = schema.get("format") if isinstance(schema.get("format"), str) else None
        if kind == "string" and form == "binary":
            return model.Type("binary", nullable=nullable, format=form)
        if isinstance(kind, list):  # 3.1: several types
            if not kind:
                return model.Type("any")
            variants = [self.type_of({**schema, "type": k}, hint, module) for k in kind]
            return model.Type("union", variants=tuple(variants), nullable=nullable)
        if kind in _PRIMITIVES:
            return model.Type(_PRIMITIVES[kind], nullable=nullable, format=form)
        if kind == "array":
            item_hint = None if hint is None else f"{hint}Item"
            return model.Type(
                "array",
                item=self.type_of(schema.get("items", {}), item_hint, module),
                nullable=nullable,
            )
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value_hint = None if hint is None else f"{hint}Value"
            item = (
                self.type_of(extra, value_hint, module)
                if isinstance(extra, dict) and extra
                else None
            )
            return model.Type("map", item=item, nullable=nullable)
        return model.Type("any")

    def union_of(self, schema: dict[str, Any], hint: str | None, module: str) -> model.Type | None:
        """oneOf/anyOf as a ``union`` (a single alternative is that alternative's type)."""
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if not isinstance(options, list) or not options:
                continue
            variants: list[model.Type] = []
            nullable = False
            for number, option in enumerate(options, 1):
                if isinstance(option, dict) and option.get("type") == "null" and len(option) == 1:
                    nullable = True
                    continue
                option_hint = None if hint is None else f"{hint}{number}"
                found = self.type_of(option, option_hint, module)
                if found not in variants:
                    variants.append(found)
            if len(variants) == 1:
                return replace(variants[0], nullable=nullable or variants[0].nullable)
            return model.Type("union", variants=tuple(variants), nullable=nullable)
        return None

    def inline_model(self, hint: str, module: str, schema: dict[str, Any]) -> str:
        """Declare the model of an inline object schema; its name is ``hint``, made unique
        against the components and the other inline models (``hint2``, ``hint3`` ...)."""
        for name, seen in self._inline_schemas.items():
            if seen is schema:
                return name
        name = hint
        number = 1
        while name in self.schemas or name in self.inline:
            number += 1
            name = f"{hint}{number}"
        self._inline_schemas[name] = schema
        self.inline[name] = model.Model(name=name, module=module, description="", fields=[])
        built = self.build_model(name, schema, module)
        self.inline[name] = built
        return name

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
    def fields(
        self,
        schema: dict[str, Any],
        owner: str | None = None,
        module: str = "common",
        required_extra: frozenset[str] = frozenset(),
    ) -> list[model.Field]:
        required = set(schema.get("required") or []) | required_extra
        fields = []
        for wire_name, prop in (schema.get("properties") or {}).items():
            prop_dict = prop if isinstance(prop, dict) else {}
            hint = (
                owner + _pascal(wire_name)
                if owner is not None and self.profile.inline_models
                else None
            )
            fields.append(
                model.Field(
                    wire_name=wire_name,
                    name_hint=prop_dict.get("x-sdk-name"),
                    type=self.type_of(prop, hint, module),
                    required=wire_name in required,
                    description=self.description_of(prop),
                    default=prop_dict.get("default"),
                    deprecated=bool(prop_dict.get("deprecated")),
                    constraints=self.constraints_of(prop),
                )
            )
        return fields

    def model_of(self, name: str) -> model.Model:
        return self.build_model(name, self.schemas[name], self.module(name))

    def build_model(self, name: str, schema: dict[str, Any], module: str) -> model.Model:
        base: model.Type | None = None
        own = schema
        required_extra: frozenset[str] = frozenset()
        if "allOf" in schema:
            parts = [p for p in schema["allOf"] if isinstance(p, dict)]
            refs = [p for p in parts if ref_name(p)]
            base = self.type_of(refs[0]) if refs else None
            if base is not None and base.kind != "model":
                base = None
            extra = [p for p in parts if not ref_name(p)]
            if len(extra) <= 1 and len(refs) <= 1:
                own = extra[0] if extra else {}
            else:  # several parts: the first model is the base, the others are merged in
                properties: dict[str, Any] = {}
                for part in (refs[1:] if base is not None else refs) + extra:
                    properties.update(self.index.properties(part))
                own = {"properties": properties}
            # a part may require a property another part declares
            required_extra = frozenset(
                r
                for p in parts
                for r in self.index.required(p)
                if r in (own.get("properties") or {})
            )
        return model.Model(
            name=name,
            module=module,
            description=_clean(schema.get("description")) or f"The {name} object.",
            fields=self.fields(own, name, module, required_extra),
            base=base,
            partial_failure=self.profile.partial_failure(schema, self.index),
            deprecated=bool(schema.get("deprecated")),
        )

    def enum(self, name: str) -> model.Enum:
        schema = split_nullable(self.schemas[name])[0]
        values = schema["enum"]
        names = schema.get("x-enum-varnames") or [None] * len(values)
        descriptions = schema.get("x-enum-descriptions") or [""] * len(values)
        if None in values:  # a nullable enum lists null among its values
            kept = [i for i, v in enumerate(values) if v is not None]
            values = [values[i] for i in kept]
            names = [names[i] for i in kept]
            descriptions = [descriptions[i] for i in kept]
        return model.Enum(
            name=name,
            module=self.module(name),
            description=_clean(schema.get("description")) or f"Values of {name}.",
            base="integer" if schema.get("type") == "integer" else "string",
            values=[
                model.EnumValue(v, n, _clean(d))
                for n, v, d in zip(names, values, descriptions, strict=True)
            ],
        )

    def modules(self) -> list[model.Module]:
        by_module: dict[str, tuple[list[model.Model], list[model.Enum], list[model.NamedUnion]]] = (
            {}
        )

        def parts(
            module: str,
        ) -> tuple[list[model.Model], list[model.Enum], list[model.NamedUnion]]:
            return by_module.setdefault(module, ([], [], []))

        for name in sorted(self.schemas):
            if self.is_enum(name):
                parts(self.module(name))[1].append(self.enum(name))
            elif self.is_model(name):
                parts(self.module(name))[0].append(self.model_of(name))
            else:
                union = self.discriminated(name)
                if union is not None:
                    description = _clean(self.schemas[name].get("description"))
                    parts(self.module(name))[2].append(
                        model.NamedUnion(
                            name=name,
                            module=self.module(name),
                            description=description or f"One of the {name} alternatives.",
                            type=union,
                        )
                    )
        for name in sorted(self.inline):
            found = self.inline[name]
            parts(found.module)[0].append(found)
        return [
            model.Module(
                name=module_name,
                description=self.module_description(module_name),
                models=_dependency_order(by_module[module_name][0]),
                enums=by_module[module_name][1],
                unions=by_module[module_name][2],
            )
            for module_name in sorted(by_module)
        ]

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
    def parameter(self, parameter: dict[str, Any]) -> model.Parameter:
        location = parameter["in"]
        media = json_media(parameter.get("content"))
        schema = parameter.get("schema") if media is None else media.get("schema", {})
        type_ref = self.type_of(schema or {})
        has_example, example = _example_of(parameter, media, schema)
        style: model.Style = "simple"
        if media is not None:
            style = "json"
        elif type_ref.kind == "array":
            explode = parameter.get("explode", parameter.get("style", "form") == "form")
            style = "explode" if explode else "comma"
        elif type_ref.kind in ("model", "map") and location == "query":
            if parameter.get("style") == "deepObject":
                style = "deep-object"
            else:
                explode = parameter.get("explode", parameter.get("style", "form") == "form")
                style = "object-explode" if explode else "object-comma"
        return model.Parameter(
            wire_name=parameter["name"],
            name_hint=parameter.get("x-sdk-name"),
            location=location,
            type=type_ref,
            required=bool(parameter.get("required")),
            description=_clean(parameter.get("description")) or self.description_of(schema),
            style=style,
            default=(schema or {}).get("default") if isinstance(schema, dict) else None,
            example=example,
            has_example=has_example,
            constraints=self.constraints_of(schema),
        )

    def body_parameters(self, schema: Any, hint: str | None = None) -> list[model.Parameter]:
        required = self.index.required(schema)
        result = []
        for wire_name, prop in self.index.properties(schema).items():
            prop_dict = prop if isinstance(prop, dict) else {}
            prop_hint = None if hint is None else hint + _pascal(wire_name)
            result.append(
                model.Parameter(
                    wire_name=wire_name,
                    name_hint=prop_dict.get("x-sdk-name"),
                    location="body",
                    type=self.type_of(prop, prop_hint),
                    required=wire_name in required,
                    description=self.description_of(prop),
                    default=prop_dict.get("default"),
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
    ) -> model.Operation:
        profile = self.profile
        params = [
            self.parameter(p)
            for _, p in operation_parameters(self.document, pointer, operation, item)
            if profile.is_argument(p)
        ]
        body_type: model.Type | None = None
        body_required = False
        body_example: dict[str, Any] | None = None
        body_encoding: Literal["json", "form", "multipart", "value"] = "json"
        body = self.index.resolve(operation.get("requestBody"))
        method_hint = profile.method_hint(operation, method, path)
        hints = profile.inline_models
        base_hint = _pascal(method_hint)
        if isinstance(body, dict) and body:
            content = body.get("content")
            media = json_media(content)
            if media is None and isinstance(content, dict):
                for encoding, media_type in _OTHER_BODIES:
                    if isinstance(content.get(media_type), dict):
                        media, body_encoding = content[media_type], encoding
                        break
            media = media or {}
            schema = media.get("schema")
            inline_body = isinstance(schema, dict) and ref_name(schema) is None
            body_type = self.type_of(
                schema, f"{base_hint}Request" if hints and inline_body else None
            )
            body_required = bool(body.get("required"))
            body_params = self.body_parameters(schema, f"{base_hint}Request" if hints else None)
            if not body_params and hints and body_type.kind not in ("model", "map", "any"):
                # a union, a list or a scalar: the body is one argument, sent as it is
                body_encoding = "value" if body_encoding == "json" else body_encoding
                body_params = [
                    model.Parameter(
                        wire_name="body",
                        name_hint=None,
                        location="body",
                        type=body_type,
                        required=body_required,
                        description=_clean(body.get("description")) or "The request body.",
                    )
                ]
            params.extend(body_params)
            example = media.get("example")
            if isinstance(example, dict):
                body_example = example
        data, response_example = profile.success(operation, self.index)
        response = (
            None
            if data is None or self.is_empty(data)
            else self.type_of(data, f"{base_hint}Response" if hints else None)
        )
        deprecated_by = None
        if operation.get("x-deprecated-by"):
            for _, other_path, other_method, other, _ in iter_operations(self.document):
                if other.get("operationId") == operation["x-deprecated-by"]:
                    deprecated_by = profile.method_hint(other, other_method, other_path)
        external = operation.get("externalDocs") or {}
        conflicts = operation.get("x-source-conflicts") or []
        tag_names = [t for t in operation.get("tags") or [] if isinstance(t, str)]
        return model.Operation(
            operation_id=str(operation.get("operationId") or ""),
            method_hint=profile.method_hint(operation, method, path),
            http_method=method.upper(),
            path=path,
            summary=_clean(operation.get("summary")),
            description=_clean(operation.get("description")),
            tag=tag_names[0] if tag_names else "",
            resource=profile.resource_of(operation, tags),
            deprecated=bool(operation.get("deprecated")),
            deprecated_by=deprecated_by,
            doc_url=external.get("url"),
            doc_title_zh=operation.get("x-doc-title-zh"),
            idempotent=profile.idempotent(operation, method),
            parameters=params,
            body_type=body_type,
            body_required=body_required,
            response=response,
            pagination=profile.pagination(operation, data, self),
            body_example=body_example,
            response_example=response_example,
            source_conflicts=[_clean(c) for c in conflicts],
            stream=profile.stream(operation, params, data, self),
            body_encoding=body_encoding,
            security=self.security_of(operation),
        )

    def security_schemes(self) -> list[model.SecurityScheme]:
        """The schemes of ``components.securitySchemes`` the SDKs can apply, in order."""
        found = (self.document.get("components") or {}).get("securitySchemes") or {}
        schemes = []
        for name, scheme in found.items():
            scheme = self.index.resolve(scheme)
            if not isinstance(scheme, dict):
                continue
            kind = scheme.get("type")
            description = _clean(scheme.get("description"))
            if kind == "apiKey" and scheme.get("in") in ("header", "query"):
                schemes.append(
                    model.SecurityScheme(
                        name, "api_key", scheme["in"], str(scheme.get("name") or name), description
                    )
                )
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                schemes.append(model.SecurityScheme(name, "basic", None, None, description))
            elif (kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer") or kind in (
                "oauth2",
                "openIdConnect",
            ):
                schemes.append(model.SecurityScheme(name, "bearer", None, None, description))
        return schemes

    def security_of(self, operation: dict[str, Any]) -> list[list[str]]:
        """The operation's security requirements (its own, else the document's), keeping only
        the alternatives whose schemes the SDKs can apply."""
        known = {s.name for s in self.security_schemes()}
        requirements = operation.get("security", self.document.get("security"))
        alternatives: list[list[str]] = []
        for requirement in requirements or []:
            if isinstance(requirement, dict) and all(name in known for name in requirement):
                alternatives.append(sorted(requirement))
        return alternatives

    # -- whole API -------------------------------------------------------------------------
    def resources(self, operations: list[model.Operation]) -> list[model.Resource]:
        """One resource per name, in the order of the document's tags, then of first use."""
        tag_list = [t for t in self.document.get("tags") or [] if isinstance(t, dict)]
        by_resource: dict[str, list[model.Operation]] = {}
        for op in operations:
            by_resource.setdefault(op.resource, []).append(op)
        described: dict[str, dict[str, Any]] = {}
        for tag in tag_list:
            for op in operations:
                if op.tag == tag.get("name"):
                    described.setdefault(op.resource, tag)
        order = [op.resource for tag in tag_list for op in operations if op.tag == tag.get("name")]
        order += [op.resource for op in operations]
        resources = []
        for name in dict.fromkeys(order):
            tag = described.get(name, {})
            resources.append(
                model.Resource(
                    name=name,
                    tag=str(tag.get("name") or by_resource[name][0].tag),
                    description=_clean(tag.get("description")),
                    doc_title_zh=tag.get("x-doc-title-zh"),
                    operations=by_resource[name],
                )
            )
        return resources

    def api(self) -> model.Api:
        info = self.document.get("info", {})
        tag_list = [t for t in self.document.get("tags") or [] if isinstance(t, dict)]
        tags = {t["name"]: t for t in tag_list if isinstance(t.get("name"), str)}
        operations = [self.operation(*entry, tags) for entry in iter_operations(self.document)]
        return model.Api(
            title=info.get("title", ""),
            version=str(info.get("version", "")),
            description=_clean(info.get("description")),
            doc_url=(self.document.get("externalDocs") or {}).get("url"),
            profile=self.profile.name,
            package=self.profile.package(self.document),
            error_codes=self.profile.error_codes(self.document),
            regions=self.profile.regions(self.document),
            resources=self.resources(operations),
            modules=self.modules(),
            document=self.document,
            security_schemes=self.security_schemes(),
        )


#: Request media types sent when there is no JSON one, with how the body is encoded.
_OTHER_BODIES: tuple[tuple[Literal["form", "multipart"], str], ...] = (
    ("form", "application/x-www-form-urlencoded"),
    ("multipart", "multipart/form-data"),
)


def _pascal(name: str) -> str:
    """``get_pet`` / ``pet-owner`` / ``petOwner`` -> ``GetPet`` / ``PetOwner`` / ``PetOwner``."""
    words = snake_words(name).split("_") if snake_words(name) else []
    return "".join(w[:1].upper() + w[1:] for w in words) or "Value"


_PRIMITIVES: dict[str, model.Kind] = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
}


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


def _dependency_order(models: list[model.Model]) -> list[model.Model]:
    """Models sorted by name, each after the same-module models it mentions (bases first)."""
    by_name = {m.name: m for m in models}
    ordered: list[model.Model] = []
    state: dict[str, str] = {}

    def visit(item: model.Model) -> None:
        if state.get(item.name):
            return
        state[item.name] = "visiting"
        deps = sorted(
            {name for module, name in item.named_types if module == item.module and name in by_name}
        )
        if item.base is not None and item.base.name in by_name:
            visit(by_name[item.base.name])
        for dep in deps:
            if state.get(dep) != "visiting":
                visit(by_name[dep])
        state[item.name] = "done"
        ordered.append(item)

    for item in sorted(models, key=lambda m: m.name):
        visit(item)
    return ordered


def build_model(bundle: Bundle, profile: Profile | None = None) -> model.Api:
    """The neutral model of a bundled spec that passed validation and lint."""
    return Modeler(bundle, profile).api()
