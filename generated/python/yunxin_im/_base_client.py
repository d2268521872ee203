"""HTTP machinery shared by the sync and async clients: signing, serialisation, retries,
failover between hosts, envelope parsing and logging.

Retry policy
------------
An attempt that fails is retried, up to ``max_retries`` times, when it is safe:

* the connection could not be established (DNS, connect refused or timed out, no pooled
  connection): always, whatever the operation, switching to the region's backup host;
* the request may have reached the server (read timeout, connection dropped, HTTP 5xx, a
  malformed answer, or an API code marked ``idempotent``): only for operations the spec marks
  idempotent, so a non-idempotent write such as sending a message is never sent twice;
* the server refused the call before doing anything (HTTP 429, or an API code marked
  ``always``, such as 416 rate limiting): always.

The n-th retry waits ``Retry-After`` when the server sends a sane one (a number of seconds or
an HTTP date, between 0 and 60 s; anything else is ignored), otherwise a random time between
half and all of ``min(initial_retry_delay * 2**n, max_retry_delay)``. Every attempt is signed
again with a fresh Nonce, CurTime and CheckSum.

Bounds
------
``timeout`` is the deadline of one attempt: connecting, sending, waiting for the headers and
reading the body together (see ``_deadline``). ``total_timeout`` (optional) bounds the whole
call: no retry starts, and no retry wait begins, that would end after it. A body larger than
``max_response_size`` is not read. Whatever the server sends, a call returns its typed result
or raises a :class:`YunxinError` subclass, and server text in messages is redacted (``_redact``).
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import time
import uuid
from typing import (
    Any,
    Dict,
    Generic,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
)
from urllib.parse import quote

import httpx
import pydantic

from ._auth import signature_headers
from ._constants import LOGGER_NAME, RETRY_ALWAYS_CODES, RETRY_IDEMPOTENT_CODES, USER_AGENT
from ._deadline import ATTEMPT, attempt_seconds, guard
from ._encoding import jsonable as _jsonable, query_string as _query_string, scalar as _scalar
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    MalformedResponseError,
    RequestBuildError,
    ResponseTooLargeError,
    ResponseValidationError,
    YunxinError,
    api_error,
)
from ._redact import install_log_filter, redact
from ._regions import DEFAULT_REGION, REGIONS
from ._response import RAW_RESPONSE, RawResponse
from ._types import RequestOptions, TimeoutTypes

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Operation",
    "PageSpec",
    "SyncAPIClient",
]

log = logging.getLogger(LOGGER_NAME)
install_log_filter()

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_INITIAL_RETRY_DELAY = 0.5
DEFAULT_MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
#: Largest response body read by default, in bytes (after decompression): 8 MiB.
DEFAULT_MAX_RESPONSE_SIZE = 8 * 1024 * 1024
TRACE_HEADER = "X-custom-traceid"


class PageSpec:
    """How an operation pages (from the spec's ``x-pagination``)."""

    __slots__ = ("has_more", "items", "request_token", "response_token", "style")

    def __init__(
        self,
        *,
        style: str,
        items: str,
        has_more: Optional[str],
        request_token: str,
        response_token: Optional[str],
    ) -> None:
        self.style = style
        self.items = items
        self.has_more = has_more
        self.request_token = request_token
        self.response_token = response_token


class Operation(Generic[T]):
    """Everything the client needs to know about one API operation."""

    __slots__ = (
        "body_model",
        "deprecation",
        "idempotent",
        "method",
        "name",
        "page",
        "path",
        "query_styles",
        "response_model",
    )

    def __init__(
        self,
        *,
        name: str,
        method: str,
        path: str,
        response_model: Optional[Type[T]],
        body_model: Optional[Type[pydantic.BaseModel]] = None,
        idempotent: bool,
        query_styles: Optional[Mapping[str, str]] = None,
        page: Optional[PageSpec] = None,
        deprecation: Optional[str] = None,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.response_model = response_model
        self.body_model = body_model
        self.idempotent = idempotent
        self.query_styles: Mapping[str, str] = query_styles or {}
        self.page = page
        #: Why the operation is deprecated and what replaces it; None when it is current.
        self.deprecation = deprecation

    def __repr__(self) -> str:
        return f"<Operation {self.name}: {self.method} {self.path}>"


class _Prepared:
    __slots__ = (
        "attempt_seconds",
        "content",
        "custom_headers",
        "headers",
        "max_response_size",
        "max_retries",
        "op",
        "path",
        "query",
        "secrets",
        "timeout",
        "total_timeout",
        "trace_id",
    )

    def __init__(
        self,
        op: Operation[Any],
        path: str,
        query: str,
        content: Optional[bytes],
        headers: Dict[str, str],
        timeout: TimeoutTypes,
        max_retries: int,
        trace_id: str,
        custom_headers: bool,
        attempt_seconds: Optional[float],
        total_timeout: Optional[float],
        max_response_size: int,
        app_secret: str,
    ) -> None:
        self.custom_headers = custom_headers
        self.attempt_seconds = attempt_seconds
        self.total_timeout = total_timeout
        self.max_response_size = max_response_size
        #: What must never be shown: the AppSecret, then the CheckSum and Nonce of each attempt.
        self.secrets: List[str] = [app_secret]
        self.op = op
        self.path = path
        self.query = query
        self.content = content
        self.headers = headers
        self.timeout = timeout
        self.max_retries = max_retries
        self.trace_id = trace_id


def _encode_body(
    op: Operation[Any],
    body: Optional[Mapping[str, object]],
    extra_body: Optional[Mapping[str, object]],
) -> Optional[bytes]:
    if op.body_model is None and not body and not extra_body:
        return None
    data = {key: value for key, value in (body or {}).items() if value is not None}
    if op.body_model is not None:
        model = op.body_model.model_validate(data)
        if not extra_body:
            return model.model_dump_json(by_alias=True, exclude_none=True).encode("utf-8")
        payload: Dict[str, Any] = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    else:
        payload = _jsonable(data)
    payload.update(_jsonable(dict(extra_body or {})))
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


_SECONDS = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9})?")
#: A `code` sent as a string counts only when it is plain ASCII digits that fit an int32.
_CODE = re.compile(r"-?[0-9]{1,9}")


