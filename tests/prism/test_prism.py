"""Every operation, called through the generated SDK, against Prism (@stoplight/prism-cli)
mocking the bundled spec: an independent tool validates each request the SDK sends (path,
query, headers, body, security) and answers with the spec's examples, which the SDK parses."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.pipeline import load_spec
from generator.targets.python.build import build_api
from tests.support.calls import call_with_example
from tests.support.server import free_port

pytestmark = pytest.mark.prism

REPO = Path(__file__).resolve().parents[2]
PRISM = REPO / "node_modules" / ".bin" / "prism"
API = build_api(load_spec(REPO / "spec" / "openapi.yaml"))


class Prism:
    def __init__(self, spec: Path, log: Path) -> None:
        self.port = free_port()
        self.log_path = log
        self._log = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(self.port), "--errors"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"prism exited: {log.read_text(encoding='utf-8')[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("prism did not start within 90 s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    if not PRISM.exists() or shutil.which("node") is None:
        pytest.skip("Prism is not installed: run `make node` (npm ci)")
    server = Prism(
        REPO / "generated" / "openapi.yaml", tmp_path_factory.mktemp("prism") / "prism.log"
    )
    try:
        yield server
    finally:
        server.close()


@pytest.mark.parametrize("operation_id", sorted(op.operation_id for op in API.operations))
def test_prism_accepts_every_request(prism: Prism, operation_id: str) -> None:
    from yunxin_im import YunxinIM

    op = API.operation(operation_id)
    before = len(prism.output())
    with YunxinIM(
        app_key="prism-key", app_secret="prism-secret", base_url=prism.url, max_retries=0
    ) as client:
        result = call_with_example(client, op)
    if op.response is not None:
        data = result.data if op.pagination else result
        assert type(data).__name__ == op.response.name
    log = prism.output()[before:]
    assert "Request received" in log
    assert "Violation" not in log, log


def test_prism_accepts_the_async_client_and_the_stream_helper(prism: Prism) -> None:
    from yunxin_im import AsyncYunxinIM, YunxinIM

    async def scenario() -> int:
        async with AsyncYunxinIM(
            app_key="k", app_secret="s", base_url=prism.url, max_retries=0
        ) as client:
            await client.accounts.create(account_id="user1")
            return await client.messages.send_stream(
                conversation_id="user1|1|user2", chunks=["a", "b", "c"]
            )

    assert asyncio.run(scenario()) > 0
    with YunxinIM(app_key="k", app_secret="s", base_url=prism.url, max_retries=0) as client:
        assert (
            client.messages.send_stream(conversation_id="user1|1|user2", chunks=iter(["x", "y"]))
            > 0
        )


def test_prism_rejects_what_the_spec_forbids(prism: Prism) -> None:
    """Prism really validates: a request outside the spec fails."""
    from yunxin_im import APIResponseError, YunxinIM

    client = YunxinIM(app_key="k", app_secret="s", base_url=prism.url, max_retries=0)
    with client, pytest.raises(APIResponseError) as caught:
        client.messages.send(
            conversation_id="user1|1|user2", message={"message_type": 0}, extra_body={"message": 5}
        )
    assert caught.value.status_code == 422


@pytest.fixture(scope="module")
def prism_on_split_spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    if not PRISM.exists() or shutil.which("node") is None:
        pytest.skip("Prism is not installed: run `make node` (npm ci)")
    server = Prism(
        REPO / "spec" / "openapi.yaml", tmp_path_factory.mktemp("prism-split") / "prism.log"
    )
    try:
        yield server
    finally:
        server.close()


@pytest.mark.parametrize("resource", [r.name for r in API.resources])
def test_prism_reads_the_multi_file_spec_as_it_is(
    prism_on_split_spec: Prism, resource: str
) -> None:
    """The hand-maintained spec (split by tag, joined with standard $refs) works in Prism without
    bundling: the first operation of every resource goes through it."""
    from yunxin_im import YunxinIM

    op = next(r for r in API.resources if r.name == resource).operations[0]
    before = len(prism_on_split_spec.output())
    with YunxinIM(
        app_key="k", app_secret="s", base_url=prism_on_split_spec.url, max_retries=0
    ) as client:
        call_with_example(client, op)
    assert "Violation" not in prism_on_split_spec.output()[before:]
