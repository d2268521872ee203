"""The generated TypeScript SDK: it type-checks (strict), is prettier-formatted, works against a
real signature-checking node:http server on 127.0.0.1, and has a method for every operation of
the spec (as the Python SDK does), with the right HTTP method and path.

The HTTP tests are TypeScript (tests/typescript/generated/sdk.test.ts, using the runtime's
test support): they are compiled with the pinned tsc together with generated/typescript/src
into a temporary folder and run with `node --test`.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.core.modeler import build_model
from generator.pipeline import load_spec
from generator.targets.python.build import build as build_python
from generator.targets.typescript.naming import camel_case, kebab_case, pascal_case

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / "node_modules" / ".bin"
TSC = REPO / "node_modules" / "typescript" / "bin" / "tsc"
GENERATED = REPO / "generated" / "typescript"
CONSTRUCTS = REPO / "tests" / "fixtures" / "specs" / "constructs" / "golden" / "typescript"
BASE_CONFIG = REPO / "generator" / "targets" / "typescript" / "runtime" / "tsconfig.base.json"
TESTS = Path(__file__).resolve().parent / "generated"

NEUTRAL = build_model(load_spec(REPO / "spec" / "openapi.yaml"))
PYTHON = build_python(NEUTRAL)


def _need_node() -> None:
    if shutil.which("node") is None or not TSC.exists() or not (BIN / "prettier").exists():
        pytest.skip("TypeScript and prettier are not installed: run `make node` (npm ci)")


def _run(args: list[str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("package", [GENERATED, CONSTRUCTS], ids=["generated", "constructs"])
def test_tsc_strict_no_emit(package: Path) -> None:
    _need_node()
    config = json.loads((package / "tsconfig.base.json").read_text(encoding="utf-8"))
    assert config["compilerOptions"]["strict"] is True
    result = _run(["node", str(TSC), "-p", str(package / "tsconfig.json"), "--noEmit"])
    assert result.returncode == 0, f"tsc failed:\n{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize("package", [GENERATED, CONSTRUCTS], ids=["generated", "constructs"])
def test_prettier_formatted(package: Path) -> None:
    _need_node()
    relative = package.relative_to(REPO).as_posix()
    result = _run(
        [
            str(BIN / "prettier"),
            "--config",
            str(package / ".prettierrc.json"),
            "--check",
            f"{relative}/**/*.{{ts,json}}",
            f"{relative}/.prettierrc.json",
        ]
    )
    assert result.returncode == 0, f"prettier --check failed:\n{result.stdout}\n{result.stderr}"


def test_package_json_shape() -> None:
    package = json.loads((GENERATED / "package.json").read_text(encoding="utf-8"))
    assert package["name"] == "yunxin-im" and package["type"] == "module"
    assert package["engines"] == {"node": ">=18"}
    assert "dependencies" not in package
    root = json.loads((REPO / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    for tool, version in package["devDependencies"].items():
        assert root[tool] == version, f"{tool} is pinned differently from the repository"
    assert package["exports"]["."]["require"]["default"] == "./dist/cjs/index.js"


def test_generated_sdk_against_local_server(tmp_path: Path) -> None:
    _need_node()
    config = {
        "extends": str(BASE_CONFIG),
        "compilerOptions": {
            "module": "ES2022",
            "moduleResolution": "Bundler",
            "rootDir": str(REPO),
            "outDir": str(tmp_path / "out"),
            "declaration": False,
            "types": ["node"],
            "typeRoots": [str(REPO / "node_modules" / "@types")],
        },
        "files": [str(TESTS / "sdk.test.ts")],
    }
    (tmp_path / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    compiled = _run(["node", str(TSC), "-p", str(tmp_path / "tsconfig.json")])
    assert compiled.returncode == 0, f"tsc failed:\n{compiled.stdout}\n{compiled.stderr}"
    (tmp_path / "out" / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    test_file = tmp_path / "out" / "tests" / "typescript" / "generated" / "sdk.test.js"
    result = _run(["node", "--test", "--test-reporter=spec", str(test_file)], timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"node --test failed (exit {result.returncode}):\n{output}"
    assert "ℹ fail 0" in output, output


# -- consistency: every operation has its method in both SDKs ---------------------------------

_TS_CALL = re.compile(
    r'method: "(?P<method>[A-Z]+)",\s*path: (?:path`(?P<template>[^`]*)`|"(?P<plain>[^"]*)"),'
    r'[\s\S]*?name: "(?P<name>[\w.]+)"'
)
_TS_PARAM = re.compile(r'\$\{params(?:\.(\w+)|\["([^"]+)"\])\}')


def _ts_calls(resource: str) -> dict[str, tuple[str, str]]:
    """``resource.method`` -> (HTTP method, path with ``{name}`` placeholders) in one file."""
    text = (GENERATED / "src" / "resources" / f"{kebab_case(resource)}.ts").read_text("utf-8")
    found: dict[str, tuple[str, str]] = {}
    for match in _TS_CALL.finditer(text):
        if match.group("template") is not None:
            path = _TS_PARAM.sub(
                lambda m: "{" + (m.group(1) or m.group(2)) + "}", match["template"]
            )
        else:
            path = match.group("plain")
        found[match.group("name")] = (match.group("method"), path)
    return found


@pytest.mark.parametrize("resource", [r.name for r in NEUTRAL.resources])
def test_every_operation_has_its_method_in_both_sdks(resource: str) -> None:
    calls = _ts_calls(resource)
    neutral = next(r for r in NEUTRAL.resources if r.name == resource)
    python = next(r for r in PYTHON.resources if r.name == resource)
    module = importlib.import_module(f"yunxin_im.resources.{resource}")
    sync_class = getattr(module, python.class_name)
    ts_file = (GENERATED / "src" / "resources" / f"{kebab_case(resource)}.ts").read_text("utf-8")
    assert f"export class {pascal_case(resource)} extends APIResource" in ts_file
    for op, py_op in zip(neutral.operations, python.operations, strict=True):
        method = camel_case(op.method_hint)
        name = f"{camel_case(resource)}.{method}"
        assert name in calls, f"{op.operation_id}: no TypeScript method {name}"
        assert calls[name] == (op.http_method, op.path), op.operation_id
        assert re.search(rf"^  {method}\(", ts_file, re.MULTILINE), f"{name} is not a method"
        assert camel_case(py_op.method_name) == method
        assert callable(getattr(sync_class, py_op.method_name, None)), py_op.method_name
        descriptor = getattr(module, f"_{py_op.method_name.upper()}")
        assert (descriptor.method, descriptor.path) == (op.http_method, op.path)
    assert len(calls) == len(neutral.operations)


def test_client_has_every_resource() -> None:
    client = (GENERATED / "src" / "client.ts").read_text(encoding="utf-8")
    for resource in NEUTRAL.resources:
        prop, cls = camel_case(resource.name), pascal_case(resource.name)
        assert f"readonly {prop}: {cls} = new {cls}(this);" in client


def test_esm_and_cjs_builds_load(tmp_path: Path) -> None:
    _need_node()
    for config in ("tsconfig.esm.json", "tsconfig.cjs.json"):
        result = _run(
            ["node", str(TSC), "-p", str(GENERATED / config), "--outDir", str(tmp_path / config)]
        )
        assert result.returncode == 0, f"tsc -p {config} failed:\n{result.stdout}\n{result.stderr}"
    (tmp_path / "tsconfig.esm.json" / "package.json").write_text('{"type": "module"}\n')
    (tmp_path / "tsconfig.cjs.json" / "package.json").write_text('{"type": "commonjs"}\n')
    declarations = "\n".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "tsconfig.esm.json").rglob("*.d.ts")
    )
    code = re.sub(r"/\*[\s\S]*?\*/|//[^\n]*", "", declarations)
    assert not re.search(r"[:<,|(]\s*any\b", code), "`any` in the public declarations"
    load = (
        "const cjs = require(process.argv[1]);"
        "import(process.argv[2]).then((esm) => {"
        "  for (const m of [cjs, esm]) {"
        "    const client = new m.YunxinIM({ appKey: 'k', appSecret: 's' });"
        "    if (typeof client.accounts.create !== 'function') process.exit(1);"
        "  }"
        "  console.log(esm.VERSION, Object.keys(esm).length);"
        "});"
    )
    result = _run(
        [
            "node",
            "-e",
            load,
            str(tmp_path / "tsconfig.cjs.json" / "index.js"),
            (tmp_path / "tsconfig.esm.json" / "index.js").as_uri(),
        ],
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    version = json.loads((GENERATED / "package.json").read_text(encoding="utf-8"))["version"]
    assert result.stdout.startswith(version)


# -- the formatter's prettier batch -----------------------------------------------------------


def test_prettier_batch_formats_ts_json_and_markdown_ts_blocks() -> None:
    _need_node()
    from generator.formatter import format_files

    files = format_files(
        {
            "typescript/src/a.ts": "export const x = {a:1,'b':[1,2]}\n",
            "typescript/package.json": '{"name":"x","version":"1.0.0"}',
            "docs/a.md": "# T\n\n```ts\nawait client.a.b({x:1})\n```\n\n```python\nf( 1 )\n```\n",
            "python/a.py": "x = {'a':1}\n",
        }
    )
    assert files["typescript/src/a.ts"] == "export const x = { a: 1, b: [1, 2] };\n"
    assert files["typescript/package.json"] == '{\n  "name": "x",\n  "version": "1.0.0"\n}\n'
    assert files["docs/a.md"] == (
        "# T\n\n```ts\nawait client.a.b({ x: 1 });\n```\n\n```python\nf(1)\n```\n"
    )
    assert files["python/a.py"] == 'x = {"a": 1}\n'


def test_invalid_typescript_is_a_problem() -> None:
    _need_node()
    from generator.core.problems import SpecError
    from generator.formatter import format_files

    with pytest.raises(SpecError) as caught:
        format_files({"typescript/src/x.ts": "export const = ;\n"})
    problem = caught.value.problems[0]
    assert problem.rule == "generated-syntax" and "TypeScript" in problem.message
