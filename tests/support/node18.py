"""Node.js 18, the oldest release the TypeScript SDK supports, for the tests that run on it.

The machine's own ``node`` is newer. The official Linux build of Node 18 is published on the
npm registry as ``node-linux-<arch>``; :func:`node_18` installs it once under
``build/node-<version>/`` (about 140 MB, some 20 s) and returns the path of its binary. The
install goes to a scratch folder that is renamed into place, so an interrupted download never
leaves a half-installed binary behind.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = "18.20.8"
_ARCHES = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}


def node_18() -> Path:
    """The ``node`` binary of Node.js :data:`VERSION` (skips where no Linux build fits)."""
    arch = _ARCHES.get(platform.machine().lower())
    if not sys.platform.startswith("linux") or arch is None or shutil.which("npm") is None:
        pytest.skip(f"no Node {VERSION} build for {sys.platform}/{platform.machine()} or no npm")
    package = f"node-linux-{arch}"
    home = ROOT / "build" / f"node-{VERSION}"
    binary = home / "node_modules" / package / "bin" / "node"
    if binary.exists():
        return binary
    home.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=home.parent, prefix=".node-") as scratch:
        (Path(scratch) / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        done = subprocess.run(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                f"{package}@{VERSION}",
            ],
            cwd=scratch,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, f"npm install {package}@{VERSION} failed:\n{done.stderr}"
        if not home.exists():
            Path(scratch).rename(home)
            Path(scratch).mkdir()  # for TemporaryDirectory's cleanup
    version = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert version.stdout.strip() == f"v{VERSION}", version.stdout
    return binary
