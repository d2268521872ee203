"""One regression test per hostile answer of issue 8, against the raw-socket fault server:
each used to escape the YunxinError tree, run past its time budget, or show a secret."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from yunxin_im import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncYunxinIM,
    InvalidParameterError,
    MalformedResponseError,
    PageLimitError,
    PaginationError,
    RequestBuildError,
    ResponseTooLargeError,
    ResponseValidationError,
    YunxinError,
    YunxinIM,
)

from tests.support.faults import (
    HUGE_TOKEN,
    WEIRD_RETRY_AFTER,
    Fault,
    FaultServer,
    Received,
    answer,
    deep,
    echo_of,
    envelope,
    http,
    ok,
    paging,
    reply,
    trickle,
)
from tests.support.server import APP_KEY, APP_SECRET

FAST = {"initial_retry_delay": 0.01, "max_retry_delay": 0.02}


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def make_client(server: FaultServer, **settings: Any) -> YunxinIM:
    return YunxinIM(
        app_key=APP_KEY, app_secret=APP_SECRET, base_url=server.url, **{**FAST, **settings}
    )


def get_account(client: YunxinIM, **options: Any) -> Any:
    return client.accounts.get(account_id="user1", **options)


def send_message(client: YunxinIM, **options: Any) -> Any:
    return client.messages.send(
        conversation_id="a|1|b", message={"message_type": 0, "text": "hi"}, **options
    )


def always(fault: Fault) -> Any:
    return lambda request: fault


def shown(error: BaseException) -> str:
    return f"{error}\n{error!r}\n{getattr(error, 'msg', '')}".lower()


# -- escapes from the error tree --------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "gzip, br", "GZIP"])
def test_bad_content_encoding_is_a_malformed_response(faults: FaultServer, encoding: str) -> None:
    faults.reply(
        Fault("enc", answer(lambda r: http(200, envelope({}), {"Content-Encoding": encoding})))
    )
    with (
        make_client(faults, max_retries=0) as client,
        pytest.raises(MalformedResponseError) as caught,
    ):
        get_account(client)
    assert "cannot be decoded as Content-Encoding" in str(caught.value)
    assert caught.value.response.content == b""


def test_deeply_nested_json_is_malformed_not_a_recursion_error(faults: FaultServer) -> None:
    faults.reply(Fault("deep", reply(http(200, deep(2000)))))
    with (
        make_client(faults, max_retries=0) as client,
        pytest.raises(MalformedResponseError) as caught,
    ):
        get_account(client)
    assert "is not JSON" in str(caught.value)


@pytest.mark.parametrize(
    "code",
    ['"\\u00b2"', '"\\u2460"', '"' + "9" * 5000 + '"', "9" * 5000, "200.0", "true", "[200]"],
    ids=[
        "superscript-two",
        "circled-one",
        "long-digit-string",
        "huge-int",
        "float",
        "bool",
        "list",
    ],
)
def test_a_code_that_is_not_an_int32_is_malformed(faults: FaultServer, code: str) -> None:
    body = b'{"code": ' + code.encode() + b', "msg": "x", "data": {}}'
    faults.reply(Fault("code", reply(http(200, body))))
    with make_client(faults, max_retries=0) as client, pytest.raises(MalformedResponseError):
        get_account(client)


def test_a_numeric_string_code_still_counts(faults: FaultServer) -> None:
    faults.reply(Fault("code", reply(http(200, envelope({}, "414", "bad")))))
    with make_client(faults, max_retries=0) as client, pytest.raises(InvalidParameterError):
        get_account(client)


@pytest.mark.parametrize("value", WEIRD_RETRY_AFTER)
def test_nonsense_retry_after_is_ignored_or_clamped(faults: FaultServer, value: str) -> None:
    busy = Fault("busy", reply(http(503, "busy", {"Retry-After": value}, reason="Busy")))
    faults.reply(busy)
    started = time.monotonic()
    with make_client(faults) as client:
        assert get_account(client).account_id == "user1"
    assert time.monotonic() - started < 1.0  # waited the backoff (or a tiny Retry-After), no more
    assert len(faults.requests) == 2


def test_a_64_kib_next_token_is_a_pagination_error_not_an_invalid_url(
    faults: FaultServer,
) -> None:
    faults.choose = always(Fault("huge", answer(paging(lambda token: HUGE_TOKEN))))
    with make_client(faults) as client, pytest.raises(PaginationError, match="MAX_TOKEN_LENGTH"):
        list(client.friends.list(account_id="owner"))
    assert len(faults.requests) == 1  # the huge token was never sent


def test_a_url_too_long_from_the_arguments_is_a_request_build_error(faults: FaultServer) -> None:
    with make_client(faults) as client, pytest.raises(RequestBuildError, match="cannot be built"):
        client.friends.list(account_id="owner", page_token="x" * 70_000)
    assert faults.requests == []


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "no-such-charset", "utf-8"])
def test_raw_text_never_raises_whatever_the_charset(faults: FaultServer, charset: str) -> None:
    headers = {"Content-Type": f"application/json; charset={charset}"}
    body = envelope({"account_id": "user1", "name": "名字"})
    faults.reply(Fault("charset", reply(http(200, body, headers))))
    with make_client(faults) as client:
        raw = client.with_raw_response.accounts.get(account_id="user1")
    text = raw.text
    assert isinstance(text, str) and raw.parse().name == "名字"
    if charset in ("utf-8", "no-such-charset"):
        assert text == body.decode()


# -- time ---------------------------------------------------------------------------------------
def test_rotating_tokens_raise_instead_of_walking_for_ever(faults: FaultServer) -> None:
    rotate = {"": "A", "A": "B", "B": "A"}
    faults.choose = always(Fault("rotate", answer(paging(lambda token: rotate[token]))))
    with make_client(faults) as client, pytest.raises(PaginationError, match="already used"):
        list(client.friends.list(account_id="owner"))
    assert [r.query.get("page_token") for r in faults.requests] == [None, "A", "B"]


def test_a_token_that_does_not_advance_still_ends_the_walk_quietly(faults: FaultServer) -> None:
    faults.choose = always(Fault("same", answer(paging(lambda token: token or "S"))))
    with make_client(faults) as client:
        assert len(list(client.friends.list(account_id="owner"))) == 2


def _endless(token: str) -> str:
    return str(int(token or 0) + 1)


def test_endless_paging_stops_at_max_pages(faults: FaultServer) -> None:
    faults.choose = always(Fault("endless", answer(paging(_endless))))
    with make_client(faults) as client:
        with pytest.raises(PageLimitError, match="max_pages=3") as caught:
            list(client.friends.list(account_id="owner", max_pages=3))
        assert caught.value.pages == 3 and caught.value.items == 3
        assert len(faults.requests) == 3
        with pytest.raises(PageLimitError, match="max_items=2"):
            list(client.friends.list(account_id="owner", max_items=2))
        assert len(faults.requests) == 5


def test_paging_has_a_default_bound(faults: FaultServer) -> None:
    from yunxin_im._pagination import DEFAULT_MAX_ITEMS, DEFAULT_MAX_PAGES

    assert DEFAULT_MAX_PAGES == 1000 and DEFAULT_MAX_ITEMS == 100_000
    faults.choose = always(Fault("endless", answer(paging(_endless))))
    with make_client(faults) as client, pytest.raises(PageLimitError, match="max_pages=1000"):
        for _ in client.friends.list(account_id="owner"):
            pass
    assert len(faults.requests) == 1000


def test_paging_bound_can_be_lifted(faults: FaultServer) -> None:
    pages = {"": "1", "1": "2", "2": "3"}

    def build(request: Received) -> bytes:
        token = request.query.get("page_token", "")
        more = token in pages
        data = {
            "has_more": more,
            "next_token": pages.get(token, ""),
            "items": [{"friend_account_id": token}],
        }
        return http(200, envelope(data))

    faults.choose = always(Fault("four", answer(build)))
    with make_client(faults) as client:
        assert (
            len(list(client.friends.list(account_id="owner", max_pages=None, max_items=None))) == 4
        )


def test_async_paging_is_bounded_too(faults: FaultServer) -> None:
    faults.choose = always(Fault("endless", answer(paging(_endless))))

    async def walk() -> None:
        async with AsyncYunxinIM(
            app_key=APP_KEY, app_secret=APP_SECRET, base_url=faults.url
        ) as client:
            async for _ in client.friends.list(account_id="owner", max_pages=2):
                pass

    with pytest.raises(PageLimitError):
        asyncio.run(walk())
    assert len(faults.requests) == 2


def test_a_trickled_answer_is_cut_at_the_attempt_deadline(faults: FaultServer) -> None:
    faults.reply(Fault("trickle", trickle(ok, step=3, every=0.1)))
    started = time.monotonic()
    with make_client(faults, timeout=0.3, max_retries=0) as client, pytest.raises(APITimeoutError):
        get_account(client)
    assert time.monotonic() - started < 0.8  # httpx alone: 0.1 s per read, ~4 s for this answer


def test_a_trickled_answer_is_cut_at_the_attempt_deadline_async(faults: FaultServer) -> None:
    faults.reply(Fault("trickle", trickle(ok, step=3, every=0.1)))

    async def call() -> None:
        async with AsyncYunxinIM(
            app_key=APP_KEY, app_secret=APP_SECRET, base_url=faults.url, timeout=0.3, max_retries=0
        ) as client:
            await client.accounts.get(account_id="user1")

    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        asyncio.run(call())
    assert time.monotonic() - started < 0.8


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_callers_http_client_is_bounded_by_the_deadline_too(
    faults: FaultServer, flavour: str
) -> None:
    faults.reply(Fault("trickle", trickle(ok, step=3, every=0.1)))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        if flavour == "sync":
            with (
                httpx.Client() as http_client,
                make_client(faults, timeout=0.3, max_retries=0, http_client=http_client) as client,
            ):
                get_account(client)
        else:

            async def call() -> None:
                async with httpx.AsyncClient() as http_client:
                    client = AsyncYunxinIM(
                        app_key=APP_KEY,
                        app_secret=APP_SECRET,
                        base_url=faults.url,
                        timeout=0.3,
                        max_retries=0,
                        http_client=http_client,
                    )
                    await client.accounts.get(account_id="user1")

            asyncio.run(call())
    assert time.monotonic() - started < 0.8


def test_total_timeout_bounds_the_call_with_its_retries(faults: FaultServer) -> None:
    slow = Fault("slow", trickle(ok, step=3, every=0.1))
    faults.choose = always(slow)
    with make_client(faults, timeout=0.3, max_retries=5) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            get_account(client, total_timeout=0.5)
        elapsed = time.monotonic() - started
        assert elapsed < 0.9 and len(faults.requests) == 2
    with make_client(faults, timeout=0.3, max_retries=5, total_timeout=0.4) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            get_account(client)
        assert time.monotonic() - started < 0.8


def test_total_timeout_skips_a_retry_wait_that_would_pass_it(faults: FaultServer) -> None:
    faults.reply(Fault("busy", reply(http(503, "busy", {"Retry-After": "30"}, reason="Busy"))))
    with make_client(faults, total_timeout=1.0) as client:
        started = time.monotonic()
        with pytest.raises(APIStatusError):
            get_account(client)
        assert time.monotonic() - started < 0.5  # backoff would fit, but Retry-After 30 s does not


# -- size ---------------------------------------------------------------------------------------
def test_a_body_over_max_response_size_is_refused(faults: FaultServer) -> None:
    big = envelope({"account_id": "user1", "name": "x" * 100_000})
    faults.reply(
        Fault("declared", reply(http(200, big))),
        Fault(
            "chunked",
            reply(
                http(
                    200,
                    b"%x\r\n%s\r\n0\r\n\r\n" % (len(big), big),
                    {"Transfer-Encoding": "chunked"},
                    length=False,
                )
            ),
        ),
        Fault(
            "lying",
            reply(http(200, b"{}", {"Content-Length": "99999999999999"}, length=False)),
        ),
    )
    with make_client(faults, max_retries=0, max_response_size=64 * 1024) as client:
        for _ in range(3):
            with pytest.raises(ResponseTooLargeError, match="max_response_size=65536"):
                get_account(client)
        faults.reply(Fault("declared", reply(http(200, big))))
        assert get_account(client, max_response_size=1 << 20).account_id == "user1"


def test_the_default_size_limit_is_a_few_mib() -> None:
    from yunxin_im._base_client import DEFAULT_MAX_RESPONSE_SIZE

    assert DEFAULT_MAX_RESPONSE_SIZE == 8 * 1024 * 1024


# -- envelope shapes ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [[1, 2, 3], "surprise", {"account_id": [1]}, {"account_id": "u", "configuration": [1, 2]}],
    ids=["list", "string", "wrong-field-type", "wrong-nested-type"],
)
def test_data_of_the_wrong_shape_is_a_validation_error_that_keeps_the_body(
    faults: FaultServer, data: Any
) -> None:
    body = envelope(data)
    faults.reply(Fault("shape", reply(http(200, body))))
    with (
        make_client(faults, max_retries=0) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        get_account(client)
    assert caught.value.body == body and caught.value.errors
    assert isinstance(caught.value, MalformedResponseError)


def test_null_data_and_unknown_fields(faults: FaultServer) -> None:
    faults.reply(
        Fault("null", reply(http(200, b'{"code": 200, "msg": "ok", "data": null}'))),
        Fault(
            "extra", reply(http(200, envelope({"account_id": "u", "brand_new": [1]}), {"X": "y"}))
        ),
    )
    with make_client(faults) as client:
        assert get_account(client).account_id is None  # null data: the empty result
        account = get_account(client)
    assert account.account_id == "u" and account.model_extra == {"brand_new": [1]}


def test_a_msg_that_is_not_a_string_is_shown_as_json(faults: FaultServer) -> None:
    faults.reply(Fault("msg", reply(http(200, envelope({}, 414, {"why": ["x"]})))))
    with make_client(faults) as client, pytest.raises(InvalidParameterError) as caught:
        get_account(client)
    assert caught.value.msg == '{"why": ["x"]}'


# -- secrets -------------------------------------------------------------------------------------
ECHOES = {
    "html-400": lambda r: http(
        400,
        f"<html><pre>{echo_of(r)}</pre></html>",
        {"Content-Type": "text/html"},
        reason="Bad Request",
    ),
    "plain-500": lambda r: http(500, echo_of(r), {"Content-Type": "text/plain"}),
    "envelope-msg": lambda r: http(200, envelope({}, 414, echo_of(r))),
    "envelope-msg-upper": lambda r: http(200, envelope({}, 414, echo_of(r).upper())),
    "reason-phrase": lambda r: http(
        502, "", reason=r.headers["checksum"] + " " + r.headers["nonce"]
    ),
    "not-json": lambda r: http(200, "oops " + echo_of(r)),
    "secret-in-json": lambda r: http(200, envelope({}, 414, json.dumps({"s": APP_SECRET}))),
    "bad-encoding": lambda r: http(200, "x", {"Content-Encoding": r.headers["checksum"]}),
    "validation": lambda r: http(200, envelope({"message_server_id": [r.headers["checksum"]]})),
    "secret-first": lambda r: http(
        400, r.headers["checksum"] + " " + r.headers["nonce"] + " " + APP_SECRET, reason="Bad"
    ),
}


@pytest.mark.parametrize("echo", list(ECHOES), ids=list(ECHOES))
def test_echoed_signature_is_redacted_everywhere(
    faults: FaultServer, echo: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    faults.reply(Fault(echo, answer(ECHOES[echo])))
    with make_client(faults, max_retries=0) as client, pytest.raises(YunxinError) as caught:
        send_message(client)
    error = caught.value
    assert isinstance(error, (APIStatusError, InvalidParameterError, MalformedResponseError)), error
    (request,) = faults.requests
    assert any(r.name == "httpx" for r in caplog.records)
    text = shown(error) + "\n".join(r.getMessage() for r in caplog.records).lower()
    for secret in [APP_SECRET, *request.secrets]:
        assert secret.lower() not in text, (secret, text)
    # the answer did carry a secret, and (where it falls inside the message) it was redacted
    response = error.response
    carried = (
        response.content + response.reason_phrase.encode() + str(response.headers).encode()
    ).lower()
    assert any(secret.lower().encode() in carried for secret in [APP_SECRET, *request.secrets])
    if echo in (
        "envelope-msg",
        "envelope-msg-upper",
        "reason-phrase",
        "secret-in-json",
        "secret-first",
    ):
        assert "[redacted]" in str(error)
    # still available as data, for those who ask
    assert error.response.request.headers["checksum"] == request.headers["checksum"]


def test_raw_response_keeps_the_signature_as_data_not_in_its_repr(faults: FaultServer) -> None:
    with make_client(faults) as client:
        raw = client.with_raw_response.accounts.get(account_id="user1")
    (request,) = faults.requests
    assert raw.signature["CheckSum"] == request.headers["checksum"]
    assert raw.signature["Nonce"] == request.headers["nonce"]
    assert request.headers["checksum"] not in repr(raw) and request.headers["nonce"] not in repr(
        raw
    )


def test_transport_error_text_is_redacted(faults: FaultServer) -> None:
    faults.reply(
        Fault(
            "status", answer(lambda r: b"HTTP/1.1 " + r.headers["checksum"].encode() + b"\r\n\r\n")
        )
    )
    with make_client(faults, max_retries=0) as client, pytest.raises(APIConnectionError) as caught:
        get_account(client)
    (request,) = faults.requests
    assert request.headers["checksum"] not in shown(caught.value)
    assert "illegal status line" in str(caught.value)


# -- broken HTTP ----------------------------------------------------------------------------------
BROKEN = {
    "status-garbage": (b"NOT HTTP\r\n\r\n", APIConnectionError),
    "status-no-code": (b"HTTP/1.1 OK\r\nContent-Length: 2\r\n\r\n{}", APIConnectionError),
    "length-too-long": (b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{}", APIConnectionError),
    "length-too-short": (
        b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n{"code": 200}',
        MalformedResponseError,
    ),
    "length-missing": (
        b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"code": 200, "data": {"account_id": "u"}}',
        None,
    ),
    "length-invalid": (b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n{}", APIConnectionError),
    "chunked-bad": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        APIConnectionError,
    ),
    "chunked-truncated": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n{}",
        APIConnectionError,
    ),
    "1xx-only": (b"HTTP/1.1 100 Continue\r\n\r\n", APIConnectionError),
    "3xx": (
        b"HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n",
        MalformedResponseError,
    ),
    "4xx-json-envelope": (http(404, envelope({}, 404, "gone"), reason="Not Found"), APIError),
    "4xx-json-not-envelope": (
        http(403, b'{"error": "denied"}', reason="Forbidden"),
        APIStatusError,
    ),
    "5xx-no-json": (b"HTTP/1.1 500 Oops\r\nContent-Length: 4\r\n\r\noops", APIStatusError),
    "invalid-utf8": (http(200, b'{"code": 200, "msg": "\xff\xfe"}'), MalformedResponseError),
    "empty": (b"", APIConnectionError),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_broken_http_ends_in_the_error_tree(faults: FaultServer, case: str) -> None:
    raw, expected = BROKEN[case]
    faults.reply(Fault(case, reply(raw)))
    with make_client(faults, max_retries=0) as client:
        if expected is None:
            assert get_account(client).account_id == "u"
            return
        with pytest.raises(YunxinError) as caught:
            send_message(client)
    assert isinstance(caught.value, expected), repr(caught.value)
