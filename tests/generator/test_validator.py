"""generator.validator: OpenAPI 3.1 errors mapped to source lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.bundler import bundle
from generator.problems import SpecError
from generator.validator import validate_openapi
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
