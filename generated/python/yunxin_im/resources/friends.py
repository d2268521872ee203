"""Friends: Add, update, list and remove the friends of an account, and answer friend requests.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import warnings
from typing import Optional, Union

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.friends import (
    AddFriendRequest,
    Friend,
    FriendAdditionHandleType,
    FriendPage,
    HandleFriendAdditionRequest,
    UpdateFriendRequest,
)

__all__ = [
    "AsyncFriends",
    "AsyncFriendsWithRawResponse",
    "Friends",
    "FriendsWithRawResponse",
]

_ADD: Operation[Friend] = Operation(
    name="addFriend",
    method="POST",
    path="/im/v2.1/friends",
    response_model=Friend,
    body_model=AddFriendRequest,
    idempotent=False,
)

_LIST: Operation[FriendPage] = Operation(
    name="listFriends",
    method="GET",
    path="/im/v2.1/friends",
    response_model=FriendPage,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_ADD_LEGACY: Operation[Friend] = Operation(
    name="addFriendLegacy",
    method="POST",
    path="/im/v2/friends",
    response_model=Friend,
    body_model=AddFriendRequest,
    idempotent=False,
    deprecation="add_legacy() calls the deprecated POST /im/v2/friends; use add() instead.",
)

_LIST_LEGACY: Operation[FriendPage] = Operation(
    name="listFriendsLegacy",
    method="GET",
    path="/im/v2/friends",
    response_model=FriendPage,
    idempotent=True,
    deprecation="list_legacy() calls the deprecated GET /im/v2/friends; use list() instead.",
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_DELETE: Operation[None] = Operation(
    name="deleteFriend",
    method="DELETE",
    path="/im/v2/friends/{account_id}",
    response_model=None,
    idempotent=True,
)

_UPDATE_LEGACY: Operation[Friend] = Operation(
    name="updateFriendLegacy",
    method="PATCH",
    path="/im/v2/friends/{account_id}",
    response_model=Friend,
    body_model=UpdateFriendRequest,
    idempotent=True,
    deprecation="update_legacy() calls the deprecated PATCH /im/v2/friends/{account_id}; use update() instead.",
)

_GET_LEGACY: Operation[Friend] = Operation(
    name="getFriendLegacy",
    method="GET",
    path="/im/v2/friends/{account_id}",
    response_model=Friend,
    idempotent=True,
    deprecation="get_legacy() calls the deprecated GET /im/v2/friends/{account_id}; use get() instead.",
)

_UPDATE: Operation[Friend] = Operation(
    name="updateFriend",
    method="PATCH",
    path="/im/v2.1/friends/{account_id}",
    response_model=Friend,
    body_model=UpdateFriendRequest,
    idempotent=True,
)

_GET: Operation[Friend] = Operation(
    name="getFriend",
    method="GET",
    path="/im/v2.1/friends/{account_id}",
    response_model=Friend,
    idempotent=True,
)

_HANDLE_REQUEST: Operation[Friend] = Operation(
    name="handleFriendAddition",
    method="POST",
    path="/im/v2.1/friends/actions/handle_friend_addition",
    response_model=Friend,
    body_model=HandleFriendAdditionRequest,
    idempotent=False,
)

_HANDLE_REQUEST_LEGACY: Operation[Friend] = Operation(
    name="handleFriendAdditionLegacy",
    method="POST",
    path="/im/v2/friends/actions/handle_friend_addition",
    response_model=Friend,
    body_model=HandleFriendAdditionRequest,
    idempotent=False,
    deprecation="handle_request_legacy() calls the deprecated POST /im/v2/friends/actions/handle_friend_addition; use handle_request() instead.",
)


class Friends:
    """Add, update, list and remove the friends of an account, and answer friend requests.

    Reached as ``client.friends``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def add(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[int] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Add a friend or send a friend request.

        Adds `friend_account_id` as a friend of `account_id`, or asks it to be friends, as `type`
        selects (its v2 values are not documented). The remark name and extensions given are stored
        on the owner's side and returned. Sending the call again may repeat the request to the other
        account, so it is not retried automatically.

        Args:
            account_id: The account that adds the friend or asks to be friends.
            friend_account_id: The account to add as a friend.
            type: How the friend is added. The values are not documented for v2; the v1 API used 1
                (add directly) and 2 (send a request that the other account answers with 3 accept or
                4 reject, as in the accept/reject operation). Left out, the server's default
                applies.
            alias: Remark name for the new friend.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs).
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the friend request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加好友, https://doc.yunxin.163.com/messaging2/server-apis/TU5NDMzMjM?platform=server
        """
        return self._client.request(
            _ADD,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )

    def list(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[FriendPage, Friend]:
        """List the friends of an account.

        Lists the friends of an account page by page, with the remark name and extensions stored for
        each. Pass `next_token` back as `page_token` while `has_more` is true. The official page
        says the result also tells whether each friendship is two-way, but names no field for it.

        Args:
            account_id: The account whose friends are listed. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                first friend.
            limit: Friends per page; default and maximum 100. At most 100; default 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`FriendPage`); iterate it to walk every `Friend` of every page, or use
            `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询好友列表, https://doc.yunxin.163.com/messaging2/server-apis/DUyNzA2OTc?platform=server
        """
        return SyncPage[FriendPage, Friend].first(
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    @deprecated(
        "add_legacy() calls the deprecated POST /im/v2/friends; use add() instead.", category=None
    )
    def add_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[int] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Add a friend or send a friend request (deprecated /im/v2 form).

        The /im/v2 form of the friend addition, with the same request and response. Use the /im/v2.1
        operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account that adds the friend or asks to be friends.
            friend_account_id: The account to add as a friend.
            type: How the friend is added. The values are not documented for v2; the v1 API used 1
                (add directly) and 2 (send a request that the other account answers with 3 accept or
                4 reject, as in the accept/reject operation). Left out, the server's default
                applies.
            alias: Remark name for the new friend.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs).
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the friend request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加好友, https://doc.yunxin.163.com/messaging2/server-apis/TU5NDMzMjM?platform=server
        """
        warnings.warn(
            "add_legacy() calls the deprecated POST /im/v2/friends; use add() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _ADD_LEGACY,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/friends; use list() instead.", category=None
    )
    def list_legacy(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[FriendPage, Friend]:
        """List the friends of an account (deprecated /im/v2 form).

        The /im/v2 form of the friend list, with the same parameters and response. Use the /im/v2.1
        operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account whose friends are listed. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                first friend.
            limit: Friends per page; default and maximum 100. At most 100; default 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`FriendPage`); iterate it to walk every `Friend` of every page, or use
            `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询好友列表, https://doc.yunxin.163.com/messaging2/server-apis/DUyNzA2OTc?platform=server
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/friends; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[FriendPage, Friend].first(
            self._client,
            _LIST_LEGACY,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    def delete(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        delete_alias: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a friend.

        Removes `friend_account_id` from the friends of the account in the path. With `delete_alias`
        the remark name the owner gave that friend is removed as well. The path has no /im/v2.1
        form.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend to remove. At most 32 characters.
            delete_alias: Also delete the remark name given to that friend. The server's default is
                not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除好友, https://doc.yunxin.163.com/messaging2/server-apis/Tk5NzI2ODQ?platform=server
        """
        return self._client.request(
            _DELETE,
            path={"account_id": account_id},
            query={"friend_account_id": friend_account_id, "delete_alias": delete_alias},
            options=options,
        )

    @deprecated(
        "update_legacy() calls the deprecated PATCH /im/v2/friends/{account_id}; use update() instead.",
        category=None,
    )
    def update_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Update the remark name or extensions of a friend (deprecated /im/v2 form).

        The /im/v2 form of the friend update, with the same request and response. Use the /im/v2.1
        operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend whose entry is changed.
            alias: New remark name.
            extension: New extension that both clients and the server can read and write.
            customer_extension: New extension that only the server API can set.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新好友信息, https://doc.yunxin.163.com/messaging2/server-apis/TcxMjIxMTg?platform=server
        """
        warnings.warn(
            "update_legacy() calls the deprecated PATCH /im/v2/friends/{account_id}; use update() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _UPDATE_LEGACY,
            path={"account_id": account_id},
            body={
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
            },
            options=options,
        )

    @deprecated(
        "get_legacy() calls the deprecated GET /im/v2/friends/{account_id}; use get() instead.",
        category=None,
    )
    def get_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Get one friend of an account (deprecated /im/v2 form).

        The /im/v2 form of the friend lookup, with the same parameters and response. Use the
        /im/v2.1 operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend to read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询好友信息, https://doc.yunxin.163.com/messaging2/server-apis/DYwOTk2NjQ?platform=server
        """
        warnings.warn(
            "get_legacy() calls the deprecated GET /im/v2/friends/{account_id}; use get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _GET_LEGACY,
            path={"account_id": account_id},
            query={"friend_account_id": friend_account_id},
            options=options,
        )

    def update(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Update the remark name or extensions of a friend.

        Changes what the account in the path stores about one of its friends: the remark name and
        the two extensions. Send only the fields to change. Returns the friend entry after the
        change; the official pages do not describe the response, which comes from the Java SDK.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend whose entry is changed.
            alias: New remark name.
            extension: New extension that both clients and the server can read and write.
            customer_extension: New extension that only the server API can set.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新好友信息, https://doc.yunxin.163.com/messaging2/server-apis/TcxMjIxMTg?platform=server
        """
        return self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
            },
            options=options,
        )

    def get(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Get one friend of an account.

        Reads what the account in the path stores about one of its friends: the remark name and the
        two extensions.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend to read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询好友信息, https://doc.yunxin.163.com/messaging2/server-apis/DYwOTk2NjQ?platform=server
        """
        return self._client.request(
            _GET,
            path={"account_id": account_id},
            query={"friend_account_id": friend_account_id},
            options=options,
        )

    def handle_request(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[Union[FriendAdditionHandleType, int]] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Accept or reject a friend request.

        Answers a pending friend request that `friend_account_id` sent to `account_id`: `type` 3
        accepts it (the default), 4 rejects it. On acceptance the remark name and extensions given
        are stored for the new friend and returned. Once answered, the request is no longer pending,
        so the call is not retried automatically.

        Args:
            account_id: The account that received the request and answers it.
            friend_account_id: The account that asked to be friends.
            type: How the request is answered. 3: accept (the default); 4: reject.
            alias: Remark name for the new friend. At most 128 characters.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs). At most 256 characters.
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the answer.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 同意/拒绝添加好友, https://doc.yunxin.163.com/messaging2/server-apis/zAwMzgwNTU?platform=server
        """
        return self._client.request(
            _HANDLE_REQUEST,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )

    @deprecated(
        "handle_request_legacy() calls the deprecated POST /im/v2/friends/actions/handle_friend_addition; use handle_request() instead.",
        category=None,
    )
    def handle_request_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[Union[FriendAdditionHandleType, int]] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Accept or reject a friend request (deprecated /im/v2 form).

        The /im/v2 form of the answer to a friend request, with the same request and response. The
        official page (2024/10/29) still shows this path; the API list and the Java SDK call the
        /im/v2.1 operation, which replaces it.

        Args:
            account_id: The account that received the request and answers it.
            friend_account_id: The account that asked to be friends.
            type: How the request is answered. 3: accept (the default); 4: reject.
            alias: Remark name for the new friend. At most 128 characters.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs). At most 256 characters.
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the answer.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 同意/拒绝添加好友, https://doc.yunxin.163.com/messaging2/server-apis/zAwMzgwNTU?platform=server
        """
        warnings.warn(
            "handle_request_legacy() calls the deprecated POST /im/v2/friends/actions/handle_friend_addition; use handle_request() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _HANDLE_REQUEST_LEGACY,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )


class AsyncFriends:
    """Add, update, list and remove the friends of an account, and answer friend requests.

    Reached as ``client.friends`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def add(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[int] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Add a friend or send a friend request.

        Adds `friend_account_id` as a friend of `account_id`, or asks it to be friends, as `type`
        selects (its v2 values are not documented). The remark name and extensions given are stored
        on the owner's side and returned. Sending the call again may repeat the request to the other
        account, so it is not retried automatically.

        Args:
            account_id: The account that adds the friend or asks to be friends.
            friend_account_id: The account to add as a friend.
            type: How the friend is added. The values are not documented for v2; the v1 API used 1
                (add directly) and 2 (send a request that the other account answers with 3 accept or
                4 reject, as in the accept/reject operation). Left out, the server's default
                applies.
            alias: Remark name for the new friend.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs).
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the friend request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加好友, https://doc.yunxin.163.com/messaging2/server-apis/TU5NDMzMjM?platform=server
        """
        return await self._client.request(
            _ADD,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )

    def list(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[FriendPage, Friend]:
        """List the friends of an account.

        Lists the friends of an account page by page, with the remark name and extensions stored for
        each. Pass `next_token` back as `page_token` while `has_more` is true. The official page
        says the result also tells whether each friendship is two-way, but names no field for it.

        Args:
            account_id: The account whose friends are listed. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                first friend.
            limit: Friends per page; default and maximum 100. At most 100; default 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`FriendPage`), or `async for` over it
            to walk every `Friend` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询好友列表, https://doc.yunxin.163.com/messaging2/server-apis/DUyNzA2OTc?platform=server
        """
        return AsyncPaginator[FriendPage, Friend](
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    @deprecated(
        "add_legacy() calls the deprecated POST /im/v2/friends; use add() instead.", category=None
    )
    async def add_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[int] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Add a friend or send a friend request (deprecated /im/v2 form).

        The /im/v2 form of the friend addition, with the same request and response. Use the /im/v2.1
        operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account that adds the friend or asks to be friends.
            friend_account_id: The account to add as a friend.
            type: How the friend is added. The values are not documented for v2; the v1 API used 1
                (add directly) and 2 (send a request that the other account answers with 3 accept or
                4 reject, as in the accept/reject operation). Left out, the server's default
                applies.
            alias: Remark name for the new friend.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs).
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the friend request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加好友, https://doc.yunxin.163.com/messaging2/server-apis/TU5NDMzMjM?platform=server
        """
        warnings.warn(
            "add_legacy() calls the deprecated POST /im/v2/friends; use add() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _ADD_LEGACY,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/friends; use list() instead.", category=None
    )
    def list_legacy(
        self,
        *,
        account_id: str,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[FriendPage, Friend]:
        """List the friends of an account (deprecated /im/v2 form).

        The /im/v2 form of the friend list, with the same parameters and response. Use the /im/v2.1
        operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account whose friends are listed. At most 32 characters.
            page_token: Cursor from the previous page's `next_token`; leave it out to start at the
                first friend.
            limit: Friends per page; default and maximum 100. At most 100; default 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`FriendPage`), or `async for` over it
            to walk every `Friend` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询好友列表, https://doc.yunxin.163.com/messaging2/server-apis/DUyNzA2OTc?platform=server
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/friends; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[FriendPage, Friend](
            self._client,
            _LIST_LEGACY,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    async def delete(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        delete_alias: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a friend.

        Removes `friend_account_id` from the friends of the account in the path. With `delete_alias`
        the remark name the owner gave that friend is removed as well. The path has no /im/v2.1
        form.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend to remove. At most 32 characters.
            delete_alias: Also delete the remark name given to that friend. The server's default is
                not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除好友, https://doc.yunxin.163.com/messaging2/server-apis/Tk5NzI2ODQ?platform=server
        """
        return await self._client.request(
            _DELETE,
            path={"account_id": account_id},
            query={"friend_account_id": friend_account_id, "delete_alias": delete_alias},
            options=options,
        )

    @deprecated(
        "update_legacy() calls the deprecated PATCH /im/v2/friends/{account_id}; use update() instead.",
        category=None,
    )
    async def update_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Update the remark name or extensions of a friend (deprecated /im/v2 form).

        The /im/v2 form of the friend update, with the same request and response. Use the /im/v2.1
        operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend whose entry is changed.
            alias: New remark name.
            extension: New extension that both clients and the server can read and write.
            customer_extension: New extension that only the server API can set.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新好友信息, https://doc.yunxin.163.com/messaging2/server-apis/TcxMjIxMTg?platform=server
        """
        warnings.warn(
            "update_legacy() calls the deprecated PATCH /im/v2/friends/{account_id}; use update() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _UPDATE_LEGACY,
            path={"account_id": account_id},
            body={
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
            },
            options=options,
        )

    @deprecated(
        "get_legacy() calls the deprecated GET /im/v2/friends/{account_id}; use get() instead.",
        category=None,
    )
    async def get_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Get one friend of an account (deprecated /im/v2 form).

        The /im/v2 form of the friend lookup, with the same parameters and response. Use the
        /im/v2.1 operation instead, which the API list and the Java SDK call.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend to read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询好友信息, https://doc.yunxin.163.com/messaging2/server-apis/DYwOTk2NjQ?platform=server
        """
        warnings.warn(
            "get_legacy() calls the deprecated GET /im/v2/friends/{account_id}; use get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _GET_LEGACY,
            path={"account_id": account_id},
            query={"friend_account_id": friend_account_id},
            options=options,
        )

    async def update(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Update the remark name or extensions of a friend.

        Changes what the account in the path stores about one of its friends: the remark name and
        the two extensions. Send only the fields to change. Returns the friend entry after the
        change; the official pages do not describe the response, which comes from the Java SDK.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend whose entry is changed.
            alias: New remark name.
            extension: New extension that both clients and the server can read and write.
            customer_extension: New extension that only the server API can set.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新好友信息, https://doc.yunxin.163.com/messaging2/server-apis/TcxMjIxMTg?platform=server
        """
        return await self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
            },
            options=options,
        )

    async def get(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Get one friend of an account.

        Reads what the account in the path stores about one of its friends: the remark name and the
        two extensions.

        Args:
            account_id: The account that owns the friend entry. At most 32 characters.
            friend_account_id: The friend to read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询好友信息, https://doc.yunxin.163.com/messaging2/server-apis/DYwOTk2NjQ?platform=server
        """
        return await self._client.request(
            _GET,
            path={"account_id": account_id},
            query={"friend_account_id": friend_account_id},
            options=options,
        )

    async def handle_request(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[Union[FriendAdditionHandleType, int]] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Accept or reject a friend request.

        Answers a pending friend request that `friend_account_id` sent to `account_id`: `type` 3
        accepts it (the default), 4 rejects it. On acceptance the remark name and extensions given
        are stored for the new friend and returned. Once answered, the request is no longer pending,
        so the call is not retried automatically.

        Args:
            account_id: The account that received the request and answers it.
            friend_account_id: The account that asked to be friends.
            type: How the request is answered. 3: accept (the default); 4: reject.
            alias: Remark name for the new friend. At most 128 characters.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs). At most 256 characters.
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the answer.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 同意/拒绝添加好友, https://doc.yunxin.163.com/messaging2/server-apis/zAwMzgwNTU?platform=server
        """
        return await self._client.request(
            _HANDLE_REQUEST,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )

    @deprecated(
        "handle_request_legacy() calls the deprecated POST /im/v2/friends/actions/handle_friend_addition; use handle_request() instead.",
        category=None,
    )
    async def handle_request_legacy(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Optional[Union[FriendAdditionHandleType, int]] = None,
        alias: Optional[str] = None,
        extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        postscript: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Friend:
        """Accept or reject a friend request (deprecated /im/v2 form).

        The /im/v2 form of the answer to a friend request, with the same request and response. The
        official page (2024/10/29) still shows this path; the API list and the Java SDK call the
        /im/v2.1 operation, which replaces it.

        Args:
            account_id: The account that received the request and answers it.
            friend_account_id: The account that asked to be friends.
            type: How the request is answered. 3: accept (the default); 4: reject.
            alias: Remark name for the new friend. At most 128 characters.
            extension: Extension that both clients and the server can read and write
                (`serverExtension` in the client SDKs). At most 256 characters.
            customer_extension: Extension that only the server API can set; the client SDKs pass it
                through.
            postscript: Message shown with the answer.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Friend`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 同意/拒绝添加好友, https://doc.yunxin.163.com/messaging2/server-apis/zAwMzgwNTU?platform=server
        """
        warnings.warn(
            "handle_request_legacy() calls the deprecated POST /im/v2/friends/actions/handle_friend_addition; use handle_request() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _HANDLE_REQUEST_LEGACY,
            query={"type": type},
            body={
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "alias": alias,
                "extension": extension,
                "customer_extension": customer_extension,
                "postscript": postscript,
            },
            options=options,
        )


class FriendsWithRawResponse:
    """The methods of :class:`Friends`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Friends) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.list = to_raw_response_wrapper(resource.list)
        self.add_legacy = to_raw_response_wrapper(resource.add_legacy)
        self.list_legacy = to_raw_response_wrapper(resource.list_legacy)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update_legacy = to_raw_response_wrapper(resource.update_legacy)
        self.get_legacy = to_raw_response_wrapper(resource.get_legacy)
        self.update = to_raw_response_wrapper(resource.update)
        self.get = to_raw_response_wrapper(resource.get)
        self.handle_request = to_raw_response_wrapper(resource.handle_request)
        self.handle_request_legacy = to_raw_response_wrapper(resource.handle_request_legacy)


class AsyncFriendsWithRawResponse:
    """The methods of :class:`AsyncFriends`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncFriends) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.add_legacy = async_to_raw_response_wrapper(resource.add_legacy)
        self.list_legacy = async_to_raw_response_wrapper(resource.list_legacy)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update_legacy = async_to_raw_response_wrapper(resource.update_legacy)
        self.get_legacy = async_to_raw_response_wrapper(resource.get_legacy)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.handle_request = async_to_raw_response_wrapper(resource.handle_request)
        self.handle_request_legacy = async_to_raw_response_wrapper(resource.handle_request_legacy)
