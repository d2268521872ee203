"""Shows the fuzz summaries at the end of the run, whatever the -r or -s flags."""

from __future__ import annotations

from typing import Any

from tests.sdk import fuzz_report


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for title, lines in fuzz_report.REPORTS:
        terminalreporter.write_sep("-", title)
        for line in lines:
            terminalreporter.write_line(line)
