"""Conversations and the objects that describe their last message.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Dict, List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import ConversationType, MessageType
from .messages import (
    AntispamConfig,
    MessageBody,
    MessageConfig,
    P2POption,
    PushConfig,
    RobotConfig,
    RouteConfig,
    SuperTeamOption,
    TeamOption,
)

__all__ = [
    "BatchDeleteConversationsResult",
    "BatchGetConversationsResult",
    "Conversation",
    "ConversationBase",
    "ConversationFailure",
    "ConversationOverview",
    "ConversationTopType",
    "CreateConversationRequest",
    "LastMessage",
    "LegacyBatchGetConversationsResult",
    "LegacyConversation",
    "LegacyLastMessage",
    "LegacyListConversationsResult",
    "ListConversationsResult",
    "RevokeNotification",
    "StickTopConversationRequest",
    "StickTopConversationResult",
    "UpdateConversationRequest",
]


class ConversationTopType(IntEnum):
    """Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it."""

    UNPIN = 0
    """Unpin the conversation."""

    PIN = 1
    """Pin the conversation to the top."""


class ConversationFailure(YunxinModel):
    """A conversation that a batch call could not handle."""

    conversation_id: Optional[str] = None
    """The conversation that failed."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class BatchDeleteConversationsResult(PartialFailureModel):
    """Conversations deleted, and those that could not be."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="conversation_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[str]] = None
    """Ids of the conversations that were deleted."""

    failed_list: Optional[List[ConversationFailure]] = None
    """The conversations that were not deleted, with the reason."""


class RevokeNotification(YunxinModel):
    """Notice left in place of a recalled last message. Only the Java SDK describes its fields."""

    server_id: Optional[int] = None
    """Server id of the recalled message."""

    attach: Optional[str] = None
    """Text attached to the notice."""

    revoke_id: Optional[str] = None
    """Id of the recall operation."""

    custom_info: Optional[str] = None
    """Custom information given when recalling."""

    revoke_type: Optional[int] = None
    """Kind of recall; the values are not documented."""


class ConversationBase(YunxinModel):
    """The fields a conversation has under every API version."""

    conversation_id: Optional[str] = None
    """Conversation id, `owner|type|peer`."""

    sender_id: Optional[str] = None
    """The owner's side of the conversation."""

    receiver_id: Optional[str] = None
    """The other side, an account id for one-to-one chats or a team id."""

    type: Optional[Union[ConversationType, int]] = Field(default=None, union_mode="left_to_right")
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    stick_top: Optional[bool] = None
    """Whether the conversation is pinned to the top."""

    group_ids: Optional[List[int]] = None
    """Conversation groups that contain the conversation."""

    server_extension: Optional[str] = None
    """Extension stored with the conversation on the server."""

    message_state: Optional[int] = None
    """State of the last message. 0: normal; 1: it was recalled (see `revoke_notification`). One of
    0, 1.
    """

    revoke_notification: Optional[RevokeNotification] = None
    """Notice left in place of a recalled last message. Only the Java SDK describes its fields."""

    unread_count: Optional[int] = None
    """Number of unread messages."""

    sort_order: Optional[int] = None
    """Sort key; pinned conversations come first, several pinned ones by creation time."""

    create_time: Optional[int] = None
    """Creation time in milliseconds since the epoch."""

    update_time: Optional[int] = None
    """Last update time in milliseconds since the epoch."""

    last_read_time: Optional[int] = None
    """When the owner last read the conversation, in milliseconds since the epoch. Only the Java SDK
    lists this field.
    """


