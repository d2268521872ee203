"""Python names for spec names: identifiers, classes, constants."""

from __future__ import annotations

import keyword
import re

from generator.core.text import words

#: Names every generated method already uses for its per-request options.
RESERVED_ARGUMENTS = frozenset(
    {"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "trace_id"}
)

#: Attributes of pydantic's BaseModel (and our base) that a field must not shadow.
RESERVED_FIELDS = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "raise_for_failures",
        "failures",
        "has_failures",
    }
)

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SNAKE = re.compile(r"^[a-z_][a-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


def is_snake_case(name: str) -> bool:
    return bool(_SNAKE.match(name)) and not keyword.iskeyword(name)


def is_class_name(name: str) -> bool:
    return bool(_CLASS.match(name))


def snake_case(name: str) -> str:
    """``fooBar-baz`` -> ``foo_bar_baz``; ``Größe`` -> ``grosse``; ``名前`` stays ``名前``."""
    return "_".join(words(name)).lower() or "_"


def pascal_case(name: str) -> str:
    """``conversation_groups`` -> ``ConversationGroups``."""
    return "".join(part[:1].upper() + part[1:] for part in words(name, camel=False))


def field_name(wire_name: str, override: str | None = None) -> str:
    """Python attribute for a JSON property: the override, or the name made safe."""
    if override:
        return override
    name = wire_name if is_identifier(wire_name) else snake_case(wire_name)
    if name[0].isdigit():
        name = f"_{name}"
    if name.startswith("_"):  # pydantic keeps names with a leading underscore private
        name = f"field{name}"
    if keyword.iskeyword(name) or name in RESERVED_FIELDS or name.startswith("model_"):
        name = f"{name}_"
    return name


def argument_name(wire_name: str, override: str | None = None) -> str:
    """Python keyword argument for a parameter or body property."""
    if override:
        return override
    name = wire_name if is_identifier(wire_name) else snake_case(wire_name)
    if name[0].isdigit():
        name = f"_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def enum_member_name(name: str) -> str:
    """``super team`` -> ``SUPER_TEAM``, ``groß`` -> ``GROSS``; a value that is empty or
    starts with a digit gets ``VALUE_``."""
    text = "_".join(words(name, camel=False)).upper()
    if not text or text[0].isdigit():
        text = f"VALUE_{text}"
    return text
