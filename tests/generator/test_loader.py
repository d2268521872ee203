"""generator.core.loader: YAML with positions, and its problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core import loader
from generator.core.loader import (
    join_pointer,
    load_file,
    load_yaml_text,
    resolve_pointer,
    split_pointer,
)
from generator.core.problems import SpecError

TEXT = """\
a:
  b: 1
  list:
    - x
    - y: 2
date: 2024-01-02
flag: true
"""


def test_values_and_positions() -> None:
    source = load_yaml_text(TEXT, Path("f.yaml"))
    assert source.data == {
        "a": {"b": 1, "list": ["x", {"y": 2}]},
        "date": "2024-01-02",
        "flag": True,
    }
    assert source.positions["/a/b"] == (2, 3)
    assert source.positions["/a/list/1/y"] == (5, 7)
    assert source.location("/a/list/1/y/missing").line == 5  # nearest ancestor


def test_dates_stay_strings() -> None:
    assert load_yaml_text("d: 2025-05-30\n", Path("f.yaml")).data == {"d": "2025-05-30"}


def test_duplicate_key_is_reported_with_both_lines() -> None:
    with pytest.raises(SpecError) as caught:
        load_yaml_text("a: 1\nb: 2\na: 3\n", Path("dup.yaml"))
    (problem,) = caught.value.problems
    assert problem.rule == "yaml-duplicate-key"
    assert (problem.location.line, problem.location.column) == (3, 1)
    assert "first on line 1" in problem.message


def test_syntax_error_has_position() -> None:
    with pytest.raises(SpecError) as caught:
        load_yaml_text("a:\n  b: [1, 2\nc: 3\n", Path("bad.yaml"))
    (problem,) = caught.value.problems
    assert problem.rule == "yaml-syntax"
    assert problem.location.file == "bad.yaml"
    assert problem.location.line == 3


def test_merge_keys_are_rejected() -> None:
    with pytest.raises(SpecError) as caught:
        load_yaml_text("base: &b {x: 1}\nother:\n  <<: *b\n", Path("m.yaml"))
    assert caught.value.problems[0].rule == "yaml-merge-key"


def test_empty_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_yaml_text("", tmp_path / "e.yaml")
    assert caught.value.problems[0].rule == "yaml-empty"
    with pytest.raises(SpecError) as caught:
        load_file(tmp_path / "nope.yaml")
    assert caught.value.problems[0].rule == "file-missing"


def test_pointers_round_trip() -> None:
    pointer = join_pointer(join_pointer("", "/im/v2/x"), "a~b")
    assert pointer == "/~1im~1v2~1x/a~0b"
    assert split_pointer(pointer) == ["/im/v2/x", "a~b"]
    assert resolve_pointer({"/im/v2/x": {"a~b": 5}}, pointer) == 5
    with pytest.raises(KeyError):
        resolve_pointer({"a": [1]}, "/a/3")


@pytest.mark.skipif(not loader.USE_LIBYAML, reason="libyaml is not installed")
def test_libyaml_and_pure_python_give_the_same_data_and_positions() -> None:
    repo = Path(__file__).resolve().parents[2]
    files = [*sorted((repo / "spec").rglob("*.yaml")), repo / "generated" / "openapi.yaml"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = loader._load(text, path, loader._CLoader)
        pure = loader._load(text, path, loader._Loader)
        assert repr(fast.data) == repr(pure.data), path
        assert fast.positions == pure.positions, path


@pytest.mark.skipif(not loader.USE_LIBYAML, reason="libyaml is not installed")
def test_libyaml_errors_read_as_the_pure_python_ones() -> None:
    text = "a:\n  b: [1, 2\nc: d: e\n"
    with pytest.raises(SpecError) as fast:
        load_yaml_text(text, Path("f.yaml"))
    with pytest.raises(SpecError) as pure:
        loader._load(text, Path("f.yaml"), loader._Loader)
    assert [p.render() for p in fast.value.problems] == [p.render() for p in pure.value.problems]
    assert "yaml-syntax" in fast.value.problems[0].render()
