"""Load YAML or JSON files into plain data while remembering where every value came from.

PyYAML builds a node tree that carries line and column marks; this module turns it into
dicts, lists and scalars and keeps a table from JSON pointer to position, so that later
stages can name ``file:line:col`` for any value. Duplicate mapping keys, which PyYAML would
silently collapse, are reported as problems.

The node tree is composed by libyaml (PyYAML's C parser) when it is installed, which is
several times faster than the pure-Python composer; the positions and the data are the same.
A file libyaml rejects is parsed again by the pure-Python composer so that the YAML syntax
error reads the same with or without libyaml.

A file named ``*.json`` is read as JSON: the standard library parses it, and a small scanner
of its tokens records the position of every value and finds duplicate keys.

A spec is untrusted input, so both readers are bounded: nesting deeper than
:data:`MAX_DEPTH` is refused before anything recursive sees it (libyaml's composer would
crash the process, the Python one would overflow), and YAML aliases may not expand the
document by more than :data:`MAX_ALIAS_EXPANSION` nodes (a "billion laughs" file is refused
at its anchor instead of filling the memory); recursive aliases are refused too.
"""

from __future__ import annotations

import bisect
import json
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


#: Deepest nesting of mappings and sequences a file may have.
MAX_DEPTH = 200
#: How many nodes YAML aliases may add to a file's data, over the nodes written in it.
MAX_ALIAS_EXPANSION = 1_000_000
#: Largest file read, in bytes.
MAX_FILE_BYTES = 256 * 1024 * 1024


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
        # computed once per file: a large spec asks for it for every value it copies
        cached = self.__dict__.get("_display")
        if cached is None or cached[0] is not self.path:
            cached = (self.path, display_path(self.path))
            self.__dict__["_display"] = cached
        return cached[1]

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

    def build(self, node: Node, pointer: str, depth: int = 0) -> Any:
        if isinstance(node, (MappingNode, SequenceNode)) and depth >= MAX_DEPTH:
            if not self.problems or self.problems[-1].rule != "nesting-depth":
                line, column = _mark(node)
                self.problems.append(_too_deep(Location(self.source.display, line, column)))
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, pointer, depth)
        if isinstance(node, SequenceNode):
            result = []
            for index, item in enumerate(node.value):
                child = join_pointer(pointer, index)
                self.source.positions[child] = _mark(item)
                result.append(self.build(item, child, depth + 1))
            return result
        assert isinstance(node, ScalarNode)
        if node.tag == _STR:
            return node.value
        try:
            return self.loader.construct_object(node, deep=True)
        except ValueError as error:  # e.g. an integer of more digits than Python converts
            line, column = _mark(node)
            self.problems.append(
                Problem(
                    Location(self.source.display, line, column),
                    "yaml-value",
                    f"this value cannot be read: {error}",
                    "write it as a quoted string, or shorten it",
                )
            )
            return None

    def _mapping(self, node: MappingNode, pointer: str, depth: int) -> dict[str, Any]:
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
            result[key] = self.build(value_node, child, depth + 1)
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


