"""Message bodies, the option objects that travel with a message, and messages as the server returns
them.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Dict, List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import AccountFailure, ConversationType, MessageType

__all__ = [
    "AiParams",
    "AntispamConfig",
    "BatchGetMessagesRequest",
    "BatchGetMessagesResult",
    "BatchSendP2PMessageBody",
    "BatchSendP2PMessagesRequest",
    "BatchSendP2PMessagesResult",
    "GetQuickCommentsRequest",
    "Message",
    "MessageBody",
    "MessageConfig",
    "MessageFailure",
    "MessageHistoryDeleteType",
    "MessagePage",
    "MessageQuery",
    "MessageQuickComments",
    "MessageRecallType",
    "MessageSearchResult",
    "P2POption",
    "P2PReadReceiptResult",
    "PushConfig",
    "QuickComment",
    "QuickCommentChange",
    "QuickCommentFailure",
    "QuickCommentPushConfig",
    "QuickCommentRequest",
    "QuickCommentTarget",
    "QuickCommentsResult",
    "RobotConfig",
    "RouteConfig",
    "SendMessageRequest",
    "SendP2PReadReceiptRequest",
    "SendStreamMessageRequest",
    "SendTeamReadReceiptRequest",
    "SentMessage",
    "StreamAttachment",
    "StreamChunkFinish",
    "StreamMessageChunk",
    "StreamMessageChunkResult",
    "StreamMessageConfig",
    "StreamPushConfig",
    "StreamRagInfo",
    "SuperTeamOption",
    "TargetOption",
    "TeamOption",
    "TeamReadReceiptDetail",
    "TeamReadReceiptResult",
    "ThreadConfig",
    "ThreadMessagePage",
    "ThreadMessageRef",
    "UpdateMessageConfig",
    "UpdateMessageRequest",
    "UpdatedMessage",
    "UpdatedMessageBody",
]


class MessageHistoryDeleteType(IntEnum):
    """Which store of a conversation's messages to clear. 1: roaming messages; 2: cloud history."""

    ROAMING = 1
    """Roaming messages, the recent messages synchronised to newly logged-in devices."""

    HISTORY = 2
    """Cloud history messages."""


class MessageRecallType(IntEnum):
    """How a message is taken back. 1: one-way recall; 2: two-way recall; 3: silent delete."""

    ONE_WAY_RECALL = 1
    """One-way recall of a one-to-one or advanced-team message up to 30 days old: the receivers are
    notified and lose the message; the sender is not notified and keeps it.
    """

    TWO_WAY_RECALL = 2
    """Two-way recall of a one-to-one, advanced-team or super-team message within the recall window
    (2 minutes by default, configurable up to 7 days): both sides are notified and lose the message.
    """

    DELETE = 3
    """Delete a one-to-one or advanced-team message up to 30 days old, without any notification."""


class StreamChunkFinish(IntEnum):
    """Whether a chunk ends the streaming message. 0: more chunks follow; 1: this is the last chunk."""

    NOT_FINISHED = 0
    """More chunks follow."""

    FINISHED = 1
    """This is the last chunk; the server merges all chunks into the final message."""


class AiParams(YunxinModel):
    """Parameters for an AI digital-human reply to the message. Only the official server SDKs
    describe them.
    """

    account: Optional[str] = None
    """Account of the AI digital human."""

    content: Optional[str] = None
    """Content handed to the model, a JSON object encoded as a string."""

    messages: Optional[str] = None
    """Conversation context for the model, a JSON array encoded as a string."""

    prompt_variables: Optional[str] = None
    """Values for the prompt template's variables, a JSON object encoded as a string."""

    config: Optional[str] = None
    """Model settings, a JSON object encoded as a string."""

    send_original: Optional[bool] = None
    """Also deliver the original message to its receiver."""


class AntispamConfig(YunxinModel):
    """Content-moderation settings for one message."""

    antispam_enabled: Optional[bool] = None
    """Run the moderation check on this message. Default true."""

    antispam_business_id: Optional[str] = None
    """Moderation business id to check the message against."""

    antispam_extension: Optional[str] = None
    """Extra moderation parameters passed through unchanged."""

    antispam_custom_message_enabled: Optional[bool] = None
    """Check `antispam_custom_message` instead of the message content."""

    antispam_custom_message: Optional[str] = None
    """Content submitted to moderation when `antispam_custom_message_enabled` is true."""

    antispam_cheating: Optional[str] = None
    """Anti-cheating parameters, a JSON object encoded as a string."""


