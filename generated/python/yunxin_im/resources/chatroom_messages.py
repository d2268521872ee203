"""Chatroom messages: Send, recall and read the history of chatroom messages.

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
from ..models.chatroom_messages import (
    BatchSendChatroomMessagesRequest,
    BatchSendChatroomMessagesResult,
    ChatroomHistoryMessage,
    ChatroomMessageBody,
    ChatroomMessageConfig,
    ChatroomMessagePage,
    ChatroomResendFlag,
    SendChatroomMessageRequest,
    SendChatroomMessageResult,
)
from ..models.common import MessageType
from ..models.messages import AiParams, AntispamConfig, RouteConfig

__all__ = [
    "AsyncChatroomMessages",
    "AsyncChatroomMessagesWithRawResponse",
    "ChatroomMessages",
    "ChatroomMessagesWithRawResponse",
]

_SEND: Operation[SendChatroomMessageResult] = Operation(
    name="sendChatroomMessage",
    method="POST",
    path="/im/v2/chatrooms/{room_id}/messages",
    response_model=SendChatroomMessageResult,
    body_model=SendChatroomMessageRequest,
    idempotent=False,
)

_LIST_LEGACY: Operation[ChatroomMessagePage] = Operation(
    name="listChatroomMessagesLegacy",
    method="GET",
    path="/im/v2/chatrooms/{room_id}/messages",
    response_model=ChatroomMessagePage,
    idempotent=True,
    deprecation="list_legacy() calls the deprecated GET /im/v2/chatrooms/{room_id}/messages; use list() instead.",
    query_styles={"message_type": "comma"},
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_BATCH_SEND: Operation[BatchSendChatroomMessagesResult] = Operation(
    name="batchSendChatroomMessages",
    method="POST",
    path="/im/v2/chatrooms/messages",
    response_model=BatchSendChatroomMessagesResult,
    body_model=BatchSendChatroomMessagesRequest,
    idempotent=False,
)

_RECALL: Operation[None] = Operation(
    name="recallChatroomMessage",
    method="DELETE",
    path="/im/v2/chatrooms/{room_id}/messages/{message_client_id}",
    response_model=None,
    idempotent=True,
)

_LIST: Operation[ChatroomMessagePage] = Operation(
    name="listChatroomMessages",
    method="GET",
    path="/im/v2.1/chatrooms/{room_id}/messages",
    response_model=ChatroomMessagePage,
    idempotent=True,
    query_styles={"message_type": "comma"},
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)


class ChatroomMessages:
    """Send, recall and read the history of chatroom messages.

    Reached as ``client.chatroom_messages``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        room_id: int,
        sender_id: Optional[str] = None,
        receiver_ids: Optional[Sequence[str]] = None,
        resend_flag: Optional[Union[ChatroomResendFlag, int]] = None,
        extension: Optional[str] = None,
        message: Optional[Union[ChatroomMessageBody, Mapping[str, Any]]] = None,
        message_config: Optional[Union[ChatroomMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        ai_params: Optional[Union[AiParams, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> SendChatroomMessageResult:
        """Send a message to a chatroom.

        Sends one message from a member to everyone in a chatroom, or only to `receiver_ids` (a
        targeted message). `message_config` controls history, priority and mute handling in the
        chatroom. Keep the message's client id: chatroom messages are recalled by it. Targeted
        receivers that fail are listed in `failed_list`.

        Args:
            room_id: Id of the chatroom.
            sender_id: Account that sends the message; it must be in the chatroom.
            receiver_ids: Deliver the message only to these members (a targeted message); everyone
                in the chatroom when left out.
            resend_flag: Whether a chatroom message is sent again. 0: first send; 1: a resend of an
                earlier send.
            extension: Extension of your own, usually a JSON object encoded as a string.
            message: What a chatroom message says. Text and tip messages use `text`; every other
                kind puts its content in `attachment`. Chatroom messages can be sent with the kinds
                0, 1, 2, 3, 4, 6, 10 and 100.
            message_config: Delivery settings of a chatroom message. The meaning and range of the
                priority and frequency-control fields are not documented beyond their names.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            ai_params: Parameters for an AI digital-human reply to the message. Only the official
                server SDKs describe them.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SendChatroomMessageResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送聊天室消息, https://doc.yunxin.163.com/messaging2/server-apis/TAwMzc0NzE?platform=server
        """
        return self._client.request(
            _SEND,
            path={"room_id": room_id},
            body={
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "resend_flag": resend_flag,
                "extension": extension,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
                "ai_params": ai_params,
            },
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/chatrooms/{room_id}/messages; use list() instead.",
        category=None,
    )
    def list_legacy(
        self,
        *,
        room_id: int,
        sender_id: str,
        limit: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ChatroomMessagePage, ChatroomHistoryMessage]:
        """List one sender's chatroom history, page by page (deprecated /im/v2 form).

        The /im/v2 form of the chatroom history query, documented on Apifox. It takes the same
        parameters as the /im/v2.1 operation, which replaces it; its documented answer has no
        `next_token`, so paging may not work in this form.

        Args:
            room_id: Id of the chatroom.
            sender_id: Account whose messages are listed.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true (its default) returns the messages
                in chronological (ascending) order and false in reverse order, the opposite of what
                the name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated (0, 1, 2, 3, 4, 5, 6,
                10, 11 and 100 are listed); all kinds when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ChatroomMessagePage`); iterate it to walk every
            `ChatroomHistoryMessage` of every page, or use `.items`, `.next_page()` and
            `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询聊天室历史消息, https://yunxin-im.apifox.cn/api-149334533
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/chatrooms/{room_id}/messages; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[ChatroomMessagePage, ChatroomHistoryMessage].first(
            self._client,
            _LIST_LEGACY,
            path={"room_id": room_id},
            query={
                "sender_id": sender_id,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
            },
            options=options,
        )

    def batch_send(
        self,
        *,
        room_id: Optional[int] = None,
        sender_id: Optional[str] = None,
        receiver_ids: Optional[Sequence[str]] = None,
        resend_flag: Optional[Union[ChatroomResendFlag, int]] = None,
        extension: Optional[str] = None,
        messages: Optional[Sequence[Union[ChatroomMessageBody, Mapping[str, Any]]]] = None,
        message_config: Optional[Union[ChatroomMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchSendChatroomMessagesResult:
        """Send several messages to a chatroom.

        Sends several messages from one member to a chatroom in one call, all with the same
        targeting, delivery and moderation settings. Messages and receivers that fail do not fail
        the call: the sent messages are listed in `success_list` and the failures in `failed_list`.

        Args:
            room_id: Chatroom to send to.
            sender_id: Account that sends the messages; it must be in the chatroom.
            receiver_ids: Deliver the messages only to these members; everyone in the chatroom when
                left out.
            resend_flag: Whether a chatroom message is sent again. 0: first send; 1: a resend of an
                earlier send.
            extension: Extension of your own, usually a JSON object encoded as a string.
            messages: The messages to send; the maximum number per call is not documented.
            message_config: Delivery settings of a chatroom message. The meaning and range of the
                priority and frequency-control fields are not documented beyond their names.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchSendChatroomMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量发送聊天室消息, https://yunxin-im.apifox.cn/api-149310423
        """
        return self._client.request(
            _BATCH_SEND,
            body={
                "room_id": room_id,
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "resend_flag": resend_flag,
                "extension": extension,
                "messages": messages,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
            },
            options=options,
        )

    def recall(
        self,
        *,
        room_id: int,
        message_client_id: str,
        operator_id: str,
        sender_id: str,
        create_time: int,
        notification_enabled: bool,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Recall or delete a chatroom message.

        Takes a message back from a chatroom's history. With `notification_enabled` true the members
        are told (a recall); with false the message is removed silently (a delete). Nothing is
        returned. The query parameters are known only from the official Java server SDK.

        Args:
            room_id: Id of the chatroom.
            message_client_id: Client id of the message; chatroom messages are addressed by their
                client id.
            operator_id: Account that recalls the message.
            sender_id: Sender of the message.
            create_time: Send time of the message in milliseconds since the epoch.
            notification_enabled: true: recall and notify the members; false: delete silently.
            notification_extension: Extension carried by the recall notification, up to 1024
                characters; only used when `notification_enabled` is true. At most 1024 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 撤回/删除聊天室历史消息, https://doc.yunxin.163.com/messaging2/server-apis/Tk5MTE3MDY?platform=server
        """
        return self._client.request(
            _RECALL,
            path={"room_id": room_id, "message_client_id": message_client_id},
            query={
                "operator_id": operator_id,
                "sender_id": sender_id,
                "create_time": create_time,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    def list(
        self,
        *,
        room_id: int,
        sender_id: str,
        limit: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ChatroomMessagePage, ChatroomHistoryMessage]:
        """List one sender's chatroom history, page by page.

        Pages through the messages one account sent to a chatroom, optionally only some kinds. Pass
        `next_token` back as `page_token` while `has_more` is true; a `limit` outside 1 to 100 is
        rejected with code 414.

        Args:
            room_id: Id of the chatroom.
            sender_id: Account whose messages are listed.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true (its default) returns the messages
                in chronological (ascending) order and false in reverse order, the opposite of what
                the name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated (0, 1, 2, 3, 4, 5, 6,
                10, 11 and 100 are listed); all kinds when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ChatroomMessagePage`); iterate it to walk every
            `ChatroomHistoryMessage` of every page, or use `.items`, `.next_page()` and
            `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return SyncPage[ChatroomMessagePage, ChatroomHistoryMessage].first(
            self._client,
            _LIST,
            path={"room_id": room_id},
            query={
                "sender_id": sender_id,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
            },
            options=options,
        )


class AsyncChatroomMessages:
    """Send, recall and read the history of chatroom messages.

    Reached as ``client.chatroom_messages`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        room_id: int,
        sender_id: Optional[str] = None,
        receiver_ids: Optional[Sequence[str]] = None,
        resend_flag: Optional[Union[ChatroomResendFlag, int]] = None,
        extension: Optional[str] = None,
        message: Optional[Union[ChatroomMessageBody, Mapping[str, Any]]] = None,
        message_config: Optional[Union[ChatroomMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        ai_params: Optional[Union[AiParams, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> SendChatroomMessageResult:
        """Send a message to a chatroom.

        Sends one message from a member to everyone in a chatroom, or only to `receiver_ids` (a
        targeted message). `message_config` controls history, priority and mute handling in the
        chatroom. Keep the message's client id: chatroom messages are recalled by it. Targeted
        receivers that fail are listed in `failed_list`.

        Args:
            room_id: Id of the chatroom.
            sender_id: Account that sends the message; it must be in the chatroom.
            receiver_ids: Deliver the message only to these members (a targeted message); everyone
                in the chatroom when left out.
            resend_flag: Whether a chatroom message is sent again. 0: first send; 1: a resend of an
                earlier send.
            extension: Extension of your own, usually a JSON object encoded as a string.
            message: What a chatroom message says. Text and tip messages use `text`; every other
                kind puts its content in `attachment`. Chatroom messages can be sent with the kinds
                0, 1, 2, 3, 4, 6, 10 and 100.
            message_config: Delivery settings of a chatroom message. The meaning and range of the
                priority and frequency-control fields are not documented beyond their names.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            ai_params: Parameters for an AI digital-human reply to the message. Only the official
                server SDKs describe them.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SendChatroomMessageResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送聊天室消息, https://doc.yunxin.163.com/messaging2/server-apis/TAwMzc0NzE?platform=server
        """
        return await self._client.request(
            _SEND,
            path={"room_id": room_id},
            body={
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "resend_flag": resend_flag,
                "extension": extension,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
                "ai_params": ai_params,
            },
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/chatrooms/{room_id}/messages; use list() instead.",
        category=None,
    )
    def list_legacy(
        self,
        *,
        room_id: int,
        sender_id: str,
        limit: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ChatroomMessagePage, ChatroomHistoryMessage]:
        """List one sender's chatroom history, page by page (deprecated /im/v2 form).

        The /im/v2 form of the chatroom history query, documented on Apifox. It takes the same
        parameters as the /im/v2.1 operation, which replaces it; its documented answer has no
        `next_token`, so paging may not work in this form.

        Args:
            room_id: Id of the chatroom.
            sender_id: Account whose messages are listed.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true (its default) returns the messages
                in chronological (ascending) order and false in reverse order, the opposite of what
                the name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated (0, 1, 2, 3, 4, 5, 6,
                10, 11 and 100 are listed); all kinds when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ChatroomMessagePage`), or `async for`
            over it to walk every `ChatroomHistoryMessage` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询聊天室历史消息, https://yunxin-im.apifox.cn/api-149334533
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/chatrooms/{room_id}/messages; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[ChatroomMessagePage, ChatroomHistoryMessage](
            self._client,
            _LIST_LEGACY,
            path={"room_id": room_id},
            query={
                "sender_id": sender_id,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
            },
            options=options,
        )

    async def batch_send(
        self,
        *,
        room_id: Optional[int] = None,
        sender_id: Optional[str] = None,
        receiver_ids: Optional[Sequence[str]] = None,
        resend_flag: Optional[Union[ChatroomResendFlag, int]] = None,
        extension: Optional[str] = None,
        messages: Optional[Sequence[Union[ChatroomMessageBody, Mapping[str, Any]]]] = None,
        message_config: Optional[Union[ChatroomMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchSendChatroomMessagesResult:
        """Send several messages to a chatroom.

        Sends several messages from one member to a chatroom in one call, all with the same
        targeting, delivery and moderation settings. Messages and receivers that fail do not fail
        the call: the sent messages are listed in `success_list` and the failures in `failed_list`.

        Args:
            room_id: Chatroom to send to.
            sender_id: Account that sends the messages; it must be in the chatroom.
            receiver_ids: Deliver the messages only to these members; everyone in the chatroom when
                left out.
            resend_flag: Whether a chatroom message is sent again. 0: first send; 1: a resend of an
                earlier send.
            extension: Extension of your own, usually a JSON object encoded as a string.
            messages: The messages to send; the maximum number per call is not documented.
            message_config: Delivery settings of a chatroom message. The meaning and range of the
                priority and frequency-control fields are not documented beyond their names.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            antispam_config: Content-moderation settings for one message.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchSendChatroomMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量发送聊天室消息, https://yunxin-im.apifox.cn/api-149310423
        """
        return await self._client.request(
            _BATCH_SEND,
            body={
                "room_id": room_id,
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "resend_flag": resend_flag,
                "extension": extension,
                "messages": messages,
                "message_config": message_config,
                "route_config": route_config,
                "antispam_config": antispam_config,
            },
            options=options,
        )

    async def recall(
        self,
        *,
        room_id: int,
        message_client_id: str,
        operator_id: str,
        sender_id: str,
        create_time: int,
        notification_enabled: bool,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Recall or delete a chatroom message.

        Takes a message back from a chatroom's history. With `notification_enabled` true the members
        are told (a recall); with false the message is removed silently (a delete). Nothing is
        returned. The query parameters are known only from the official Java server SDK.

        Args:
            room_id: Id of the chatroom.
            message_client_id: Client id of the message; chatroom messages are addressed by their
                client id.
            operator_id: Account that recalls the message.
            sender_id: Sender of the message.
            create_time: Send time of the message in milliseconds since the epoch.
            notification_enabled: true: recall and notify the members; false: delete silently.
            notification_extension: Extension carried by the recall notification, up to 1024
                characters; only used when `notification_enabled` is true. At most 1024 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 撤回/删除聊天室历史消息, https://doc.yunxin.163.com/messaging2/server-apis/Tk5MTE3MDY?platform=server
        """
        return await self._client.request(
            _RECALL,
            path={"room_id": room_id, "message_client_id": message_client_id},
            query={
                "operator_id": operator_id,
                "sender_id": sender_id,
                "create_time": create_time,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    def list(
        self,
        *,
        room_id: int,
        sender_id: str,
        limit: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ChatroomMessagePage, ChatroomHistoryMessage]:
        """List one sender's chatroom history, page by page.

        Pages through the messages one account sent to a chatroom, optionally only some kinds. Pass
        `next_token` back as `page_token` while `has_more` is true; a `limit` outside 1 to 100 is
        rejected with code 414.

        Args:
            room_id: Id of the chatroom.
            sender_id: Account whose messages are listed.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true (its default) returns the messages
                in chronological (ascending) order and false in reverse order, the opposite of what
                the name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated (0, 1, 2, 3, 4, 5, 6,
                10, 11 and 100 are listed); all kinds when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ChatroomMessagePage`), or `async for`
            over it to walk every `ChatroomHistoryMessage` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return AsyncPaginator[ChatroomMessagePage, ChatroomHistoryMessage](
            self._client,
            _LIST,
            path={"room_id": room_id},
            query={
                "sender_id": sender_id,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
            },
            options=options,
        )


class ChatroomMessagesWithRawResponse:
    """The methods of :class:`ChatroomMessages`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: ChatroomMessages) -> None:
        self.send = to_raw_response_wrapper(resource.send)
        self.list_legacy = to_raw_response_wrapper(resource.list_legacy)
        self.batch_send = to_raw_response_wrapper(resource.batch_send)
        self.recall = to_raw_response_wrapper(resource.recall)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncChatroomMessagesWithRawResponse:
    """The methods of :class:`AsyncChatroomMessages`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncChatroomMessages) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)
        self.list_legacy = async_to_raw_response_wrapper(resource.list_legacy)
        self.batch_send = async_to_raw_response_wrapper(resource.batch_send)
        self.recall = async_to_raw_response_wrapper(resource.recall)
        self.list = async_to_raw_response_wrapper(resource.list)
