"""Message bodies, the option objects that travel with a message, and messages as the server returns them.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import ConversationType, MessageType

__all__ = [
    "AiParams",
    "AntispamConfig",
    "BatchGetMessagesRequest",
    "BatchGetMessagesResult",
    "Message",
    "MessageBody",
    "MessageConfig",
    "MessageFailure",
    "MessageQuery",
    "P2POption",
    "PushConfig",
    "RobotConfig",
    "RouteConfig",
    "SendMessageRequest",
    "SentMessage",
    "SuperTeamOption",
    "TargetOption",
    "TeamOption",
    "ThreadConfig",
    "ThreadMessageRef",
]


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

    conversation_type: Union[ConversationType, int] = Field(union_mode="left_to_right")
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


class RouteConfig(YunxinModel):
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    route_enabled: Optional[bool] = None
    """Forward a copy of this message to the app server. Default true."""

    route_environment: Optional[str] = None
    """Name of the message-copy environment to forward to."""


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
