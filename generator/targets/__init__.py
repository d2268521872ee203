"""Targets: one folder per kind of output made from the neutral model.

``python`` and ``typescript`` (the SDK packages), ``docs`` (the Markdown reference) and ``openapi`` (the bundled spec
with code samples). Each target's templates live under ``templates/<target>/``.
"""

from __future__ import annotations

from generator.targets.base import Output, Target, Views
from generator.targets.docs import DocsTarget
from generator.targets.openapi import OpenAPITarget
from generator.targets.python import PythonTarget
from generator.targets.typescript import TypeScriptTarget

#: Every target, in the order their files are produced.
TARGETS: tuple[Target, ...] = (
    PythonTarget(),
    TypeScriptTarget(),
    DocsTarget(),
    OpenAPITarget(),
)

__all__ = ["TARGETS", "Output", "Target", "Views"]
