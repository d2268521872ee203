"""x-codeSamples in the bundled spec: every operation shows the SDK call that sends it."""

from __future__ import annotations

import ast
from typing import Any

from generator.core.schemas import HTTP_METHODS
from tests.conftest import ROOT


def _calls(source: str) -> list[str]:
    """``client.<resource>.<method>`` of every call in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if (
                isinstance(owner, ast.Attribute)
                and isinstance(owner.value, ast.Name)
                and owner.value.id == "client"
            ):
                found.append(f"{owner.attr}.{node.func.attr}")
    return found


def test_every_operation_has_a_python_sample_naming_its_method(
    bundled_spec: dict[str, Any],
) -> None:
    resources = {t["name"]: t["x-sdk-resource"] for t in bundled_spec["tags"]}
    seen = 0
    for path, item in bundled_spec["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            seen += 1
            where = f"{method.upper()} {path}"
            samples = operation.get("x-codeSamples")
            assert samples, f"{where} has no x-codeSamples"
            (sample,) = [s for s in samples if s["lang"] == "Python"]
            expected = f"{resources[operation['tags'][0]]}.{operation['x-sdk-method']}"
            assert sample["label"] == f"Python SDK: {expected}"
            assert sample["source"].startswith("from yunxin_im import YunxinIM\n")
            assert _calls(sample["source"]) == [expected], where
    assert seen > 100


def test_the_spec_itself_carries_no_samples() -> None:
    """Samples are computed from the SDK, never written (and left stale) in spec/."""
    for source in (ROOT / "spec").rglob("*.yaml"):
        assert "x-codeSamples" not in source.read_text(encoding="utf-8"), source
