"""The built packages of the generated SDK: metadata, reproducibility, and a clean install.

The wheel is installed into a new virtual environment that cannot see the source tree (the
interpreter runs isolated, from a temporary directory) and makes a signed call against the
local API server.
"""

from __future__ import annotations

import email
import email.message
import json
import os
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SDK_PATH
from tests.support.server import APP_KEY, APP_SECRET, YunxinServer


def _run(*args: str | Path, cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["SOURCE_DATE_EPOCH"] = "1700000000"
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist, and the wheel built from it, the way `make package` builds them."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, SDK_PATH, cwd=out)
    return out


def _one(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def _wheel_files(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _metadata(wheel: Path) -> email.message.Message:
    files = _wheel_files(wheel)
    (name,) = [n for n in files if n.endswith(".dist-info/METADATA")]
    return email.message_from_string(files[name].decode("utf-8"))


def test_metadata_is_complete_and_twine_accepts_it(dist: Path) -> None:
    wheel, sdist = _one(dist, "*.whl"), _one(dist, "*.tar.gz")
    _run(sys.executable, "-m", "twine", "check", "--strict", wheel, sdist, cwd=dist)
    meta = _metadata(wheel)
    assert meta["Name"] == "yunxin-im" and meta["Requires-Python"] == ">=3.9"
    assert meta["License-Expression"] == "Apache-2.0" and meta["License-File"] == "LICENSE"
    assert meta["Description-Content-Type"] == "text/markdown"
    readme = (SDK_PATH / "README.md").read_text(encoding="utf-8")
    assert meta.get_payload().strip() == readme.strip()
    classifiers = meta.get_all("Classifier") or []
    for wanted in ["Typing :: Typed", "Operating System :: OS Independent"] + [
        f"Programming Language :: Python :: 3.{minor}" for minor in range(9, 14)
    ]:
        assert wanted in classifiers
    requires = sorted(meta.get_all("Requires-Dist") or [])
    assert any(r.startswith("httpx") and "<1" in r for r in requires)
    assert any(r.startswith("pydantic") and "<3" in r and ">=2" in r for r in requires)
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert {"Documentation", "Repository", "Issues", "API reference"} <= set(urls)
    files = _wheel_files(wheel)
    assert "yunxin_im/py.typed" in files
    license_file = f"yunxin_im-{meta['Version']}.dist-info/licenses/LICENSE"
    assert files[license_file] == (SDK_PATH / "LICENSE").read_bytes()
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"LICENSE", "README.md", "pyproject.toml", "yunxin_im/py.typed"} <= names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_the_sdist_rebuilds_the_wheel_of_the_source_tree(dist: Path, tmp_path: Path) -> None:
    """The wheel built from the sdist and the wheel built straight from generated/python hold
    the same files with the same bytes."""
    _run(
        sys.executable,
        "-m",
        "build",
        "--no-isolation",
        "--wheel",
        "--outdir",
        tmp_path,
        SDK_PATH,
        cwd=tmp_path,
    )
    from_sdist = _wheel_files(_one(dist, "*.whl"))
    from_tree = _wheel_files(_one(tmp_path, "*.whl"))
    assert sorted(from_sdist) == sorted(from_tree)
    differing = [name for name in from_tree if from_tree[name] != from_sdist[name]]
    assert differing == []
    sources = {
        p.relative_to(SDK_PATH).as_posix()
        for p in (SDK_PATH / "yunxin_im").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert sources <= set(from_tree)


CLIENT_SCRIPT = """
import json, sys
import yunxin_im
from yunxin_im import YunxinIM

with YunxinIM(app_key=sys.argv[1], app_secret=sys.argv[2], base_url=sys.argv[3]) as client:
    client.accounts.create(account_id="user1")
    page = client.conversations.batch_get(conversation_ids=["user1|1|user2"])
print(json.dumps({
    "file": yunxin_im.__file__,
    "version": yunxin_im.__version__,
    "path": sys.path,
    "succeeded": len(page.success_list or []),
}))
"""


def test_the_wheel_installs_in_a_fresh_environment_and_signs_calls(
    dist: Path, tmp_path: Path, bundled_spec: dict[str, object]
) -> None:
    env_dir = tmp_path / "env"
    _run(sys.executable, "-m", "venv", "--without-pip", env_dir, cwd=tmp_path)
    python = env_dir / "bin" / "python"
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--quiet",
        "--disable-pip-version-check",
        _one(dist, "*.whl"),
        cwd=tmp_path,
    )
    script = tmp_path / "use_sdk.py"
    script.write_text(textwrap.dedent(CLIENT_SCRIPT), encoding="utf-8")
    with YunxinServer(bundled_spec) as server:
        done = _run(python, "-I", script, APP_KEY, APP_SECRET, server.url, cwd=tmp_path)
        assert [r.operation_id for r in server.requests] == [
            "createAccount",
            "batchGetConversations",
        ]
        assert server.violations == []  # signature and request shape checked by the server
    report = json.loads(done.stdout)
    installed = Path(report["file"]).resolve()
    assert installed.is_relative_to(env_dir.resolve())
    assert not any(str(ROOT) in entry for entry in report["path"])
    assert report["version"] == _metadata(_one(dist, "*.whl"))["Version"]
    assert report["succeeded"] >= 1
