"""generator.formatter: black on Python files and on Python blocks of Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.problems import SpecError
from generator.formatter import format_files


def test_python_is_formatted_and_whitespace_normalised() -> None:
    files = format_files(
        {
            "a.py": "x = {'a':1}   \n\n\n\n\ny=2\n",
            "b.md": "# T  \n\n\n\n```python\nf( 1 )\n```\n",
            "c.yaml": "a: 1\n\n",
        }
    )
    # black keeps up to two blank lines between top-level statements; trailing spaces go
    assert files["a.py"] == 'x = {"a": 1}\n\n\ny = 2\n'
    assert files["b.md"] == "# T\n\n```python\nf(1)\n```\n"
    assert files["c.yaml"] == "a: 1\n"


def test_invalid_python_is_a_problem() -> None:
    with pytest.raises(SpecError) as caught:
        format_files({"python/x.py": "def broken(:\n"})
    assert caught.value.problems[0].rule == "generated-syntax"


def test_format_cache_gives_the_same_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from generator import formatter

    monkeypatch.setattr(formatter, "CACHE", tmp_path / "cache")
    source = "def f( a ):\n  return {'a':a}\n"
    first = formatter.format_python(source)
    assert list((tmp_path / "cache").rglob("*.py"))  # written
    assert formatter.format_python(source) == first == black_format(source)
    monkeypatch.setenv("YUNXIN_SDKGEN_NO_CACHE", "1")
    assert formatter.format_python(source) == first


def black_format(source: str) -> str:
    import black

    from generator.formatter import MODE

    return black.format_str(source, mode=MODE)
