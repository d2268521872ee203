"""Format rendered files: black for Python modules and for ```python blocks in Markdown,
and the same whitespace rules for every text file (no trailing spaces, one final newline)."""

from __future__ import annotations

import re

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.problems import Location, Problem, SpecError

LINE_LENGTH = 100
MODE = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY39})
_PYTHON_BLOCK = re.compile(r"(```python\n)(.*?)(```)", re.DOTALL)


def format_python(source: str) -> str:
    """Format Python source with black (as a library call, no subprocess)."""
    return black.format_str(source, mode=MODE)


def _normalise(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    collapsed: list[str] = []
    for line in lines:
        if line == "" and collapsed and collapsed[-1] == "" and not _inside_code_block(collapsed):
            continue
        collapsed.append(line)
    return "\n".join(collapsed).strip("\n") + "\n" if any(lines) else ""


def _inside_code_block(lines: list[str]) -> bool:
    return sum(1 for line in lines if line.startswith("```")) % 2 == 1


def format_markdown(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        return match.group(1) + format_python(match.group(2)) + match.group(3)

    return _normalise(_PYTHON_BLOCK.sub(block, text))


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Format every file; a template that produced invalid Python is reported as a problem."""
    formatted: dict[str, str] = {}
    problems: list[Problem] = []
    for path, text in files.items():
        try:
            if path.endswith(".py"):
                formatted[path] = format_python(_normalise(text)) if text.strip() else ""
            elif path.endswith(".md"):
                formatted[path] = format_markdown(text)
            else:
                formatted[path] = _normalise(text)
        except InvalidInput as error:
            problems.append(
                Problem(
                    Location(f"generated/{path}"),
                    "generated-syntax",
                    f"the rendered file is not valid Python: {error}",
                    "fix the template that renders this file (see generator/render.py for which one)",
                )
            )
    if problems:
        raise SpecError(problems)
    return formatted
