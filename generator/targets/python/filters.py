"""Jinja2 filters of the Python templates: literals and docstrings."""

from __future__ import annotations

import re
import textwrap
from typing import Any

LINE_LENGTH = 100


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value."""
    return repr(value)


#: Control characters, which Python source cannot hold literally (NUL) or shows badly.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _escape_docstring(text: str) -> str:
    """Text that reads the same inside a triple-quoted docstring: backslashes doubled, triple
    quotes broken up, control characters written as escapes, and a quote at the very end
    escaped (it would join the closing quotes)."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
    body = text[:-1]
    escaped = (len(body) - len(body.rstrip("\\"))) % 2 == 1
    return f'{body}\\"' if text.endswith('"') and not escaped else text


def docwrap(text: str, indent: int, hanging: int = 0, opening: str = "") -> str:
    """Wrap ``text`` to the line length at ``indent`` spaces, paragraphs separated by blank
    lines; every line but the first gets ``hanging`` more spaces (for ``Args:`` entries), and
    the first line starts with ``opening`` (for the quotes of a docstring)."""
    prefix = " " * indent
    continued = prefix + " " * hanging
    paragraphs = [p for p in _escape_docstring(str(text)).split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(
            " ".join(paragraph.split()),
            width=LINE_LENGTH,
            initial_indent=prefix + opening if number == 0 else continued,
            subsequent_indent=continued,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for number, paragraph in enumerate(paragraphs)
    )


def docstring(text: str, indent: int) -> str:
    """A complete docstring at ``indent``: one line if it fits, else wrapped paragraphs with
    the summary on the line of the opening quotes."""
    prefix = " " * indent
    flat = " ".join(str(text).split())
    single = f'{prefix}"""{_escape_docstring(flat)}"""'
    if "\n\n" not in str(text).strip() and len(single) <= LINE_LENGTH:
        return single
    return f'{docwrap(str(text), indent, opening=chr(34) * 3)}\n{prefix}"""'
