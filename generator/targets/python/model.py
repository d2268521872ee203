"""The Python target's model: what the Python templates lay out.

Everything a template needs is computed here or in :mod:`.build`: Python names, type
annotations, docstring text, imports. Templates only lay it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.core.model import Style
from generator.targets.python import layout
from generator.targets.python.filters import pyrepr

TYPING_NAMES = (
    "Annotated",
    "Any",
    "AsyncIterable",
    "Dict",
    "Iterable",
    "List",
    "Mapping",
    "Optional",
    "Sequence",
    "Union",
)


def typing_names_in(annotations: list[str]) -> list[str]:
    """The ``typing`` names that some annotation of the list uses, in a fixed order."""
    return [name for name in TYPING_NAMES if any(re.search(rf"\b{name}\b", a) for a in annotations)]


def export_sorted(names: list[str]) -> list[str]:
    """Names in the order isort and ruff use: CONSTANTS, then Classes, then the rest."""

    def key(name: str) -> tuple[int, str]:
        if name.upper() == name and name.strip("_"):
            return (0, name)
        return (1, name) if name[:1].isupper() else (2, name)

    return sorted(names, key=key)


def import_sorted(names: list[str] | set[str]) -> list[str]:
    """Names in the order isort and ruff want in an import: CONSTANTS, Classes, the rest, each
    group compared without regard to case."""

    def key(name: str) -> tuple[int, str, str]:
        group = 0 if name.upper() == name and name.strip("_") else 1 if name[:1].isupper() else 2
        return (group, name.lower(), name)

    return sorted(names, key=key)


#: Licences whose full text the templates hold (templates/python/licenses/<id>.txt.jinja).
LICENSE_TEXTS = frozenset({"Apache-2.0", "MIT"})

TypeKind = Literal[
    "str", "int", "float", "bool", "bytes", "any", "list", "dict", "model", "enum", "union"
]


@dataclass(frozen=True)
class TypeRef:
    """A Python type: a primitive, a list or dict of another type, or a named model or enum."""

    kind: TypeKind
    item: TypeRef | None = None
    name: str | None = None
    module: str | None = None
    enum_base: str | None = None
    nullable: bool = False
    #: The alternatives of a ``union``.
    variants: tuple[TypeRef, ...] = ()

    @property
    def field_annotation(self) -> str:
        """Annotation of a model field (response and request models alike)."""
        return self._annotation(parameter=False)

    @property
    def param_annotation(self) -> str:
        """Annotation of a method argument: also accepts plain dicts and any sequence."""
        return self._annotation(parameter=True)

    def _annotation(self, *, parameter: bool, nested: bool = False) -> str:
        if self.kind == "list":
            assert self.item is not None
            container = "Sequence" if parameter else "List"
            text = f"{container}[{self.item._annotation(parameter=parameter, nested=True)}]"
        elif self.kind == "dict":
            value = self.item._annotation(parameter=parameter, nested=True) if self.item else "Any"
            text = f"Mapping[str, {value}]" if parameter else f"Dict[str, {value}]"
        elif self.kind == "model" or (self.kind == "union" and self.name):
            # a named union is declared in its module (it has a discriminator)
            text = f"Union[{self.name}, Mapping[str, Any]]" if parameter else f"{self.name}"
        elif self.kind == "union":
            inner = [v._annotation(parameter=parameter, nested=True) for v in self.variants]
            text = f"Union[{', '.join(dict.fromkeys(inner))}]"
        elif self.kind == "enum":
            text = f"Union[{self.name}, {self.enum_base}]"
            if nested and not parameter:
                # Inside a list or dict the field's own union_mode cannot reach the union: the
                # item says itself that a known value becomes the enum member, not a plain int.
                text = f'Annotated[{text}, Field(union_mode="left_to_right")]'
        else:
            text = {
                "str": "str",
                "int": "int",
                "float": "float",
                "bool": "bool",
                "bytes": "bytes",
                "any": "Any",
            }[self.kind]
        if self.nullable and self.kind != "any":
            text = f"Optional[{text}]"
        return text

    def walk(self) -> list[TypeRef]:
        """This type and every type nested in it (a named union stands for its variants)."""
        nested = self.item.walk() if self.item else []
        if self.name is None:
            for variant in self.variants:
                nested.extend(variant.walk())
        return [self, *nested]

    @property
    def named_types(self) -> list[tuple[str, str]]:
        """(module, name) of every model, enum or named union this type mentions."""
        return [
            (t.module, t.name)
            for t in self.walk()
            if t.kind in ("model", "enum", "union") and t.module and t.name
        ]

    @property
    def python_kind(self) -> str:
        """A short word for docs: string, integer, list of X, ..."""
        words = {
            "str": "string",
            "int": "integer",
            "float": "number",
            "bool": "boolean",
            "bytes": "bytes",
            "any": "any JSON value",
            "dict": "object",
        }
        if self.kind == "list":
            assert self.item is not None
            return f"list of {self.item.python_kind}"
        if self.kind in ("model", "enum") or (self.kind == "union" and self.name):
            return f"`{self.name}`"
        if self.kind == "union":
            return " or ".join(v.python_kind for v in self.variants)
        return words[self.kind]

    @property
    def doc_kind(self) -> str:
        """Like :attr:`python_kind`, with models and enums linked to the docs' models page."""
        if self.kind == "list":
            assert self.item is not None
            return f"list of {self.item.doc_kind}"
        if self.kind in ("model", "enum", "union") and self.name:
            return f"[`{self.name}`](models.md#{self.name.lower()})"
        if self.kind == "union":
            return " or ".join(v.doc_kind for v in self.variants)
        return self.python_kind


