"""Rewrite the golden outputs of the fixture specs and the CLI error snapshots on purpose.

Run with ``make goldens``; review the diff before committing it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.pipeline import Paths, generate
from tests.generator import test_cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "specs"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def fixture_paths() -> list[tuple[str, Paths]]:
    return [
        (
            spec.parent.parent.name,
            Paths(spec=spec, templates=TEMPLATES, out=spec.parent.parent / "golden"),
        )
        for spec in sorted(FIXTURES.glob("*/spec/openapi.yaml"))
    ]


def main() -> None:
    for name, paths in fixture_paths():
        changes = generate(paths)
        print(f"golden {name}: {changes.summary()}")
    for case, overrides in sorted(test_cli.BROKEN.items()):
        with tempfile.TemporaryDirectory() as directory:
            cwd = test_cli.spec_dir(Path(directory), overrides)
            result = test_cli.run(["validate"], cwd)
        if result.returncode != 2:
            raise SystemExit(
                f"broken spec {case!r} was accepted (exit {result.returncode}); snapshot not written"
            )
        snapshot = test_cli.SNAPSHOTS / f"{case}.txt"
        snapshot.write_text(result.stderr, encoding="utf-8")
        print(f"snapshot {case}: exit {result.returncode}")


if __name__ == "__main__":
    main()
