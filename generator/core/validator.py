"""Check the bundled document against the OpenAPI specification of its own version.

The document's ``openapi`` field picks the validator: 3.0.x, 3.1.x and 3.2.x each have theirs
in openapi-spec-validator; any other value (a Swagger 2.0 document, a version without its
patch number, a future major version) is refused with one located problem. This module turns
the validator's findings into :class:`~generator.core.problems.Problem` values that point at the
source file and line. In lenient mode those findings are kept as warnings on the bundle instead
of being raised.

Validation by parts: the document is valid exactly when each of its parts is valid, a part
being one path item or one component, each checked in a document of its own that holds the
root fields (info, servers, tags, ...) and every component the part refers to, directly or
not. A part is named by the hash of that content, and the names of the parts found valid are
kept (in the output's MANIFEST), so that after an edit only the parts whose content changed
are checked again. Parts only ever prove validity: when one is invalid, or when most of them
changed, the whole document is validated as one, so the problems reported and their places
are always those of a full validation.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from openapi_spec_validator import (
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
    OpenAPIV32SpecValidator,
)

from generator.core.bundler import Bundle
from generator.core.loader import join_pointer, resolve_pointer
from generator.core.problems import Problem, SpecError

_OPERATION_IN_PATH = re.compile(r"for '(?P<method>[a-z]+)'(?: operation)? in '(?P<path>/[^']*)'")
_PATH_ONLY = re.compile(r"in '(?P<path>/[^']*)'")
_UNEXPECTED = re.compile(r"\('(?P<key>[^']+)'(?:, '[^']+')* (?:was|were) unexpected\)")

#: Problems our own lint rules report with a better message; the validator's copy is dropped.
_REPORTED_BY_LINT = ("Operation ID",)


def _pointer_for(error: Any) -> str:
    path = list(getattr(error, "absolute_path", []) or [])
    if path:
        pointer = ""
        for token in path:
            pointer = join_pointer(pointer, token)
        return pointer
    message = str(getattr(error, "message", error))
    match = _OPERATION_IN_PATH.search(message)
    if match:
        return join_pointer(join_pointer("/paths", match["path"]), match["method"])
    match = _PATH_ONLY.search(message)
    if match:
        return join_pointer("/paths", match["path"])
    return ""


#: OpenAPI minor version -> the validator of that version.
VALIDATORS: dict[str, Any] = {
    "3.0": OpenAPIV30SpecValidator,
    "3.1": OpenAPIV31SpecValidator,
    "3.2": OpenAPIV32SpecValidator,
}
#: What the ``openapi`` field must look like (the pattern of the versions' own JSON schemas).
_VERSION = re.compile(r"(?P<minor>3\.[0-9]+)\.(?:0|[1-9][0-9]*)(?:-.+)?")


def openapi_version(bundle: Bundle) -> str:
    """The document's OpenAPI minor version (``"3.0"``, ``"3.1"`` or ``"3.2"``); raise
    :class:`SpecError` with one located problem when the ``openapi`` field does not name a
    version this generator validates."""
    document = bundle.document
    supported = ", ".join(f"{minor}.x" for minor in VALIDATORS)
    if "openapi" not in document:
        if "swagger" in document:
            raise SpecError(
                [
                    Problem(
                        bundle.locate("/swagger"),
                        "openapi-version",
                        f"this is a Swagger {document['swagger']} document; only OpenAPI "
                        f"{supported} is read",
                        "convert it to OpenAPI 3 (e.g. with swagger2openapi) and write "
                        "`openapi: 3.1.0` at the top",
                    )
                ]
            )
        raise SpecError(
            [
                Problem(
                    bundle.locate(""),
                    "openapi-version",
                    "the document has no `openapi` field naming its OpenAPI version",
                    "write the version first in the root file, e.g. `openapi: 3.1.0`",
                )
            ]
        )
    value = document["openapi"]
    where = bundle.locate("/openapi")
    if not isinstance(value, str):
        raise SpecError(
            [
                Problem(
                    where,
                    "openapi-version",
                    f"the OpenAPI version must be a string, not {type(value).__name__} {value!r}",
                    "quote it and give all three numbers, e.g. `openapi: '3.1.0'`",
                )
            ]
        )
    match = _VERSION.fullmatch(value)
    if match is None:
        shape = re.fullmatch(r"3\.[0-9]+", value)
        raise SpecError(
            [
                Problem(
                    where,
                    "openapi-version",
                    (
                        f"OpenAPI version {value!r} lacks its patch number"
                        if shape
                        else f"{value!r} is not an OpenAPI version this generator reads "
                        f"({supported})"
                    ),
                    (
                        f"write all three numbers, e.g. `openapi: {value}.0`"
                        if shape
                        else "write the version the document follows, e.g. `openapi: 3.1.0`"
                    ),
                )
            ]
        )
    if match["minor"] not in VALIDATORS:
        raise SpecError(
            [
                Problem(
                    where,
                    "openapi-version",
                    f"OpenAPI {value} is not a version this generator reads ({supported})",
                    "write the version the document follows, e.g. `openapi: 3.1.0`",
                )
            ]
        )
    return match["minor"]


def _fix_for(message: str, version: str = "3.1") -> str:
    if "was not resolved" in message or "path parameter" in message.lower():
        return "declare every {name} of the path as an `in: path` parameter with that exact name"
    if "is a required property" in message:
        return "add the missing property"
    if "Additional properties are not allowed" in message or "unevaluated" in message.lower():
        return "remove or correct the key; OpenAPI allows only its own keys here (vendor keys start with x-)"
    if (
        "does not match '^[a-zA-Z0-9._-]+$'" in message
        or "does not match '^[a-zA-Z0-9\\.\\-_]+$'" in message
    ):
        return "name the component with ASCII letters, digits, '.', '_' and '-' only"
    if "is not valid under any of the given schemas" in message:
        return f"compare this object with the OpenAPI {version} definition of its kind"
    return f"make this part follow the OpenAPI {version} specification"


def _depth(error: Any) -> int:
    return len(list(getattr(error, "absolute_path", []) or []))


def _deepest(error: Any) -> Any:
    """The most specific of an error's alternatives (``oneOf``/``anyOf`` keep them in
    ``context``): the first of those whose path reaches furthest into the document."""
    alternatives = [_deepest(sub) for sub in getattr(error, "context", None) or []]
    if not alternatives:
        return error
    best = max(alternatives, key=_depth)  # max() keeps the first of equals
    return best if _depth(best) >= _depth(error) else error


def _children(node: Any) -> list[tuple[str | int, Any]]:
    if isinstance(node, dict):
        return list(node.items())
    if isinstance(node, list):
        return list(enumerate(node))
    return []


def _iter_nodes(document: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(document, dict):
        yield pointer, document
        for key, value in document.items():
            yield from _iter_nodes(value, join_pointer(pointer, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _iter_nodes(value, join_pointer(pointer, index))


def _locate(bundle: Bundle, error: Any) -> str:
    """The document pointer of an error. Schema objects are checked one at a time, so their
    errors carry a path relative to the schema: find the schema it continues."""
    pointer = _pointer_for(error)
    unexpected = _UNEXPECTED.search(str(getattr(error, "message", "")))
    relative = list(getattr(error, "absolute_path", []) or [])
    instance = getattr(error, "instance", None)
    if unexpected is not None:  # point at the first key that is not allowed, not at its owner
        key = unexpected["key"]
        relative.append(key)
        instance = instance.get(key) if isinstance(instance, dict) else None
        pointer = join_pointer(pointer, key)
    if not relative:
        if isinstance(instance, (str, int, float)) and not isinstance(instance, bool):
            for base, _ in _iter_nodes(bundle.document):
                for key, value in _children(resolve_pointer(bundle.document, base)):
                    if value == instance and type(value) is type(instance):
                        return join_pointer(base, key)
        return pointer
    try:
        found = resolve_pointer(bundle.document, pointer)
        if found == instance:
            return pointer
        if isinstance(found, dict) and isinstance(instance, str) and instance in found:
            # a key that breaks the owner's rules (propertyNames, e.g. a component name)
            return join_pointer(pointer, instance)
    except (KeyError, ValueError):
        pass
    suffix = "".join(join_pointer("", token) for token in relative)
    for base, _ in _iter_nodes(bundle.document):
        try:
            if resolve_pointer(bundle.document, base + suffix) == instance:
                return base + suffix
        except (KeyError, ValueError):
            continue
    return pointer


def _run_validator(
    document: dict[str, Any], version: str = "3.1"
) -> tuple[list[Any], Exception | None]:
    """The validator's findings, and the exception it died of, if it did (what it found
    before that is kept)."""
    found: list[Any] = []
    try:
        iterator = VALIDATORS[version](document).iter_errors()
    except Exception as error:  # the validator could not even start on this document
        return found, error
    while True:
        try:
            found.append(next(iterator))
        except StopIteration:
            return found, None
        except Exception as error:  # the validator tripped over the broken document
            return found, error


def _ref_cycles(bundle: Bundle) -> list[Problem]:
    """Components that are only a ``$ref`` to a component that is only a ``$ref`` ... back to
    the first: they describe nothing, and would send the validator round in circles."""
    components = bundle.document.get("components")
    problems: list[Problem] = []
    reported: set[str] = set()
    for kind, members in (components if isinstance(components, dict) else {}).items():
        for name in members if isinstance(members, dict) else {}:
            start = f"#/components/{kind}/{name}"
            chain = [start]
            node = members[name]
            while isinstance(node, dict) and isinstance(node.get("$ref"), str):
                target = node["$ref"]
                if target in chain:
                    cycle = chain[chain.index(target) :]
                    if not reported.intersection(cycle):
                        reported.update(cycle)
                        names = " -> ".join(ref.rsplit("/", 1)[1] for ref in [*cycle, target])
                        problems.append(
                            Problem(
                                bundle.locate(join_pointer(target[1:], "$ref")),
                                "ref-cycle",
                                f"these components only refer to each other: {names}",
                                "give one of them a real definition (a type, properties ...)",
                            )
                        )
                    break
                chain.append(target)
                try:
                    node = (
                        resolve_pointer(bundle.document, target[1:])
                        if target.startswith("#")
                        else None
                    )
                except (KeyError, ValueError):
                    break
    return problems


#: Part names depend on the validator's version and on this module's source.
_SALT = hashlib.sha256(
    "|".join([metadata.version("openapi-spec-validator"), metadata.version("jsonschema")]).encode()
    + Path(__file__).read_bytes().replace(b"\r\n", b"\n")
).hexdigest()
#: When more than this share of the parts changed, one full validation is quicker.
_MOST = 0.25
_COMPONENTS = "#/components/"


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _refs(value: Any, found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENTS):
            kind, _, name = ref[len(_COMPONENTS) :].partition("/")
            found.add((kind, name.replace("~1", "/").replace("~0", "~")))
        for item in value.values():
            _refs(item, found)
    elif isinstance(value, list):
        for item in value:
            _refs(item, found)
    return found


class _Parts:
    """The parts of a document, their names and the documents that check them."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.skeleton = {k: v for k, v in document.items() if k not in ("paths", "components")}
        components = document.get("components")
        self.components: dict[str, Any] = components if isinstance(components, dict) else {}
        self.direct: dict[tuple[str, str], set[tuple[str, str]]] = {}
        self.hashes: dict[tuple[str, str], str] = {}
        for kind, members in self.components.items():
            for name, value in members.items() if isinstance(members, dict) else ():
                self.direct[(kind, name)] = _refs(value, set())
                self.hashes[(kind, name)] = _digest([kind, name, value])
        skeleton = _digest(self.skeleton)
        #: part name -> (path items, components at the start of its closure)
        self.parts: dict[str, tuple[dict[str, Any], set[tuple[str, str]]]] = {}
        paths = document.get("paths")
        for url, item in paths.items() if isinstance(paths, dict) else ():
            self._add(skeleton, {url: item}, _refs(item, set()), _digest(["path", url, item]))
        for key in self.direct:
            self._add(skeleton, {}, {key}, "")

    def _closure(self, start: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        seen: set[tuple[str, str]] = set()
        todo = list(start)
        while todo:
            key = todo.pop()
            if key not in seen and key in self.direct:
                seen.add(key)
                todo.extend(self.direct[key])
        return sorted(seen)

    def _add(
        self, skeleton: str, paths: dict[str, Any], start: set[tuple[str, str]], own: str
    ) -> None:
        members = [self.hashes[key] for key in self._closure(start)]
        name = hashlib.sha256("|".join([_SALT, skeleton, own, *members]).encode()).hexdigest()
        self.parts[name] = (paths, start)

    def document_of(self, name: str) -> dict[str, Any]:
        paths, start = self.parts[name]
        components: dict[str, dict[str, Any]] = {}
        for kind, member in self._closure(start):
            components.setdefault(kind, {})[member] = self.components[kind][member]
        document = {**self.skeleton, "components": components}
        if "paths" in self.document:
            document["paths"] = paths
        return document


def _valid(document: dict[str, Any], version: str = "3.1") -> bool:
    try:
        errors = VALIDATORS[version](document).iter_errors()
        return not any(
            not str(getattr(e, "message", e)).startswith(_REPORTED_BY_LINT) for e in errors
        )
    except Exception:  # any doubt: the full validation decides
        return False


def validate_openapi(
    bundle: Bundle, known_valid: Iterable[str] = (), *, lenient: bool = False
) -> frozenset[str]:
    """Raise :class:`SpecError` listing every way the bundle breaks the OpenAPI version it
    declares; else return the names of the document's parts (all valid), to be passed as
    ``known_valid`` next time.

    With ``lenient`` the validator's findings do not raise: they are appended to
    ``bundle.warnings`` as warnings, and no part is returned as valid. Problems that make
    validation itself impossible (an unknown version, components that only refer to each
    other) are raised in both modes."""
    version = openapi_version(bundle)
    cycles = _ref_cycles(bundle)
    if cycles:  # checked first: the validator would go round such a cycle until it overflows
        raise SpecError(cycles)
    try:
        parts = _Parts(bundle.document)
    except (TypeError, ValueError):  # not JSON-like: validate it whole
        _report(bundle, _validate_whole(bundle, version), lenient)
        return frozenset()
    known = set(known_valid)
    unchecked = [name for name in parts.parts if name not in known]
    if (
        not parts.parts  # no part carries the root fields: only a whole validation checks them
        or len(unchecked) > _MOST * len(parts.parts)
        or not all(_valid(parts.document_of(name), version) for name in unchecked)
    ):
        problems = _validate_whole(bundle, version)
        if problems:
            _report(bundle, problems, lenient)
            return frozenset()
    return frozenset(parts.parts)


def _report(bundle: Bundle, problems: list[Problem], lenient: bool) -> None:
    if not problems:
        return
    if not lenient:
        raise SpecError(problems)
    bundle.warnings.extend(problem.as_warning() for problem in problems)


def _validate_whole(bundle: Bundle, version: str = "3.1") -> list[Problem]:
    problems: list[Problem] = []
    errors, crash = _run_validator(bundle.document, version)
    located: list[tuple[str, str]] = []
    for found in errors:
        found = _deepest(found)
        message = str(getattr(found, "message", found))
        if not message.startswith(_REPORTED_BY_LINT):
            located.append((_locate(bundle, found), message))
    placed = {message for pointer, message in located if pointer}
    for pointer, message in located:
        if not pointer and message in placed:
            continue  # the same finding without its place, next to the one that has it
        problems.append(
            Problem(
                bundle.locate(pointer),
                "openapi-invalid",
                f"not valid OpenAPI {version}: {message}",
                _fix_for(message, version),
            )
        )
    if crash is not None and not problems:
        problems.append(
            Problem(
                bundle.locate(""),
                "openapi-invalid",
                f"the OpenAPI validator could not check the document: {type(crash).__name__}: {crash}",
                "fix the problem named above; it usually means a reference or value of the wrong kind",
            )
        )
    return problems
