"""Python expressions laid out over lines the way black lays them out.

Black decides the layout of the code it formats; when the rendered code is already laid out
as black would leave it, black's first pass changes nothing and its second pass (run only when
the first changed something) is skipped, which halves the formatter's share of a run. Black
still formats every file: this module only makes that cheap, it never replaces black.

The rules (black's right-hand split, for the expressions the templates write): an expression
that fits in the line stays on it; a call that does not fit puts its arguments on the next
line, one level deeper, and when they do not fit there either, one argument per line with a
trailing comma; a list or dict literal that does not fit always goes one item per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from black.strings import str_width

from generator.targets.python.filters import LINE_LENGTH, pyrepr

INDENT = 4


def width(line: str) -> int:
    """The width black gives a line: East Asian wide characters count twice."""
    return str_width(line)


@dataclass(frozen=True)
class Call:
    """``function(...)``, or a subscript ``Name[...]`` (``opening="["``): each argument is its
    prefix (``name=`` or nothing) and its value."""

    function: str
    arguments: tuple[tuple[str, Node], ...]
    opening: str = "("
    closing: str = ")"
    #: One argument per line with a trailing comma, always (black keeps such a call so).
    exploded: bool = False


@dataclass(frozen=True)
class Collection:
    """A list (``[...]``) or dict (``{...}``) literal; a dict's items are ``key: value``."""

    opening: str
    items: tuple[tuple[str, Node], ...]  # (prefix of the item, its value)
    closing: str


@dataclass(frozen=True)
class Literal:
    """Code that is never split (a string, a number, a name)."""

    text: str


Node = Call | Collection | Literal


def call(function: str, *positional: Any, **keywords: Any) -> Call:
    """A call of literal values (``repr``-like, see :func:`value`) or nodes."""
    arguments = [("", _node(v)) for v in positional]
    arguments += [(f"{name}=", _node(v)) for name, v in keywords.items()]
    return Call(function, tuple(arguments))


def exploded(node: Call) -> Call:
    """``node`` written one argument per line with a trailing comma, whatever its length."""
    return Call(node.function, node.arguments, node.opening, node.closing, exploded=True)


def _node(data: Any) -> Node:
    return data if isinstance(data, (Call, Collection, Literal)) else value(data)


_TOKEN = re.compile(r"\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[A-Za-z_][\w.]*|-?\d+|[\[\],])")


