"""Render the targets' files for a neutral :class:`~generator.core.model.Api`.

Each target (:mod:`generator.targets`) says which template makes which file, or which of its
source files is copied as it is; templates only lay out what the target's model computed.
Template errors are reported as problems that name the template file and line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jinja2

from generator.core import model
from generator.core.loader import display_path
from generator.core.problems import Location, Problem, SpecError
from generator.targets import TARGETS, Output, Target, Views


def environment(
    templates: Path, targets: Sequence[Target] = TARGETS, overrides: Path | None = None
) -> jinja2.Environment:
    """The Jinja2 environment of the templates; a template in ``overrides`` (same relative
    path) replaces the default one."""
    folders = [str(overrides), str(templates)] if overrides is not None else [str(templates)]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    for target in targets:
        env.filters.update(target.filters())
    return env


def _template_file(env: jinja2.Environment, templates: Path, name: str) -> Path:
    """The file a template was read from (an override's, or the default one)."""
    try:
        assert env.loader is not None
        filename = env.loader.get_source(env, name)[1]
    except jinja2.TemplateNotFound:
        filename = None
    return Path(filename) if filename else templates / name


def _template_problem(path: Path, name: str, error: Exception) -> Problem:
    path = path.resolve()
    line = getattr(error, "lineno", None)
    if line is None:  # a runtime error: find the template's frame in the traceback
        traceback = error.__traceback__
        while traceback is not None:
            if Path(traceback.tb_frame.f_code.co_filename).resolve() == path:
                line = traceback.tb_lineno
            traceback = traceback.tb_next
    return Problem(
        Location(display_path(path), line or 1, 1),
        "template-error",
        f"template {name} failed: {type(error).__name__}: {error}",
        "correct the template (templates only lay out what the target model provides)",
    )


def outputs(api: model.Api, targets: Sequence[Target] = TARGETS) -> list[Output]:
    """Every file the targets produce for ``api``, in a fixed order."""
    supported = [target for target in targets if target.supports(api.profile)]
    views = Views(api, tuple(target.name for target in supported))
    return [output for target in supported for output in target.outputs(views)]


def render(api: model.Api, templates: Path, targets: Sequence[Target] = TARGETS) -> dict[str, str]:
    """Render (or copy) every output; returns relative path -> text."""
    return render_outputs(outputs(api, targets), templates, targets)


def render_outputs(
    files: Sequence[Output],
    templates: Path,
    targets: Sequence[Target] = TARGETS,
    overrides: Path | None = None,
) -> dict[str, str]:
    """Render (or copy) the given outputs; returns relative path -> text."""
    env = environment(templates, targets, overrides)
    rendered: dict[str, str] = {}
    problems: list[Problem] = []
    for output in files:
        if output.source is not None:
            rendered[output.path] = Path(output.source).read_text(encoding="utf-8")
            continue
        try:
            rendered[output.path] = env.get_template(output.template).render(**output.context)
        except jinja2.TemplateNotFound as error:
            problems.append(
                Problem(
                    Location(display_path(templates / output.template)),
                    "template-missing",
                    f"template {error.name} does not exist",
                    f"create it under {display_path(templates)}",
                )
            )
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as error:
            problems.append(
                _template_problem(
                    _template_file(env, templates, output.template), output.template, error
                )
            )
    if problems:
        raise SpecError(problems)
    return rendered
