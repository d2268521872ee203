"""Types shared by the clients: per-request options and timeouts."""

from __future__ import annotations

from typing import Mapping, Union

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
        timeout: Timeout of each attempt, in seconds or as a :class:`Timeout`.
        max_retries: How many times a failed attempt may be retried.
        trace_id: Value of the X-custom-traceid header; a UUID is generated otherwise.
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
    timeout: TimeoutTypes
    max_retries: int
    trace_id: str