def _depth_bound(text: str) -> int:
    """An upper bound, found without parsing, of how deep a YAML text nests the collections
    that are cheap to nest: flow collections need a bracket each, compact block sequences
    another ``-`` (or ``?``) on the line. Block collections nested by indentation alone need
    ever more indentation, so only a file with extremely deep indentation counts that too;
    the builder refuses the rest (any nesting deeper than :data:`MAX_DEPTH`)."""
    openers = text.count("[") + text.count("{")
    indicators = max(
        (len(m) // 2 for m in re.findall(r"(?:[-?:][ \t]+)+", text)),
        default=0,
    )
    indents = re.findall(r"^[ ]{1000,}", text, re.MULTILINE)
    deepest_indent = max(map(len, indents), default=0)
    return openers + 2 * indicators + deepest_indent


def _depth_problem(source: SourceFile, text: str, loader_class: Any) -> Problem | None:
    """The first collection nested deeper than :data:`MAX_DEPTH`, found from the parser's
    events (libyaml's parser is not recursive; its composer is)."""
    if _depth_bound(text) <= MAX_DEPTH:
        return None
    loader: Any = None
    depth = 0
    try:
        loader = loader_class(text)
        while True:
            event = loader.get_event()
            if event is None:
                return None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    return _too_deep(Location(source.display, line, column))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:  # reported by the composer, with the usual wording
        return None
    finally:
        if loader is not None:
            loader.dispose()


def _too_deep(location: Location) -> Problem:
    return Problem(
        location,
        "nesting-depth",
        f"mappings and lists are nested more than {MAX_DEPTH} levels deep here",
        "flatten the structure: move nested schemas to components and refer to them with $ref",
    )


def _alias_problem(source: SourceFile, root: Node) -> Problem | None:
    """Refuse aliases that refer to their own anchor (the data would be infinite) or that
    expand the document by more than :data:`MAX_ALIAS_EXPANSION` nodes. The composer shares
    one node among all aliases of an anchor, so sizes are counted without expanding."""
    size: dict[int, int] = {}
    uses: dict[int, int] = {}
    nodes: dict[int, Node] = {}
    state: dict[int, int] = {}  # 1: being counted, 2: done
    stack: list[tuple[Node, bool]] = [(root, False)]
    uses[id(root)] = 1
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            children = _node_children(node)
            size[key] = 1 + sum(size[id(child)] for child in children)
            state[key] = 2
            continue
        if state.get(key) == 2:
            continue
        if state.get(key) == 1:
            continue
        state[key] = 1
        nodes[key] = node
        stack.append((node, True))
        for child in _node_children(node):
            child_key = id(child)
            uses[child_key] = uses.get(child_key, 0) + 1
            if state.get(child_key) == 1:
                line, column = _mark(child)
                return Problem(
                    Location(source.display, line, column),
                    "yaml-alias-recursive",
                    "an alias inside this anchored node refers to the node itself",
                    "write the structure out, or use a $ref (OpenAPI allows recursive schemas)",
                )
            if child_key not in state:
                stack.append((child, False))
    expanded = size[id(root)] - len(nodes)
    if expanded <= MAX_ALIAS_EXPANSION:
        return None
    worst = max(nodes, key=lambda key: ((uses.get(key, 1) - 1) * size[key], -key))
    line, column = _mark(nodes[worst])
    return Problem(
        Location(source.display, line, column),
        "yaml-alias-bomb",
        f"the aliases of this anchor expand the file by more than {MAX_ALIAS_EXPANSION:,} "
        f"values ({expanded:,})",
        "write shared parts once as components and refer to them with $ref",
    )


def _node_children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load_yaml_text(text: str, path: Path) -> SourceFile:
    """Parse ``text`` (the content of ``path``); raise :class:`SpecError` on any problem."""
    loader_class = _CLoader if USE_LIBYAML else _Loader
    deep = _depth_problem(SourceFile(path=path, data=None), text, loader_class)
    if deep is not None:
        raise SpecError([deep])
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
        # no anchor or no alias in the text: nothing can expand (the usual case, checked cheaply)
        bounded = _alias_problem(source, node) if "&" in text and "*" in text else None
        if bounded is not None:
            raise SpecError([bounded])
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


#: The tokens that matter for positions: strings, brackets and other scalars (commas and
#: colons are skipped by the search itself).
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]|[^\s{}\[\],:"]+')


class _JsonPositions:
    """Positions of every value of a JSON text (already known to parse) and its duplicate
    keys, by one pass over its tokens; also the first place nested too deeply."""

    def __init__(self, source: SourceFile, text: str) -> None:
        self.source = source
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.problems: list[Problem] = []

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def scan(self) -> None:
        positions = self.source.positions
        # one frame per open collection: [pointer, next index or None for objects, keys seen]
        stack: list[tuple[str, list[int], dict[str, int] | None]] = []
        pending_key: str | None = None  # the pointer of the value that comes next
        expect_key = False
        for match in _JSON_TOKEN.finditer(self.text):
            token = match.group()
            first = token[0]
            if first in "]}":
                stack.pop()
                expect_key = bool(stack) and stack[-1][2] is not None
                continue
            if expect_key:  # a key of the innermost object
                key = json.loads(token) if "\\" in token else token[1:-1]
                pointer, _, seen = stack[-1]
                assert seen is not None
                offset = match.start()
                if key in seen:
                    line, column = self.position(offset)
                    first_line = self.position(seen[key])[0]
                    self.problems.append(
                        Problem(
                            Location(self.source.display, line, column),
                            "json-duplicate-key",
                            f"key {key!r} appears twice in the same object "
                            f"(first on line {first_line})",
                            "remove or rename one of the two entries",
                        )
                    )
                else:
                    seen[key] = offset
                pending_key = join_pointer(pointer, key)
                positions.setdefault(pending_key, self.position(offset))
                expect_key = False
                continue
            if stack:
                pointer, counter, seen = stack[-1]
                if seen is None:  # an array item
                    child = join_pointer(pointer, counter[0])
                    counter[0] += 1
                    positions[child] = self.position(match.start())
                else:
                    assert pending_key is not None
                    child = pending_key
            else:
                child = ""
            if first in "[{":
                if len(stack) >= MAX_DEPTH:
                    line, column = self.position(match.start())
                    self.problems.append(_too_deep(Location(self.source.display, line, column)))
                    return
                stack.append((child, [0], {} if first == "{" else None))
                expect_key = first == "{"
            else:
                expect_key = bool(stack) and stack[-1][2] is not None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_json_text(text: str, path: Path) -> SourceFile:
    """Parse the JSON ``text`` (the content of ``path``); raise :class:`SpecError` on any
    problem: syntax errors, duplicate keys and too deep nesting, each at its position."""
    source = SourceFile(path=path, data=None, positions={"": (1, 1)})
    if not text.strip():
        raise SpecError(
            [
                Problem(
                    Location(source.display),
                    "json-empty",
                    "the file is empty",
                    "write the JSON document",
                )
            ]
        )
    scanner = _JsonPositions(source, text)
    try:
        source.data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise SpecError(
            [
                Problem(
                    Location(source.display, error.lineno, error.colno),
                    "json-syntax",
                    f"JSON syntax error: {error.msg}",
                    "correct the JSON at this position (check commas, quotes and brackets)",
                )
            ]
        ) from None
    except RecursionError:
        scanner.scan()  # finds the place nested too deeply
        raise SpecError(scanner.problems or [_too_deep(Location(source.display))]) from None
    except ValueError as error:  # NaN, Infinity, integers with too many digits
        raise SpecError(
            [
                Problem(
                    Location(source.display),
                    "json-value",
                    f"a value cannot be read: {error}",
                    "write numbers as plain JSON numbers of reasonable size",
                )
            ]
        ) from None
    scanner.scan()
    if scanner.problems:
        raise SpecError(scanner.problems)
    return source


def is_json(path: Path) -> bool:
    """True for the files read as JSON (by their name)."""
    return path.suffix.lower() == ".json"


def load_text(text: str, path: Path) -> SourceFile:
    """Parse ``text`` as JSON or YAML, by the name of ``path``."""
    return load_json_text(text, path) if is_json(path) else load_yaml_text(text, path)


def load_file(path: Path) -> SourceFile:
    """Read and parse one YAML or JSON file; unreadable files are reported as problems."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SpecError(
                [
                    Problem(
                        Location(display_path(path)),
                        "file-too-large",
                        f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB",
                        "split it into several files joined by $ref",
                    )
                ]
            )
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
    if text.startswith("\ufeff"):  # a byte order mark: not part of the document
        text = text[1:]
    return load_text(text, path)
