"""``python -m npmpack [OUT]``: pack generated/typescript into OUT (default dist/)."""

from __future__ import annotations

import sys
from pathlib import Path

from npmpack import ROOT, pack

if __name__ == "__main__":
    tarball = pack(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist")
    print(tarball)