def _retry_after(response: Optional[httpx.Response]) -> Optional[float]:
    """Seconds the server asks to wait, or None when it asks nothing sensible."""
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        return float(value)
    if len(value) > 64:
        return None
    import email.utils  # only needed for the rare HTTP-date form; keeps `import` cheap

    try:
        seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
    except Exception:  # any nonsense date: out-of-range years and hours, overflow, garbage
        return None
    return seconds if -1e9 < seconds < 1e9 else None


def _envelope_code(value: object) -> Optional[int]:
    """The envelope's ``code`` as an int, or None when it is missing or not an integer."""
    if type(value) is int:
        return value
    if isinstance(value, str) and _CODE.fullmatch(value):
        return int(value)
    return None


def _load_json(content: bytes) -> object:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, huge numbers, deep nesting
        return _NOT_JSON


_NOT_JSON = object()


def _snippet(response: httpx.Response, secrets: List[str]) -> str:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    text = redact(content[:65536].decode("utf-8", errors="replace"), secrets)
    text = " ".join(text.split())
    return (text[:200] + " ..." if len(text) > 200 else text) or "(empty body)"


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


class BaseClient:
    """Settings and the transport-independent half of every request."""

    _base_urls: Tuple[str, ...]

    def __init__(
        self,
        *,
        app_key: Optional[str],
        app_secret: Optional[str],
        region: Optional[str],
        base_url: Optional[str],
        backup_base_urls: Optional[Sequence[str]],
        timeout: Optional[TimeoutTypes],
        max_retries: Optional[int],
        default_headers: Optional[Mapping[str, str]],
        initial_retry_delay: float,
        max_retry_delay: float,
        total_timeout: Optional[float] = None,
        max_response_size: Optional[int] = None,
    ) -> None:
        app_key = app_key if app_key is not None else os.environ.get("YUNXIN_APP_KEY")
        app_secret = app_secret if app_secret is not None else os.environ.get("YUNXIN_APP_SECRET")
        if not app_key:
            raise ConfigurationError(
                "app_key is missing: pass app_key=... or set the YUNXIN_APP_KEY environment variable"
            )
        if not app_secret:
            raise ConfigurationError(
                "app_secret is missing: pass app_secret=... or set the YUNXIN_APP_SECRET environment variable"
            )
        region = region or os.environ.get("YUNXIN_REGION") or DEFAULT_REGION
        base_url = base_url or os.environ.get("YUNXIN_BASE_URL")
        if base_url:
            urls: Tuple[str, ...] = (base_url, *(backup_base_urls or ()))
        elif region in REGIONS:
            urls = (
                REGIONS[region]
                if backup_base_urls is None
                else (REGIONS[region][0], *backup_base_urls)
            )
        else:
            raise ConfigurationError(
                f"unknown region {region!r}: use one of {', '.join(map(repr, REGIONS))} or base_url=..."
            )
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ConfigurationError(f"base URL {url!r} must start with http:// or https://")
        if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
            raise ConfigurationError(
                f"max_retries must be a non-negative integer, not {max_retries!r}"
            )
        if timeout is not None and not isinstance(timeout, (int, float, httpx.Timeout)):
            raise ConfigurationError(
                f"timeout must be a number of seconds or a Timeout, not {timeout!r}"
            )
        _check_options({"total_timeout": total_timeout, "max_response_size": max_response_size})
        self.app_key = app_key
        self._app_secret = app_secret
        self.region = region
        self._base_urls = tuple(url.rstrip("/") for url in urls)
        self._active = 0
        self.timeout: TimeoutTypes = DEFAULT_TIMEOUT if timeout is None else timeout
        self.max_retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        self.default_headers: Dict[str, str] = dict(default_headers or {})
        #: Headers that are the same on every request of this client.
        self._static_headers: Dict[str, str] = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            "AppKey": app_key,
            **self.default_headers,
        }
        #: The static headers still to send with each request: none when they live on our own
        #: HTTP client (set once, cheaper per call), all of them on a caller's HTTP client.
        self._request_headers: Dict[str, str] = dict(self._static_headers)
        #: The headers of our own HTTP client, when we made it (see _build_request).
        self._client_headers: Optional[List[Tuple[str, str]]] = None
        self._timeout_extension = httpx.Timeout(self.timeout).as_dict()
        self.initial_retry_delay = initial_retry_delay
        self.max_retry_delay = max_retry_delay
        #: Deadline of the whole call, retries included (None: only the attempts are bounded).
        self.total_timeout = total_timeout
        #: Largest response body accepted, in bytes.
        self.max_response_size = (
            DEFAULT_MAX_RESPONSE_SIZE if max_response_size is None else max_response_size
        )
        self._attempt_seconds = attempt_seconds(self.timeout)
        #: True when our own connection pool enforces attempt deadlines on every socket operation.
        self._guarded = False

    @property
    def base_url(self) -> str:
        """The host requests go to now (it changes after a failover)."""
        return self._base_urls[self._active]

    @property
    def base_urls(self) -> Tuple[str, ...]:
        """All hosts, primary first."""
        return self._base_urls

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self.app_key!r}, region={self.region!r}, base_url={self.base_url!r})"

    def _settings(self) -> Dict[str, Any]:
        return {
            "app_key": self.app_key,
            "app_secret": self._app_secret,
            "region": self.region,
            "base_url": self._base_urls[0],
            "backup_base_urls": self._base_urls[1:],
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self.default_headers,
            "initial_retry_delay": self.initial_retry_delay,
            "max_retry_delay": self.max_retry_delay,
            "total_timeout": self.total_timeout,
            "max_response_size": self.max_response_size,
        }

    # -- building requests -----------------------------------------------------------------
    def _prepare(
        self,
        op: Operation[Any],
        path: Optional[Mapping[str, object]],
        query: Optional[Mapping[str, object]],
        body: Optional[Mapping[str, object]],
        header_params: Optional[Mapping[str, object]],
        options: RequestOptions,
    ) -> _Prepared:
        url_path = op.path
        if path:
            url_path = url_path.format_map(
                {name: quote(_scalar(value), safe="") for name, value in path.items()}
            )
        query_string = _query_string(query or {}, op.query_styles)
        extra_query = options.get("extra_query")
        if extra_query:
            query_string = "&".join(filter(None, (query_string, _query_string(extra_query, {}))))
        content = _encode_body(op, body, options.get("extra_body"))
        trace_id = options.get("trace_id") or str(uuid.uuid4())
        headers = dict(self._request_headers)
        if content is not None:
            headers["Content-Type"] = "application/json"
        if header_params:
            headers.update(
                {name: _scalar(value) for name, value in header_params.items() if value is not None}
            )
        extra_headers = options.get("extra_headers")
        if extra_headers:
            headers.update(extra_headers)
        timeout = options.get("timeout", self.timeout)
        max_retries = options.get("max_retries", self.max_retries)
        total_timeout = options.get("total_timeout", self.total_timeout)
        max_response_size = options.get("max_response_size", self.max_response_size)
        if timeout is self.timeout:
            seconds = self._attempt_seconds
        else:
            if not isinstance(timeout, (int, float, httpx.Timeout)):
                raise ConfigurationError(
                    f"timeout must be a number of seconds or a Timeout, not {timeout!r}"
                )
            seconds = attempt_seconds(timeout)
        if (
            total_timeout is not self.total_timeout
            or max_response_size is not self.max_response_size
        ):
            _check_options({"total_timeout": total_timeout, "max_response_size": max_response_size})
        return _Prepared(
            op,
            url_path,
            query_string,
            content,
            headers,
            timeout,
            max_retries,
            trace_id,
            bool(extra_headers),
            seconds,
            total_timeout,
            max_response_size,
            self._app_secret,
        )

    def _deadline(
        self, prepared: _Prepared, started: float, total_deadline: Optional[float]
    ) -> Optional[float]:
        """When the attempt starting now must end."""
        seconds = prepared.attempt_seconds
        deadline = None if seconds is None else started + seconds
        if total_deadline is not None and (deadline is None or total_deadline < deadline):
            return total_deadline
        return deadline

    def _build_request(
        self,
        client: Union[httpx.Client, httpx.AsyncClient],
        prepared: _Prepared,
        deadline: Optional[float],
        total_deadline: Optional[float],
    ) -> httpx.Request:
        signature = signature_headers(self._app_secret)
        prepared.secrets += (signature["CheckSum"], signature["Nonce"])
        headers = {**prepared.headers, **signature, TRACE_HEADER: prepared.trace_id}
        url = self._base_urls[self._active] + prepared.path
        if prepared.query:
            url = f"{url}?{prepared.query}"
        if prepared.timeout is self.timeout:
            extension = self._timeout_extension
        else:
            extension = httpx.Timeout(prepared.timeout).as_dict()
        if deadline is not None and (not self._guarded or deadline == total_deadline):
            # Without a guarded pool, or when total_timeout is nearer than the attempt's own
            # deadline, no phase may wait past the deadline (the pool wait included).
            left = max(deadline - time.monotonic(), 0.001)
            extension = {k: left if v is None or v > left else v for k, v in extension.items()}
        try:
            if self._client_headers is None or prepared.custom_headers:
                return client.build_request(
                    prepared.op.method,
                    url,
                    content=prepared.content,
                    headers=headers,
                    timeout=httpx.Timeout(**extension),
                )
            # Our own HTTP client has no cookies, params or base URL to merge: build the request
            # directly from its (already normalised) headers, which saves a third of httpx's cost.
            return httpx.Request(
                prepared.op.method,
                url,
                content=prepared.content,
                headers=[*self._client_headers, *headers.items()],
                extensions={"timeout": extension},
            )
        except (httpx.InvalidURL, ValueError, TypeError) as error:
            raise RequestBuildError(
                f"{prepared.op.method} {prepared.op.path}: the request cannot be built: {self._redact(prepared, str(error))}"
            ) from None

    def _redact(self, prepared: _Prepared, text: str) -> str:
        return redact(text, prepared.secrets)

    def _too_large(
        self, response: httpx.Response, prepared: _Prepared, size: str
    ) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"the response to {prepared.op.method} {prepared.op.path} is {size} bytes, more than "
            f"max_response_size={prepared.max_response_size}",
            response=response,
            trace_id=prepared.trace_id,
        )

    def _check_declared_size(self, response: httpx.Response, prepared: _Prepared) -> None:
        declared = response.headers.get("content-length")
        if declared and declared.isascii() and declared.isdigit():
            if len(declared) > 18 or int(declared) > prepared.max_response_size:
                response._content = b""  # nothing of it is read
                raise self._too_large(response, prepared, f"declared as {declared[:30]}")

    def _undecodable(
        self, response: httpx.Response, prepared: _Prepared, error: Exception
    ) -> MalformedResponseError:
        response._content = b""
        encoding = response.headers.get("content-encoding", "")
        return MalformedResponseError(
            self._redact(
                prepared,
                f"the response body of {prepared.op.method} {prepared.op.path} cannot be decoded as "
                f"Content-Encoding {encoding[:100]!r}: {error}",
            ),
            response=response,
            trace_id=prepared.trace_id,
        )

    # -- reading responses -----------------------------------------------------------------
    def _parse(self, op: Operation[T], response: httpx.Response, prepared: _Prepared) -> T:
        trace_id = prepared.trace_id
        payload = _load_json(response.content)
        code = _envelope_code(payload.get("code")) if isinstance(payload, dict) else None
        if code is None:
            if response.status_code >= 400:
                raise APIStatusError(
                    self._redact(
                        prepared,
                        f"HTTP {response.status_code} {response.reason_phrase[:100]}: {_snippet(response, prepared.secrets)}",
                    ),
                    response=response,
                    trace_id=trace_id,
                )
            if payload is _NOT_JSON:
                what = "is not JSON"
            elif isinstance(payload, dict) and "code" in payload:
                what = f"has a `code` that is not an integer ({_type_name(payload['code'])})"
            else:
                what = "is not the {code, msg, data} envelope"
            raise MalformedResponseError(
                f"the response body of {op.method} {op.path} (HTTP {response.status_code}) {what}: "
                f"{_snippet(response, prepared.secrets)}",
                response=response,
                trace_id=trace_id,
            )
        assert isinstance(payload, dict)
        if code != 200:
            msg = payload.get("msg")
            if not isinstance(msg, str):
                msg = "" if msg is None else json.dumps(msg, ensure_ascii=False, default=str)[:1000]
            raise api_error(
                code=code, msg=self._redact(prepared, msg), response=response, trace_id=trace_id
            )
        if response.status_code >= 400:
            raise APIStatusError(
                self._redact(
                    prepared,
                    f"HTTP {response.status_code} {response.reason_phrase[:100]} with API code 200: "
                    f"{_snippet(response, prepared.secrets)}",
                ),
                response=response,
                trace_id=trace_id,
            )
        model = op.response_model
        if model is None:
            return None  # type: ignore[return-value]
        data = payload.get("data")
        try:
            return model.model_validate({} if data is None else data)  # type: ignore[attr-defined,no-any-return]
        except pydantic.ValidationError as error:
            problems: List[Any] = error.errors(include_url=False, include_input=False)
            summary = f"{error.error_count()} problem(s), first: {_first_error(error)}"
        except (RecursionError, ValueError, TypeError) as error:  # pathological data
            problems, summary = [], type(error).__name__
        raise ResponseValidationError(
            self._redact(
                prepared,
                f"`data` of {op.method} {op.path} does not match {model.__name__}: {summary}",
            ),
            response=response,
            trace_id=trace_id,
            errors=problems,
        )

    # -- retrying --------------------------------------------------------------------------
    def _transport_error(
        self, error: Exception, request: httpx.Request, prepared: _Prepared
    ) -> Tuple[APIConnectionError, bool]:
        """The SDK error for a failed exchange (any httpx error, or anything unexpected while
        sending or reading), and whether the request may have reached the server."""
        not_sent = isinstance(
            error,
            (
                httpx.ConnectError,
                httpx.ConnectTimeout,
                httpx.PoolTimeout,
                httpx.UnsupportedProtocol,
            ),
        )
        where = f"{request.method} {request.url.copy_with(query=None)}"
        trace_id = prepared.trace_id
        if isinstance(error, httpx.TimeoutException):
            return (
                APITimeoutError(
                    f"{where} timed out ({type(error).__name__})",
                    request=request,
                    trace_id=trace_id,
                ),
                not not_sent,
            )
        reason = self._redact(prepared, str(error)[:300]) or type(error).__name__
        if not isinstance(error, httpx.HTTPError):
            reason = f"{type(error).__name__}: {reason}"
        return (
            APIConnectionError(f"{where} failed: {reason}", request=request, trace_id=trace_id),
            not not_sent,
        )

    def _should_retry(self, op: Operation[Any], error: Exception, reached: bool) -> bool:
        if isinstance(error, APIConnectionError):
            return not reached or op.idempotent
        if isinstance(error, APIError):
            return error.code in RETRY_ALWAYS_CODES or (
                op.idempotent and error.code in RETRY_IDEMPOTENT_CODES
            )
        if isinstance(error, APIStatusError):
            return error.status_code == 429 or (
                op.idempotent and (error.status_code >= 500 or error.status_code == 408)
            )
        if isinstance(error, MalformedResponseError):
            return op.idempotent
        return False

    def _retry_delay(self, retry: int, response: Optional[httpx.Response]) -> float:
        after = _retry_after(response)
        if after is not None and 0 <= after <= MAX_RETRY_AFTER:
            return after
        ceiling = min(self.initial_retry_delay * (2.0**retry), self.max_retry_delay)
        return ceiling * (0.5 + random.random() * 0.5)

    def _fail_over(self, failed_url: str) -> None:
        if len(self._base_urls) > 1 and self._base_urls[self._active] == failed_url:
            self._active = (self._active + 1) % len(self._base_urls)
            log.warning(
                "%s is unreachable; switching to %s", failed_url, self._base_urls[self._active]
            )

    def _after_failure(
        self,
        prepared: _Prepared,
        error: Exception,
        reached: bool,
        retry: int,
        base_url: str,
        total_deadline: Optional[float],
    ) -> Optional[float]:
        """Seconds to wait before the next attempt, or None to give up."""
        if retry >= prepared.max_retries or not self._should_retry(prepared.op, error, reached):
            return None
        if isinstance(error, APIConnectionError) and not reached:
            self._fail_over(base_url)
        response = error.response if isinstance(error, APIResponseError) else None
        delay = self._retry_delay(retry, response)
        if total_deadline is not None and time.monotonic() + delay >= total_deadline:
            log.info(
                "not retrying %s %s: total_timeout would pass (trace id %s)",
                prepared.op.method,
                prepared.path,
                prepared.trace_id,
            )
            return None
        log.info(
            "retrying %s %s in %.2f s after %s (retry %d of %d, trace id %s)",
            prepared.op.method,
            prepared.path,
            delay,
            type(error).__name__,
            retry + 1,
            prepared.max_retries,
            prepared.trace_id,
        )
        return delay

    def _log_attempt(
        self,
        prepared: _Prepared,
        response: Optional[httpx.Response],
        started: float,
        retry: int,
        outcome: str,
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "-"
            log.debug(
                "%s %s -> HTTP %s, %s in %.1f ms (attempt %d, trace id %s)",
                prepared.op.method,
                prepared.path,
                status,
                outcome,
                (time.monotonic() - started) * 1000,
                retry + 1,
                prepared.trace_id,
            )


def _check_options(options: Mapping[str, object]) -> None:
    total_timeout = options.get("total_timeout")
    if total_timeout is not None and (
        isinstance(total_timeout, bool)
        or not isinstance(total_timeout, (int, float))
        or not total_timeout > 0
    ):
        raise ConfigurationError(
            f"total_timeout must be a positive number of seconds or None, not {total_timeout!r}"
        )
    size = options.get("max_response_size")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size <= 0):
        raise ConfigurationError(
            f"max_response_size must be a positive number of bytes, not {size!r}"
        )


