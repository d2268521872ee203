"""Jinja2 filters of the Python templates: literals and docstrings."""

from __future__ import annotations

import math
import re
import textwrap
from typing import Any

LINE_LENGTH = 100


def _string(text: str) -> str:
    """A string literal as black writes it: double quotes, unless single quotes need fewer
    escapes; backslashes, the quote and unprintable characters escaped as ``repr`` does."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    body = []
    for char in text:
        if char == "\\" or char == quote:
            body.append("\\" + char)
        elif char.isprintable():
            body.append(char)
        else:
            body.append(repr(char)[1:-1])
    return quote + "".join(body) + quote


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value, written as black would leave it (so that the
    formatter finds nothing to change)."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        items = ", ".join(pyrepr(item) for item in value)
        if isinstance(value, tuple):
            return f"({items},)" if len(value) == 1 else f"({items})"
        return f"[{items}]"
    if isinstance(value, float) and not math.isfinite(value):  # YAML's .inf and .nan
        return f'float("{value}")'
    if isinstance(value, float):
        return repr(value).replace("e+", "e")  # black drops the plus of an exponent
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
    # black writes a space between a closing quote and the closing quotes: so does this
    return f'{body}\\" ' if text.endswith('"') and not escaped else text


def docwrap(text: str, indent: int, hanging: int = 0, opening: str = "") -> str:
    """Wrap ``text`` to the line length at ``indent`` spaces, paragraphs separated by blank
    lines; every line but the first gets ``hanging`` more spaces (for ``Args:`` entries), and
    the first line starts with ``opening`` (for the quotes of a docstring)."""
    prefix = " " * indent
    continued = prefix + " " * hanging
    paragraphs = [p for p in _escape_docstring(str(text)).split("\n\n") if p.strip()]
    if not paragraphs:
        return prefix + opening if opening else ""
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


def docstring(text: str, indent: int, attribute: bool = False) -> str:
    """A complete docstring at ``indent``: one line if it fits, else wrapped paragraphs with
    the summary on the line of the opening quotes. Black puts the closing quotes of a one-line
    docstring on its line, however long; an ``attribute`` docstring (the string after a field,
    which black leaves as it is) keeps them on a line of their own when they do not fit."""
    prefix = " " * indent
    flat = " ".join(str(text).split())
    single = f'{prefix}"""{_escape_docstring(flat)}"""'
    if "\n\n" not in str(text).strip() and len(single) <= LINE_LENGTH:
        return single
    wrapped = docwrap(str(text), indent, opening=chr(34) * 3)
    # black keeps the closing quotes of a one-line docstring on its line
    if "\n" not in wrapped and not attribute:
        return f'{wrapped}"""'
    return f'{wrapped}\n{prefix}"""'
