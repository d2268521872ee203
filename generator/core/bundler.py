"""Join a multi-file spec into one OpenAPI document.

Any layout of relative ``$ref``s is followed: a ref may point at a fragment of any file of the
spec's folder (YAML or JSON), refs are resolved relative to the file that holds them, and one
file reached by different relative paths is read once. A path item referred to from the root's
``paths`` is written in place; anything else that is referred to across files becomes a
component of the bundle, of the kind its place asks for (a schema where a schema is expected,
a parameter in a ``parameters`` list, ...), named after the last token of its pointer (or its
file, for a whole file), with the file's name, then a number, added when that name is taken.
Kinds that components cannot hold are written in place.

This project's own layout (spec/README.md) keeps its stricter rules, checked here:

* the root file's ``paths`` entries may be ``$ref``s to path items kept in files under
  ``paths/`` (the ref is replaced by the path item itself);
* every other ``$ref`` points at a whole component: a top-level key of a file under
  ``components/``. The file's place decides the component kind: ``components/<kind>.yaml``
  or ``components/<kind>/<any>.yaml``. In the bundle the ref becomes
  ``#/components/<kind>/<key>``.

Besides the document the bundle keeps a source map from every JSON pointer of the bundled
document to the file, line and column it came from, and what each file declares, so that
lint rules can find unused components and path items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any
from urllib.parse import unquote

from generator.core.loader import (
    SourceFile,
    display_path,
    escape_pointer_token,
    join_pointer,
    load_file,
    resolve_pointer,
    split_pointer,
)
from generator.core.problems import Location, Problem, SpecError

COMPONENT_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples")
#: The files of a spec folder that are read.
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
#: Keys that show a file under components/<kind>/ is one component, not a map of them.
_SINGLE_COMPONENT_KEYS: dict[str, frozenset[str]] = {
    "schemas": frozenset(
        [
            "type",
            "properties",
            "allOf",
            "oneOf",
            "anyOf",
            "not",
            "items",
            "enum",
            "const",
            "$ref",
            "required",
            "format",
            "additionalProperties",
            "patternProperties",
            "$schema",
            "$id",
            "$defs",
            "definitions",
            "title",
        ]
    ),
    "parameters": frozenset({"name", "in"}),
    "responses": frozenset({"content", "headers", "links"}),
    "requestBodies": frozenset({"content"}),
    "headers": frozenset({"schema", "content", "style", "explode"}),
    "examples": frozenset({"value", "externalValue", "dataValue", "serializedValue"}),
}
_PATH_ITEM_KEYS = frozenset(
    [
        "get",
        "put",
        "post",
        "delete",
        "options",
        "head",
        "patch",
        "trace",
        "query",
        "additionalOperations",
        "parameters",
        "servers",
        "summary",
        "description",
        "$ref",
    ]
)
#: The parent key (in the bundled document) of a value of each component kind.
_KIND_OF_PARENT = {
    "parameters": "parameters",
    "responses": "responses",
    "headers": "headers",
    "examples": "examples",
}


#: Objects keyed by names (of properties, media types, status codes ...), whose members are
#: never literal data whatever their name.
_NAMED_MAPS = frozenset(
    [
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "examples",
        "responses",
        "headers",
        "content",
        "encoding",
        "links",
        "callbacks",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
        "webhooks",
        "paths",
        "variables",
        "mapping",
        "scopes",
    ]
)


def literal_value(out: str, key: str, value: Any) -> bool:
    """True when ``value``, under ``key`` of the object at ``out`` (a pointer of the bundle),
    is literal data: an example, a default, an enum or const. OpenAPI does not resolve a
    ``$ref`` written there; it is part of the example."""
    tokens = out.rsplit("/", 2)
    if tokens[-1] in _NAMED_MAPS:
        return False
    if key in ("example", "default", "const", "enum"):
        return True
    if key == "examples" and isinstance(value, list):  # a schema's list of examples
        return True
    return key in ("value", "dataValue") and len(tokens) == 3 and tokens[-2] == "examples"


def _spec_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.rglob("*") if path.suffix in SPEC_SUFFIXES and path.is_file()
    )


def _name_token(text: str) -> str:
    """A component name OpenAPI accepts (``^[a-zA-Z0-9._-]+$``) made from ``text``."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", text) or "_"


