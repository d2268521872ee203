"""Chatroom messages: what is sent to a chatroom, its delivery settings, and chatroom messages as
the server returns them. Refers to messages.yaml and common.yaml, never the other way round.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Dict, List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import AccountFailure, MessageType
from .messages import AiParams, AntispamConfig, RouteConfig

__all__ = [
    "BatchSendChatroomMessagesRequest",
    "BatchSendChatroomMessagesResult",
    "ChatroomBatchFailure",
    "ChatroomHistoryMessage",
    "ChatroomMessageBody",
    "ChatroomMessageConfig",
    "ChatroomMessageFailure",
    "ChatroomMessagePage",
    "ChatroomReplayMessage",
    "ChatroomResendFlag",
    "ChatroomSentMessage",
    "SendChatroomMessageRequest",
    "SendChatroomMessageResult",
]


class ChatroomResendFlag(IntEnum):
    """Whether a chatroom message is sent again. 0: first send; 1: a resend of an earlier send."""

    FIRST_SEND = 0
    """The message is sent for the first time."""

    RESEND = 1
    """The message is a resend of one sent before (same client id)."""


class ChatroomMessageBody(YunxinModel):
    """What a chatroom message says. Text and tip messages use `text`; every other kind puts its
    content in `attachment`. Chatroom messages can be sent with the kinds 0, 1, 2, 3, 4, 6, 10 and
    100.
    """

    message_client_id: Optional[str] = None
    """Your own id for the message. Chatroom messages are recalled by this id, so keep it; the
    official Go SDK always sends one.
    """

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """A second-level category of your own choosing."""

    text: Optional[str] = None
    """Content of a text or tip message, or a description of another kind."""

    attachment: Optional[Dict[str, Any]] = None
    """Content of non-text messages (media description, coordinates or a custom JSON object)."""

    location_x: Optional[float] = None
    """X coordinate of the sender in a virtual-space chatroom."""

    location_y: Optional[float] = None
    """Y coordinate of the sender in a virtual-space chatroom."""

    location_z: Optional[float] = None
    """Z coordinate of the sender in a virtual-space chatroom."""


class ChatroomMessageConfig(YunxinModel):
    """Delivery settings of a chatroom message. The meaning and range of the priority and
    frequency-control fields are not documented beyond their names.
    """

    ignore_chat_banned: Optional[bool] = None
    """Deliver the message even while the chatroom is temporarily muted."""

    history_enabled: Optional[bool] = None
    """Keep the message in the chatroom's cloud history."""

    high_priority: Optional[bool] = None
    """Send as a high-priority message, which is dropped last when the chatroom is overloaded."""

    need_high_priority_msg_resend: Optional[bool] = None
    """Resend the high-priority message when delivery fails; the exact behaviour is not documented.
    """

    abandon_ratio: Optional[int] = None
    """Share of deliveries of this message that may be dropped under load; unit and range are not
    documented.
    """

    notify_target_tags: Optional[str] = None
    """Tag expression that selects the members who receive the message."""

    chat_msg_priority: Optional[int] = None
    """Priority level of the message; the range is not documented."""

    forbidden_if_high_priority_msg_freq: Optional[int] = None
    """Frequency-control setting for high-priority messages; its meaning is not documented."""