class LastMessage(YunxinModel):
    """The conversation's last message in the flat /im/v2.1 form; empty when that message was
    recalled.
    """

    message_server_id: Optional[int] = None
    """Server id of the message."""

    message_client_id: Optional[str] = None
    """Client id of the message."""

    sender_id: Optional[str] = None
    """Account that sent it."""

    conversation_type: Optional[Union[ConversationType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    sender_client_type: Optional[int] = None
    """Kind of client the sender used."""

    receiver_id: Optional[str] = None
    """Receiving account of a one-to-one message."""

    team_id: Optional[int] = None
    """Team of a team message."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """Custom sub-type."""

    create_time: Optional[int] = None
    """Send time in milliseconds since the epoch."""

    text: Optional[str] = None
    """Text of the message."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the message."""

    extension: Optional[str] = None
    """Extension given when sending."""


class Conversation(ConversationBase):
    """A conversation as the current (/im/v2.1) operations return it, with a flat `last_message`."""

    last_message: Optional[LastMessage] = None
    """The conversation's last message in the flat /im/v2.1 form; empty when that message was
    recalled.
    """


class BatchGetConversationsResult(PartialFailureModel):
    """Conversations found, and the ids that were not."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="conversation_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[Conversation]] = None
    """The conversations that were found."""

    failed_list: Optional[List[ConversationFailure]] = None
    """The ids that were not found, with the reason."""


class ConversationOverview(YunxinModel):
    """Unread totals of one account over all its conversations."""

    account_id: Optional[str] = None
    """The account that was asked about."""

    unread_count: Optional[int] = None
    """Total number of unread messages over all of the account's conversations."""


class CreateConversationRequest(YunxinModel):
    """Body of a conversation creation."""

    conversation_id: Optional[str] = None
    """The conversation to create, `owner|type|peer`: the owner's account id, the conversation type
    (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. It is
    the only field of the body; no source marks it required, but the call has nothing to create
    without it. Pattern `^[^|]+\\|[123]\\|[^|]+$`.
    """


class LegacyLastMessage(YunxinModel):
    """The conversation's last message in the nested /im/v2 form, which mirrors the send-message
    body. Apifox's examples write the boolean switches as the strings "true" and "false"; the SDK
    accepts both.
    """

    sender_no_sense: Optional[bool] = None
    """The message was hidden from its sender."""

    receiver_no_sense: Optional[bool] = None
    """The message was hidden from its receiver."""

    extension: Optional[str] = None
    """Extension given when sending."""

    message: Optional[MessageBody] = None
    """What a message says. Text and tip messages use `text`; every other kind puts its content in
    `attachment`.
    """

    message_config: Optional[MessageConfig] = None
    """Switches for how the message is stored, synchronised and counted."""

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    push_config: Optional[PushConfig] = None
    """Settings of the offline push notification that goes with the message."""

    antispam_config: Optional[AntispamConfig] = None
    """Content-moderation settings for one message."""

    p2p_option: Optional[P2POption] = None
    """Options that apply only to one-to-one messages."""

    team_option: Optional[TeamOption] = None
    """Options that apply only to advanced-team messages."""

    superteam_option: Optional[SuperTeamOption] = None
    """Options that apply only to super-team messages."""

    robot_config: Optional[RobotConfig] = None
    """Addresses the message to a chat robot."""


class LegacyConversation(ConversationBase):
    """A conversation as the deprecated /im/v2 operations return it, with a nested `last_message`."""

    last_message: Optional[LegacyLastMessage] = None
    """The conversation's last message in the nested /im/v2 form, which mirrors the send-message
    body. Apifox's examples write the boolean switches as the strings "true" and "false"; the SDK
    accepts both.
    """


class LegacyBatchGetConversationsResult(PartialFailureModel):
    """Conversations found by the deprecated /im/v2 operation, and the ids that were not."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="conversation_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[LegacyConversation]] = None
    """The conversations that were found, with the nested `last_message`."""

    failed_list: Optional[List[ConversationFailure]] = None
    """The ids that were not found, with the reason."""


class LegacyListConversationsResult(YunxinModel):
    """One page of an account's conversations as the deprecated /im/v2 operation returns it."""

    has_more: Optional[bool] = None
    """More conversations follow; ask for them with `next_token`."""

    next_token: Optional[str] = None
    """Cursor to pass as `page_token` to get the next page."""

    items: Optional[List[LegacyConversation]] = None
    """The conversations of this page, with the nested `last_message`."""


class ListConversationsResult(YunxinModel):
    """One page of an account's conversations."""

    has_more: Optional[bool] = None
    """More conversations follow; ask for them with `next_token`."""

    next_token: Optional[str] = None
    """Cursor to pass as `page_token` to get the next page."""

    items: Optional[List[Conversation]] = None
    """The conversations of this page."""


class StickTopConversationRequest(YunxinModel):
    """Body of a pin or unpin call."""

    top_type: Optional[Union[ConversationTopType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it."""


class StickTopConversationResult(YunxinModel):
    """The conversation's pin state after the call. Only the Java SDK describes these fields."""

    conversation_id: Optional[str] = None
    """Conversation id, `owner|type|peer`."""

    sender_id: Optional[str] = None
    """The owner's side of the conversation."""

    receiver_id: Optional[str] = None
    """The other side, an account id for one-to-one chats or a team id."""

    type: Optional[Union[ConversationType, int]] = Field(default=None, union_mode="left_to_right")
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    stick_top: Optional[bool] = None
    """Whether the conversation is now pinned to the top."""

    sort_order: Optional[int] = None
    """The conversation's new sort key; pinned conversations come first."""

    update_time: Optional[int] = None
    """Last update time in milliseconds since the epoch."""


class UpdateConversationRequest(YunxinModel):
    """Body of a conversation update."""

    server_extension: Optional[str] = None
    """New extension stored with the conversation on the server; it replaces the old value."""
