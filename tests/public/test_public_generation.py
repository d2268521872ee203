"""The Python SDKs of public OpenAPI documents nobody here wrote, generated, imported,
type-checked, fed the specs' own examples and run over real HTTP on 127.0.0.1.

Each spec is generated once per test module (``python -m generator generate`` into a temporary
folder); its generation time is printed (``pytest -s`` shows it). The large specs (Stripe,
GitHub whole and split over many files) are marked ``slow``.
"""

from __future__ import annotations

import base64
import importlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import jsonschema
import pydantic
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

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


LARGE: dict[str, Case] = {
    # Stripe's 227 warnings are its format 'unix-time' (not a registered format), checked below
    "stripe": Case("stripe", "stripe_sdk", {"schema-format": 227}),
    # a text/plain and an octet-stream body (methods without a body), format 'repo.nwo'
    "github": Case("github", "github_sdk", {"request-media": 2, "schema-format": 1}),
    "github-split": Case("github", "github_split_sdk", {"request-media": 2, "schema-format": 1}),
}

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
    "webhooks-3.1": Case("webhooks-3.1", "webhooks", {}),  # no paths: a client of no resource
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
            case = CASES.get(name) or LARGE[name]
            out = tmp_path_factory.mktemp(name)
            root = _spec_file(case.spec)
            if name.endswith("-split"):
                root = split_spec(bundle(root).document, out / "spec")
                assert file_count(root) > 1000
            _GENERATED[name] = generate(name, case, root, out)
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


def media_examples(media: dict[str, Any], document: dict[str, Any]) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    shared = (document.get("components") or {}).get("examples") or {}
    for example in (media.get("examples") or {}).values():
        ref = example.get("$ref") if isinstance(example, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/examples/"):
            example = shared.get(ref.rsplit("/", 1)[1])
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
                for example in media_examples(media, document) if isinstance(media, dict) else []:
                    yield method.upper(), path, str(status), example


def round_trip(adapter: pydantic.TypeAdapter[Any], example: Any) -> Any:
    value = adapter.validate_python(example)
    return adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)