@dataclass
class EnumMember:
    name: str
    value: int | str
    description: str

    @property
    def literal(self) -> str:
        return pyrepr(self.value)


@dataclass
class EnumDef:
    name: str
    module: str
    description: str
    base: str  # "int" or "str"
    members: list[EnumMember]

    @property
    def base_class(self) -> str:
        return "IntEnum" if self.base == "int" else "str, Enum"

    @property
    def anchor(self) -> str:
        """Anchor of the enum's section on the docs' models page."""
        return self.name.lower()

    is_enum = True
    is_union = False


@dataclass
class ModelField:
    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    description: str
    default: Any = None
    deprecated: bool = False
    constraints: str = ""
    #: The base model has a field of this name with another type (plain profile's allOf).
    narrows_base: bool = False

    @property
    def annotation(self) -> str:
        text = self.type.field_annotation
        if not self.required and not text.startswith("Optional[") and text != "Any":
            text = f"Optional[{text}]"
        return text

    @property
    def doc_text(self) -> str:
        text = self.description
        if self.constraints:
            limits = f"{self.constraints[0].upper()}{self.constraints[1:]}."
            text = f"{text.rstrip('.')}. {limits}" if text else limits
        return text

    @property
    def needs_alias(self) -> bool:
        return self.wire_name != self.py_name

    @property
    def declaration(self) -> str:
        """The right-hand side of the field: default value and Field(...) options (and the
        comment that lets a field narrow the type of the base model's field of that name)."""
        text = self._declaration
        return f"{text}  # type: ignore[assignment]" if self.narrows_base else text

    @property
    def _declaration(self) -> str:
        field_call = self._field_call
        if field_call is not None:
            return f" = {layout.flat(field_call)}"
        return "" if self.required else " = None"

    @property
    def _field_call(self) -> layout.Call | None:
        """``Field(...)`` with the field's default and options, when it needs one."""
        options: dict[str, Any] = {}
        if self.needs_alias:
            options["alias"] = self.wire_name
        if self.type.kind == "enum":
            options["union_mode"] = "left_to_right"
        if not options:
            return None
        return layout.call("Field", **({} if self.required else {"default": None}), **options)

    def line_at(self, indent: int) -> str:
        """The field's line in its class at ``indent``, split as black would."""
        head = f"{self.py_name}: "
        if self.narrows_base:  # a trailing comment: black decides, nothing is split here
            return f"{head}{self.annotation}{self.declaration}"
        field_call = self._field_call
        if field_call is not None:
            return layout.assignment(self.py_name, field_call, indent, self.annotation)
        if self.required:
            return layout.annotated(self.py_name, self.annotation, indent)
        return layout.assignment(self.py_name, layout.Literal("None"), indent, self.annotation)


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
class ModelDef:
    name: str
    module: str
    description: str
    fields: list[ModelField]
    base: TypeRef | None = None
    partial_failure: PartialFailure | None = None
    deprecated: bool = False
    #: The runtime's base class of every model (``_models``).
    root_class: str = "YunxinModel"

    @property
    def named_types(self) -> list[tuple[str, str]]:
        found = [pair for f in self.fields for pair in f.type.named_types]
        if self.base is not None:
            found.extend(self.base.named_types)
        return found

    @property
    def anchor(self) -> str:
        """Anchor of the model's section on the docs' models page."""
        return self.name.lower()

    is_enum = False
    is_union = False

    @property
    def base_class(self) -> str:
        if self.base is not None:
            assert self.base.name is not None
            return self.base.name
        return "PartialFailureModel" if self.partial_failure else self.root_class


