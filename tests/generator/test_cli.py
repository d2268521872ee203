"""The command line: exit codes, error snapshots, untouched output on failure, determinism."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.specs import COMMON, PATHS, ROOT, THINGS, write_spec

REPO = Path(__file__).resolve().parents[2]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"

BROKEN: dict[str, dict[str, str]] = {
    "yaml-syntax": {
        "paths/things.yaml": PATHS.replace(
            "    summary: Get a thing\n", "    summary: [Get a thing\n"
        )
    },
    "duplicate-key": {
        "components/schemas/things.yaml": THINGS
        + "    count: {type: string, description: Again.}\n"
    },
    "invalid-openapi": {
        "paths/things.yaml": PATHS.replace("        in: path\n", "        in: body\n")
    },
    "dangling-ref": {
        "paths/things.yaml": PATHS.replace("things.yaml#/Thing", "things.yaml#/Thingy")
    },
    "missing-file": {"openapi.yaml": ROOT.replace("paths/things.yaml#", "paths/thing.yaml#")},
    "unsupported-construct": {
        "components/schemas/things.yaml": THINGS
        + "    either:\n      oneOf: [{type: string}, {type: integer}]\n"
    },
    "several-problems": {
        "paths/things.yaml": PATHS.replace("    summary: Get a thing\n", "").replace(
            "count: 2", "count: two"
        ),
        "components/schemas/common.yaml": COMMON
        + "Orphan:\n  type: object\n  properties:\n    x: {type: string}\n",
    },
}

# A second operation with the same operationId, on another path of the same file.
_OTHER = PATHS.replace("/v1/things/{thing_id}:", "/v1/copies/{thing_id}:")
BROKEN["duplicate-operation-id"] = {
    "paths/things.yaml": PATHS + "\n" + _OTHER,
    "openapi.yaml": ROOT
    + "  /v1/copies/{thing_id}:\n    $ref: 'paths/things.yaml#/~1v1~1copies~1{thing_id}'\n",
}


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI in ``cwd``; the spec and output default to ``cwd``/spec and ``cwd``/generated."""
    if args and args[0] in ("validate", "generate", "check") and "--spec" not in args:
        args = [*args, "--spec", "spec/openapi.yaml"]
    if args and args[0] in ("generate", "check") and "--out" not in args:
        args = [*args, "--out", "generated"]
    environment = {**os.environ, "PYTHONPATH": str(REPO), **env}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def spec_dir(tmp_path: Path, overrides: dict[str, str]) -> Path:
    write_spec(tmp_path / "spec", overrides)
    return tmp_path


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_spec_snapshot(tmp_path: Path, case: str) -> None:
    result = run(["validate"], spec_dir(tmp_path, BROKEN[case]))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    snapshot = SNAPSHOTS / f"{case}.txt"
    if UPDATE or not snapshot.exists():
        snapshot.write_text(result.stderr, encoding="utf-8")
    assert result.stderr == snapshot.read_text(encoding="utf-8")


def test_valid_spec_and_generate_check_cycle(tmp_path: Path) -> None:
    cwd = spec_dir(tmp_path, {})
    assert run(["validate"], cwd).returncode == 0
    templates = ["--templates", str(REPO / "templates")]
    generated = run(["generate", *templates], cwd)
    assert generated.returncode == 0, generated.stderr
    assert (cwd / "generated" / "python" / "yunxin_im" / "resources" / "things.py").is_file()
    assert run(["check", *templates], cwd).returncode == 0
    (cwd / "generated" / "docs" / "things.md").write_text("hand edit\n")
    stale = run(["check", *templates], cwd)
    assert stale.returncode == 1 and "differs:   docs/things.md" in stale.stderr


def test_failed_generation_leaves_output_byte_for_byte(tmp_path: Path) -> None:
    cwd = spec_dir(tmp_path, {})
    templates = ["--templates", str(REPO / "templates")]
    assert run(["generate", *templates], cwd).returncode == 0
    before = {p: p.read_bytes() for p in (cwd / "generated").rglob("*") if p.is_file()}
    write_spec(cwd / "spec", BROKEN["dangling-ref"])
    result = run(["generate", *templates], cwd)
    assert result.returncode == 2 and "nothing was written" in result.stderr
    assert {p: p.read_bytes() for p in (cwd / "generated").rglob("*") if p.is_file()} == before


def _tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_output_is_identical_across_hash_seeds_and_locales(tmp_path: Path) -> None:
    digests = set()
    for seed, locale in (("0", "C"), ("12345", "C.UTF-8"), ("987", "en_US.UTF-8")):
        out = tmp_path / f"out-{seed}"
        result = run(
            [
                "generate",
                "--spec",
                str(REPO / "spec" / "openapi.yaml"),
                "--templates",
                str(REPO / "templates"),
                "--out",
                str(out),
            ],
            REPO,
            PYTHONHASHSEED=seed,
            YUNXIN_SDKGEN_NO_CACHE="1",
            LC_ALL=locale,
            LANG=locale,
        )
        assert result.returncode == 0, result.stderr
        digests.add(_tree_digest(out))
    assert len(digests) == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run(["frobnicate"], tmp_path)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_defaults_are_the_repository_paths_from_any_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_generate_reports_what_validate_reports(tmp_path: Path, case: str) -> None:
    """generate validates while it renders (and by parts): its report is the same."""
    cwd = spec_dir(tmp_path, BROKEN[case])
    result = run(["generate", "--templates", str(REPO / "templates")], cwd)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (SNAPSHOTS / f"{case}.txt").read_text(encoding="utf-8")
    assert not (cwd / "generated").exists()
