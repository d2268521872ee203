"""Run the generator's command line in-process on one broken spec of the corpus."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

from generator.cli import run
from tests.corpus.cases import Files
from tests.support.specs import mini_spec_files

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
#: A file just outside the spec's folder, for the refs that try to reach it.
OUTSIDE = "Thing: {type: object, description: not part of the spec}\n"


def write_case(directory: Path, files: Files) -> Path:
    """The minimal spec under ``directory``/spec with the case's files; returns the root file."""
    spec = directory / "spec"
    content: dict[str, str | bytes | None] = {**mini_spec_files(), **files}
    for relative, data in content.items():
        target = spec / relative
        if data is None:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    (directory / "outside.yaml").write_text(OUTSIDE, encoding="utf-8")
    return spec / "openapi.yaml"


@contextlib.contextmanager
def _inside(directory: Path) -> Iterator[None]:
    previous = os.getcwd()
    os.chdir(directory)
    try:
        yield
    finally:
        os.chdir(previous)


def run_cli(directory: Path, args: list[str]) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``python -m generator ARGS`` run in ``directory``."""
    out, err = io.StringIO(), io.StringIO()
    with _inside(directory), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run(args)
    return status, out.getvalue(), err.getvalue()


def validate(directory: Path) -> tuple[int, str]:
    status, _, err = run_cli(directory, ["validate", "--spec", "spec/openapi.yaml"])
    return status, err


def generate(directory: Path) -> tuple[int, str]:
    status, _, err = run_cli(
        directory,
        ["generate", "--spec", "spec/openapi.yaml", "--templates", str(TEMPLATES), "--out", "out"],
    )
    return status, err