@dataclass
class Parameter:
    wire_name: str
    py_name: str
    location: Literal["path", "query", "header", "body"]
    type: TypeRef
    required: bool
    description: str
    style: Style = "simple"
    default: Any = None
    example: Any = None
    has_example: bool = False
    constraints: str = ""

    @property
    def annotation(self) -> str:
        text = self.type.param_annotation
        if not self.required and not text.startswith("Optional[") and text != "Any":
            text = f"Optional[{text}]"
        return text

    @property
    def signature(self) -> str:
        return f"{self.py_name}: {self.annotation}" + ("" if self.required else " = None")

    def signature_at(self, indent: int) -> str:
        """``signature,`` as a line of an exploded ``def`` at ``indent``, split as black would."""
        default = "" if self.required else " = None"
        node = layout.annotation(self.annotation)
        return layout.text(node, indent, f"{self.py_name}: ", f"{default},")

    @property
    def doc_text(self) -> str:
        """Description for docstrings and docs: the meaning, then the limits."""
        text = self.description or f"The `{self.wire_name}` {self.location} parameter."
        if self.constraints:
            text = f"{text.rstrip('.')}. {self.constraints[0].upper()}{self.constraints[1:]}."
        return text


@dataclass
class Pagination:
    style: Literal["cursor", "offset"]
    items: str
    has_more: str | None
    request_token: str  # query parameter carrying the cursor or offset
    response_token: str | None  # response field with the next cursor or offset
    limit: str | None
    item_type: TypeRef


@dataclass
class StreamHelper:
    """A helper that sends an iterable of text chunks through a chunk operation (``x-sdk-stream``)."""

    method_name: str
    chunk: str
    text: str
    index: str
    finish: str
    first_id: str
    next_id: str
    result_id: str
    result_type: TypeRef
    settings: list[Parameter]

    @property
    def result_annotation(self) -> str:
        return self.result_type.field_annotation

    @property
    def result_class(self) -> str:
        """The runtime class the helper checks the result id against."""
        return self.result_type.name or self.result_type.kind


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


#: The exceptions of a plain package besides its root (named after the client).
PLAIN_EXCEPTIONS = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "ConfigurationError",
    "MalformedResponseError",
    "RequestBuildError",
    "ResponseTooLargeError",
    "ResponseValidationError",
]


@dataclass
class SecurityScheme:
    """A security scheme as the plain client applies it."""

    name: str
    kind: str  # api_key, bearer, basic
    location: str | None
    parameter: str | None
    description: str
    #: The constructor arguments of the scheme (``api_key``; ``token``; ``username``, ``password``).
    arguments: list[str] = field(default_factory=list)

    @property
    def doc(self) -> str:
        where = {
            "api_key": f"sent as the {self.location} `{self.parameter}`",
            "bearer": "sent as `Authorization: Bearer ...`",
            "basic": "sent as HTTP basic authentication",
        }[self.kind]
        return f"{self.description.rstrip('.')}; {where}" if self.description else where


