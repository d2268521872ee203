"""TypeScript names for spec names: camelCase members, PascalCase types, kebab-case files."""

from __future__ import annotations

import re

from generator.core.text import words as spec_words

_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")

#: Words a binding (a destructured variable, a parameter) may not be called.
RESERVED = frozenset(
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
        "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
        "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let",
        "static", "implements", "interface", "package", "private", "protected", "public",
        "await", "arguments", "eval",
    }
)  # fmt: skip


def words(name: str) -> list[str]:
    """``batch_get``, ``batchGet``, ``Batch-Get``, ``BATCH_GET`` -> ``["batch", "get"]``."""
    if not any(c.islower() for c in name):
        name = name.lower()  # SCREAMING_SNAKE: ``P2P`` is one word, not ``P2`` and ``P``
    return [w.lower() for w in spec_words(name)]


def camel_case(name: str) -> str:
    """``batch_get`` -> ``batchGet``; ``p2p`` stays ``p2p``."""
    parts = words(name) or ["_"]
    text = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return f"_{text}" if text[0].isdigit() else text


def pascal_case(name: str) -> str:
    """``chatroom_members`` -> ``ChatroomMembers``."""
    text = "".join(p[:1].upper() + p[1:] for p in words(name)) or "_"
    return f"_{text}" if text[0].isdigit() else text


def kebab_case(name: str) -> str:
    """``chatroom_members`` -> ``chatroom-members`` (file names)."""
    return "-".join(words(name)) or "_"


def enum_member_name(value: str) -> str:
    """``super team`` -> ``SUPER_TEAM``; a value starting with a digit gets ``VALUE_``."""
    text = "_".join(spec_words(value, camel=False)).upper()
    if not text or text[0].isdigit():
        text = f"VALUE_{text}"
    return text


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


def property_key(name: str) -> str:
    """A property name as written in an interface or object literal (quoted when needed)."""
    return name if is_identifier(name) else string_literal(name)


def member_access(target: str, name: str) -> str:
    """``params.name`` or ``params["x-name"]``."""
    return f"{target}.{name}" if is_identifier(name) else f"{target}[{string_literal(name)}]"


def string_literal(value: str) -> str:
    """A double-quoted TypeScript string literal (prettier's choice of quotes)."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return f'"{escaped}"'
