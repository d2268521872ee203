"""Rewrite the golden outputs of the fixture specs and the CLI error snapshots on purpose.

Run with ``make goldens``; review the diff before committing it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.pipeline import Paths, generate
from tests.corpus import cases as corpus_cases
from tests.corpus import run as corpus_run
from tests.generator import test_cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "specs"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def version_supported(spec: Path) -> bool:
    """Whether this checkout's validator reads the OpenAPI version of ``spec`` (3.0 fixtures
    wait for the validator of every version; until then their goldens are neither written nor
    compared)."""
    import yaml

    from generator.core.bundler import bundle
    from generator.core.problems import SpecError
    from generator.core.validator import validate_openapi

    version = str(yaml.safe_load(spec.read_text(encoding="utf-8")).get("openapi", ""))
    if version.startswith("3.1"):
        return True
    minimal = Path(tempfile.mkdtemp()) / "openapi.yaml"
    minimal.write_text(
        f"openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n", encoding="utf-8"
    )
    try:
        validate_openapi(bundle(minimal))
    except SpecError:
        return False
    return True


def package_name(paths: Paths) -> str:
    """The Python package of a fixture's golden output (``yunxin_im``, ``petstore_client`` ...)."""
    found = sorted(p.parent.name for p in (paths.out / "python").glob("*/__init__.py"))
    return found[0] if found else "yunxin_im"


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
        if not version_supported(paths.spec):
            print(f"golden {name}: skipped, the validator does not read its OpenAPI version")
            continue
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
    refresh_corpus()


def refresh_corpus() -> None:
    """Rewrite the snapshots of the broken-spec corpus; a case the generator accepts is an error."""
    accepted = []
    for old in corpus_run.SNAPSHOTS.glob("*.txt"):
        old.unlink()
    for name, files in sorted(corpus_cases.CASES.items()):
        with tempfile.TemporaryDirectory() as directory:
            corpus_run.write_case(Path(directory), files)
            status, err = corpus_run.validate(Path(directory))
        if status != 2:
            accepted.append(f"{name} (exit {status}: {err.strip()[:200]})")
            continue
        (corpus_run.SNAPSHOTS / f"{name}.txt").write_text(err, encoding="utf-8")
    print(f"corpus: {len(corpus_cases.CASES) - len(accepted)} snapshots")
    if accepted:
        raise SystemExit(
            "broken specs that were not refused with exit 2:\n  " + "\n  ".join(accepted)
        )


if __name__ == "__main__":
    main()
