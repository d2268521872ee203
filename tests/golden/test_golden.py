"""Golden files: regenerate in memory and compare byte for byte with what is committed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Paths, build
from generator.writer import compare
from tests.golden.refresh import TEMPLATES, fixture_paths, version_supported

REPO = Path(__file__).resolve().parents[2]
CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
#: Files in the output that the generator does not own: `make release` writes the changelog.
KEPT = {"python/CHANGELOG.md"}

#: Every generated Python package: the committed one and those of the fixture specs.
PACKAGES = pytest.mark.parametrize(
    "package",
    [REPO / "generated" / "python"] + [paths.out / "python" for _, paths in fixture_paths()],
    ids=lambda p: p.parent.name if p.parent.name != "generated" else "generated",
)


def _stale(paths: Paths) -> list[str]:
    _, files = build(paths)
    changes = compare(paths.out, files)
    on_disk = {
        p.relative_to(paths.out).as_posix()
        for p in paths.out.rglob("*")
        if p.is_file() and not CACHES.intersection(p.relative_to(paths.out).parts)
    }
    extra = sorted(on_disk - set(files) - KEPT)
    return changes.stale + [f"unexpected file {name}" for name in extra]


def test_generated_directory_matches_the_spec() -> None:
    stale = _stale(
        Paths(spec=REPO / "spec" / "openapi.yaml", templates=TEMPLATES, out=REPO / "generated")
    )
    assert not stale, f"generated/ is stale (run `make generate`): {stale}"


@pytest.mark.parametrize(
    ("name", "paths"), fixture_paths(), ids=[name for name, _ in fixture_paths()]
)
def test_fixture_golden(name: str, paths: Paths) -> None:
    if not version_supported(paths.spec):
        pytest.skip("this checkout's validator does not read the fixture's OpenAPI version")
    stale = _stale(paths)
    assert not stale, f"golden output of {name} differs (run `make goldens` and review): {stale}"


@PACKAGES
def test_generated_package_passes_mypy_strict(package: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy"),
            sorted(package.glob("*/__init__.py"))[0].parent.name,
        ],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@PACKAGES
def test_generated_package_passes_ruff_and_black(package: Path) -> None:
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=package,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "--config", "pyproject.toml", "."],
        cwd=package,
        capture_output=True,
        text=True,
    )
    assert black.returncode == 0, black.stdout + black.stderr


@PACKAGES
def test_generated_package_is_python_3_9_code(package: Path) -> None:
    """The SDK supports Python 3.9: its syntax parses as 3.9, and no annotation uses `X | Y`
    (pydantic evaluates model annotations at runtime, where 3.9 has no `|` on types)."""
    import ast

    for module in sorted(package.rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"), feature_version=(3, 9))
        for node in ast.walk(tree):
            annotation = getattr(node, "annotation", None) or getattr(node, "returns", None)
            if annotation is not None:
                uses_union_operator = any(
                    isinstance(part, ast.BinOp) and isinstance(part.op, ast.BitOr)
                    for part in ast.walk(annotation)
                )
                assert (
                    not uses_union_operator
                ), f"{module}:{node.lineno} uses `X | Y` in an annotation"


def test_fixture_package_imports_and_types_nested_enums() -> None:
    """Three shapes that once broke the package: an operation whose only parameter is the trace
    header, a list of enums, and descriptions that end in a quote or carry triple quotes."""
    package = next(paths.out / "python" for name, paths in fixture_paths() if name == "constructs")
    script = (
        "import inspect\n"
        "from yunxin_im.resources.gadgets import Gadgets\n"
        "from yunxin_im.models import GadgetStats, Size\n"
        "stats = GadgetStats.model_validate({'sizes': [1, 2, 9]})\n"
        "assert stats.sizes == [Size.SMALL, Size.LARGE, 9], stats\n"
        "assert type(stats.sizes[0]) is Size and type(stats.sizes[2]) is int\n"
        "assert list(inspect.signature(Gadgets.stats).parameters) == ['self', 'options']\n"
        "assert GadgetStats.__doc__.strip().endswith('\"gadget\"'), GadgetStats.__doc__\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=package, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
