"""Chatrooms (聊天室管理): the chatroom object, its requests and the member objects that the room-level
member lists return. chatroom_members.yaml refers to this file, never the other way round.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import List, Optional, Union

from pydantic import Field

from .._models import YunxinModel
from .accounts import AntispamConfiguration

__all__ = [
    "Chatroom",
    "ChatroomAddressList",
    "ChatroomDelayClosePolicy",
    "ChatroomDelayInfo",
    "ChatroomFixedMemberList",
    "ChatroomInfo",
    "ChatroomMember",
    "ChatroomMemberRole",
    "ChatroomOnlineClient",
    "ChatroomOnlineMemberPage",
    "CreateChatroomRequest",
    "OpenChatroomIdList",
    "SetChatroomChatBannedRequest",
    "SetChatroomStatusRequest",
    "UpdateChatroomRequest",
]


class ChatroomDelayClosePolicy(IntEnum):
    """How a chatroom closes itself. 0: no scheduled close; 1: close after a fixed delay whether or
    not members are still inside; 2: close once the room has stayed empty for the delay. Scheduled
    closing (the chatroom auto-destroy feature) must first be enabled in the console.
    """

    NONE = 0
    """No scheduled close."""

    FIXED_TIME = 1
    """Close after the delay, even if members are still in the room."""

    WHEN_IDLE = 2
    """Close after the room has been empty for the delay."""


class ChatroomMemberRole(IntEnum):
    """Role of an account in a chatroom. 0: regular fixed member; 1: seen in Apifox examples, most
    likely the creator (no v2 page says so); 2: administrator; 3: guest, an account that is in the
    room without being a fixed member.
    """

    NORMAL = 0
    """Regular fixed member."""

    CREATOR = 1
    """Seen in Apifox examples; presumably the creator. Not documented and cannot be set."""

    MANAGER = 2
    """Administrator."""

    GUEST = 3
    """Guest, not a fixed member."""


class ChatroomDelayInfo(YunxinModel):
    """Scheduled-close state of a chatroom. Only the SDKs describe this object; no documentation
    page lists it.
    """

    delay_close_enable: Optional[bool] = None
    """A scheduled close is active for the room."""

    delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """How a chatroom closes itself. 0: no scheduled close; 1: close after a fixed delay whether or
    not members are still inside; 2: close once the room has stayed empty for the delay. Scheduled
    closing (the chatroom auto-destroy feature) must first be enabled in the console.
    """

    delay_seconds: Optional[int] = None
    """Delay of the scheduled close, in seconds."""

    status: Optional[int] = None
    """Current state of the scheduled close; the values are not documented."""

    start_time: Optional[int] = None
    """When the scheduled-close countdown started; the unit is not documented (most likely
    milliseconds since the epoch).
    """


class Chatroom(YunxinModel):
    """A chatroom as the create, update and open/close operations return it."""

    room_id: Optional[int] = None
    """Chatroom id, assigned by Yunxin when the room is created."""

    room_name: Optional[str] = None
    """Name of the chatroom."""

    creator: Optional[str] = None
    """Account id of the creator (owner) of the chatroom."""

    valid: Optional[bool] = None
    """true: the room is open and accounts may enter; false: it is closed."""

    announcement: Optional[str] = None
    """Announcement of the chatroom."""

    live_url: Optional[str] = None
    """Live-stream address stored with the chatroom."""

    extension: Optional[str] = None
    """Extension of your own stored with the chatroom."""

    chat_banned: Optional[bool] = None
    """The whole room is muted; only the creator and administrators may speak."""

    queue_level: Optional[int] = None
    """Who may change the chatroom queue. The v2 pages do not list the values; the v1 create page of
    the same service gives 0 (everyone) and 1 (only the creator and administrators).
    """

    delay_info: Optional[ChatroomDelayInfo] = None
    """Scheduled-close state of a chatroom. Only the SDKs describe this object; no documentation
    page lists it.
    """


class ChatroomAddressList(YunxinModel):
    """Addresses a client can use to connect to the chatroom."""

    items: Optional[List[str]] = None
    """Connection addresses, as `host:port` strings."""


class ChatroomOnlineClient(YunxinModel):
    """One online client (device) of a chatroom member. Only the SDKs describe its fields."""

    room_nick: Optional[str] = None
    """Nickname the client uses in the room."""

    room_avatar: Optional[str] = None
    """Avatar the client uses in the room."""

    enter_time: Optional[int] = None
    """When the client entered the room; the unit is not documented (most likely milliseconds since
    the epoch).
    """

    client_type: Optional[int] = None
    """Platform of the client; the values are not documented."""

    robot: Optional[bool] = None
    """The client is a robot."""


class ChatroomMember(YunxinModel):
    """A member of a chatroom, fixed or online. Field names follow the official SDKs; Apifox names
    only some of them, in an example.
    """

    account_id: Optional[str] = None
    """Account id of the member."""

    room_nick: Optional[str] = None
    """Nickname in the room."""

    room_avatar: Optional[str] = None
    """Avatar in the room."""

    extension: Optional[str] = None
    """Extension stored with the member."""

    member_role: Optional[Union[ChatroomMemberRole, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Role of an account in a chatroom. 0: regular fixed member; 1: seen in Apifox examples, most
    likely the creator (no v2 page says so); 2: administrator; 3: guest, an account that is in the
    room without being a fixed member.
    """

    member_level: Optional[int] = None
    """Level of the member, a number of your own."""

    is_online: Optional[bool] = None
    """The member is online in the room now."""

    enter_time: Optional[int] = None
    """When the member entered the room; the unit is not documented (most likely milliseconds since
    the epoch).
    """

    blocked: Optional[bool] = None
    """The member is on the room's block list."""

    chat_banned: Optional[bool] = None
    """The member is muted in the room until the mute is lifted."""

    temp_chat_banned: Optional[bool] = None
    """The member is temporarily muted."""

    temp_chat_banned_time: Optional[int] = None
    """Time left of, or end of, the temporary mute; neither meaning nor unit is documented."""

    tags: Optional[str] = None
    """Tags of the member, as one string. The SDKs type it as a string; it presumably holds a JSON
    array of the tags, which no source confirms.
    """

    notify_target_tags: Optional[str] = None
    """Tag expression that selects who is notified when this member enters or leaves."""

    online_info_list: Optional[List[ChatroomOnlineClient]] = None
    """One entry per client of the member that is online in the room."""

    online_count: Optional[int] = None
    """Number of clients of the member that are online in the room."""


