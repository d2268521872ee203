"""Broadcasts: Broadcast notifications to every account of the app, or to every chatroom.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import warnings
from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.broadcasts import (
    Broadcast,
    BroadcastListType,
    BroadcastPage,
    ChatroomBroadcast,
    ChatroomBroadcastMessage,
    ChatroomBroadcastMessageConfig,
    ChatroomBroadcastResendFlag,
    SendBroadcastRequest,
    SendChatroomBroadcastRequest,
)
from ..models.messages import AntispamConfig, RouteConfig

__all__ = [
    "AsyncBroadcasts",
    "AsyncBroadcastsWithRawResponse",
    "Broadcasts",
    "BroadcastsWithRawResponse",
]

_SEND: Operation[Broadcast] = Operation(
    name="sendBroadcast",
    method="POST",
    path="/im/v2/broadcast_notification",
    response_model=Broadcast,
    body_model=SendBroadcastRequest,
    idempotent=False,
)

_LIST: Operation[BroadcastPage] = Operation(
    name="listBroadcasts",
    method="GET",
    path="/im/v2/broadcast_notification",
    response_model=BroadcastPage,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_DELETE: Operation[None] = Operation(
    name="deleteBroadcast",
    method="DELETE",
    path="/im/v2/broadcast_notification/{broadcast_id}",
    response_model=None,
    idempotent=True,
)

_GET: Operation[Broadcast] = Operation(
    name="getBroadcast",
    method="GET",
    path="/im/v2/broadcast_notification/{broadcast_id}",
    response_model=Broadcast,
    idempotent=True,
)

_SEND_TO_CHATROOMS: Operation[ChatroomBroadcast] = Operation(
    name="sendChatroomBroadcast",
    method="POST",
    path="/im/v2.1/broadcast_notification/actions/chatroom",
    response_model=ChatroomBroadcast,
    body_model=SendChatroomBroadcastRequest,
    idempotent=False,
)

_SEND_TO_CHATROOMS_LEGACY: Operation[ChatroomBroadcast] = Operation(
    name="sendChatroomBroadcastLegacy",
    method="POST",
    path="/im/v2/broadcast_notification/actions/chatroom",
    response_model=ChatroomBroadcast,
    body_model=SendChatroomBroadcastRequest,
    idempotent=False,
    deprecation="send_to_chatrooms_legacy() calls the deprecated POST /im/v2/broadcast_notification/actions/chatroom; use send_to_chatrooms() instead.",
)


class Broadcasts:
    """Broadcast notifications to every account of the app, or to every chatroom.

    Reached as ``client.broadcasts``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        content: str,
        from_account_id: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        ttl: Optional[int] = None,
        target_os: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Broadcast:
        """Broadcast a notification to every account of the app.

        Sends one broadcast notification to every account of the app, optionally only to some client
        platforms and optionally kept for accounts that are offline (for `ttl` hours). The answer
        describes the stored broadcast, whose `broadcast_id` reads or deletes it later. Broadcasts
        have their own rate limit: not available on the standard package, 10 per minute by default
        on the advanced one.

        Args:
            content: Content of the broadcast. At most 4096 characters.
            from_account_id: Account shown as the sender of the broadcast.
            offline_enabled: Keep the broadcast for accounts that are offline and deliver it when
                they log in. Default false.
            ttl: How long the broadcast is kept for offline accounts, in hours (168 is seven days).
                Only used when `offline_enabled` is true. Default 168.
            target_os: Client platforms that receive the broadcast, for example `ios`, `aos`
                (Android), `pc`, `web`, `mac`; every platform when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Broadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送广播消息, https://doc.yunxin.163.com/messaging2/server-apis/zMzMzUxODQ?platform=server
        """
        return self._client.request(
            _SEND,
            body={
                "content": content,
                "from_account_id": from_account_id,
                "offline_enabled": offline_enabled,
                "ttl": ttl,
                "target_os": target_os,
            },
            options=options,
        )

    def list(
        self,
        *,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        type: Optional[Union[BroadcastListType, int]] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[BroadcastPage, Broadcast]:
        """List the app's broadcasts, page by page.

        Lists the app's broadcast notifications, all of them or only those kept (or not kept) for
        offline accounts. Pages hold at most 100 broadcasts; pass `next_token` back as `page_token`
        while `has_more` is true.

        Args:
            page_token: Cursor returned as `next_token` by the previous page; leave it out for the
                first page.
            limit: Page size; 0 or less means the largest size. At most 100; default 100.
            type: Which broadcasts to list. 1: all (default); 2: kept for offline accounts; 3: not
                kept for offline accounts.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`BroadcastPage`); iterate it to walk every `Broadcast` of every page, or
            use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询广播消息, https://doc.yunxin.163.com/messaging2/server-apis/zgxNTU3Mjc?platform=server
        """
        return SyncPage[BroadcastPage, Broadcast].first(
            self._client,
            _LIST,
            query={"page_token": page_token, "limit": limit, "type": type},
            options=options,
        )

    def delete(
        self,
        *,
        broadcast_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a broadcast.

        Deletes a broadcast notification, so that offline accounts no longer receive it. Nothing is
        returned.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was sent.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除广播消息, https://doc.yunxin.163.com/messaging2/server-apis/jcwMzM0MDY?platform=server
        """
        return self._client.request(
            _DELETE,
            path={"broadcast_id": broadcast_id},
            options=options,
        )

    def get(
        self,
        *,
        broadcast_id: str,
        **options: Unpack[RequestOptions],
    ) -> Broadcast:
        """Get a broadcast.

        Reads one broadcast notification by its id.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was sent.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Broadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询广播消息, https://doc.yunxin.163.com/messaging2/server-apis/DA0Njc5MzE?platform=server
        """
        return self._client.request(
            _GET,
            path={"broadcast_id": broadcast_id},
            options=options,
        )

    def send_to_chatrooms(
        self,
        *,
        client_broadcast_id: str,
        sender_id: str,
        message: Union[ChatroomBroadcastMessage, Mapping[str, Any]],
        extension: Optional[str] = None,
        resend_flag: Optional[Union[ChatroomBroadcastResendFlag, int]] = None,
        message_config: Optional[Union[ChatroomBroadcastMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBroadcast:
        """Broadcast a message to every chatroom.

        Sends one message to every chatroom of the app, optionally only to members whose tags match
        `message_config.notify_target_tags`. Choose `client_broadcast_id` yourself: clients use it
        to drop a broadcast sent again with `resend_flag` 1. Shares the broadcast rate limit (not
        available on the standard package).

        Args:
            client_broadcast_id: Your own id for the broadcast, which clients use to drop
                duplicates.
            sender_id: Account that sends the broadcast.
            message: What a chatroom broadcast says. Text and tip messages use `text`; every other
                kind puts its content in `attachment`.
            extension: Extension of your own. At most 4096 characters.
            resend_flag: Whether a chatroom broadcast is a resend. 0: first send; 1: resend,
                de-duplicated by clients through `client_broadcast_id`.
            message_config: Delivery settings of a chatroom broadcast.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBroadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送聊天室全服广播消息, https://doc.yunxin.163.com/messaging2/server-apis/DQyMDY2MzQ?platform=server
        """
        return self._client.request(
            _SEND_TO_CHATROOMS,
            body={
                "client_broadcast_id": client_broadcast_id,
                "sender_id": sender_id,
                "extension": extension,
                "resend_flag": resend_flag,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
            },
            options=options,
        )

    @deprecated(
        "send_to_chatrooms_legacy() calls the deprecated POST /im/v2/broadcast_notification/actions/chatroom; use send_to_chatrooms() instead.",
        category=None,
    )
    def send_to_chatrooms_legacy(
        self,
        *,
        client_broadcast_id: str,
        sender_id: str,
        message: Union[ChatroomBroadcastMessage, Mapping[str, Any]],
        extension: Optional[str] = None,
        resend_flag: Optional[Union[ChatroomBroadcastResendFlag, int]] = None,
        message_config: Optional[Union[ChatroomBroadcastMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBroadcast:
        """Broadcast a message to every chatroom (deprecated /im/v2 form).

        The /im/v2 form of the broadcast to every chatroom, as Apifox and the older Java SDK call
        it. It takes the same body as the /im/v2.1 operation, which replaces it; the answer is
        assumed to have the same shape.

        Args:
            client_broadcast_id: Your own id for the broadcast, which clients use to drop
                duplicates.
            sender_id: Account that sends the broadcast.
            message: What a chatroom broadcast says. Text and tip messages use `text`; every other
                kind puts its content in `attachment`.
            extension: Extension of your own. At most 4096 characters.
            resend_flag: Whether a chatroom broadcast is a resend. 0: first send; 1: resend,
                de-duplicated by clients through `client_broadcast_id`.
            message_config: Delivery settings of a chatroom broadcast.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBroadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送聊天室全服广播消息, https://doc.yunxin.163.com/messaging2/server-apis/DQyMDY2MzQ?platform=server
        """
        warnings.warn(
            "send_to_chatrooms_legacy() calls the deprecated POST /im/v2/broadcast_notification/actions/chatroom; use send_to_chatrooms() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _SEND_TO_CHATROOMS_LEGACY,
            body={
                "client_broadcast_id": client_broadcast_id,
                "sender_id": sender_id,
                "extension": extension,
                "resend_flag": resend_flag,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
            },
            options=options,
        )


class AsyncBroadcasts:
    """Broadcast notifications to every account of the app, or to every chatroom.

    Reached as ``client.broadcasts`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        content: str,
        from_account_id: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        ttl: Optional[int] = None,
        target_os: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Broadcast:
        """Broadcast a notification to every account of the app.

        Sends one broadcast notification to every account of the app, optionally only to some client
        platforms and optionally kept for accounts that are offline (for `ttl` hours). The answer
        describes the stored broadcast, whose `broadcast_id` reads or deletes it later. Broadcasts
        have their own rate limit: not available on the standard package, 10 per minute by default
        on the advanced one.

        Args:
            content: Content of the broadcast. At most 4096 characters.
            from_account_id: Account shown as the sender of the broadcast.
            offline_enabled: Keep the broadcast for accounts that are offline and deliver it when
                they log in. Default false.
            ttl: How long the broadcast is kept for offline accounts, in hours (168 is seven days).
                Only used when `offline_enabled` is true. Default 168.
            target_os: Client platforms that receive the broadcast, for example `ios`, `aos`
                (Android), `pc`, `web`, `mac`; every platform when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Broadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送广播消息, https://doc.yunxin.163.com/messaging2/server-apis/zMzMzUxODQ?platform=server
        """
        return await self._client.request(
            _SEND,
            body={
                "content": content,
                "from_account_id": from_account_id,
                "offline_enabled": offline_enabled,
                "ttl": ttl,
                "target_os": target_os,
            },
            options=options,
        )

    def list(
        self,
        *,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        type: Optional[Union[BroadcastListType, int]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[BroadcastPage, Broadcast]:
        """List the app's broadcasts, page by page.

        Lists the app's broadcast notifications, all of them or only those kept (or not kept) for
        offline accounts. Pages hold at most 100 broadcasts; pass `next_token` back as `page_token`
        while `has_more` is true.

        Args:
            page_token: Cursor returned as `next_token` by the previous page; leave it out for the
                first page.
            limit: Page size; 0 or less means the largest size. At most 100; default 100.
            type: Which broadcasts to list. 1: all (default); 2: kept for offline accounts; 3: not
                kept for offline accounts.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`BroadcastPage`), or `async for` over
            it to walk every `Broadcast` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询广播消息, https://doc.yunxin.163.com/messaging2/server-apis/zgxNTU3Mjc?platform=server
        """
        return AsyncPaginator[BroadcastPage, Broadcast](
            self._client,
            _LIST,
            query={"page_token": page_token, "limit": limit, "type": type},
            options=options,
        )

    async def delete(
        self,
        *,
        broadcast_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a broadcast.

        Deletes a broadcast notification, so that offline accounts no longer receive it. Nothing is
        returned.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was sent.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除广播消息, https://doc.yunxin.163.com/messaging2/server-apis/jcwMzM0MDY?platform=server
        """
        return await self._client.request(
            _DELETE,
            path={"broadcast_id": broadcast_id},
            options=options,
        )

    async def get(
        self,
        *,
        broadcast_id: str,
        **options: Unpack[RequestOptions],
    ) -> Broadcast:
        """Get a broadcast.

        Reads one broadcast notification by its id.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was sent.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Broadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询广播消息, https://doc.yunxin.163.com/messaging2/server-apis/DA0Njc5MzE?platform=server
        """
        return await self._client.request(
            _GET,
            path={"broadcast_id": broadcast_id},
            options=options,
        )

    async def send_to_chatrooms(
        self,
        *,
        client_broadcast_id: str,
        sender_id: str,
        message: Union[ChatroomBroadcastMessage, Mapping[str, Any]],
        extension: Optional[str] = None,
        resend_flag: Optional[Union[ChatroomBroadcastResendFlag, int]] = None,
        message_config: Optional[Union[ChatroomBroadcastMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBroadcast:
        """Broadcast a message to every chatroom.

        Sends one message to every chatroom of the app, optionally only to members whose tags match
        `message_config.notify_target_tags`. Choose `client_broadcast_id` yourself: clients use it
        to drop a broadcast sent again with `resend_flag` 1. Shares the broadcast rate limit (not
        available on the standard package).

        Args:
            client_broadcast_id: Your own id for the broadcast, which clients use to drop
                duplicates.
            sender_id: Account that sends the broadcast.
            message: What a chatroom broadcast says. Text and tip messages use `text`; every other
                kind puts its content in `attachment`.
            extension: Extension of your own. At most 4096 characters.
            resend_flag: Whether a chatroom broadcast is a resend. 0: first send; 1: resend,
                de-duplicated by clients through `client_broadcast_id`.
            message_config: Delivery settings of a chatroom broadcast.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBroadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送聊天室全服广播消息, https://doc.yunxin.163.com/messaging2/server-apis/DQyMDY2MzQ?platform=server
        """
        return await self._client.request(
            _SEND_TO_CHATROOMS,
            body={
                "client_broadcast_id": client_broadcast_id,
                "sender_id": sender_id,
                "extension": extension,
                "resend_flag": resend_flag,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
            },
            options=options,
        )

    @deprecated(
        "send_to_chatrooms_legacy() calls the deprecated POST /im/v2/broadcast_notification/actions/chatroom; use send_to_chatrooms() instead.",
        category=None,
    )
    async def send_to_chatrooms_legacy(
        self,
        *,
        client_broadcast_id: str,
        sender_id: str,
        message: Union[ChatroomBroadcastMessage, Mapping[str, Any]],
        extension: Optional[str] = None,
        resend_flag: Optional[Union[ChatroomBroadcastResendFlag, int]] = None,
        message_config: Optional[Union[ChatroomBroadcastMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBroadcast:
        """Broadcast a message to every chatroom (deprecated /im/v2 form).

        The /im/v2 form of the broadcast to every chatroom, as Apifox and the older Java SDK call
        it. It takes the same body as the /im/v2.1 operation, which replaces it; the answer is
        assumed to have the same shape.

        Args:
            client_broadcast_id: Your own id for the broadcast, which clients use to drop
                duplicates.
            sender_id: Account that sends the broadcast.
            message: What a chatroom broadcast says. Text and tip messages use `text`; every other
                kind puts its content in `attachment`.
            extension: Extension of your own. At most 4096 characters.
            resend_flag: Whether a chatroom broadcast is a resend. 0: first send; 1: resend,
                de-duplicated by clients through `client_broadcast_id`.
            message_config: Delivery settings of a chatroom broadcast.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBroadcast`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送聊天室全服广播消息, https://doc.yunxin.163.com/messaging2/server-apis/DQyMDY2MzQ?platform=server
        """
        warnings.warn(
            "send_to_chatrooms_legacy() calls the deprecated POST /im/v2/broadcast_notification/actions/chatroom; use send_to_chatrooms() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _SEND_TO_CHATROOMS_LEGACY,
            body={
                "client_broadcast_id": client_broadcast_id,
                "sender_id": sender_id,
                "extension": extension,
                "resend_flag": resend_flag,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
            },
            options=options,
        )


class BroadcastsWithRawResponse:
    """The methods of :class:`Broadcasts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Broadcasts) -> None:
        self.send = to_raw_response_wrapper(resource.send)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.send_to_chatrooms = to_raw_response_wrapper(resource.send_to_chatrooms)
        self.send_to_chatrooms_legacy = to_raw_response_wrapper(resource.send_to_chatrooms_legacy)


class AsyncBroadcastsWithRawResponse:
    """The methods of :class:`AsyncBroadcasts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncBroadcasts) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.send_to_chatrooms = async_to_raw_response_wrapper(resource.send_to_chatrooms)
        self.send_to_chatrooms_legacy = async_to_raw_response_wrapper(
            resource.send_to_chatrooms_legacy
        )
