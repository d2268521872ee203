"""Every operation, called through the generated TypeScript SDK with the spec's examples,
against Prism mocking the bundled spec: Prism validates each request (path, query, headers,
body, security) and answers with the spec's examples, which the SDK parses. The same check as
test_prism.py for the Python SDK."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.core.modeler import build_model
from generator.pipeline import load_spec
from generator.targets.typescript.build import build
from tests.prism.test_prism import PRISM, REPO, Prism

pytestmark = pytest.mark.prism

TSC = REPO / "node_modules" / "typescript" / "bin" / "tsc"
PACKAGE = REPO / "generated" / "typescript"
TS_API = build(build_model(load_spec(REPO / "spec" / "openapi.yaml")))

SCRIPT = """
import {{ YunxinIM }} from {entry};
const client = new YunxinIM({{
  appKey: "prism-key", appSecret: "prism-secret", baseURL: process.argv[2], maxRetries: 0,
}});
const calls = {{
{calls}
}};
const results = {{}};
for (const [id, call] of Object.entries(calls)) {{
  try {{
    await call();
    results[id] = "ok";
  }} catch (error) {{
    results[id] = `${{error.name}}: ${{error.message}}`;
  }}
}}
console.log(JSON.stringify(results));
"""


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    if not PRISM.exists() or not TSC.exists():
        pytest.skip("Prism and TypeScript are not installed: run `make node` (npm ci)")
    server = Prism(PACKAGE.parent / "openapi.yaml", tmp_path_factory.mktemp("prism") / "prism.log")
    try:
        yield server
    finally:
        server.close()


def test_prism_accepts_every_request_of_the_typescript_sdk(prism: Prism, tmp_path: Path) -> None:
    out = tmp_path / "esm"
    compiled = subprocess.run(
        ["node", str(TSC), "-p", str(PACKAGE / "tsconfig.esm.json"), "--outDir", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    (out / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    calls = ",\n".join(
        f"  {json.dumps(op.operation_id)}: () => {op.example_call}" for op in TS_API.operations
    )
    script = tmp_path / "calls.mjs"
    entry = json.dumps((out / "index.js").as_uri())
    script.write_text(SCRIPT.format(entry=entry, calls=calls), encoding="utf-8")
    done = subprocess.run(
        ["node", str(script), prism.url], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert sorted(results) == sorted(op.operation_id for op in TS_API.operations)
    failed = {k: v for k, v in results.items() if v != "ok"}
    assert failed == {}
    log = prism.output()
    assert log.count("Request received") >= len(results)
    assert "Violation" not in log, log[-4000:]