@dataclass
class Operation:
    operation_id: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    tag: str
    resource: str
    deprecated: bool
    deprecated_by: str | None
    doc_url: str | None
    doc_title_zh: str | None
    idempotent: bool
    parameters: list[Parameter]
    body_model: TypeRef | None
    body_required: bool
    response: TypeRef | None
    pagination: Pagination | None
    request_example: dict[str, Any] = field(default_factory=dict)
    response_example: Any = None
    source_conflicts: list[str] = field(default_factory=list)
    stream: StreamHelper | None = None
    #: ``json``, ``form`` or ``multipart`` (plain profile).
    body_encoding: str = "json"
    #: Security alternatives, each the Python names of the schemes it needs together.
    auth: list[list[str]] = field(default_factory=list)
    #: Whether the response model may be any type (plain profile: lists, maps, unions, bytes).
    any_response_type: bool = False

    @property
    def response_model_expr(self) -> str:
        """The ``response_model=`` value of the operation descriptor."""
        if self.response is None:
            return "None"
        if not self.any_response_type:
            return self.response.name if self.response.name else "None"
        if self.response.kind == "model" and not self.response.nullable:
            return self.response.name or "None"
        return self.response.field_annotation

    @property
    def descriptor(self) -> str:
        """The module-level ``_NAME: Operation[...] = Operation(...)`` that describes the
        operation to the runtime, laid out as black would."""
        arguments: dict[str, Any] = {
            "name": self.operation_id,
            "method": self.http_method,
            "path": self.path,
            "response_model": layout.annotation(self.response_model_expr),
        }
        if self.body_model:
            arguments["body_model"] = layout.Literal(str(self.body_model.name))
        arguments["idempotent"] = self.idempotent
        if self.deprecated:
            arguments["deprecation"] = self.deprecation_message
        if self.query_styles:
            arguments["query_styles"] = self.query_styles
        if self.auth:
            arguments["auth"] = self.auth
        if self.body_encoding != "json":
            arguments["body_encoding"] = self.body_encoding
        if self.pagination:
            page = self.pagination
            arguments["page"] = layout.exploded(
                layout.call(
                    "PageSpec",
                    style=page.style,
                    items=page.items,
                    has_more=page.has_more,
                    request_token=page.request_token,
                    response_token=page.response_token,
                )
            )
        name = f"_{self.method_name.upper()}"
        node = layout.exploded(layout.call("Operation", **arguments))
        return layout.assignment(name, node, 0, f"Operation[{self.response_annotation}]")

    @property
    def summary_sentence(self) -> str:
        """The summary as a sentence, for the first line of a docstring."""
        if not self.summary:
            return f"{self.http_method} {self.path}."
        return self.summary if self.summary.endswith((".", "?", "!")) else f"{self.summary}."

    @property
    def anchor(self) -> str:
        """Markdown anchor of the operation's section in the docs."""
        return self.method_name

    def example_node(self, client: str = "client", required_only: bool = False) -> layout.Call:
        """A call of this method with the spec's example values."""
        return layout.Call(
            f"{client}.{self.resource}.{self.method_name}",
            tuple(
                (f"{p.py_name}=", layout.value(self.request_example[p.py_name]))
                for p in self.ordered_parameters
                if p.py_name in self.request_example and (p.required or not required_only)
            ),
        )

    def example_call(
        self, prefix: str = "", indent: int = 0, suffix: str = "", required_only: bool = False
    ) -> str:
        """``prefix`` + a call of this method with the spec's example values + ``suffix``, laid
        out as black would at ``indent`` (the first line's indentation is left to the caller)."""
        return layout.text(self.example_node(required_only=required_only), indent, prefix, suffix)

    def stream_example(self, chunks: str) -> str:
        """``message_id = `` a call of the stream helper with the example's non-body arguments
        and ``chunks`` (an expression), laid out as black would."""
        assert self.stream is not None
        arguments = [
            (f"{p.py_name}=", layout.value(self.request_example[p.py_name]))
            for p in self.non_body_parameters
            if p.py_name in self.request_example
        ]
        arguments.append(("chunks=", layout.Literal(chunks)))
        node = layout.Call(f"client.{self.resource}.{self.stream.method_name}", tuple(arguments))
        return layout.text(node, 0, "message_id = ")

    @property
    def example_code(self) -> str:
        """Example for the docs: the call, and what to do with its result."""
        if self.pagination is not None:
            return f"{self.example_call('for item in ', suffix=':')}\n    print(item)"
        if self.response is None:
            return self.example_call()
        node = self.example_node()
        return f"{layout.assignment('result', node, 0)}\nprint(result)"

    @property
    def non_body_parameters(self) -> list[Parameter]:
        """Path, query and header arguments in signature order."""
        return [p for p in self.ordered_parameters if p.location != "body"]

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def query_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "query"]

    @property
    def header_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "header"]

    @property
    def body_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "body"]

    @property
    def ordered_parameters(self) -> list[Parameter]:
        """Arguments in signature order: path, then required, then optional ones."""
        path = self.path_parameters
        rest = [p for p in self.parameters if p.location != "path"]
        return path + [p for p in rest if p.required] + [p for p in rest if not p.required]

    @property
    def response_annotation(self) -> str:
        """Type of the parsed ``data`` (the type argument of the operation descriptor)."""
        return self.response.field_annotation if self.response else "None"

    @property
    def page_type_arguments(self) -> str:
        assert self.pagination is not None and self.response is not None
        return f"{self.response.field_annotation}, {self.pagination.item_type.field_annotation}"

    @property
    def sync_return_annotation(self) -> str:
        if self.pagination is not None:
            return f"SyncPage[{self.page_type_arguments}]"
        return self.response_annotation

    @property
    def async_return_annotation(self) -> str:
        if self.pagination is not None:
            return f"AsyncPaginator[{self.page_type_arguments}]"
        return self.response_annotation

    @property
    def deprecation_message(self) -> str:
        message = f"{self.method_name}() calls the deprecated {self.http_method} {self.path}"
        if self.deprecated_by:
            message += f"; use {self.deprecated_by}() instead"
        return message + "."

    def returns_doc(self, asynchronous: bool) -> str:
        if self.pagination is not None:
            item = self.pagination.item_type.python_kind
            if asynchronous:
                return (
                    f"An AsyncPaginator: `await` it for the first page (`{self.response_annotation}`), "
                    f"or `async for` over it to walk every {item} of every page."
                )
            return (
                f"The first page (`{self.response_annotation}`); iterate it to walk every {item} of every page, "
                "or use `.items`, `.next_page()` and `.iter_pages()`."
            )
        if self.response is None:
            return "None; the API returns no data for this call."
        if self.any_response_type:
            return f"The response body, as `{self.response_annotation}`."
        return f"The `data` of the response, as `{self.response_annotation}`."

    @property
    def query_styles(self) -> dict[str, str]:
        return {p.wire_name: p.style for p in self.query_parameters if p.style != "simple"}

    @property
    def named_types(self) -> list[tuple[str, str]]:
        found = [pair for p in self.parameters for pair in p.type.named_types]
        for ref in (self.body_model, self.response):
            if ref is not None:
                found.extend(ref.named_types)
        if self.pagination is not None:
            found.extend(self.pagination.item_type.named_types)
        return found


