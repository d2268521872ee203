"""The Python SDKs of public OpenAPI documents nobody here wrote, generated, imported,
type-checked, fed the specs' own examples and run over real HTTP on 127.0.0.1.

Each spec is generated once per test module (``python -m generator generate`` into a temporary
folder); its generation time is printed (``pytest -s`` shows it). The large specs (Stripe,
GitHub whole and split over many files) are marked ``slow``.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.core.bundler import bundle
from generator.targets.python.naming import is_class_name, snake_case
from tests.support.plain_server import Answer, PlainServer
from tests.support.public_specs import file_count, install, spec_path, split_spec

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = "@readme/oas-examples"

_WARNING = re.compile(r"^(?P<where>\S+:\d+:\d+): warning\[(?P<rule>[a-z0-9-]+)\]: (?P<text>.*)$")


@dataclass
class Case:
    """A public spec and what its generation is expected to report."""

    spec: str  # a name of public_specs.SPECS, or a path under node_modules
    package: str
    warnings: dict[str, int]  # rule id -> how many warnings of it
    lenient: bool = False


CASES: dict[str, Case] = {
    "petstore-3.0": Case("petstore-3.0", "petstore30", {"security-token": 1}),
    "petstore-3.1": Case("petstore-3.1", "petstore31", {"security-token": 1, "request-media": 1}),
    "uspto-3.0": Case("uspto-3.0", "uspto", {"schema-format": 2}),
    "train-travel-3.1": Case(
        "train-travel-3.1",
        "train_travel",
        {"security-token": 1, "schema-format": 1, "example-invalid": 3, "security-unsupported": 0},
    ),
    "circular-3.0": Case("circular-3.0", "circular", {}),
    "polymorphism-3.0": Case(f"{EXAMPLES}/3.0/json/polymorphism.json", "polymorphism", {}),
    "security-3.0": Case(
        f"{EXAMPLES}/3.0/json/security.json",
        "security_types",
        {"security-token": 6, "security-unsupported": 1},
    ),
    "response-examples-3.0": Case(
        f"{EXAMPLES}/3.0/json/response-examples.json", "response_examples", {}
    ),
}


@dataclass
class Generated:
    name: str
    package: str
    root: Path  # the folder holding the package (put on sys.path)
    document: dict[str, Any]
    warnings: list[tuple[str, str, str]]  # (file:line:col, rule, message)
    seconds: float
    modules: dict[str, ModuleType] = field(default_factory=dict)

    def module(self, name: str) -> ModuleType:
        if name not in self.modules:
            self.modules[name] = importlib.import_module(f"{self.package}.{name}".rstrip("."))
        return self.modules[name]

    def operations(self) -> dict[tuple[str, str], Any]:
        """(METHOD, path) -> the generated ``Operation`` of every resource module."""
        found: dict[tuple[str, str], Any] = {}
        resources = self.root / self.package / "resources"
        for path in sorted(resources.glob("*.py")):
            if path.stem == "__init__":
                continue
            module = self.module(f"resources.{path.stem}")
            base = self.module("_base_client")
            for value in vars(module).values():
                if isinstance(value, base.Operation):
                    found[(value.method, value.path)] = value
        return found


def _spec_file(spec: str) -> Path:
    return spec_path(spec) if "/" not in spec else install() / spec


def generate(name: str, case: Case, root: Path, out: Path) -> Generated:
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(root)]
    command += ["--out", str(out), "--target", "python", "--package", case.package]
    if case.lenient:
        command.append("--lenient")
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=1800)
    seconds = time.perf_counter() - started
    print(f"\n{name}: generated in {seconds:.1f} s")
    assert result.returncode == 0, result.stderr[-4000:]
    warnings = [
        (m["where"], m["rule"], m["text"])
        for m in map(_WARNING.match, result.stderr.splitlines())
        if m is not None
    ]
    package_root = out / "python"
    assert (package_root / case.package / "__init__.py").is_file()
    if str(package_root) not in sys.path:
        sys.path.insert(0, str(package_root))
    return Generated(name, case.package, package_root, bundle(root).document, warnings, seconds)


_GENERATED: dict[str, Generated] = {}


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """``sdks(name)``: the SDK of a case, generated on first use in this module."""

    def get(name: str) -> Generated:
        if name not in _GENERATED:
            case = CASES[name]
            out = tmp_path_factory.mktemp(name)
            _GENERATED[name] = generate(name, case, _spec_file(case.spec), out)
        return _GENERATED[name]

    yield get


def counted(warnings: list[tuple[str, str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, rule, _ in warnings:
        counts[rule] = counts.get(rule, 0) + 1
    return counts


# -- examples ---------------------------------------------------------------------------------
def class_name(spec_name: str) -> str:
    """The Python class of a schema component (the generator's rule for plain specs)."""
    if is_class_name(spec_name):
        return spec_name
    made = "".join(w[:1].upper() + w[1:] for w in snake_case(spec_name).split("_") if w)
    return f"Model{made}" if made[:1].isdigit() else made


def media_examples(media: dict[str, Any]) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
    return found


def component_examples(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        if not isinstance(schema, dict):
            continue
        if "example" in schema:
            yield name, schema["example"]
        for value in (
            schema.get("examples") or [] if isinstance(schema.get("examples"), list) else []
        ):
            yield name, value


def response_examples(document: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    """(METHOD, path, status, example) of every JSON response example of a 2xx answer."""
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in sorted(operation["responses"].items()):
                if not str(status).startswith("2"):
                    continue
                media = (response.get("content") or {}).get("application/json")
                for example in media_examples(media) if isinstance(media, dict) else []:
                    yield method.upper(), path, str(status), example


def round_trip(adapter: pydantic.TypeAdapter[Any], example: Any) -> Any:
    value = adapter.validate_python(example)
    return adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)


def check_examples(
    sdk: Generated, known_differences: dict[str, str] | None = None
) -> tuple[int, int]:
    """Every component and 2xx response example through the generated models and back;
    returns (component examples, response examples) checked. ``known_differences`` names the
    examples (``Component`` or ``METHOD path status``) that cannot come back unchanged, each
    with its reason; they must still validate."""
    known = known_differences or {}
    models = sdk.module("models")
    components = responses = 0
    failures: list[str] = []
    for name, example in component_examples(sdk.document):
        model = getattr(models, class_name(name), None)
        if model is None or not isinstance(example, dict):
            continue  # an enum, a scalar or an array schema has no model class
        dumped = round_trip(pydantic.TypeAdapter(model), example)
        components += 1
        if dumped != example and name not in known:
            failures.append(f"{name}: {example!r} came back as {dumped!r}")
    operations = sdk.operations()
    for method, path, status, example in response_examples(sdk.document):
        operation = operations.get((method, path))
        if operation is None or operation.response_model in (None, bytes):
            continue
        dumped = round_trip(pydantic.TypeAdapter(operation.response_model), example)
        responses += 1
        where = f"{method} {path} {status}"
        if dumped != example and where not in known:
            failures.append(f"{where}: {example!r} came back as {dumped!r}")
    assert failures == []
    return components, responses


# -- mypy ---------------------------------------------------------------------------------------
def mypy_strict(sdk: Generated, modules: list[str], cache: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
    for module in modules:
        command += ["-m", f"{sdk.package}.{module}".rstrip(".")]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=sdk.root, capture_output=True, text=True, timeout=1800)
    print(
        f"\n{sdk.name}: mypy --strict on {len(modules)} modules in "
        f"{time.perf_counter() - started:.1f} s"
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def resource_modules(sdk: Generated) -> list[str]:
    folder = sdk.root / sdk.package / "resources"
    return sorted(f"resources.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__")


def model_modules(sdk: Generated) -> list[str]:
    folder = sdk.root / sdk.package / "models"
    return sorted(f"models.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__")


# -- the example documents ----------------------------------------------------------------------
SMALL = sorted(CASES)


@pytest.mark.parametrize("name", SMALL)
def test_an_example_document_generates_a_package_that_imports(name: str, sdks: Any) -> None:
    sdk = sdks(name)
    expected = {rule: n for rule, n in CASES[name].warnings.items() if n}
    assert counted(sdk.warnings) == expected, sdk.warnings
    package = sdk.module("")
    client_class = next(n for n in package.__all__ if n.endswith("Client") and n[:5] != "Async")
    assert hasattr(package, f"Async{client_class}")
    for module in resource_modules(sdk) + model_modules(sdk):
        sdk.module(module)
    models = sdk.module("models")
    for exported in models.__all__:  # every lazily exported name resolves
        assert getattr(models, exported).__name__ == exported
    assert sdk.operations()  # every spec here has operations


@pytest.mark.parametrize("name", SMALL)
def test_an_example_document_passes_mypy_strict(name: str, sdks: Any, tmp_path: Path) -> None:
    sdk = sdks(name)
    mypy_strict(sdk, ["", *resource_modules(sdk), *model_modules(sdk)], tmp_path)