def _normal_pointer(fragment: str) -> str:
    return "".join(join_pointer("", token) for token in split_pointer(fragment))


@dataclass(frozen=True)
class Target:
    """A value inside a source file: the file and a JSON pointer into it."""

    path: Path
    pointer: str


@dataclass
class Bundle:
    """A bundled spec and everything needed to point back into its source files."""

    root: Path
    document: dict[str, Any]
    source_map: dict[str, Location]
    files: dict[Path, SourceFile]
    #: (kind, name) -> where each component is declared (all files under components/).
    declared_components: dict[tuple[str, str], Target] = field(default_factory=dict)
    #: (kind, name) of the components some $ref used.
    used_components: set[tuple[str, str]] = field(default_factory=set)
    #: Every path item declared in a file under paths/.
    declared_path_items: list[Target] = field(default_factory=list)
    #: Root ``paths`` key -> the path item it refers to.
    path_targets: dict[str, Target] = field(default_factory=dict)
    #: Findings reported without refusing the spec (e.g. the validator's, in lenient mode).
    warnings: list[Problem] = field(default_factory=list)

    def locate(self, pointer: str) -> Location:
        """Source position of a pointer of the bundled document (or of its nearest ancestor)."""
        probe = pointer
        while probe not in self.source_map and probe:
            probe = probe.rsplit("/", 1)[0]
        return self.source_map.get(probe, Location(self.files[self.root].display))

    def target_location(self, target: Target) -> Location:
        return self.files[target.path].location(target.pointer)

    def schema_modules(self) -> dict[str, str]:
        """Schema component name -> the Python module its models go to: the stem of the file
        that declares it, or ``common`` for schemas written in the root file."""
        return {
            name: "common" if target.path == self.root else target.path.stem
            for (kind, name), target in self.declared_components.items()
            if kind == "schemas"
        }


