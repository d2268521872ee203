"""The CI recipe for users (.github/workflows): the steps it promises are there, the publishing
job is separate from the build and alone holds the OIDC permission, and every `make` target it
runs exists."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    # YAML 1.1 reads the key `on` as True
    document["on"] = document.pop(True, document.get("on"))
    return document


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def _uses(job: dict[str, Any]) -> list[str]:
    return [str(step["uses"]).split("@")[0] for step in job["steps"] if "uses" in step]


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", text, flags=re.MULTILINE))


@pytest.mark.parametrize("name", ["regenerate.yml", "publish.yml"])
def test_every_make_target_a_workflow_runs_exists(name: str) -> None:
    used = set(
        re.findall(r"\bmake (?:--\S+ )*([a-z][\w-]*)", (WORKFLOWS / name).read_text("utf-8"))
    )
    assert used and used <= _make_targets(), used - _make_targets()


def test_regenerate_runs_the_loop_and_gates_breaking_changes() -> None:
    workflow = _load("regenerate.yml")
    assert {"spec/**", "templates/**", "generator/**"} <= set(
        workflow["on"]["pull_request"]["paths"]
    )
    assert {"labeled", "unlabeled", "synchronize"} <= set(workflow["on"]["pull_request"]["types"])
    (job,) = workflow["jobs"].values()
    runs = _runs(job)
    order = [runs.index(f"make {target}") for target in ("generate", "check", "test")]
    order.append(runs.index(' diff BASE="$BASE"'))
    assert order == sorted(order)
    assert (
        "generator diff --base" in runs
        and "--format json" in runs
        and "git diff --quiet -- generated" in runs
    )
    assert "actions/github-script" in _uses(job)
    gate = next(s for s in job["steps"] if str(s.get("name", "")).startswith("Breaking"))
    assert "exit 1" in gate["run"] and "labels" in gate["env"]["APPROVED"]
    assert workflow["permissions"]["pull-requests"] == "write"


def test_publish_builds_then_publishes_with_trusted_publishing() -> None:
    workflow = _load("publish.yml")
    assert workflow["on"]["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    build, publish = jobs["build"], jobs["publish"]
    assert "make package" in _runs(build) and "actions/upload-artifact" in _uses(build)
    assert (
        "id-token" not in build.get("permissions", {}) and "id-token" not in workflow["permissions"]
    )
    assert publish["needs"] == "build" and publish["permissions"] == {"id-token": "write"}
    assert _uses(publish) == ["actions/download-artifact", "pypa/gh-action-pypi-publish"]
    assert not any("password" in step.get("with", {}) for step in publish["steps"])  # no token


def test_ci_runs_the_offline_steps() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in ("make chromium REQUIRE_CHROMIUM=1", "make test", "make package", "make docs"):
        assert command in script
    assert script.index("make chromium") < script.index("make test")
