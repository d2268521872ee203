"""The diff and release commands end to end: files, folders, git revisions, exit statuses."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import run
from tests.diff.test_rules import BASE

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
FIXTURE = ROOT / "tests" / "fixtures" / "specs" / "constructs" / "spec"


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def test_breaking_change_exits_1_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy.deepcopy(BASE)
    del new["components"]["schemas"]["Friend"]["properties"]["alias"]
    old_file, new_file = _write(tmp_path / "old.json", BASE), _write(tmp_path / "new.json", new)

    assert run(["diff", str(old_file), str(new_file)]) == 1
    out, err = capsys.readouterr()
    assert "### Breaking changes" in out
    assert "- Friend.alias: field `alias` removed" in out
    assert "1 breaking change(s)" in err

    assert run(["diff", str(old_file), str(new_file), "--allow-breaking", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "bump": "major",
        "changes": [
            {
                "severity": "breaking",
                "operation": None,
                "location": "Friend.alias",
                "message": "field `alias` removed",
            }
        ],
    }


def test_compatible_change_exits_0_and_reads_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/friends/{account_id}"]["get"]["parameters"].append(
        {"name": "cursor", "in": "query", "schema": {"type": "string"}}
    )
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "openapi.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    _write(tmp_path / "new" / "openapi.json", new)
    assert run(["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bump"] == "minor"
    assert [(c["operation"], c["location"]) for c in data["changes"]] == [
        ("GET /friends/{account_id}", "query parameter cursor")
    ]


def test_unreadable_input_exits_2_with_located_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    good = _write(tmp_path / "good.json", BASE)
    assert run(["diff", str(good), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml:3:1: error[yaml-syntax]" in err
    assert "Traceback" not in err
    assert run(["diff", str(good), str(tmp_path / "missing")]) == 2
    assert "error[file-missing]" in capsys.readouterr().err


def _git(repository: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repository,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository holding the constructs fixture spec and its generated output, with
    release v0.0.1 tagged."""
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE, repo / "spec")
    _git(tmp_path, "init", "-q", "-b", "main", str(repo))
    assert run(_paths(repo, "generate")) == 0
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "first release")
    _git(repo, "tag", "v0.0.1")
    return repo


def _paths(repo: Path, command: str) -> list[str]:
    return [
        command,
        "--spec",
        str(repo / "spec" / "openapi.yaml"),
        "--templates",
        str(TEMPLATES),
        "--out",
        str(repo / "generated"),
    ]


def _edit_schema(repo: Path, old: str, new: str) -> None:
    path = repo / "spec" / "components" / "schemas" / "widgets.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


WEIGHT = "    weight:\n      type: number\n      description: Weight in grams.\n"


def test_release_bumps_by_the_diff_since_the_last_tag(
    repository: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 2025-12-01
    root = repository / "spec" / "openapi.yaml"
    version_file = repository / "generated" / "python" / "yunxin_im" / "_version.py"
    changelog = repository / "generated" / "python" / "CHANGELOG.md"

    # release 2: an optional field is added -> 0.x compatible change bumps the patch number
    _edit_schema(
        repository,
        WEIGHT,
        WEIGHT + "    finish:\n      type: string\n      description: Surface finish.\n",
    )
    assert run(_paths(repository, "release")) == 0
    assert "version 0.0.2 since v0.0.1: minor bump" in capsys.readouterr().out
    assert "version: 0.0.2" in root.read_text(encoding="utf-8")
    assert '__version__ = "0.0.2"' in version_file.read_text(encoding="utf-8")
    assert changelog.read_text(encoding="utf-8") == (
        "# Changelog\n\n## 0.0.2 - 2025-12-01\n* Part.finish: optional field `finish` added\n"
    )
    assert run(_paths(repository, "check")) == 0
    capsys.readouterr()
    _git(repository, "add", "-A")
    _git(repository, "commit", "-q", "-m", "release 0.0.2")
    _git(repository, "tag", "v0.0.2")

    # release 3: a response field is removed -> breaking, bumps the minor number below 1.0
    _edit_schema(repository, WEIGHT, "")
    assert (
        run(["diff", "--base", "v0.0.2", "--spec", str(root), "--templates", str(TEMPLATES)]) == 1
    )
    out = capsys.readouterr().out
    assert "- Part.weight: field `weight` removed" in out
    assert "python yunxin_im.models.widgets.Part.weight: Public object was removed" in out
    assert run(_paths(repository, "release")) == 0
    assert "version 0.1.0 since v0.0.2: major bump" in capsys.readouterr().out
    text = changelog.read_text(encoding="utf-8")
    assert text.startswith(
        "# Changelog\n\n## 0.1.0 - 2025-12-01\n* ⚠️ **Breaking:** Part.weight: field `weight` removed\n"
    )
    assert text.endswith("## 0.0.2 - 2025-12-01\n* Part.finish: optional field `finish` added\n")
    assert "Part.finish" not in text.split("## 0.0.2")[0]  # only changes since the last tag

    # planning the same release again replaces its section instead of adding a second one
    assert run(_paths(repository, "release")) == 0
    assert changelog.read_text(encoding="utf-8").count("## 0.1.0") == 1
    assert "version: 0.1.0" in root.read_text(encoding="utf-8")


def test_nothing_to_release(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(_paths(repository, "release")) == 0
    assert "nothing to release: no change since v0.0.1 (0.0.1)" in capsys.readouterr().out
    assert not (repository / "generated" / "python" / "CHANGELOG.md").exists()


def test_unknown_revision_exits_2(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = repository / "spec" / "openapi.yaml"
    assert run(["diff", "--base", "v9.9.9", "--spec", str(root)]) == 2
    assert "error[git]" in capsys.readouterr().err
