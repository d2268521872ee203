"""A raw-socket HTTP server on 127.0.0.1 that answers with faults.

Unlike tests/support/server.py (http.server), it writes whatever bytes a fault calls for:
broken status lines, lying Content-Length, broken chunked encoding, bogus Content-Encoding,
1xx/3xx answers, trickled answers, resets, echoes of the request headers, hostile envelopes
and paging loops. One plain thread accepts; one thread serves each connection (one request
per connection). Every fully read request is recorded with the name of the fault it got.

``FaultServer(choose)`` calls ``choose(request)`` for the fault of each request;
:func:`seeded_chooser` picks one at random from :data:`FAULTS`, reproducibly: the choice
depends only on the seed, the request's trace id and how many attempts of it came before.
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    raw_head: bytes
    fault: str = ""
    received_at: float = 0.0

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))

    @property
    def trace_id(self) -> str:
        return self.headers.get("x-custom-traceid", "")

    @property
    def secrets(self) -> list[str]:
        return [self.headers[name] for name in ("checksum", "nonce") if self.headers.get(name)]


Send = Callable[[socket.socket, Received], None]


@dataclass
class Fault:
    name: str
    send: Send
    weight: float = 1.0
    kinds: tuple[str, ...] = ("read", "write", "page")  # the calls it applies to


# -- building answers ---------------------------------------------------------------------
def http(
    status: int = 200,
    body: bytes | str = b"",
    headers: dict[str, str] | None = None,
    *,
    reason: str = "OK",
    length: bool = True,
) -> bytes:
    data = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} {reason}"]
    merged = {"Content-Type": "application/json", "Connection": "close", **(headers or {})}
    if length:
        merged.setdefault("Content-Length", str(len(data)))
    lines += [f"{name}: {value}" for name, value in merged.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data


def envelope(data: Any = None, code: Any = 200, msg: Any = "success") -> bytes:
    return json.dumps({"code": code, "msg": msg, "data": {} if data is None else data}).encode()


def kind_of(request: Received) -> str:
    if request.path.endswith("/friends"):
        return "page"
    if request.method == "POST":
        return "write"
    return "read"


def good_data(request: Received) -> dict[str, Any]:
    """The success ``data`` of the three operations the fuzz calls."""
    kind = kind_of(request)
    if kind == "write":
        return {"message_server_id": 42, "sender_id": "a"}
    if kind == "page":
        return {"has_more": False, "next_token": "", "items": [{"friend_account_id": "f1"}]}
    return {"account_id": "user1", "name": "User One"}


def write_all(sock: socket.socket, data: bytes) -> None:
    with contextlib.suppress(OSError):
        sock.sendall(data)


def echo_of(request: Received) -> str:
    """The request head as a proxy that echoes it would show it."""
    return request.raw_head.decode("latin-1")


def reply(data: bytes) -> Send:
    return lambda sock, request: write_all(sock, data)


def answer(build: Callable[[Received], bytes]) -> Send:
    return lambda sock, request: write_all(sock, build(request))


def trickle(build: Callable[[Received], bytes], step: int = 3, every: float = 0.1) -> Send:
    def send(sock: socket.socket, request: Received) -> None:
        data = build(request)
        for start in range(0, len(data), step):
            try:
                sock.sendall(data[start : start + step])
            except OSError:
                return
            time.sleep(every)

    return send


def delayed(seconds: float, build: Callable[[Received], bytes]) -> Send:
    def send(sock: socket.socket, request: Received) -> None:
        time.sleep(seconds)
        write_all(sock, build(request))

    return send


def drop(sock: socket.socket, request: Received) -> None:
    pass  # the connection closes without an answer


def reset(sock: socket.socket, request: Received) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # an RST, not a FIN


def ok(request: Received) -> bytes:
    return http(200, envelope(good_data(request)))


def deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def paging(next_token: Callable[[str], str]) -> Callable[[Received], bytes]:
    def build(request: Received) -> bytes:
        if kind_of(request) != "page":
            return ok(request)
        token = request.query.get("page_token", "")
        items = [{"friend_account_id": f"f-{len(token)}-{token[:8]}"}]
        return http(
            200, envelope({"has_more": True, "next_token": next_token(token), "items": items})
        )

    return build


def _rotate(token: str) -> str:
    return {"": "A", "A": "B", "B": "A"}.get(token, "A")


def _endless(token: str) -> str:
    return str(int(token or "0") + 1) if token.isdigit() or not token else "1"


HUGE_TOKEN = "T" * 65536

#: Retry-After values that must not make the client wait long or fail.
WEIRD_RETRY_AFTER = [
    "Fri, 31 Dec 99999999999 23:59:59 GMT",
    "Mon, 01 Jan 2024 99:99:99 GMT",
    "Tue, 01 Jan 2999 00:00:00 GMT",
    "-5",
    "1e309",
    "nan",
    "inf",
    "999999999999999999999",
    "soon",
    "0.02",
    "0",
    "",
]


def _gzip_over_plain(encoding: str) -> Callable[[Received], bytes]:
    return lambda request: http(200, envelope(good_data(request)), {"Content-Encoding": encoding})


FAULTS: list[Fault] = [
    Fault("ok", answer(ok), weight=8),
    Fault(
        "ok-unknown-fields",
        answer(lambda r: http(200, envelope({**good_data(r), "brand_new_field": [1, 2]}))),
    ),
    Fault(
        "ok-wrong-content-type",
        answer(lambda r: http(200, envelope(good_data(r)), {"Content-Type": "text/html"})),
    ),
    Fault(
        "ok-charset-utf16",
        answer(
            lambda r: http(
                200, envelope(good_data(r)), {"Content-Type": "application/json; charset=utf-16"}
            )
        ),
    ),
    Fault(
        "ok-no-content-length", answer(lambda r: http(200, envelope(good_data(r)), length=False))
    ),
    Fault("api-error-echo", answer(lambda r: http(200, envelope({}, 414, echo_of(r))))),
    Fault("api-error-rate-limit", answer(lambda r: http(200, envelope({}, 416, "slow down")))),
    Fault("api-error-503", answer(lambda r: http(200, envelope({}, 503, "busy")))),
    Fault("api-msg-wrong-type", answer(lambda r: http(200, envelope({}, 414, {"x": [1]})))),
    Fault(
        "http-400-html-echo",
        answer(
            lambda r: http(
                400,
                f"<html><body><h1>400 Bad Request</h1><pre>{echo_of(r)}</pre></body></html>",
                {"Content-Type": "text/html"},
                reason="Bad Request",
            )
        ),
    ),
    Fault(
        "http-500-plain-echo",
        answer(lambda r: http(500, echo_of(r), {"Content-Type": "text/plain"}, reason="Oops")),
    ),
    Fault(
        "http-reason-echo",
        answer(lambda r: http(502, "", reason="Bad " + r.headers.get("checksum", ""))),
    ),
    Fault(
        "http-503-json-envelope-200",
        answer(lambda r: http(503, envelope(good_data(r)), reason="Unavailable")),
    ),
    Fault(
        "http-429-retry-after",
        lambda sock, r: write_all(
            sock,
            http(
                429,
                "slow",
                {"Retry-After": random.Random(r.trace_id).choice(WEIRD_RETRY_AFTER)},
                reason="Too Many",
            ),
        ),
    ),
    Fault(
        "http-503-retry-after",
        lambda sock, r: write_all(
            sock,
            http(
                503,
                "busy",
                {"Retry-After": random.Random("503" + r.trace_id).choice(WEIRD_RETRY_AFTER)},
                reason="Busy",
            ),
        ),
    ),
    Fault("http-302", reply(http(302, "", {"Location": "http://127.0.0.1:1/x"}, reason="Found"))),
    Fault("http-204", reply(http(204, "", reason="No Content", length=False))),
    Fault("http-100-then-close", reply(b"HTTP/1.1 100 Continue\r\n\r\n")),
    Fault(
        "http-100-then-ok", answer(lambda r: b"HTTP/1.1 100 Continue\r\n\r\n" + ok(r)), weight=0.5
    ),
    Fault("status-garbage", reply(b"NOT HTTP AT ALL\r\n\r\n")),
    Fault("status-no-code", reply(b"HTTP/1.1 OK\r\nContent-Length: 2\r\n\r\n{}")),
    Fault("status-huge-code", reply(b"HTTP/1.1 99999 Big\r\nContent-Length: 2\r\n\r\n{}")),
    Fault("status-http09", reply(b'{"code":200}')),
    Fault("header-no-colon", reply(b"HTTP/1.1 200 OK\r\nBroken header\r\n\r\n")),
    Fault(
        "header-endless", reply(b"HTTP/1.1 200 OK\r\n" + b"X-A: " + b"a" * 200_000 + b"\r\n\r\n")
    ),
    Fault(
        "length-too-long",
        answer(
            lambda r: http(200, envelope(good_data(r)), {"Content-Length": "5000"}, length=False)
        ),
    ),
    Fault(
        "length-too-short",
        answer(lambda r: http(200, envelope(good_data(r)), {"Content-Length": "7"}, length=False)),
    ),
    Fault(
        "length-invalid",
        answer(
            lambda r: http(200, envelope(good_data(r)), {"Content-Length": "abc"}, length=False)
        ),
    ),
    Fault(
        "length-negative",
        answer(lambda r: http(200, envelope(good_data(r)), {"Content-Length": "-1"}, length=False)),
    ),
    Fault(
        "length-conflicting",
        answer(
            lambda r: http(200, "{}", {"Content-Length": "2\r\nContent-Length: 9"}, length=False)
        ),
    ),
    Fault(
        "chunked-bad-size",
        reply(http(200, b"zz\r\n{}\r\n0\r\n\r\n", {"Transfer-Encoding": "chunked"}, length=False)),
    ),
    Fault(
        "chunked-truncated",
        reply(http(200, b'40\r\n{"code":200', {"Transfer-Encoding": "chunked"}, length=False)),
    ),
    Fault(
        "chunked-no-end",
        answer(
            lambda r: http(
                200,
                b"%x\r\n%s\r\n" % (len(envelope(good_data(r))), envelope(good_data(r))),
                {"Transfer-Encoding": "chunked"},
                length=False,
            )
        ),
    ),
    Fault("encoding-gzip", answer(_gzip_over_plain("gzip"))),
    Fault("encoding-deflate", answer(_gzip_over_plain("deflate"))),
    Fault("encoding-gzip-br", answer(_gzip_over_plain("gzip, br"))),
    Fault("encoding-upper", answer(_gzip_over_plain("GZIP"))),
    Fault("invalid-utf8", reply(http(200, b'{"code": 200, "msg": "\xff\xfe\xc3", "data": {}}'))),
    Fault("deep-json", reply(http(200, deep(2000)))),
    Fault(
        "deep-data",
        reply(http(200, b'{"code": 200, "msg": "ok", "data": {"name": ' + deep(900) + b"}}")),
    ),
    Fault("huge-body", reply(http(200, b'{"code": 200, "data": "' + b"x" * 400_000 + b'"}'))),
    Fault(
        "huge-declared",
        reply(http(200, b"{}", {"Content-Length": "99999999999999"}, length=False)),
    ),
    Fault("code-superscript", reply(http(200, envelope({}, "²")))),
    Fault("code-circled", reply(http(200, envelope({}, "①")))),
    Fault("code-long-digits", reply(http(200, envelope({}, "9" * 5000)))),
    Fault("code-huge-int", reply(http(200, b'{"code": ' + b"9" * 5000 + b', "data": {}}'))),
    Fault("code-float", reply(http(200, envelope({}, 200.0)))),
    Fault("code-bool", reply(http(200, envelope({}, True)))),
    Fault("code-list", reply(http(200, envelope({}, [200])))),
    Fault("not-envelope", reply(http(200, b'["code", 200]'))),
    Fault("data-null", reply(http(200, b'{"code": 200, "msg": "ok", "data": null}'))),
    Fault("data-list", reply(http(200, envelope([1, 2, 3])))),
    Fault("data-string", reply(http(200, b'{"code": 200, "msg": "ok", "data": "surprise"}'))),
    Fault(
        "data-wrong-types",
        reply(
            http(
                200,
                envelope(
                    {
                        "account_id": [1],
                        "message_server_id": {"a": 1},
                        "items": "nope",
                        "has_more": "maybe",
                    }
                ),
            )
        ),
    ),
    Fault("trickle", trickle(ok), weight=0.4),
    Fault("slow-headers", delayed(0.6, ok), weight=0.4),
    Fault("drop", drop),
    Fault("reset", reset),
    Fault(
        "drop-mid-body",
        answer(
            lambda r: http(200, envelope(good_data(r)), {"Content-Length": "400"}, length=False)
        ),
    ),
    Fault("page-rotate", answer(paging(_rotate)), kinds=("page",), weight=2),
    Fault("page-endless", answer(paging(_endless)), kinds=("page",), weight=2),
    Fault("page-huge-token", answer(paging(lambda token: HUGE_TOKEN)), kinds=("page",), weight=2),
    Fault("page-same-token", answer(paging(lambda token: token or "S")), kinds=("page",)),
]

FAULTS_BY_NAME = {fault.name: fault for fault in FAULTS}


def seeded_chooser(seed: int, server: FaultServer) -> Callable[[Received], Fault]:
    """Pick each request's fault at random, reproducibly for a given seed and call."""

    def choose(request: Received) -> Fault:
        earlier = server.by_trace(request.trace_id)
        rng = random.Random(f"{seed}|{request.trace_id}|{len(earlier)}|{request.query}")
        kind = kind_of(request)
        # a paging fault mostly goes on for the rest of the walk, so that walks loop for real
        if earlier and earlier[-1].fault.startswith("page-") and rng.random() < 0.9:
            return FAULTS_BY_NAME[earlier[-1].fault]
        candidates = [f for f in FAULTS if kind in f.kinds]
        return rng.choices(candidates, weights=[f.weight for f in candidates])[0]

    return choose


