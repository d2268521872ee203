"""The fingerprint in MANIFEST: unchanged inputs skip the work, anything else never does."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from generator import fingerprint, pipeline
from generator.pipeline import Paths, check, generate, up_to_date
from generator.writer import MANIFEST
from tests.support.specs import THINGS, write_spec

REPO = Path(__file__).resolve().parents[2]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Paths:
    """A mini spec and a copy of the templates, generated once."""
    write_spec(tmp_path / "spec")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    paths = Paths(
        spec=tmp_path / "spec" / "openapi.yaml",
        templates=tmp_path / "templates",
        out=tmp_path / "generated",
    )
    generate(paths)
    return paths


def _full(paths: Paths, out: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """What the full pipeline writes (no fingerprint, no black cache) into an empty directory."""
    with monkeypatch.context() as patch:
        patch.setenv("YUNXIN_SDKGEN_NO_CACHE", "1")
        generate(Paths(spec=paths.spec, templates=paths.templates, out=out))
    return _tree(out)


def _no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(paths: Paths) -> None:
        raise AssertionError("the pipeline ran although the fingerprint matched")

    monkeypatch.setattr(pipeline, "build", fail)


def test_unchanged_inputs_skip_every_stage(project: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _tree(project.out)
    _no_work(monkeypatch)
    changes = check(project)
    assert not changes.stale and len(changes.unchanged) == len(before)
    assert generate(project).summary() == f"0 added, 0 changed, 0 removed, {len(before)} unchanged"
    assert _tree(project.out) == before


def test_fingerprint_path_and_full_path_give_the_same_bytes(
    project: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _full(project, tmp_path / "full", monkeypatch) == _tree(project.out)
    # one field added: the files whose render did not change are reused, the rest formatted
    schema = project.spec.parent / "components" / "schemas" / "things.yaml"
    schema.write_text(
        THINGS + "    colour: {type: string, description: The colour.}\n", encoding="utf-8"
    )
    assert up_to_date(project) is None
    changes = generate(project)
    assert changes.changed and not changes.added and not changes.removed
    assert _full(project, tmp_path / "full-after-edit", monkeypatch) == _tree(project.out)
    assert b"colour" in (project.out / "python" / "yunxin_im" / "models" / "things.py").read_bytes()


def _edit_template(paths: Paths) -> None:
    template = paths.templates / "docs" / "index.md.jinja"
    template.write_text(template.read_text(encoding="utf-8") + "{# touched #}\n", encoding="utf-8")


def _add_component_file(paths: Paths) -> None:
    extra = paths.spec.parent / "components" / "schemas" / "extra.yaml"
    extra.write_text("Extra:\n  type: object\n", encoding="utf-8")


def _edit_spec(paths: Paths) -> None:
    with paths.spec.open("a", encoding="utf-8") as stream:
        stream.write("# a comment\n")


def _remove_manifest_line(paths: Paths) -> None:
    manifest = paths.out / MANIFEST
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(line for line in lines if "docs/index.md" not in line))


def _garble_manifest(paths: Paths) -> None:
    (paths.out / MANIFEST).write_bytes(b"\xff\xfe not a manifest")


@pytest.mark.parametrize(
    "touch",
    [_edit_template, _add_component_file, _edit_spec, _remove_manifest_line, _garble_manifest],
)
def test_any_touched_input_runs_the_pipeline(project: Paths, touch: object) -> None:
    assert up_to_date(project) is not None
    touch(project)  # type: ignore[operator]
    assert up_to_date(project) is None


def test_a_touched_generator_file_runs_the_pipeline(
    project: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "generator-copy"
    shutil.copytree(fingerprint.GENERATOR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "GENERATOR", copy)
    assert up_to_date(project) is not None
    (copy / "render.py").write_text((copy / "render.py").read_text() + "\n# touched\n")
    assert up_to_date(project) is None


def test_another_tool_version_runs_the_pipeline(
    project: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = fingerprint.tool_versions()
    monkeypatch.setattr(fingerprint, "tool_versions", lambda: {**versions, "black": "0.0"})
    assert up_to_date(project) is None


def test_hand_edited_or_missing_output_is_reported(project: Paths) -> None:
    (project.out / "docs" / "things.md").write_text("hand edit\n", encoding="utf-8")
    (project.out / "python" / "yunxin_im" / "_types.py").unlink()
    assert up_to_date(project) is None
    changes = check(project)
    assert changes.changed == ["docs/things.md"]
    assert changes.added == ["python/yunxin_im/_types.py"]


def test_an_edited_file_with_an_unchanged_render_is_formatted_again(project: Paths) -> None:
    """Reuse needs the committed content to be what the manifest recorded."""
    target = project.out / "python" / "yunxin_im" / "_types.py"
    good = target.read_bytes()
    target.write_bytes(good.replace(b'"""', b"'''", 1))
    _edit_spec(project)  # the fingerprint is stale too, so the pipeline runs
    generate(project)
    assert target.read_bytes() == good


def test_the_manifest_records_every_input(project: Paths) -> None:
    text = (project.out / MANIFEST).read_text(encoding="utf-8")
    schema = project.spec.parent / "components" / "schemas" / "things.yaml"
    sha = hashlib.sha256(schema.read_bytes()).hexdigest()
    assert f"# input {sha}  spec:components/schemas/things.yaml\n" in text
    assert "  templates:docs/index.md.jinja\n" in text
    assert "  generator:fingerprint.py\n" in text
    for tool in fingerprint.TOOLS:
        assert f"# tool {tool} " in text
    assert "# rendered " in text and "  python/yunxin_im/_types.py\n" in text


def test_tool_caches_are_not_inputs(tmp_path: Path) -> None:
    """A fresh clone has no caches: files in hidden folders or node_modules must not count."""
    (tmp_path / "real.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".prettierrc.json").write_text("{}", encoding="utf-8")
    for cache in (".ruff_cache/0.17/abc", "node_modules/x/index.js", "sub/__pycache__/m.pyc"):
        (tmp_path / cache).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / cache).write_text("cache", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in fingerprint._files_under(tmp_path, "*")]
    assert found == [".prettierrc.json", "real.txt"]
