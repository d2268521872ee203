"""Broadcasts (广播消息管理): app-wide broadcast notifications and broadcasts to every chatroom.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Dict, List, Optional, Union

from pydantic import Field

from .._models import YunxinModel
from .common import MessageType
from .messages import AntispamConfig, RouteConfig

__all__ = [
    "Broadcast",
    "BroadcastListType",
    "BroadcastPage",
    "ChatroomBroadcast",
    "ChatroomBroadcastMessage",
    "ChatroomBroadcastMessageConfig",
    "ChatroomBroadcastResendFlag",
    "SendBroadcastRequest",
    "SendChatroomBroadcastRequest",
]


class BroadcastListType(IntEnum):
    """Which broadcasts a list returns. 1: all of them; 2: only those kept for offline accounts; 3:
    only those not kept for offline accounts.
    """

    ALL = 1
    """Every broadcast."""

    OFFLINE_ENABLED = 2
    """Broadcasts kept for offline accounts."""

    OFFLINE_DISABLED = 3
    """Broadcasts not kept for offline accounts."""


class ChatroomBroadcastResendFlag(IntEnum):
    """Whether a chatroom broadcast is a resend. 0: first send; 1: resend, de-duplicated by clients
    through `client_broadcast_id`.
    """

    FIRST_SEND = 0
    """First send of the broadcast."""

    RESEND = 1
    """A resend; clients drop it if they already have a broadcast with the same
    `client_broadcast_id`.
    """


class Broadcast(YunxinModel):
    """An app-wide broadcast as the server stores it."""

    broadcast_id: Optional[str] = None
    """Id of the broadcast, used to read or delete it later."""

    from_account_id: Optional[str] = None
    """Account shown as the sender."""

    content: Optional[str] = None
    """Content of the broadcast."""

    offline_enabled: Optional[bool] = None
    """The broadcast is kept for offline accounts."""

    target_os: Optional[List[str]] = None
    """Client platforms that receive the broadcast; empty or absent means every platform."""

    create_time: Optional[int] = None
    """When the broadcast was sent, in milliseconds since the epoch."""

    expire_time: Optional[int] = None
    """When the broadcast stops being delivered to offline accounts, in milliseconds since the
    epoch.
    """


class BroadcastPage(YunxinModel):
    """One page of broadcasts."""

    has_more: Optional[bool] = None
    """More broadcasts follow; ask again with `next_token`."""

    next_token: Optional[str] = None
    """Cursor of the next page, to pass as `page_token`."""

    items: Optional[List[Broadcast]] = None
    """The broadcasts of this page."""


class ChatroomBroadcast(YunxinModel):
    """The chatroom broadcast as the server sent it."""

    create_time: Optional[int] = None
    """Send time in milliseconds since the epoch."""

    client_broadcast_id: Optional[str] = None
    """Your id of the broadcast."""

    sender_id: Optional[str] = None
    """Account that sent the broadcast."""

    from_nick: Optional[str] = None
    """Nickname of the sender shown to chatroom members."""

    from_avatar: Optional[str] = None
    """Avatar URL of the sender shown to chatroom members."""

    message_type: Optional[Union[MessageType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """Custom sub-type given when sending."""

    text: Optional[str] = None
    """Text of the broadcast."""

    attachment: Optional[Dict[str, Any]] = None
    """Attachment of the broadcast."""

    sender_client_type: Optional[int] = None
    """Kind of client the sender used; the values are not documented here."""

    high_priority: Optional[bool] = None
    """The broadcast was sent as a high-priority message."""


class ChatroomBroadcastMessage(YunxinModel):
    """What a chatroom broadcast says. Text and tip messages use `text`; every other kind puts its
    content in `attachment`.
    """

    message_type: Union[MessageType, int] = Field(union_mode="left_to_right")
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    sub_type: Optional[int] = None
    """A second-level category of your own, meaningful for custom (100) messages. At least 1."""

    text: Optional[str] = None
    """Required for text (0) and tip (10) messages, whose limit is 5000 characters; for other kinds
    an optional description limited to 500 characters. At most 5000 characters.
    """

    attachment: Optional[Dict[str, Any]] = None
    """Required for every kind except text and tip: the media description for images, audio, video
    and files, the coordinates for locations, any JSON object for custom messages. At most 5000
    characters once encoded.
    """


class ChatroomBroadcastMessageConfig(YunxinModel):
    """Delivery settings of a chatroom broadcast."""

    high_priority: Optional[bool] = None
    """Deliver the broadcast as a high-priority chatroom message, which rate limits drop last.
    Default false.
    """

    notify_target_tags: Optional[str] = None
    """Tag expression that chooses which chatroom members receive the broadcast; everyone when left
    out. At most 128 characters.
    """


class SendBroadcastRequest(YunxinModel):
    """Body of an app-wide broadcast."""

    content: str
    """Content of the broadcast. At most 4096 characters."""

    from_account_id: Optional[str] = None
    """Account shown as the sender of the broadcast."""

    offline_enabled: Optional[bool] = None
    """Keep the broadcast for accounts that are offline and deliver it when they log in. Default
    false.
    """

    ttl: Optional[int] = None
    """How long the broadcast is kept for offline accounts, in hours (168 is seven days). Only used
    when `offline_enabled` is true. Default 168.
    """

    target_os: Optional[List[str]] = None
    """Client platforms that receive the broadcast, for example `ios`, `aos` (Android), `pc`, `web`,
    `mac`; every platform when left out.
    """


class SendChatroomBroadcastRequest(YunxinModel):
    """Body of a broadcast to every chatroom of the app."""

    client_broadcast_id: str
    """Your own id for the broadcast, which clients use to drop duplicates."""

    sender_id: str
    """Account that sends the broadcast."""

    extension: Optional[str] = None
    """Extension of your own. At most 4096 characters."""

    resend_flag: Optional[Union[ChatroomBroadcastResendFlag, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Whether a chatroom broadcast is a resend. 0: first send; 1: resend, de-duplicated by clients
    through `client_broadcast_id`.
    """

    message: ChatroomBroadcastMessage
    """What a chatroom broadcast says. Text and tip messages use `text`; every other kind puts its
    content in `attachment`.
    """

    message_config: Optional[ChatroomBroadcastMessageConfig] = None
    """Delivery settings of a chatroom broadcast."""

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""

    antispam_config: Optional[AntispamConfig] = None
    """Content-moderation settings for one message."""
