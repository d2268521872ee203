"""Prose and names from the spec, normalised the same way wherever they are read."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: Latin letters that Unicode does not decompose into an ASCII letter and a mark.
_LATIN = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "ł": "l",
    "Ł": "L",
    "þ": "th",
    "Þ": "Th",
    "ı": "i",
}
#: A word: letters and digits of any script (``_`` and punctuation separate words).
_WORD = re.compile(r"[^\W_]+")


def clean(text: Any) -> str:
    """A description trimmed, its paragraphs kept and the lines within each joined."""
    if not isinstance(text, str):
        return ""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paragraphs if p)


def fold(text: str) -> str:
    """``text`` in NFKC form with accented Latin letters as plain ASCII ones (``Größe`` ->
    ``Grosse``, ``café`` -> ``cafe``); letters of other scripts (``名前``, ``имя``) stay, since
    they are valid in identifiers of the target languages. NFKC is the form Python itself
    gives identifiers, so two names that differ only in it are seen as the same here too."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKC", text):
        if char.isascii():
            out.append(char)
        elif char in _LATIN:
            out.append(_LATIN[char])
        else:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            out.append(bare if bare.isascii() and bare.isalnum() else char)
    return "".join(out)


def words(text: str, camel: bool = True) -> list[str]:
    """The words of a name as written (case kept): ``getPetByID`` -> ``get Pet By ID`` (with
    ``camel``, else one word); ``pet-store`` -> ``pet store``; ``Größe`` -> ``Grosse``. Only
    letters and digits that may continue an identifier are kept; anything else separates
    words."""
    text = fold(text)
    if camel:
        text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
        text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    found = []
    for word in _WORD.findall(text):
        kept = "".join(c for c in word if f"a{c}".isidentifier())
        if kept:
            found.append(kept)
    return found


def snake_words(text: str) -> str:
    """``getPetById`` / ``Get pet by id`` / ``pet-store`` -> ``get_pet_by_id`` style words
    (letters and digits that identifiers allow, accents folded; empty when nothing is left)."""
    return "_".join(words(text)).lower()
