"""``make package``, TypeScript part: the npm tarball of generated/typescript.

The package is copied to a scratch folder first, so that its build (``prepack``: tsc to
``dist/esm`` and ``dist/cjs``) never writes into generated/, and built with the pinned tools of
the repository's node_modules (TypeScript, @types/node).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "typescript"


def pack(out: Path, package: Path = PACKAGE) -> Path:
    """Build and pack ``package`` into ``out``; returns the tarball."""
    tools = ROOT / "node_modules" / ".bin"
    if not (tools / "tsc").exists():
        raise SystemExit("node_modules is missing: run `make node` first")
    out.mkdir(parents=True, exist_ok=True)
    # inside the repository, so that tsc finds the pinned @types/node in its node_modules
    scratch_root = ROOT / "build"
    scratch_root.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=scratch_root, prefix="npm-") as scratch:
        copy = Path(scratch) / "package"
        shutil.copytree(package, copy)
        environment = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"}
        done = subprocess.run(
            ["npm", "pack", "--pack-destination", str(out.resolve()), "--loglevel=error"],
            cwd=copy,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise SystemExit(f"npm pack failed:\n{done.stdout}\n{done.stderr}")
    name = done.stdout.strip().splitlines()[-1]
    return out / name
