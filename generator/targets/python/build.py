"""Turn the neutral model into the Python target's model (:mod:`.model`): Python names for
resources, methods, arguments, fields and enum members, Python types, and per module what it
imports. This is the Python refiner; templates then only lay the result out."""

from __future__ import annotations

import keyword

from generator import __version__
from generator.core import model as neutral
from generator.core.bundler import Bundle
from generator.core.modeler import build_model
from generator.targets.python import model as ir
from generator.targets.python.naming import (
    RESERVED_ARGUMENTS,
    argument_name,
    enum_member_name,
    field_name,
    is_class_name,
    pascal_case,
    snake_case,
)

_KINDS: dict[str, ir.TypeKind] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "any": "any",
    "array": "list",
    "map": "dict",
    "model": "model",
    "enum": "enum",
    "binary": "bytes",
    "union": "union",
}


def type_ref(type_: neutral.Type) -> ir.TypeRef:
    return ir.TypeRef(
        _KINDS[type_.kind],
        item=type_ref(type_.item) if type_.item else None,
        name=_CLASS_NAMES.get(type_.name, type_.name) if type_.name else None,
        module=type_.module,
        enum_base=(
            None if type_.enum_base is None else "int" if type_.enum_base == "integer" else "str"
        ),
        nullable=type_.nullable,
        variants=tuple(type_ref(v) for v in type_.variants),
    )


def _field(item: neutral.Field, plain: bool = False) -> ir.ModelField:
    wire = snake_case(item.wire_name) if plain and not item.name_hint else item.wire_name
    return ir.ModelField(
        wire_name=item.wire_name,
        py_name=field_name(wire, item.name_hint),
        type=type_ref(item.type),
        required=item.required,
        description=item.description,
        default=item.default,
        deprecated=item.deprecated,
        constraints=item.constraints,
    )


def _model(item: neutral.Model, root_class: str = "YunxinModel") -> ir.ModelDef:
    failure = item.partial_failure
    return ir.ModelDef(
        root_class=root_class,
        name=_CLASS_NAMES.get(item.name, item.name),
        module=item.module,
        description=item.description,
        fields=_unique_fields([_field(f, root_class != "YunxinModel") for f in item.fields]),
        base=type_ref(item.base) if item.base else None,
        partial_failure=(
            ir.PartialFailure(
                succeeded=failure.succeeded,
                failed=failure.failed,
                id_field=failure.id_field,
                code_field=failure.code_field,
                message_field=failure.message_field,
                failed_is_list=failure.failed_is_list,
            )
            if failure
            else None
        ),
        deprecated=item.deprecated,
    )


def _enum(item: neutral.Enum) -> ir.EnumDef:
    return ir.EnumDef(
        name=_CLASS_NAMES.get(item.name, item.name),
        module=item.module,
        description=item.description,
        base="int" if item.base == "integer" else "str",
        members=_unique_members(
            [
                ir.EnumMember(v.name_hint or enum_member_name(str(v.value)), v.value, v.description)
                for v in item.values
            ]
        ),
    )


def _unique_members(members: list[ir.EnumMember]) -> list[ir.EnumMember]:
    """Member names that clash once made identifiers (``a`` and ``A``) numbered in order."""
    taken: set[str] = set()
    for member in members:
        name, number = member.name, 1
        while name in taken:
            number += 1
            name = f"{member.name}_{number}"
        member.name = name
        taken.add(name)
    return members


#: Spec name -> Python class name of each model and enum (plain profile; set by :func:`build`).
_CLASS_NAMES: dict[str, str] = {}


