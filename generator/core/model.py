"""The language-neutral model of an API, built by :mod:`generator.core.modeler`.

It says what the API is, never how a language spells it: wire names (as the server sends and
expects them) next to the *name hints* the spec gives (``x-sdk-method``, ``x-sdk-name``, a tag's
``x-sdk-resource``, ``x-enum-varnames``), neutral type kinds, prose, limits, examples and the
conventions a profile found (envelope, paging, partial failures, regions). Each target
(:mod:`generator.targets`) turns it into the names and types of its language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal[
    "string",
    "integer",
    "number",
    "boolean",
    "any",
    "array",
    "map",
    "model",
    "enum",
    "binary",
    "union",
]


@dataclass(frozen=True)
class Discriminator:
    """How a ``oneOf``/``anyOf`` component says which alternative a value is: the value of one
    property, mapped to the name of the variant model it selects (the spec's ``mapping``, then
    each variant not mapped explicitly under its own schema name, as OpenAPI defines)."""

    property: str
    mapping: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Type:
    """A type: a primitive (with its ``format``), an array or map of another type, a named
    model or enum (with the module that declares it), or any JSON value."""

    kind: Kind
    item: Type | None = None
    name: str | None = None
    module: str | None = None
    #: The kind of an enum's values: ``string`` or ``integer``.
    enum_base: Literal["string", "integer"] | None = None
    nullable: bool = False
    format: str | None = None
    #: The alternatives of a ``union`` (oneOf/anyOf), in the spec's order.
    variants: tuple[Type, ...] = ()
    #: The discriminator of a named ``union`` (a component the module declares).
    discriminator: Discriminator | None = None

    def walk(self) -> list[Type]:
        """This type and every type nested in it (a named union stands for its variants)."""
        found = [self, *(self.item.walk() if self.item else [])]
        if self.name is None:
            for variant in self.variants:
                found.extend(variant.walk())
        return found

    @property
    def named_types(self) -> list[tuple[str, str]]:
        """(module, name) of every model, enum or named union this type mentions."""
        return [
            (t.module, t.name)
            for t in self.walk()
            if t.kind in ("model", "enum", "union") and t.module and t.name
        ]


@dataclass
class EnumValue:
    value: int | str
    #: The member name the spec gives (``x-enum-varnames``), if any.
    name_hint: str | None
    description: str


@dataclass
class Enum:
    name: str
    module: str
    description: str
    base: Literal["string", "integer"]
    values: list[EnumValue]


@dataclass
class Field:
    """A property of a model (or of a request body)."""

    wire_name: str
    #: The name the spec asks the SDKs to use (``x-sdk-name``), if any.
    name_hint: str | None
    type: Type
    required: bool
    description: str
    default: Any = None
    deprecated: bool = False
    #: The limits in words ("at most 32 characters; default 0").
    constraints: str = ""


@dataclass
class PartialFailure:
    """How a batch result reports the items that failed (``x-partial-failure``)."""

    succeeded: str | None
    failed: str
    id_field: str | None
    code_field: str | None
    message_field: str | None
    failed_is_list: bool = True


@dataclass
class Model:
    name: str
    module: str
    description: str
    fields: list[Field]
    base: Type | None = None
    partial_failure: PartialFailure | None = None
    deprecated: bool = False

    @property
    def named_types(self) -> list[tuple[str, str]]:
        found = [pair for f in self.fields for pair in f.type.named_types]
        if self.base is not None:
            found.extend(self.base.named_types)
        return found


@dataclass
class NamedUnion:
    """A ``oneOf``/``anyOf`` component with a discriminator, declared by name in its module."""

    name: str
    module: str
    description: str
    type: Type


@dataclass
class Module:
    """The models, enums and named unions of one schema file (or one group of schemas)."""

    name: str
    description: str
    models: list[Model]
    enums: list[Enum]
    unions: list[NamedUnion] = field(default_factory=list)


Style = Literal[
    "simple", "comma", "explode", "json", "object-explode", "object-comma", "deep-object"
]


@dataclass
class Parameter:
    """An input of an operation: a path, query or header parameter or a body property."""

    wire_name: str
    name_hint: str | None
    location: Literal["path", "query", "header", "body"]
    type: Type
    required: bool
    description: str
    #: How a query value travels: an array comma-joined or one pair per item; an object as
    #: one pair per property (form, exploded), ``name=key,value,...`` (form, not exploded) or
    #: ``name[key]=value`` (deepObject); or the value as JSON text (``content``).
    style: Style = "simple"
    default: Any = None
    example: Any = None
    has_example: bool = False
    constraints: str = ""


@dataclass
class Pagination:
    style: Literal["cursor", "offset"]
    items: str
    has_more: str | None
    request_token: str
    response_token: str | None
    limit: str | None
    item_type: Type


@dataclass
class Stream:
    """A helper that sends text chunks through one chunk operation (``x-sdk-stream``)."""

    method_hint: str
    chunk: str
    text: str
    index: str
    finish: str
    first_id: str
    next_id: str
    result_id: str
    result_type: Type
    settings: list[Parameter]


@dataclass
class ErrorCode:
    code: int
    class_name: str
    description: str
    retry: Literal["always", "idempotent", "never"]


@dataclass
class Region:
    name: str
    description: str
    primary: str
    backups: list[str]


@dataclass
class SecurityScheme:
    """A way of authenticating (``components.securitySchemes``) the SDKs can apply."""

    #: The key of the scheme in ``components.securitySchemes``.
    name: str
    #: ``api_key`` (a header or query value), ``bearer`` (a token) or ``basic`` (user and password).
    kind: Literal["api_key", "bearer", "basic"]
    #: Where an ``api_key`` travels and under which name.
    location: Literal["header", "query"] | None
    parameter: str | None
    description: str


@dataclass
class Operation:
    operation_id: str
    #: The method name the spec gives (``x-sdk-method``) or the profile derived, snake_case.
    method_hint: str
    http_method: str
    path: str
    summary: str
    description: str
    tag: str
    #: The resource the operation belongs to, snake_case.
    resource: str
    deprecated: bool
    #: ``method_hint`` of the operation that replaces this deprecated one.
    deprecated_by: str | None
    doc_url: str | None
    doc_title_zh: str | None
    idempotent: bool
    parameters: list[Parameter]
    body_type: Type | None
    body_required: bool
    #: The successful response's payload (the envelope's ``data`` under the Yunxin profile).
    response: Type | None
    pagination: Pagination | None
    #: The request body's example object (wire names), if the spec gives one.
    body_example: dict[str, Any] | None = None
    response_example: Any = None
    source_conflicts: list[str] = field(default_factory=list)
    stream: Stream | None = None
    #: How the body travels: ``json`` (an object of the body parameters), ``form``
    #: (urlencoded), ``multipart``, or ``value`` (the one ``body`` parameter is the JSON body).
    body_encoding: Literal["json", "form", "multipart", "value"] = "json"
    #: The security requirements that apply: alternatives, each naming the schemes it needs
    #: together (an empty alternative: no credentials needed).
    security: list[list[str]] = field(default_factory=list)


@dataclass
class Resource:
    name: str
    tag: str
    description: str
    doc_title_zh: str | None
    operations: list[Operation]


@dataclass
class Package:
    """What the SDK packages are called and which version they carry."""

    name: str
    distribution: str
    version: str
    client_class: str
    #: SPDX identifier (or a LicenseRef-) of the licence.
    license: str
    repository_url: str | None
    documentation_url: str | None
    copyright_holder: str
    #: The licence as the spec names it, and its URL.
    license_name: str = ""
    license_url: str = ""


@dataclass
class Api:
    title: str
    version: str
    description: str
    doc_url: str | None
    #: The profile whose conventions the spec follows (``yunxin``, ``openapi``).
    profile: str
    package: Package
    error_codes: list[ErrorCode]
    regions: list[Region]
    resources: list[Resource]
    modules: list[Module]
    #: The bundled document, for targets that write it out (with their code samples).
    document: dict[str, Any]
    #: The security schemes operations may use, in the document's order.
    security_schemes: list[SecurityScheme] = field(default_factory=list)

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]
