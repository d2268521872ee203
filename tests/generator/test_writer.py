"""generator.writer: manifest, unchanged files untouched, stale files removed, atomic swap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import writer
from generator.writer import MANIFEST, compare, read_manifest, with_manifest, write


def files(**content: str) -> dict[str, bytes]:
    return with_manifest({name.replace("__", "/"): text for name, text in content.items()})


def test_first_write_creates_everything_with_a_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    changes = write(out, files(a_txt="A\n", sub__b_py="B\n"))
    assert sorted(changes.added) == [MANIFEST, "a_txt", "sub/b_py"]
    assert (out / "sub" / "b_py").read_text() == "B\n"
    assert read_manifest(out) == {"a_txt", "sub/b_py"}


def test_unchanged_files_keep_their_inode_and_mtime(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, files(a="A\n", b="B\n"))
    os.utime(out / "a", (1_000_000, 1_000_000))
    before = (out / "a").stat()
    changes = write(out, files(a="A\n", b="B2\n"))
    after = (out / "a").stat()
    assert changes.changed == [MANIFEST, "b"] and "a" in changes.unchanged
    assert (after.st_ino, after.st_mtime) == (before.st_ino, before.st_mtime)
    assert (out / "b").read_text() == "B2\n"


def test_nothing_is_touched_when_nothing_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, files(a="A\n"))
    inode = out.stat().st_ino
    changes = write(out, files(a="A\n"))
    assert not changes.stale and out.stat().st_ino == inode


def test_files_no_longer_produced_are_removed_but_foreign_files_stay(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, files(a="A\n", old__gone="G\n"))
    (out / "NOTES.txt").write_text("mine\n")
    changes = write(out, files(a="A\n"))
    assert changes.removed == ["old/gone"]
    assert not (out / "old").exists()
    assert (out / "NOTES.txt").read_text() == "mine\n"


def test_compare_reports_hand_edits(tmp_path: Path) -> None:
    out = tmp_path / "out"
    wanted = files(a="A\n", b="B\n")
    write(out, wanted)
    (out / "a").write_text("edited by hand\n")
    (out / "b").unlink()
    changes = compare(out, wanted)
    assert changes.changed == ["a"] and changes.added == ["b"]
    assert changes.stale == ["a", "b"]


def test_a_failure_while_writing_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write(out, files(a="A\n", b="B\n"))
    snapshot = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def explode(staging: Path, target: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(writer, "_swap", explode)
    with pytest.raises(OSError):
        write(out, files(a="A2\n", c="C\n"))
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == snapshot
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging directory left behind
