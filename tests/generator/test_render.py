"""generator.render: the output table and the presentation filters."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.core.modeler import build_model
from generator.core.problems import SpecError
from generator.pipeline import load_spec
from generator.render import outputs, render
from generator.targets.docs.filters import mdcell
from generator.targets.python.filters import docstring, docwrap
from tests.generator.test_modeler import CONSTRUCTS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_outputs_cover_every_kind_of_file() -> None:
    api = build_model(load_spec(CONSTRUCTS))
    files = outputs(api)
    paths = [o.path for o in files]
    # the hand-written runtime is copied, not rendered
    copied = {o.path for o in files if o.source is not None}
    assert "python/yunxin_im/_base_client.py" in copied
    assert "python/yunxin_im/_client.py" not in copied
    assert "python/yunxin_im/resources/widgets.py" in paths
    assert "python/yunxin_im/models/gadgets.py" in paths
    assert "docs/widgets.md" in paths and "docs/index.md" in paths
    assert "openapi.yaml" in paths and "python/pyproject.toml" in paths
    assert (
        "python/yunxin_im/_conversation_id.py" not in paths
    )  # the fixture has no ConversationType
    assert len(paths) == len(set(paths))


def test_docstring_filter() -> None:
    assert docstring("Short.", 4) == '    """Short."""'
    long = docstring("word " * 40, 4)
    assert long.startswith('    """word word') and long.endswith('\n    """')
    assert all(len(line) <= 100 for line in long.splitlines())
    assert docstring('a "quoted" back\\slash', 0) == '"""a "quoted" back\\\\slash"""'


HOSTILE_TEXTS = [
    'ends with a quote "',
    'triple """ inside',
    '""""',
    "back\\",
    'backslash then quote \\"',
    "{{ jinja }} and {% raw %} stay literal",
    "line\nbreaks\r\nand\ttabs",
    "中文说明 with émoji 🎉",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_docstring_of_hostile_text_is_a_literal_of_that_text(text: str) -> None:
    for indent in (0, 4):
        rendered = docstring(text, indent)
        assert ast.literal_eval(rendered.strip()).strip() == " ".join(text.split())


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
@settings(max_examples=300, deadline=None)
def test_docstring_round_trips_any_text(text: str) -> None:
    """Whatever a spec's description holds, the docstring is valid Python that says it."""
    flat = " ".join(text.split())
    rendered = docstring(text, 4)
    value = ast.literal_eval(rendered.strip())
    assert " ".join(value.split()) == flat


def test_docwrap_hanging_indent() -> None:
    text = docwrap("name: " + "x " * 60, 8, hanging=4)
    lines = text.splitlines()
    assert lines[0].startswith("        name:") and all(
        line.startswith("            ") for line in lines[1:]
    )


def test_mdcell_escapes_pipes() -> None:
    assert mdcell("a|b\nc") == "a\\|b c"


def test_template_errors_name_the_template(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    for source in TEMPLATES.rglob("*.jinja"):
        target = templates / source.relative_to(TEMPLATES)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (templates / "docs" / "index.md.jinja").write_text(
        "line one\n{{ api.no_such_thing }}\n", encoding="utf-8"
    )
    with pytest.raises(SpecError) as caught:
        render(build_model(load_spec(CONSTRUCTS)), templates)
    (problem,) = caught.value.problems
    assert problem.rule == "template-error"
    assert problem.location.file.endswith("docs/index.md.jinja") and problem.location.line == 2
