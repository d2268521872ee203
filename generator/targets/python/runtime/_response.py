"""Raw responses: ``client.with_raw_response.<resource>.<method>(...)``."""

from __future__ import annotations

import codecs
import contextvars
import functools
import json
from typing import Any, Awaitable, Callable, Dict, Generic, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

__all__ = ["RawResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

#: Set while a ``with_raw_response`` call runs; the request machinery then returns a RawResponse.
RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "yunxin_im_raw_response", default=False
)


class RawResponse(Generic[T]):
    """The HTTP exchange behind a successful call, next to its parsed result.

    Attributes:
        http_response: The final :class:`httpx.Response`.
        trace_id: The X-custom-traceid sent with the call.
        retries_taken: How many retries were needed (0 when the first attempt succeeded).
    """

    def __init__(
        self, *, http_response: httpx.Response, parsed: T, trace_id: str, retries_taken: int
    ) -> None:
        self.http_response = http_response
        self.trace_id = trace_id
        self.retries_taken = retries_taken
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body as text: decoded with the charset the server names when that works,
        else as UTF-8 with undecodable bytes replaced. Never raises."""
        content = self.http_response.content
        charset = self.http_response.charset_encoding
        if charset:
            try:
                codecs.lookup(charset)
                return content.decode(charset)
            except (LookupError, UnicodeError, ValueError, TypeError):
                pass
        return content.decode("utf-8", errors="replace")

    @property
    def signature(self) -> Dict[str, str]:
        """The signing headers of the attempt that succeeded: AppKey, Nonce, CurTime and
        CheckSum. They are secrets for five minutes: never shown in a repr or message, only here."""
        headers = self.http_response.request.headers
        return {
            name: headers[name]
            for name in ("AppKey", "Nonce", "CurTime", "CheckSum")
            if name in headers
        }

    def json(self) -> Any:
        """The whole body decoded from JSON: the ``{code, msg, data}`` envelope."""
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        """The typed result the method returns without ``with_raw_response``."""
        return self._parsed

    @property
    def parsed(self) -> T:
        """Same as :meth:`parse`."""
        return self._parsed

    def with_parsed(self, parsed: R) -> RawResponse[R]:
        """The same exchange with another parsed result (used to wrap pages)."""
        return RawResponse(
            http_response=self.http_response,
            parsed=parsed,
            trace_id=self.trace_id,
            retries_taken=self.retries_taken,
        )

    def __repr__(self) -> str:
        # Only what the SDK chose: never headers or body text, which may echo the signature.
        return f"<RawResponse [{self.status_code}] trace_id={self.trace_id!r} retries_taken={self.retries_taken}>"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Turn a method that returns a result into one that returns the :class:`RawResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast("RawResponse[R]", func(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast("RawResponse[R]", await func(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped
