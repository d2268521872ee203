"""Jinja2 filters of the Markdown templates."""

from __future__ import annotations

import json
from typing import Any


def mdcell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def tojson_pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
