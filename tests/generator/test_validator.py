"""generator.core.validator: OpenAPI 3.1 errors mapped to source lines."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.core import validator
from generator.core.bundler import bundle
from generator.core.problems import SpecError, sort_problems
from generator.core.validator import validate_openapi
from tests.support.specs import PATHS, write_spec


def test_valid_spec_passes(tmp_path: Path) -> None:
    validate_openapi(bundle(write_spec(tmp_path)))


def test_schema_error_points_at_the_source_line(tmp_path: Path) -> None:
    broken = PATHS.replace("        in: path\n", "        in: body\n")
    with pytest.raises(SpecError) as caught:
        validate_openapi(bundle(write_spec(tmp_path, {"paths/things.yaml": broken})))
    problems = caught.value.problems
    assert problems and all(p.rule == "openapi-invalid" for p in problems)
    assert any(
        p.location.file.endswith("paths/things.yaml") and p.location.line >= 10 for p in problems
    )


def test_unresolved_path_parameter_points_at_the_operation(tmp_path: Path) -> None:
    broken = PATHS.replace("      - name: thing_id\n", "      - name: other_id\n").replace(
        "example: t1", "example: t1"
    )
    with pytest.raises(SpecError) as caught:
        validate_openapi(bundle(write_spec(tmp_path, {"paths/things.yaml": broken})))
    problem = next(
        p for p in caught.value.problems if "thing_id" in p.message and "resolved" in p.message
    )
    assert problem.location.file.endswith("paths/things.yaml")
    assert problem.location.line == 4  # the `get:` of the operation
    assert "in: path" in problem.fix


REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def project_spec(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "spec", tmp_path / "spec")
    return tmp_path / "spec"


def _replace_first(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_revalidates_only_the_parts_it_changed(
    project_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = validate_openapi(bundle(project_spec / "openapi.yaml"))
    assert len(known) > 100
    _replace_first(
        project_spec / "components" / "schemas" / "friends.yaml",
        "  properties:\n",
        "  properties:\n    extra: {type: string, description: Extra.}\n",
    )
    checked: list[dict[str, Any]] = []
    real_valid = validator._valid

    def spy(document: dict[str, Any], version: str = "3.1") -> bool:
        checked.append(document)
        return real_valid(document, version)

    def whole(loaded: Any, version: str = "3.1") -> list[Any]:
        raise AssertionError("the whole document was validated")

    monkeypatch.setattr(validator, "_valid", spy)
    monkeypatch.setattr(validator, "_validate_whole", whole)
    names = validate_openapi(bundle(project_spec / "openapi.yaml"), known)
    assert 0 < len(checked) == len(names - known) < len(known) // 4


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("paths/friends.yaml", "in: query", "in: body"),
        ("components/schemas/friends.yaml", "type: string", "type: strin"),
        ("components/schemas/friends.yaml", "type: string", "type: string\n      minLength: -1"),
        (
            "paths/friends.yaml",
            "    x-sdk-method: add\n",
            "    x-sdk-method: add\n    servers: 3\n",
        ),
    ],
)
def test_problems_found_by_parts_are_those_of_a_full_validation(
    project_spec: Path, file: str, old: str, new: str
) -> None:
    known = validate_openapi(bundle(project_spec / "openapi.yaml"))
    _replace_first(project_spec / file, old, new)
    broken = bundle(project_spec / "openapi.yaml")
    with pytest.raises(SpecError) as whole:
        validate_openapi(broken)
    with pytest.raises(SpecError) as by_parts:
        validate_openapi(broken, known)
    rendered = [p.render() for p in sort_problems(by_parts.value.problems)]
    assert rendered == [p.render() for p in sort_problems(whole.value.problems)]
    assert rendered
