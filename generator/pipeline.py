"""The generator's stages joined: load -> validate -> lint -> model -> render -> format -> write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import ir
from generator.bundler import Bundle, bundle
from generator.formatter import format_files
from generator.lint import lint
from generator.modeler import build_api
from generator.render import render
from generator.validator import validate_openapi
from generator.writer import Changes, compare, with_manifest, write

#: The repository the generator belongs to: default spec, templates and output live there.
REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass
class Paths:
    spec: Path = REPOSITORY / "spec" / "openapi.yaml"
    templates: Path = REPOSITORY / "templates"
    out: Path = REPOSITORY / "generated"


def load_spec(spec: Path) -> Bundle:
    """Load, bundle, validate and lint the spec; raises SpecError listing every problem."""
    loaded = bundle(spec)
    validate_openapi(loaded)
    lint(loaded)
    return loaded


def build(paths: Paths) -> tuple[ir.Api, dict[str, bytes]]:
    """Everything the generator would write, in memory (nothing on disk changes)."""
    api = build_api(load_spec(paths.spec))
    files = format_files(render(api, paths.templates))
    return api, with_manifest(files)


def generate(paths: Paths) -> Changes:
    """Regenerate the output directory; files whose content is the same are left untouched."""
    _, files = build(paths)
    return write(paths.out, files)


def check(paths: Paths) -> Changes:
    """Compare the output directory with what the generator would write."""
    _, files = build(paths)
    return compare(paths.out, files)
