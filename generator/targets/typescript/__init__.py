"""The TypeScript SDK target: the ``generated/typescript`` package (npm ``yunxin-im``).

Its pieces: :mod:`.naming` (TypeScript names), :mod:`.model` (what the templates lay out),
:mod:`.build` (the neutral model turned into that), ``runtime/`` (the hand-written runtime,
copied into every package as ``src/core/`` with its tsconfig files and prettier settings) and
the templates under ``templates/typescript/``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.targets.base import Output, Target, Views

RUNTIME = Path(__file__).resolve().parent / "runtime"

#: Files of :data:`RUNTIME` copied as they are to the package root.
ROOT_FILES = (
    ".prettierrc.json",
    "tsconfig.base.json",
    "tsconfig.json",
    "tsconfig.esm.json",
    "tsconfig.cjs.json",
)


def runtime_sources() -> list[Path]:
    """The hand-written runtime modules (``src/core/*.ts``), sorted."""
    return sorted((RUNTIME / "src" / "core").glob("*.ts"))


def _comment(doc: Any, indent: int = 0) -> str:
    return str(doc.comment(indent))


class TypeScriptTarget(Target):
    name = "typescript"
    #: Its runtime speaks the Yunxin conventions only (envelope, CheckSum signing, regions).
    profiles = ("yunxin",)

    def outputs(self, views: Views) -> list[Output]:
        api = views.typescript
        base: dict[str, Any] = {"api": api}
        files = [
            Output("typescript/package.json", "typescript/package.json.jinja", base),
            Output("typescript/README.md", "typescript/README.md.jinja", base),
        ]
        files += [
            Output(f"typescript/{name}", "", base, source=str(RUNTIME / name))
            for name in ROOT_FILES
        ]
        for name in ("index", "client", "version", "errors", "resource"):
            files.append(
                Output(f"typescript/src/{name}.ts", f"typescript/src/{name}.ts.jinja", base)
            )
        if api.conversation_ids is not None:
            files.append(
                Output(
                    "typescript/src/conversation-id.ts",
                    "typescript/src/conversation-id.ts.jinja",
                    base,
                )
            )
        files += [
            Output(f"typescript/src/core/{path.name}", "", base, source=str(path))
            for path in runtime_sources()
        ]
        files.append(
            Output(
                "typescript/src/resources/index.ts", "typescript/src/resources/index.ts.jinja", base
            )
        )
        files += [
            Output(
                f"typescript/src/resources/{resource.file}.ts",
                "typescript/src/resources/resource.ts.jinja",
                {**base, "resource": resource},
            )
            for resource in api.resources
        ]
        files.append(
            Output("typescript/src/types/index.ts", "typescript/src/types/index.ts.jinja", base)
        )
        files += [
            Output(
                f"typescript/src/types/{module.file}.ts",
                "typescript/src/types/module.ts.jinja",
                {**base, "module": module},
            )
            for module in api.modules
        ]
        return files

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"tsdoc": _comment}