def annotation(text: str) -> Node:
    """A type annotation (``Optional[Union[A, List[str]]]``) as nested subscripts; anything it
    does not parse stays one unsplittable literal."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != text.replace(" ", ""):
        return Literal(text)
    position = 0

    def parse() -> Node:
        nonlocal position
        atom = tokens[position]
        position += 1
        if position < len(tokens) and tokens[position] == "[":
            position += 1
            arguments: list[tuple[str, Node]] = []
            while tokens[position] != "]":
                arguments.append(("", parse()))
                if tokens[position] == ",":
                    position += 1
            position += 1
            return Call(atom, tuple(arguments), "[", "]")
        return Literal(atom)

    try:
        node = parse()
    except IndexError:
        return Literal(text)
    return node if position == len(tokens) and flat(node) == text else Literal(text)


def value(data: Any) -> Node:
    """The literal of a JSON-like value as a node."""
    if isinstance(data, dict):
        return Collection("{", tuple((f"{pyrepr(k)}: ", value(v)) for k, v in data.items()), "}")
    if isinstance(data, list):
        return Collection("[", tuple(("", value(item)) for item in data), "]")
    return Literal(pyrepr(data))


def flat(node: Node) -> str:
    """The node on one line."""
    if isinstance(node, Literal):
        return node.text
    if isinstance(node, Call):
        return f"{node.function}{node.opening}{_joined(node.arguments)}{node.closing}"
    return f"{node.opening}{_joined(node.items)}{node.closing}"


def _joined(items: tuple[tuple[str, Node], ...]) -> str:
    return ", ".join(prefix + flat(v) for prefix, v in items)


def lines(node: Node, indent: int = 0, prefix: str = "", suffix: str = "") -> list[str]:
    """``prefix`` + the node + ``suffix`` as lines, each starting with its own indentation."""
    pad = " " * indent
    one_line = f"{pad}{prefix}{flat(node)}{suffix}"
    exploded = isinstance(node, Call) and node.exploded and node.arguments
    if (width(one_line) <= LINE_LENGTH and not exploded) or isinstance(node, Literal):
        return [one_line]
    if isinstance(node, Call):
        head, tail = f"{node.function}{node.opening}", node.closing
    else:
        head, tail = node.opening, node.closing
    body = _body(node, indent + INDENT)
    if not body:
        return [one_line]
    return [f"{pad}{prefix}{head}", *body, f"{pad}{tail}{suffix}"]


def _body(node: Call | Collection, indent: int) -> list[str]:
    """The lines between the brackets of a split call or collection."""
    items = node.arguments if isinstance(node, Call) else node.items
    if not items:
        return []
    if isinstance(node, Call) and node.exploded:
        return [line for p, item in items for line in lines(item, indent, p, ",")]
    if len(items) == 1:  # nothing to split at: the one item goes on its own line(s)
        return lines(items[0][1], indent, items[0][0])
    body = " " * indent + _joined(items)
    if isinstance(node, Call) and width(body) <= LINE_LENGTH:
        return [body]
    return [line for p, item in items for line in lines(item, indent, p, ",")]


def mapping(parameters: Any, name: str, indent: int, key: str = "wire_name") -> str:
    """The keyword argument ``name={...},`` at ``indent`` spaces, a dict from each parameter's
    ``key`` (a string) to its Python name (a Jinja filter of the resource template)."""
    items = tuple((f"{pyrepr(getattr(p, key))}: ", Literal(p.py_name)) for p in parameters)
    return "\n".join(lines(Collection("{", items, "}"), indent, f"{name}=", ","))


def assignment(name: str, node: Node, indent: int, annotation_text: str | None = None) -> str:
    """``name = node`` or ``name: annotation = node`` at ``indent``.

    Black splits the call on the right when its head fits, else wraps the right-hand side in
    parentheses of its own when ``name: annotation = (`` fits, else splits the annotation."""
    pad = " " * indent
    target = name if annotation_text is None else f"{name}: {annotation_text}"
    one_line = f"{pad}{target} = {flat(node)}"
    exploded = isinstance(node, Call) and node.exploded
    if width(one_line) <= LINE_LENGTH and not exploded:
        return one_line[indent:]
    head = f"{pad}{target} = {node.function}{node.opening}" if isinstance(node, Call) else ""
    if isinstance(node, Call) and node.arguments and width(head) <= LINE_LENGTH:
        return text(node, indent, f"{target} = ")
    if width(f"{pad}{target} = (") <= LINE_LENGTH:
        body = lines(node, indent + INDENT)
        return "\n".join([f"{pad}{target} = (", *body, f"{pad})"])[indent:]
    if annotation_text is None:
        return one_line[indent:]
    if not isinstance(node, Call):
        return text(annotation(annotation_text), indent, f"{name}: ", f" = {flat(node)}")
    opening = f" = {node.function}{node.opening}"
    split = lines(annotation(annotation_text), indent, f"{name}: ", opening)
    return "\n".join([*split, *_body(node, indent + INDENT), f"{pad}{node.closing}"])[indent:]


def annotated(name: str, annotation_text: str, indent: int) -> str:
    """``name: annotation`` with no value, in a class body at ``indent``: a subscript that is
    too long splits at its brackets, a plain name goes in parentheses on a line of its own."""
    one_line = f"{name}: {annotation_text}"
    inner = " " * (indent + INDENT) + annotation_text
    node = annotation(annotation_text)
    if indent + width(one_line) <= LINE_LENGTH:
        return one_line
    if isinstance(node, Call) or width(inner) > LINE_LENGTH:
        return text(node, indent, f"{name}: ")
    return f"{name}: (\n{inner}\n{' ' * indent})"


def class_line(name: str, bases: str) -> str:
    """``class name(bases):`` at the top level, split as black would when too long."""
    node = Call(f"class {name}", tuple(("", Literal(b)) for b in bases.split(", ")))
    return text(node, 0, suffix=":")


def assignment_text(name: str, indent: int, function: str, *positional: Any) -> str:
    """``name = function(*positional)`` at ``indent`` (a Jinja filter)."""
    return assignment(name, call(function, *positional), indent)


def call_text(function: str, indent: int, *positional: Any, **keywords: Any) -> str:
    """:func:`call` laid out at ``indent`` (a Jinja filter: ``"f" | pycall(8, "x", n=1)``)."""
    return text(call(function, *positional, **keywords), indent)


def keywords_text(function: str, indent: int, names: Any, suffix: str = "") -> str:
    """``function(name=name, ...)`` for each of ``names``, laid out at ``indent`` and followed
    by ``suffix`` (a Jinja filter)."""
    node = Call(function, tuple((f"{name}=", Literal(name)) for name in names))
    return text(node, indent, suffix=suffix)


def value_text(data: Any, indent: int, prefix: str = "", suffix: str = "") -> str:
    """A JSON-like value's literal laid out at ``indent`` (a Jinja filter)."""
    return text(value(data), indent, prefix, suffix)


def set_of(items: Any) -> Collection:
    """A set literal of strings."""
    return Collection("{", tuple(("", Literal(pyrepr(item))) for item in items), "}")


def imports(names: Any, module: str, indent: int = 0) -> str:
    """``from module import names`` (a Jinja filter): in parentheses one name per line when it
    does not fit, as black writes a long import; without the first line's indentation."""
    pad = " " * indent
    names = list(names)
    flat_import = f"from {module} import {', '.join(names)}"
    if indent + width(flat_import) <= LINE_LENGTH:
        return flat_import
    inner = " " * (indent + INDENT)
    return "\n".join([f"from {module} import (", *(f"{inner}{name}," for name in names), f"{pad})"])


def text(node: Node, indent: int = 0, prefix: str = "", suffix: str = "") -> str:
    """:func:`lines` joined, without the first line's indentation (a template writes it)."""
    return "\n".join(lines(node, indent, prefix, suffix))[indent:]
