"""Summaries the fuzz tests leave for the end of the pytest run (see tests/sdk/conftest.py)."""

from __future__ import annotations

REPORTS: list[tuple[str, list[str]]] = []


def add(title: str, lines: list[str]) -> None:
    REPORTS.append((title, lines))
