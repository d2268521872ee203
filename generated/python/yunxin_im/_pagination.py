"""Pages of list operations, and iterators that walk every page.

Cursor-style operations send ``page_token`` and read ``next_token``; offset-style ones
(chatroom members) send ``offset`` and read the next offset. Which operation pages how comes
from the spec's ``x-pagination``. A page stops the walk when the server says there is no more
(``has_more`` false), when it returns no items, or when the next token does not advance.
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
    TypeVar,
)

import pydantic

from ._base_client import Operation
from ._response import RAW_RESPONSE, RawResponse
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

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
    ) -> None:
        self._op = op
        self._path = path
        self._query = query
        self._body = body
        self._headers = headers
        self._options = options
        #: The typed ``data`` of this page's response.
        self.data = data

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
            start = (
                int(current) if isinstance(current, (int, str)) and str(current).isdigit() else 0
            )
            token: Optional[object] = reported if reported is not None else start + len(items)
        else:
            token = getattr(self.data, spec.response_token, None) if spec.response_token else None
        if token in (None, "") or token == current:
            return None
        return token

    def has_next_page(self) -> bool:
        """True when another page can be fetched."""
        return self._next_token() is not None

    def _next_query(self) -> Dict[str, object]:
        return {**self._query, self._spec.request_token: self._next_token()}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {type(self.data).__name__}: {len(self.items)} item(s), more={self.has_next_page()}>"


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
        )
        return result.with_parsed(page) if isinstance(result, RawResponse) else page  # type: ignore[return-value]

    def next_page(self) -> SyncPage[ResultT, ItemT]:
        """Fetch the page after this one; raises StopIteration when there is none."""
        if not self.has_next_page():
            raise StopIteration("no more pages")
        token = RAW_RESPONSE.set(False)
        try:
            return SyncPage.first(
                self._client,
                self._op,
                path=self._path,
                query=self._next_query(),
                body=self._body,
                headers=self._headers,
                options=self._options,
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
        )
        return result.with_parsed(page) if isinstance(result, RawResponse) else page  # type: ignore[return-value]

    async def next_page(self) -> AsyncPage[ResultT, ItemT]:
        """Fetch the page after this one; raises StopAsyncIteration when there is none."""
        if not self.has_next_page():
            raise StopAsyncIteration("no more pages")
        token = RAW_RESPONSE.set(False)
        try:
            return await AsyncPage.first(
                self._client,
                self._op,
                path=self._path,
                query=self._next_query(),
                body=self._body,
                headers=self._headers,
                options=self._options,
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
