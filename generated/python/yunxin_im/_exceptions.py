"""Exceptions raised by the NetEase Yunxin IM server API v2 SDK.

Everything the SDK raises on purpose derives from :class:`YunxinError`::

    YunxinError
    ├── ConfigurationError          missing credentials, unknown region, bad option
    ├── RequestBuildError           the arguments do not make a valid HTTP request
    ├── APIConnectionError          no usable HTTP exchange with the server
    │   └── APITimeoutError         an attempt or the whole call ran past its deadline
    ├── APIResponseError            the server answered, but not with success
    │   ├── APIStatusError          HTTP 4xx/5xx without an API envelope
    │   ├── ResponseTooLargeError   the body is larger than max_response_size
    │   ├── MalformedResponseError  body is not JSON, not the envelope, or cannot be decoded
    │   │   └── ResponseValidationError  `data` does not fit its schema (keeps the raw body)
    │   └── APIError                envelope `code` is not 200
    │       ├── PermissionDeniedError   code 403
    │       ├── NotFoundError           code 404
    │       ├── InvalidParameterError   code 414
    │       ├── RateLimitError          code 416
    │       ├── DuplicateOperationError code 417
    │       ├── QuantityLimitError      code 419
    │       ├── InternalServerError     code 500
    │       ├── ServerBusyError         code 503
    │       ├── ServiceUnavailableError code 514
    ├── PaginationError             a paging answer cannot be followed (token repeated, invalid)
    │   └── PageLimitError          a walk reached max_pages or max_items
    └── PartialFailureError         raise_for_failures() found failed items in a batch result

Every message ends with the call's trace id, the value sent as X-custom-traceid. No message
or repr holds the AppSecret, or the CheckSum or Nonce of the call (see ``_redact``).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Type

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "ConfigurationError",
    "DuplicateOperationError",
    "FailedItem",
    "InternalServerError",
    "InvalidParameterError",
    "MalformedResponseError",
    "NotFoundError",
    "PageLimitError",
    "PaginationError",
    "PartialFailureError",
    "PermissionDeniedError",
    "QuantityLimitError",
    "RateLimitError",
    "RequestBuildError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerBusyError",
    "ServiceUnavailableError",
    "YunxinError",
]


class YunxinError(Exception):
    """Base class of every error the SDK raises."""


class ConfigurationError(YunxinError, ValueError):
    """The client was given missing or invalid settings."""


class RequestBuildError(YunxinError, ValueError):
    """The arguments of a call do not make a valid HTTP request (for example, the URL is too long)."""


class APIConnectionError(YunxinError):
    """The request did not lead to a usable response: DNS, connect, TLS or transfer failure."""

    def __init__(
        self,
        message: str,
        *,
        request: Optional[httpx.Request] = None,
        trace_id: Optional[str] = None,
    ) -> None:
        self.request = request
        self.trace_id = trace_id
        super().__init__(_with_trace_id(message, trace_id))


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading, or waiting for a pooled connection)."""


class APIResponseError(YunxinError):
    """The server answered, but the answer is not a success."""

    def __init__(self, message: str, *, response: httpx.Response, trace_id: Optional[str]) -> None:
        self.response = response
        self.status_code = response.status_code
        self.trace_id = trace_id
        super().__init__(_with_trace_id(message, trace_id))


class APIStatusError(APIResponseError):
    """HTTP status 4xx or 5xx with a body that is not the API envelope."""


class ResponseTooLargeError(APIResponseError):
    """The body is larger than ``max_response_size``; it was not read to the end."""


class MalformedResponseError(APIResponseError):
    """The body is not JSON, is not the ``{code, msg, data}`` envelope, cannot be decoded, or
    ``data`` does not match its schema."""


