"""Sphinx configuration of the documentation site; project, release and base URL come from the
builder (``-D``), which reads them from the generated package's pyproject.toml."""

from __future__ import annotations

project = "yunxin-im"
release = ""
extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
language = "en"
html_theme = "furo"
html_title = "Yunxin IM Python SDK"
html_show_sourcelink = False
html_copy_source = False
html_static_path: list[str] = []
html_favicon = "favicon.svg"  # a page without one makes the browser log a 404 for /favicon.ico
myst_heading_anchors = 3
