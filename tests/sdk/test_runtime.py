"""The SDK runtime against a fault-injecting server on 127.0.0.1: retries and their safety,
backoff, timeouts, failover, paging, streaming, per-request options, logging and lazy import."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import logging
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from yunxin_im import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncYunxinIM,
    InternalServerError,
    MalformedResponseError,
    RateLimitError,
    YunxinIM,
)

from tests.conftest import SDK_PATH
from tests.support.server import APP_KEY, APP_SECRET, Recorded, Reply, YunxinServer, free_port

FAST = {"initial_retry_delay": 0.01, "max_retry_delay": 0.02}


def make_client(server: YunxinServer, **settings: Any) -> YunxinIM:
    return YunxinIM(
        app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url, **{**FAST, **settings}
    )


def send_message(client: YunxinIM, **options: Any) -> Any:
    return client.messages.send(
        conversation_id="a|1|b", message={"message_type": 0, "text": "hi"}, **options
    )


def get_account(client: YunxinIM, **options: Any) -> Any:
    return client.accounts.get(account_id="user1", **options)


# -- retries ----------------------------------------------------------------------------------
def test_idempotent_call_retries_5xx_with_fresh_signatures(server: YunxinServer) -> None:
    server.reply(Reply.raw("busy", status=503), Reply.raw("busy", status=503))
    with make_client(server) as client:
        raw = client.with_raw_response.accounts.get(account_id="user1", trace_id="t-retry")
    assert raw.retries_taken == 2 and raw.parse().account_id
    assert len(server.requests) == 3
    assert len({r.headers["nonce"] for r in server.requests}) == 3
    assert {r.headers["x-custom-traceid"] for r in server.requests} == {"t-retry"}
    assert server.violations == []  # every attempt correctly signed


@pytest.mark.parametrize(
    "reply",
    [
        Reply.raw("busy", status=503),
        Reply.error(500, "internal error"),
        Reply.envelope({}, delay=0.5),
        Reply(drop="before-read"),
        Reply(drop="after-read"),
        Reply.raw('{"code": 200, "msg": "success", "data": {"message_server_id": 1', status=200),
    ],
    ids=[
        "http-503",
        "code-500",
        "read-timeout",
        "drop-before-read",
        "drop-after-read",
        "truncated-json",
    ],
)
def test_non_idempotent_write_is_never_sent_twice(server: YunxinServer, reply: Reply) -> None:
    server.reply(reply)
    with (
        make_client(server, max_retries=3, timeout=httpx.Timeout(5.0, read=0.2)) as client,
        pytest.raises(
            (APIConnectionError, APIStatusError, InternalServerError, MalformedResponseError)
        ),
    ):
        send_message(client)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "reply",
    [
        Reply.envelope({}, delay=0.5),
        Reply(drop="before-read"),
        Reply(drop="after-read"),
        Reply.raw('{"code": 200, "msg": "success", "data": {"account_id": "u', status=200),
        Reply.envelope({"account_id": "user1"}, drop="mid-body"),
        Reply.error(503, "busy"),
    ],
    ids=[
        "read-timeout",
        "drop-before-read",
        "drop-after-read",
        "truncated-json",
        "truncated-transfer",
        "code-503",
    ],
)
def test_idempotent_read_is_retried_after_any_failure(server: YunxinServer, reply: Reply) -> None:
    server.reply(reply)
    with make_client(server, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        account = get_account(client)
    assert account.account_id
    assert len(server.requests) == 2


def test_rate_limited_write_is_retried_because_the_server_refused_it(server: YunxinServer) -> None:
    server.reply(Reply.error(416, "rate limit"), Reply.raw("slow down", status=429))
    with make_client(server) as client:
        sent = send_message(client)
    assert sent.message_server_id and len(server.requests) == 3


def test_retries_run_out_with_the_last_error(server: YunxinServer) -> None:
    server.reply(*[Reply.error(416, "rate limit")] * 3)
    with make_client(server, max_retries=2) as client, pytest.raises(RateLimitError) as caught:
        send_message(client, trace_id="t-416")
    assert len(server.requests) == 3
    assert caught.value.code == 416 and "t-416" in str(caught.value)


def test_max_retries_per_request_and_per_client(server: YunxinServer) -> None:
    server.reply(*[Reply.raw("busy", status=503)] * 10)
    with make_client(server, max_retries=5) as client:
        with pytest.raises(APIStatusError):
            get_account(client, max_retries=0)
        assert len(server.requests) == 1
        with pytest.raises(APIStatusError):
            client.with_options(max_retries=1).accounts.get(account_id="user1")
        assert len(server.requests) == 3


def test_retry_after_is_honoured(server: YunxinServer) -> None:
    server.reply(Reply.raw("busy", status=503, headers={"Retry-After": "0.4"}))
    with make_client(server, initial_retry_delay=0.001) as client:
        get_account(client)
    gap = server.requests[1].received_at - server.requests[0].received_at
    assert 0.35 <= gap < 2.0


def test_backoff_is_exponential_with_jitter_within_bounds(server: YunxinServer) -> None:
    server.reply(*[Reply.raw("busy", status=503)] * 4)
    with make_client(server, max_retries=4, initial_retry_delay=0.1, max_retry_delay=0.3) as client:
        get_account(client)
    times = [r.received_at for r in server.requests]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    ceilings = [min(0.1 * 2**n, 0.3) for n in range(4)]  # 0.1, 0.2, 0.3 (capped), 0.3
    for gap, ceiling in zip(gaps, ceilings, strict=True):
        assert ceiling / 2 - 0.01 <= gap <= ceiling + 0.15, (gaps, ceilings)


def test_timeouts_per_client_and_per_request(server: YunxinServer) -> None:
    server.reply(Reply.envelope({"account_id": "user1"}, delay=0.5))
    with make_client(server, max_retries=0, timeout=0.1) as client:
        with pytest.raises(APITimeoutError, match="timed out") as caught:
            get_account(client, trace_id="t-timeout")
        assert "t-timeout" in str(caught.value)
        server.reply(Reply.envelope({"account_id": "user1"}, delay=0.3))
        assert get_account(client, timeout=httpx.Timeout(2.0, connect=1.0)).account_id == "user1"


# -- hosts ------------------------------------------------------------------------------------
def test_failover_to_the_backup_host_on_connection_errors(
    server: YunxinServer, caplog: pytest.LogCaptureFixture
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    caplog.set_level(logging.WARNING, logger="yunxin_im")
    client = YunxinIM(
        app_key=APP_KEY, app_secret=APP_SECRET, base_url=dead, backup_base_urls=[server.url], **FAST
    )
    with client:
        assert send_message(
            client
        ).message_server_id  # a write: the refused connection never reached anyone
        assert client.base_url == server.url  # stays on the working host
        get_account(client)
    assert [r.operation_id for r in server.requests] == ["sendMessage", "getAccount"]
    assert any("switching to" in record.getMessage() for record in caplog.records)


def test_unreachable_host_without_backup(server: YunxinServer) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with (
        YunxinIM(
            app_key=APP_KEY, app_secret=APP_SECRET, base_url=dead, max_retries=1, **FAST
        ) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        send_message(client, trace_id="t-dead")
    assert "t-dead" in str(caught.value) and "127.0.0.1" in str(caught.value)


# -- per-request options ----------------------------------------------------------------------
def test_per_request_options(server: YunxinServer) -> None:
    server.reply(
        Reply.envelope({"message_server_id": 1})
    )  # the extra query parameter is not in the spec
    with make_client(server, default_headers={"X-Team": "sdk"}) as client:
        send_message(
            client,
            extra_headers={"X-Extra": "1"},
            extra_query={"debug": True},
            extra_body={"client_note": "n"},
            trace_id="t-options",
        )
    (request,) = server.requests
    assert request.headers["x-extra"] == "1" and request.headers["x-team"] == "sdk"
    assert request.headers["x-custom-traceid"] == "t-options"
    assert request.query_dict() == {"debug": "true"}
    assert request.json()["client_note"] == "n"
    assert server.violations == [
        f"POST {request.raw_path}: query parameter debug is not in the spec"
    ]


# -- paging -----------------------------------------------------------------------------------
def _friend_pages(pages: int, per_page: int) -> Any:
    def handler(request: Recorded) -> Reply:
        token = request.query_dict().get("page_token") or "0"
        page = int(token)
        items = [{"friend_account_id": f"f{page}-{i}"} for i in range(per_page)]
        more = page + 1 < pages
        return Reply.envelope(
            {"has_more": more, "next_token": str(page + 1) if more else "", "items": items}
        )

    return handler


def test_cursor_paging_walks_every_page(server: YunxinServer) -> None:
    server.handler = _friend_pages(pages=5, per_page=3)
    with make_client(server) as client:
        first = client.friends.list(account_id="owner", limit=3)
        assert [f.friend_account_id for f in first.items] == [
            "f0-0",
            "f0-1",
            "f0-2",
        ] and first.has_next_page()
        everyone = [f.friend_account_id for f in client.friends.list(account_id="owner", limit=3)]
        pages = list(client.friends.list(account_id="owner").iter_pages())
    assert len(everyone) == 15 and everyone[-1] == "f4-2" and len(set(everyone)) == 15
    assert len(pages) == 5 and not pages[-1].has_next_page()
    tokens = [r.query_dict().get("page_token") for r in server.requests[1:6]]
    assert tokens == [None, "1", "2", "3", "4"]
    assert all(r.query_dict()["limit"] == "3" for r in server.requests[1:6])
    assert server.violations == []


def test_async_paging(server: YunxinServer) -> None:
    server.handler = _friend_pages(pages=4, per_page=2)

    async def scenario() -> tuple[list[str], int]:
        async with AsyncYunxinIM(
            app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url
        ) as client:
            names = [f.friend_account_id async for f in client.friends.list(account_id="owner")]
            page = await client.friends.list(account_id="owner")
            count = 0
            async for _ in page.iter_pages():
                count += 1
            return names, count

    names, count = asyncio.run(scenario())
    assert len(names) == 8 and count == 4


def test_offset_paging(server: YunxinServer) -> None:
    def handler(request: Recorded) -> Reply:
        offset = int(request.query_dict().get("offset") or 0)
        items = [{"account_id": f"m{offset + i}"} for i in range(2)] if offset < 6 else []
        return Reply.envelope({"has_more": offset + 2 < 6, "offset": offset + 2, "items": items})

    server.handler = handler
    with make_client(server) as client:
        members = [
            m.account_id for m in client.chatrooms.list_online_members(room_id=1605537145, limit=2)
        ]
    assert members == ["m0", "m1", "m2", "m3", "m4", "m5"]
    assert [r.query_dict().get("offset") for r in server.requests] == [None, "2", "4"]


def test_paging_stops_when_the_token_does_not_advance(server: YunxinServer) -> None:
    server.handler = lambda request: Reply.envelope(
        {"has_more": True, "next_token": "same", "items": [{"friend_account_id": "x"}]}
    )
    with make_client(server) as client:
        assert len(list(client.friends.list(account_id="owner", page_token="same"))) == 1


# -- streaming --------------------------------------------------------------------------------
def _stream_handler(request: Recorded) -> Reply:
    return Reply.envelope({"message_server_id": 777000111, "sender_id": "a"})


def _chunks_of(server: YunxinServer) -> list[dict[str, Any]]:
    return [r.json() for r in server.requests if r.operation_id == "sendStreamMessage"]


def test_stream_helper_sends_chunks_in_order(server: YunxinServer) -> None:
    server.handler = _stream_handler

    def generate() -> Iterator[str]:
        yield from ("Once ", "upon ", "a ", "time.")

    with make_client(server) as client:
        message_id = client.messages.send_stream(
            conversation_id="a|1|b", chunks=generate(), message_config={"history_enabled": True}
        )
    assert message_id == 777000111
    bodies = _chunks_of(server)
    attachments = [b["message"]["attachment"] for b in bodies]
    assert [a["text"] for a in attachments] == ["Once ", "upon ", "a ", "time."]
    assert [a["index"] for a in attachments] == [0, 1, 2, 3]
    assert [a["finish"] for a in attachments] == [0, 0, 0, 1]
    assert "message_client_id" in bodies[0]["message"] and bodies[0]["message_config"] == {
        "history_enabled": True
    }
    assert all(
        b["message"]["message_server_id"] == 777000111 and set(b) == {"message"} for b in bodies[1:]
    )
    assert server.violations == []


def test_async_stream_helper_accepts_async_iterables(server: YunxinServer) -> None:
    server.handler = _stream_handler

    async def produce() -> AsyncIterator[str]:
        for piece in ("only", " two"):
            await asyncio.sleep(0)
            yield piece

    async def scenario() -> int:
        async with AsyncYunxinIM(
            app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url
        ) as client:
            return await client.messages.send_stream(conversation_id="a|1|b", chunks=produce())

    assert asyncio.run(scenario()) == 777000111
    assert [b["message"]["attachment"]["finish"] for b in _chunks_of(server)] == [0, 1]


def test_stream_helper_rejects_an_empty_stream(server: YunxinServer) -> None:
    with make_client(server) as client, pytest.raises(ValueError, match="at least one chunk"):
        client.messages.send_stream(conversation_id="a|1|b", chunks=[])
    assert server.requests == []


def test_single_chunk_stream_is_finished_at_once(server: YunxinServer) -> None:
    server.handler = _stream_handler
    with make_client(server) as client:
        client.messages.send_stream(
            conversation_id="a|1|b", chunks=["all at once"], message_client_id="c-1"
        )
    (body,) = _chunks_of(server)
    assert (
        body["message"]["message_client_id"] == "c-1"
        and body["message"]["attachment"]["finish"] == 1
    )


# -- logging and secrets ----------------------------------------------------------------------
def test_logs_describe_attempts_and_never_hold_secrets(
    server: YunxinServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.reply(Reply.raw("busy", status=503))
    with make_client(server) as client:
        get_account(client, trace_id="t-log")
        server.reply(Reply.error(414, "bad"))
        with pytest.raises(Exception) as caught:
            send_message(client)
    checksums = {r.headers["checksum"] for r in server.requests}
    text = "\n".join(record.getMessage() + repr(record.args) for record in caplog.records)
    text += str(caught.value) + repr(caught.value) + repr(client)
    assert APP_SECRET not in text
    assert not any(checksum in text for checksum in checksums)
    sdk_records = [r.getMessage() for r in caplog.records if r.name == "yunxin_im"]
    assert any(
        "GET /im/v2/accounts/user1 -> HTTP 503" in m and "attempt 1" in m and "t-log" in m
        for m in sdk_records
    )
    assert any("retrying GET /im/v2/accounts/user1" in m for m in sdk_records)
    assert any("-> HTTP 200, ok" in m and "attempt 2" in m for m in sdk_records)


def test_checksum_is_sha1_of_secret_nonce_and_time() -> None:
    from yunxin_im._auth import checksum, signature_headers

    assert (
        checksum("secret", "nonce", "1700000000")
        == hashlib.sha1(b"secretnonce1700000000").hexdigest()
    )
    headers = signature_headers("secret")
    assert headers["CheckSum"] == checksum("secret", headers["Nonce"], headers["CurTime"])
    assert headers["CheckSum"] == headers["CheckSum"].lower() and len(headers["CheckSum"]) == 40


# -- import cost ------------------------------------------------------------------------------
def test_import_is_lazy() -> None:
    script = (
        "import sys, json, yunxin_im\n"
        "before = sorted(m for m in sys.modules if m.startswith('yunxin_im.'))\n"
        "client = yunxin_im.YunxinIM(app_key='k', app_secret='s')\n"
        "client.accounts\n"
        "after = sorted(m for m in sys.modules if m.startswith('yunxin_im.'))\n"
        "print(json.dumps([before, after]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=SDK_PATH,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    before, after = json.loads(result.stdout)
    assert not any(".resources." in m or ".models." in m for m in before), before
    loaded = {m for m in after if ".resources." in m}
    assert loaded == {"yunxin_im.resources.accounts"}
    assert "yunxin_im.models.messages" not in after and "yunxin_im.resources.messages" not in after
