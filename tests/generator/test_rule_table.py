"""docs/lint-rules.md is the one table of rule ids: every id a problem carries is in it, and
every id in it is one the generator's source can report."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "docs" / "lint-rules.md"


def documented() -> dict[str, str]:
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| ([a-z]+) \|", TABLE.read_text(encoding="utf-8"), re.M)
    return dict(rows)


def test_every_reported_id_is_documented() -> None:
    snapshots = [
        *REPO.glob("tests/corpus/snapshots/*.txt"),
        *REPO.glob("tests/generator/snapshots/*"),
    ]
    reported = {
        rule
        for path in snapshots
        for rule in re.findall(
            r"(?:error|warning)\[([a-z0-9-]+)\]", path.read_text(encoding="utf-8")
        )
    }
    assert len(reported) > 40
    assert reported - set(documented()) == set()


def test_every_documented_id_is_in_the_source_and_its_layer_is_known() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "generator").rglob("*.py"))
    table = documented()
    # operation-summary / operation-description are built as f"operation-{key}"
    built = {"operation-summary", "operation-description"}
    missing = [rule for rule in table if f'"{rule}"' not in source and rule not in built]
    assert missing == []
    assert set(table.values()) <= {
        "load", "bundle", "validate", "openapi", "generator", "yunxin", "options", "render",
        "format",
    }  # fmt: skip
