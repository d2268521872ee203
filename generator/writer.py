"""Write generated files deterministically and safely.

The generator owns the files listed in ``MANIFEST`` inside the output directory. A run builds
the new tree next to the old one (unchanged files are hard-linked, so their inode and mtime
stay), then swaps the directories: a failure at any point leaves the old output as it was.
Files the spec no longer produces are dropped; files the generator does not own are kept.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.problems import Problem
from generator.fingerprint import Fingerprint

MANIFEST = "MANIFEST"
_HEADER = "# Files written by `python -m generator generate`; do not edit them by hand.\n"


def manifest_text(files: dict[str, bytes], fingerprint: Fingerprint | None = None) -> str:
    hashes = {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
    return manifest_from_hashes(hashes, fingerprint)


def manifest_from_hashes(hashes: dict[str, str], fingerprint: Fingerprint | None = None) -> str:
    """The manifest of files with these content hashes (and the fingerprint, if any)."""
    lines = [f"{sha}  {path}" for path, sha in sorted(hashes.items())]
    return _HEADER + "\n".join(lines) + "\n" + (fingerprint.lines() if fingerprint else "")


def read_manifest(out: Path) -> set[str]:
    """Paths the previous run wrote (empty when there is no manifest)."""
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return set()
    return {
        line.split("  ", 1)[1]
        for line in text.splitlines()
        if "  " in line and not line.startswith("#")
    }


def with_manifest(
    files: dict[str, str], fingerprint: Fingerprint | None = None
) -> dict[str, bytes]:
    """The output files encoded, plus the manifest that lists them (and what they were made
    from, see :mod:`generator.fingerprint`)."""
    encoded = {path: text.encode("utf-8") for path, text in files.items()}
    encoded[MANIFEST] = manifest_text(encoded, fingerprint).encode("utf-8")
    return encoded


@dataclass
class Changes:
    """How the output directory differs from what the generator would write."""

    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: What the spec's processing reported without stopping (lint and lenient findings).
    warnings: list[Problem] = field(default_factory=list)

    @property
    def stale(self) -> list[str]:
        return sorted(self.changed + self.added + self.removed)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged"
        )


def compare(out: Path, files: dict[str, bytes]) -> Changes:
    changes = Changes()
    for path, data in sorted(files.items()):
        target = out / path
        try:
            current = target.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            changes.added.append(path)
            continue
        (changes.unchanged if current == data else changes.changed).append(path)
    changes.removed = sorted(p for p in read_manifest(out) - set(files) if (out / p).exists())
    return changes


def _place(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write(out: Path, files: dict[str, bytes]) -> Changes:
    """Make ``out`` hold exactly ``files`` (plus files it does not own); returns what changed."""
    changes = compare(out, files)
    if not changes.stale:
        return changes
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    owned_before = read_manifest(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        if out.is_dir():
            for root, dirs, names in os.walk(out):
                relative_root = Path(root).relative_to(out)
                for name in dirs:
                    (staging / relative_root / name).mkdir(parents=True, exist_ok=True)
                for name in names:
                    relative = (relative_root / name).as_posix()
                    unchanged = relative in files and relative not in changes.changed
                    foreign = relative not in files and relative not in owned_before
                    if unchanged or foreign:
                        _place(Path(root) / name, staging / relative)
        for path in changes.changed + changes.added:
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[path])
        _prune_empty_dirs(staging, keep=_dirs_of_unowned(out, owned_before | set(files)))
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return changes


def _dirs_of_unowned(out: Path, owned: set[str]) -> set[Path]:
    """Directories that held something the generator does not own (kept even if empty)."""
    keep: set[Path] = set()
    if not out.is_dir():
        return keep
    for root, dirs, names in os.walk(out):
        relative_root = Path(root).relative_to(out)
        if not dirs and not names:
            keep.add(relative_root)
        for name in names:
            if (relative_root / name).as_posix() not in owned:
                keep.add(relative_root)
    return keep


def _prune_empty_dirs(root: Path, keep: set[Path]) -> None:
    for directory in sorted(
        (p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True
    ):
        if not any(directory.iterdir()) and directory.relative_to(root) not in keep:
            directory.rmdir()


def _swap(staging: Path, out: Path) -> None:
    os.chmod(staging, 0o755)
    if not out.exists():
        os.replace(staging, out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    retired.rmdir()
    os.replace(out, retired)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(retired, out)
        raise
    shutil.rmtree(retired, ignore_errors=True)
