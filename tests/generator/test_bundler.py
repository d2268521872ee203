"""generator.core.bundler: joining the spec files and mapping back to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.bundler import bundle
from generator.core.problems import SpecError
from tests.support.specs import THINGS, write_spec


def test_bundle_inlines_path_items_and_hoists_components(tmp_path: Path) -> None:
    result = bundle(write_spec(tmp_path))
    document = result.document
    operation = document["paths"]["/v1/things/{thing_id}"]["get"]
    assert operation["operationId"] == "getThing"
    assert document["paths"]["/v1/things/{thing_id}"]["parameters"] == [
        {"$ref": "#/components/parameters/TraceId"}
    ]
    data = operation["responses"]["200"]["content"]["application/json"]["schema"]["allOf"][1]
    assert data["properties"]["data"] == {"$ref": "#/components/schemas/Thing"}
    assert sorted(document["components"]["schemas"]) == ["Envelope", "Thing"]
    assert ("schemas", "Thing") in result.used_components


def test_source_map_points_into_the_right_file(tmp_path: Path) -> None:
    result = bundle(write_spec(tmp_path))
    location = result.locate("/paths/~1v1~1things~1{thing_id}/get/operationId")
    assert location.file.endswith("paths/things.yaml")
    assert location.line == 5
    location = result.locate("/components/schemas/Thing/properties/count")
    assert location.file.endswith("components/schemas/things.yaml")
    assert location.line == 8


def _problems(tmp_path: Path, overrides: dict[str, str]) -> list[tuple[str, str, int]]:
    with pytest.raises(SpecError) as caught:
        bundle(write_spec(tmp_path, overrides))
    return [(p.rule, Path(p.location.file).name, p.location.line) for p in caught.value.problems]


def _with_property(ref: str) -> dict[str, str]:
    return {"components/schemas/things.yaml": THINGS + f"    other: {{$ref: '{ref}'}}\n"}


def test_missing_file(tmp_path: Path) -> None:
    assert ("ref-missing-file", "things.yaml", 9) in _problems(
        tmp_path, _with_property("./nowhere.yaml#/X")
    )


def test_dangling_ref(tmp_path: Path) -> None:
    assert ("ref-dangling", "things.yaml", 9) in _problems(tmp_path, _with_property("#/Nope"))


def test_ref_to_part_of_a_component_hoists_that_part(tmp_path: Path) -> None:
    """A deep pointer is followed (issue 7): the part becomes a component of its own."""
    root = write_spec(tmp_path, _with_property("#/Thing/properties/count"))
    schemas = bundle(root).document["components"]["schemas"]
    assert schemas["count"] == {"type": "integer", "format": "int32", "description": "How many."}
    assert schemas["Thing"]["properties"]["other"] == {"$ref": "#/components/schemas/count"}


def test_duplicate_component_names_across_files(tmp_path: Path) -> None:
    problems = _problems(tmp_path, {"components/schemas/extra.yaml": "Thing:\n  type: object\n"})
    assert problems[0][0] == "component-duplicate-name"


def test_path_key_must_match_the_target(tmp_path: Path) -> None:
    from tests.support.specs import ROOT

    root = ROOT.replace("/v1/things/{thing_id}:\n    $ref", "/v1/other/{thing_id}:\n    $ref")
    assert ("path-key-mismatch", "openapi.yaml", 17) in _problems(tmp_path, {"openapi.yaml": root})


@pytest.mark.parametrize(
    ("ref", "rule"),
    [
        ("https://example.com/schemas.yaml#/Thing", "ref-remote"),
        ("//example.com/schemas.yaml#/Thing", "ref-remote"),
        ("file:///etc/passwd#/x", "ref-remote"),
        ("/etc/hosts#/x", "ref-absolute"),
        ("C:\\\\spec\\\\things.yaml#/Thing", "ref-remote"),
        ("../../../../outside.yaml#/Thing", "ref-outside"),
    ],
)
def test_refs_that_leave_the_spec_are_refused(tmp_path: Path, ref: str, rule: str) -> None:
    (tmp_path / "outside.yaml").write_text("Thing: {type: object}\n", encoding="utf-8")
    spec_dir = tmp_path / "deep" / "er" / "spec"
    spec_dir.mkdir(parents=True)
    assert (rule, "things.yaml", 9) in _problems(spec_dir, _with_property(ref))


def test_symlink_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text(
        "Secret: {type: object, description: not part of the spec}\n", encoding="utf-8"
    )
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    write_spec(spec_dir)
    (spec_dir / "components" / "schemas" / "linked.yaml").symlink_to(secret)
    with pytest.raises(SpecError) as caught:
        bundle(spec_dir / "openapi.yaml")
    rules = [(p.rule, Path(p.location.file).name) for p in caught.value.problems]
    assert rules == [("ref-outside", "linked.yaml")]
