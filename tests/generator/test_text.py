"""generator.core.text: the words of spec names, with accents folded and other scripts kept,
and the identifiers each target makes of them."""

from __future__ import annotations

import pytest

from generator.core.text import fold, snake_words, words
from generator.targets.python import naming as python
from generator.targets.typescript import naming as typescript


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("getPetById", ["get", "Pet", "By", "Id"]),
        ("HTTPServer", ["HTTP", "Server"]),
        ("pet-store v2", ["pet", "store", "v2"]),
        ("Größe", ["Grosse"]),
        ("café au lait", ["cafe", "au", "lait"]),
        ("ærø", ["aero"]),
        ("名前", ["名前"]),
        ("имя_поля", ["имя", "поля"]),
        ("ﬁle²", ["file2"]),  # NFKC, as Python reads identifiers
        ("a\u200bb", ["a", "b"]),  # a zero-width space separates
        ("✓ done", ["done"]),  # symbols are not identifier characters
        ("", []),
    ],
)
def test_words(name: str, expected: list[str]) -> None:
    assert words(name) == expected


def test_fold_keeps_ascii_and_other_scripts() -> None:
    assert fold("plain_ascii-1") == "plain_ascii-1"
    assert fold("Ünïcode 大") == "Unicode 大"


def test_snake_words_are_lowercase_and_may_be_empty() -> None:
    assert snake_words("Größe der Katze") == "grosse_der_katze"
    assert snake_words("!!!") == ""


def test_python_names_outside_ascii_are_valid_identifiers() -> None:
    for made in (
        python.field_name("名前"),
        python.field_name("größe"),
        python.argument_name("名前"),
        python.enum_member_name("大"),
        python.enum_member_name("groß"),
        python.pascal_case("größen_klasse"),
    ):
        assert made.isidentifier(), made
    assert python.field_name("größe") == "grosse"
    assert python.enum_member_name("groß") == "GROSS"
    assert python.enum_member_name("") == "VALUE_"
    assert python.enum_member_name("1st") == "VALUE_1ST"
    assert python.pascal_case("größen_klasse") == "GrossenKlasse"


def test_typescript_names_outside_ascii() -> None:
    assert typescript.camel_case("größe_der_katze") == "grosseDerKatze"
    assert typescript.enum_member_name("café") == "CAFE"
    assert typescript.camel_case("名前") == "名前"
