"""Shared fixtures: the bundled spec, the generated SDK on sys.path, a local API server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SDK_PATH = GENERATED / "python"

if str(SDK_PATH) not in sys.path:
    sys.path.insert(0, str(SDK_PATH))

from tests.support.server import APP_KEY, APP_SECRET, YunxinServer  # noqa: E402


@pytest.fixture(scope="session")
def bundled_spec() -> dict[str, Any]:
    """The committed single-file spec (generated/openapi.yaml)."""
    return yaml.safe_load((GENERATED / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def server(bundled_spec: dict[str, Any]) -> Iterator[YunxinServer]:
    """A spec-validating API server on 127.0.0.1."""
    with YunxinServer(bundled_spec) as running:
        yield running


@pytest.fixture
def client(server: YunxinServer) -> Iterator[Any]:
    from yunxin_im import YunxinIM

    with YunxinIM(
        app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url, initial_retry_delay=0.01
    ) as sdk:
        yield sdk


@pytest.fixture
def async_client(server: YunxinServer) -> Any:
    from yunxin_im import AsyncYunxinIM

    return AsyncYunxinIM(
        app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url, initial_retry_delay=0.01
    )
