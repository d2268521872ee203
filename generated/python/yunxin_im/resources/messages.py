"""Messages: Send, read, search, edit and recall messages in one-to-one and team conversations.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.messages import (
    AiParams,
    AntispamConfig,
    BatchGetMessagesRequest,
    BatchGetMessagesResult,
    MessageBody,
    MessageConfig,
    MessageQuery,
    P2POption,
    PushConfig,
    RobotConfig,
    RouteConfig,
    SendMessageRequest,
    SentMessage,
    SuperTeamOption,
    TargetOption,
    TeamOption,
    ThreadConfig,
)

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
]

_SEND: Operation[SentMessage] = Operation(
    name="sendMessage",
    method="POST",
    path="/im/v2/conversations/{conversation_id}/messages",
    response_model=SentMessage,
    body_model=SendMessageRequest,
    idempotent=False,
)

_BATCH_GET: Operation[BatchGetMessagesResult] = Operation(
    name="batchGetMessages",
    method="POST",
    path="/im/v2.1/conversations/{conversation_id}/batch_messages",
    response_model=BatchGetMessagesResult,
    body_model=BatchGetMessagesRequest,
    idempotent=True,
)

_BATCH_GET_LEGACY: Operation[BatchGetMessagesResult] = Operation(
    name="batchGetMessagesLegacy",
    method="POST",
    path="/im/v2/conversations/{conversation_id}/batch_messages",
    response_model=BatchGetMessagesResult,
    body_model=BatchGetMessagesRequest,
    idempotent=True,
)


class Messages:
    """Send, read, search, edit and recall messages in one-to-one and team conversations.

    Reached as ``client.messages``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        conversation_id: str,
        message: Union[MessageBody, Mapping[str, Any]],
        message_config: Optional[Union[MessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        superteam_option: Optional[Union[SuperTeamOption, Mapping[str, Any]]] = None,
        robot_config: Optional[Union[RobotConfig, Mapping[str, Any]]] = None,
        thread_config: Optional[Union[ThreadConfig, Mapping[str, Any]]] = None,
        target_option: Optional[Union[TargetOption, Mapping[str, Any]]] = None,
        ai_params: Optional[Union[AiParams, Mapping[str, Any]]] = None,
        sender_no_sense: Optional[bool] = None,
        receiver_no_sense: Optional[bool] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Send a message to a conversation.

        Sends one message from the conversation's owner to its peer: an account for one-to-one
        conversations (type 1), an advanced team (2) or a super team (3). The option objects
        fine-tune storage, push, moderation and delivery; `p2p_option`, `team_option` and
        `superteam_option` apply only to their kind of conversation.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message: What a message says. Text and tip messages use `text`; every other kind puts
                its content in `attachment`.
            message_config: Switches for how the message is stored, synchronised and counted.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            push_config: Settings of the offline push notification that goes with the message.
            antispam_config: Content-moderation settings for one message.
            p2p_option: Options that apply only to one-to-one messages.
            team_option: Options that apply only to advanced-team messages.
            superteam_option: Options that apply only to super-team messages.
            robot_config: Addresses the message to a chat robot.
            thread_config: Places the message in a thread.
            target_option: Limits a team message to some members (a targeted message). Described
                only by the official server SDKs.
            ai_params: Parameters for an AI digital-human reply to the message. Only the official
                server SDKs describe them.
            sender_no_sense: Hide the message from the sender: no copy to the sender's other
                devices, no roaming, no history on the sender's side. Cannot be combined with
                `receiver_no_sense`. Default false.
            receiver_no_sense: Hide the message from the receiver in the same way. Cannot be
                combined with `sender_no_sense`. Default false.
            extension: Extension of your own, usually a JSON object encoded as a string.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as SentMessage.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 发送消息, https://doc.yunxin.163.com/messaging2/server-apis/TEzMDQwODc?platform=server
        """
        return self._client.request(
            _SEND,
            path={"conversation_id": conversation_id},
            body={
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "push_config": push_config,
                "antispam_config": antispam_config,
                "p2p_option": p2p_option,
                "team_option": team_option,
                "superteam_option": superteam_option,
                "robot_config": robot_config,
                "thread_config": thread_config,
                "target_option": target_option,
                "ai_params": ai_params,
                "sender_no_sense": sender_no_sense,
                "receiver_no_sense": receiver_no_sense,
                "extension": extension,
            },
            options=options,
        )

    def batch_get(
        self,
        *,
        conversation_id: str,
        messages: Sequence[Union[MessageQuery, Mapping[str, Any]]],
        **options: Unpack[RequestOptions],
    ) -> BatchGetMessagesResult:
        """Get messages of a conversation by server id.

        Reads back one-to-one, advanced-team or super-team messages of one conversation, given each
        message's server id and send time. Messages that cannot be found are listed in `failed_list`
        without failing the call.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            messages: The messages to look up.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as BatchGetMessagesResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        return self._client.request(
            _BATCH_GET,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead."
    )
    def batch_get_legacy(
        self,
        *,
        conversation_id: str,
        messages: Sequence[Union[MessageQuery, Mapping[str, Any]]],
        **options: Unpack[RequestOptions],
    ) -> BatchGetMessagesResult:
        """Get messages of a conversation by server id (deprecated /im/v2 form).

        The /im/v2 form of the lookup by server id. Request and response have the same shape as the
        /im/v2.1 operation, which replaces it.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            messages: The messages to look up.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as BatchGetMessagesResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        return self._client.request(
            _BATCH_GET_LEGACY,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )


class AsyncMessages:
    """Send, read, search, edit and recall messages in one-to-one and team conversations.

    Reached as ``client.messages`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        conversation_id: str,
        message: Union[MessageBody, Mapping[str, Any]],
        message_config: Optional[Union[MessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        superteam_option: Optional[Union[SuperTeamOption, Mapping[str, Any]]] = None,
        robot_config: Optional[Union[RobotConfig, Mapping[str, Any]]] = None,
        thread_config: Optional[Union[ThreadConfig, Mapping[str, Any]]] = None,
        target_option: Optional[Union[TargetOption, Mapping[str, Any]]] = None,
        ai_params: Optional[Union[AiParams, Mapping[str, Any]]] = None,
        sender_no_sense: Optional[bool] = None,
        receiver_no_sense: Optional[bool] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Send a message to a conversation.

        Sends one message from the conversation's owner to its peer: an account for one-to-one
        conversations (type 1), an advanced team (2) or a super team (3). The option objects
        fine-tune storage, push, moderation and delivery; `p2p_option`, `team_option` and
        `superteam_option` apply only to their kind of conversation.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message: What a message says. Text and tip messages use `text`; every other kind puts
                its content in `attachment`.
            message_config: Switches for how the message is stored, synchronised and counted.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            push_config: Settings of the offline push notification that goes with the message.
            antispam_config: Content-moderation settings for one message.
            p2p_option: Options that apply only to one-to-one messages.
            team_option: Options that apply only to advanced-team messages.
            superteam_option: Options that apply only to super-team messages.
            robot_config: Addresses the message to a chat robot.
            thread_config: Places the message in a thread.
            target_option: Limits a team message to some members (a targeted message). Described
                only by the official server SDKs.
            ai_params: Parameters for an AI digital-human reply to the message. Only the official
                server SDKs describe them.
            sender_no_sense: Hide the message from the sender: no copy to the sender's other
                devices, no roaming, no history on the sender's side. Cannot be combined with
                `receiver_no_sense`. Default false.
            receiver_no_sense: Hide the message from the receiver in the same way. Cannot be
                combined with `sender_no_sense`. Default false.
            extension: Extension of your own, usually a JSON object encoded as a string.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as SentMessage.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 发送消息, https://doc.yunxin.163.com/messaging2/server-apis/TEzMDQwODc?platform=server
        """
        return await self._client.request(
            _SEND,
            path={"conversation_id": conversation_id},
            body={
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "push_config": push_config,
                "antispam_config": antispam_config,
                "p2p_option": p2p_option,
                "team_option": team_option,
                "superteam_option": superteam_option,
                "robot_config": robot_config,
                "thread_config": thread_config,
                "target_option": target_option,
                "ai_params": ai_params,
                "sender_no_sense": sender_no_sense,
                "receiver_no_sense": receiver_no_sense,
                "extension": extension,
            },
            options=options,
        )

    async def batch_get(
        self,
        *,
        conversation_id: str,
        messages: Sequence[Union[MessageQuery, Mapping[str, Any]]],
        **options: Unpack[RequestOptions],
    ) -> BatchGetMessagesResult:
        """Get messages of a conversation by server id.

        Reads back one-to-one, advanced-team or super-team messages of one conversation, given each
        message's server id and send time. Messages that cannot be found are listed in `failed_list`
        without failing the call.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            messages: The messages to look up.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as BatchGetMessagesResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        return await self._client.request(
            _BATCH_GET,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead."
    )
    async def batch_get_legacy(
        self,
        *,
        conversation_id: str,
        messages: Sequence[Union[MessageQuery, Mapping[str, Any]]],
        **options: Unpack[RequestOptions],
    ) -> BatchGetMessagesResult:
        """Get messages of a conversation by server id (deprecated /im/v2 form).

        The /im/v2 form of the lookup by server id. Request and response have the same shape as the
        /im/v2.1 operation, which replaces it.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            messages: The messages to look up.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as BatchGetMessagesResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        return await self._client.request(
            _BATCH_GET_LEGACY,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )


class MessagesWithRawResponse:
    """The methods of :class:`Messages`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Messages) -> None:
        self.send = to_raw_response_wrapper(resource.send)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.batch_get_legacy = to_raw_response_wrapper(resource.batch_get_legacy)


class AsyncMessagesWithRawResponse:
    """The methods of :class:`AsyncMessages`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncMessages) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.batch_get_legacy = async_to_raw_response_wrapper(resource.batch_get_legacy)
