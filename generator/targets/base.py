"""What a target is: a named set of output files made from the neutral model.

A target owns its names, its types and its file table; the pipeline only asks it for the files
to render (:class:`Output`: path under the output directory, template under ``templates/``,
context) and for the Jinja2 filters its templates use. Adding a language is a new folder under
``generator/targets/`` and one under ``templates/``, registered in :data:`generator.targets.TARGETS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.core import model

if TYPE_CHECKING:
    from generator.targets.python import model as python_model
    from generator.targets.typescript import model as typescript_model


@dataclass(frozen=True)
class Output:
    """One file to produce: its path under the output directory, its template and context."""

    path: str
    template: str
    context: dict[str, Any]
    #: A file copied as it is (real source of the target), instead of rendered.
    source: str | None = None


@dataclass
class Views:
    """The neutral model and the per-language views targets build from it, each built once
    (the docs and the bundled spec show the SDK calls of the language targets)."""

    api: model.Api
    #: The names of the targets of this run that support the API's profile.
    targets: tuple[str, ...] = ()

    @cached_property
    def python(self) -> python_model.Api:
        from generator.targets.python.build import build

        return build(self.api)

    @cached_property
    def typescript(self) -> typescript_model.Api:
        from generator.targets.typescript.build import build

        return build(self.api)


class Target:
    name: str = ""
    #: The profiles whose conventions the target's runtime implements (``None``: every one).
    profiles: tuple[str, ...] | None = None

    def supports(self, profile: str) -> bool:
        return self.profiles is None or profile in self.profiles

    def outputs(self, views: Views) -> list[Output]:
        raise NotImplementedError

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {}
