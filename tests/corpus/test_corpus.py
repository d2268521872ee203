"""Every broken spec of the corpus is refused: exit 2, each problem located at its line with a
fix (the snapshot), no traceback, and an existing output directory left byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.cases import CASES
from tests.corpus.run import SNAPSHOTS, generate, validate, write_case


def test_the_corpus_is_large_and_every_case_has_a_snapshot() -> None:
    assert len(CASES) >= 100
    assert sorted(p.stem for p in SNAPSHOTS.glob("*.txt")) == sorted(CASES)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_spec_is_refused(name: str, tmp_path: Path) -> None:
    write_case(tmp_path, CASES[name])
    status, err = validate(tmp_path)
    assert status == 2, err
    assert "Traceback" not in err and "internal error" not in err
    assert err == (SNAPSHOTS / f"{name}.txt").read_text(encoding="utf-8")
    for line in err.splitlines():
        if ": error[" in line:
            location = line.split(": error[", 1)[0]
            assert location.count(":") >= 2, line  # file:line:col
    out = tmp_path / "out"
    out.mkdir()
    (out / "MANIFEST").write_text("# earlier output\n", encoding="utf-8")
    (out / "keep.txt").write_text("an earlier file\n", encoding="utf-8")
    before = _tree(out)
    status, _ = generate(tmp_path)
    assert status == 2
    assert _tree(out) == before