def _class_names(api: neutral.Api) -> dict[str, str]:
    """Python class names for schema names that are not PascalCase identifiers
    (``billing_portal.configuration`` -> ``BillingPortalConfiguration``), numbered on clashes."""
    names = sorted(
        [m.name for module in api.modules for m in module.models]
        + [e.name for module in api.modules for e in module.enums]
        + [u.name for module in api.modules for u in module.unions]
    )
    taken = {n for n in names if is_class_name(n) and not keyword.iskeyword(n)}
    result: dict[str, str] = {}
    for name in names:
        if name in taken:
            continue
        words = snake_case(name).split("_")
        made = "".join(w[:1].upper() + w[1:] for w in words if w) or "Model"
        if made[0].isdigit():
            made = f"Model{made}"
        base, number = made, 1
        while made in taken:
            number += 1
            made = f"{base}{number}"
        taken.add(made)
        result[name] = made
    return result


def _union(item: neutral.NamedUnion) -> ir.UnionDef:
    """The declaration of a discriminated union: each variant tagged with the first value
    that selects it."""
    found = item.type.discriminator
    assert found is not None
    first: dict[str, str] = {}
    for value, variant in found.mapping:
        first.setdefault(variant, value)
    return ir.UnionDef(
        name=_CLASS_NAMES.get(item.name, item.name),
        module=item.module,
        description=item.description,
        variants=[
            (_CLASS_NAMES.get(v.name, v.name), first[v.name])
            for v in item.type.variants
            if v.name is not None
        ],
        selector=found.property,
        tags={value: first[variant] for value, variant in found.mapping},
    )


def _module(item: neutral.Module, root_class: str = "YunxinModel") -> ir.ModelModule:
    models = [_model(m, root_class) for m in item.models]
    enums = [_enum(e) for e in item.enums]
    unions = [_union(u) for u in item.unions]
    defined: set[str] = {enum.name for enum in enums}
    rebuild: list[str] = []
    for model in models:
        defined.add(model.name)
        later = {n for m, n in model.named_types if m == item.name and n not in defined}
        if later or model.name in {n for _, n in model.named_types}:
            rebuild.append(model.name)
    imports: dict[str, set[str]] = {}
    annotations: list[str] = []
    for model in models:
        for other_module, other in model.named_types:
            if other_module != item.name:
                imports.setdefault(other_module, set()).add(other)
        annotations.extend(f.annotation for f in model.fields)
    for union in item.unions:
        for variant in union.type.variants:
            if variant.module is not None and variant.name and variant.module != item.name:
                imports.setdefault(variant.module, set()).add(
                    _CLASS_NAMES.get(variant.name, variant.name)
                )
    if unions:
        annotations.append("Annotated[Union[...]]")
    return ir.ModelModule(
        name=item.name,
        description=item.description,
        models=models,
        enums=enums,
        imports={m: ir.import_sorted(n) for m, n in sorted(imports.items())},
        typing_names=ir.typing_names_in(annotations),
        rebuild=rebuild,
        unions=unions,
    )


def _unique_fields(fields: list[ir.ModelField]) -> list[ir.ModelField]:
    """Fields whose Python names would clash numbered in order; a field never takes the wire
    name of another (``fooBar`` next to ``foo_bar`` becomes ``foo_bar_2``), as pydantic accepts
    both names of a field."""
    taken: set[str] = set()
    wire = {item.wire_name for item in fields}
    for item in fields:
        name, number = item.py_name, 1
        while name in taken or (name in wire and name != item.wire_name):
            number += 1
            name = f"{item.py_name}_{number}"
        item.py_name = name
        taken.add(name)
    return fields


def _unique_parameters(params: list[ir.Parameter]) -> list[ir.Parameter]:
    """Arguments that would clash with each other, with ``options`` or with the per-request
    options get their location appended (``id_body``), then a number."""
    taken: set[str] = set(RESERVED_ARGUMENTS) | {"options"}
    body_wire = {p.wire_name for p in params if p.location == "body"}
    for param in params:
        name = param.py_name
        if name in taken:
            name = f"{param.py_name}_{param.location}"
        number = 1
        base = name
        while name in taken or (
            param.location == "body" and name in body_wire and name != param.wire_name
        ):
            number += 1
            name = f"{base}_{number}"
        param.py_name = name
        taken.add(name)
    return params


