"""Seeded fuzz of the runtime against the raw-socket fault server (tests/support/faults.py).

Thousands of calls (sync and async; reads, writes and auto-paging walks), every answer a fault
picked at random from every class the server knows, and for each call the runtime contract
(docs/runtime-contract.md) is checked:

1. it returns its typed result or raises a YunxinError subclass, nothing else;
2. it ends within (max_retries + 1) x attempt deadline + retry waits (per page for walks),
   or within total_timeout when one is given;
3. a write (messages.send, not idempotent) reaches the server at most once;
4. no AppSecret, CheckSum or Nonce of the call is in an exception message or repr, a RawResponse
   repr, or a record of the SDK's logger.

A per-fault summary (which outcomes each fault produced) is printed, and shown at the end of
the pytest run.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest
from yunxin_im import AsyncYunxinIM, YunxinError, YunxinIM

from tests.sdk import fuzz_report
from tests.support.faults import FaultServer, Received, seeded_chooser
from tests.support.server import APP_KEY, APP_SECRET

SEED = int(os.environ.get("YUNXIN_FUZZ_SEED", "20261202"))
CALLS = int(os.environ.get("YUNXIN_FUZZ_CALLS", "1500"))  # per client kind (sync, async)
TIMEOUT = 0.25
MAX_RETRIES = 2
MAX_RETRY_DELAY = 0.02
MAX_RETRY_AFTER_SENT = 0.02  # the largest sane Retry-After the fault server sends
MAX_PAGES = 4
TOTAL_TIMEOUT = 0.4
#: Scheduling slack for a loaded two-core machine running client and server in one process (an
#: attempt that ignored its deadline, such as a trickled body read to the end, takes far longer).
SLACK = 2.5
SETTINGS: dict[str, Any] = {
    "app_key": APP_KEY,
    "app_secret": APP_SECRET,
    "timeout": TIMEOUT,
    "max_retries": MAX_RETRIES,
    "initial_retry_delay": 0.01,
    "max_retry_delay": MAX_RETRY_DELAY,
    "max_response_size": 256 * 1024,
}
#: Faults whose answer says the call was refused before anything happened.
REFUSED = {"http-429-retry-after", "api-error-rate-limit"}
ATTEMPT_BOUND = (MAX_RETRIES + 1) * TIMEOUT + MAX_RETRIES * max(
    MAX_RETRY_DELAY, MAX_RETRY_AFTER_SENT
)


@dataclass
class Call:
    index: int
    kind: str  # read, write, page
    raw: bool
    total_timeout: float | None
    trace_id: str
    elapsed: float = 0.0
    outcome: str = ""
    escaped: BaseException | None = None
    shown: list[str] = field(default_factory=list)  # every text the caller can see

    @property
    def bound(self) -> float:
        if self.total_timeout is not None:
            per_call = self.total_timeout
        else:
            per_call = ATTEMPT_BOUND
        return per_call * (MAX_PAGES if self.kind == "page" else 1) + SLACK


def plan(prefix: str, count: int) -> list[Call]:
    rng = random.Random(f"{SEED}-{prefix}")
    calls = []
    for index in range(count):
        kind = rng.choices(["read", "write", "page"], weights=[4, 4, 2])[0]
        calls.append(
            Call(
                index=index,
                kind=kind,
                raw=kind != "page" and rng.random() < 0.25,
                total_timeout=TOTAL_TIMEOUT if rng.random() < 0.2 else None,
                trace_id=f"fz-{prefix}-{index}",
            )
        )
    return calls


def options(call: Call) -> dict[str, Any]:
    extra: dict[str, Any] = {"trace_id": call.trace_id}
    if call.total_timeout is not None:
        extra["total_timeout"] = call.total_timeout
    return extra


def invoke(client: Any, call: Call) -> Any:
    """The call on a sync client (or, awaited, on an async one)."""
    target = client.with_raw_response if call.raw else client
    if call.kind == "read":
        return target.accounts.get(account_id="user1", **options(call))
    if call.kind == "write":
        return target.messages.send(
            conversation_id="a|1|b", message={"message_type": 0, "text": "hi"}, **options(call)
        )
    return target.friends.list(account_id="owner", max_pages=MAX_PAGES, **options(call))


def record_result(call: Call, result: Any) -> None:
    call.outcome = "result"
    if call.raw:
        call.shown.append(repr(result))
        call.shown.append(result.text)  # never raises, whatever the charset says
    if call.kind == "page":
        call.outcome = f"result ({len(result)} items)"


def record_error(call: Call, error: BaseException) -> None:
    if not isinstance(error, YunxinError):
        call.escaped = error
        call.outcome = f"ESCAPED {type(error).__name__}"
        return
    call.outcome = type(error).__name__
    call.shown += [str(error), repr(error), str(getattr(error, "msg", ""))]


def run_sync(url: str, calls: list[Call]) -> None:
    with YunxinIM(base_url=url, **SETTINGS) as client:

        def one(call: Call) -> None:
            started = time.monotonic()
            try:
                result = invoke(client, call)
                if call.kind == "page":
                    result = list(result)
                record_result(call, result)
            except BaseException as error:
                record_error(call, error)
            call.elapsed = time.monotonic() - started

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(one, calls))


def run_async(url: str, calls: list[Call]) -> None:
    async def main() -> None:
        limit = asyncio.Semaphore(32)
        async with AsyncYunxinIM(base_url=url, **SETTINGS) as client:

            async def one(call: Call) -> None:
                async with limit:
                    started = time.monotonic()
                    try:
                        if call.kind == "page":
                            result: Any = [item async for item in invoke(client, call)]
                        else:
                            result = await invoke(client, call)
                        record_result(call, result)
                    except BaseException as error:
                        record_error(call, error)
                    call.elapsed = time.monotonic() - started

            await asyncio.gather(*(one(call) for call in calls))

    asyncio.run(main())


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.lock_ = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        with self.lock_:
            self.lines.append(text)


def summary(calls: list[Call], requests: list[Received]) -> list[str]:
    first_fault: dict[str, str] = {}
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    faults = Counter(r.fault for r in requests)
    for request in requests:
        first_fault.setdefault(request.trace_id, request.fault)
    for call in calls:
        outcomes[first_fault.get(call.trace_id, "(no request)")][call.outcome] += 1
    lines = [
        f"fuzz seed {SEED}: {len(calls)} calls, {len(requests)} requests, "
        f"{len(faults)} fault kinds; outcome of each call by the fault of its first answer:"
    ]
    for name in sorted(outcomes):
        parts = ", ".join(f"{outcome} {n}" for outcome, n in outcomes[name].most_common())
        lines.append(f"  {name:28} sent {faults.get(name, 0):4}x  {parts}")
    return lines


@pytest.mark.parametrize("runner", ["sync", "async"])
def test_fuzz_every_call_keeps_the_runtime_contract(runner: str) -> None:
    calls = plan(runner, CALLS)
    handler = Collect()
    logger = logging.getLogger("yunxin_im")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    started = time.monotonic()
    try:
        with FaultServer() as server:
            server.choose = seeded_chooser(SEED, server)
            run: Callable[[str, list[Call]], None] = run_sync if runner == "sync" else run_async
            run(server.url, calls)
            requests = list(server.requests)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
    wall = time.monotonic() - started
    lines = summary(calls, requests)
    lines.append(
        f"  {runner}: {wall:.1f} s wall, slowest call {max(c.elapsed for c in calls):.2f} s"
    )
    fuzz_report.add(f"runtime fuzz ({runner})", lines)
    print("\n".join(lines))

    by_trace: dict[str, list[Received]] = defaultdict(list)
    for request in requests:
        by_trace[request.trace_id].append(request)

    escaped = [(c.trace_id, c.kind, c.escaped) for c in calls if c.escaped is not None]
    assert not escaped, f"{len(escaped)} exception(s) outside YunxinError: {escaped[:5]}"

    slow = [
        (c.trace_id, c.kind, round(c.elapsed, 2), c.bound) for c in calls if c.elapsed > c.bound
    ]
    assert not slow, f"{len(slow)} call(s) over their time bound: {slow[:5]}"

    # a write goes out again only after an answer that says the server refused it (HTTP 429,
    # API code 416); the fault server has no fault that provably stops a request on its way
    resent = [
        (c.trace_id, [r.fault for r in by_trace[c.trace_id]])
        for c in calls
        if c.kind == "write" and any(r.fault not in REFUSED for r in by_trace[c.trace_id][:-1])
    ]
    assert not resent, f"writes sent again after the server may have acted: {resent[:5]}"
    assert any(c.kind == "write" and len(by_trace[c.trace_id]) > 1 for c in calls)

    leaks = []
    for call in calls:
        secrets = [APP_SECRET] + [s for r in by_trace[call.trace_id] for s in r.secrets]
        text = "\n".join(call.shown).lower()
        leaks += [(call.trace_id, call.outcome) for s in secrets if s.lower() in text]
    log_text = "\n".join(handler.lines).lower()
    all_secrets = [APP_SECRET] + [s for r in requests for s in r.secrets]
    leaks += [("log", s) for s in all_secrets if s.lower() in log_text]
    assert not leaks, f"secrets shown: {leaks[:5]}"

    # the fuzz exercised what it claims to: many fault kinds, real successes, real walks
    assert len({r.fault for r in requests}) >= 50
    assert sum(c.outcome.startswith("result") for c in calls) > len(calls) // 20
    assert any(c.outcome == "PageLimitError" for c in calls)
    assert any(c.outcome == "PaginationError" for c in calls)
    assert any(c.outcome == "APITimeoutError" for c in calls)
    assert wall < 60
