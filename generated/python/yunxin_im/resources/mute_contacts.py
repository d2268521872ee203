"""Mute list: Accounts whose messages another account does not want to be notified about.

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
    "AsyncMuteContacts",
    "AsyncMuteContactsWithRawResponse",
    "MuteContacts",
    "MuteContactsWithRawResponse",
]

_LIST: Operation[ContactPage] = Operation(
    name="listMuteContacts",
    method="GET",
    path="/im/v2/mute_contacts",
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

_ADD: Operation[None] = Operation(
    name="addMuteContact",
    method="POST",
    path="/im/v2/mute_contacts",
    response_model=None,
    body_model=AddContactRequest,
    idempotent=True,
)

_REMOVE: Operation[None] = Operation(
    name="removeMuteContact",
    method="DELETE",
    path="/im/v2/mute_contacts/{account_id}",
    response_model=None,
    idempotent=True,
)


class MuteContacts:
    """Accounts whose messages another account does not want to be notified about.

    Reached as ``client.mute_contacts``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ContactPage, str]:
        """List the accounts an account has muted.

        Lists, page by page, the accounts whose messages the given account has muted: it still
        receives their messages but is not notified of them. Pass `next_token` back as `page_token`
        while `has_more` is true. The page-size default and maximum are not documented.

        Args:
            account_id: The account whose mute list is read. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                beginning.
            limit: Accounts per page; the default and maximum are not documented.
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

        Official documentation: 分页查询静音列表, https://doc.yunxin.163.com/messaging2/server-apis/Tg4MDk4NzA?platform=server
        """
        return SyncPage[ContactPage, str].first(
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    def add(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mute another account for an account.

        Puts `contact_account_id` on the mute list of `account_id`, so that `account_id` is no
        longer notified of its messages. Sending the call twice leaves the same list, so it may be
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

        Official documentation: 设置静音, https://doc.yunxin.163.com/messaging2/server-apis/DEzNTg0Nzg?platform=server
        """
        return self._client.request(
            _ADD,
            body={"account_id": account_id, "contact_account_id": contact_account_id},
            options=options,
        )

    def remove(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unmute an account for an account.

        Takes `contact_account_id` off the mute list of the account in the path, so that the account
        is notified of its messages again.

        Args:
            account_id: The account that owns the mute list. At most 32 characters.
            contact_account_id: The account to take off the mute list. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 解除静音, https://doc.yunxin.163.com/messaging2/server-apis/jk1MTE5Nzc?platform=server
        """
        return self._client.request(
            _REMOVE,
            path={"account_id": account_id},
            query={"contact_account_id": contact_account_id},
            options=options,
        )


class AsyncMuteContacts:
    """Accounts whose messages another account does not want to be notified about.

    Reached as ``client.mute_contacts`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ContactPage, str]:
        """List the accounts an account has muted.

        Lists, page by page, the accounts whose messages the given account has muted: it still
        receives their messages but is not notified of them. Pass `next_token` back as `page_token`
        while `has_more` is true. The page-size default and maximum are not documented.

        Args:
            account_id: The account whose mute list is read. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                beginning.
            limit: Accounts per page; the default and maximum are not documented.
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

        Official documentation: 分页查询静音列表, https://doc.yunxin.163.com/messaging2/server-apis/Tg4MDk4NzA?platform=server
        """
        return AsyncPaginator[ContactPage, str](
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    async def add(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mute another account for an account.

        Puts `contact_account_id` on the mute list of `account_id`, so that `account_id` is no
        longer notified of its messages. Sending the call twice leaves the same list, so it may be
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

        Official documentation: 设置静音, https://doc.yunxin.163.com/messaging2/server-apis/DEzNTg0Nzg?platform=server
        """
        return await self._client.request(
            _ADD,
            body={"account_id": account_id, "contact_account_id": contact_account_id},
            options=options,
        )

    async def remove(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unmute an account for an account.

        Takes `contact_account_id` off the mute list of the account in the path, so that the account
        is notified of its messages again.

        Args:
            account_id: The account that owns the mute list. At most 32 characters.
            contact_account_id: The account to take off the mute list. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 解除静音, https://doc.yunxin.163.com/messaging2/server-apis/jk1MTE5Nzc?platform=server
        """
        return await self._client.request(
            _REMOVE,
            path={"account_id": account_id},
            query={"contact_account_id": contact_account_id},
            options=options,
        )


class MuteContactsWithRawResponse:
    """The methods of :class:`MuteContacts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: MuteContacts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncMuteContactsWithRawResponse:
    """The methods of :class:`AsyncMuteContacts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncMuteContacts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