class ResponseValidationError(MalformedResponseError):
    """The envelope says success but ``data`` does not match the operation's schema.

    Attributes:
        body: The raw response body.
        errors: The validation problems, as pydantic lists them.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, trace_id: Optional[str], errors: List[Any]
    ) -> None:
        self.body = response.content
        self.errors = errors
        super().__init__(message, response=response, trace_id=trace_id)


class APIError(APIResponseError):
    """The API answered with a ``code`` other than 200.

    Attributes:
        code: The API result code.
        msg: The server's explanation.
        trace_id: The X-custom-traceid of the call.
        response: The HTTP response (its ``status_code`` is usually 200).
    """

    def __init__(
        self, *, code: int, msg: str, response: httpx.Response, trace_id: Optional[str]
    ) -> None:
        self.code = code
        self.msg = msg
        super().__init__(f"API error {code}: {msg}", response=response, trace_id=trace_id)


class PermissionDeniedError(APIError):
    """Code 403: The operation is not allowed, or the app has no permission for it."""


class NotFoundError(APIError):
    """Code 404: The object the call refers to does not exist."""


class InvalidParameterError(APIError):
    """Code 414: A parameter is missing or invalid; a failed CheckSum check also returns 414."""


class RateLimitError(APIError):
    """Code 416: The app called this kind of operation more often than its package allows."""


class DuplicateOperationError(APIError):
    """Code 417: The same operation was already performed."""


class QuantityLimitError(APIError):
    """Code 419: A quantity (members, items, ...) is over its limit."""


class InternalServerError(APIError):
    """Code 500: The server failed while handling the call."""


class ServerBusyError(APIError):
    """Code 503: The server is too busy to handle the call now."""


class ServiceUnavailableError(APIError):
    """Code 514: The service is not available for this app."""


#: Result code -> exception class; codes not listed raise :class:`APIError` itself.
ERRORS_BY_CODE: Dict[int, Type[APIError]] = {
    403: PermissionDeniedError,
    404: NotFoundError,
    414: InvalidParameterError,
    416: RateLimitError,
    417: DuplicateOperationError,
    419: QuantityLimitError,
    500: InternalServerError,
    503: ServerBusyError,
    514: ServiceUnavailableError,
}


def api_error(
    *, code: int, msg: str, response: httpx.Response, trace_id: Optional[str]
) -> APIError:
    """The exception for an envelope whose ``code`` is not 200."""
    return ERRORS_BY_CODE.get(code, APIError)(
        code=code, msg=msg, response=response, trace_id=trace_id
    )


class FailedItem:
    """One item of a batch call that did not succeed."""

    __slots__ = ("code", "id", "message", "raw")

    def __init__(self, id: Any, code: Optional[int], message: Optional[str], raw: Any) -> None:
        self.id = id
        self.code = code
        self.message = message
        self.raw = raw

    def __repr__(self) -> str:
        return f"FailedItem(id={self.id!r}, code={self.code!r}, message={self.message!r})"


class PartialFailureError(YunxinError):
    """A batch call succeeded as a whole but some of its items failed.

    Raised by ``raise_for_failures()`` on batch results, for callers that want all or nothing.
    """

    def __init__(self, failures: List[FailedItem]) -> None:
        self.failures = failures
        self.failed_ids = [failure.id for failure in failures]
        details = ", ".join(f"{f.id!r} ({f.code}: {f.message})" for f in failures[:10])
        more = f" and {len(failures) - 10} more" if len(failures) > 10 else ""
        super().__init__(f"{len(failures)} item(s) failed: {details}{more}")


class PaginationError(YunxinError):
    """A page's answer cannot be followed: its next token was seen before in this walk, or is not a
    valid token."""

    def __init__(self, message: str, *, trace_id: Optional[str] = None) -> None:
        self.trace_id = trace_id
        super().__init__(_with_trace_id(message, trace_id))


class PageLimitError(PaginationError):
    """A walk over pages reached its ``max_pages`` or ``max_items`` bound before the last page.

    Attributes:
        pages: Pages fetched so far.
        items: Items received so far.
    """

    def __init__(
        self, message: str, *, pages: int, items: int, trace_id: Optional[str] = None
    ) -> None:
        self.pages = pages
        self.items = items
        super().__init__(message, trace_id=trace_id)


def _with_trace_id(message: str, trace_id: Optional[str]) -> str:
    return f"{message} (trace id: {trace_id})" if trace_id else message
