"""What the TypeScript templates lay out: every name, type expression and object literal is
computed here (by :mod:`.build`), so a template only places them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Doc:
    """The lines of a doc comment (already wrapped), empty for none."""

    lines: list[str] = field(default_factory=list)

    def comment(self, indent: int = 0) -> str:
        """``/** ... */`` indented by ``indent`` spaces, or the empty string."""
        if not self.lines:
            return ""
        pad = " " * indent
        if len(self.lines) == 1 and len(pad) + len(self.lines[0]) + 7 <= 100:
            return f"{pad}/** {self.lines[0]} */\n"
        body = "".join(f"{pad} * {line}".rstrip() + "\n" for line in self.lines)
        return f"{pad}/**\n{body}{pad} */\n"


@dataclass
class Property:
    """A property of an interface: its key as written, TypeScript type and doc comment."""

    wire_name: str
    key: str
    type: str
    optional: bool
    doc: Doc


@dataclass
class Interface:
    name: str
    doc: Doc
    properties: list[Property]
    extends: str | None = None


@dataclass
class EnumMember:
    key: str
    literal: str
    doc: Doc


@dataclass
class Enum:
    """A union type alias of the values plus a const object of the members, one name."""

    name: str
    doc: Doc
    union: str
    members: list[EnumMember]


@dataclass
class Module:
    """One ``src/types/<file>.ts``: the interfaces and enums of one neutral module."""

    name: str
    file: str
    description: str
    #: Sibling module file -> type names it imports from there.
    imports: dict[str, list[str]]
    enums: list[Enum]
    interfaces: list[Interface]


@dataclass
class Stream:
    """The helper that sends a whole message from text chunks through one chunk method."""

    method_name: str
    params: Interface
    result_type: str
    #: Object literal texts of the runtime's StreamSpec and of the fixed body fields.
    spec: str
    fixed: str
    settings: str
    first_id: str
    doc: Doc


@dataclass
class Operation:
    operation_id: str
    resource: str
    method_name: str
    http_method: str
    path: str
    summary: str
    deprecated: bool
    idempotent: bool
    doc: Doc
    #: The params interface (``None`` when the operation takes no parameters).
    params: Interface | None
    #: ``params: X``, ``params: X = {}`` or ``""``.
    params_signature: str
    options_type: str
    return_type: str
    #: ``request<T>`` or ``paginate<Item, Data>``.
    call: str
    #: The Operation object literal given to the runtime.
    operation_literal: str
    #: The PageSpec object literal of a list method.
    page_literal: str | None
    example_call: str
    stream: Stream | None = None

    @property
    def example_code(self) -> str:
        """Example for the docs: the call and a use of its result."""
        if self.page_literal is not None:
            return f"for await (const item of {self.example_call}) {{\n  console.log(item);\n}}"
        if self.return_type == "APIPromise<void>":
            return f"await {self.example_call};"
        return f"const result = await {self.example_call};\nconsole.log(result);"


@dataclass
class Resource:
    name: str
    member: str
    class_name: str
    file: str
    tag: str
    description: str
    operations: list[Operation]
    #: Names imported (as types) from ``../types/index.js``.
    type_imports: list[str]
    #: Names imported from ``../core/index.js`` (``type`` marked as needed).
    core_imports: list[str]
    doc: Doc = field(default_factory=Doc)

    @property
    def interfaces(self) -> list[Interface]:
        found: list[Interface] = []
        for op in self.operations:
            if op.params is not None:
                found.append(op.params)
            if op.stream is not None:
                found.append(op.stream.params)
        return found


@dataclass
class ErrorCode:
    code: int
    class_name: str
    retry: str
    doc: Doc


@dataclass
class Region:
    name: str
    key: str
    primary: str
    backups: list[str]


@dataclass
class ConversationIds:
    """``ConversationId`` from the spec's ConversationType enum."""

    enum: str
    #: Helper name -> conversation type number.
    types: list[tuple[str, str]]

    @property
    def literal(self) -> str:
        return "{ " + ", ".join(f"{k}: {v}" for k, v in self.types) + " }"


@dataclass
class Api:
    title: str
    description: str
    version: str
    package_name: str
    license: str
    client_class: str
    doc_url: str | None
    error_codes: list[ErrorCode]
    regions: list[Region]
    default_region: str
    resources: list[Resource]
    modules: list[Module]
    conversation_ids: ConversationIds | None
    dev_dependencies: dict[str, str]
    generator_version: str

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    @property
    def error_names(self) -> list[str]:
        return [e.class_name for e in self.error_codes]

    def _example(self, paged: bool) -> Operation | None:
        for op in self.operations:
            if op.deprecated or (op.page_literal is not None) != paged:
                continue
            if op.return_type != "APIPromise<void>":
                return op
        return None

    @property
    def readme_example(self) -> Operation | None:
        return self._example(False)

    @property
    def readme_page_example(self) -> Operation | None:
        return self._example(True)

    @property
    def region_names(self) -> str:
        return " | ".join(f'"{r.name}"' for r in self.regions)
