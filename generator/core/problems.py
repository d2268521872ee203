"""Problems found in a spec: where they are, what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Location:
    """A position in a source file; ``line`` and ``column`` count from 1."""

    file: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the spec, reported as ``file:line:col: error[rule]: ...``.

    ``severity`` is ``"error"`` (the spec is refused) or ``"warning"`` (reported, the run goes
    on; e.g. the validator's findings in lenient mode)."""

    location: Location
    rule: str
    message: str
    fix: str
    #: ``error`` stops the run; ``warning`` is reported and the run goes on.
    severity: str = "error"

    def render(self) -> str:
        return f"{self.location}: {self.severity}[{self.rule}]: {self.message}\n    fix: {self.fix}"

    def as_warning(self) -> Problem:
        """The same finding, reported as a warning."""
        return Problem(self.location, self.rule, self.message, self.fix, "warning")


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Order problems by file and position so that reports are stable."""
    unique = {(p.location, p.rule, p.message, p.fix, p.severity): p for p in problems}
    return [unique[key] for key in sorted(unique)]


@dataclass
class SpecError(Exception):
    """Raised by a pipeline stage when the spec has problems; carries all of them."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(p.render() for p in sort_problems(self.problems))
