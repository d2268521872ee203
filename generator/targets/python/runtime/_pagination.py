"""Pages of list operations, and iterators that walk every page.

Cursor-style operations send ``page_token`` and read ``next_token``; offset-style ones
(chatroom members) send ``offset`` and read the next offset. Which operation pages how comes
from the spec's ``x-pagination``. A page stops the walk when the server says there is no more
(``has_more`` false), when it returns no items, or when the next token does not advance.

Every walk ends: a next token already used earlier in the same walk (a server rotating A, B,
A, ...) raises :class:`PaginationError`, as does a token that is not a string or offset or is
longer than ``MAX_TOKEN_LENGTH``; and no walk fetches more than ``max_pages`` pages or goes on
after ``max_items`` items (per call options, defaults ``DEFAULT_MAX_PAGES`` and
``DEFAULT_MAX_ITEMS``; None lifts the bound) but raises :class:`PageLimitError` instead.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
)

import pydantic

from ._base_client import Operation
from ._exceptions import PageLimitError, PaginationError, YunxinError
from ._response import RAW_RESPONSE, RawResponse
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DEFAULT_MAX_ITEMS",
    "DEFAULT_MAX_PAGES",
    "MAX_TOKEN_LENGTH",
    "AsyncPage",
    "AsyncPaginator",
    "SyncPage",
]

#: Most pages one walk fetches, unless the call passes ``max_pages=``.
DEFAULT_MAX_PAGES = 1000
#: Most items one walk receives before it stops fetching, unless the call passes ``max_items=``.
DEFAULT_MAX_ITEMS = 100_000
#: Longest next token followed (longer ones raise PaginationError rather than an unusable URL).
MAX_TOKEN_LENGTH = 4096

# The bound is a string so that importing this module does not load pydantic's model machinery.
ResultT = TypeVar("ResultT", bound="pydantic.BaseModel")
ItemT = TypeVar("ItemT")


class _PageBase(Generic[ResultT, ItemT]):
    def __init__(
        self,
        *,
        op: Operation[ResultT],
        path: Optional[Mapping[str, object]],
        query: Dict[str, object],
        body: Optional[Mapping[str, object]],
        headers: Optional[Mapping[str, object]],
        options: RequestOptions,
        data: ResultT,
        walk: Optional[_Walk] = None,
    ) -> None:
        self._op = op
        self._path = path
        self._query = query
        self._body = body
        self._headers = headers
        self._options = options
        #: The typed ``data`` of this page's response.
        self.data = data
        if walk is None:
            first_token = query.get(self._spec.request_token)
            walk = _Walk(0, 0, {} if first_token is None else {_key(first_token): 0})
        self._walk = walk
        self._received = walk.received + len(self.items)

    @property
    def _spec(self) -> Any:
        assert self._op.page is not None
        return self._op.page

    @property
    def items(self) -> List[ItemT]:
        """The items on this page."""
        items = getattr(self.data, self._spec.items, None)
        return list(items or [])

    def _next_token(self) -> Optional[object]:
        spec = self._spec
        if spec.has_more is not None and getattr(self.data, spec.has_more, None) is False:
            return None
        items = self.items
        if not items:
            return None
        current = self._query.get(spec.request_token)
        if spec.style == "offset":
            reported = (
                getattr(self.data, spec.response_token, None) if spec.response_token else None
            )
            token: Optional[object] = (
                reported if reported is not None else _offset(current) + len(items)
            )
        else:
            token = getattr(self.data, spec.response_token, None) if spec.response_token else None
        if token is None or token == "" or token == current:
            return None
        name = spec.response_token or spec.request_token
        if isinstance(token, bool) or not isinstance(token, (str, int)):
            raise PaginationError(
                f"the next page's {name} is a {type(token).__name__}, not a token"
            )
        if isinstance(token, str) and len(token) > MAX_TOKEN_LENGTH:
            raise PaginationError(
                f"the next page's {name} has {len(token)} characters, more than MAX_TOKEN_LENGTH={MAX_TOKEN_LENGTH}"
            )
        if isinstance(token, int) and not 0 <= token < 2**63:
            raise PaginationError(f"the next page's {name} is {token}, not an offset")
        return token

    def has_next_page(self) -> bool:
        """True when another page can be fetched."""
        return self._next_token() is not None

    def _advance(self) -> Tuple[Dict[str, object], _Walk]:
        """The query of the next page and its place in the walk; raises at a bound or a loop."""
        token = self._next_token()
        if token is None:
            raise IndexError("no more pages")
        walk = self._walk
        page = walk.page + 1  # the next page's index, 0 being the first
        seen = walk.seen.get(_key(token), page)
        if seen < page:
            raise PaginationError(
                f"the server sent page {page + 1} of this walk a next token already used for page {seen + 1}: "
                "following it would loop for ever"
            )
        max_pages = self._options.get("max_pages", DEFAULT_MAX_PAGES)
        max_items = self._options.get("max_items", DEFAULT_MAX_ITEMS)
        if max_pages is not None and page >= max_pages:
            raise PageLimitError(
                f"{page} page(s) fetched and the server has more: max_pages={max_pages} reached",
                pages=page,
                items=self._received,
            )
        if max_items is not None and self._received >= max_items:
            raise PageLimitError(
                f"{self._received} item(s) received and the server has more: max_items={max_items} reached",
                pages=page,
                items=self._received,
            )
        walk.seen.setdefault(_key(token), page)
        return {**self._query, self._spec.request_token: token}, _Walk(
            page, self._received, walk.seen
        )

    def __repr__(self) -> str:
        try:
            more: object = self.has_next_page()
        except YunxinError:
            more = "invalid"
        return f"<{type(self).__name__} of {type(self.data).__name__}: {len(self.items)} item(s), more={more}>"


class _Walk:
    """Where a page is in its walk: its index, the items before it, the tokens used so far."""

    __slots__ = ("page", "received", "seen")

    def __init__(self, page: int, received: int, seen: Dict[object, int]) -> None:
        self.page = page
        self.received = received
        self.seen = seen


def _key(token: object) -> object:
    return str(token)


def _offset(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19:
        return int(value)
    return 0


class SyncPage(_PageBase[ResultT, ItemT]):
    """One page of a list operation; iterating it walks every item of every page.

    ``page.items`` holds this page's items, ``page.data`` the whole typed response,
    ``page.next_page()`` fetches the next one, ``page.iter_pages()`` yields the pages.
    """

    def __init__(self, *, client: SyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    @classmethod
    def first(
        cls,
        client: SyncAPIClient,
        op: Operation[ResultT],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        body: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
        walk: Optional[_Walk] = None,
    ) -> SyncPage[ResultT, ItemT]:
        """Fetch the first page."""
        query = dict(query or {})
        result: Any = client.request(
            op, path=path, query=query, body=body, headers=headers, options=options
        )
        data = result.parse() if isinstance(result, RawResponse) else result
        page = cls(
            client=client,
            op=op,
            path=path,
            query=query,
            body=body,
            headers=headers,
            options=options,
            data=data,
            walk=walk,
        )
        return result.with_parsed(page) if isinstance(result, RawResponse) else page  # type: ignore[return-value]

    def next_page(self) -> SyncPage[ResultT, ItemT]:
        """Fetch the page after this one; raises StopIteration when there is none, and
        PaginationError / PageLimitError when the walk loops or reaches its bound."""
        if not self.has_next_page():
            raise StopIteration("no more pages")
        query, walk = self._advance()
        token = RAW_RESPONSE.set(False)
        try:
            return SyncPage.first(
                self._client,
                self._op,
                path=self._path,
                query=query,
                body=self._body,
                headers=self._headers,
                options=self._options,
                walk=walk,
            )
        finally:
            RAW_RESPONSE.reset(token)

    def iter_pages(self) -> Iterator[SyncPage[ResultT, ItemT]]:
        """This page and every following one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[ResultT, ItemT]):
    """The asyncio twin of :class:`SyncPage`: ``async for item in page`` walks every page."""

    def __init__(self, *, client: AsyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    @classmethod
    async def first(
        cls,
        client: AsyncAPIClient,
        op: Operation[ResultT],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        body: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
        walk: Optional[_Walk] = None,
    ) -> AsyncPage[ResultT, ItemT]:
        """Fetch the first page."""
        query = dict(query or {})
        result: Any = await client.request(
            op, path=path, query=query, body=body, headers=headers, options=options
        )
        data = result.parse() if isinstance(result, RawResponse) else result
        page = cls(
            client=client,
            op=op,
            path=path,
            query=query,
            body=body,
            headers=headers,
            options=options,
            data=data,
            walk=walk,
        )
        return result.with_parsed(page) if isinstance(result, RawResponse) else page  # type: ignore[return-value]

    async def next_page(self) -> AsyncPage[ResultT, ItemT]:
        """Fetch the page after this one; raises StopAsyncIteration when there is none, and
        PaginationError / PageLimitError when the walk loops or reaches its bound."""
        if not self.has_next_page():
            raise StopAsyncIteration("no more pages")
        query, walk = self._advance()
        token = RAW_RESPONSE.set(False)
        try:
            return await AsyncPage.first(
                self._client,
                self._op,
                path=self._path,
                query=query,
                body=self._body,
                headers=self._headers,
                options=self._options,
                walk=walk,
            )
        finally:
            RAW_RESPONSE.reset(token)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ResultT, ItemT]]:
        """This page and every following one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[ResultT, ItemT]):
    """What async list methods return: ``await`` it for the first page, or ``async for`` over
    it to walk every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        op: Operation[ResultT],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        body: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
    ) -> None:
        self._client = client
        self._op = op
        self._path = path
        self._query = query
        self._body = body
        self._headers = headers
        self._options = options

    def _first(self) -> Any:
        return AsyncPage.first(
            self._client,
            self._op,
            path=self._path,
            query=self._query,
            body=self._body,
            headers=self._headers,
            options=self._options,
        )

    def __await__(self) -> Generator[Any, None, AsyncPage[ResultT, ItemT]]:
        return self._first().__await__()  # type: ignore[no-any-return]

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page: AsyncPage[ResultT, ItemT] = await self._first()
        async for item in page:
            yield item
