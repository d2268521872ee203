"""Serialise the bundled document as YAML, fast and exactly as PyYAML's pure-Python emitter.

libyaml's emitter is several times faster, but it folds long double-quoted strings at other
places than the pure-Python one. The document is therefore written part by part (each path
item and each component, wrapped in its keys so that it sits at the same column): a part
with no string that could be double-quoted (one holding a line break, a tab or a character
that is not printable) goes through libyaml, the others through the pure-Python emitter.
Block mappings are written entry by entry, so the parts joined are the whole document's
text. A document that shares one container object in two places (which YAML would write as
an anchor and an alias) is written whole by the pure-Python emitter.
"""

from __future__ import annotations

from typing import Any

import yaml

_OPTIONS: dict[str, Any] = {
    "sort_keys": False,
    "allow_unicode": True,
    "width": 100,
    "default_flow_style": False,
}
_FAST = getattr(yaml, "CSafeDumper", None) if getattr(yaml, "__with_libyaml__", False) else None
#: Top-level keys written part by part, with how many levels of keys wrap each part.
_SPLIT = {"paths": 1, "components": 2}


class LiteralText(str):
    """A string that YAML output writes as a literal block (``|``), e.g. source code."""


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe emitter, which also knows :class:`LiteralText`."""


def _literal(dumper: yaml.SafeDumper, text: LiteralText) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(text), style="|")


_Dumper.add_representer(LiteralText, _literal)


class _FastDumper(_FAST or yaml.SafeDumper):  # type: ignore[misc]
    """libyaml's emitter, which also knows :class:`LiteralText` (a literal block is written
    the same by both emitters)."""


_FastDumper.add_representer(LiteralText, _literal)


def _pure(document: Any) -> str:
    return str(yaml.dump(document, Dumper=_Dumper, **_OPTIONS))


def _may_be_double_quoted(value: Any) -> bool:
    if isinstance(value, LiteralText):
        return not all(line.isprintable() for line in value.split("\n"))
    if isinstance(value, str):
        return not value.isprintable()
    if isinstance(value, dict):
        return any(_may_be_double_quoted(k) or _may_be_double_quoted(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_may_be_double_quoted(item) for item in value)
    return False


def _shares_containers(document: Any) -> bool:
    seen: set[int] = set()
    todo = [document]
    while todo:
        value = todo.pop()
        if isinstance(value, (dict, list)):
            if id(value) in seen:
                return True
            seen.add(id(value))
            todo.extend(value.values() if isinstance(value, dict) else value)
    return False


def _part(wrapped: dict[str, Any], leaf: Any) -> str:
    if _FAST is not None and not _may_be_double_quoted(leaf):
        return str(yaml.dump(wrapped, Dumper=_FastDumper, **_OPTIONS))
    return _pure(wrapped)


def _entries(key: str, value: Any, depth: int, prefix: list[str]) -> list[str] | None:
    """The text of ``{key: value}`` at the nesting of ``prefix``, part by part; ``None``
    when it is not a mapping that can be split."""
    if not isinstance(value, dict) or not value:
        return None
    head_lines = len(prefix) + 1
    texts = []
    for name, item in value.items():
        if depth > 1:
            inner = _entries(name, item, depth - 1, [*prefix, key])
            if inner is not None:
                texts.extend(inner)
                continue
        wrapped: Any = {name: item}
        for outer in reversed([*prefix, key]):
            wrapped = {outer: wrapped}
        text = _part(wrapped, item)
        texts.append(text.split("\n", head_lines)[head_lines])
    head = _pure(_nest([*prefix, key], {"x": None}))
    return ["\n".join(head.split("\n")[len(prefix) : head_lines]) + "\n", *texts]


def _nest(keys: list[str], leaf: Any) -> Any:
    for key in reversed(keys):
        leaf = {key: leaf}
    return leaf


def dump_yaml(document: Any) -> str:
    """Serialise a document as YAML, keeping key order (deterministic across runs)."""
    if _FAST is None or not isinstance(document, dict) or _shares_containers(document):
        return _pure(document)
    texts = []
    for key, value in document.items():
        entries = _entries(key, value, _SPLIT[key], []) if key in _SPLIT else None
        texts.extend(entries if entries is not None else [_part({key: value}, value)])
    return "".join(texts)
