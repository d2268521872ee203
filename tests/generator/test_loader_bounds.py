"""JSON input and the bounds on hostile YAML/JSON: every problem located, none a crash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.core.loader import MAX_DEPTH, load_text
from generator.core.problems import SpecError


def problems(text: str, name: str) -> list[str]:
    with pytest.raises(SpecError) as raised:
        load_text(text, Path(name))
    return [f"{p.location}: {p.rule}" for p in raised.value.problems]


def test_json_values_keep_their_positions() -> None:
    text = '{"a": {"b": [1, 2, {"c~/": "x\\"y"}]},\n "d": 1e5, "e": null}'
    source = load_text(text, Path("f.json"))
    assert source.data == {"a": {"b": [1, 2, {"c~/": 'x"y'}]}, "d": 1e5, "e": None}
    assert source.positions["/a/b/2/c~0~1"] == (1, 21)
    assert source.location("/e").line == 2 and source.location("/e").column == 12


def test_json_errors_are_located() -> None:
    assert problems('{"a": 1,\n "a": 2}', "dup.json") == ["dup.json:2:2: json-duplicate-key"]
    assert problems('{"a": 1,\n "b": }', "syn.json") == ["syn.json:2:7: json-syntax"]
    assert problems('{"a": NaN}', "nan.json") == ["nan.json:1:1: json-value"]
    assert problems("", "e.json") == ["e.json:1:1: json-empty"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", "flow.yaml", "flow.yaml:1:203"),
        ("- " * 100_000 + "x\n", "dash.yaml", "dash.yaml:1:401"),
        (
            "a:\n" + "".join(" " * i + "k:\n" for i in range(1, 400)) + " " * 400 + "x: 1\n",
            "indent.yaml",
            "indent.yaml:201:201",
        ),
        ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "deep.json", "deep.json:1:206"),
    ],
)
def test_nesting_is_bounded(text: str, name: str, expected: str) -> None:
    started = time.perf_counter()
    assert problems(text, name) == [f"{expected}: nesting-depth"]
    assert time.perf_counter() - started < 5


def test_nesting_up_to_the_bound_loads() -> None:
    depth = MAX_DEPTH - 1
    assert load_text("a: " + "[" * depth + "]" * depth + "\n", Path("ok.yaml")).data


def test_alias_bomb_and_recursive_alias_are_refused_quickly() -> None:
    bomb = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10)
    )
    started = time.perf_counter()
    assert problems(bomb, "bomb.yaml") == ["bomb.yaml:9:5: yaml-alias-bomb"]
    assert time.perf_counter() - started < 2
    assert problems("a: &x [1, *x]\n", "rec.yaml") == ["rec.yaml:1:4: yaml-alias-recursive"]


def test_a_few_aliases_still_load() -> None:
    source = load_text("a: &x {k: [1, 2]}\nb: *x\nc: *x\n", Path("ok.yaml"))
    assert source.data["c"] == {"k": [1, 2]}
