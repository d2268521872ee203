"""The npm tarball that `make package` builds (npmpack): it installs into an empty folder with no
registry, exposes ESM and CommonJS entry points with type declarations, and its client signs
real calls that a local server on 127.0.0.1 checks against the spec."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from npmpack import PACKAGE, pack
from tests.conftest import ROOT
from tests.support.node18 import node_18
from tests.support.server import APP_KEY, APP_SECRET, YunxinServer

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / ".bin" / "tsc").exists(),
    reason="needs node and node_modules (make node)",
)

USE_ESM = """
import { YunxinIM, APIError } from "yunxin-im";
const [appKey, appSecret, baseURL] = process.argv.slice(2);
const client = new YunxinIM({ appKey, appSecret, baseURL, maxRetries: 0 });
await client.accounts.create({ account_id: "user1" });
const page = await client.conversations.batchGet({ conversation_ids: ["user1|1|user2"] });
console.log(JSON.stringify({ succeeded: (page.success_list ?? []).length, apiError: typeof APIError }));
"""

USE_CJS = """
const { YunxinIM } = require("yunxin-im");
const [appKey, appSecret, baseURL] = process.argv.slice(2);
new YunxinIM({ appKey, appSecret, baseURL, maxRetries: 0 })
  .accounts.create({ account_id: "user2" })
  .then(() => console.log(JSON.stringify({ cjs: true })));
"""


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pack(tmp_path_factory.mktemp("npm"))


def _node(node: str, *args: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [node, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_tarball_holds_both_builds_and_no_generator_leftovers(tarball: Path) -> None:
    with tarfile.open(tarball) as archive:
        names = {name.removeprefix("package/") for name in archive.getnames()}
    manifest = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))
    assert tarball.name == f"{manifest['name']}-{manifest['version']}.tgz"
    for entry in ("dist/esm/index.js", "dist/esm/index.d.ts", "dist/cjs/index.js"):
        assert entry in names
    assert "dist/cjs/package.json" in names and "package.json" in names
    # one bundled module per format (Node reads one file on import), declarations per module
    scripts = sorted(name for name in names if name.startswith("dist/") and name.endswith(".js"))
    assert scripts == ["dist/cjs/index.js", "dist/esm/index.js"]
    assert {"dist/esm/client.d.ts", "dist/cjs/client.d.ts", "dist/esm/index.js.map"} <= names
    assert not any(name.startswith("node_modules/") for name in names)
    assert not (PACKAGE / "dist").exists()  # the build ran on a copy


@pytest.mark.parametrize("release", ["current", "18"])
def test_installed_tarball_signs_calls_from_esm_and_commonjs(
    release: str, tarball: Path, tmp_path: Path, bundled_spec: dict[str, object]
) -> None:
    """On the machine's Node and on Node 18 (engines: >=18), both builds of the installed
    package sign calls that the server accepts."""
    node = "node" if release == "current" else str(node_18())
    app = tmp_path / "app"
    app.mkdir()
    (app / "package.json").write_text('{"name": "app", "private": true}\n', encoding="utf-8")
    subprocess.run(
        [
            "npm",
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            str(tarball),
        ],
        cwd=app,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (app / "use.mjs").write_text(USE_ESM, encoding="utf-8")
    (app / "use.cjs").write_text(USE_CJS, encoding="utf-8")
    with YunxinServer(bundled_spec) as server:
        esm = json.loads(_node(node, "use.mjs", APP_KEY, APP_SECRET, server.url, cwd=app))
        cjs = json.loads(_node(node, "use.cjs", APP_KEY, APP_SECRET, server.url, cwd=app))
        assert [r.operation_id for r in server.requests] == [
            "createAccount",
            "batchGetConversations",
            "createAccount",
        ]
        assert server.violations == []  # CheckSum and request shape checked by the server
    assert esm == {"succeeded": esm["succeeded"], "apiError": "function"}
    assert esm["succeeded"] >= 1
    assert cjs == {"cjs": True}