def _parameter(item: neutral.Parameter, plain: bool = False) -> ir.Parameter:
    wire = snake_case(item.wire_name) if plain and not item.name_hint else item.wire_name
    return ir.Parameter(
        wire_name=item.wire_name,
        py_name=argument_name(wire, item.name_hint),
        location=item.location,
        type=type_ref(item.type),
        required=item.required,
        description=item.description,
        style=item.style,
        default=item.default,
        example=item.example,
        has_example=item.has_example,
        constraints=item.constraints,
    )


def _operation(item: neutral.Operation, plain: bool = False) -> ir.Operation:
    params = [_parameter(p, plain) for p in item.parameters]
    if plain:
        params = _unique_parameters(params)
    request_example = {}
    if item.body_example is not None:
        by_wire = {p.wire_name: p.py_name for p in params if p.location == "body"}
        request_example.update(
            {by_wire.get(str(k), str(k)): v for k, v in item.body_example.items()}
        )
    for param in params:
        if param.location != "body" and param.has_example:
            request_example[param.py_name] = param.example
    paging = item.pagination
    stream = item.stream
    return ir.Operation(
        operation_id=item.operation_id,
        method_name=item.method_hint,
        http_method=item.http_method,
        path=item.path,
        summary=item.summary,
        description=item.description,
        tag=item.tag,
        resource=item.resource,
        deprecated=item.deprecated,
        deprecated_by=item.deprecated_by,
        doc_url=item.doc_url,
        doc_title_zh=item.doc_title_zh,
        idempotent=item.idempotent,
        parameters=params,
        body_model=(
            type_ref(item.body_type)
            if item.body_type and (not plain or item.body_type.kind == "model")
            else None
        ),
        body_required=item.body_required,
        response=type_ref(item.response) if item.response else None,
        pagination=(
            ir.Pagination(
                style=paging.style,
                items=paging.items,
                has_more=paging.has_more,
                request_token=paging.request_token,
                response_token=paging.response_token,
                limit=paging.limit,
                item_type=type_ref(paging.item_type),
            )
            if paging
            else None
        ),
        request_example=request_example,
        response_example=item.response_example,
        source_conflicts=item.source_conflicts,
        stream=(
            ir.StreamHelper(
                method_name=stream.method_hint,
                chunk=stream.chunk,
                text=stream.text,
                index=stream.index,
                finish=stream.finish,
                first_id=stream.first_id,
                next_id=stream.next_id,
                result_id=stream.result_id,
                result_type=type_ref(stream.result_type),
                settings=[_parameter(p) for p in stream.settings],
            )
            if stream
            else None
        ),
        body_encoding=item.body_encoding,
        auth=[list(alternative) for alternative in item.security] if plain else [],
        any_response_type=plain,
    )


def _security(schemes: list[neutral.SecurityScheme]) -> list[ir.SecurityScheme]:
    """The schemes with their constructor arguments: named after the kind when one scheme has
    that kind, else prefixed with the scheme's own name (``admin_api_key``)."""
    kinds = [s.kind for s in schemes]
    base = {"api_key": ["api_key"], "bearer": ["token"], "basic": ["username", "password"]}
    result: list[ir.SecurityScheme] = []
    taken: set[str] = set()
    for scheme in schemes:
        arguments = list(base[scheme.kind])
        if kinds.count(scheme.kind) > 1:
            prefix = argument_name(scheme.name).lower().strip("_") or "scheme"
            arguments = [f"{prefix}_{a}" for a in arguments]
        while any(a in taken for a in arguments):
            arguments = [f"{a}_" for a in arguments]
        taken.update(arguments)
        result.append(
            ir.SecurityScheme(
                scheme.name,
                scheme.kind,
                scheme.location,
                scheme.parameter,
                scheme.description,
                arguments,
            )
        )
    return result


