"""Mutated specs, in every OpenAPI version and in YAML or JSON: loading, bundling and
validation either accept them or refuse them with located problems; nothing else escapes."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.core.bundler import bundle
from generator.core.problems import SpecError
from generator.core.validator import validate_openapi
from tests.support.specs import ROOT, mini_spec_files

VERSIONS = ["3.0.3", "3.1.0", "3.2.0"]
JUNK = st.text(
    alphabet=st.sampled_from([*"ab01:-[]{}&*!|>'\"#%@`~ \t\\", "\n", "é", "\x00"]),
    max_size=12,
)


def _files(version: str, as_json: bool) -> dict[str, str]:
    files = dict(mini_spec_files())
    files["openapi.yaml"] = ROOT.replace("openapi: 3.1.0\n", f"openapi: {version}\n", 1)
    if as_json:  # the root file as JSON, refs and all
        data = yaml.safe_load(files.pop("openapi.yaml"))
        files["openapi.json"] = json.dumps(data, indent=2)
    return files


def _check(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        spec = Path(directory) / "spec"
        for name, text in files.items():
            (spec / name).parent.mkdir(parents=True, exist_ok=True)
            (spec / name).write_text(text, encoding="utf-8")
        root = spec / ("openapi.json" if "openapi.json" in files else "openapi.yaml")
        try:
            validate_openapi(bundle(root))
        except SpecError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.location.line >= 1 and problem.location.column >= 1
                assert problem.rule and problem.message and problem.fix
                assert problem.severity == "error"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    version=st.sampled_from(VERSIONS),
    as_json=st.booleans(),
    data=st.data(),
)
def test_a_mutated_spec_is_accepted_or_refused_with_located_problems(
    version: str, as_json: bool, data: st.DataObject
) -> None:
    files = _files(version, as_json)
    name = data.draw(st.sampled_from(sorted(files)), label="file")
    text = files[name]
    start = data.draw(st.integers(0, len(text)), label="start")
    length = data.draw(st.integers(0, 8), label="length")
    junk = data.draw(JUNK, label="junk")
    files[name] = text[:start] + junk + text[start + length :]
    _check(files)


@settings(max_examples=30, deadline=None)
@given(version=st.sampled_from(VERSIONS), data=st.data())
def test_a_line_moved_or_doubled_is_accepted_or_refused_with_located_problems(
    version: str, data: st.DataObject
) -> None:
    files = _files(version, False)
    name = data.draw(st.sampled_from(sorted(files)), label="file")
    lines = files[name].splitlines(keepends=True)
    index = data.draw(st.integers(0, max(len(lines) - 1, 0)), label="line")
    if lines:
        if data.draw(st.booleans(), label="double"):
            lines.insert(index, lines[index])
        else:
            lines.insert(data.draw(st.integers(0, len(lines)), label="to"), lines.pop(index))
    files[name] = "".join(lines)
    _check(files)
