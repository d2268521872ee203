"""A diff's result, as Markdown for a pull request or as JSON for tools."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from generator.diff.changes import SEVERITIES, Bump, Change, bump_for, sort_changes

_HEADINGS = {
    "breaking": "Breaking changes",
    "compatible": "Compatible changes",
    "info": "Documentation and other changes",
}


@dataclass
class Report:
    """Every change found between two versions, sorted and without duplicates."""

    changes: list[Change] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.changes = sort_changes(self.changes)

    @property
    def bump(self) -> Bump:
        return bump_for(self.changes)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == "breaking"]

    def to_json(self) -> str:
        data = {"bump": self.bump, "changes": [change.as_dict() for change in self.changes]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def to_markdown(self, title: str = "API changes") -> str:
        counts = {s: sum(1 for c in self.changes if c.severity == s) for s in SEVERITIES}
        lines = [f"## {title}", ""]
        if not self.changes:
            lines += ["No changes.", ""]
            return "\n".join(lines)
        summary = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s])
        lines += [f"Version bump: **{self.bump}** ({summary}).", ""]
        for severity in SEVERITIES:
            group = [c for c in self.changes if c.severity == severity]
            if not group:
                continue
            lines += [f"### {_HEADINGS[severity]}", ""]
            lines += [f"- {markdown_line(change)}" for change in group]
            lines.append("")
        return "\n".join(lines)


def markdown_line(change: Change) -> str:
    """One change as Markdown: where (operation, location), then what."""
    where = f"`{change.operation}` " if change.operation else ""
    return f"{where}{change.location}: {change.message}"
