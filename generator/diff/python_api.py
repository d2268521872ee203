"""The generated Python package's public API, compared with griffe.

A change of the generator or of a template can break SDK users while the wire stays the same
(a method renamed, an argument that became keyword-only, a class that lost a base). griffe,
the library behind ``griffe check``, finds these by comparing two versions of a package's
public objects; each of its findings becomes a breaking :class:`~generator.diff.changes.Change`.
"""

from __future__ import annotations

from pathlib import Path

import griffe

from generator.diff.changes import Change


def _load(folder: Path, package: str) -> griffe.Object | griffe.Alias:
    return griffe.load(
        package,
        search_paths=[str(folder)],
        allow_inspection=False,
        resolve_aliases=True,
        resolve_implicit=False,
        resolve_external=False,
    )


def python_api_changes(old_folder: Path, new_folder: Path, package: str) -> list[Change]:
    """Breaking changes of ``package``'s public API from ``old_folder`` to ``new_folder``
    (each a folder that holds the package directory)."""
    if not (old_folder / package).is_dir():
        return []  # no earlier SDK to compare with: nothing can break
    if not (new_folder / package).is_dir():
        return [Change("breaking", None, f"python {package}", f"the package {package} is gone")]
    old = _load(old_folder, package)
    new = _load(new_folder, package)
    changes = []
    for breakage in griffe.find_breaking_changes(old, new):
        if breakage.kind is griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE:
            continue  # a constant's value (``__version__``, a default URL) is not its API
        changes.append(Change("breaking", None, f"python {breakage.obj.path}", _explain(breakage)))
    return changes


def _value(value: object) -> str:
    name = getattr(value, "name", None)
    return str(name) if isinstance(name, str) else str(value)


def _explain(breakage: griffe.Breakage) -> str:
    """One plain line (no colours, no temporary file paths): what broke, old -> new."""
    kind = breakage.kind.value
    old, new = breakage.old_value, breakage.new_value
    if breakage.kind is griffe.BreakageKind.PARAMETER_REMOVED:
        return f"{kind}: {_value(old)}"
    if breakage.kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED:
        return f"{kind}: {_value(new)}"
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return kind
    return f"{kind}: {_value(old)} -> {_value(new)}"
