"""Render the Jinja2 templates for an :class:`~generator.ir.Api` into output files.

``outputs`` is the one table of which template makes which file; templates only lay out what
the intermediate model computed. Template errors are reported as problems that name the
template file and line.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import ir
from generator.loader import display_path
from generator.problems import Location, Problem, SpecError

LINE_LENGTH = 100


@dataclass(frozen=True)
class Output:
    """One file to produce: its path under the output directory, its template and context."""

    path: str
    template: str
    context: dict[str, Any]


def outputs(api: ir.Api) -> list[Output]:
    """Every file the generator produces for ``api``, in a fixed order."""
    base = {"api": api}
    package = f"python/{api.package}"
    files = [
        Output("python/pyproject.toml", "python/pyproject.toml.jinja", base),
        Output("python/README.md", "python/README.md.jinja", base),
        Output("python/LICENSE", api.license_template, base),
        Output(f"{package}/py.typed", "python/py.typed.jinja", base),
    ]
    runtime = [
        "__init__",
        "_version",
        "_types",
        "_exceptions",
        "_auth",
        "_deadline",
        "_redact",
        "_models",
        "_regions",
        "_response",
        "_base_client",
        "_pagination",
        "_streaming",
        "_client",
    ]
    if api.conversation_type_enum is not None:
        runtime.append("_conversation_id")
    files += [
        Output(f"{package}/{name}.py", f"python/package/{name}.py.jinja", base) for name in runtime
    ]
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
            f"{package}/resources/__init__.py", "python/package/resources/__init__.py.jinja", base
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
    files.append(Output("docs/index.md", "docs/index.md.jinja", base))
    files.append(Output("docs/overview.md", "docs/overview.md.jinja", base))
    files.append(Output("docs/models.md", "docs/models.md.jinja", base))
    files += [
        Output(f"docs/{resource.name}.md", "docs/resource.md.jinja", {**base, "resource": resource})
        for resource in api.resources
    ]
    files.append(Output("openapi.yaml", "openapi.yaml.jinja", base))
    return files


# -- filters ---------------------------------------------------------------------------------
def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value."""
    return repr(value)


#: Control characters, which Python source cannot hold literally (NUL) or shows badly.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _escape_docstring(text: str) -> str:
    """Text that reads the same inside a triple-quoted docstring: backslashes doubled, triple
    quotes broken up, control characters written as escapes, and a quote at the very end
    escaped (it would join the closing quotes)."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
    body = text[:-1]
    escaped = (len(body) - len(body.rstrip("\\"))) % 2 == 1
    return f'{body}\\"' if text.endswith('"') and not escaped else text


def docwrap(text: str, indent: int, hanging: int = 0, opening: str = "") -> str:
    """Wrap ``text`` to the line length at ``indent`` spaces, paragraphs separated by blank
    lines; every line but the first gets ``hanging`` more spaces (for ``Args:`` entries), and
    the first line starts with ``opening`` (for the quotes of a docstring)."""
    prefix = " " * indent
    continued = prefix + " " * hanging
    paragraphs = [p for p in _escape_docstring(str(text)).split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(
            " ".join(paragraph.split()),
            width=LINE_LENGTH,
            initial_indent=prefix + opening if number == 0 else continued,
            subsequent_indent=continued,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for number, paragraph in enumerate(paragraphs)
    )


def docstring(text: str, indent: int) -> str:
    """A complete docstring at ``indent``: one line if it fits, else wrapped paragraphs with
    the summary on the line of the opening quotes."""
    prefix = " " * indent
    flat = " ".join(str(text).split())
    single = f'{prefix}"""{_escape_docstring(flat)}"""'
    if "\n\n" not in str(text).strip() and len(single) <= LINE_LENGTH:
        return single
    return f'{docwrap(str(text), indent, opening=chr(34) * 3)}\n{prefix}"""'


def mdcell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def tojson_pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=pyrepr,
        docwrap=docwrap,
        docstring=docstring,
        mdcell=mdcell,
        tojson_pretty=tojson_pretty,
    )
    return env


def _template_problem(templates: Path, name: str, error: Exception) -> Problem:
    path = (templates / name).resolve()
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
        "correct the template (templates only lay out what generator/ir.py provides)",
    )


def render(api: ir.Api, templates: Path) -> dict[str, str]:
    """Render every output; returns relative path -> text."""
    env = environment(templates)
    rendered: dict[str, str] = {}
    problems: list[Problem] = []
    for output in outputs(api):
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
            problems.append(_template_problem(templates, output.template, error))
    if problems:
        raise SpecError(problems)
    return rendered