class BatchSendChatroomMessagesRequest(YunxinModel):
    """Body of a batch send of several messages to one chatroom."""

    room_id: Optional[int] = None
    """Chatroom to send to."""

    sender_id: Optional[str] = None
    """Account that sends the messages; it must be in the chatroom."""

    receiver_ids: Optional[List[str]] = None
    """Deliver the messages only to these members; everyone in the chatroom when left out."""

    resend_flag: Optional[Union[ChatroomResendFlag, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Whether a chatroom message is sent again. 0: first send; 1: a resend of an earlier send."""

    extension: Optional[str] = None
    """Extension of your own, usually a JSON object encoded as a string."""

    messages: Optional[List[ChatroomMessageBody]] = None
    """The messages to send; the maximum number per call is not documented."""

    message_config: Optional[ChatroomMessageConfig] = None
    """Delivery settings of a chatroom message. The meaning and range of the priority and
    frequency-control fields are not documented beyond their names.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    antispam_config: Optional[AntispamConfig] = None
    """Content-moderation settings for one message."""


class ChatroomMessageFailure(YunxinModel):
    """A message of a chatroom batch that was not sent."""

    message_client_id: Optional[str] = None
    """Client id of the message that failed."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class ChatroomBatchFailure(YunxinModel):
    """What went wrong in a chatroom batch send."""

    failed_account_ids: Optional[List[AccountFailure]] = None
    """Targeted receivers that did not get the messages."""

    failed_messages: Optional[List[ChatroomMessageFailure]] = None
    """Messages that were not sent."""


class ChatroomReplayMessage(YunxinModel):
    """Another chatroom message that the sent message refers to. Only the Java SDK lists this object
    (as `replay_message`); its meaning is not documented.
    """

    message_client_id: Optional[str] = None
    """Client id of the referenced message."""

    create_time: Optional[int] = None
    """Send time of the referenced message in milliseconds since the epoch."""

    sender_id: Optional[str] = None
    """Sender of the referenced message."""


class ChatroomSentMessage(YunxinModel):
    """A chatroom message as stored by the server after a successful send."""

    message_client_id: Optional[str] = None
    """Client id of the message."""

    create_time: Optional[int] = None
    """Send time in milliseconds since the epoch."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """Custom sub-type."""

    text: Optional[str] = None
    """Text of the message."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the message."""

    sender_id: Optional[str] = None
    """Account that sent the message."""

    sender_nick: Optional[str] = None
    """Nickname the sender has in the chatroom."""

    sender_avatar: Optional[str] = None
    """Avatar URL the sender has in the chatroom."""

    room_id: Optional[int] = None
    """Chatroom the message was sent to."""

    high_priority: Optional[bool] = None
    """The message was sent as high priority."""

    msg_abandon: Optional[bool] = None
    """The message was dropped instead of delivered (for example under load). Only the Java SDK
    lists this field.
    """

    replay_message: Optional[ChatroomReplayMessage] = None
    """Another chatroom message that the sent message refers to. Only the Java SDK lists this object
    (as `replay_message`); its meaning is not documented.
    """


class BatchSendChatroomMessagesResult(PartialFailureModel):
    """The chatroom messages sent, and what failed."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field=None,
        code_field=None,
        message_field=None,
    )

    success_list: Optional[List[ChatroomSentMessage]] = None
    """The messages that were sent."""

    failed_list: Optional[List[ChatroomBatchFailure]] = None
    """Failures, each listing receivers and messages that failed. Only the Java SDK lists this
    field; Apifox shows `success_list` only.
    """


class ChatroomHistoryMessage(YunxinModel):
    """A chatroom message read back from history."""

    message_client_id: Optional[str] = None
    """Client id of the message; chatroom messages are recalled by it."""

    sender_id: Optional[str] = None
    """Account that sent the message."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    create_time: Optional[int] = None
    """Send time in milliseconds since the epoch."""

    sender_client_type: Optional[int] = None
    """Kind of client the sender used (for example 32 for the server API)."""

    text: Optional[str] = None
    """Text of the message."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the message; chatroom notifications (type 5) carry their data here."""

    extension: Optional[str] = None
    """Extension given when sending."""


class ChatroomMessagePage(YunxinModel):
    """One page of a sender's messages in a chatroom."""

    has_more: Optional[bool] = None
    """More messages follow; pass `next_token` as `page_token` to get them."""

    next_token: Optional[str] = None
    """Cursor of the next page."""

    items: Optional[List[ChatroomHistoryMessage]] = None
    """The messages of this page."""


class SendChatroomMessageRequest(YunxinModel):
    """Body of a chatroom message send."""

    sender_id: Optional[str] = None
    """Account that sends the message; it must be in the chatroom."""

    receiver_ids: Optional[List[str]] = None
    """Deliver the message only to these members (a targeted message); everyone in the chatroom when
    left out.
    """

    resend_flag: Optional[Union[ChatroomResendFlag, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Whether a chatroom message is sent again. 0: first send; 1: a resend of an earlier send."""

    extension: Optional[str] = None
    """Extension of your own, usually a JSON object encoded as a string."""

    message: Optional[ChatroomMessageBody] = None
    """What a chatroom message says. Text and tip messages use `text`; every other kind puts its
    content in `attachment`. Chatroom messages can be sent with the kinds 0, 1, 2, 3, 4, 6, 10 and
    100.
    """

    message_config: Optional[ChatroomMessageConfig] = None
    """Delivery settings of a chatroom message. The meaning and range of the priority and
    frequency-control fields are not documented beyond their names.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    antispam_config: Optional[AntispamConfig] = None
    """Content-moderation settings for one message."""

    ai_params: Optional[AiParams] = None
    """Parameters for an AI digital-human reply to the message. Only the official server SDKs
    describe them.
    """


class SendChatroomMessageResult(PartialFailureModel):
    """The chatroom message sent, and the targeted receivers that did not get it."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded=None,
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    message: Optional[ChatroomSentMessage] = None
    """A chatroom message as stored by the server after a successful send."""

    failed_list: Optional[List[AccountFailure]] = None
    """Targeted receivers that failed, with the reason. Only the Java SDK lists this field."""
