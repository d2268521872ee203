"""generator.core.validator: each OpenAPI version checked by its own validator, the version field
itself, validation by parts for every version, and lenient mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.core import validator
from generator.core.bundler import bundle
from generator.core.problems import SpecError
from generator.core.validator import openapi_version, validate_openapi
from tests.support.specs import ROOT, THINGS, write_spec


def _spec(tmp_path: Path, version: str, extra: str = "") -> Path:
    return write_spec(
        tmp_path,
        {
            "openapi.yaml": ROOT.replace("openapi: 3.1.0\n", f"openapi: {version}\n", 1),
            "components/schemas/things.yaml": THINGS + extra,
        },
    )


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0", "3.1.1", "3.2.0"])
def test_each_version_is_validated_by_its_own_validator(
    version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = bundle(_spec(tmp_path, version))
    assert openapi_version(loaded) == version[:3]
    used: list[str] = []
    real = validator._run_validator

    def spy(document: dict[str, Any], minor: str = "3.1") -> Any:
        used.append(minor)
        return real(document, minor)

    monkeypatch.setattr(validator, "_run_validator", spy)
    validate_openapi(loaded)
    assert used == [version[:3]]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0", "3.2.0"])
def test_errors_are_located_in_every_version(version: str, tmp_path: Path) -> None:
    root = _spec(tmp_path, version, "    broken: {type: strnig}\n")
    with pytest.raises(SpecError) as caught:
        validate_openapi(bundle(root))
    problems = caught.value.problems
    assert problems
    for problem in problems:
        assert problem.location.file.endswith("components/schemas/things.yaml")
        assert (problem.location.line, problem.location.column) == (9, 14)
        assert f"OpenAPI {version[:3]}" in problem.message


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("openapi: '3.1'\n", "lacks its patch number"),
        ("openapi: 3.1\n", "must be a string"),
        ("openapi: 4.0.0\n", "version this generator reads"),
        ("openapi: 3.9.0\n", "version this generator reads"),
        ("swagger: '2.0'\n", "Swagger 2.0 document"),
        ("", "no `openapi` field"),
    ],
)
def test_a_version_it_cannot_read_is_one_located_problem(
    line: str, words: str, tmp_path: Path
) -> None:
    root = write_spec(tmp_path, {"openapi.yaml": ROOT.replace("openapi: 3.1.0\n", line, 1)})
    with pytest.raises(SpecError) as caught:
        validate_openapi(bundle(root), lenient=True)  # not a finding lenient mode can skip
    (problem,) = caught.value.problems
    assert problem.rule == "openapi-version" and words in problem.message
    assert problem.location.file.endswith("openapi.yaml") and problem.fix


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0", "3.2.0"])
def test_known_parts_are_not_validated_again(
    version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _spec(tmp_path, version)
    names = validate_openapi(bundle(root))
    assert names

    def whole(loaded: Any, minor: str = "3.1") -> list[Any]:
        raise AssertionError("the whole document was validated")

    def part(document: dict[str, Any], minor: str = "3.1") -> bool:
        raise AssertionError("a part was validated")

    monkeypatch.setattr(validator, "_validate_whole", whole)
    monkeypatch.setattr(validator, "_valid", part)
    assert validate_openapi(bundle(root), names) == names


def test_lenient_mode_keeps_findings_as_warnings(tmp_path: Path) -> None:
    root = _spec(tmp_path, "3.0.3", "    broken: {type: strnig}\n")
    with pytest.raises(SpecError) as caught:
        validate_openapi(bundle(root))
    loaded = bundle(root)
    assert validate_openapi(loaded, lenient=True) == frozenset()
    assert [w.location for w in loaded.warnings] == [p.location for p in caught.value.problems]
    assert all(w.severity == "warning" for w in loaded.warnings)
    assert loaded.warnings[0].render().split(": ")[1].startswith("warning[openapi-invalid]")