def _resources(api: neutral.Api, plain: bool) -> list[ir.Resource]:
    """The resources; under the plain profile their names, classes and method names are made
    unique and safe: a class named like a model gets ``Resource`` appended, a method named like
    another of its resource a number."""
    models = {m.name for module in api.modules for m in module.models}
    models |= {e.name for module in api.modules for e in module.enums}
    models = {_CLASS_NAMES.get(n, n) for n in models}  # the Python class names (``classroom``)
    resources = []
    used_names: set[str] = {"with_raw_response", "with_options", "close", "base_url"}
    for r in api.resources:
        name, class_name = r.name, pascal_case(r.name)
        operations = [_operation(op, plain) for op in r.operations]
        if plain:
            name = argument_name(snake_case(r.name))
            base, number = name, 1
            while name in used_names:
                number += 1
                name = f"{base}_{number}"
            used_names.add(name)
            class_name = pascal_case(name) or "Default"
            if class_name in models:
                class_name = f"{class_name}Resource"
            taken: set[str] = set()
            for op in operations:
                method = argument_name(snake_case(op.method_name))
                base_method, number = method, 1
                while method in taken:
                    number += 1
                    method = f"{base_method}_{number}"
                taken.add(method)
                op.method_name = method
                op.resource = name
        resources.append(
            ir.Resource(
                name=name,
                class_name=class_name,
                tag=r.tag,
                description=r.description,
                doc_title_zh=r.doc_title_zh,
                operations=operations,
            )
        )
    return resources


def _mark_narrowed(modules: list[ir.ModelModule]) -> list[ir.ModelModule]:
    """Flag fields that redeclare a field of a base model with another annotation (an allOf
    part narrowing an inherited property), so that the type checker accepts the override."""
    by_name = {model.name: model for module in modules for model in module.models}
    for model in by_name.values():
        inherited: dict[str, str] = {}
        base = model.base
        seen: set[str] = set()
        while base is not None and base.name in by_name and base.name not in seen:
            seen.add(base.name)
            parent = by_name[base.name]
            for item in parent.fields:
                inherited.setdefault(item.py_name, item.annotation)
            base = parent.base
        for item in model.fields:
            before = inherited.get(item.py_name)
            # Optional[X] -> X (an allOf that makes a field required) is a valid override
            if before is not None and before not in (
                item.annotation,
                f"Optional[{item.annotation}]",
            ):
                item.narrows_base = True
    return modules


def build(api: neutral.Api) -> ir.Api:
    """The Python target's model of ``api``."""
    package = api.package
    plain = api.profile != "yunxin"
    _CLASS_NAMES.clear()
    if plain:
        _CLASS_NAMES.update(_class_names(api))
    root_class = "APIModel" if plain else "YunxinModel"
    return ir.Api(
        profile=api.profile,
        security=_security(api.security_schemes) if plain else [],
        default_base_url=api.regions[0].primary if api.regions else "",
        title=api.title,
        version=api.version,
        description=api.description,
        package=package.name,
        distribution=package.distribution,
        sdk_version=package.version,
        doc_url=api.doc_url,
        error_codes=[
            ir.ErrorCode(e.code, e.class_name, e.description, e.retry) for e in api.error_codes
        ],
        regions=[ir.Region(r.name, r.description, r.primary, list(r.backups)) for r in api.regions],
        resources=_resources(api, plain),
        modules=_mark_narrowed([_module(m, root_class) for m in api.modules]),
        client_class=package.client_class,
        license=package.license,
        license_name=package.license_name or package.license,
        license_url=package.license_url,
        repository_url=package.repository_url,
        documentation_url=package.documentation_url,
        copyright_holder=package.copyright_holder,
        generator_version=__version__,
    )


def build_api(bundle: Bundle) -> ir.Api:
    """The Python model of a bundled spec that passed validation and lint (neutral model first)."""
    return build(build_model(bundle))
