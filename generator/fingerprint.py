"""The fingerprint of a generated tree: what it was made from, recorded in its MANIFEST.

A run hashes every input that can change the output: the spec's files (those the bundle read
plus every file under ``components/`` and ``paths/``, which the bundler scans), every template,
every source file of the generator, and the versions of the libraries whose behaviour shapes
the output (black, Jinja2, PyYAML, openapi-spec-validator, and the installed prettier). Python's own version cannot change
the output (black's target versions are fixed and no stage depends on hash order), so it is
not part of it. Text is hashed with CRLF line ends read as LF, as the stages read it.

For each output file the manifest also records the hash of its rendered, not yet formatted,
text. With both, a run on an unchanged spec is recognised without validating, rendering or
formatting, and a file whose render is unchanged takes its committed formatted content
without black. Any doubt means the full pipeline: a hash that does not match, an output file
missing or edited, or a manifest that does not read back exactly as it would be written.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.options import Options

#: Libraries whose versions are part of the fingerprint (distribution names).
TOOLS = ("black", "Jinja2", "PyYAML", "openapi-spec-validator")
#: The generator's own source files.
GENERATOR = Path(__file__).resolve().parent
#: The formatter's sources: a recorded formatted file may be reused only if they are unchanged.
FORMATTER_INPUT = "generator:formatter.py"
FORMATTER_INPUTS = (
    FORMATTER_INPUT,
    "generator:prettier.mjs",
    "generator:targets/typescript/runtime/.prettierrc.json",
)

_INTRO = (
    "# fingerprint: what these files were made from; while all of it is unchanged the generator\n"
    "# skips its work (any mismatch runs the whole pipeline)\n"
)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_digest(data: bytes) -> str:
    """Hash of a text file's content as the stages read it (CRLF read as LF)."""
    return digest(data.replace(b"\r\n", b"\n"))


@dataclass
class Fingerprint:
    #: Input label (``spec:<path>``, ``templates:<path>``, ``generator:<path>``) -> hash.
    inputs: dict[str, str] = field(default_factory=dict)
    #: Tool name -> version.
    tools: dict[str, str] = field(default_factory=dict)
    #: Output path -> hash of its rendered text before formatting.
    rendered: dict[str, str] = field(default_factory=dict)
    #: Names of the spec's parts that passed validation (see :mod:`generator.core.validator`).
    valid: frozenset[str] = frozenset()

    def lines(self) -> str:
        out = [_INTRO]
        out += [f"# tool {name} {version}\n" for name, version in sorted(self.tools.items())]
        out += [f"# input {sha}  {label}\n" for label, sha in sorted(self.inputs.items())]
        out += [f"# rendered {sha}  {path}\n" for path, sha in sorted(self.rendered.items())]
        out += [f"# valid {name}\n" for name in sorted(self.valid)]
        return "".join(out)

    def same_inputs(self, other: Fingerprint) -> bool:
        return self.inputs == other.inputs and self.tools == other.tools

    def formatter_matches(self, other: Fingerprint) -> bool:
        """Whether formatting works the same as when ``other`` was recorded."""
        return (
            self.tools.get("black") == other.tools.get("black")
            and self.tools.get("prettier") == other.tools.get("prettier")
            and all(
                label in self.inputs and self.inputs.get(label) == other.inputs.get(label)
                for label in FORMATTER_INPUTS
            )
        )


@dataclass
class Manifest:
    """A MANIFEST read back: output path -> hash of its content, and the fingerprint."""

    files: dict[str, str]
    fingerprint: Fingerprint
    text: str


def parse_manifest(text: str) -> Manifest | None:
    """Read a manifest; ``None`` when any line is not one the writer produces."""
    files: dict[str, str] = {}
    fingerprint = Fingerprint()
    valid: set[str] = set()
    for line in text.splitlines():
        try:
            if not line.startswith("#"):
                sha, path = line.split("  ", 1)
                files[path] = sha
            elif line.startswith("# tool "):
                name, version = line[len("# tool ") :].split(" ", 1)
                fingerprint.tools[name] = version
            elif line.startswith("# input "):
                sha, label = line[len("# input ") :].split("  ", 1)
                fingerprint.inputs[label] = sha
            elif line.startswith("# rendered "):
                sha, path = line[len("# rendered ") :].split("  ", 1)
                fingerprint.rendered[path] = sha
            elif line.startswith("# valid "):
                valid.add(line[len("# valid ") :])
        except ValueError:
            return None
    fingerprint.valid = frozenset(valid)
    return Manifest(files, fingerprint, text)


def tool_versions() -> dict[str, str]:
    from generator.formatter import prettier_version

    versions = {}
    for name in TOOLS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    versions["prettier"] = prettier_version()
    return versions


#: Folders that hold tool caches, never inputs (a hidden folder such as .ruff_cache, too).
_NOT_INPUTS = frozenset({"__pycache__", "node_modules"})


def _files_under(directory: Path, pattern: str) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.rglob(pattern)
        if p.is_file()
        and not any(
            part in _NOT_INPUTS or part.startswith(".")
            for part in p.relative_to(directory).parts[:-1]
        )
    )


def _label(prefix: str, path: Path, base: Path) -> str:
    return f"{prefix}:{Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()}"


def spec_files(root: Path, loaded: list[Path]) -> list[Path]:
    """The spec's inputs: the root, the files the bundle read and every file it scans."""
    root = root.resolve()
    spec_dir = root.parent
    found = {root, *(p.resolve() for p in loaded)}
    found.update(p.resolve() for p in _files_under(spec_dir / "components", "*.yaml"))
    found.update(p.resolve() for p in _files_under(spec_dir / "paths", "*.yaml"))
    return sorted(found)


def spec_label(root: Path, path: Path) -> str:
    return _label("spec", path.resolve(), root.resolve().parent)


def hash_inputs(
    spec: Path, templates: Path, loaded: list[Path], options: Options | None = None
) -> Fingerprint | None:
    """The fingerprint of the current inputs (without rendered hashes); ``None`` when an
    input cannot be read (then nothing is skipped). Options other than the defaults, and the
    files of an override template folder, are inputs too."""
    fingerprint = Fingerprint(tools=tool_versions())
    sources = [(spec_label(spec, p), p) for p in spec_files(spec, loaded)]
    sources += [(_label("templates", p, templates), p) for p in _files_under(templates, "*")]
    if options is not None:
        chosen = options.fingerprint()
        if chosen:
            fingerprint.inputs["options"] = text_digest(chosen.encode("utf-8"))
        if options.templates is not None:
            overrides = options.templates
            sources += [
                (_label("overrides", p, overrides), p) for p in _files_under(overrides, "*")
            ]
    sources += [(_label("generator", p, GENERATOR), p) for p in _files_under(GENERATOR, "*")]
    for label, path in sources:
        try:
            fingerprint.inputs[label] = text_digest(path.read_bytes())
        except OSError:
            return None
    return fingerprint


def recorded_spec_files(spec: Path, manifest: Manifest) -> list[Path]:
    """The spec files a manifest names, as paths (to hash them again)."""
    base = spec.resolve().parent
    return [
        (base / label[len("spec:") :]).resolve()
        for label in manifest.fingerprint.inputs
        if label.startswith("spec:")
    ]
