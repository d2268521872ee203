"""Stage the Markdown sources for Sphinx and build the site.

The generated docs are written for reading on a code host (plain Markdown, relative links); the
site adds what Sphinx needs around them: a hidden table of contents on the index page, in the
order the index lists the resources, and the changelog page (a placeholder until the first
release writes ``CHANGELOG.md``). The output folder is replaced only when the build succeeded.
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import tomllib
from pathlib import Path

from sphinx.cmd.build import build_main

ROOT = Path(__file__).resolve().parent.parent
CONF_DIR = Path(__file__).resolve().parent

NO_CHANGELOG = """# Changelog

No release has been recorded yet: `make release` writes `CHANGELOG.md` next to the package.
"""


def page_order(index_text: str, pages: list[str]) -> list[str]:
    """Pages for the table of contents: the overview, every page the index links to (in the
    index's order), the models, the changelog, then any other page."""
    linked: list[str] = []
    for name in re.findall(r"\]\(([\w-]+)\.md[#)]", index_text):
        if name in pages and name not in linked:
            linked.append(name)
    first = [p for p in ("overview",) if p in pages]
    last = [p for p in ("models", "changelog") if p in pages]
    middle = [p for p in linked if p not in first + last]
    rest = sorted(p for p in pages if p not in first + middle + last + ["index"])
    return first + middle + rest + last


def stage(docs: Path, changelog: Path | None, into: Path) -> list[str]:
    """Copy the sources into ``into``; returns the pages in table-of-contents order."""
    if not (docs / "index.md").is_file():
        raise FileNotFoundError(f"{docs}/index.md does not exist: run `make generate` first")
    for source in sorted(docs.glob("*.md")):
        shutil.copyfile(source, into / source.name)
    text = changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else None
    (into / "changelog.md").write_text(text or NO_CHANGELOG, encoding="utf-8")
    pages = sorted(p.stem for p in into.glob("*.md"))
    index = into / "index.md"
    index_text = index.read_text(encoding="utf-8")
    order = page_order(index_text, pages)
    toctree = "\n".join(["", "```{toctree}", ":hidden:", ":maxdepth: 1", "", *order, "```", ""])
    index.write_text(index_text.rstrip("\n") + "\n" + toctree, encoding="utf-8")
    return order


def package_metadata(pyproject: Path) -> dict[str, str]:
    """Name, version and documentation URL of the generated package."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    return {
        "name": str(project.get("name", "")),
        "version": str(project.get("version", "")),
        "url": str((project.get("urls") or {}).get("Documentation", "")),
    }


def build(
    docs: Path, changelog: Path | None, pyproject: Path, out: Path, quiet: bool = True
) -> int:
    """Build the site into ``out``; returns Sphinx's exit status (warnings are errors)."""
    meta = package_metadata(pyproject)
    with tempfile.TemporaryDirectory(prefix="sitegen-") as work:
        source, html, doctrees = Path(work, "src"), Path(work, "html"), Path(work, "doctrees")
        source.mkdir()
        stage(docs, changelog, source)
        args = ["-b", "html", "-c", str(CONF_DIR), "-d", str(doctrees), "-W", "--keep-going"]
        args += ["-D", f"project={meta['name']}", "-D", f"release={meta['version']}"]
        if meta["url"]:
            args += ["-D", f"html_baseurl={meta['url']}"]
        if quiet:
            args.append("-q")
        status = build_main([*args, str(source), str(html)])
        if status != 0:
            return status
        out = out.resolve()
        staged = out.with_name(out.name + ".new")
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(html, staged)
        if out.exists():
            shutil.rmtree(out)
        staged.rename(out)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitegen", description=__doc__)
    parser.add_argument("--docs", type=Path, default=ROOT / "generated" / "docs")
    parser.add_argument(
        "--changelog", type=Path, default=ROOT / "generated" / "python" / "CHANGELOG.md"
    )
    parser.add_argument(
        "--pyproject", type=Path, default=ROOT / "generated" / "python" / "pyproject.toml"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "site")
    args = parser.parse_args(argv)
    try:
        status = build(args.docs, args.changelog, args.pyproject, args.out)
    except FileNotFoundError as error:
        print(f"error: {error}")
        return 2
    if status == 0:
        print(f"site built in {args.out}")
    return status
