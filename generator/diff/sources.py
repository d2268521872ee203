"""Where the two sides of a diff come from: spec files or folders, or a git revision."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path
from typing import Any

from generator.core.bundler import bundle
from generator.core.loader import display_path
from generator.core.problems import Location, Problem, SpecError

#: Root files looked for, in this order, when a folder is given.
ROOT_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json", "spec/openapi.yaml")


def spec_root(path: Path) -> Path:
    """The root file of the spec at ``path``: the file itself, or the root file in a folder."""
    if path.is_dir():
        for name in ROOT_NAMES:
            if (path / name).is_file():
                return path / name
        raise SpecError(
            [
                Problem(
                    Location(display_path(path)),
                    "file-missing",
                    f"the folder has no spec root file ({', '.join(ROOT_NAMES)})",
                    "name the root file of the spec, or a folder that holds openapi.yaml",
                )
            ]
        )
    return path


def load_document(path: Path) -> dict[str, Any]:
    """The spec at ``path`` bundled into one document; raises SpecError when it cannot be read."""
    return bundle(spec_root(path)).document


def _git(repository: Path, *args: str) -> bytes:
    result = subprocess.run(["git", "-C", str(repository), *args], capture_output=True, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip() or "git failed"
        raise SpecError(
            [
                Problem(
                    Location(display_path(repository)),
                    "git",
                    f"`git {' '.join(args)}` failed: {message}",
                    "name a revision that exists in this repository (a tag, branch or commit)",
                )
            ]
        )
    return result.stdout


def repository_root(path: Path) -> Path:
    """The top folder of the git working tree that holds ``path``."""
    folder = path if path.is_dir() else path.parent
    return Path(_git(folder, "rev-parse", "--show-toplevel").decode().strip())


def export_revision(repository: Path, revision: str, folders: list[str], into: Path) -> None:
    """Write ``folders`` (paths relative to the repository) as they are at ``revision`` into
    ``into``; the working tree is not touched."""
    _git(repository, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    present = [
        folder
        for folder in folders
        if _git(repository, "ls-tree", "--name-only", revision, "--", folder).strip()
    ]
    if not present:
        return
    archive = _git(repository, "archive", "--format=tar", revision, "--", *present)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
