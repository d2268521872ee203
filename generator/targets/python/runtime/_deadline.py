"""Attempt deadlines: ``timeout`` bounds a whole attempt, not each socket read.

httpx applies its timeouts to every single read and write, so a server that trickles a few
bytes at a time keeps an attempt alive for ever. The clients this SDK builds wrap the network
backend of their connection pool: every connect, read and write of the socket then waits at
most until the deadline of the attempt in progress (a context variable, so each thread and
each asyncio task has its own), and fails with a timeout once it has passed. An
``http_client`` passed in by the caller is guarded the same way when its transports are
httpx's own; otherwise its attempts are bounded per read and per body chunk, and (asyncio) by
a timeout around the whole attempt.
"""

from __future__ import annotations

import contextvars
import time
from typing import Any, List, Optional, Tuple, Union

import httpcore  # loaded by httpx already: importing it here costs nothing
import httpx

__all__ = ["ATTEMPT", "attempt_seconds", "guard"]

#: The attempt in progress in this thread or task: the monotonic time at which it must end
#: (None: no deadline) and the secrets that must not be logged; None outside attempts.
ATTEMPT: contextvars.ContextVar[Optional[Tuple[Optional[float], List[str]]]] = (
    contextvars.ContextVar("yunxin_im_attempt", default=None)
)


def attempt_seconds(timeout: Union[float, httpx.Timeout, None]) -> Optional[float]:
    """The deadline of one attempt: the number given, or the largest phase of a Timeout."""
    if timeout is None:
        return None
    if isinstance(timeout, (int, float)):
        return float(timeout)
    phases = [
        value
        for value in (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if value is not None
    ]
    return max(phases) if phases else None


def _left(timeout: Optional[float], error: type) -> Optional[float]:
    attempt = ATTEMPT.get()
    deadline = None if attempt is None else attempt[0]
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt deadline has passed")
    return left if timeout is None or timeout > left else timeout


class _Stream:
    """A sync network stream whose operations end at the attempt deadline."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))  # type: ignore[no-any-return]

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: Optional[str] = None,
        timeout: Optional[float] = None,
    ) -> Any:
        return _Stream(
            self._stream.start_tls(
                ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
            )
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend:
    """A sync network backend whose connections end at the attempt deadline."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, timeout: Optional[float] = None, **kwargs: Any
    ) -> _Stream:
        return _Stream(
            self._backend.connect_tcp(host, port, _left(timeout, httpcore.ConnectTimeout), **kwargs)
        )

    def connect_unix_socket(
        self, path: str, timeout: Optional[float] = None, **kwargs: Any
    ) -> _Stream:
        return _Stream(
            self._backend.connect_unix_socket(
                path, _left(timeout, httpcore.ConnectTimeout), **kwargs
            )
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream:
    """The asyncio twin of :class:`_Stream`."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        return await self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))  # type: ignore[no-any-return]

    async def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        await self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: Optional[str] = None,
        timeout: Optional[float] = None,
    ) -> Any:
        stream = await self._stream.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _AsyncStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend:
    """The asyncio twin of :class:`_Backend`."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: Optional[float] = None, **kwargs: Any
    ) -> _AsyncStream:
        stream = await self._backend.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), **kwargs
        )
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: Optional[float] = None, **kwargs: Any
    ) -> _AsyncStream:
        stream = await self._backend.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), **kwargs
        )
        return _AsyncStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def guard(http_client: Union[httpx.Client, httpx.AsyncClient]) -> bool:
    """Make the connection pools of an HTTP client honour attempt deadlines.

    Outside an SDK attempt the wrapped pools behave exactly as before, so a caller's client may
    be guarded too. Returns False when some transport keeps no httpcore pool (a custom or mock
    transport, another httpx version): such a client is bounded per read and per body chunk.
    """
    transports = [
        getattr(http_client, "_transport", None),
        *getattr(http_client, "_mounts", {}).values(),
    ]
    wrapper = _AsyncBackend if isinstance(http_client, httpx.AsyncClient) else _Backend
    guarded = True
    for transport in transports:
        if transport is None:
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            guarded = False
        elif not isinstance(backend, (_Backend, _AsyncBackend)):
            pool._network_backend = wrapper(backend)  # type: ignore[union-attr]
    return guarded
