"""Block list: Accounts another account has blocked (黑名单).

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Optional

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.contacts import AddContactRequest, ContactPage

__all__ = [
    "AsyncBlockContacts",
    "AsyncBlockContactsWithRawResponse",
    "BlockContacts",
    "BlockContactsWithRawResponse",
]

_ADD: Operation[None] = Operation(
    name="addBlockContact",
    method="POST",
    path="/im/v2/block_contacts",
    response_model=None,
    body_model=AddContactRequest,
    idempotent=True,
)

_LIST: Operation[ContactPage] = Operation(
    name="listBlockContacts",
    method="GET",
    path="/im/v2/block_contacts",
    response_model=ContactPage,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_REMOVE: Operation[None] = Operation(
    name="removeBlockContact",
    method="DELETE",
    path="/im/v2/block_contacts/{account_id}",
    response_model=None,
    idempotent=True,
)


class BlockContacts:
    """Accounts another account has blocked (黑名单).

    Reached as ``client.block_contacts``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def add(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Block another account for an account.

        Puts `contact_account_id` on the block list (黑名单) of `account_id`, so that it can no longer
        send messages to `account_id`. Sending the call twice leaves the same list, so it may be
        retried.

        Args:
            account_id: The account that owns the list. At most 32 characters.
            contact_account_id: The account to put on the list. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 列入黑名单, https://doc.yunxin.163.com/messaging2/server-apis/Dk0MTM1MTE?platform=server
        """
        return self._client.request(
            _ADD,
            body={"account_id": account_id, "contact_account_id": contact_account_id},
            options=options,
        )

    def list(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ContactPage, str]:
        """List the accounts an account has blocked.

        Lists, page by page, the accounts on the block list of the given account. Pass `next_token`
        back as `page_token` while `has_more` is true.

        Args:
            account_id: The account whose block list is read. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                beginning.
            limit: Accounts per page; default and maximum 100. At most 100; default 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ContactPage`); iterate it to walk every string of every page, or use
            `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询黑名单列表, https://doc.yunxin.163.com/messaging2/server-apis/TM0MjkzNTI?platform=server
        """
        return SyncPage[ContactPage, str].first(
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    def remove(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unblock an account for an account.

        Takes `contact_account_id` off the block list of the account in the path, so that it can
        send messages to that account again.

        Args:
            account_id: The account that owns the block list. At most 32 characters.
            contact_account_id: The account to take off the block list. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 移出黑名单, https://doc.yunxin.163.com/messaging2/server-apis/DE0MzMwNTI?platform=server
        """
        return self._client.request(
            _REMOVE,
            path={"account_id": account_id},
            query={"contact_account_id": contact_account_id},
            options=options,
        )


class AsyncBlockContacts:
    """Accounts another account has blocked (黑名单).

    Reached as ``client.block_contacts`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def add(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Block another account for an account.

        Puts `contact_account_id` on the block list (黑名单) of `account_id`, so that it can no longer
        send messages to `account_id`. Sending the call twice leaves the same list, so it may be
        retried.

        Args:
            account_id: The account that owns the list. At most 32 characters.
            contact_account_id: The account to put on the list. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 列入黑名单, https://doc.yunxin.163.com/messaging2/server-apis/Dk0MTM1MTE?platform=server
        """
        return await self._client.request(
            _ADD,
            body={"account_id": account_id, "contact_account_id": contact_account_id},
            options=options,
        )

    def list(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ContactPage, str]:
        """List the accounts an account has blocked.

        Lists, page by page, the accounts on the block list of the given account. Pass `next_token`
        back as `page_token` while `has_more` is true.

        Args:
            account_id: The account whose block list is read. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                beginning.
            limit: Accounts per page; default and maximum 100. At most 100; default 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ContactPage`), or `async for` over it
            to walk every string of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询黑名单列表, https://doc.yunxin.163.com/messaging2/server-apis/TM0MjkzNTI?platform=server
        """
        return AsyncPaginator[ContactPage, str](
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    async def remove(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unblock an account for an account.

        Takes `contact_account_id` off the block list of the account in the path, so that it can
        send messages to that account again.

        Args:
            account_id: The account that owns the block list. At most 32 characters.
            contact_account_id: The account to take off the block list. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 移出黑名单, https://doc.yunxin.163.com/messaging2/server-apis/DE0MzMwNTI?platform=server
        """
        return await self._client.request(
            _REMOVE,
            path={"account_id": account_id},
            query={"contact_account_id": contact_account_id},
            options=options,
        )


class BlockContactsWithRawResponse:
    """The methods of :class:`BlockContacts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: BlockContacts) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.list = to_raw_response_wrapper(resource.list)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncBlockContactsWithRawResponse:
    """The methods of :class:`AsyncBlockContacts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncBlockContacts) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.remove = async_to_raw_response_wrapper(resource.remove)
