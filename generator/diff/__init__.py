"""API diff: what changed between two versions of the spec, and what it breaks.

``python -m generator diff OLD NEW`` compares two specs (files or folders);
``python -m generator diff --base REV`` compares the spec at a git revision with the working
tree, and also the generated Python package's public API (with griffe). Modules:

* :mod:`~generator.diff.changes`: a change, its severity, the version bump it implies;
* :mod:`~generator.diff.compare`: the rules, over two bundled documents;
* :mod:`~generator.diff.python_api`: the SDK surface compared with griffe;
* :mod:`~generator.diff.sources`: reading specs from paths and git revisions;
* :mod:`~generator.diff.report`: Markdown and JSON output.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from generator.diff.changes import Change, next_version
from generator.diff.compare import iter_changes
from generator.diff.python_api import python_api_changes
from generator.diff.report import Report
from generator.diff.sources import export_revision, load_document, repository_root, spec_root

__all__ = [
    "Change",
    "Report",
    "diff_documents",
    "diff_paths",
    "diff_revision",
    "next_version",
]


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """The changes from ``old`` to ``new``, two bundled OpenAPI documents."""
    return Report(list(iter_changes(old, new)))


def diff_paths(old: Path, new: Path) -> Report:
    """The changes between the specs at two paths (root files or folders)."""
    return diff_documents(load_document(old), load_document(new))


def diff_revision(
    revision: str,
    spec: Path,
    templates: Path,
    *,
    python_api: bool = True,
) -> tuple[Report, dict[str, Any]]:
    """Compare the spec at git ``revision`` with the one at ``spec`` in the working tree.

    The old spec (its whole folder) is exported to a temporary folder; nothing in the working
    tree changes. With ``python_api``, the Python package committed at ``revision``
    (generated/python) is compared with the one the working spec and ``templates`` produce
    now. Returns the report and the old bundled document.
    """
    from generator.pipeline import Paths, build  # the pipeline imports the diff's users

    root = spec_root(spec).resolve()
    repository = repository_root(root)
    spec_folder = root.parent.relative_to(repository).as_posix()
    with tempfile.TemporaryDirectory(prefix="sdkgen-diff-") as temporary:
        old_tree = Path(temporary) / "old"
        export_revision(repository, revision, [spec_folder, "generated/python"], old_tree)
        old_document = load_document(old_tree / spec_folder / root.name)
        new_document = load_document(root)
        report = diff_documents(old_document, new_document)
        if not python_api:
            return report, old_document
        api, files = build(Paths(spec=root, templates=templates, out=Path(temporary) / "unused"))
        new_tree = Path(temporary) / "new"
        for relative, data in files.items():
            if relative.startswith("python/"):
                target = new_tree / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        changes = python_api_changes(
            old_tree / "generated" / "python", new_tree / "python", api.package.name
        )
        return Report(report.changes + changes), old_document
