"""Types shared by the clients: per-request options and timeouts."""

from __future__ import annotations

from typing import Mapping, Optional, Union

import httpx
from typing_extensions import TypedDict

__all__ = ["RequestOptions", "Timeout", "TimeoutTypes"]

#: Connect/read/write/pool timeouts, e.g. ``Timeout(10.0, connect=2.0)``.
Timeout = httpx.Timeout

#: A number of seconds for every phase, or a :class:`Timeout` with separate phases.
TimeoutTypes = Union[float, httpx.Timeout]


class RequestOptions(TypedDict, total=False):
    """Options every SDK method accepts as keyword arguments, for that call only.

    Attributes:
        extra_headers: Headers to add to (or override in) the request.
        extra_query: Query parameters to add to the request.
        extra_body: Top-level JSON properties to add to the request body.
        timeout: Deadline of each attempt (connect, send, headers and body together), in
            seconds or as a :class:`Timeout` (whose largest phase is then the deadline).
        total_timeout: Deadline of the whole call, retries and their waits included, in seconds.
        max_retries: How many times a failed attempt may be retried.
        max_response_size: Largest response body accepted, in bytes (after decompression).
        max_pages: Most pages a walk over a list fetches before raising PageLimitError (None: no bound).
        max_items: Most items a walk over a list receives before raising PageLimitError (None: no bound).
        trace_id: Value of the X-custom-traceid header; a UUID is generated otherwise.
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
    timeout: TimeoutTypes
    total_timeout: Optional[float]
    max_retries: int
    max_response_size: int
    max_pages: Optional[int]
    max_items: Optional[int]
    trace_id: str