def _nullable_as_type(value: Any) -> Any:
    """OpenAPI 3.0's ``nullable: true`` written the JSON Schema way, for jsonschema."""
    if isinstance(value, list):
        return [_nullable_as_type(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _nullable_as_type(v) for k, v in value.items() if k != "nullable"}
    if value.get("nullable") is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


class SpecSchemas:
    """Checks a value against a schema of the spec with jsonschema (refs resolved in the
    document, 3.0 ``nullable`` understood): tells an example that breaks its own schema
    (a defect of the spec) from one the generated models get wrong."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = _nullable_as_type(document)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)

    def problems(self, schema: Any, value: Any) -> list[str]:
        rebased = _rebase(_nullable_as_type(schema))
        validator = jsonschema.Draft202012Validator(rebased, registry=self.registry)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:120]}"
            for e in validator.iter_errors(value)
        ][:2]


def _rebase(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            k: (
                f"urn:spec{v}"
                if k == "$ref" and isinstance(v, str) and v[:1] == "#"
                else _rebase(v)
            )
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(item) for item in schema]
    return schema


@dataclass
class ExampleReport:
    checked: int = 0  # examples that came back unchanged
    defects: list[str] = field(default_factory=list)  # examples that break their own schema
    failures: list[str] = field(default_factory=list)  # examples the models got wrong


def check_examples(
    sdk: Generated, known_differences: dict[str, str] | None = None
) -> tuple[int, int]:
    """Every component and 2xx response example through the generated models and back;
    returns (component examples, response examples) that came back unchanged. An example that
    does not come back is a failure unless it breaks its own schema (a defect of the spec,
    counted and printed) or ``known_differences`` names it (``Component`` or
    ``METHOD path status``) with its reason."""
    known = known_differences or {}
    models = sdk.module("models")
    schemas = SpecSchemas(sdk.document)
    report = ExampleReport()

    def one(where: str, adapter: pydantic.TypeAdapter[Any], schema: Any, example: Any) -> int:
        try:
            dumped = round_trip(adapter, example)
        except pydantic.ValidationError as error:
            dumped = f"invalid: {error.errors()[:2]}"
        if dumped == example:
            return 1
        defects = schemas.problems(schema, example)
        if defects:
            report.defects.append(f"{where}: {defects}")
        elif where not in known:
            report.failures.append(f"{where}: {example!r:.300} came back as {dumped!r:.300}")
        return 0

    components = responses = 0
    for name, example in component_examples(sdk.document):
        model = getattr(models, class_name(name), None)
        if model is None or not isinstance(example, dict):
            continue  # an enum, a scalar or an array schema has no model class
        schema = {"$ref": f"#/components/schemas/{name}"}
        components += one(name, pydantic.TypeAdapter(model), schema, example)
    operations = sdk.operations()
    for method, path, status, example in response_examples(sdk.document):
        operation = operations.get((method, path))
        if operation is None or operation.response_model in (None, bytes):
            continue
        media = sdk.document["paths"][path][method.lower()]["responses"][status]
        schema = media.get("content", {}).get("application/json", {}).get("schema", {})
        adapter = pydantic.TypeAdapter(operation.response_model)
        responses += one(f"{method} {path} {status}", adapter, schema, example)
    print(
        f"\n{sdk.name}: {components + responses} examples round-tripped, "
        f"{len(report.defects)} break their own schema"
        + "".join(f"\n  spec defect: {d[:200]}" for d in report.defects[:5])
    )
    assert report.failures == [], f"{len(report.failures)} examples differ:\n" + "\n".join(
        report.failures[:20]
    )
    return components, responses


# -- mypy ---------------------------------------------------------------------------------------
def mypy_strict(sdks: list[Generated], modules: list[str], cache: Path) -> None:
    """One ``mypy --strict`` run over ``modules`` (dotted, with their package) of ``sdks``."""
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
    for module in modules:
        command += ["-m", module]
    path = os.pathsep.join(str(sdk.root) for sdk in sdks)
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=sdks[0].root,
        capture_output=True,
        text=True,
        timeout=3600,
        env={**os.environ, "MYPYPATH": path},
    )
    names = ", ".join(sdk.name for sdk in sdks)
    print(
        f"\n{names}: mypy --strict on {len(modules)} modules in "
        f"{time.perf_counter() - started:.1f} s"
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


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
    assert bool(sdk.operations()) == (name != "webhooks-3.1")


def test_the_example_documents_pass_mypy_strict(sdks: Any, tmp_path: Path) -> None:
    """Each whole package, in one mypy run (they share the analysis of httpx and pydantic)."""
    every = [sdks(name) for name in SMALL]
    modules = [
        f"{sdk.package}.{module}".rstrip(".")
        for sdk in every
        for module in ["", "_client", *resource_modules(sdk), *model_modules(sdk)]
    ]
    mypy_strict(every, modules, tmp_path)


#: Examples that cannot come back unchanged, with the reason.
_DEPLOYMENT_202 = (
    "several success answers with different schemas: the method's result is typed by the first"
    " (201, a Deployment); the 202 answer ({message}) is not a Deployment"
)
KNOWN_DIFFERENCES: dict[str, dict[str, str]] = {
    "github": {"POST /repos/{owner}/{repo}/deployments 202": _DEPLOYMENT_202},
    "github-split": {"POST /repos/{owner}/{repo}/deployments 202": _DEPLOYMENT_202},
}


@pytest.mark.parametrize("name", SMALL)
def test_an_example_documents_examples_round_trip_through_the_models(name: str, sdks: Any) -> None:
    sdk = sdks(name)
    components, responses = check_examples(sdk, KNOWN_DIFFERENCES.get(name))
    print(f"\n{name}: {components} component and {responses} response examples round-tripped")


def test_example_counts(sdks: Any) -> None:
    """The round trip is not vacuous: the specs with examples have them checked."""
    assert check_examples(sdks("train-travel-3.1"))[1] >= 7
    assert check_examples(sdks("uspto-3.0"))[1] >= 1


# -- over HTTP ---------------------------------------------------------------------------------
@pytest.fixture
def server() -> Iterator[PlainServer]:
    with PlainServer() as running:
        yield running


def client_of(sdk: Generated, **arguments: Any) -> Any:
    package = sdk.module("")
    name = next(n for n in package.__all__ if n.endswith("Client") and not n.startswith("Async"))
    return getattr(package, name)(**arguments)


PET = {"id": 7, "name": "Rex", "photoUrls": ["a.png"], "status": "sold", "tags": [{"id": 1}]}


def test_petstore_3_0_over_http(sdks: Any, server: PlainServer) -> None:
    sdk = sdks("petstore-3.0")
    server.answer("GET", "/v2/pet/findByStatus", Answer.json([PET]))
    server.answer("GET", "/v2/pet/7", Answer.json(PET))
    server.answer("POST", "/v2/pet", Answer(200))
    server.answer("POST", "/v2/pet/7", Answer(200))
    with client_of(sdk, token="tok-1", api_key="key-2", base_url=server.url + "/v2") as client:
        pets = client.pet.find_pets_by_status(status=["available", "sold"])
        assert [(p.id, p.name, p.photo_urls, p.tags[0].id) for p in pets] == [
            (7, "Rex", ["a.png"], 1)
        ]
        seen = server.seen[-1]
        assert (seen.method, seen.path) == ("GET", "/v2/pet/findByStatus")
        assert seen.query == [("status", "available"), ("status", "sold")]
        assert seen.headers["authorization"] == "Bearer tok-1" and "api_key" not in seen.headers

        pet = client.pet.get_pet_by_id(pet_id=7)
        assert pet.model_dump(by_alias=True, exclude_unset=True) == PET
        assert server.seen[-1].headers["api_key"] == "key-2"
        assert "authorization" not in server.seen[-1].headers

        assert client.pet.add_pet(name="Ace", photo_urls=["b.png"], status="pending") is None
        seen = server.seen[-1]
        assert seen.headers["content-type"] == "application/json"
        assert seen.json() == {"name": "Ace", "photoUrls": ["b.png"], "status": "pending"}

        client.pet.update_pet_with_form(pet_id=7, name="Rex II", status="sold")
        seen = server.seen[-1]
        assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
        assert parse_qsl(seen.body.decode()) == [("name", "Rex II"), ("status", "sold")]


def test_petstore_3_1_over_http(sdks: Any, server: PlainServer) -> None:
    sdk = sdks("petstore-3.1")
    order = {"id": 3, "petId": 7, "quantity": 2, "status": "placed", "complete": False}
    server.answer("POST", "/v2/store/order", Answer.json(order))
    server.answer("GET", "/v2/store/inventory", Answer.json({"sold": 2, "pending": 5}))
    with client_of(sdk, api_key="key-9", base_url=server.url + "/v2") as client:
        placed = client.store.place_order(pet_id=7, quantity=2, status="placed")
        assert (placed.id, placed.pet_id, placed.complete) == (3, 7, False)
        seen = server.seen[-1]
        assert (seen.method, seen.path) == ("POST", "/v2/store/order")
        assert seen.json() == {"petId": 7, "quantity": 2, "status": "placed"}
        assert client.store.get_inventory() == {"sold": 2, "pending": 5}
        assert server.seen[-1].headers["api_key"] == "key-9"


def test_uspto_over_http(sdks: Any, server: PlainServer) -> None:
    sdk = sdks("uspto-3.0")
    rows = [{"patentNumber": {"value": "US1"}}]
    server.answer("POST", "/oa_citations/v1/records", Answer.json(rows))
    listing = {"total": 1, "apis": [{"apiKey": "oa_citations", "apiVersionNumber": "v1"}]}
    server.answer("GET", "/", Answer.json(listing))
    with client_of(sdk, base_url=server.url) as client:
        found = client.search.perform_search(
            version="v1", dataset="oa_citations", criteria="*:*", start=0, rows=10
        )
        assert found == rows
        seen = server.seen[-1]
        assert (seen.method, seen.path) == ("POST", "/oa_citations/v1/records")
        assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
        assert parse_qsl(seen.body.decode()) == [
            ("criteria", "*:*"),
            ("start", "0"),
            ("rows", "10"),
        ]
        assert "authorization" not in seen.headers
        result = client.metadata.list_data_sets()
        assert result.total == 1 and result.apis[0].api_key == "oa_citations"


def test_train_travel_over_http(sdks: Any, server: PlainServer) -> None:
    sdk = sdks("train-travel-3.1")
    booking = {"id": "b-1", "trip_id": "t-1", "passenger_name": "Ann", "has_dog": True}
    server.answer("POST", "/bookings", Answer.json({**booking, "links": {"self": "/b-1"}}, 201))
    server.answer("GET", "/bookings/b-1", Answer.json(booking))
    server.answer("DELETE", "/bookings/b-1", Answer(204))
    with client_of(sdk, token="oauth-token", base_url=server.url) as client:
        made = client.bookings.create_booking(trip_id="t-1", passenger_name="Ann", has_dog=True)
        assert (made.id, made.has_dog, made.links.self) == ("b-1", True, "/b-1")
        seen = server.seen[-1]
        assert seen.json() == {"trip_id": "t-1", "passenger_name": "Ann", "has_dog": True}
        assert seen.headers["authorization"] == "Bearer oauth-token"
        assert client.bookings.get_booking(booking_id="b-1").passenger_name == "Ann"
        assert client.bookings.delete_booking(booking_id="b-1") is None
        assert [(s.method, s.path) for s in server.seen] == [
            ("POST", "/bookings"),
            ("GET", "/bookings/b-1"),
            ("DELETE", "/bookings/b-1"),
        ]


# -- the large specs ----------------------------------------------------------------------------
METHODS = {"get", "put", "post", "delete", "patch"}


def operation_count(document: dict[str, Any]) -> int:
    return sum(1 for item in document["paths"].values() for method in item if method in METHODS)


@pytest.mark.slow
@pytest.mark.timeout(2400)
@pytest.mark.parametrize("name", sorted(LARGE))
def test_a_large_spec_generates_a_package_that_imports(name: str, sdks: Any) -> None:
    sdk = sdks(name)
    assert counted(sdk.warnings) == LARGE[name].warnings
    operations = sdk.operations()
    assert len(operations) == operation_count(sdk.document)
    assert len(operations) > (450 if name == "stripe" else 500)
    models = sdk.module("models")
    assert len(models.__all__) > 700
    for exported in models.__all__[:: max(1, len(models.__all__) // 50)]:
        assert getattr(models, exported).__name__ == exported


@pytest.mark.slow
@pytest.mark.timeout(2400)
@pytest.mark.parametrize("name", sorted(LARGE))
def test_a_large_spec_passes_mypy_strict_on_a_sample(name: str, sdks: Any, tmp_path: Path) -> None:
    sdk = sdks(name)
    resources = resource_modules(sdk)
    sample = ["_client", *resources[:2], *model_modules(sdk)[:1]]
    mypy_strict([sdk], [f"{sdk.package}.{module}" for module in sample], tmp_path)


@pytest.mark.slow
@pytest.mark.timeout(2400)
@pytest.mark.parametrize("name", sorted(LARGE))
def test_a_large_specs_examples_round_trip(name: str, sdks: Any) -> None:
    sdk = sdks(name)
    components, responses = check_examples(sdk, KNOWN_DIFFERENCES.get(name))
    print(f"\n{name}: {components} component and {responses} response examples round-tripped")
    if name.startswith("github"):
        assert responses > 500


@pytest.mark.slow
@pytest.mark.timeout(2400)
def test_stripe_over_http(sdks: Any, server: PlainServer) -> None:
    """Stripe: untagged operations (one ``default`` resource), HTTP basic or bearer auth, form
    bodies, a union result (a customer or a deleted customer)."""
    sdk = sdks("stripe")
    models = sdk.module("models")
    deleted = {"id": "cus_1", "object": "customer", "deleted": True}
    server.answer("GET", "/v1/customers/cus_1", Answer.json(deleted))
    created = {"id": "cus_2", "object": "customer", "created": 1700000000, "livemode": False}
    server.answer("POST", "/v1/customers", Answer.json({**created, "email": "ann@example.com"}))
    with client_of(sdk, token="sk_test_1", base_url=server.url) as client:
        found = client.default.get_customers_customer(customer="cus_1", expand=["sources"])
        assert isinstance(found, models.DeletedCustomer) and found.id == "cus_1"
        seen = server.seen[-1]
        assert (seen.method, seen.path) == ("GET", "/v1/customers/cus_1")
        assert seen.query == [("expand", "sources")]
        assert seen.headers["authorization"] == "Bearer sk_test_1"
    with client_of(sdk, username="sk_test_2", password="", base_url=server.url) as client:
        made = client.default.post_customers(email="ann@example.com", description="Ann")
        assert isinstance(made, models.Customer)
        assert (made.id, made.created, made.livemode, made.email) == (
            "cus_2",
            1700000000,
            False,
            "ann@example.com",
        )
        seen = server.seen[-1]
        assert seen.headers["authorization"] == "Basic " + base64.b64encode(b"sk_test_2:").decode()
        assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
        assert parse_qsl(seen.body.decode()) == [
            ("description", "Ann"),
            ("email", "ann@example.com"),
        ]


@pytest.mark.slow
@pytest.mark.timeout(2400)
@pytest.mark.parametrize("name", ["github", "github-split"])
def test_github_over_http(name: str, sdks: Any, server: PlainServer) -> None:
    """GitHub, whole and split: the spec's own example answers parsed into the models."""
    sdk = sdks(name)
    shared = sdk.document["components"]["examples"]
    issues, user = shared["issue-items"]["value"], shared["public-user-default-response"]["value"]
    server.answer("GET", "/repos/octo/hello/issues", Answer.json(issues))
    server.answer("GET", "/users/octocat", Answer.json(user))
    with client_of(sdk, base_url=server.url) as client:
        found = client.issues.issues_list_for_repo(
            owner="octo", repo="hello", state="open", labels="bug,ui", per_page=5
        )
        assert [(i.number, i.title, i.user.login) for i in found] == [
            (i["number"], i["title"], i["user"]["login"]) for i in issues
        ]
        seen = server.seen[-1]
        assert (seen.method, seen.path) == ("GET", "/repos/octo/hello/issues")
        assert seen.query == [("state", "open"), ("labels", "bug,ui"), ("per_page", "5")]
        assert "authorization" not in seen.headers  # the spec declares no security
        someone = client.users.users_get_by_username(username="octocat")
        assert someone.login == user["login"] and someone.id == user["id"]
        assert server.seen[-1].path == "/users/octocat"
