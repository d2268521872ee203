"""What an API diff reports: changes with a severity, and the version bump they imply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["breaking", "compatible", "info"]
Bump = Literal["major", "minor", "patch", "none"]

SEVERITIES: tuple[Severity, ...] = ("breaking", "compatible", "info")


@dataclass(frozen=True, order=True)
class Change:
    """One difference between two versions of an API.

    ``operation`` is ``"METHOD /path"`` for a change of one operation and None for a change of a
    shared part (a schema component, the error codes, the servers, the SDK's Python surface);
    ``location`` says where inside it, e.g. ``query parameter limit`` or ``Friend.alias``.
    """

    severity: Severity
    operation: str | None
    location: str
    message: str

    def as_dict(self) -> dict[str, str | None]:
        return {
            "severity": self.severity,
            "operation": self.operation,
            "location": self.location,
            "message": self.message,
        }


def _order(change: Change) -> tuple[int, str, str, str]:
    return (
        SEVERITIES.index(change.severity),
        change.operation or "",
        change.location,
        change.message,
    )


def sort_changes(changes: list[Change]) -> list[Change]:
    """Changes without duplicates, breaking first, then by operation, location and message."""
    return sorted(set(changes), key=_order)


def bump_for(changes: list[Change]) -> Bump:
    """The semantic-version bump a set of changes calls for."""
    severities = {change.severity for change in changes}
    if "breaking" in severities:
        return "major"
    if "compatible" in severities:
        return "minor"
    if "info" in severities:
        return "patch"
    return "none"


def next_version(version: str, bump: Bump) -> str:
    """``version`` bumped by ``bump``; below 1.0 a breaking change bumps the minor number and an
    addition the patch number, as is usual for 0.x releases."""
    parts = version.split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"SDK version {version!r} is not of the form MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in parts)
    if bump == "none":
        return version
    if major == 0:
        bump = {"major": "minor", "minor": "patch", "patch": "patch"}[bump]  # type: ignore[assignment]
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