class _Bundler:
    def __init__(self, root: Path) -> None:
        self._resolved: dict[Path, Path] = {}
        self.root = root.resolve()
        self.spec_dir = self.root.parent
        self.components_dir = self.spec_dir / "components"
        self.paths_dir = self.spec_dir / "paths"
        self.files: dict[Path, SourceFile] = {}
        self.problems: list[Problem] = []
        self.source_map: dict[str, Location] = {}
        self.components: dict[str, dict[str, Any]] = {kind: {} for kind in COMPONENT_KINDS}
        self.declared: dict[tuple[str, str], Target] = {}
        self.used: set[tuple[str, str]] = set()
        self.pending: list[tuple[str, str, Target]] = []
        self.path_targets: dict[str, Target] = {}
        self.declared_path_items: list[Target] = []
        #: Files under components/ or paths/ that hold one component or path item.
        self.single_files: set[Path] = set()
        #: Values written in place, being copied (to refuse refs that lead back into them).
        self.inlining: list[Target] = []

    # -- files -----------------------------------------------------------------------------
    def inside(self, path: Path) -> bool:
        """True when ``path`` (resolved: symlinks followed) lies in the spec's folder."""
        return self.resolved(path).is_relative_to(self.spec_dir)

    def resolved(self, path: Path) -> Path:
        """``path.resolve()``, remembered: a large spec resolves the same few files often."""
        known = self._resolved.get(path)
        if known is None:
            known = self._resolved[path] = path.resolve()
        return known

    @staticmethod
    def refused_reference(file_part: str) -> tuple[str, str, str] | None:
        """Why a $ref's file part is never followed: remote or absolute references. A spec is
        untrusted input (it arrives in pull requests), so the generator reads only the files of
        its own folder and never the network."""
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", file_part) or file_part.startswith("//"):
            return (
                "ref-remote",
                "is a remote reference; the generator does not fetch anything",
                "copy the referenced document into the spec's folder and refer to it by a relative path",
            )
        if file_part.startswith(("/", "\\")) or PureWindowsPath(file_part).is_absolute():
            return (
                "ref-absolute",
                "is an absolute path",
                "write the path relative to the file that holds the $ref",
            )
        return None

    def file(self, path: Path) -> SourceFile | None:
        if not self.inside(path):
            self.problems.append(
                Problem(
                    Location(display_path(path)),
                    "ref-outside",
                    f"{display_path(path)} is a link to a file outside the spec's folder",
                    "replace the link by the file itself, or remove it",
                )
            )
            return None
        path = self.resolved(path)
        if path not in self.files:
            try:
                self.files[path] = load_file(path)
            except SpecError as error:
                self.problems.extend(error.problems)
                return None
        return self.files[path]

    def component_kind(self, path: Path) -> str | None:
        try:
            parts = self.resolved(path).relative_to(self.components_dir).parts
        except ValueError:
            return None
        kind = _stem(Path(parts[0])) if len(parts) == 1 else parts[0]
        return kind

    def scan_declarations(self) -> None:
        """Load every file under components/ and paths/ and record what it declares; components
        written in the root file itself count too."""
        root = self.files[self.root]
        root_components = root.data.get("components") if isinstance(root.data, dict) else None
        for root_kind in COMPONENT_KINDS:
            declared = root_components.get(root_kind) if isinstance(root_components, dict) else None
            for name in declared if isinstance(declared, dict) else {}:
                pointer = f"/components/{root_kind}/{escape_pointer_token(name)}"
                self.declared[(root_kind, name)] = Target(self.root, pointer)
        for path in _spec_files(self.components_dir):
            source = self.file(path)
            kind = self.component_kind(path)
            if source is None or kind is None:
                continue
            if kind not in COMPONENT_KINDS:
                self.problems.append(
                    Problem(
                        source.location(""),
                        "component-kind",
                        f"'{kind}' is not a kind of OpenAPI component",
                        f"put the file under components/<kind>/ with kind one of {', '.join(COMPONENT_KINDS)}",
                    )
                )
                continue
            if not isinstance(source.data, dict):
                self.problems.append(
                    Problem(
                        source.location(""),
                        "component-file",
                        "a component file must be a mapping from component names to components",
                        "write one top-level key per component",
                    )
                )
                continue
            names: list[tuple[str, str]] = [(name, join_pointer("", name)) for name in source.data]
            if _SINGLE_COMPONENT_KEYS[kind].intersection(source.data):  # one component
                self.single_files.add(source.path)
                names = [(_name_token(_stem(source.path)), "")]
            for name, pointer in names:
                target = Target(source.path, pointer)
                previous = self.declared.get((kind, name))
                if previous is not None:
                    self.problems.append(
                        Problem(
                            source.location(target.pointer),
                            "component-duplicate-name",
                            f"{kind} component '{name}' is also declared at "
                            f"{self.files[previous.path].location(previous.pointer)}",
                            "give one of them another name; component names are global",
                        )
                    )
                    continue
                self.declared[(kind, name)] = target
        for path in _spec_files(self.paths_dir):
            source = self.file(path)
            if source is None:
                continue
            if not isinstance(source.data, dict):
                self.problems.append(
                    Problem(
                        source.location(""),
                        "path-file",
                        "a path file must be a mapping from API paths to path items",
                        "write one top-level key per API path",
                    )
                )
                continue
            if _PATH_ITEM_KEYS.intersection(source.data):  # the file is one path item
                self.single_files.add(source.path)
                self.declared_path_items.append(Target(source.path, ""))
                continue
            for key in source.data:
                self.declared_path_items.append(Target(source.path, join_pointer("", key)))

    # -- copying ---------------------------------------------------------------------------
    def copy(
        self, value: Any, source: SourceFile, pointer: str, out: str, literal: bool = False
    ) -> Any:
        """Copy ``value`` to ``out`` of the bundle, following its refs; inside ``literal`` data
        (examples, defaults, ...) a ``$ref`` is data and is copied as it is."""
        self.source_map.setdefault(out, source.location(pointer))
        if isinstance(value, dict):
            if "$ref" in value and not literal:
                return self.copy_ref(value, source, pointer, out)
            return {
                key: self.copy(
                    item,
                    source,
                    join_pointer(pointer, key),
                    join_pointer(out, key),
                    literal or literal_value(out, key, item),
                )
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [
                self.copy(
                    item, source, join_pointer(pointer, index), join_pointer(out, index), literal
                )
                for index, item in enumerate(value)
            ]
        return value

    def problem(self, source: SourceFile, pointer: str, rule: str, message: str, fix: str) -> None:
        self.problems.append(Problem(source.location(pointer), rule, message, fix))

    def copy_ref(self, value: dict[str, Any], source: SourceFile, pointer: str, out: str) -> Any:
        ref_pointer = join_pointer(pointer, "$ref")
        ref = value["$ref"]
        siblings = {
            key: self.copy(item, source, join_pointer(pointer, key), join_pointer(out, key))
            for key, item in value.items()
            if key != "$ref"
        }
        if not isinstance(ref, str):
            self.problem(
                source,
                ref_pointer,
                "ref-invalid",
                "$ref must be a string",
                "write the reference as a string",
            )
            return value
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        refused = self.refused_reference(unquote(file_part))
        if refused is not None:
            rule, message, fix = refused
            self.problem(source, ref_pointer, rule, f"'{ref}' {message}", fix)
            return value
        target_path = (
            self.resolved(source.path.parent / unquote(file_part)) if file_part else source.path
        )
        if not self.inside(target_path):
            self.problem(
                source,
                ref_pointer,
                "ref-outside",
                f"'{ref}' leads outside the spec's folder ({display_path(self.spec_dir)})",
                "keep every file of the spec in its folder; a spec must not read other files",
            )
            return value
        if fragment and not fragment.startswith("/"):
            self.problem(
                source,
                ref_pointer,
                "ref-invalid",
                f"'{ref}' does not end in a JSON pointer",
                "write it as '<file>#/<ComponentName>'",
            )
            return value
        if not target_path.is_file():
            self.problem(
                source,
                ref_pointer,
                "ref-missing-file",
                f"'{ref}' refers to {target_path.name}, which does not exist",
                "correct the file name in the $ref (paths are relative to the file that holds the $ref)",
            )
            return value
        target_file = self.file(target_path)
        if target_file is None:
            return value
        try:
            resolve_pointer(target_file.data, fragment)
        except (KeyError, ValueError):
            self.problem(
                source,
                ref_pointer,
                "ref-dangling",
                f"'{ref}' points at nothing: {target_file.display} has no '{fragment or '/'}'",
                "correct the name after '#/' or declare that component",
            )
            return value
        if target_file.path == self.root:
            if not fragment.startswith("/components/"):
                self.problem(
                    source,
                    ref_pointer,
                    "ref-target",
                    f"'{ref}' points into the root file outside components",
                    "refer to a component instead",
                )
                return value
            tokens = split_pointer(fragment)
            if len(tokens) >= 3 and tokens[1] in COMPONENT_KINDS:
                self.used.add((tokens[1], tokens[2]))
            return {"$ref": f"#{fragment}", **siblings}
        if out.count("/") == 2 and out.startswith("/paths/"):
            return self.inline_path_item(ref, target_file, fragment, source, ref_pointer, out)
        kind = self.component_kind(target_file.path)
        tokens = split_pointer(fragment)
        if kind not in COMPONENT_KINDS or len(tokens) != 1 or target_file.path in self.single_files:
            return self.hoist(ref, target_file, fragment, source, ref_pointer, out, siblings)
        assert kind is not None
        name = tokens[0]
        key = (kind, name)
        declared = self.declared.get(key)
        if declared is not None and declared != Target(target_file.path, fragment):
            self.problem(
                source,
                ref_pointer,
                "component-duplicate-name",
                f"'{ref}' names {kind} component '{name}', which is declared twice",
                "give one of the two declarations another name",
            )
            return value
        if key not in self.used:
            self.used.add(key)
            self.pending.append((kind, name, Target(target_file.path, fragment)))
        return {"$ref": f"#/components/{kind}/{escape_pointer_token(name)}", **siblings}

    def hoist(
        self,
        ref: str,
        target_file: SourceFile,
        fragment: str,
        source: SourceFile,
        ref_pointer: str,
        out: str,
        siblings: dict[str, Any],
    ) -> Any:
        """A ref to a value of any file: the value becomes a component of the kind its place
        expects (once per value), or is written in place when no component kind fits."""
        target = Target(target_file.path, _normal_pointer(fragment))
        known = self.by_target().get(target)
        if known is None:
            kind = self.context_kind(split_pointer(out))
            if kind is None:
                return self.inline(ref, target_file, target, source, ref_pointer, out, siblings)
            known = (kind, self.unique_name(kind, target))
            self.declared[known] = target
            self._by_target[target] = known
        kind, name = known
        if known not in self.used:
            self.used.add(known)
            self.pending.append((kind, name, target))
        return {"$ref": f"#/components/{kind}/{escape_pointer_token(name)}", **siblings}

    _by_target: dict[Target, tuple[str, str]]

    def by_target(self) -> dict[Target, tuple[str, str]]:
        """Declared or hoisted components by the value they are (built once, then kept)."""
        if not hasattr(self, "_by_target"):
            self._by_target = {}
            for key, target in sorted(self.declared.items()):
                self._by_target.setdefault(target, key)
        return self._by_target

    @staticmethod
    def context_kind(tokens: list[str]) -> str | None:
        """The component kind a value at ``tokens`` (of the bundled document) must be."""
        if len(tokens) == 3 and tokens[0] == "components":
            return tokens[1] if tokens[1] in COMPONENT_KINDS else None
        if "schema" in tokens or tokens[:2] == ["components", "schemas"]:
            return "schemas"
        if tokens and tokens[-1] == "requestBody":
            return "requestBodies"
        parent = tokens[-2] if len(tokens) >= 2 else ""
        if parent == "parameters" and tokens[-1].isdigit():
            return "parameters"
        return _KIND_OF_PARENT.get(parent)

    def unique_name(self, kind: str, target: Target) -> str:
        """The name of a hoisted component: the last token of its pointer (or the file's
        stem for a whole file); when taken, prefixed by the file's stem, then numbered."""
        tokens = split_pointer(target.pointer)
        stem = _name_token(_stem(target.path))
        base = _name_token(tokens[-1]) if tokens else stem
        taken = {name for other, name in self.declared if other == kind}
        for candidate in (base, f"{stem}_{base}"):
            if candidate not in taken:
                return candidate
        number = 2
        while f"{base}_{number}" in taken:
            number += 1
        return f"{base}_{number}"

    def inline(
        self,
        ref: str,
        target_file: SourceFile,
        target: Target,
        source: SourceFile,
        ref_pointer: str,
        out: str,
        siblings: dict[str, Any],
    ) -> Any:
        """Write the referred value in place (its own refs resolved from its own file)."""
        if target in self.inlining:
            self.problem(
                source,
                ref_pointer,
                "ref-cycle",
                f"'{ref}' leads back into itself and cannot be written in place",
                "break the cycle; only schemas may refer to themselves",
            )
            return {}
        self.inlining.append(target)
        try:
            value = resolve_pointer(target_file.data, target.pointer)
            copied = self.copy(value, target_file, target.pointer, out)
        finally:
            self.inlining.pop()
        self.source_map[out] = source.location(ref_pointer)
        if isinstance(copied, dict) and siblings:
            return {**copied, **siblings}
        return copied

    def inline_path_item(
        self,
        ref: str,
        target_file: SourceFile,
        fragment: str,
        source: SourceFile,
        ref_pointer: str,
        out: str,
    ) -> Any:
        path_key = split_pointer(out)[1]
        try:
            target_file.path.relative_to(self.paths_dir)
            ours = not (target_file.path in self.single_files and fragment == "")
        except ValueError:
            ours = False
        if not ours:  # any other layout: the path item is written in place as it is
            target = Target(target_file.path, _normal_pointer(fragment))
            self.path_targets[path_key] = target
            return self.inline(ref, target_file, target, source, ref_pointer, out, {})
        tokens = split_pointer(fragment)
        if tokens != [path_key]:
            self.problem(
                source,
                ref_pointer,
                "path-key-mismatch",
                f"paths entry '{path_key}' refers to '{'/'.join(tokens) or '(whole file)'}' in {target_file.display}",
                f"point it at '{target_file.path.name}#/{escape_pointer_token(path_key)}' "
                "(path files are keyed by the API path)",
            )
        self.path_targets[path_key] = Target(target_file.path, fragment)
        item = resolve_pointer(target_file.data, fragment)
        copied = self.copy(item, target_file, fragment, out)
        self.source_map[out] = source.location(ref_pointer)
        return copied

    # -- whole document --------------------------------------------------------------------
    def run(self) -> Bundle:
        root = self.file(self.root)
        if root is None:
            raise SpecError(self.problems)
        if not isinstance(root.data, dict):
            raise SpecError(
                [
                    Problem(
                        root.location(""),
                        "root",
                        "the root file must be a mapping",
                        "write an OpenAPI document",
                    )
                ]
            )
        self.scan_declarations()
        document: dict[str, Any] = {}
        for key, value in root.data.items():
            if key == "components":
                continue
            document[key] = self.copy(value, root, join_pointer("", key), join_pointer("", key))
        root_components = root.data.get("components") or {}
        while self.pending:
            kind, name, target = self.pending.pop(0)
            source = self.files[target.path]
            out = f"/components/{kind}/{escape_pointer_token(name)}"
            self.components[kind][name] = self.copy(
                resolve_pointer(source.data, target.pointer), source, target.pointer, out
            )
        components: dict[str, Any] = {}
        for kind in COMPONENT_KINDS:
            own = root_components.get(kind, {}) if isinstance(root_components, dict) else {}
            merged = {name: self.components[kind][name] for name in sorted(self.components[kind])}
            for name, value in own.items() if isinstance(own, dict) else []:
                pointer = f"/components/{kind}/{escape_pointer_token(name)}"
                merged[name] = self.copy(value, root, pointer, pointer)
            if merged:
                components[kind] = merged
        if isinstance(root_components, dict):
            for kind, value in root_components.items():
                if kind not in COMPONENT_KINDS:
                    pointer = join_pointer("/components", kind)
                    components[kind] = self.copy(value, root, pointer, pointer)
        if components:
            document["components"] = components
            self.source_map.setdefault("/components", root.location("/components"))
        if self.problems:
            raise SpecError(self.problems)
        return Bundle(
            root=self.root,
            document=document,
            source_map=self.source_map,
            files=self.files,
            declared_components=self.declared,
            used_components=self.used,
            declared_path_items=self.declared_path_items,
            path_targets=self.path_targets,
        )


def _stem(path: Path) -> str:
    """The file's name without its suffix (``pet`` for ``pet.yaml``)."""
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def bundle(root: Path) -> Bundle:
    """Load the spec whose root file is ``root`` and join it into one document."""
    return _Bundler(root).run()
