"""The TypeScript runtime (generator/targets/typescript/runtime) under Node's own test runner.

`node tests/typescript/run.mjs` compiles the runtime, the hand-written sample client and the
tests with the pinned TypeScript, then runs them with `node --test`: the runtime against a
signature-checking node:http server and the seeded fault-injection fuzz against a raw node:net
server. This wrapper puts that run, and `prettier --check` of the sources, into `make test`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.sdk import fuzz_report
from tests.support.node18 import node_18

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / "node_modules" / ".bin"
TSC = REPO / "node_modules" / "typescript" / "bin" / "tsc"
RUNTIME = REPO / "generator" / "targets" / "typescript" / "runtime"
TESTS = REPO / "tests" / "typescript"


def _need_node() -> None:
    if shutil.which("node") is None or not TSC.exists() or not (BIN / "prettier").exists():
        pytest.skip("TypeScript and prettier are not installed: run `make node` (npm ci)")


def _fuzz_summary(output: str) -> list[str]:
    lines = output.splitlines()
    for start, line in enumerate(lines):
        if "fuzz seed" in line:
            summary = []
            for item in lines[start:]:
                summary.append(item.removeprefix("# ").rstrip())
                if " s wall" in item:
                    break
            return summary
    return []


def test_runtime_sources_are_prettier_formatted() -> None:
    _need_node()
    result = subprocess.run(
        [
            str(BIN / "prettier"),
            "--check",
            "generator/targets/typescript/runtime/**/*.{ts,json}",
            "tests/typescript/**/*.{ts,mjs,json}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"prettier --check failed:\n{result.stdout}\n{result.stderr}"


def test_runtime_compiles_as_esm_and_cjs(tmp_path: Path) -> None:
    _need_node()
    for config in ("tsconfig.esm.json", "tsconfig.cjs.json"):
        result = subprocess.run(
            ["node", str(TSC), "-p", str(RUNTIME / config), "--outDir", str(tmp_path / config)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, f"tsc -p {config} failed:\n{result.stdout}\n{result.stderr}"
    (tmp_path / "tsconfig.esm.json" / "package.json").write_text('{"type": "module"}\n')
    (tmp_path / "tsconfig.cjs.json" / "package.json").write_text('{"type": "commonjs"}\n')
    declarations = "\n".join(
        p.read_text() for p in (tmp_path / "tsconfig.esm.json").rglob("*.d.ts")
    )
    assert ": any" not in declarations and "<any>" not in declarations
    load = (
        "const cjs = require(process.argv[1]);"
        "import(process.argv[2]).then((esm) => {"
        "  if (typeof cjs.APIClient !== 'function' || typeof esm.APIClient !== 'function') process.exit(1);"
        "  console.log(Object.keys(esm).sort().join(','));"
        "});"
    )
    result = subprocess.run(
        [
            "node",
            "-e",
            load,
            str(tmp_path / "tsconfig.cjs.json" / "core" / "index.js"),
            (tmp_path / "tsconfig.esm.json" / "core" / "index.js").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "APIClient" in result.stdout and "YunxinError" in result.stdout


@pytest.mark.parametrize("release", ["current", "18"])
def test_runtime_under_node_test(release: str) -> None:
    """The whole runtime suite on the machine's Node and on Node 18, the oldest supported."""
    _need_node()
    node = "node" if release == "current" else str(node_18())
    result = subprocess.run(
        [node, str(TESTS / "run.mjs"), "--test-reporter=spec"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=280,
    )
    output = result.stdout + result.stderr
    summary = _fuzz_summary(output)
    if summary:
        fuzz_report.add(f"runtime fuzz (typescript, node {release})", summary)
    assert result.returncode == 0, f"node --test failed (exit {result.returncode}):\n{output}"
    assert "ℹ fail 0" in output, output
