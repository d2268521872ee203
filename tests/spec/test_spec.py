"""The spec against the reference: every operation is there, and its fields match the Java SDK
except for the reviewed allow-list."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spec import fields

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference"


@pytest.mark.parametrize("name", ["endpoints.yaml", "java-sdk-operations.yaml"])
def test_reference_copies_match_the_shared_originals(name: str) -> None:
    original = SHARED / name
    if not original.exists():
        pytest.skip(f"{original} is not on this machine")
    assert (
        fields.REFERENCE / name
    ).read_bytes() == original.read_bytes(), f"copy {original} into tests/spec/reference/"


def test_every_reference_operation_is_in_the_spec_and_nothing_else() -> None:
    missing, unknown = fields.coverage()
    assert (
        not missing
    ), "operations of reference/endpoints.yaml missing from the spec:\n" + "\n".join(missing)
    assert not unknown, "spec operations the reference does not know:\n" + "\n".join(unknown)


def test_legacy_forms_are_deprecated() -> None:
    assert fields.legacy_not_deprecated() == []


def test_known_source_conflicts_are_recorded_in_the_spec() -> None:
    missing = fields.unrecorded_conflicts()
    assert not missing, "record these disagreements in x-source-conflicts:\n" + "\n".join(missing)


def test_fields_match_the_java_sdk_except_the_allow_list() -> None:
    differences = fields.field_differences()
    allowed = fields.allowlist()
    unexplained = fields.unexplained(differences, allowed)
    assert not unexplained, (
        "fields differ from reference/java-sdk-operations.yaml (fix the spec or add a reasoned entry to tests/spec/field_allowlist.yaml):\n"
        + "\n".join(map(str, unexplained))
    )
    stale = fields.unused(differences, allowed)
    assert not stale, f"allow-list entries that no longer match a difference: {stale}"
    assert len(allowed) <= 10 and all(len(entry.reason) > 40 for entry in allowed)


def test_field_comparison_finds_real_differences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison is not vacuous: a Java field the spec lacks is reported."""
    reference = fields.load_reference("java-sdk-operations.yaml")
    operation = next(op for op in reference["operations"] if op["java_method"] == "createAccount")
    operation["request_fields"].append({"name": "brand_new_flag", "type": "boolean"})
    operation["response_data_fields"][0]["type"] = "boolean"  # account_id: string in the spec
    original = fields.load_reference
    monkeypatch.setattr(
        fields,
        "load_reference",
        lambda name: reference if name.startswith("java") else original(name),
    )
    found = {(d.operation, d.field, d.kind) for d in fields.field_differences()}
    assert ("POST /im/v2/accounts", "body.brand_new_flag", "missing") in found
    assert ("POST /im/v2/accounts", "response.account_id", "type") in found