@dataclass
class FaultServer:
    """The server; use as a context manager. ``choose`` gives the fault of each request."""

    choose: Callable[[Received], Fault] | None = None
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._script: list[Fault] = []
        self._closed = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(512)
        self._sock.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        host, port = self._sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def reply(self, *faults: Fault | str) -> None:
        """Queue faults (or fault names) for the next requests, in order."""
        with self._lock:
            self._script += [FAULTS_BY_NAME[f] if isinstance(f, str) else f for f in faults]

    def by_trace(self, trace_id: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.trace_id == trace_id]

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def _read_request(self, conn: socket.socket) -> Received | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk or len(data) > 1_000_000:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = [*lines[0].split(" ", 2), "", ""][:3]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            rest += chunk
        return Received(method, target, headers, rest[:length], head, received_at=time.monotonic())

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(10)
            request = self._read_request(conn)
            if request is None:
                return
            with self._lock:
                scripted = self._script.pop(0) if self._script else None
            fault = scripted or (self.choose(request) if self.choose else FAULTS_BY_NAME["ok"])
            request.fault = fault.name
            with self._lock:
                self.requests.append(request)
            fault.send(conn, request)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_WR)
            conn.close()

    def close(self) -> None:
        self._closed.set()
        self._acceptor.join(timeout=5)
        self._sock.close()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
