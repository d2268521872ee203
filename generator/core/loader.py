"""Load YAML files into plain data while remembering where every value came from.

PyYAML builds a node tree that carries line and column marks; this module turns it into
dicts, lists and scalars and keeps a table from JSON pointer to position, so that later
stages can name ``file:line:col`` for any value. Duplicate mapping keys, which PyYAML would
silently collapse, are reported as problems.

The node tree is composed by libyaml (PyYAML's C parser) when it is installed, which is
several times faster than the pure-Python composer; the positions and the data are the same.
A file libyaml rejects is parsed again by the pure-Python composer so that the YAML syntax
error reads the same with or without libyaml.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.core.problems import Location, Problem, SpecError

_RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_STR = "tag:yaml.org,2002:str"


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates in a spec stay strings."""

    yaml_implicit_resolvers = _RESOLVERS


_CLoader: Any = None
if getattr(yaml, "__with_libyaml__", False):  # pragma: no branch - depends on the install

    class _CLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """The same loader on libyaml's parser and composer."""

        yaml_implicit_resolvers = _RESOLVERS


#: Set YUNXIN_SDKGEN_PURE_YAML=1 to compose with the pure-Python parser (for comparisons).
USE_LIBYAML = _CLoader is not None and os.environ.get("YUNXIN_SDKGEN_PURE_YAML") != "1"


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """Undo :func:`escape_pointer_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, token: str | int) -> str:
    """Append one token to a JSON pointer."""
    return f"{pointer}/{escape_pointer_token(str(token))}"


def split_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer into unescaped tokens; ``""`` is the whole document."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer {pointer!r} must start with '/'")
    return [unescape_pointer_token(token) for token in pointer[1:].split("/")]


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Return the value at ``pointer``; raise ``KeyError`` when there is none."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif (
            isinstance(node, list)
            and re.fullmatch(r"0|[1-9][0-9]*", token)
            and int(token) < len(node)
        ):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def display_path(path: Path) -> str:
    """The path as messages show it: relative to the working directory when inside it."""
    try:
        return Path(os.path.relpath(path)).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


@dataclass
class SourceFile:
    """A loaded YAML file: its data and the position of every JSON pointer in it."""

    path: Path
    data: Any
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def display(self) -> str:
        return display_path(self.path)

    def location(self, pointer: str) -> Location:
        """Position of ``pointer``, or of its nearest ancestor that has one."""
        probe = pointer
        while probe not in self.positions and probe:
            probe = probe.rsplit("/", 1)[0]
        line, column = self.positions.get(probe, (1, 1))
        return Location(self.display, line, column)


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, loader: Any, source: SourceFile) -> None:
        self.loader = loader
        self.source = source
        self.problems: list[Problem] = []

    def build(self, node: Node, pointer: str) -> Any:
        if isinstance(node, MappingNode):
            return self._mapping(node, pointer)
        if isinstance(node, SequenceNode):
            result = []
            for index, item in enumerate(node.value):
                child = join_pointer(pointer, index)
                self.source.positions[child] = _mark(item)
                result.append(self.build(item, child))
            return result
        assert isinstance(node, ScalarNode)
        if node.tag == _STR:
            return node.value
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node: MappingNode, pointer: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                line, column = _mark(key_node)
                self.problems.append(
                    Problem(
                        Location(self.source.display, line, column),
                        "yaml-key",
                        "a mapping key must be a plain scalar",
                        "write the key as a string",
                    )
                )
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, column = _mark(key_node)
                self.problems.append(
                    Problem(
                        Location(self.source.display, line, column),
                        "yaml-merge-key",
                        "YAML merge keys (`<<`) are not supported in the spec",
                        "use a $ref to a shared component instead of merging mappings",
                    )
                )
                continue
            key = key_node.value
            position = _mark(key_node)
            if key in first_seen:
                line, column = position
                first_line = first_seen[key][0]
                self.problems.append(
                    Problem(
                        Location(self.source.display, line, column),
                        "yaml-duplicate-key",
                        f"key {key!r} appears twice in the same mapping (first on line {first_line})",
                        "remove or rename one of the two entries",
                    )
                )
                continue
            first_seen[key] = position
            child = join_pointer(pointer, key)
            self.source.positions[child] = position
            result[key] = self.build(value_node, child)
        return result


def _reader_problem(source: SourceFile, text: str, error: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (NUL, most control characters), at its line and column."""
    before = text[: error.position]
    line = before.count("\n") + 1
    column = error.position - (before.rfind("\n") + 1) + 1
    character = error.character if isinstance(error.character, str) else chr(error.character)
    return Problem(
        Location(source.display, line, column),
        "yaml-character",
        f"the character U+{ord(character):04X} is not allowed in YAML",
        "remove it, or write it as an escape (e.g. \\u0000) inside a double-quoted string",
    )


def load_yaml_text(text: str, path: Path) -> SourceFile:
    """Parse ``text`` (the content of ``path``); raise :class:`SpecError` on any problem."""
    if USE_LIBYAML:
        try:
            return _load(text, path, _CLoader)
        except SpecError as error:
            if not any(problem.rule == "yaml-syntax" for problem in error.problems):
                raise
        # libyaml words its syntax errors differently: report the pure-Python parser's
    return _load(text, path, _Loader)


def _load(text: str, path: Path, loader_class: Any) -> SourceFile:
    source = SourceFile(path=path, data=None, positions={"": (1, 1)})
    builder: _Builder | None = None
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as error:
        raise SpecError([_reader_problem(source, text, error)]) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecError(
                [
                    Problem(
                        Location(source.display),
                        "yaml-empty",
                        "the file is empty",
                        "write the YAML document",
                    )
                ]
            )
        builder = _Builder(loader, source)
        source.data = builder.build(node, "")
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise SpecError(
            [
                Problem(
                    Location(source.display, line, column),
                    "yaml-syntax",
                    f"YAML syntax error: {what}",
                    "correct the YAML at this position (check indentation, quotes and colons)",
                )
            ]
        ) from None
    except yaml.reader.ReaderError as error:
        raise SpecError([_reader_problem(source, text, error)]) from None
    except yaml.YAMLError as error:
        raise SpecError(
            [
                Problem(
                    Location(source.display),
                    "yaml-syntax",
                    f"YAML error: {error}",
                    "correct the YAML",
                )
            ]
        ) from None
    finally:
        loader.dispose()
    assert builder is not None
    if builder.problems:
        raise SpecError(builder.problems)
    return source


def load_yaml_file(path: Path) -> SourceFile:
    """Read and parse one YAML file; unreadable files are reported as problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(
            [
                Problem(
                    Location(display_path(path)),
                    "file-missing",
                    "the file does not exist",
                    "check the path",
                )
            ]
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(
            [
                Problem(
                    Location(display_path(path)),
                    "file-unreadable",
                    f"the file cannot be read: {error}",
                    "make it a readable UTF-8 text file",
                )
            ]
        ) from None
    return load_yaml_text(text, path)
