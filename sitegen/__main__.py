"""python -m sitegen [--docs generated/docs] [--changelog generated/python/CHANGELOG.md] [--out site]"""

from __future__ import annotations

import sys

from sitegen.build import main

sys.exit(main(sys.argv[1:]))