def _first_error(error: pydantic.ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    location = ".".join(str(part) for part in first.get("loc", ())) or "data"
    return f"{location}: {first.get('msg')}"


def _outcome(error: Optional[Exception]) -> str:
    if error is None:
        return "ok"
    if isinstance(error, APIError):
        return f"code {error.code}"
    return type(error).__name__


async def _sleep(seconds: float) -> None:
    import asyncio  # imported on the first retry only: most programs never pay for it

    await asyncio.sleep(seconds)


class SyncAPIClient(BaseClient):
    """The blocking client's transport: :class:`httpx.Client`."""

    def __init__(self, *, http_client: Optional[httpx.Client] = None, **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_http_client = http_client is None
        if http_client is None:
            http_client = httpx.Client(
                timeout=self.timeout, follow_redirects=False, headers=self._static_headers
            )
            self._request_headers = {}
            self._client_headers = http_client.headers.multi_items()
        self._guarded = guard(http_client)
        self._http = http_client

    def request(
        self,
        op: Operation[T],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        body: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
    ) -> T:
        """Send one call (with its retries) and return the parsed ``data``."""
        prepared = self._prepare(op, path, query, body, headers, options)
        total_deadline = (
            None if prepared.total_timeout is None else time.monotonic() + prepared.total_timeout
        )
        retry = 0
        while True:
            base_url = self._base_urls[self._active]
            started = time.monotonic()
            deadline = self._deadline(prepared, started, total_deadline)
            request = self._build_request(self._http, prepared, deadline, total_deadline)
            response: Optional[httpx.Response] = None
            error: Exception
            token = ATTEMPT.set((deadline, prepared.secrets))
            try:
                response = self._http.send(request, stream=True)
                self._read(response, prepared, deadline)
                result = self._parse(op, response, prepared)
            except APIResponseError as response_error:
                error, reached = response_error, True
            except YunxinError:
                raise
            except (
                Exception
            ) as failure:  # every httpx error, and anything else a hostile peer provokes
                error, reached = self._transport_error(failure, request, prepared)
            else:
                self._log_attempt(prepared, response, started, retry, "ok")
                if RAW_RESPONSE.get():
                    return RawResponse(  # type: ignore[return-value]
                        http_response=response,
                        parsed=result,
                        trace_id=prepared.trace_id,
                        retries_taken=retry,
                    )
                return result
            finally:
                ATTEMPT.reset(token)
            self._log_attempt(prepared, response, started, retry, _outcome(error))
            delay = self._after_failure(prepared, error, reached, retry, base_url, total_deadline)
            if delay is None:
                raise error
            time.sleep(delay)
            retry += 1

    def _read(
        self, response: httpx.Response, prepared: _Prepared, deadline: Optional[float]
    ) -> None:
        """Read the body within the deadline and the size limit (``response.content`` then works)."""
        try:
            self._check_declared_size(response, prepared)
            limit = prepared.max_response_size
            chunks: List[bytes] = []
            size = 0
            try:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    chunks.append(chunk)
                    if size > limit:
                        response._content = b"".join(chunks)[:limit]
                        raise self._too_large(response, prepared, f"more than {limit}")
                    if deadline is not None and time.monotonic() > deadline:
                        raise httpx.ReadTimeout(
                            "the attempt deadline passed while reading the body",
                            request=response.request,
                        )
            except httpx.DecodingError as error:
                raise self._undecodable(response, prepared, error) from None
            response._content = b"".join(chunks)
        finally:
            response.close()

    def close(self) -> None:
        """Close the underlying HTTP client if the SDK created it."""
        if self._owns_http_client:
            self._http.close()


class AsyncAPIClient(BaseClient):
    """The asyncio client's transport: :class:`httpx.AsyncClient`."""

    def __init__(self, *, http_client: Optional[httpx.AsyncClient] = None, **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_http_client = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(
                timeout=self.timeout, follow_redirects=False, headers=self._static_headers
            )
            self._request_headers = {}
            self._client_headers = http_client.headers.multi_items()
        self._guarded = guard(http_client)
        self._http = http_client

    async def request(
        self,
        op: Operation[T],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        body: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
    ) -> T:
        """Send one call (with its retries) and return the parsed ``data``."""
        prepared = self._prepare(op, path, query, body, headers, options)
        total_deadline = (
            None if prepared.total_timeout is None else time.monotonic() + prepared.total_timeout
        )
        retry = 0
        while True:
            base_url = self._base_urls[self._active]
            started = time.monotonic()
            deadline = self._deadline(prepared, started, total_deadline)
            request = self._build_request(self._http, prepared, deadline, total_deadline)
            response: Optional[httpx.Response] = None
            error: Exception
            token = ATTEMPT.set((deadline, prepared.secrets))
            try:
                if self._guarded or deadline is None:
                    response = await self._exchange(request, prepared, deadline)
                else:
                    response = await _within(self._exchange(request, prepared, deadline), deadline)
                result = self._parse(op, response, prepared)
            except APIResponseError as response_error:
                error, reached = response_error, True
            except YunxinError:
                raise
            except (
                Exception
            ) as failure:  # every httpx error, and anything else a hostile peer provokes
                error, reached = self._transport_error(failure, request, prepared)
            else:
                self._log_attempt(prepared, response, started, retry, "ok")
                if RAW_RESPONSE.get():
                    return RawResponse(  # type: ignore[return-value]
                        http_response=response,
                        parsed=result,
                        trace_id=prepared.trace_id,
                        retries_taken=retry,
                    )
                return result
            finally:
                ATTEMPT.reset(token)
            self._log_attempt(prepared, response, started, retry, _outcome(error))
            delay = self._after_failure(prepared, error, reached, retry, base_url, total_deadline)
            if delay is None:
                raise error
            await _sleep(delay)
            retry += 1

    async def _exchange(
        self, request: httpx.Request, prepared: _Prepared, deadline: Optional[float]
    ) -> httpx.Response:
        """Send the request and read the body within the deadline and the size limit."""
        response = await self._http.send(request, stream=True)
        try:
            self._check_declared_size(response, prepared)
            limit = prepared.max_response_size
            chunks: List[bytes] = []
            size = 0
            try:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    chunks.append(chunk)
                    if size > limit:
                        response._content = b"".join(chunks)[:limit]
                        raise self._too_large(response, prepared, f"more than {limit}")
                    if deadline is not None and time.monotonic() > deadline:
                        raise httpx.ReadTimeout(
                            "the attempt deadline passed while reading the body", request=request
                        )
            except httpx.DecodingError as error:
                raise self._undecodable(response, prepared, error) from None
            response._content = b"".join(chunks)
        finally:
            await response.aclose()
        return response

    async def close(self) -> None:
        """Close the underlying HTTP client if the SDK created it."""
        if self._owns_http_client:
            await self._http.aclose()


async def _within(awaitable: Any, deadline: float) -> httpx.Response:
    """Await ``awaitable`` until ``deadline`` (a caller's HTTP client, whose pool we do not guard)."""
    import asyncio

    try:
        return await asyncio.wait_for(awaitable, max(deadline - time.monotonic(), 0.0))
    except asyncio.TimeoutError:
        raise httpx.ReadTimeout("the attempt deadline passed") from None