class ChatroomFixedMemberList(YunxinModel):
    """The fixed members of a chatroom, all in one list."""

    items: Optional[List[ChatroomMember]] = None
    """The fixed members with the roles asked for."""


class ChatroomInfo(Chatroom):
    """A chatroom as the get operation returns it: the chatroom fields plus its switches and, when
    asked for, its online counts.
    """

    in_out_notification: Optional[int] = None
    """Whether enter and leave events of the room are notified; 1 is on and 0 presumably off (the
    values are not documented).
    """

    cdn_message_enable: Optional[bool] = None
    """Messages of the room are also delivered through the CDN."""

    online_user_count: Optional[int] = None
    """Accounts online in the room; returned when `need_online_user_count` is true."""

    ios_online_user_count: Optional[int] = None
    """Online accounts on iOS; returned when `online_user_count_by_type` is true."""

    android_online_user_count: Optional[int] = None
    """Online accounts on Android; returned when `online_user_count_by_type` is true."""

    pc_online_user_count: Optional[int] = None
    """Online accounts on Windows PCs; returned when `online_user_count_by_type` is true."""

    web_online_user_count: Optional[int] = None
    """Online accounts on the web; returned when `online_user_count_by_type` is true."""

    mac_online_user_count: Optional[int] = None
    """Online accounts on macOS; returned when `online_user_count_by_type` is true."""

    harmony_online_user_count: Optional[int] = None
    """Online accounts on HarmonyOS. Only the SDKs list this count; Apifox does not."""


class ChatroomOnlineMemberPage(YunxinModel):
    """One page of the online members of a chatroom."""

    has_more: Optional[bool] = None
    """More members follow; ask again with the returned `offset`."""

    offset: Optional[int] = None
    """The offset to send to get the next page."""

    items: Optional[List[ChatroomMember]] = None
    """The members on this page."""


