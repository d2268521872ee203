"""The generator's stages joined: load -> validate -> lint -> model -> render -> format -> write.

Before any of that, ``generate`` and ``check`` read the fingerprint in the output's MANIFEST
(see :mod:`generator.fingerprint`): when every input and every output file is as recorded,
the output is up to date and nothing else runs. The stages are imported only when they are
needed, so that this answer costs little more than starting Python.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.problems import Location, Problem, SpecError
from generator.fingerprint import (
    Fingerprint,
    Manifest,
    digest,
    hash_inputs,
    parse_manifest,
    recorded_spec_files,
)
from generator.options import Options
from generator.writer import MANIFEST, Changes, compare, manifest_from_hashes, with_manifest, write

if TYPE_CHECKING:
    from generator.core import model
    from generator.core.bundler import Bundle
    from generator.profiles import Profile
    from generator.targets import Target

#: The repository the generator belongs to: default spec, templates and output live there.
REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass
class Paths:
    """Where a run reads and writes, and how it is configured."""

    spec: Path = REPOSITORY / "spec" / "openapi.yaml"
    templates: Path = REPOSITORY / "templates"
    out: Path = REPOSITORY / "generated"
    options: Options = field(default_factory=Options)


def _shortcuts_enabled() -> bool:
    """YUNXIN_SDKGEN_NO_CACHE=1 runs every stage on every file (no cache, no fingerprint)."""
    return os.environ.get("YUNXIN_SDKGEN_NO_CACHE") != "1"


def load_spec(spec: Path, options: Options | None = None) -> Bundle:
    """Load, bundle, validate and lint the spec; raises SpecError listing every problem.
    The warnings found on the way are in the bundle's ``warnings``."""
    from generator.core.bundler import bundle
    from generator.core.lint import lint
    from generator.core.validator import validate_openapi

    options = options or Options()
    loaded = bundle(spec)
    validate_openapi(loaded, lenient=options.lenient)
    loaded.warnings.extend(lint(loaded, chosen_profile(options), strict=options.strict))
    return loaded


def chosen_profile(options: Options) -> Profile | None:
    """The profile the options force, or ``None`` (the spec's own choice)."""
    from generator.profiles import PROFILES

    if options.profile is None:
        return None
    if options.profile not in PROFILES:
        raise SpecError(
            [
                Problem(
                    Location("sdkgen.toml"),
                    "config",
                    f"unknown profile '{options.profile}'",
                    f"use one of {', '.join(sorted(PROFILES))}",
                )
            ]
        )
    return PROFILES[options.profile]()


def chosen_targets(options: Options) -> tuple[Target, ...]:
    """The targets the options select (all when they name none)."""
    from generator.targets import TARGETS

    if not options.targets:
        return TARGETS
    known = {target.name: target for target in TARGETS}
    unknown = [name for name in options.targets if name not in known]
    if unknown:
        raise SpecError(
            [
                Problem(
                    Location("sdkgen.toml"),
                    "config",
                    f"unknown target(s) {', '.join(unknown)}",
                    f"use some of {', '.join(known)}",
                )
            ]
        )
    return tuple(t for t in TARGETS if t.name in options.targets)


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
    current = hash_inputs(
        paths.spec, paths.templates, recorded_spec_files(paths.spec, manifest), paths.options
    )
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
    api, files, _ = build_with_warnings(paths)
    return api, files


def build_with_warnings(paths: Paths) -> tuple[model.Api, dict[str, bytes], list[Problem]]:
    """:func:`build`, with the warnings found on the way."""
    from generator.concurrent import validated_while
    from generator.core.bundler import bundle
    from generator.core.lint import lint
    from generator.core.modeler import build_model
    from generator.formatter import format_files
    from generator.options import apply
    from generator.render import outputs, render_outputs

    options = paths.options
    if options.strict and options.lenient:
        raise SpecError(
            [
                Problem(
                    Location("sdkgen.toml"),
                    "config",
                    "strict and lenient contradict each other",
                    "choose one",
                )
            ]
        )
    profile = chosen_profile(options)
    targets = chosen_targets(options)
    previous = previous_manifest(paths.out) if _shortcuts_enabled() else None
    loaded = bundle(paths.spec)
    if options.lenient:  # its findings become the bundle's warnings: validate here, first
        from generator.core.validator import validate_openapi

        validate_openapi(loaded, lenient=True)
    warnings: list[Problem] = []

    def after_validation() -> tuple[model.Api, dict[str, str], dict[str, str], Fingerprint | None]:
        # the stages that follow validation, run while it runs (see generator.concurrent)
        warnings.extend(lint(loaded, profile, strict=options.strict))
        api = apply(build_model(loaded, profile), options)
        warnings.extend(
            Problem(
                loaded.locate(""),
                "target-unsupported",
                f"the {target.name} target implements the "
                f"{' and '.join(target.profiles or ())} profile only; this spec follows "
                f"{api.profile}, so no {target.name} output is written",
                "choose other targets (--target), or opt the spec into a supported profile",
                "warning",
            )
            for target in targets
            if not target.supports(api.profile)
        )
        files = outputs(api, targets)
        rendered = render_outputs(files, paths.templates, targets, options.templates)
        fingerprint = hash_inputs(paths.spec, paths.templates, sorted(loaded.files), options)
        reuse = _reusable(paths.out, rendered, fingerprint, previous)
        # hand-written sources are copied as they are: already formatted
        reuse.update({f.path: rendered[f.path] for f in files if f.source is not None})
        return api, rendered, format_files(rendered, reuse), fingerprint

    known = previous.fingerprint.valid if previous else frozenset()
    if options.lenient:
        valid: frozenset[str] = frozenset()
        api, rendered, files, fingerprint = after_validation()
    else:
        valid, (api, rendered, files, fingerprint) = validated_while(
            loaded, known, after_validation
        )
    if fingerprint is not None:
        fingerprint.rendered = {p: digest(t.encode("utf-8")) for p, t in rendered.items()}
        fingerprint.valid = valid
    return api, with_manifest(files, fingerprint), [*loaded.warnings, *warnings]


def generate(paths: Paths) -> Changes:
    """Regenerate the output directory; files whose content is the same are left untouched."""
    current = up_to_date(paths)
    if current is not None:
        return current
    _, files, warnings = build_with_warnings(paths)
    changes = write(paths.out, files)
    changes.warnings = warnings
    return changes


def check(paths: Paths) -> Changes:
    """Compare the output directory with what the generator would write."""
    current = up_to_date(paths)
    if current is not None:
        return current
    _, files, warnings = build_with_warnings(paths)
    changes = compare(paths.out, files)
    changes.warnings = warnings
    return changes
