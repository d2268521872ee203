"""A Yunxin IM API stand-in on 127.0.0.1 for the SDK tests.

It is a real HTTP server (stdlib, one thread per connection) that

* checks the signature headers of every request (AppKey, Nonce, CurTime within five minutes,
  CheckSum = lowercase hex SHA-1 of AppSecret + Nonce + CurTime);
* matches the request to an operation of the bundled spec and validates its path, query and
  JSON body against the spec's schemas, recording every violation;
* answers with scripted replies (success, partial failure, API errors, malformed bodies, HTTP
  errors) or injects faults (delays, connections dropped before or after reading the request);
* records every request so tests can count attempts and inspect what was sent.

Without a script it answers each operation with the example of its 200 response.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

APP_KEY = "test-app-key"
APP_SECRET = "test-app-secret-4f1d"


@dataclass
class Reply:
    """What the server does with one request."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: str | None = None  # "before-read": close without reading; "after-read": read, then close;
    # "mid-body": send the headers and half the body, then close

    @classmethod
    def envelope(
        cls,
        data: Any = None,
        *,
        code: int = 200,
        msg: str = "success",
        status: int = 200,
        **kw: Any,
    ) -> Reply:
        payload = {"code": code, "msg": msg, "data": {} if data is None else data}
        return cls(
            status=status,
            body=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            **kw,
        )

    @classmethod
    def error(cls, code: int, msg: str = "error", *, status: int = 200, **kw: Any) -> Reply:
        return cls.envelope({}, code=code, msg=msg, status=status, **kw)

    @classmethod
    def raw(
        cls,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
        **kw: Any,
    ) -> Reply:
        data = body.encode() if isinstance(body, str) else body
        return cls(
            status=status,
            body=data,
            headers={"Content-Type": content_type, **(headers or {})},
            **kw,
        )


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    raw_path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    operation_id: str | None = None
    path_params: dict[str, str] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    received_at: float = 0.0

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def query_dict(self) -> dict[str, str]:
        return dict(self.query)


class _Operation:
    def __init__(
        self, path: str, method: str, operation: dict[str, Any], parameters: list[dict[str, Any]]
    ) -> None:
        self.path = path
        self.method = method.upper()
        self.operation = operation
        self.operation_id = operation.get("operationId")
        self.parameters = parameters
        names = re.findall(r"{([^}]+)}", path)
        pattern = re.escape(path)
        for name in names:
            pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")
        self.regex = re.compile(f"^{pattern}$")
        self.literal_segments = path.count("/") - len(names)


