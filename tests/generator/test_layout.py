"""The Python target writes code as black would lay it out, so that black changes nothing.

Black still formats every file (``generator.formatter``); what these tests pin is that its
first pass finds nothing to do, which spares the second pass black runs whenever the first
changed something. The property is checked against black itself: on literals and calls of
any JSON-like values at any depth, and on every Python file the fixture specs and our own spec
render to.
"""

from __future__ import annotations

import keyword
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.core.bundler import bundle
from generator.core.modeler import build_model
from generator.formatter import MODE, _tidy_python
from generator.pipeline import REPOSITORY
from generator.render import outputs, render_outputs
from generator.targets.python import layout
from generator.targets.python.filters import pyrepr

FIXTURES = REPOSITORY / "tests" / "fixtures" / "specs"


def _stable(code: str) -> bool:
    return black.format_str(code, mode=MODE) == code


def _nested(indent: int, statement: str) -> str:
    """``statement`` (already indented by ``indent``) inside enough blocks to be valid."""
    blocks = "".join(" " * level + "if True:\n" for level in range(0, indent, 4))
    return blocks + statement + "\n"


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(10**12), 10**12), _TEXT, st.floats())
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=6), st.dictionaries(_TEXT, inner, max_size=6)),
    max_leaves=30,
)
_NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,30}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name)
)


@given(_TEXT)
def test_a_string_literal_is_what_black_writes_and_reads_back(text: str) -> None:
    literal = pyrepr(text)
    assert eval(literal) == text
    assert _stable(f"x = {literal}\n")


@given(_VALUES)
def test_a_json_literal_reads_back(value: Any) -> None:
    assert repr(eval(pyrepr(value))) == repr(value)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_NAMES, _VALUES), max_size=6, unique_by=lambda pair: pair[0]),
    st.sampled_from([0, 4, 8, 12]),
    st.from_regex(r"[a-z][a-z_]{0,20}(\.[a-z][a-z_]{0,20}){0,3}", fullmatch=True).filter(
        lambda dotted: not any(keyword.iskeyword(part) for part in dotted.split("."))
    ),
)
def test_a_call_of_literals_is_black_stable(
    arguments: list[tuple[str, Any]], indent: int, function: str
) -> None:
    node = layout.call(function, **dict(arguments))
    code = " " * indent + layout.assignment("result", node, indent)
    assert _stable(_nested(indent, code)), code


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=12, unique=True), st.sampled_from([4, 8, 12]))
def test_a_body_mapping_is_black_stable(names: list[str], indent: int) -> None:
    class Parameter:
        def __init__(self, name: str) -> None:
            self.wire_name = self.py_name = name

    mapping = layout.mapping([Parameter(n) for n in names], "body", indent)
    code = _nested(
        indent - 4, " " * (indent - 4) + "f(\n" + mapping + "\n" + " " * (indent - 4) + ")"
    )
    assert _stable(code), code


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.from_regex(r"[A-Z][A-Za-z0-9]{0,50}", fullmatch=True),
        lambda inner: st.tuples(
            st.sampled_from(["Optional", "List", "Union", "Dict"]),
            st.lists(inner, min_size=1, max_size=4),
        ).map(lambda pair: f"{pair[0]}[{', '.join(pair[1])}]"),
        max_leaves=8,
    ),
    _NAMES,
    st.booleans(),
)
def test_a_field_line_is_black_stable(annotation: str, name: str, optional: bool) -> None:
    assert layout.flat(layout.annotation(annotation)) == annotation
    if optional:
        line = layout.assignment(name, layout.Literal("None"), 4, annotation)
    else:
        line = layout.annotated(name, annotation, 4)
    assert _stable(f"class A:\n    {line}\n"), line


def test_annotations_that_do_not_parse_stay_one_literal() -> None:
    for text in ('Literal["a b"]', "Callable[..., int]", "int | None", "List[int"):
        node = layout.annotation(text)
        assert layout.flat(node) == text


def test_a_long_call_splits_as_black_does() -> None:
    node = layout.call("client.accounts.create", account_id="user1", token="x" * 40, tags=["a"] * 9)
    assert layout.assignment("result", node, 0) == (
        "result = client.accounts.create(\n"
        '    account_id="user1",\n'
        f'    token="{"x" * 40}",\n'
        '    tags=["a", "a", "a", "a", "a", "a", "a", "a", "a"],\n'
        ")"
    )


def _rendered_python(spec: Path) -> dict[str, str]:
    api = build_model(bundle(spec), None)
    rendered = render_outputs(outputs(api), REPOSITORY / "templates")
    return {path: text for path, text in rendered.items() if path.endswith(".py")}


@pytest.mark.parametrize(
    "spec",
    [
        REPOSITORY / "spec" / "openapi.yaml",
        *sorted(FIXTURES.glob("*/spec/openapi.*")),
    ],
    ids=lambda path: path.parts[-3] if "fixtures" in path.parts else "yunxin",
)
def test_every_rendered_python_file_is_already_black_formatted(spec: Path) -> None:
    rendered = _rendered_python(spec)
    assert rendered
    unstable = [path for path, text in rendered.items() if not _stable(_tidy_python(text))]
    assert unstable == []
