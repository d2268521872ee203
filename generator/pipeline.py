"""The generator's stages joined: load -> validate -> lint -> model -> render -> format -> write.

Before any of that, ``generate`` and ``check`` read the fingerprint in the output's MANIFEST
(see :mod:`generator.fingerprint`): when every input and every output file is as recorded,
the output is up to date and nothing else runs. The stages are imported only when they are
needed, so that this answer costs little more than starting Python.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.fingerprint import (
    Fingerprint,
    Manifest,
    digest,
    hash_inputs,
    parse_manifest,
    recorded_spec_files,
)
from generator.writer import MANIFEST, Changes, compare, manifest_from_hashes, with_manifest, write

if TYPE_CHECKING:
    from generator.core import model
    from generator.core.bundler import Bundle

#: The repository the generator belongs to: default spec, templates and output live there.
REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass
class Paths:
    spec: Path = REPOSITORY / "spec" / "openapi.yaml"
    templates: Path = REPOSITORY / "templates"
    out: Path = REPOSITORY / "generated"


def _shortcuts_enabled() -> bool:
    """YUNXIN_SDKGEN_NO_CACHE=1 runs every stage on every file (no cache, no fingerprint)."""
    return os.environ.get("YUNXIN_SDKGEN_NO_CACHE") != "1"


def load_spec(spec: Path) -> Bundle:
    """Load, bundle, validate and lint the spec; raises SpecError listing every problem."""
    return _load(spec, frozenset())[0]


def _load(spec: Path, known_valid: frozenset[str]) -> tuple[Bundle, frozenset[str]]:
    """:func:`load_spec`, skipping the validation of parts named in ``known_valid``; also
    returns the names of the spec's parts (all valid)."""
    from generator.core.bundler import bundle
    from generator.core.lint import lint
    from generator.core.validator import validate_openapi

    loaded = bundle(spec)
    valid = validate_openapi(loaded, known_valid)
    lint(loaded)
    return loaded, valid


def previous_manifest(out: Path) -> Manifest | None:
    """The output directory's manifest as the last run wrote it, if it reads back."""
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return parse_manifest(text)


def up_to_date(paths: Paths) -> Changes | None:
    """The answer of ``check`` when the fingerprint proves the output current, else ``None``.

    Current means: every input hashes as recorded and every listed output file hashes as
    recorded, and the manifest is exactly what a run would write for them."""
    manifest = previous_manifest(paths.out) if _shortcuts_enabled() else None
    if manifest is None or not manifest.fingerprint.inputs:
        return None
    recorded = manifest.fingerprint
    current = hash_inputs(paths.spec, paths.templates, recorded_spec_files(paths.spec, manifest))
    if current is None or not current.same_inputs(recorded):
        return None
    if set(recorded.rendered) != set(manifest.files):
        return None
    current.rendered = recorded.rendered
    current.valid = recorded.valid
    if manifest_from_hashes(manifest.files, current) != manifest.text:
        return None
    for path, sha in manifest.files.items():
        try:
            data = (paths.out / path).read_bytes()
        except OSError:
            return None
        if digest(data) != sha:
            return None
    return Changes(unchanged=sorted([*manifest.files, MANIFEST]))


def _reusable(
    out: Path, rendered: dict[str, str], current: Fingerprint | None, previous: Manifest | None
) -> dict[str, str]:
    """Formatted text of the files whose render is unchanged since ``previous`` (and whose
    committed content is still what that run wrote): black need not see them again."""
    if previous is None or current is None:
        return {}
    if not current.formatter_matches(previous.fingerprint):
        return {}
    reuse: dict[str, str] = {}
    for path, text in rendered.items():
        recorded = previous.fingerprint.rendered.get(path)
        sha = previous.files.get(path)
        if recorded is None or sha is None or recorded != digest(text.encode("utf-8")):
            continue
        try:
            data = (out / path).read_bytes()
        except OSError:
            continue
        if digest(data) == sha:
            try:
                reuse[path] = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
    return reuse


def build(paths: Paths) -> tuple[model.Api, dict[str, bytes]]:
    """Everything the generator would write, in memory (nothing on disk changes)."""
    from generator.concurrent import validated_while
    from generator.core.bundler import bundle
    from generator.core.lint import lint
    from generator.core.modeler import build_model
    from generator.core.problems import Problem, sort_problems
    from generator.formatter import format_files
    from generator.render import outputs, render_outputs

    previous = previous_manifest(paths.out) if _shortcuts_enabled() else None
    loaded = bundle(paths.spec)

    def after_validation() -> tuple[model.Api, dict[str, str], dict[str, str], Fingerprint | None]:
        # the stages that follow validation, run while it runs (see generator.concurrent)
        warnings.extend(lint(loaded))
        api = build_model(loaded)
        files = outputs(api)
        rendered = render_outputs(files, paths.templates)
        fingerprint = hash_inputs(paths.spec, paths.templates, sorted(loaded.files))
        reuse = _reusable(paths.out, rendered, fingerprint, previous)
        # hand-written sources are copied as they are: already formatted
        reuse.update({f.path: rendered[f.path] for f in files if f.source is not None})
        return api, rendered, format_files(rendered, reuse), fingerprint

    warnings: list[Problem] = []
    known = previous.fingerprint.valid if previous else frozenset()
    valid, (api, rendered, files, fingerprint) = validated_while(loaded, known, after_validation)
    for warning in sort_problems(warnings):  # what the SDKs cannot express, never silent
        print(warning.render(), file=sys.stderr)
    if fingerprint is not None:
        fingerprint.rendered = {p: digest(t.encode("utf-8")) for p, t in rendered.items()}
        fingerprint.valid = valid
    return api, with_manifest(files, fingerprint)


def generate(paths: Paths) -> Changes:
    """Regenerate the output directory; files whose content is the same are left untouched."""
    current = up_to_date(paths)
    if current is not None:
        return current
    _, files = build(paths)
    return write(paths.out, files)


def check(paths: Paths) -> Changes:
    """Compare the output directory with what the generator would write."""
    current = up_to_date(paths)
    if current is not None:
        return current
    _, files = build(paths)
    return compare(paths.out, files)