class SpecValidator:
    """Validates requests against the operations of a bundled OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
        self.operations: list[_Operation] = []
        for path, item in document.get("paths", {}).items():
            for method in ("get", "post", "put", "patch", "delete"):
                if method in item:
                    params = [self._resolve(p) for p in item.get("parameters", [])]
                    own = [self._resolve(p) for p in item[method].get("parameters", [])]
                    merged = {(p["name"], p["in"]): p for p in params + own}
                    self.operations.append(
                        _Operation(path, method, item[method], list(merged.values()))
                    )
        # concrete segments win over templated ones, as OpenAPI requires
        self.operations.sort(key=lambda op: -op.literal_segments)

    def _resolve(self, value: Any) -> Any:
        while isinstance(value, dict) and "$ref" in value:
            node: Any = self.document
            for token in value["$ref"][2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            value = node
        return value

    def _rebase(self, schema: Any) -> Any:
        if isinstance(schema, dict):
            return {
                k: (
                    f"urn:spec{v}"
                    if k == "$ref" and isinstance(v, str) and v.startswith("#")
                    else self._rebase(v)
                )
                for k, v in schema.items()
            }
        if isinstance(schema, list):
            return [self._rebase(v) for v in schema]
        return schema

    def check(self, schema: Any, value: Any, what: str) -> list[str]:
        validator = jsonschema.Draft202012Validator(self._rebase(schema), registry=self.registry)
        return [
            f"{what}{'/' + '/'.join(map(str, e.absolute_path)) if e.absolute_path else ''}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def match(self, method: str, path: str) -> tuple[_Operation | None, dict[str, str]]:
        for op in self.operations:
            found = op.regex.match(path)
            if found and op.method == method:
                return op, {k: unquote(v) for k, v in found.groupdict().items()}
        return None, {}

    def _convert(self, schema: dict[str, Any], text: str) -> Any:
        schema = self._resolve(schema)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        try:
            if kind == "integer":
                return int(text)
            if kind == "number":
                return float(text)
        except ValueError:
            return text
        if kind == "boolean":
            return {"true": True, "false": False}.get(text, text)
        return text

    def validate(self, recorded: Recorded) -> None:
        op, path_params = self.match(recorded.method, recorded.path)
        if op is None:
            recorded.violations.append(
                f"no operation {recorded.method} {recorded.path} in the spec"
            )
            return
        recorded.operation_id = op.operation_id
        recorded.path_params = path_params
        query: dict[str, list[str]] = {}
        for name, value in recorded.query:
            query.setdefault(name, []).append(value)
        declared = set()
        for param in op.parameters:
            name, location = param["name"], param["in"]
            if location == "path":
                schema = param.get("schema", {})
                value = self._convert(schema, path_params.get(name, ""))
                recorded.violations += self.check(schema, value, f"path {name}")
                continue
            if location != "query":
                continue
            declared.add(name)
            if name not in query:
                if param.get("required"):
                    recorded.violations.append(f"missing required query parameter {name}")
                continue
            values = query[name]
            if "content" in param:
                schema = param["content"]["application/json"]["schema"]
                try:
                    value: Any = json.loads(values[-1])
                except ValueError:
                    recorded.violations.append(f"query {name} is not JSON: {values[-1]!r}")
                    continue
            else:
                schema = self._resolve(param.get("schema", {}))
                if schema.get("type") == "array":
                    raw = (
                        values
                        if param.get("explode", True) and param.get("style", "form") == "form"
                        else values[-1].split(",")
                    )
                    if param.get("explode") is False:
                        if len(values) > 1:
                            recorded.violations.append(
                                f"query {name} repeated, but the spec joins it with commas"
                            )
                        raw = values[-1].split(",")
                    value = [self._convert(schema.get("items", {}), v) for v in raw]
                else:
                    if len(values) > 1:
                        recorded.violations.append(f"query {name} sent {len(values)} times")
                    value = self._convert(schema, values[-1])
            recorded.violations += self.check(schema, value, f"query {name}")
        for name in query:
            if name not in declared:
                recorded.violations.append(f"query parameter {name} is not in the spec")
        body_spec = op.operation.get("requestBody")
        if body_spec is not None:
            body_spec = self._resolve(body_spec)
            if not recorded.body:
                if body_spec.get("required"):
                    recorded.violations.append("missing required JSON body")
                return
            if not recorded.headers.get("content-type", "").startswith("application/json"):
                recorded.violations.append(f"body sent as {recorded.headers.get('content-type')!r}")
            try:
                body = json.loads(recorded.body)
            except ValueError:
                recorded.violations.append("body is not JSON")
                return
            schema = body_spec["content"]["application/json"]["schema"]
            recorded.violations += self.check(schema, body, "body")
            recorded.violations += [f"body{p}: null sent" for p in _nulls(body, "")]
        elif recorded.body:
            recorded.violations.append("a body was sent to an operation that takes none")

    def example_reply(self, operation_id: str | None) -> Reply:
        for op in self.operations:
            if op.operation_id == operation_id:
                response = self._resolve(op.operation["responses"]["200"])
                example = response["content"]["application/json"].get("example")
                return Reply.raw(json.dumps(example))
        return Reply.error(404, "unknown operation")


def _nulls(value: Any, pointer: str) -> list[str]:
    if value is None:
        return [pointer or "/"]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _nulls(v, f"{pointer}/{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _nulls(v, f"{pointer}/{i}")]
    return []


def signature_problems(
    headers: dict[str, str], app_key: str, app_secret: str, now: float | None = None
) -> list[str]:
    """What is wrong with the signing headers of a request (empty when they are right)."""
    problems = []
    nonce, cur_time, checksum = (
        headers.get("nonce", ""),
        headers.get("curtime", ""),
        headers.get("checksum", ""),
    )
    if headers.get("appkey") != app_key:
        problems.append(f"AppKey {headers.get('appkey')!r} is not {app_key!r}")
    if not nonce or len(nonce) > 128:
        problems.append(f"Nonce {nonce!r} must have 1 to 128 characters")
    if not cur_time.isdigit() or abs(int(cur_time) - (now or time.time())) > 300:
        problems.append(f"CurTime {cur_time!r} is not within five minutes of now")
    expected = hashlib.sha1((app_secret + nonce + cur_time).encode()).hexdigest()
    if checksum != expected:
        problems.append("CheckSum is not the lowercase hex SHA-1 of AppSecret + Nonce + CurTime")
    return problems


class YunxinServer:
    """The server; use as a context manager or call close()."""

    def __init__(
        self,
        document: dict[str, Any] | None = None,
        *,
        app_key: str = APP_KEY,
        app_secret: str = APP_SECRET,
        port: int = 0,
    ) -> None:
        self.validator = SpecValidator(document) if document else None
        self.app_key = app_key
        self.app_secret = app_secret
        self.requests: list[Recorded] = []
        self.script: list[Reply | Callable[[Recorded], Reply]] = []
        self.handler: Callable[[Recorded], Reply] | None = None
        self.connections = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def reply(self, *replies: Reply | Callable[[Recorded], Reply]) -> None:
        """Queue replies for the next requests (in order); afterwards the default applies."""
        with self._lock:
            self.script.extend(replies)

    @property
    def violations(self) -> list[str]:
        return [f"{r.method} {r.raw_path}: {v}" for r in self.requests for v in r.violations]

    def _next_reply(self, recorded: Recorded) -> Reply:
        with self._lock:
            scripted = self.script.pop(0) if self.script else None
        if scripted is not None:
            return scripted(recorded) if callable(scripted) else scripted
        if recorded.violations:
            return Reply.error(414, "; ".join(recorded.violations)[:500])
        if self.handler is not None:
            return self.handler(recorded)
        if self.validator is not None:
            return self.validator.example_reply(recorded.operation_id)
        return Reply.envelope({})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server.connections += 1

            def _handle(self) -> None:
                with server._lock:
                    peek = server.script[0] if server.script else None
                if isinstance(peek, Reply) and peek.drop == "before-read":
                    with server._lock:
                        server.script.pop(0)
                        server.requests.append(
                            Recorded(
                                self.command,
                                "",
                                self.path,
                                [],
                                {},
                                b"",
                                received_at=time.monotonic(),
                            )
                        )
                    self._drop()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                recorded = Recorded(
                    method=self.command,
                    path=split.path,
                    raw_path=self.path,
                    query=parse_qsl(split.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                    received_at=time.monotonic(),
                )
                recorded.violations += signature_problems(
                    recorded.headers, server.app_key, server.app_secret
                )
                if server.validator is not None:
                    server.validator.validate(recorded)
                with server._lock:
                    server.requests.append(recorded)
                reply = server._next_reply(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop in ("before-read", "after-read"):
                    self._drop()
                    return
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    if reply.drop == "mid-body":
                        self.wfile.write(reply.body[: len(reply.body) // 2])
                        self.wfile.flush()
                        self._drop()
                        return
                    self.wfile.write(reply.body)

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        return Handler

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> YunxinServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (for connection-refused tests)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