@dataclass
class Resource:
    name: str
    class_name: str
    tag: str
    description: str
    doc_title_zh: str | None
    operations: list[Operation]

    @property
    def summary(self) -> str:
        """What the resource's class docstrings say: its description, else its tag or name."""
        return self.description or self.tag or self.name

    @property
    def module_summary(self) -> str:
        """The first paragraph of the resource module's docstring."""
        if self.tag and self.description:
            return f"{self.tag}: {self.description}"
        return self.summary

    @property
    def model_imports(self) -> dict[str, list[str]]:
        """Model module -> names the resource module imports from it, both sorted."""
        imports: dict[str, set[str]] = {}
        for operation in self.operations:
            for module, name in operation.named_types:
                imports.setdefault(module, set()).add(name)
        return {module: import_sorted(names) for module, names in sorted(imports.items())}

    @property
    def has_pagination(self) -> bool:
        return any(op.pagination for op in self.operations)

    @property
    def has_deprecated(self) -> bool:
        return any(op.deprecated for op in self.operations)

    @property
    def streams(self) -> list[Operation]:
        return [op for op in self.operations if op.stream]

    @property
    def typing_names(self) -> list[str]:
        """Names the resource module imports from ``typing``."""
        annotations = [p.annotation for op in self.operations for p in op.parameters]
        annotations += [op.response_annotation for op in self.operations]
        annotations += [op.page_type_arguments for op in self.operations if op.pagination]
        for op in self.streams:
            assert op.stream is not None
            annotations += [p.annotation for p in op.stream.settings]
            annotations += ["Optional[str]", "Union[Iterable[str], AsyncIterable[str]]"]
        return typing_names_in(annotations)

    @property
    def class_names(self) -> list[str]:
        """The four classes of the resource module, sorted as imports and __all__ want them."""
        name = self.class_name
        return export_sorted(
            [name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"]
        )

    @property
    def typing_extensions_names(self) -> list[str]:
        return ["Unpack", "deprecated"] if self.has_deprecated else ["Unpack"]

    @property
    def base_client_names(self) -> list[str]:
        names = ["AsyncAPIClient", "Operation", "SyncAPIClient"]
        if self.has_pagination:
            names.append("PageSpec")
        return sorted(names)


@dataclass
class UnionDef:
    """A union declared by name: ``Name = Annotated[Union[...], Discriminator(...)]``, which
    pydantic validates by the discriminator's value instead of by trying each variant."""

    is_enum = False
    is_union = True

    name: str
    module: str
    description: str
    #: The variant classes with the tag of each (the first value that selects it).
    variants: list[tuple[str, str]]
    #: The wire name of the property whose value selects the variant.
    selector: str
    #: Every discriminator value -> the tag of the variant it selects.
    tags: dict[str, str]

    @property
    def selected(self) -> list[tuple[str, str]]:
        """(discriminator value, variant class) pairs, for the docs."""
        by_tag = {tag: name for name, tag in self.variants}
        return [(value, by_tag[tag]) for value, tag in self.tags.items()]

    @property
    def declaration(self) -> str:
        """The module-level assignment, laid out as black would."""
        union = layout.Call(
            "Union",
            tuple(
                (
                    "",
                    layout.Call(
                        "Annotated",
                        (("", layout.Literal(name)), ("", layout.call("Tag", tag))),
                        "[",
                        "]",
                    ),
                )
                for name, tag in self.variants
            ),
            "[",
            "]",
        )
        selector = layout.call(
            "Discriminator", layout.call("by_property", self.selector, self.tags)
        )
        return layout.assignment(
            self.name, layout.Call("Annotated", (("", union), ("", selector)), "[", "]"), 0
        )


@dataclass
class ModelModule:
    name: str
    description: str
    models: list[ModelDef]
    enums: list[EnumDef]
    imports: dict[str, list[str]]  # other model module -> names
    typing_names: list[str]
    rebuild: list[str] = field(default_factory=list)  # models that refer to later ones
    unions: list[UnionDef] = field(default_factory=list)

    @property
    def _names(self) -> list[str]:
        return (
            [e.name for e in self.enums]
            + [m.name for m in self.models]
            + [u.name for u in self.unions]
        )

    @property
    def exported_names(self) -> list[str]:
        """The module's classes and unions in __all__ order."""
        return export_sorted(self._names)

    @property
    def import_names(self) -> list[str]:
        """The module's classes and unions in import order."""
        return import_sorted(self._names)

    @property
    def base_imports(self) -> list[str]:
        names = {m.base_class for m in self.models if m.base is None}
        if self.has_partial_failure:
            names.add("PartialFailureSpec")
        return import_sorted(names)

    @property
    def pydantic_names(self) -> list[str]:
        """What the module imports from pydantic."""
        names = ["Discriminator"] if self.unions else []
        if self.needs_field:
            names.append("Field")
        return names + (["Tag"] if self.unions else [])

    @property
    def has_partial_failure(self) -> bool:
        return any(m.partial_failure for m in self.models)

    @property
    def needs_field(self) -> bool:
        return any(
            f.declaration.startswith(" = Field") or "Field(" in f.annotation
            for m in self.models
            for f in m.fields
        )

    @property
    def enum_bases(self) -> list[str]:
        return sorted({"IntEnum" if e.base == "int" else "Enum" for e in self.enums})


@dataclass
class Api:
    title: str
    version: str
    description: str
    package: str
    distribution: str
    sdk_version: str
    doc_url: str | None
    error_codes: list[ErrorCode]
    regions: list[Region]
    resources: list[Resource]
    modules: list[ModelModule]

    client_class: str = "YunxinIM"
    license: str = "MIT"  # SPDX identifier of the package's license (info.license)
    repository_url: str | None = None  # x-sdk.repository
    documentation_url: str | None = None  # x-sdk.documentation
    copyright_holder: str = ""  # info.contact.name, for licenses that name one
    license_name: str = ""  # info.license.name
    license_url: str = ""  # info.license.url
    #: The profile whose conventions the package follows (``yunxin`` or ``openapi``).
    profile: str = "yunxin"
    #: The credentials the client takes (plain profile).
    security: list[SecurityScheme] = field(default_factory=list)
    #: The base URL of the first server (plain profile), variables at their defaults.
    default_base_url: str = ""

    @property
    def plain(self) -> bool:
        """True for a plain OpenAPI spec: no envelope, auth from the security schemes."""
        return self.profile != "yunxin"

    @property
    def error_root(self) -> str:
        """The root of the package's exception tree."""
        if not self.plain:
            return "YunxinError"
        stem = (
            self.client_class[: -len("Client")]
            if self.client_class.endswith("Client")
            else self.client_class
        )
        return f"{stem or 'API'}Error"

    @property
    def env_prefix(self) -> str:
        """Prefix of the environment variables the client reads (plain profile)."""
        name = self.package.upper()
        return name[: -len("_CLIENT")] if name.endswith("_CLIENT") and len(name) > 7 else name

    @property
    def credential_arguments(self) -> list[str]:
        return [argument for scheme in self.security for argument in scheme.arguments]

    @property
    def project_urls(self) -> list[tuple[str, str]]:
        """(label, url) of the package's project links, in a fixed order."""
        urls: list[tuple[str, str]] = []
        if self.documentation_url:
            urls.append(("Documentation", self.documentation_url))
        if self.repository_url:
            base = self.repository_url.rstrip("/")
            urls += [
                ("Repository", base),
                ("Issues", f"{base}/issues"),
                ("Changelog", f"{base}/blob/main/CHANGELOG.md"),
            ]
        if self.doc_url:
            urls.append(("API reference", self.doc_url))
        return urls

    def code_sample(self, op: Operation) -> str:
        """A complete Python example of one operation: the import, the client, the call."""
        return (
            f"from {self.package} import {self.client_class}\n\n"
            f"client = {self.client_class}()  # {self._credentials_comment}\n"
            f"{op.example_code}\n"
        )

    @property
    def _credentials_comment(self) -> str:
        if not self.plain:
            return "reads YUNXIN_APP_KEY and YUNXIN_APP_SECRET"
        names = [f"{self.env_prefix}_{a.upper()}" for a in self.credential_arguments]
        return f"reads {', '.join(names)}" if names else f"reads {self.env_prefix}_BASE_URL"

    @property
    def license_template(self) -> str:
        """The template of the package's LICENSE file, by SPDX identifier (a licence without
        a template of its own gets a LICENSE that names it)."""
        if self.license in LICENSE_TEXTS:
            return f"python/licenses/{self.license}.txt.jinja"
        return "python/licenses/other.txt.jinja"

    generator_version: str = ""

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]

    @property
    def model_names(self) -> list[str]:
        return sorted(name for module in self.modules for name in module.exported_names)

    def codes_retried(self, policy: str) -> list[int]:
        """API codes whose retry policy (x-error-codes) is ``policy``."""
        return [e.code for e in self.error_codes if e.retry == policy]

    @property
    def sorted_enums(self) -> list[EnumDef]:
        return sorted(self.enums, key=lambda e: e.name)

    @property
    def resources_by_module(self) -> list[Resource]:
        return sorted(self.resources, key=lambda r: r.name)

    @property
    def exception_names(self) -> list[str]:
        """Every exception class the package exports, sorted."""
        if self.plain:
            return sorted([*PLAIN_EXCEPTIONS, self.error_root])
        names = [
            "APIConnectionError",
            "APIError",
            "APIResponseError",
            "APIStatusError",
            "APITimeoutError",
            "ConfigurationError",
            "FailedItem",
            "MalformedResponseError",
            "PageLimitError",
            "PaginationError",
            "PartialFailureError",
            "RequestBuildError",
            "ResponseTooLargeError",
            "ResponseValidationError",
            "YunxinError",
        ]
        return sorted(names + [e.class_name for e in self.error_codes])

    @property
    def conversation_type_enum(self) -> EnumDef | None:
        return next((e for e in self.enums if e.name == "ConversationType"), None)

    @property
    def package_exports(self) -> list[str]:
        if self.plain:
            plain = [self.client_class, f"Async{self.client_class}", *self.exception_names]
            plain += ["RawResponse", "RequestOptions", "Timeout", "API_VERSION"]
            plain += ["GENERATOR_VERSION", "__version__", "models"]
            return export_sorted(plain + [e.name for e in self.enums])
        names = [
            self.client_class,
            f"Async{self.client_class}",
            "APIConnectionError",
            "APIError",
            "APIResponseError",
            "APIStatusError",
            "APITimeoutError",
            "ConfigurationError",
            "FailedItem",
            "MalformedResponseError",
            "PageLimitError",
            "PaginationError",
            "PartialFailureError",
            "RequestBuildError",
            "ResponseTooLargeError",
            "ResponseValidationError",
            "YunxinError",
            "AsyncPage",
            "AsyncPaginator",
            "SyncPage",
            "RawResponse",
            "RequestOptions",
            "Timeout",
            "API_VERSION",
            "GENERATOR_VERSION",
            "__version__",
            "models",
        ]
        names += [e.class_name for e in self.error_codes]
        names += [e.name for e in self.enums]
        if self.conversation_type_enum is not None:
            names.append("ConversationId")
        return export_sorted(names)

    @property
    def region_names_doc(self) -> str:
        return " or ".join(f"``{pyrepr(r.name)}``" for r in self.regions)

    @property
    def example_operation(self) -> Operation | None:
        """The operation the README and the package docstring show."""
        candidates = [
            op for op in self.operations if not op.deprecated and op.response and not op.pagination
        ]
        return candidates[0] if candidates else None

    def readme_example(self, indent: int = 0, prefix: str = "result = ") -> str:
        """The example operation called with its required arguments, at ``indent``."""
        op = self.example_operation
        return op.example_call(prefix, indent, required_only=True) if op else ""

    @property
    def models(self) -> list[ModelDef]:
        return [model for module in self.modules for model in module.models]

    @property
    def documented_types(self) -> list[ModelDef | EnumDef | UnionDef]:
        """Every model, enum and named union, sorted by name, for the docs' models page."""
        unions = [union for module in self.modules for union in module.unions]
        found: list[ModelDef | EnumDef | UnionDef] = [*self.models, *self.enums, *unions]
        return sorted(found, key=lambda t: t.name)

    @property
    def partial_failure_models(self) -> list[ModelDef]:
        return [m for m in self.models if m.partial_failure]

    @property
    def paged_operations(self) -> list[Operation]:
        return [op for op in self.operations if op.pagination]

    @property
    def idempotent_writes(self) -> list[Operation]:
        """Writes the spec marks safe to repeat (retried like reads)."""
        return [op for op in self.operations if op.idempotent and op.http_method != "GET"]

    @property
    def unsafe_writes(self) -> list[Operation]:
        """Writes that are never sent twice once they may have reached the server."""
        return [op for op in self.operations if not op.idempotent]

    @property
    def enums(self) -> list[EnumDef]:
        return [enum for module in self.modules for enum in module.enums]

    @property
    def lazy_names(self) -> str:
        """``_LAZY = frozenset({...})`` of the package: the names its ``__getattr__`` loads on
        first use (the models package and the enums), laid out as black would."""
        names = ["models", *(enum.name for enum in self.enums)]
        return layout.assignment("_LAZY", layout.call("frozenset", layout.set_of(names)), 0)

    @property
    def default_region(self) -> Region:
        return self.regions[0]

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)
