"""Streaming messages: send an iterable of text chunks as one message.

The API takes a streaming message as a series of ordinary calls: the first names the message
with a client id and carries the settings; every later one names it with the server id the
first answer returned; chunks are numbered from 0 and the last one is flagged finished. Which
operation and which fields come from the spec's ``x-sdk-stream``.
"""

from __future__ import annotations

import uuid
from typing import (
    Any,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Iterable,
    Iterator,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from ._exceptions import YunxinError

__all__ = ["StreamSpec", "async_send_stream", "send_stream"]

T = TypeVar("T")


class StreamSpec:
    """Where a chunk operation keeps the pieces of a chunk (dotted paths inside the chunk)."""

    __slots__ = ("chunk", "finish", "first_id", "index", "next_id", "result_id", "text")

    def __init__(
        self,
        *,
        chunk: str,
        text: str,
        index: str,
        finish: str,
        first_id: str,
        next_id: str,
        result_id: str,
    ) -> None:
        self.chunk = chunk
        self.text = text
        self.index = index
        self.finish = finish
        self.first_id = first_id
        self.next_id = next_id
        self.result_id = result_id


def _put(target: Dict[str, Any], dotted: str, value: Any) -> None:
    *parents, leaf = dotted.split(".")
    for name in parents:
        target = target.setdefault(name, {})
    target[leaf] = value


def _chunk(
    spec: StreamSpec, text: str, index: int, last: bool, id_field: str, id_value: Any
) -> Dict[str, Any]:
    if not isinstance(text, str):
        raise TypeError(f"stream chunks must be str, got {type(text).__name__}")
    chunk: Dict[str, Any] = {}
    _put(chunk, id_field, id_value)
    _put(chunk, spec.text, text)
    _put(chunk, spec.index, index)
    _put(chunk, spec.finish, 1 if last else 0)
    return chunk


def _with_lookahead(chunks: Iterable[str]) -> Iterator[Tuple[str, bool]]:
    """Each chunk and whether it is the last one."""
    iterator = iter(chunks)
    try:
        current = next(iterator)
    except StopIteration:
        raise ValueError("chunks is empty: a streaming message needs at least one chunk") from None
    for upcoming in iterator:
        yield current, False
        current = upcoming
    yield current, True


def _server_id(spec: StreamSpec, answer: Any, expect: Type[T]) -> T:
    value = getattr(answer, spec.result_id, None)
    if not isinstance(value, expect):
        raise YunxinError(
            f"the answer to the first chunk has no {spec.result_id}, so the stream cannot go on; got {answer!r}"
        )
    return value


def send_stream(
    send: Callable[..., Any],
    chunks: Iterable[str],
    spec: StreamSpec,
    *,
    fixed: Mapping[str, Any],
    settings: Mapping[str, Any],
    first_id: Optional[str],
    expect: Type[T],
    options: Mapping[str, Any],
) -> T:
    """Send every chunk through ``send`` (the chunk method) and return the message's server id."""
    server_id: Optional[T] = None
    for index, (text, last) in enumerate(_with_lookahead(chunks)):
        if server_id is None:
            chunk = _chunk(spec, text, index, last, spec.first_id, first_id or str(uuid.uuid4()))
            answer = send(**fixed, **settings, **{spec.chunk: chunk}, **options)
            server_id = _server_id(spec, answer, expect)
        else:
            send(
                **fixed,
                **{spec.chunk: _chunk(spec, text, index, last, spec.next_id, server_id)},
                **options,
            )
    assert server_id is not None
    return server_id


async def _async_with_lookahead(
    chunks: Union[Iterable[str], AsyncIterable[str]],
) -> AsyncIterator[Tuple[str, bool]]:
    """Each chunk of a sync or async iterable and whether it is the last one."""
    if not isinstance(chunks, AsyncIterable):
        for item in _with_lookahead(chunks):
            yield item
        return
    iterator = chunks.__aiter__()
    try:
        current = await iterator.__anext__()
    except StopAsyncIteration:
        raise ValueError("chunks is empty: a streaming message needs at least one chunk") from None
    async for upcoming in iterator:
        yield current, False
        current = upcoming
    yield current, True


async def async_send_stream(
    send: Callable[..., Awaitable[Any]],
    chunks: Union[Iterable[str], AsyncIterable[str]],
    spec: StreamSpec,
    *,
    fixed: Mapping[str, Any],
    settings: Mapping[str, Any],
    first_id: Optional[str],
    expect: Type[T],
    options: Mapping[str, Any],
) -> T:
    """The asyncio twin of :func:`send_stream`; ``chunks`` may also be an async iterable."""
    server_id: Optional[T] = None
    index = 0
    async for text, last in _async_with_lookahead(chunks):
        if server_id is None:
            chunk = _chunk(spec, text, index, last, spec.first_id, first_id or str(uuid.uuid4()))
            answer = await send(**fixed, **settings, **{spec.chunk: chunk}, **options)
            server_id = _server_id(spec, answer, expect)
        else:
            await send(
                **fixed,
                **{spec.chunk: _chunk(spec, text, index, last, spec.next_id, server_id)},
                **options,
            )
        index += 1
    assert server_id is not None
    return server_id
