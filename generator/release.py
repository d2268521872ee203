"""``python -m generator release``: the next SDK version and its changelog section.

The SDK's version lives in one place, ``info.x-sdk.version`` of the spec's root file. A release
compares the spec with the last release tag (``v*``, the highest version), bumps that version by
what the diff implies (see :func:`generator.diff.next_version`), writes it back into the root
file (only that scalar changes; comments and layout stay), prepends a section to the changelog
(one line per change, breaking ones marked, in the manner of stripe-python's changelog) and
regenerates the output so that the package reports the new version. It neither commits nor tags:
review the result, then commit and tag ``v<version>``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.core.loader import display_path, load_file
from generator.core.problems import Location, Problem, SpecError
from generator.diff import Report, diff_revision, next_version
from generator.diff.report import markdown_line
from generator.diff.sources import repository_root, spec_root

CHANGELOG_TITLE = "# Changelog"
_VERSION_KEY = "/info/x-sdk/version"


@dataclass
class Release:
    """What a release run decided."""

    previous_tag: str | None
    previous_version: str | None
    version: str
    report: Report
    changelog: Path

    @property
    def released(self) -> bool:
        return self.previous_version is None or self.version != self.previous_version


def last_release_tag(repository: Path) -> str | None:
    """The highest ``v*`` tag of the repository, or None when there is none."""
    result = subprocess.run(
        ["git", "-C", str(repository), "tag", "--list", "v*", "--sort=-v:refname"],
        capture_output=True,
        text=True,
        check=True,
    )
    tags = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    return tags[0] if tags else None


def today() -> str:
    """The release date: SOURCE_DATE_EPOCH when set (reproducible builds), else today in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.date().isoformat()


def changelog_section(version: str, date: str, report: Report, first: bool) -> str:
    """The changelog section of one release."""
    lines = [f"## {version} - {date}"]
    if first:
        lines.append("* Initial release of the SDK.")
    for change in report.changes:
        if change.severity == "breaking":
            lines.append(f"* ⚠️ **Breaking:** {markdown_line(change)}")
        elif change.severity == "compatible":
            lines.append(f"* {markdown_line(change)}")
        else:
            lines.append(f"* Docs: {markdown_line(change)}")
    if not first and not report.changes:
        lines.append("* No changes to the API.")
    return "\n".join(lines) + "\n"


def prepend_section(changelog: Path, section: str) -> None:
    """Put ``section`` first in the changelog, under its title; creates the file if needed."""
    try:
        text = changelog.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = f"{CHANGELOG_TITLE}\n"
    body = text[len(CHANGELOG_TITLE) :].lstrip("\n") if text.startswith(CHANGELOG_TITLE) else text
    heading = section.split("\n", 1)[0].rsplit(" - ", 1)[0]
    if body.startswith(f"{heading} - "):  # the same release planned again: replace its section
        following = body.find("\n## ")
        body = body[following + 1 :] if following >= 0 else ""
    result = f"{CHANGELOG_TITLE}\n\n{section}" + (f"\n{body}" if body.strip() else "")
    _write_atomically(changelog, result)


def set_sdk_version(root: Path, version: str) -> None:
    """Rewrite ``info.x-sdk.version`` in the root file, touching nothing else."""
    source = load_file(root)
    current = (
        source.data.get("info", {}).get("x-sdk", {}).get("version")
        if isinstance(source.data, dict)
        else None
    )
    if current is None or _VERSION_KEY not in source.positions:
        raise SpecError(
            [
                Problem(
                    Location(display_path(root)),
                    "sdk-version",
                    "the spec has no info.x-sdk.version, the SDK version a release bumps",
                    "add `x-sdk: {version: 0.1.0}` under `info`",
                )
            ]
        )
    line_number, column = source.positions[_VERSION_KEY]
    lines = root.read_text(encoding="utf-8").splitlines(keepends=True)
    line = lines[line_number - 1]
    head, tail = line[: column - 1], line[column - 1 :]
    replaced, count = re.subn(
        r"^(version\s*:\s*)(['\"]?)[^'\"\s#]+\2", rf"\g<1>\g<2>{version}\g<2>", tail, count=1
    )
    if count != 1:
        raise SpecError(
            [
                Problem(
                    Location(display_path(root), line_number, column),
                    "sdk-version",
                    "info.x-sdk.version is not written as a plain `version: X.Y.Z` line",
                    "write it on one line, e.g. `version: 0.1.0`",
                )
            ]
        )
    lines[line_number - 1] = head + replaced
    _write_atomically(root, "".join(lines))


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def plan_release(spec: Path, templates: Path, out: Path) -> Release:
    """Decide the next version and its changes; nothing is written."""
    root = spec_root(spec).resolve()
    repository = repository_root(root)
    tag = last_release_tag(repository)
    source = load_file(root)
    info = source.data.get("info", {}) if isinstance(source.data, dict) else {}
    current = str(info.get("x-sdk", {}).get("version", "0.1.0"))
    changelog = out / "python" / "CHANGELOG.md"
    if tag is None:
        return Release(None, None, current, Report([]), changelog)
    report, old_document = diff_revision(tag, root, templates)
    old_info = old_document.get("info", {})
    previous = str(old_info.get("x-sdk", {}).get("version") or tag.removeprefix("v"))
    version = next_version(previous, report.bump)
    return Release(tag, previous, version, report, changelog)


def release(spec: Path, templates: Path, out: Path) -> Release:
    """Bump the version, write the changelog section and regenerate the output."""
    from generator.pipeline import Paths, generate

    plan = plan_release(spec, templates, out)
    if not plan.released:
        return plan
    root = spec_root(spec).resolve()
    set_sdk_version(root, plan.version)
    section = changelog_section(plan.version, today(), plan.report, plan.previous_tag is None)
    generate(Paths(spec=root, templates=templates, out=out))
    prepend_section(plan.changelog, section)
    return plan
