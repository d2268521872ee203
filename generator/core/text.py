"""Prose from the spec, normalised the same way wherever it is read."""

from __future__ import annotations

import re
from typing import Any


def clean(text: Any) -> str:
    """A description trimmed, its paragraphs kept and the lines within each joined."""
    if not isinstance(text, str):
        return ""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paragraphs if p)


def snake_words(text: str) -> str:
    """``getPetById`` / ``Get pet by id`` / ``pet-store`` -> ``get_pet_by_id`` style words (ASCII
    letters and digits only; empty when nothing is left)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return "_".join(re.findall(r"[A-Za-z0-9]+", text)).lower()