class MessageQuery(YunxinModel):
    """Identifies one message to look up by id."""

    message_server_id: int
    """Server id of the message."""

    create_time: int
    """Send time of the message in milliseconds since the epoch."""


class BatchGetMessagesRequest(YunxinModel):
    """Body of a batch lookup of messages by id."""

    messages: List[MessageQuery]
    """The messages to look up."""


class ThreadMessageRef(YunxinModel):
    """Points at another message, as the root of a thread or the message being replied to."""

    sender_id: Optional[str] = None
    """Sender of the referenced message."""

    receiver_id: Optional[str] = None
    """Receiver of the referenced message (an account id, or a team id for team messages)."""

    create_time: Optional[int] = None
    """When the referenced message was sent, in milliseconds since the epoch."""

    message_server_id: Optional[int] = None
    """Server id of the referenced message."""

    message_client_id: Optional[str] = None
    """Client id of the referenced message."""


class ThreadConfig(YunxinModel):
    """Places the message in a thread."""

    thread_root: Optional[ThreadMessageRef] = None
    """Points at another message, as the root of a thread or the message being replied to."""

    thread_reply: Optional[ThreadMessageRef] = None
    """Points at another message, as the root of a thread or the message being replied to."""


class Message(YunxinModel):
    """A message read back from history."""

    message_server_id: int
    """Server id of the message."""

    message_client_id: Optional[str] = None
    """Client id of the message."""

    sender_id: str
    """Account that sent the message."""

    conversation_type: Optional[Union[ConversationType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    receiver_id: Optional[str] = None
    """Receiving account of a one-to-one message; absent for team messages, which carry `team_id`
    instead.
    """

    team_id: Optional[int] = None
    """Team of a team message; absent for one-to-one messages."""

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

    sender_client_type: Optional[int] = None
    """Kind of client the sender used (for example 32 for the server API)."""

    text: Optional[str] = None
    """Text of the message, or the description of a non-text message."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the message."""

    extension: Optional[str] = None
    """Extension given when sending."""

    modify_account_id: Optional[str] = None
    """Account that last edited the message, if it was edited."""

    modify_time: Optional[int] = None
    """When the message was last edited, in milliseconds since the epoch."""

    thread_config: Optional[ThreadConfig] = None
    """Places the message in a thread."""

    receiver_account_ids: Optional[List[str]] = None
    """For a targeted team message, the accounts its target list names."""

    inclusive: Optional[bool] = None
    """For a targeted team message, true when only the listed accounts can see it."""

    new_member_visible: Optional[bool] = None
    """For a targeted team message, whether members who joined later can see it."""


class MessageFailure(YunxinModel):
    """A message that could not be looked up."""

    message_server_id: Optional[int] = None
    """Server id of the message that failed."""

    create_time: Optional[int] = None
    """Send time given for that message."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class BatchGetMessagesResult(PartialFailureModel):
    """Messages found and messages that could not be looked up."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="message_server_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[Message]] = None
    """The messages that were found."""

    failed_list: Optional[List[MessageFailure]] = None
    """The messages that were not found, with the reason."""


class BatchSendP2PMessageBody(YunxinModel):
    """What the message sent to every receiver of a batch one-to-one send says. Text and tip
    messages use `text`; every other kind puts its content in `attachment`.
    """

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """A second-level category of your own choosing, most useful for custom (100) messages. At least
    1.
    """

    text: Optional[str] = None
    """Content of a text (0) or tip (10) message, up to 5000 characters. For other kinds it is an
    optional description of up to 500 characters. At most 5000 characters.
    """

    attachment: Optional[Dict[str, Any]] = None
    """Content of non-text messages (media description, coordinates or a custom JSON object)."""


class MessageConfig(YunxinModel):
    """Switches for how the message is stored, synchronised and counted."""

    unread_enabled: Optional[bool] = None
    """Count the message in the receiver's unread number. Default true."""

    mutil_sync_enabled: Optional[bool] = None
    """Copy the message to the sender's other logged-in devices (the key really is spelled `mutil`).
    Default true.
    """

    offline_enabled: Optional[bool] = None
    """Keep the message for receivers who are offline. Default true."""

    history_enabled: Optional[bool] = None
    """Keep the message in the cloud history. Default true."""

    roaming_enabled: Optional[bool] = None
    """Keep the message for roaming to newly logged-in devices. Default true."""

    conversation_update_enabled: Optional[bool] = None
    """Make the message the conversation's last message. Default true."""


class P2POption(YunxinModel):
    """Options that apply only to one-to-one messages."""

    check_friend: Optional[bool] = None
    """Refuse the message unless the sender and receiver are friends."""


class PushConfig(YunxinModel):
    """Settings of the offline push notification that goes with the message."""

    push_enabled: Optional[bool] = None
    """Send an offline push for this message. Default true."""

    push_nick_enabled: Optional[bool] = None
    """Put the sender's nickname in front of the push text. Default true."""

    push_content: Optional[str] = None
    """Push text to show instead of the default one. At most 500 characters."""

    push_payload: Optional[str] = None
    """Custom push payload, a JSON object encoded as a string. At most 2048 characters."""

    push_forcepush_all: Optional[bool] = None
    """In a team, push to every member even if they turned pushes off (an @everyone message).
    Default false.
    """

    push_forcepush_ids: Optional[List[str]] = None
    """In a team, the accounts to push to even if they turned pushes off (an @mention)."""

    push_forcepush_content: Optional[str] = None
    """Push text used for the forced pushes. At most 500 characters."""

    push_forcepush_enable: Optional[bool] = None
    """Turn the forced-push (@mention) behaviour on. Only the official server SDKs send this flag;
    no documentation page lists it.
    """


class RouteConfig(YunxinModel):
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    route_enabled: Optional[bool] = None
    """Forward a copy of this message to the app server. Default true."""

    route_environment: Optional[str] = None
    """Name of the message-copy environment to forward to."""


class BatchSendP2PMessagesRequest(YunxinModel):
    """Body of a batch send of one one-to-one message to many receivers."""

    sender_id: Optional[str] = None
    """Account that sends the message."""

    receiver_ids: Optional[List[str]] = None
    """Accounts that each receive their own copy of the message, at most 100. At most 100 items."""

    message: Optional[BatchSendP2PMessageBody] = None
    """What the message sent to every receiver of a batch one-to-one send says. Text and tip
    messages use `text`; every other kind puts its content in `attachment`.
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

    sender_no_sense: Optional[bool] = None
    """Hide the messages from the sender: no copy to the sender's other devices, no roaming, no
    history on the sender's side. Cannot be combined with `receiver_no_sense`. Default false.
    """

    receiver_no_sense: Optional[bool] = None
    """Hide the messages from the receivers in the same way. Cannot be combined with
    `sender_no_sense`.
    """

    extension: Optional[str] = None
    """Extension of your own, usually a JSON object encoded as a string."""

    need_message_detail: Optional[bool] = None
    """Ask for the details of each sent message in `success_list`. Only the official server SDKs
    list this flag; its exact effect is not documented.
    """


class SentMessage(YunxinModel):
    """The message as stored by the server after a successful send."""

    message_server_id: Optional[int] = None
    """Id the server gave the message."""

    message_client_id: Optional[str] = None
    """Client id of the message, yours or the one the server made up."""

    sender_id: Optional[str] = None
    """Account that sent the message."""

    conversation_type: Optional[Union[ConversationType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    receiver_id: Optional[str] = None
    """Receiving account, or the team id for team messages."""

    create_time: Optional[int] = None
    """Send time in milliseconds since the epoch."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """The custom sub-type given when sending."""

    text: Optional[str] = None
    """Text of the message."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the message."""

    thread_config: Optional[ThreadConfig] = None
    """Places the message in a thread."""


class BatchSendP2PMessagesResult(PartialFailureModel):
    """The copies that were sent and the receivers that failed."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[SentMessage]] = None
    """One sent message per receiver that succeeded."""

    failed_list: Optional[List[AccountFailure]] = None
    """The receivers that failed, with the reason. Only the official server SDKs describe this list.
    """


class QuickCommentTarget(YunxinModel):
    """Identifies the message a quick comment belongs to."""

    conversation_type: Union[ConversationType, int] = Field(union_mode="left_to_right")
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    sender_id: str
    """Sender of the message."""

    receiver_id: str
    """Receiver of the message (an account id, or the team id for team messages)."""

    message_server_id: int
    """Server id of the message."""

    message_client_id: str
    """Client id of the message."""

    create_time: Optional[int] = None
    """Send time of the message in milliseconds since the epoch."""


class GetQuickCommentsRequest(YunxinModel):
    """Body of a quick-comment lookup."""

    messages: List[QuickCommentTarget]
    """The messages whose quick comments to read."""


class MessageBody(YunxinModel):
    """What a message says. Text and tip messages use `text`; every other kind puts its content in
    `attachment`.
    """

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """A second-level category of your own choosing, most useful for custom (100) messages. At least
    1.
    """

    text: Optional[str] = None
    """Content of a text (0) or tip (10) message, up to 5000 characters. For other kinds it is an
    optional description (up to 500 characters) that full-text history search can match. At most
    5000 characters.
    """

    attachment: Optional[Dict[str, Any]] = None
    """Content of non-text messages: the media description (url, md5, size, ...) for images, audio,
    video and files, the coordinates for locations, any JSON object for custom messages.
    """

    message_client_id: Optional[str] = None
    """Your own id for the message, unique per sender; the server makes one up when it is left out.
    """


class MessagePage(YunxinModel):
    """One page of a conversation's history."""

    has_more: Optional[bool] = None
    """More messages follow; pass `next_token` as `page_token` to get them."""

    next_token: Optional[str] = None
    """Cursor of the next page."""

    items: Optional[List[Message]] = None
    """The messages of this page."""


class QuickComment(YunxinModel):
    """One quick comment on a message."""

    operator_id: Optional[str] = None
    """Account that added the comment."""

    index: Optional[int] = None
    """The comment, as defined by your app."""

    extension: Optional[str] = None
    """Extension given with the comment."""

    time: Optional[int] = None
    """When the comment was added, in milliseconds since the epoch."""


class MessageQuickComments(YunxinModel):
    """A message and its quick comments."""

    conversation_type: Optional[Union[ConversationType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    sender_id: Optional[str] = None
    """Sender of the message."""

    receiver_id: Optional[str] = None
    """Receiver of the message."""

    message_server_id: Optional[int] = None
    """Server id of the message."""

    message_client_id: Optional[str] = None
    """Client id of the message."""

    create_time: Optional[int] = None
    """Send time of the message."""

    comments: Optional[List[QuickComment]] = None
    """The quick comments on the message."""


class MessageSearchResult(YunxinModel):
    """One page of messages that match a search."""

    count: Optional[int] = None
    """Number of matching messages."""

    has_more: Optional[bool] = None
    """More matches follow; pass `next_token` as `page_token` to get them."""

    next_token: Optional[str] = None
    """Cursor of the next page; empty when there is none."""

    items: Optional[List[Message]] = None
    """The matching messages of this page."""


class P2PReadReceiptResult(YunxinModel):
    """Result of a one-to-one read receipt."""

    timestamp: Optional[int] = None
    """When the server recorded the receipt, in milliseconds since the epoch."""


class QuickCommentChange(YunxinModel):
    """Result of adding or removing a quick comment."""

    time: Optional[int] = None
    """When the server recorded the change, in milliseconds since the epoch."""


class QuickCommentFailure(YunxinModel):
    """A message whose quick comments could not be read."""

    conversation_type: Optional[Union[ConversationType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    sender_id: Optional[str] = None
    """Sender of the message."""

    receiver_id: Optional[str] = None
    """Receiver of the message."""

    message_server_id: Optional[int] = None
    """Server id of the message."""

    message_client_id: Optional[str] = None
    """Client id of the message."""

    create_time: Optional[int] = None
    """Send time of the message."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class QuickCommentPushConfig(YunxinModel):
    """Push settings of the notification about a quick comment."""

    push_enabled: Optional[bool] = None
    """Send an offline push about the comment. Default true."""

    push_content: Optional[str] = None
    """Push text to show. At most 500 characters."""

    push_payload: Optional[str] = None
    """Custom push payload, a JSON object encoded as a string. At most 2048 characters."""


class QuickCommentRequest(YunxinModel):
    """Body of the calls that add or remove a quick comment."""

    operator_id: str
    """Account that adds or removes the comment."""

    index: int
    """The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app defines. At
    least 1.
    """

    extension: Optional[str] = None
    """Extension of your own, a JSON object encoded as a string."""

    message: QuickCommentTarget
    """Identifies the message a quick comment belongs to."""

    push_config: Optional[QuickCommentPushConfig] = None
    """Push settings of the notification about a quick comment."""


class QuickCommentsResult(PartialFailureModel):
    """Quick comments of the messages found, and the messages that failed."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="message_server_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[MessageQuickComments]] = None
    """The messages that were found, each with its comments."""

    failed_list: Optional[List[QuickCommentFailure]] = None
    """The messages that failed, with the reason."""


class RobotConfig(YunxinModel):
    """Addresses the message to a chat robot."""

    robot_account_id: Optional[str] = None
    """Account of the robot the message is for."""

    robot_topic: Optional[str] = None
    """Topic of the robot conversation."""

    robot_function: Optional[str] = None
    """Robot function to call."""

    robot_custom_content: Optional[str] = None
    """Custom content handed to the robot."""


class SuperTeamOption(YunxinModel):
    """Options that apply only to super-team messages."""

    ignore_chat_banned: Optional[bool] = None
    """Deliver the message even if the whole super team is muted."""

    ignore_member_chat_banned: Optional[bool] = None
    """Deliver the message even if the sender is muted in the super team."""

    check_team_member_valid: Optional[bool] = None
    """Check that the sender is still a member of the super team."""


class TargetOption(YunxinModel):
    """Limits a team message to some members (a targeted message). Described only by the official
    server SDKs.
    """

    receiver_account_ids: Optional[List[str]] = None
    """The accounts the list applies to."""

    inclusive: Optional[bool] = None
    """true when only the listed accounts see the message; false when everyone except them sees it.
    """

    check_team_member_valid: Optional[bool] = None
    """Check that every listed account is a member of the team."""

    visible_to_new_member: Optional[bool] = None
    """Members who join later can also see the message."""


class TeamOption(YunxinModel):
    """Options that apply only to advanced-team messages."""

    mark_as_read: Optional[bool] = None
    """Ask members for read receipts for this message."""

    ignore_chat_banned: Optional[bool] = None
    """Deliver the message even if the whole team is muted."""

    ignore_member_chat_banned: Optional[bool] = None
    """Deliver the message even if the sender is muted in the team."""

    check_team_member_valid: Optional[bool] = None
    """Check that the sender is still a member of the team."""


class SendMessageRequest(YunxinModel):
    """Body of a send-message call."""

    message: MessageBody
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

    thread_config: Optional[ThreadConfig] = None
    """Places the message in a thread."""

    target_option: Optional[TargetOption] = None
    """Limits a team message to some members (a targeted message). Described only by the official
    server SDKs.
    """

    ai_params: Optional[AiParams] = None
    """Parameters for an AI digital-human reply to the message. Only the official server SDKs
    describe them.
    """

    sender_no_sense: Optional[bool] = None
    """Hide the message from the sender: no copy to the sender's other devices, no roaming, no
    history on the sender's side. Cannot be combined with `receiver_no_sense`. Default false.
    """

    receiver_no_sense: Optional[bool] = None
    """Hide the message from the receiver in the same way. Cannot be combined with
    `sender_no_sense`. Default false.
    """

    extension: Optional[str] = None
    """Extension of your own, usually a JSON object encoded as a string."""


class SendP2PReadReceiptRequest(YunxinModel):
    """Body of a one-to-one read receipt."""

    from_account_id: str
    """Account that has read the messages (the receiver of the messages), which sends the receipt.
    """

    to_account_id: str
    """Account that gets the receipt (the sender of the messages)."""

    message_server_id: int
    """Server id of the last message read; it and all earlier messages count as read."""


class StreamAttachment(YunxinModel):
    """One chunk of a streaming message."""

    text: Optional[str] = None
    """Text of this chunk. All chunks of one message together may hold at most 5000 characters;
    going over ends the stream at once.
    """

    index: Optional[int] = None
    """Sequence number of the chunk, 0 for the first one, then 1, 2, ...; the server joins the
    chunks in this order. At least 0.
    """

    finish: Optional[Union[StreamChunkFinish, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Whether a chunk ends the streaming message. 0: more chunks follow; 1: this is the last chunk.
    """


class StreamMessageChunk(YunxinModel):
    """The message part of one streaming call. The first call names the new message with
    `message_client_id`; every later call names it with the `message_server_id` that the first call
    returned.
    """

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    message_client_id: Optional[str] = None
    """Your client id for the new message; send it with the first chunk (index 0) only."""

    message_server_id: Optional[int] = None
    """Server id returned by the first call; send it with every later chunk."""

    attachment: Optional[StreamAttachment] = None
    """One chunk of a streaming message."""


class StreamMessageConfig(YunxinModel):
    """Storage and synchronisation switches of a streaming message."""

    unread_enabled: Optional[bool] = None
    """Count the message in the receiver's unread number."""

    mutil_sync_enabled: Optional[bool] = None
    """Copy the message to the sender's other logged-in devices (the key really is spelled `mutil`).
    """

    history_enabled: Optional[bool] = None
    """Keep the final message in the cloud history."""

    conversation_update_enabled: Optional[bool] = None
    """Make the message the conversation's last message."""


class StreamPushConfig(YunxinModel):
    """Offline push settings of a streaming message."""

    push_enabled: Optional[bool] = None
    """Send an offline push for the message."""

    push_nick_enabled: Optional[bool] = None
    """Put the sender's nickname in front of the push text."""

    push_content: Optional[str] = None
    """Push text to show instead of the default one."""

    push_payload: Optional[str] = None
    """Custom push payload, a JSON object encoded as a string."""


class StreamRagInfo(YunxinModel):
    """A source that an AI answer drew on, shown with the streamed message. Only the official server
    SDKs describe it.
    """

    name: Optional[str] = None
    """Name of the source."""

    icon: Optional[str] = None
    """URL of the source's icon."""

    title: Optional[str] = None
    """Title of the source document."""

    time: Optional[int] = None
    """Time of the source in milliseconds since the epoch."""

    url: Optional[str] = None
    """Link to the source."""

    description: Optional[str] = None
    """Short description of the source."""


class SendStreamMessageRequest(YunxinModel):
    """Body of one chunk of a streaming message. The first chunk carries the settings of the whole
    message (configs, options, extension); later chunks need only `message`.
    """

    message: StreamMessageChunk
    """The message part of one streaming call. The first call names the new message with
    `message_client_id`; every later call names it with the `message_server_id` that the first call
    returned.
    """

    message_config: Optional[StreamMessageConfig] = None
    """Storage and synchronisation switches of a streaming message."""

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    p2p_option: Optional[P2POption] = None
    """Options that apply only to one-to-one messages."""

    push_config: Optional[StreamPushConfig] = None
    """Offline push settings of a streaming message."""

    extension: Optional[str] = None
    """Extension of your own, usually a JSON object encoded as a string."""

    rag_info_list: Optional[List[StreamRagInfo]] = None
    """Sources to show with an AI-generated answer."""

    team_option: Optional[TeamOption] = None
    """Options that apply only to advanced-team messages."""

    target_option: Optional[TargetOption] = None
    """Limits a team message to some members (a targeted message). Described only by the official
    server SDKs.
    """

    thread_config: Optional[ThreadConfig] = None
    """Places the message in a thread."""


class SendTeamReadReceiptRequest(YunxinModel):
    """Body of an advanced-team read receipt."""

    from_account_id: str
    """Team member who has read the messages."""

    team_id: int
    """The advanced team the messages were sent to."""

    message_server_ids: List[int]
    """Server ids of the messages to mark as read."""


class StreamMessageChunkResult(YunxinModel):
    """The server's answer to one chunk. After the first chunk it holds the `message_server_id` that
    every later chunk must send; later answers only acknowledge the chunk.
    """

    message_server_id: Optional[int] = None
    """Server id of the streaming message."""

    message_client_id: Optional[str] = None
    """Client id of the streaming message."""

    sender_id: Optional[str] = None
    """Account that sends the message."""

    conversation_type: Optional[Union[ConversationType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    receiver_id: Optional[str] = None
    """Receiving account, or the team id for team messages."""

    create_time: Optional[int] = None
    """Send time in milliseconds since the epoch."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """


class TeamReadReceiptDetail(YunxinModel):
    """Who has and has not read one advanced-team message."""

    read_size: Optional[int] = None
    """Number of members who have read the message."""

    unread_size: Optional[int] = None
    """Number of members who have not read it yet."""

    read_account_ids: Optional[List[str]] = None
    """Members who have read it; returned only when `snapshot` is true."""

    unread_account_ids: Optional[List[str]] = None
    """Members who have not read it; returned only when `snapshot` is true."""


class TeamReadReceiptResult(PartialFailureModel):
    """Messages marked as read and messages that could not be."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field=None,
        code_field=None,
        message_field=None,
    )

    success_list: Optional[List[int]] = None
    """Server ids of the messages marked as read."""

    failed_list: Optional[List[int]] = None
    """Server ids of the messages that could not be marked; no reason is given."""


class ThreadMessagePage(YunxinModel):
    """One page of the replies in a thread, with the thread's root message."""

    has_more: Optional[bool] = None
    """More replies follow; pass `next_token` as `page_token` to get them."""

    next_token: Optional[str] = None
    """Cursor of the next page."""

    thread_root: Optional[Message] = None
    """A message read back from history."""

    total: Optional[int] = None
    """Number of messages in the thread. Only the official server SDKs list this field."""

    timestamp: Optional[int] = None
    """Time of the query in milliseconds since the epoch. Only the Java SDK lists this field."""

    messages: Optional[List[Message]] = None
    """The replies of this page. Only the official server SDKs name this list; the documentation
    table stops before it.
    """


class UpdateMessageConfig(YunxinModel):
    """The only storage switch an edit accepts."""

    conversation_update_enabled: Optional[bool] = None
    """Make the edited message the conversation's last message again. Default true."""


class UpdatedMessageBody(YunxinModel):
    """Identifies the message to edit and carries its new content."""

    message_server_id: int
    """Server id of the message to edit."""

    receiver_id: str
    """Receiver of the original message (an account id, or the team id for team messages)."""

    time: int
    """Send time of the original message in milliseconds since the epoch (the key is `time`, not
    `create_time`).
    """

    sender_id: str
    """Sender of the original message."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """New custom sub-type. At least 1."""

    text: Optional[str] = None
    """New text of the message."""

    attachment: Optional[Dict[str, Any]] = None
    """New attachment; the official example is an image (name, md5, url, ext, w, h, size)."""


class UpdateMessageRequest(YunxinModel):
    """Body of a message edit."""

    operator: str
    """Account that performs the edit."""

    type: Union[ConversationType, int] = Field(union_mode="left_to_right")
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    extension: Optional[str] = None
    """New extension of your own, a JSON object encoded as a string, up to 1024 characters. At most
    1024 characters.
    """

    message: UpdatedMessageBody
    """Identifies the message to edit and carries its new content."""

    message_config: Optional[UpdateMessageConfig] = None
    """The only storage switch an edit accepts."""

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


class UpdatedMessage(YunxinModel):
    """The message after the edit."""

    modify_account_id: Optional[str] = None
    """Account that edited the message."""

    modify_time: Optional[int] = None
    """When it was edited, in milliseconds since the epoch."""

    message_server_id: Optional[int] = None
    """Server id of the message."""

    sender_id: Optional[str] = None
    """Sender of the message."""

    receiver_id: Optional[str] = None
    """Receiver of the message (an account id, or the team id for team messages)."""

    create_time: Optional[int] = None
    """Original send time in milliseconds since the epoch."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """Custom sub-type."""

    text: Optional[str] = None
    """Text of the message after the edit."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the message after the edit."""

    extension: Optional[str] = None
    """Extension of the message after the edit."""