class CreateChatroomRequest(YunxinModel):
    """Body of a chatroom creation. No documentation page covers the v2 operation; fields, lengths
    and meanings come from the official SDKs.
    """

    creator: Optional[str] = None
    """Account id of the creator, who owns the room. Needed in practice (the Go SDK refuses an empty
    value), though no page marks it required. The limit of 32 characters is that of account ids. At
    most 32 characters.
    """

    room_name: Optional[str] = None
    """Name of the chatroom. Needed in practice (the Go SDK refuses an empty value). At most 128
    characters.
    """

    announcement: Optional[str] = None
    """Announcement of the chatroom. At most 4096 characters."""

    live_url: Optional[str] = None
    """Live-stream address to store with the chatroom. At most 1024 characters."""

    extension: Optional[str] = None
    """Extension of your own. At most 4096 characters."""

    queue_level: Optional[int] = None
    """Who may change the chatroom queue. The v2 sources do not list the values; the v1 create page
    gives 0 (everyone, its default) and 1 (only the creator and administrators).
    """

    delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """How a chatroom closes itself. 0: no scheduled close; 1: close after a fixed delay whether or
    not members are still inside; 2: close once the room has stayed empty for the delay. Scheduled
    closing (the chatroom auto-destroy feature) must first be enabled in the console.
    """

    delay_seconds: Optional[int] = None
    """Delay of the scheduled close in seconds, at most 7 days (604800). Used only when
    `delay_close_policy` is 1 or 2. At most 604800.
    """

    in_out_notification: Optional[bool] = None
    """Notify the room when accounts enter or leave it. The v1 create page says these notifications
    are on unless turned off; no v2 source states a default.
    """

    antispam_configuration: Optional[AntispamConfiguration] = None
    """Content moderation of the room's name, announcement and extension in this request."""


class OpenChatroomIdList(YunxinModel):
    """The chatrooms of a creator that are currently open."""

    items: Optional[List[str]] = None
    """Ids of the open chatrooms, written as decimal strings (as the v1 form of this query also
    returns them).
    """


class SetChatroomChatBannedRequest(YunxinModel):
    """Body of the whole-room mute switch. Fields come from the official SDKs."""

    operator_account_id: Optional[str] = None
    """Account that performs the change: the creator or an administrator. Needed in practice (the Go
    SDK refuses an empty value).
    """

    chat_banned: Optional[bool] = None
    """true: mute everyone except the creator and administrators; false: lift the mute."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the change; on by default according to the Java SDK.
    Default true.
    """

    notification_extension: Optional[str] = None
    """Extension carried by the notification. At most 2048 characters."""


class SetChatroomStatusRequest(YunxinModel):
    """Body of the open/close operation."""

    operator_account_id: str
    """Account that performs the change; it must be the creator of the room."""

    valid: bool
    """true: open the room; false: close it, which forces every online member out. Default true."""

    delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Scheduled close to set. The feature must be enabled in the console. The 2024 page says only
    rooms created after enabling it can close on schedule; the 2025 page says a value sent here
    overrides the console's policy, which applies otherwise. Default 0.
    """

    delay_seconds: Optional[int] = None
    """Delay of the scheduled close in seconds; used only when `delay_close_policy` is 1 or 2. Both
    the maximum and the default are 7 days (604800). 0 to 604800; default 604800.
    """


class UpdateChatroomRequest(YunxinModel):
    """Body of a chatroom update; only the fields sent change. Fields come from the official SDKs;
    no documentation page covers this operation.
    """

    room_name: Optional[str] = None
    """New name. The limit is that of the create operation; no source states it for updates. At most
    128 characters.
    """

    announcement: Optional[str] = None
    """New announcement. At most 4096 characters."""

    live_url: Optional[str] = None
    """New live-stream address. At most 1024 characters."""

    extension: Optional[str] = None
    """New extension. At most 4096 characters."""

    queue_level: Optional[int] = None
    """New queue permission level (see `queue_level` of the create request)."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification that its information changed."""

    notification_extension: Optional[str] = None
    """Extension carried by that notification."""

    antispam_configuration: Optional[AntispamConfiguration] = None
    """Content moderation of the new name, announcement and extension."""
