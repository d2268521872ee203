"""The Markdown reference (``generated/docs``): an index, an overview, one page per resource
and the models page, showing each operation as a call of the Python and the TypeScript SDK."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.targets.base import Output, Target, Views
from generator.targets.docs import filters


class DocsTarget(Target):
    name = "docs"

    def outputs(self, views: Views) -> list[Output]:
        ts = views.typescript if "typescript" in views.targets else None
        base: dict[str, Any] = {"api": views.python, "ts": ts}
        files = [
            Output("docs/index.md", "docs/index.md.jinja", base),
            # a plain OpenAPI package has no signing, regions or envelope: its README is the overview
            Output(
                "docs/overview.md",
                "python/plain/README.md.jinja" if views.python.plain else "docs/overview.md.jinja",
                base,
            ),
            Output("docs/models.md", "docs/models.md.jinja", base),
        ]
        files += [
            Output(
                f"docs/{resource.name}.md", "docs/resource.md.jinja", {**base, "resource": resource}
            )
            for resource in views.python.resources
        ]
        return files

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"mdcell": filters.mdcell, "tojson_pretty": filters.tojson_pretty}
