"""Messages: Send, read, search, edit and recall messages in one-to-one and team conversations.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import warnings
from typing import Any, AsyncIterable, Iterable, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import StreamSpec, async_send_stream, send_stream
from .._types import RequestOptions
from ..models.common import ConversationType, MessageType
from ..models.messages import (
    AiParams,
    AntispamConfig,
    BatchGetMessagesRequest,
    BatchGetMessagesResult,
    BatchSendP2PMessageBody,
    BatchSendP2PMessagesRequest,
    BatchSendP2PMessagesResult,
    GetQuickCommentsRequest,
    Message,
    MessageBody,
    MessageConfig,
    MessageHistoryDeleteType,
    MessagePage,
    MessageQuery,
    MessageRecallType,
    MessageSearchResult,
    P2POption,
    P2PReadReceiptResult,
    PushConfig,
    QuickCommentChange,
    QuickCommentPushConfig,
    QuickCommentRequest,
    QuickCommentsResult,
    QuickCommentTarget,
    RobotConfig,
    RouteConfig,
    SendMessageRequest,
    SendP2PReadReceiptRequest,
    SendStreamMessageRequest,
    SendTeamReadReceiptRequest,
    SentMessage,
    StreamMessageChunk,
    StreamMessageChunkResult,
    StreamMessageConfig,
    StreamPushConfig,
    StreamRagInfo,
    SuperTeamOption,
    TargetOption,
    TeamOption,
    TeamReadReceiptDetail,
    TeamReadReceiptResult,
    ThreadConfig,
    ThreadMessagePage,
    UpdatedMessage,
    UpdatedMessageBody,
    UpdateMessageConfig,
    UpdateMessageRequest,
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

_DELETE_HISTORY: Operation[None] = Operation(
    name="deleteMessageHistory",
    method="DELETE",
    path="/im/v2/conversations/{conversation_id}/messages",
    response_model=None,
    idempotent=True,
)

_LIST_LEGACY: Operation[MessagePage] = Operation(
    name="listMessagesLegacy",
    method="GET",
    path="/im/v2/conversations/{conversation_id}/messages",
    response_model=MessagePage,
    idempotent=True,
    deprecation="list_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages; use list() instead.",
    query_styles={"message_type": "comma"},
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_BATCH_SEND_P2P: Operation[BatchSendP2PMessagesResult] = Operation(
    name="batchSendP2PMessages",
    method="POST",
    path="/im/v2/conversations/messages",
    response_model=BatchSendP2PMessagesResult,
    body_model=BatchSendP2PMessagesRequest,
    idempotent=False,
)

_RECALL: Operation[None] = Operation(
    name="recallMessage",
    method="DELETE",
    path="/im/v2/conversations/{conversation_id}/messages/{message_server_id}",
    response_model=None,
    idempotent=True,
)

_GET_LEGACY: Operation[Message] = Operation(
    name="getMessageLegacy",
    method="GET",
    path="/im/v2/conversations/{conversation_id}/messages/{message_server_id}",
    response_model=Message,
    idempotent=True,
    deprecation="get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages/{message_server_id}; use get() instead.",
)

_SEND_P2P_READ_RECEIPT: Operation[P2PReadReceiptResult] = Operation(
    name="sendP2PReadReceipt",
    method="POST",
    path="/im/v2/messages/actions/p2p_read_receipt",
    response_model=P2PReadReceiptResult,
    body_model=SendP2PReadReceiptRequest,
    idempotent=True,
)

_SEND_TEAM_READ_RECEIPT: Operation[TeamReadReceiptResult] = Operation(
    name="sendTeamReadReceipt",
    method="POST",
    path="/im/v2/messages/actions/team_read_receipt",
    response_model=TeamReadReceiptResult,
    body_model=SendTeamReadReceiptRequest,
    idempotent=True,
)

_GET_TEAM_READ_RECEIPT: Operation[TeamReadReceiptDetail] = Operation(
    name="getTeamReadReceipt",
    method="GET",
    path="/im/v2/messages/actions/team_read_receipt",
    response_model=TeamReadReceiptDetail,
    idempotent=True,
)

_GET: Operation[Message] = Operation(
    name="getMessage",
    method="GET",
    path="/im/v2.1/conversations/{conversation_id}/messages/{message_server_id}",
    response_model=Message,
    idempotent=True,
)

_LIST: Operation[MessagePage] = Operation(
    name="listMessages",
    method="GET",
    path="/im/v2.1/conversations/{conversation_id}/messages",
    response_model=MessagePage,
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

_UPDATE: Operation[UpdatedMessage] = Operation(
    name="updateMessage",
    method="POST",
    path="/im/v2/messages/actions/modifyMsg",
    response_model=UpdatedMessage,
    body_model=UpdateMessageRequest,
    idempotent=True,
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
    deprecation="batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead.",
)

_LIST_THREAD: Operation[ThreadMessagePage] = Operation(
    name="listThreadMessages",
    method="GET",
    path="/im/v2.1/messages/actions/thread_messages",
    response_model=ThreadMessagePage,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="messages",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_LIST_THREAD_LEGACY: Operation[ThreadMessagePage] = Operation(
    name="listThreadMessagesLegacy",
    method="GET",
    path="/im/v2/messages/actions/thread_messages",
    response_model=ThreadMessagePage,
    idempotent=True,
    deprecation="list_thread_legacy() calls the deprecated GET /im/v2/messages/actions/thread_messages; use list_thread() instead.",
    page=PageSpec(
        style="cursor",
        items="messages",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_ADD_QUICK_COMMENT: Operation[QuickCommentChange] = Operation(
    name="addQuickComment",
    method="PATCH",
    path="/im/v2/messages/actions/quick_comment",
    response_model=QuickCommentChange,
    body_model=QuickCommentRequest,
    idempotent=False,
)

_DELETE_QUICK_COMMENT: Operation[QuickCommentChange] = Operation(
    name="deleteQuickComment",
    method="DELETE",
    path="/im/v2/messages/actions/quick_comment",
    response_model=QuickCommentChange,
    body_model=QuickCommentRequest,
    idempotent=True,
)

_GET_QUICK_COMMENTS: Operation[QuickCommentsResult] = Operation(
    name="getQuickComments",
    method="POST",
    path="/im/v2/messages/actions/quick_comment",
    response_model=QuickCommentsResult,
    body_model=GetQuickCommentsRequest,
    idempotent=True,
)

_SEARCH: Operation[MessageSearchResult] = Operation(
    name="searchMessages",
    method="GET",
    path="/im/v2.1/messages/actions/search_messages",
    response_model=MessageSearchResult,
    idempotent=True,
    query_styles={
        "sender_account_ids": "comma",
        "message_types": "comma",
        "message_sub_types": "comma",
        "keyword_list": "json",
    },
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_SEARCH_LEGACY: Operation[MessageSearchResult] = Operation(
    name="searchMessagesLegacy",
    method="GET",
    path="/im/v2/messages/actions/search_messages",
    response_model=MessageSearchResult,
    idempotent=True,
    deprecation="search_legacy() calls the deprecated GET /im/v2/messages/actions/search_messages; use search() instead.",
    query_styles={
        "sender_account_ids": "comma",
        "message_types": "comma",
        "message_sub_types": "comma",
        "keyword_list": "json",
    },
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_SEND_STREAM_CHUNK: Operation[StreamMessageChunkResult] = Operation(
    name="sendStreamMessage",
    method="POST",
    path="/im/v2/conversations/{conversation_id}/messages/actions/stream_message",
    response_model=StreamMessageChunkResult,
    body_model=SendStreamMessageRequest,
    idempotent=False,
)

_SEND_STREAM_CHUNK_STREAM = StreamSpec(
    chunk="message",
    text="attachment.text",
    index="attachment.index",
    finish="attachment.finish",
    first_id="message_client_id",
    next_id="message_server_id",
    result_id="message_server_id",
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SentMessage`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

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

    def delete_history(
        self,
        *,
        conversation_id: str,
        type: Union[MessageHistoryDeleteType, int],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Clear the roaming or history messages of a conversation.

        Clears one store of the messages of a one-to-one, advanced-team or super-team conversation:
        either its roaming messages (the recent messages handed to newly logged-in devices) or its
        cloud history. The documentation does not say whether the peer's side of the conversation is
        affected. Nothing is returned.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            type: Which messages to clear. 1: the roaming messages; 2: the cloud history.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除会话中漫游/历史消息, https://yunxin-im.apifox.cn/api-146886157
        """
        return self._client.request(
            _DELETE_HISTORY,
            path={"conversation_id": conversation_id},
            query={"type": type},
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages; use list() instead.",
        category=None,
    )
    def list_legacy(
        self,
        *,
        conversation_id: str,
        begin_time: Optional[int] = None,
        end_time: Optional[int] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        check_team_valid: Optional[bool] = None,
        include_no_sense_msg: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessagePage, Message]:
        """List the history of a conversation, page by page (deprecated /im/v2 form).

        The /im/v2 form of the paged history query. It pages the same way and returns the same page
        shape as the /im/v2.1 operation, which replaces it; here the time range and page size may be
        left out, and `check_team_valid` only checks that the team exists.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            descending: Sort order. The documentation says true returns the messages in
                chronological (ascending) order and false in reverse order, the opposite of what the
                name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated; all kinds when left
                out. This form accepts 0, 1, 2, 3, 4, 5, 6, 10, 11 and 100.
            check_team_valid: For advanced teams (not super teams), check that the team exists
                before answering.
            include_no_sense_msg: Include messages the owner is not meant to notice: no-sense
                messages, one-way recalled messages and one-way deleted messages. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`MessagePage`); iterate it to walk every `Message` of every page, or use
            `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询历史消息, https://doc.yunxin.163.com/messaging2/server-apis/zMyNzU2MjA?platform=server
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[MessagePage, Message].first(
            self._client,
            _LIST_LEGACY,
            path={"conversation_id": conversation_id},
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
                "check_team_valid": check_team_valid,
                "include_no_sense_msg": include_no_sense_msg,
            },
            options=options,
        )

    def batch_send_p2p(
        self,
        *,
        sender_id: Optional[str] = None,
        receiver_ids: Optional[Sequence[str]] = None,
        message: Optional[Union[BatchSendP2PMessageBody, Mapping[str, Any]]] = None,
        message_config: Optional[Union[MessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        sender_no_sense: Optional[bool] = None,
        receiver_no_sense: Optional[bool] = None,
        extension: Optional[str] = None,
        need_message_detail: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchSendP2PMessagesResult:
        """Send one one-to-one message to many receivers.

        Sends the same one-to-one message from one account to up to 100 receivers; each receiver
        gets a separate message with its own server id. Receivers that fail do not fail the call:
        the sent messages are listed in `success_list` and the receivers that failed in
        `failed_list`.

        Args:
            sender_id: Account that sends the message.
            receiver_ids: Accounts that each receive their own copy of the message, at most 100. At
                most 100 items.
            message: What the message sent to every receiver of a batch one-to-one send says. Text
                and tip messages use `text`; every other kind puts its content in `attachment`.
            message_config: Switches for how the message is stored, synchronised and counted.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            push_config: Settings of the offline push notification that goes with the message.
            antispam_config: Content-moderation settings for one message.
            p2p_option: Options that apply only to one-to-one messages.
            sender_no_sense: Hide the messages from the sender: no copy to the sender's other
                devices, no roaming, no history on the sender's side. Cannot be combined with
                `receiver_no_sense`. Default false.
            receiver_no_sense: Hide the messages from the receivers in the same way. Cannot be
                combined with `sender_no_sense`.
            extension: Extension of your own, usually a JSON object encoded as a string.
            need_message_detail: Ask for the details of each sent message in `success_list`. Only
                the official server SDKs list this flag; its exact effect is not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchSendP2PMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量发送单聊消息, https://doc.commsease.com/messaging2/server-apis/zgzOTE1MTI?platform=server
        """
        return self._client.request(
            _BATCH_SEND_P2P,
            body={
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "push_config": push_config,
                "antispam_config": antispam_config,
                "p2p_option": p2p_option,
                "sender_no_sense": sender_no_sense,
                "receiver_no_sense": receiver_no_sense,
                "extension": extension,
                "need_message_detail": need_message_detail,
            },
            options=options,
        )

    def recall(
        self,
        *,
        conversation_id: str,
        message_server_id: int,
        type: Union[MessageRecallType, int],
        description: Optional[str] = None,
        push_content: Optional[str] = None,
        push_payload: Optional[str] = None,
        route_environment: Optional[str] = None,
        attach: Optional[str] = None,
        check_team_member_valid: Optional[bool] = None,
        message_time: Optional[int] = None,
        ignore_revoke_time: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Recall or delete a message.

        Takes back one message of a conversation, in one of three ways chosen by `type`: a one-way
        recall (the receivers lose the message and are notified, the sender keeps it), a two-way
        recall (both sides lose it and are notified; only within the app's recall window) or a
        silent delete. Nothing is returned. All query parameters except `type` are known only from
        the official Java server SDK.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: Server id of the message.
            type: How to take the message back. 1: one-way recall (one-to-one and advanced-team
                messages up to 30 days old); 2: two-way recall (one-to-one, advanced-team and
                super-team messages within the recall window, 2 minutes by default, at most 7 days);
                3: delete without notification (one-to-one and advanced-team messages up to 30 days
                old).
            description: Description text of the recall; how the server uses it is not documented.
            push_content: Push text of the recall notification; used with two-way recalls (type 2)
                only.
            push_payload: Custom push payload of the recall notification, a JSON object encoded as a
                string; type 2 only.
            route_environment: Message-copy environment to forward the recall to; type 2 only.
            attach: Extra data carried by the recall notification; type 2 only.
            check_team_member_valid: For team messages, check team membership before recalling; the
                exact check is not documented.
            message_time: Send time of the message in milliseconds since the epoch.
            ignore_revoke_time: Recall the message even if it is older than the recall window. The
                current Java SDK sends an integer; which values the server accepts is not documented
                (1 presumably means "ignore").
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 撤回/删除消息, https://doc.yunxin.163.com/messaging2/server-apis/jAwNTEzODQ?platform=server
        """
        return self._client.request(
            _RECALL,
            path={"conversation_id": conversation_id, "message_server_id": message_server_id},
            query={
                "type": type,
                "description": description,
                "push_content": push_content,
                "push_payload": push_payload,
                "route_environment": route_environment,
                "attach": attach,
                "check_team_member_valid": check_team_member_valid,
                "message_time": message_time,
                "ignore_revoke_time": ignore_revoke_time,
            },
            options=options,
        )

    @deprecated(
        "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages/{message_server_id}; use get() instead.",
        category=None,
    )
    def get_legacy(
        self,
        *,
        conversation_id: str,
        message_server_id: int,
        message_time: Optional[int] = None,
        check_team_valid: Optional[bool] = None,
        check_team_member_valid: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Get one message of a conversation (deprecated /im/v2 form).

        The /im/v2 form of the single-message lookup. It takes the same parameters and returns the
        same message as the /im/v2.1 operation, which replaces it.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: Server id of the message.
            message_time: Send time of the message in milliseconds since the epoch; helps the server
                find it.
            check_team_valid: For team messages, check that the team is valid. Default false.
            check_team_member_valid: For team messages, check that the conversation's owner is a
                member of the team. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Message`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询单条消息, https://doc.yunxin.163.com/messaging2/server-apis/DA2NjA2OTk?platform=server
        """
        warnings.warn(
            "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages/{message_server_id}; use get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _GET_LEGACY,
            path={"conversation_id": conversation_id, "message_server_id": message_server_id},
            query={
                "message_time": message_time,
                "check_team_valid": check_team_valid,
                "check_team_member_valid": check_team_member_valid,
            },
            options=options,
        )

    def send_p2p_read_receipt(
        self,
        *,
        from_account_id: str,
        to_account_id: str,
        message_server_id: int,
        **options: Unpack[RequestOptions],
    ) -> P2PReadReceiptResult:
        """Send a one-to-one read receipt.

        Tells the sender of one-to-one messages that the receiver has read them, up to and including
        the given message. Sending the same receipt again has no further effect on the read state.

        Args:
            from_account_id: Account that has read the messages (the receiver of the messages),
                which sends the receipt.
            to_account_id: Account that gets the receipt (the sender of the messages).
            message_server_id: Server id of the last message read; it and all earlier messages count
                as read.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `P2PReadReceiptResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送单聊已读回执, https://yunxin-im.apifox.cn/api-146886335
        """
        return self._client.request(
            _SEND_P2P_READ_RECEIPT,
            body={
                "from_account_id": from_account_id,
                "to_account_id": to_account_id,
                "message_server_id": message_server_id,
            },
            options=options,
        )

    def send_team_read_receipt(
        self,
        *,
        from_account_id: str,
        team_id: int,
        message_server_ids: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> TeamReadReceiptResult:
        """Mark advanced-team messages as read.

        Marks messages of an advanced team as read by one member, which updates the read receipts
        their senders see. The messages must have asked for read receipts
        (`team_option.mark_as_read`) and the team read-receipt feature must be on. Messages that
        cannot be marked are listed in `failed_list` without failing the call.

        Args:
            from_account_id: Team member who has read the messages.
            team_id: The advanced team the messages were sent to.
            message_server_ids: Server ids of the messages to mark as read.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamReadReceiptResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送高级群已读回执, https://yunxin-im.apifox.cn/api-146886494
        """
        return self._client.request(
            _SEND_TEAM_READ_RECEIPT,
            body={
                "from_account_id": from_account_id,
                "team_id": team_id,
                "message_server_ids": message_server_ids,
            },
            options=options,
        )

    def get_team_read_receipt(
        self,
        *,
        team_id: Optional[int] = None,
        team_type: Optional[int] = None,
        sender_id: Optional[str] = None,
        message_server_id: Optional[int] = None,
        snapshot: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamReadReceiptDetail:
        """Get who has read an advanced-team message.

        Counts the members of an advanced team who have and have not read one message, and with
        `snapshot` also lists them. Works only for advanced teams whose read-receipt feature is
        turned on in the console. The parameter names come from the official Java server SDK; the
        documentation does not say which are required.

        Args:
            team_id: The advanced team the message was sent to.
            team_type: Kind of team; only 1 (advanced team) is supported. One of 1.
            sender_id: Sender of the message.
            message_server_id: Server id of the message.
            snapshot: Also return the accounts that have and have not read the message. Default
                false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamReadReceiptDetail`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询群消息已读未读详情, https://doc.yunxin.163.com/messaging2/server-apis/DIzNDY0ODk?platform=server
        """
        return self._client.request(
            _GET_TEAM_READ_RECEIPT,
            query={
                "team_id": team_id,
                "team_type": team_type,
                "sender_id": sender_id,
                "message_server_id": message_server_id,
                "snapshot": snapshot,
            },
            options=options,
        )

    def get(
        self,
        *,
        conversation_id: str,
        message_server_id: int,
        message_time: Optional[int] = None,
        check_team_valid: Optional[bool] = None,
        check_team_member_valid: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Get one message of a conversation.

        Reads back one one-to-one, advanced-team or super-team message by its server id. Giving the
        message's send time helps the server find it; the two checks make team lookups fail when the
        team or the owner's membership is no longer valid.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: Server id of the message.
            message_time: Send time of the message in milliseconds since the epoch; helps the server
                find it.
            check_team_valid: For team messages, check that the team is valid. Default false.
            check_team_member_valid: For team messages, check that the conversation's owner is a
                member of the team. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Message`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询单条消息, https://doc.yunxin.163.com/messaging2/server-apis/DA2NjA2OTk?platform=server
        """
        return self._client.request(
            _GET,
            path={"conversation_id": conversation_id, "message_server_id": message_server_id},
            query={
                "message_time": message_time,
                "check_team_valid": check_team_valid,
                "check_team_member_valid": check_team_member_valid,
            },
            options=options,
        )

    def list(
        self,
        *,
        conversation_id: str,
        begin_time: int,
        end_time: int,
        limit: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        check_team_valid: Optional[bool] = None,
        include_no_sense_msg: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessagePage, Message]:
        """List the history of a conversation, page by page.

        Pages through the cloud history of a one-to-one, advanced-team or super-team conversation
        within a time range, optionally only some kinds of messages. Pass `next_token` back as
        `page_token` while `has_more` is true. A `limit` outside 1 to 100 is rejected with code 414.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true returns the messages in
                chronological (ascending) order and false in reverse order, the opposite of what the
                name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated; all kinds when left
                out. The /im/v2.1 page lists 0, 1, 2, 3, 4, 6, 10, 12 and 100.
            check_team_valid: For advanced teams (not super teams), check that the team is valid and
                that the owner is still a member before answering. Default true.
            include_no_sense_msg: Include messages the owner is not meant to notice: no-sense
                messages, one-way recalled messages and one-way deleted messages. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`MessagePage`); iterate it to walk every `Message` of every page, or use
            `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询历史消息, https://doc.commsease.com/messaging2/server-apis/jcwNDA0Nzg?platform=server
        """
        return SyncPage[MessagePage, Message].first(
            self._client,
            _LIST,
            path={"conversation_id": conversation_id},
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
                "check_team_valid": check_team_valid,
                "include_no_sense_msg": include_no_sense_msg,
            },
            options=options,
        )

    def update(
        self,
        *,
        operator: str,
        type: Union[ConversationType, int],
        message: Union[UpdatedMessageBody, Mapping[str, Any]],
        extension: Optional[str] = None,
        message_config: Optional[Union[UpdateMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        superteam_option: Optional[Union[SuperTeamOption, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> UpdatedMessage:
        """Edit a sent message.

        Replaces the content (type, sub-type, text, attachment) and extension of a message that was
        already sent, and notifies the conversation like a new message would, with its own push,
        moderation and routing settings. The original message is identified by its server id,
        sender, receiver and send time; `type` must be the kind of conversation it was sent in.

        Args:
            operator: Account that performs the edit.
            type: Kind of conversation, also the middle part of a conversation id. 1: one-to-one
                chat between two accounts; 2: advanced team (高级群); 3: super team (超大群).
            message: Identifies the message to edit and carries its new content.
            extension: New extension of your own, a JSON object encoded as a string, up to 1024
                characters. At most 1024 characters.
            message_config: The only storage switch an edit accepts.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            push_config: Settings of the offline push notification that goes with the message.
            antispam_config: Content-moderation settings for one message.
            p2p_option: Options that apply only to one-to-one messages.
            team_option: Options that apply only to advanced-team messages.
            superteam_option: Options that apply only to super-team messages.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `UpdatedMessage`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新消息, https://doc.yunxin.163.com/messaging2/server-apis/DA2ODM5NTU?platform=server
        """
        return self._client.request(
            _UPDATE,
            body={
                "operator": operator,
                "type": type,
                "extension": extension,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "push_config": push_config,
                "antispam_config": antispam_config,
                "p2p_option": p2p_option,
                "team_option": team_option,
                "superteam_option": superteam_option,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        return self._client.request(
            _BATCH_GET,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead.",
        category=None,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        warnings.warn(
            "batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _BATCH_GET_LEGACY,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )

    def list_thread(
        self,
        *,
        begin_time: int,
        end_time: int,
        limit: int,
        conversation_type: Union[ConversationType, int],
        sender_id: str,
        receiver_id: str,
        message_server_id: int,
        message_client_id: str,
        create_time: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ThreadMessagePage, Message]:
        """List the replies of a thread, page by page.

        Pages through the replies of a thread within a time range. The thread is named by its root
        message (conversation type, sender, receiver, server id, client id and send time). The
        answer also carries the root message and the number of messages in the thread. Pass
        `next_token` back as `page_token` while `has_more` is true; a `limit` outside 1 to 100 is
        rejected with code 414.

        Args:
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            conversation_type: Kind of conversation of the thread's root message: 1 one-to-one, 2
                advanced team, 3 super team.
            sender_id: Sender of the root message.
            receiver_id: Receiver of the root message (an account id, or the team id for team
                messages).
            message_server_id: Server id of the root message.
            message_client_id: Client id of the root message.
            create_time: Send time of the root message in milliseconds since the epoch.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true returns the replies in chronological
                (ascending) order and false in reverse order, the opposite of what the name
                suggests; this has not been checked against the live API.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ThreadMessagePage`); iterate it to walk every `Message` of every page,
            or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询 Thread 消息, https://doc.commsease.com/messaging2/server-apis/zE0MzA0NzM?platform=server
        """
        return SyncPage[ThreadMessagePage, Message].first(
            self._client,
            _LIST_THREAD,
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "conversation_type": conversation_type,
                "sender_id": sender_id,
                "receiver_id": receiver_id,
                "message_server_id": message_server_id,
                "message_client_id": message_client_id,
                "create_time": create_time,
            },
            options=options,
        )

    @deprecated(
        "list_thread_legacy() calls the deprecated GET /im/v2/messages/actions/thread_messages; use list_thread() instead.",
        category=None,
    )
    def list_thread_legacy(
        self,
        *,
        begin_time: int,
        end_time: int,
        limit: int,
        conversation_type: Union[ConversationType, int],
        sender_id: str,
        receiver_id: str,
        message_server_id: int,
        message_client_id: str,
        create_time: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ThreadMessagePage, Message]:
        """List the replies of a thread, page by page (deprecated /im/v2 form).

        The /im/v2 form of the thread query. Older official SDK files call it with the same
        parameters; it is assumed to answer like the /im/v2.1 operation, which replaces it.

        Args:
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            conversation_type: Kind of conversation of the thread's root message: 1 one-to-one, 2
                advanced team, 3 super team.
            sender_id: Sender of the root message.
            receiver_id: Receiver of the root message (an account id, or the team id for team
                messages).
            message_server_id: Server id of the root message.
            message_client_id: Client id of the root message.
            create_time: Send time of the root message in milliseconds since the epoch.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true returns the replies in chronological
                (ascending) order and false in reverse order, the opposite of what the name
                suggests; this has not been checked against the live API.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ThreadMessagePage`); iterate it to walk every `Message` of every page,
            or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询 Thread 消息, https://doc.commsease.com/messaging2/server-apis/zE0MzA0NzM?platform=server
        """
        warnings.warn(
            "list_thread_legacy() calls the deprecated GET /im/v2/messages/actions/thread_messages; use list_thread() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[ThreadMessagePage, Message].first(
            self._client,
            _LIST_THREAD_LEGACY,
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "conversation_type": conversation_type,
                "sender_id": sender_id,
                "receiver_id": receiver_id,
                "message_server_id": message_server_id,
                "message_client_id": message_client_id,
                "create_time": create_time,
            },
            options=options,
        )

    def add_quick_comment(
        self,
        *,
        operator_id: str,
        index: int,
        message: Union[QuickCommentTarget, Mapping[str, Any]],
        extension: Optional[str] = None,
        push_config: Optional[Union[QuickCommentPushConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> QuickCommentChange:
        """Add a quick comment to a message.

        Adds a quick comment (a reaction such as an emoji, identified by a number your app defines)
        from one account to a message, and notifies the conversation with the given push settings.
        The body fields are known only from the official server SDKs.

        Args:
            operator_id: Account that adds or removes the comment.
            index: The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app
                defines. At least 1.
            message: Identifies the message a quick comment belongs to.
            extension: Extension of your own, a JSON object encoded as a string.
            push_config: Push settings of the notification about a quick comment.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `QuickCommentChange`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加快捷评论, https://doc.yunxin.163.com/messaging2/server-apis/zg1ODU4ODc?platform=server
        """
        return self._client.request(
            _ADD_QUICK_COMMENT,
            body={
                "operator_id": operator_id,
                "index": index,
                "extension": extension,
                "message": message,
                "push_config": push_config,
            },
            options=options,
        )

    def delete_quick_comment(
        self,
        *,
        operator_id: str,
        index: int,
        message: Union[QuickCommentTarget, Mapping[str, Any]],
        extension: Optional[str] = None,
        push_config: Optional[Union[QuickCommentPushConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> QuickCommentChange:
        """Remove a quick comment from a message.

        Removes the quick comment with the given number that an account added to a message. The
        request carries a JSON body although it is a DELETE. The body fields are known only from the
        official server SDKs.

        Args:
            operator_id: Account that adds or removes the comment.
            index: The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app
                defines. At least 1.
            message: Identifies the message a quick comment belongs to.
            extension: Extension of your own, a JSON object encoded as a string.
            push_config: Push settings of the notification about a quick comment.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `QuickCommentChange`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _DELETE_QUICK_COMMENT,
            body={
                "operator_id": operator_id,
                "index": index,
                "extension": extension,
                "message": message,
                "push_config": push_config,
            },
            options=options,
        )

    def get_quick_comments(
        self,
        *,
        messages: Sequence[Union[QuickCommentTarget, Mapping[str, Any]]],
        **options: Unpack[RequestOptions],
    ) -> QuickCommentsResult:
        """Get the quick comments of messages.

        Reads the quick comments of several messages in one call. Messages whose comments cannot be
        read are listed in `failed_list` without failing the call.

        Args:
            messages: The messages whose quick comments to read.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `QuickCommentsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询快捷评论, https://yunxin-im.apifox.cn/api-248658631
        """
        return self._client.request(
            _GET_QUICK_COMMENTS,
            body={"messages": messages},
            options=options,
        )

    def search(
        self,
        *,
        operator_id: str,
        conversation_id: Optional[str] = None,
        sender_account_ids: Optional[Sequence[str]] = None,
        message_types: Optional[Sequence[Union[MessageType, int]]] = None,
        message_sub_types: Optional[Sequence[int]] = None,
        start_time: Optional[int] = None,
        time_period: Optional[int] = None,
        keyword_list: Optional[Sequence[str]] = None,
        keyword_match_type: Optional[int] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessageSearchResult, Message]:
        """Search the message history.

        Full-text search of the history an account can see, optionally limited to one conversation,
        some senders (at most 5), some kinds and sub-kinds of messages and a time window. Pages with
        `page_token` / `next_token`; the answer also gives the number of matches.

        Args:
            operator_id: Account on whose behalf the search runs; only messages it can see are
                found.
            conversation_id: Search only this conversation (`owner|type|peer`, with the team id as
                peer for team conversations); all of the operator's conversations when left out.
                Pattern `^[^|]+\\|[123]\\|[^|]+$`.
            sender_account_ids: Only messages from these senders, at most 5, sent comma-separated;
                more than 5 is a parameter error. At most 5 items.
            message_types: Only messages of these kinds, sent comma-separated; all kinds when left
                out. Notifications (5) cannot be searched with keywords, and non-text messages are
                found only through their `text` description.
            message_sub_types: Only messages of these custom sub-types, sent comma-separated.
            start_time: Anchor time of the searched window, in milliseconds since the epoch (UTC).
            time_period: Length of the searched window in milliseconds, for example 86400000 for one
                day.
            keyword_list: Keywords to look for in the messages' text, sent as a JSON array string.
            keyword_match_type: How several keywords combine. According to the Go SDK comments 0
                matches any keyword (OR) and 1 all keywords (AND); no documentation page lists the
                values.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size; the allowed range is not documented. At least 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`MessageSearchResult`); iterate it to walk every `Message` of every
            page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 检索历史消息, https://doc.commsease.com/messaging2/server-apis/zQ1MzM5NjM?platform=server
        """
        return SyncPage[MessageSearchResult, Message].first(
            self._client,
            _SEARCH,
            query={
                "operator_id": operator_id,
                "conversation_id": conversation_id,
                "sender_account_ids": sender_account_ids,
                "message_types": message_types,
                "message_sub_types": message_sub_types,
                "start_time": start_time,
                "time_period": time_period,
                "keyword_list": keyword_list,
                "keyword_match_type": keyword_match_type,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )

    @deprecated(
        "search_legacy() calls the deprecated GET /im/v2/messages/actions/search_messages; use search() instead.",
        category=None,
    )
    def search_legacy(
        self,
        *,
        operator_id: str,
        conversation_id: Optional[str] = None,
        sender_account_ids: Optional[Sequence[str]] = None,
        message_types: Optional[Sequence[Union[MessageType, int]]] = None,
        message_sub_types: Optional[Sequence[int]] = None,
        start_time: Optional[int] = None,
        time_period: Optional[int] = None,
        keyword_list: Optional[Sequence[str]] = None,
        keyword_match_type: Optional[int] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessageSearchResult, Message]:
        """Search the message history (deprecated /im/v2 form).

        The /im/v2 form of the history search, documented on Apifox. It takes the same parameters
        and returns the same page as the /im/v2.1 operation, which replaces it.

        Args:
            operator_id: Account on whose behalf the search runs; only messages it can see are
                found.
            conversation_id: Search only this conversation (`owner|type|peer`, with the team id as
                peer for team conversations); all of the operator's conversations when left out.
                Pattern `^[^|]+\\|[123]\\|[^|]+$`.
            sender_account_ids: Only messages from these senders, at most 5, sent comma-separated;
                more than 5 is a parameter error. At most 5 items.
            message_types: Only messages of these kinds, sent comma-separated; all kinds when left
                out. Notifications (5) cannot be searched with keywords, and non-text messages are
                found only through their `text` description.
            message_sub_types: Only messages of these custom sub-types, sent comma-separated.
            start_time: Anchor time of the searched window, in milliseconds since the epoch (UTC).
            time_period: Length of the searched window in milliseconds, for example 86400000 for one
                day.
            keyword_list: Keywords to look for in the messages' text, sent as a JSON array string.
            keyword_match_type: How several keywords combine. According to the Go SDK comments 0
                matches any keyword (OR) and 1 all keywords (AND); no documentation page lists the
                values.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size; the allowed range is not documented. At least 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`MessageSearchResult`); iterate it to walk every `Message` of every
            page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 检索历史消息, https://doc.commsease.com/messaging2/server-apis/zQ1MzM5NjM?platform=server
        """
        warnings.warn(
            "search_legacy() calls the deprecated GET /im/v2/messages/actions/search_messages; use search() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[MessageSearchResult, Message].first(
            self._client,
            _SEARCH_LEGACY,
            query={
                "operator_id": operator_id,
                "conversation_id": conversation_id,
                "sender_account_ids": sender_account_ids,
                "message_types": message_types,
                "message_sub_types": message_sub_types,
                "start_time": start_time,
                "time_period": time_period,
                "keyword_list": keyword_list,
                "keyword_match_type": keyword_match_type,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )

    def send_stream_chunk(
        self,
        *,
        conversation_id: str,
        message: Union[StreamMessageChunk, Mapping[str, Any]],
        message_config: Optional[Union[StreamMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        push_config: Optional[Union[StreamPushConfig, Mapping[str, Any]]] = None,
        extension: Optional[str] = None,
        rag_info_list: Optional[Sequence[Union[StreamRagInfo, Mapping[str, Any]]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        target_option: Optional[Union[TargetOption, Mapping[str, Any]]] = None,
        thread_config: Optional[Union[ThreadConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> StreamMessageChunkResult:
        """Send one chunk of a streaming message.

        Sends a message piece by piece, for example an AI answer while it is being generated, in a
        one-to-one or advanced-team conversation. Every chunk is a separate ordinary JSON call to
        this operation (no chunked upload, no server-sent events):

        1. The first call sends `message.message_client_id`, `message.attachment` with `index` 0 and
        `finish` 0, and all the settings of the message; the answer holds the new
        `message_server_id`.

        2. Every later call sends that `message.message_server_id` (no client id) and the next chunk
        with `index` 1, 2, ...; the last call sets `finish` to 1.

        The server joins the chunks in `index` order into one message when the stream finishes or is
        ended. A stream ends at once when more than 30 seconds pass between two chunks or when the
        text of all chunks passes 5000 characters; later calls for that message are then refused.
        Buffer the text and call about every 200 ms rather than once per character. In one-to-one
        conversations both sides see the stream live; in advanced teams only the sender does unless
        support turns delivery to all members on, and a targeted team message streams to the members
        listed when it was started.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message: The message part of one streaming call. The first call names the new message
                with `message_client_id`; every later call names it with the `message_server_id`
                that the first call returned.
            message_config: Storage and synchronisation switches of a streaming message.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            p2p_option: Options that apply only to one-to-one messages.
            push_config: Offline push settings of a streaming message.
            extension: Extension of your own, usually a JSON object encoded as a string.
            rag_info_list: Sources to show with an AI-generated answer.
            team_option: Options that apply only to advanced-team messages.
            target_option: Limits a team message to some members (a targeted message). Described
                only by the official server SDKs.
            thread_config: Places the message in a thread.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `StreamMessageChunkResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送流式消息, https://doc.yunxin.163.com/messaging2/server-apis/TgyMTY2NzE?platform=server
        """
        return self._client.request(
            _SEND_STREAM_CHUNK,
            path={"conversation_id": conversation_id},
            body={
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "p2p_option": p2p_option,
                "push_config": push_config,
                "extension": extension,
                "rag_info_list": rag_info_list,
                "team_option": team_option,
                "target_option": target_option,
                "thread_config": thread_config,
            },
            options=options,
        )

    def send_stream(
        self,
        *,
        conversation_id: str,
        chunks: Iterable[str],
        message_client_id: Optional[str] = None,
        message_config: Optional[Union[StreamMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        push_config: Optional[Union[StreamPushConfig, Mapping[str, Any]]] = None,
        extension: Optional[str] = None,
        rag_info_list: Optional[Sequence[Union[StreamRagInfo, Mapping[str, Any]]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        target_option: Optional[Union[TargetOption, Mapping[str, Any]]] = None,
        thread_config: Optional[Union[ThreadConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> int:
        """Send a streaming message made of ``chunks``, one :meth:`send_stream_chunk` call per chunk.

        The first chunk goes out with index 0, the settings given here and ``message_client_id``
        (a new UUID unless given); every later chunk carries the ``message_server_id`` that the first
        answer returned and the next index; the last chunk is flagged finished. Chunks are sent as
        they arrive, one behind, because a chunk is known to be the last only when the iterable ends.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            chunks: The text of the message, piece by piece.
            message_client_id: Client id of the new message.
            **options: Per-request options, applied to every chunk call.

        Other arguments are the settings of :meth:`send_stream_chunk`, sent with the first chunk.

        Returns:
            The ``message_server_id`` of the message.

        Raises:
            ValueError: ``chunks`` is empty.
            APIError: A chunk call failed; the stream ends there.
        """
        return send_stream(
            self.send_stream_chunk,
            chunks,
            _SEND_STREAM_CHUNK_STREAM,
            fixed={"conversation_id": conversation_id},
            settings={
                "message_config": message_config,
                "route_config": route_config,
                "p2p_option": p2p_option,
                "push_config": push_config,
                "extension": extension,
                "rag_info_list": rag_info_list,
                "team_option": team_option,
                "target_option": target_option,
                "thread_config": thread_config,
            },
            first_id=message_client_id,
            expect=int,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SentMessage`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

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

    async def delete_history(
        self,
        *,
        conversation_id: str,
        type: Union[MessageHistoryDeleteType, int],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Clear the roaming or history messages of a conversation.

        Clears one store of the messages of a one-to-one, advanced-team or super-team conversation:
        either its roaming messages (the recent messages handed to newly logged-in devices) or its
        cloud history. The documentation does not say whether the peer's side of the conversation is
        affected. Nothing is returned.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            type: Which messages to clear. 1: the roaming messages; 2: the cloud history.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除会话中漫游/历史消息, https://yunxin-im.apifox.cn/api-146886157
        """
        return await self._client.request(
            _DELETE_HISTORY,
            path={"conversation_id": conversation_id},
            query={"type": type},
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages; use list() instead.",
        category=None,
    )
    def list_legacy(
        self,
        *,
        conversation_id: str,
        begin_time: Optional[int] = None,
        end_time: Optional[int] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        check_team_valid: Optional[bool] = None,
        include_no_sense_msg: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MessagePage, Message]:
        """List the history of a conversation, page by page (deprecated /im/v2 form).

        The /im/v2 form of the paged history query. It pages the same way and returns the same page
        shape as the /im/v2.1 operation, which replaces it; here the time range and page size may be
        left out, and `check_team_valid` only checks that the team exists.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            descending: Sort order. The documentation says true returns the messages in
                chronological (ascending) order and false in reverse order, the opposite of what the
                name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated; all kinds when left
                out. This form accepts 0, 1, 2, 3, 4, 5, 6, 10, 11 and 100.
            check_team_valid: For advanced teams (not super teams), check that the team exists
                before answering.
            include_no_sense_msg: Include messages the owner is not meant to notice: no-sense
                messages, one-way recalled messages and one-way deleted messages. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`MessagePage`), or `async for` over it
            to walk every `Message` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询历史消息, https://doc.yunxin.163.com/messaging2/server-apis/zMyNzU2MjA?platform=server
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[MessagePage, Message](
            self._client,
            _LIST_LEGACY,
            path={"conversation_id": conversation_id},
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
                "check_team_valid": check_team_valid,
                "include_no_sense_msg": include_no_sense_msg,
            },
            options=options,
        )

    async def batch_send_p2p(
        self,
        *,
        sender_id: Optional[str] = None,
        receiver_ids: Optional[Sequence[str]] = None,
        message: Optional[Union[BatchSendP2PMessageBody, Mapping[str, Any]]] = None,
        message_config: Optional[Union[MessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        sender_no_sense: Optional[bool] = None,
        receiver_no_sense: Optional[bool] = None,
        extension: Optional[str] = None,
        need_message_detail: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchSendP2PMessagesResult:
        """Send one one-to-one message to many receivers.

        Sends the same one-to-one message from one account to up to 100 receivers; each receiver
        gets a separate message with its own server id. Receivers that fail do not fail the call:
        the sent messages are listed in `success_list` and the receivers that failed in
        `failed_list`.

        Args:
            sender_id: Account that sends the message.
            receiver_ids: Accounts that each receive their own copy of the message, at most 100. At
                most 100 items.
            message: What the message sent to every receiver of a batch one-to-one send says. Text
                and tip messages use `text`; every other kind puts its content in `attachment`.
            message_config: Switches for how the message is stored, synchronised and counted.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            push_config: Settings of the offline push notification that goes with the message.
            antispam_config: Content-moderation settings for one message.
            p2p_option: Options that apply only to one-to-one messages.
            sender_no_sense: Hide the messages from the sender: no copy to the sender's other
                devices, no roaming, no history on the sender's side. Cannot be combined with
                `receiver_no_sense`. Default false.
            receiver_no_sense: Hide the messages from the receivers in the same way. Cannot be
                combined with `sender_no_sense`.
            extension: Extension of your own, usually a JSON object encoded as a string.
            need_message_detail: Ask for the details of each sent message in `success_list`. Only
                the official server SDKs list this flag; its exact effect is not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchSendP2PMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量发送单聊消息, https://doc.commsease.com/messaging2/server-apis/zgzOTE1MTI?platform=server
        """
        return await self._client.request(
            _BATCH_SEND_P2P,
            body={
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "push_config": push_config,
                "antispam_config": antispam_config,
                "p2p_option": p2p_option,
                "sender_no_sense": sender_no_sense,
                "receiver_no_sense": receiver_no_sense,
                "extension": extension,
                "need_message_detail": need_message_detail,
            },
            options=options,
        )

    async def recall(
        self,
        *,
        conversation_id: str,
        message_server_id: int,
        type: Union[MessageRecallType, int],
        description: Optional[str] = None,
        push_content: Optional[str] = None,
        push_payload: Optional[str] = None,
        route_environment: Optional[str] = None,
        attach: Optional[str] = None,
        check_team_member_valid: Optional[bool] = None,
        message_time: Optional[int] = None,
        ignore_revoke_time: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Recall or delete a message.

        Takes back one message of a conversation, in one of three ways chosen by `type`: a one-way
        recall (the receivers lose the message and are notified, the sender keeps it), a two-way
        recall (both sides lose it and are notified; only within the app's recall window) or a
        silent delete. Nothing is returned. All query parameters except `type` are known only from
        the official Java server SDK.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: Server id of the message.
            type: How to take the message back. 1: one-way recall (one-to-one and advanced-team
                messages up to 30 days old); 2: two-way recall (one-to-one, advanced-team and
                super-team messages within the recall window, 2 minutes by default, at most 7 days);
                3: delete without notification (one-to-one and advanced-team messages up to 30 days
                old).
            description: Description text of the recall; how the server uses it is not documented.
            push_content: Push text of the recall notification; used with two-way recalls (type 2)
                only.
            push_payload: Custom push payload of the recall notification, a JSON object encoded as a
                string; type 2 only.
            route_environment: Message-copy environment to forward the recall to; type 2 only.
            attach: Extra data carried by the recall notification; type 2 only.
            check_team_member_valid: For team messages, check team membership before recalling; the
                exact check is not documented.
            message_time: Send time of the message in milliseconds since the epoch.
            ignore_revoke_time: Recall the message even if it is older than the recall window. The
                current Java SDK sends an integer; which values the server accepts is not documented
                (1 presumably means "ignore").
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 撤回/删除消息, https://doc.yunxin.163.com/messaging2/server-apis/jAwNTEzODQ?platform=server
        """
        return await self._client.request(
            _RECALL,
            path={"conversation_id": conversation_id, "message_server_id": message_server_id},
            query={
                "type": type,
                "description": description,
                "push_content": push_content,
                "push_payload": push_payload,
                "route_environment": route_environment,
                "attach": attach,
                "check_team_member_valid": check_team_member_valid,
                "message_time": message_time,
                "ignore_revoke_time": ignore_revoke_time,
            },
            options=options,
        )

    @deprecated(
        "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages/{message_server_id}; use get() instead.",
        category=None,
    )
    async def get_legacy(
        self,
        *,
        conversation_id: str,
        message_server_id: int,
        message_time: Optional[int] = None,
        check_team_valid: Optional[bool] = None,
        check_team_member_valid: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Get one message of a conversation (deprecated /im/v2 form).

        The /im/v2 form of the single-message lookup. It takes the same parameters and returns the
        same message as the /im/v2.1 operation, which replaces it.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: Server id of the message.
            message_time: Send time of the message in milliseconds since the epoch; helps the server
                find it.
            check_team_valid: For team messages, check that the team is valid. Default false.
            check_team_member_valid: For team messages, check that the conversation's owner is a
                member of the team. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Message`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询单条消息, https://doc.yunxin.163.com/messaging2/server-apis/DA2NjA2OTk?platform=server
        """
        warnings.warn(
            "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}/messages/{message_server_id}; use get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _GET_LEGACY,
            path={"conversation_id": conversation_id, "message_server_id": message_server_id},
            query={
                "message_time": message_time,
                "check_team_valid": check_team_valid,
                "check_team_member_valid": check_team_member_valid,
            },
            options=options,
        )

    async def send_p2p_read_receipt(
        self,
        *,
        from_account_id: str,
        to_account_id: str,
        message_server_id: int,
        **options: Unpack[RequestOptions],
    ) -> P2PReadReceiptResult:
        """Send a one-to-one read receipt.

        Tells the sender of one-to-one messages that the receiver has read them, up to and including
        the given message. Sending the same receipt again has no further effect on the read state.

        Args:
            from_account_id: Account that has read the messages (the receiver of the messages),
                which sends the receipt.
            to_account_id: Account that gets the receipt (the sender of the messages).
            message_server_id: Server id of the last message read; it and all earlier messages count
                as read.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `P2PReadReceiptResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送单聊已读回执, https://yunxin-im.apifox.cn/api-146886335
        """
        return await self._client.request(
            _SEND_P2P_READ_RECEIPT,
            body={
                "from_account_id": from_account_id,
                "to_account_id": to_account_id,
                "message_server_id": message_server_id,
            },
            options=options,
        )

    async def send_team_read_receipt(
        self,
        *,
        from_account_id: str,
        team_id: int,
        message_server_ids: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> TeamReadReceiptResult:
        """Mark advanced-team messages as read.

        Marks messages of an advanced team as read by one member, which updates the read receipts
        their senders see. The messages must have asked for read receipts
        (`team_option.mark_as_read`) and the team read-receipt feature must be on. Messages that
        cannot be marked are listed in `failed_list` without failing the call.

        Args:
            from_account_id: Team member who has read the messages.
            team_id: The advanced team the messages were sent to.
            message_server_ids: Server ids of the messages to mark as read.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamReadReceiptResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送高级群已读回执, https://yunxin-im.apifox.cn/api-146886494
        """
        return await self._client.request(
            _SEND_TEAM_READ_RECEIPT,
            body={
                "from_account_id": from_account_id,
                "team_id": team_id,
                "message_server_ids": message_server_ids,
            },
            options=options,
        )

    async def get_team_read_receipt(
        self,
        *,
        team_id: Optional[int] = None,
        team_type: Optional[int] = None,
        sender_id: Optional[str] = None,
        message_server_id: Optional[int] = None,
        snapshot: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamReadReceiptDetail:
        """Get who has read an advanced-team message.

        Counts the members of an advanced team who have and have not read one message, and with
        `snapshot` also lists them. Works only for advanced teams whose read-receipt feature is
        turned on in the console. The parameter names come from the official Java server SDK; the
        documentation does not say which are required.

        Args:
            team_id: The advanced team the message was sent to.
            team_type: Kind of team; only 1 (advanced team) is supported. One of 1.
            sender_id: Sender of the message.
            message_server_id: Server id of the message.
            snapshot: Also return the accounts that have and have not read the message. Default
                false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamReadReceiptDetail`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询群消息已读未读详情, https://doc.yunxin.163.com/messaging2/server-apis/DIzNDY0ODk?platform=server
        """
        return await self._client.request(
            _GET_TEAM_READ_RECEIPT,
            query={
                "team_id": team_id,
                "team_type": team_type,
                "sender_id": sender_id,
                "message_server_id": message_server_id,
                "snapshot": snapshot,
            },
            options=options,
        )

    async def get(
        self,
        *,
        conversation_id: str,
        message_server_id: int,
        message_time: Optional[int] = None,
        check_team_valid: Optional[bool] = None,
        check_team_member_valid: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Get one message of a conversation.

        Reads back one one-to-one, advanced-team or super-team message by its server id. Giving the
        message's send time helps the server find it; the two checks make team lookups fail when the
        team or the owner's membership is no longer valid.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: Server id of the message.
            message_time: Send time of the message in milliseconds since the epoch; helps the server
                find it.
            check_team_valid: For team messages, check that the team is valid. Default false.
            check_team_member_valid: For team messages, check that the conversation's owner is a
                member of the team. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Message`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询单条消息, https://doc.yunxin.163.com/messaging2/server-apis/DA2NjA2OTk?platform=server
        """
        return await self._client.request(
            _GET,
            path={"conversation_id": conversation_id, "message_server_id": message_server_id},
            query={
                "message_time": message_time,
                "check_team_valid": check_team_valid,
                "check_team_member_valid": check_team_member_valid,
            },
            options=options,
        )

    def list(
        self,
        *,
        conversation_id: str,
        begin_time: int,
        end_time: int,
        limit: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        message_type: Optional[Sequence[Union[MessageType, int]]] = None,
        check_team_valid: Optional[bool] = None,
        include_no_sense_msg: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MessagePage, Message]:
        """List the history of a conversation, page by page.

        Pages through the cloud history of a one-to-one, advanced-team or super-team conversation
        within a time range, optionally only some kinds of messages. Pass `next_token` back as
        `page_token` while `has_more` is true. A `limit` outside 1 to 100 is rejected with code 414.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true returns the messages in
                chronological (ascending) order and false in reverse order, the opposite of what the
                name suggests; this has not been checked against the live API.
            message_type: Only messages of these kinds, sent comma-separated; all kinds when left
                out. The /im/v2.1 page lists 0, 1, 2, 3, 4, 6, 10, 12 and 100.
            check_team_valid: For advanced teams (not super teams), check that the team is valid and
                that the owner is still a member before answering. Default true.
            include_no_sense_msg: Include messages the owner is not meant to notice: no-sense
                messages, one-way recalled messages and one-way deleted messages. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`MessagePage`), or `async for` over it
            to walk every `Message` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询历史消息, https://doc.commsease.com/messaging2/server-apis/jcwNDA0Nzg?platform=server
        """
        return AsyncPaginator[MessagePage, Message](
            self._client,
            _LIST,
            path={"conversation_id": conversation_id},
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "message_type": message_type,
                "check_team_valid": check_team_valid,
                "include_no_sense_msg": include_no_sense_msg,
            },
            options=options,
        )

    async def update(
        self,
        *,
        operator: str,
        type: Union[ConversationType, int],
        message: Union[UpdatedMessageBody, Mapping[str, Any]],
        extension: Optional[str] = None,
        message_config: Optional[Union[UpdateMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        antispam_config: Optional[Union[AntispamConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        superteam_option: Optional[Union[SuperTeamOption, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> UpdatedMessage:
        """Edit a sent message.

        Replaces the content (type, sub-type, text, attachment) and extension of a message that was
        already sent, and notifies the conversation like a new message would, with its own push,
        moderation and routing settings. The original message is identified by its server id,
        sender, receiver and send time; `type` must be the kind of conversation it was sent in.

        Args:
            operator: Account that performs the edit.
            type: Kind of conversation, also the middle part of a conversation id. 1: one-to-one
                chat between two accounts; 2: advanced team (高级群); 3: super team (超大群).
            message: Identifies the message to edit and carries its new content.
            extension: New extension of your own, a JSON object encoded as a string, up to 1024
                characters. At most 1024 characters.
            message_config: The only storage switch an edit accepts.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            push_config: Settings of the offline push notification that goes with the message.
            antispam_config: Content-moderation settings for one message.
            p2p_option: Options that apply only to one-to-one messages.
            team_option: Options that apply only to advanced-team messages.
            superteam_option: Options that apply only to super-team messages.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `UpdatedMessage`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新消息, https://doc.yunxin.163.com/messaging2/server-apis/DA2ODM5NTU?platform=server
        """
        return await self._client.request(
            _UPDATE,
            body={
                "operator": operator,
                "type": type,
                "extension": extension,
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "push_config": push_config,
                "antispam_config": antispam_config,
                "p2p_option": p2p_option,
                "team_option": team_option,
                "superteam_option": superteam_option,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        return await self._client.request(
            _BATCH_GET,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead.",
        category=None,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetMessagesResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 根据消息 ID 查询历史消息, https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
        """
        warnings.warn(
            "batch_get_legacy() calls the deprecated POST /im/v2/conversations/{conversation_id}/batch_messages; use batch_get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _BATCH_GET_LEGACY,
            path={"conversation_id": conversation_id},
            body={"messages": messages},
            options=options,
        )

    def list_thread(
        self,
        *,
        begin_time: int,
        end_time: int,
        limit: int,
        conversation_type: Union[ConversationType, int],
        sender_id: str,
        receiver_id: str,
        message_server_id: int,
        message_client_id: str,
        create_time: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ThreadMessagePage, Message]:
        """List the replies of a thread, page by page.

        Pages through the replies of a thread within a time range. The thread is named by its root
        message (conversation type, sender, receiver, server id, client id and send time). The
        answer also carries the root message and the number of messages in the thread. Pass
        `next_token` back as `page_token` while `has_more` is true; a `limit` outside 1 to 100 is
        rejected with code 414.

        Args:
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            conversation_type: Kind of conversation of the thread's root message: 1 one-to-one, 2
                advanced team, 3 super team.
            sender_id: Sender of the root message.
            receiver_id: Receiver of the root message (an account id, or the team id for team
                messages).
            message_server_id: Server id of the root message.
            message_client_id: Client id of the root message.
            create_time: Send time of the root message in milliseconds since the epoch.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true returns the replies in chronological
                (ascending) order and false in reverse order, the opposite of what the name
                suggests; this has not been checked against the live API.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ThreadMessagePage`), or `async for`
            over it to walk every `Message` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询 Thread 消息, https://doc.commsease.com/messaging2/server-apis/zE0MzA0NzM?platform=server
        """
        return AsyncPaginator[ThreadMessagePage, Message](
            self._client,
            _LIST_THREAD,
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "conversation_type": conversation_type,
                "sender_id": sender_id,
                "receiver_id": receiver_id,
                "message_server_id": message_server_id,
                "message_client_id": message_client_id,
                "create_time": create_time,
            },
            options=options,
        )

    @deprecated(
        "list_thread_legacy() calls the deprecated GET /im/v2/messages/actions/thread_messages; use list_thread() instead.",
        category=None,
    )
    def list_thread_legacy(
        self,
        *,
        begin_time: int,
        end_time: int,
        limit: int,
        conversation_type: Union[ConversationType, int],
        sender_id: str,
        receiver_id: str,
        message_server_id: int,
        message_client_id: str,
        create_time: int,
        page_token: Optional[str] = None,
        descending: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ThreadMessagePage, Message]:
        """List the replies of a thread, page by page (deprecated /im/v2 form).

        The /im/v2 form of the thread query. Older official SDK files call it with the same
        parameters; it is assumed to answer like the /im/v2.1 operation, which replaces it.

        Args:
            begin_time: Start of the time range, in milliseconds since the epoch. At least 0.
            end_time: End of the time range, in milliseconds since the epoch. At least 0.
            limit: Page size; a value out of range is rejected with code 414. 1 to 100.
            conversation_type: Kind of conversation of the thread's root message: 1 one-to-one, 2
                advanced team, 3 super team.
            sender_id: Sender of the root message.
            receiver_id: Receiver of the root message (an account id, or the team id for team
                messages).
            message_server_id: Server id of the root message.
            message_client_id: Client id of the root message.
            create_time: Send time of the root message in milliseconds since the epoch.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            descending: Sort order. The documentation says true returns the replies in chronological
                (ascending) order and false in reverse order, the opposite of what the name
                suggests; this has not been checked against the live API.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ThreadMessagePage`), or `async for`
            over it to walk every `Message` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询 Thread 消息, https://doc.commsease.com/messaging2/server-apis/zE0MzA0NzM?platform=server
        """
        warnings.warn(
            "list_thread_legacy() calls the deprecated GET /im/v2/messages/actions/thread_messages; use list_thread() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[ThreadMessagePage, Message](
            self._client,
            _LIST_THREAD_LEGACY,
            query={
                "begin_time": begin_time,
                "end_time": end_time,
                "page_token": page_token,
                "limit": limit,
                "descending": descending,
                "conversation_type": conversation_type,
                "sender_id": sender_id,
                "receiver_id": receiver_id,
                "message_server_id": message_server_id,
                "message_client_id": message_client_id,
                "create_time": create_time,
            },
            options=options,
        )

    async def add_quick_comment(
        self,
        *,
        operator_id: str,
        index: int,
        message: Union[QuickCommentTarget, Mapping[str, Any]],
        extension: Optional[str] = None,
        push_config: Optional[Union[QuickCommentPushConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> QuickCommentChange:
        """Add a quick comment to a message.

        Adds a quick comment (a reaction such as an emoji, identified by a number your app defines)
        from one account to a message, and notifies the conversation with the given push settings.
        The body fields are known only from the official server SDKs.

        Args:
            operator_id: Account that adds or removes the comment.
            index: The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app
                defines. At least 1.
            message: Identifies the message a quick comment belongs to.
            extension: Extension of your own, a JSON object encoded as a string.
            push_config: Push settings of the notification about a quick comment.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `QuickCommentChange`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加快捷评论, https://doc.yunxin.163.com/messaging2/server-apis/zg1ODU4ODc?platform=server
        """
        return await self._client.request(
            _ADD_QUICK_COMMENT,
            body={
                "operator_id": operator_id,
                "index": index,
                "extension": extension,
                "message": message,
                "push_config": push_config,
            },
            options=options,
        )

    async def delete_quick_comment(
        self,
        *,
        operator_id: str,
        index: int,
        message: Union[QuickCommentTarget, Mapping[str, Any]],
        extension: Optional[str] = None,
        push_config: Optional[Union[QuickCommentPushConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> QuickCommentChange:
        """Remove a quick comment from a message.

        Removes the quick comment with the given number that an account added to a message. The
        request carries a JSON body although it is a DELETE. The body fields are known only from the
        official server SDKs.

        Args:
            operator_id: Account that adds or removes the comment.
            index: The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app
                defines. At least 1.
            message: Identifies the message a quick comment belongs to.
            extension: Extension of your own, a JSON object encoded as a string.
            push_config: Push settings of the notification about a quick comment.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `QuickCommentChange`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _DELETE_QUICK_COMMENT,
            body={
                "operator_id": operator_id,
                "index": index,
                "extension": extension,
                "message": message,
                "push_config": push_config,
            },
            options=options,
        )

    async def get_quick_comments(
        self,
        *,
        messages: Sequence[Union[QuickCommentTarget, Mapping[str, Any]]],
        **options: Unpack[RequestOptions],
    ) -> QuickCommentsResult:
        """Get the quick comments of messages.

        Reads the quick comments of several messages in one call. Messages whose comments cannot be
        read are listed in `failed_list` without failing the call.

        Args:
            messages: The messages whose quick comments to read.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `QuickCommentsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询快捷评论, https://yunxin-im.apifox.cn/api-248658631
        """
        return await self._client.request(
            _GET_QUICK_COMMENTS,
            body={"messages": messages},
            options=options,
        )

    def search(
        self,
        *,
        operator_id: str,
        conversation_id: Optional[str] = None,
        sender_account_ids: Optional[Sequence[str]] = None,
        message_types: Optional[Sequence[Union[MessageType, int]]] = None,
        message_sub_types: Optional[Sequence[int]] = None,
        start_time: Optional[int] = None,
        time_period: Optional[int] = None,
        keyword_list: Optional[Sequence[str]] = None,
        keyword_match_type: Optional[int] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MessageSearchResult, Message]:
        """Search the message history.

        Full-text search of the history an account can see, optionally limited to one conversation,
        some senders (at most 5), some kinds and sub-kinds of messages and a time window. Pages with
        `page_token` / `next_token`; the answer also gives the number of matches.

        Args:
            operator_id: Account on whose behalf the search runs; only messages it can see are
                found.
            conversation_id: Search only this conversation (`owner|type|peer`, with the team id as
                peer for team conversations); all of the operator's conversations when left out.
                Pattern `^[^|]+\\|[123]\\|[^|]+$`.
            sender_account_ids: Only messages from these senders, at most 5, sent comma-separated;
                more than 5 is a parameter error. At most 5 items.
            message_types: Only messages of these kinds, sent comma-separated; all kinds when left
                out. Notifications (5) cannot be searched with keywords, and non-text messages are
                found only through their `text` description.
            message_sub_types: Only messages of these custom sub-types, sent comma-separated.
            start_time: Anchor time of the searched window, in milliseconds since the epoch (UTC).
            time_period: Length of the searched window in milliseconds, for example 86400000 for one
                day.
            keyword_list: Keywords to look for in the messages' text, sent as a JSON array string.
            keyword_match_type: How several keywords combine. According to the Go SDK comments 0
                matches any keyword (OR) and 1 all keywords (AND); no documentation page lists the
                values.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size; the allowed range is not documented. At least 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`MessageSearchResult`), or `async for`
            over it to walk every `Message` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 检索历史消息, https://doc.commsease.com/messaging2/server-apis/zQ1MzM5NjM?platform=server
        """
        return AsyncPaginator[MessageSearchResult, Message](
            self._client,
            _SEARCH,
            query={
                "operator_id": operator_id,
                "conversation_id": conversation_id,
                "sender_account_ids": sender_account_ids,
                "message_types": message_types,
                "message_sub_types": message_sub_types,
                "start_time": start_time,
                "time_period": time_period,
                "keyword_list": keyword_list,
                "keyword_match_type": keyword_match_type,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )

    @deprecated(
        "search_legacy() calls the deprecated GET /im/v2/messages/actions/search_messages; use search() instead.",
        category=None,
    )
    def search_legacy(
        self,
        *,
        operator_id: str,
        conversation_id: Optional[str] = None,
        sender_account_ids: Optional[Sequence[str]] = None,
        message_types: Optional[Sequence[Union[MessageType, int]]] = None,
        message_sub_types: Optional[Sequence[int]] = None,
        start_time: Optional[int] = None,
        time_period: Optional[int] = None,
        keyword_list: Optional[Sequence[str]] = None,
        keyword_match_type: Optional[int] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MessageSearchResult, Message]:
        """Search the message history (deprecated /im/v2 form).

        The /im/v2 form of the history search, documented on Apifox. It takes the same parameters
        and returns the same page as the /im/v2.1 operation, which replaces it.

        Args:
            operator_id: Account on whose behalf the search runs; only messages it can see are
                found.
            conversation_id: Search only this conversation (`owner|type|peer`, with the team id as
                peer for team conversations); all of the operator's conversations when left out.
                Pattern `^[^|]+\\|[123]\\|[^|]+$`.
            sender_account_ids: Only messages from these senders, at most 5, sent comma-separated;
                more than 5 is a parameter error. At most 5 items.
            message_types: Only messages of these kinds, sent comma-separated; all kinds when left
                out. Notifications (5) cannot be searched with keywords, and non-text messages are
                found only through their `text` description.
            message_sub_types: Only messages of these custom sub-types, sent comma-separated.
            start_time: Anchor time of the searched window, in milliseconds since the epoch (UTC).
            time_period: Length of the searched window in milliseconds, for example 86400000 for one
                day.
            keyword_list: Keywords to look for in the messages' text, sent as a JSON array string.
            keyword_match_type: How several keywords combine. According to the Go SDK comments 0
                matches any keyword (OR) and 1 all keywords (AND); no documentation page lists the
                values.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size; the allowed range is not documented. At least 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`MessageSearchResult`), or `async for`
            over it to walk every `Message` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 检索历史消息, https://doc.commsease.com/messaging2/server-apis/zQ1MzM5NjM?platform=server
        """
        warnings.warn(
            "search_legacy() calls the deprecated GET /im/v2/messages/actions/search_messages; use search() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[MessageSearchResult, Message](
            self._client,
            _SEARCH_LEGACY,
            query={
                "operator_id": operator_id,
                "conversation_id": conversation_id,
                "sender_account_ids": sender_account_ids,
                "message_types": message_types,
                "message_sub_types": message_sub_types,
                "start_time": start_time,
                "time_period": time_period,
                "keyword_list": keyword_list,
                "keyword_match_type": keyword_match_type,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )

    async def send_stream_chunk(
        self,
        *,
        conversation_id: str,
        message: Union[StreamMessageChunk, Mapping[str, Any]],
        message_config: Optional[Union[StreamMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        push_config: Optional[Union[StreamPushConfig, Mapping[str, Any]]] = None,
        extension: Optional[str] = None,
        rag_info_list: Optional[Sequence[Union[StreamRagInfo, Mapping[str, Any]]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        target_option: Optional[Union[TargetOption, Mapping[str, Any]]] = None,
        thread_config: Optional[Union[ThreadConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> StreamMessageChunkResult:
        """Send one chunk of a streaming message.

        Sends a message piece by piece, for example an AI answer while it is being generated, in a
        one-to-one or advanced-team conversation. Every chunk is a separate ordinary JSON call to
        this operation (no chunked upload, no server-sent events):

        1. The first call sends `message.message_client_id`, `message.attachment` with `index` 0 and
        `finish` 0, and all the settings of the message; the answer holds the new
        `message_server_id`.

        2. Every later call sends that `message.message_server_id` (no client id) and the next chunk
        with `index` 1, 2, ...; the last call sets `finish` to 1.

        The server joins the chunks in `index` order into one message when the stream finishes or is
        ended. A stream ends at once when more than 30 seconds pass between two chunks or when the
        text of all chunks passes 5000 characters; later calls for that message are then refused.
        Buffer the text and call about every 200 ms rather than once per character. In one-to-one
        conversations both sides see the stream live; in advanced teams only the sender does unless
        support turns delivery to all members on, and a targeted team message streams to the members
        listed when it was started.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            message: The message part of one streaming call. The first call names the new message
                with `message_client_id`; every later call names it with the `message_server_id`
                that the first call returned.
            message_config: Storage and synchronisation switches of a streaming message.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            p2p_option: Options that apply only to one-to-one messages.
            push_config: Offline push settings of a streaming message.
            extension: Extension of your own, usually a JSON object encoded as a string.
            rag_info_list: Sources to show with an AI-generated answer.
            team_option: Options that apply only to advanced-team messages.
            target_option: Limits a team message to some members (a targeted message). Described
                only by the official server SDKs.
            thread_config: Places the message in a thread.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `StreamMessageChunkResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 发送流式消息, https://doc.yunxin.163.com/messaging2/server-apis/TgyMTY2NzE?platform=server
        """
        return await self._client.request(
            _SEND_STREAM_CHUNK,
            path={"conversation_id": conversation_id},
            body={
                "message": message,
                "message_config": message_config,
                "route_config": route_config,
                "p2p_option": p2p_option,
                "push_config": push_config,
                "extension": extension,
                "rag_info_list": rag_info_list,
                "team_option": team_option,
                "target_option": target_option,
                "thread_config": thread_config,
            },
            options=options,
        )

    async def send_stream(
        self,
        *,
        conversation_id: str,
        chunks: Union[Iterable[str], AsyncIterable[str]],
        message_client_id: Optional[str] = None,
        message_config: Optional[Union[StreamMessageConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        p2p_option: Optional[Union[P2POption, Mapping[str, Any]]] = None,
        push_config: Optional[Union[StreamPushConfig, Mapping[str, Any]]] = None,
        extension: Optional[str] = None,
        rag_info_list: Optional[Sequence[Union[StreamRagInfo, Mapping[str, Any]]]] = None,
        team_option: Optional[Union[TeamOption, Mapping[str, Any]]] = None,
        target_option: Optional[Union[TargetOption, Mapping[str, Any]]] = None,
        thread_config: Optional[Union[ThreadConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> int:
        """Send a streaming message made of ``chunks``, one :meth:`send_stream_chunk` call per chunk.

        The first chunk goes out with index 0, the settings given here and ``message_client_id``
        (a new UUID unless given); every later chunk carries the ``message_server_id`` that the first
        answer returned and the next index; the last chunk is flagged finished. Chunks are sent as
        they arrive, one behind, because a chunk is known to be the last only when the iterable ends.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            chunks: The text of the message, piece by piece (a sync or async iterable).
            message_client_id: Client id of the new message.
            **options: Per-request options, applied to every chunk call.

        Other arguments are the settings of :meth:`send_stream_chunk`, sent with the first chunk.

        Returns:
            The ``message_server_id`` of the message.

        Raises:
            ValueError: ``chunks`` is empty.
            APIError: A chunk call failed; the stream ends there.
        """
        return await async_send_stream(
            self.send_stream_chunk,
            chunks,
            _SEND_STREAM_CHUNK_STREAM,
            fixed={"conversation_id": conversation_id},
            settings={
                "message_config": message_config,
                "route_config": route_config,
                "p2p_option": p2p_option,
                "push_config": push_config,
                "extension": extension,
                "rag_info_list": rag_info_list,
                "team_option": team_option,
                "target_option": target_option,
                "thread_config": thread_config,
            },
            first_id=message_client_id,
            expect=int,
            options=options,
        )


class MessagesWithRawResponse:
    """The methods of :class:`Messages`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Messages) -> None:
        self.send = to_raw_response_wrapper(resource.send)
        self.delete_history = to_raw_response_wrapper(resource.delete_history)
        self.list_legacy = to_raw_response_wrapper(resource.list_legacy)
        self.batch_send_p2p = to_raw_response_wrapper(resource.batch_send_p2p)
        self.recall = to_raw_response_wrapper(resource.recall)
        self.get_legacy = to_raw_response_wrapper(resource.get_legacy)
        self.send_p2p_read_receipt = to_raw_response_wrapper(resource.send_p2p_read_receipt)
        self.send_team_read_receipt = to_raw_response_wrapper(resource.send_team_read_receipt)
        self.get_team_read_receipt = to_raw_response_wrapper(resource.get_team_read_receipt)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)
        self.update = to_raw_response_wrapper(resource.update)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.batch_get_legacy = to_raw_response_wrapper(resource.batch_get_legacy)
        self.list_thread = to_raw_response_wrapper(resource.list_thread)
        self.list_thread_legacy = to_raw_response_wrapper(resource.list_thread_legacy)
        self.add_quick_comment = to_raw_response_wrapper(resource.add_quick_comment)
        self.delete_quick_comment = to_raw_response_wrapper(resource.delete_quick_comment)
        self.get_quick_comments = to_raw_response_wrapper(resource.get_quick_comments)
        self.search = to_raw_response_wrapper(resource.search)
        self.search_legacy = to_raw_response_wrapper(resource.search_legacy)
        self.send_stream_chunk = to_raw_response_wrapper(resource.send_stream_chunk)


class AsyncMessagesWithRawResponse:
    """The methods of :class:`AsyncMessages`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncMessages) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)
        self.delete_history = async_to_raw_response_wrapper(resource.delete_history)
        self.list_legacy = async_to_raw_response_wrapper(resource.list_legacy)
        self.batch_send_p2p = async_to_raw_response_wrapper(resource.batch_send_p2p)
        self.recall = async_to_raw_response_wrapper(resource.recall)
        self.get_legacy = async_to_raw_response_wrapper(resource.get_legacy)
        self.send_p2p_read_receipt = async_to_raw_response_wrapper(resource.send_p2p_read_receipt)
        self.send_team_read_receipt = async_to_raw_response_wrapper(resource.send_team_read_receipt)
        self.get_team_read_receipt = async_to_raw_response_wrapper(resource.get_team_read_receipt)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.batch_get_legacy = async_to_raw_response_wrapper(resource.batch_get_legacy)
        self.list_thread = async_to_raw_response_wrapper(resource.list_thread)
        self.list_thread_legacy = async_to_raw_response_wrapper(resource.list_thread_legacy)
        self.add_quick_comment = async_to_raw_response_wrapper(resource.add_quick_comment)
        self.delete_quick_comment = async_to_raw_response_wrapper(resource.delete_quick_comment)
        self.get_quick_comments = async_to_raw_response_wrapper(resource.get_quick_comments)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.search_legacy = async_to_raw_response_wrapper(resource.search_legacy)
        self.send_stream_chunk = async_to_raw_response_wrapper(resource.send_stream_chunk)
