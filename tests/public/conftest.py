"""The public specs are installed once per session (npm ci, only when missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import public_specs


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: a large public spec (tens of seconds); deselect with -m 'not slow'"
    )


@pytest.fixture(scope="session")
def public_modules() -> Path:
    return public_specs.install()
