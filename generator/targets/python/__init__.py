"""The Python SDK target: the ``generated/python`` package.

Its pieces: :mod:`.naming` (Python names), :mod:`.model` (what the templates lay out),
:mod:`.build` (the neutral model turned into that), :mod:`.filters` (docstrings and literals),
``runtime/`` (the hand-written runtime modules, copied into every package as they are) and the
templates under ``templates/python/``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.targets.base import Output, Target, Views
from generator.targets.python import filters, layout

RUNTIME = Path(__file__).resolve().parent / "runtime"
#: Runtime modules of a plain OpenAPI package (no envelope, no signing) that replace those of
#: :data:`RUNTIME`.
PLAIN_RUNTIME = RUNTIME / "plain"

#: The package's modules in the order they are produced; a ``.py`` file of :data:`RUNTIME` is
#: copied, the others are rendered from ``templates/python/package/<name>.py.jinja``.
MODULES = (
    "__init__",
    "_version",
    "_constants",
    "_types",
    "_exceptions",
    "_auth",
    "_deadline",
    "_encoding",
    "_redact",
    "_models",
    "_regions",
    "_response",
    "_base_client",
    "_pagination",
    "_streaming",
    "_client",
)


#: The modules of a plain package; those with a template under ``python/package/plain/`` are
#: rendered from it.
PLAIN_MODULES = (
    "__init__",
    "_version",
    "_constants",
    "_types",
    "_exceptions",
    "_auth",
    "_deadline",
    "_encoding",
    "_redact",
    "_models",
    "_response",
    "_base_client",
    "_client",
)
PLAIN_TEMPLATES = frozenset({"__init__", "_constants", "_exceptions", "_client"})


def runtime_sources() -> list[Path]:
    """The hand-written runtime modules, sorted."""
    return sorted(RUNTIME.glob("*.py")) + sorted(PLAIN_RUNTIME.glob("*.py"))


class PythonTarget(Target):
    name = "python"

    def outputs(self, views: Views) -> list[Output]:
        api = views.python
        base: dict[str, Any] = {"api": api}
        package = f"python/{api.package}"
        files = [
            Output("python/pyproject.toml", "python/pyproject.toml.jinja", base),
            Output(
                "python/README.md",
                "python/plain/README.md.jinja" if api.plain else "python/README.md.jinja",
                base,
            ),
            Output("python/LICENSE", api.license_template, base),
            Output(f"{package}/py.typed", "python/py.typed.jinja", base),
        ]
        modules = list(PLAIN_MODULES if api.plain else MODULES)
        if api.conversation_type_enum is not None and not api.plain:
            modules.append("_conversation_id")
        if any(module.unions for module in api.modules):
            modules.append("_unions")
        for name in modules:
            static = RUNTIME / f"{name}.py"
            if api.plain and (PLAIN_RUNTIME / f"{name}.py").is_file():
                static = PLAIN_RUNTIME / f"{name}.py"
            if api.plain and name in PLAIN_TEMPLATES:
                files.append(
                    Output(f"{package}/{name}.py", f"python/package/plain/{name}.py.jinja", base)
                )
            elif static.is_file():
                files.append(Output(f"{package}/{name}.py", "", base, source=str(static)))
            else:
                files.append(
                    Output(f"{package}/{name}.py", f"python/package/{name}.py.jinja", base)
                )
        files.append(
            Output(f"{package}/models/__init__.py", "python/package/models/__init__.py.jinja", base)
        )
        files += [
            Output(
                f"{package}/models/{module.name}.py",
                "python/package/models/module.py.jinja",
                {**base, "module": module},
            )
            for module in api.modules
        ]
        files.append(
            Output(
                f"{package}/resources/__init__.py",
                "python/package/resources/__init__.py.jinja",
                base,
            )
        )
        files += [
            Output(
                f"{package}/resources/{resource.name}.py",
                "python/package/resources/resource.py.jinja",
                {**base, "resource": resource},
            )
            for resource in api.resources
        ]
        return files

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {
            "pyrepr": filters.pyrepr,
            "pymapping": layout.mapping,
            "pyimport": layout.imports,
            "pycall": layout.call_text,
            "pyassign": layout.assignment_text,
            "pyname": layout.Literal,
            "pyvalue": layout.value_text,
            "pyclass": layout.class_line,
            "pykwargs": layout.keywords_text,
            "docwrap": filters.docwrap,
            "docstring": filters.docstring,
        }
