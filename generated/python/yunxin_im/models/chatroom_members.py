"""Chatroom members (聊天室成员): requests and results of the member operations. Refers to chatrooms.yaml
for the member object; chatrooms.yaml never refers to this file.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .accounts import AntispamConfiguration
from .chatrooms import ChatroomMember, ChatroomMemberRole
from .common import AccountFailure

__all__ = [
    "AddChatroomVirtualMembersRequest",
    "BatchGetChatroomMembersResult",
    "ChatroomBlockedMember",
    "ChatroomBlockedMemberList",
    "ChatroomMemberWithRoomId",
    "ChatroomMuteResult",
    "ChatroomMutedMember",
    "ChatroomMutedMemberList",
    "ChatroomTaggedMemberCount",
    "ChatroomTaggedMemberPage",
    "ChatroomVirtualMember",
    "ChatroomVirtualMemberInput",
    "ChatroomVirtualMemberList",
    "ClearChatroomVirtualMembersResult",
    "KickChatroomMemberRequest",
    "SetChatroomMemberBlockedRequest",
    "SetChatroomMemberChatBannedRequest",
    "SetChatroomMemberRoleRequest",
    "SetChatroomMemberTempChatBannedRequest",
    "SetChatroomTaggedMembersChatBannedRequest",
    "UpdateChatroomMemberTagsRequest",
    "UpdateChatroomOnlineMemberRequest",
]


class ChatroomVirtualMemberInput(YunxinModel):
    """A virtual member to add to a chatroom."""

    account_id: Optional[str] = None
    """Account id of the virtual member."""

    room_nick: Optional[str] = None
    """Nickname shown in the room."""

    room_avatar: Optional[str] = None
    """Avatar shown in the room."""

    extension: Optional[str] = None
    """Extension stored with the virtual member."""


class AddChatroomVirtualMembersRequest(YunxinModel):
    """Body of the virtual-member addition. Fields come from the official SDKs."""

    room_id: Optional[int] = None
    """The chatroom. Needed in practice (the Go SDK refuses 0)."""

    virtual_members: Optional[List[ChatroomVirtualMemberInput]] = None
    """The virtual members to add; at least one. No source states a maximum."""

    extension: Optional[str] = None
    """Extension of the request; what the server does with it is not documented."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the new members. No source states the default."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification."""


class BatchGetChatroomMembersResult(PartialFailureModel):
    """The fixed members found, and the accounts that could not be returned."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[ChatroomMember]] = None
    """The members that were found."""

    failed_list: Optional[List[AccountFailure]] = None
    """The accounts that could not be returned, with the reason."""


class ChatroomBlockedMember(YunxinModel):
    """A member on the block list of a chatroom."""

    account_id: Optional[str] = None
    """Account id of the member."""

    room_nick: Optional[str] = None
    """Nickname in the room."""

    room_avatar: Optional[str] = None
    """Avatar in the room."""

    extension: Optional[str] = None
    """Extension stored with the member. Only the Go SDK lists this field."""

    block_time: Optional[int] = None
    """When the member was blocked; the unit is not documented. Only the Go SDK lists this field."""


class ChatroomBlockedMemberList(YunxinModel):
    """The block list of a chatroom, all in one list."""

    items: Optional[List[ChatroomBlockedMember]] = None
    """The blocked members."""


class ChatroomMemberWithRoomId(ChatroomMember):
    """A chatroom member together with the id of its room."""

    room_id: Optional[int] = None
    """The chatroom the member belongs to."""


class ChatroomMuteResult(YunxinModel):
    """Result of a temporary mute."""

    mute_duration: Optional[int] = None
    """Length of the mute that now applies, in seconds; 0 after the mute was lifted."""


class ChatroomMutedMember(YunxinModel):
    """A muted member of a chatroom."""

    account_id: Optional[str] = None
    """Account id of the member."""

    room_nick: Optional[str] = None
    """Nickname in the room."""

    room_avatar: Optional[str] = None
    """Avatar in the room."""

    chat_banned: Optional[bool] = None
    """Muted until the mute is lifted. Only the Go SDK lists this field."""

    temp_chat_banned: Optional[bool] = None
    """Temporarily muted. Only the Go SDK lists this field."""

    temp_chat_banned_time: Optional[int] = None
    """Time of the temporary mute; neither meaning nor unit is documented. Only the Go SDK lists
    this field.
    """


class ChatroomMutedMemberList(YunxinModel):
    """The muted members of a chatroom, all in one list."""

    items: Optional[List[ChatroomMutedMember]] = None
    """The muted members."""


class ChatroomTaggedMemberCount(YunxinModel):
    """How many online members of a chatroom carry a tag."""

    tag: Optional[str] = None
    """The tag that was counted."""

    online_user_count: Optional[int] = None
    """Online members carrying the tag."""


class ChatroomTaggedMemberPage(YunxinModel):
    """One page of the online members of a chatroom that carry a tag."""

    has_more: Optional[bool] = None
    """More members follow; ask again with the returned `offset`."""

    offset: Optional[int] = None
    """The offset to send to get the next page."""

    items: Optional[List[ChatroomMemberWithRoomId]] = None
    """The members on this page."""


class ChatroomVirtualMember(ChatroomVirtualMemberInput):
    """A virtual member of a chatroom."""

    enter_time: Optional[int] = None
    """When the virtual member was added; the unit is not documented (most likely milliseconds since
    the epoch).
    """


class ChatroomVirtualMemberList(YunxinModel):
    """The virtual members of a chatroom, all in one list."""

    items: Optional[List[ChatroomVirtualMember]] = None
    """The virtual members."""


class ClearChatroomVirtualMembersResult(YunxinModel):
    """Result of removing all virtual members."""

    count: Optional[int] = None
    """Number of virtual members removed. The Java SDK gives no JSON name for this field; `count` is
    its field name.
    """


class KickChatroomMemberRequest(YunxinModel):
    """Body of the kick operation. Only the Java SDK knows this operation; no page documents its
    fields, required flags or limits.
    """

    room_id: Optional[int] = None
    """The chatroom."""

    operator_account_id: Optional[str] = None
    """Account that performs the kick."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the kick. No source states the default."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification."""


class SetChatroomMemberBlockedRequest(YunxinModel):
    """Body of the member block switch, as Apifox documents it."""

    room_id: Optional[int] = None
    """The chatroom."""

    operator_account_id: Optional[str] = None
    """Account that performs the change."""

    blocked: Optional[bool] = None
    """true: put the member on the room's block list; false: take it off."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the change. No source states the default."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification."""


class SetChatroomMemberChatBannedRequest(YunxinModel):
    """Body of the member mute switch. Fields come from the official SDKs."""

    room_id: Optional[int] = None
    """The chatroom. Needed in practice (the Go SDK refuses 0)."""

    operator_account_id: Optional[str] = None
    """Account that performs the change. Needed in practice (the Go SDK refuses an empty value)."""

    chat_banned: Optional[bool] = None
    """true: mute the member until the mute is lifted; false: lift it."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the change. No source states the default; the other member
    operations default to false.
    """

    notification_extension: Optional[str] = None
    """Extension carried by the notification, a JSON string. At most 2048 characters."""


class SetChatroomMemberRoleRequest(YunxinModel):
    """Body of the set-role operation. Fields, defaults and limits come from the official SDKs; no
    documentation page is known for this operation.
    """

    room_id: Optional[int] = None
    """The chatroom. Needed in practice (the Go SDK refuses 0), though no page marks it required."""

    operator_account_id: Optional[str] = None
    """Account that performs the change. Only the creator may make or unmake administrators; the
    creator or an administrator may set the other roles.
    """

    member_role: Optional[Union[ChatroomMemberRole, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """The role to give: 0 makes the account a regular fixed member (creator or administrator may do
    this), 2 an administrator (creator only), 3 a guest, which removes its fixed-member status
    (creator or administrator). 1 cannot be set.
    """

    room_nick: Optional[str] = None
    """Nickname of the member in the room."""

    room_avatar: Optional[str] = None
    """Avatar of the member in the room."""

    member_level: Optional[int] = None
    """Level of the member, a number of your own."""

    extension: Optional[str] = None
    """Extension to store with the member."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the change. Default false."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification, a JSON string. At most 2048 characters."""

    antispam_configuration: Optional[AntispamConfiguration] = None
    """Content moderation of the nickname, avatar and extension in this request."""


class SetChatroomMemberTempChatBannedRequest(YunxinModel):
    """Body of the temporary member mute, as Apifox documents it."""

    room_id: Optional[int] = None
    """The chatroom."""

    operator_account_id: Optional[str] = None
    """Account that performs the change."""

    chat_banned: Optional[bool] = None
    """true: mute the member for `chat_banned_duration`; false: lift the temporary mute."""

    chat_banned_duration: Optional[int] = None
    """Length of the mute in seconds, at most 30 days (2592000). Required when `chat_banned` is
    true. 0 to 2592000.
    """

    notification_enabled: Optional[bool] = None
    """Send the room a notification after the change. Default false."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification, a JSON string. At most 2048 characters."""


class SetChatroomTaggedMembersChatBannedRequest(YunxinModel):
    """Body of the tag mute, as Apifox documents it."""

    room_id: Optional[int] = None
    """The chatroom."""

    operator_account_id: Optional[str] = None
    """Account that performs the change."""

    target_tag: Optional[str] = None
    """The tag whose online members are muted or unmuted."""

    chat_banned: Optional[bool] = None
    """true: mute the members with the tag for `chat_banned_duration`; false: lift the mute."""

    chat_banned_duration: Optional[int] = None
    """Length of the mute in seconds, at most 30 days (2592000). Required when `chat_banned` is
    true. 0 to 2592000.
    """

    notification_enabled: Optional[bool] = None
    """Send a notification after the change. Default false."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification, a JSON string. At most 2048 characters."""

    notification_target_tags: Optional[str] = None
    """Tag expression selecting who receives the notification, for example `{"tag":"vip"} AND
    {"tag":"beijing"}`. By default the members with `target_tag` receive it.
    """


class UpdateChatroomMemberTagsRequest(YunxinModel):
    """Body of the tag change of an online member, as Apifox documents it."""

    room_id: Optional[int] = None
    """The chatroom."""

    tags: Optional[List[str]] = None
    """The member's new tags; they replace the old ones. The client guide allows at most 10 tags per
    account. At most 10 items.
    """

    notify_target_tags: Optional[str] = None
    """Tag expression selecting who is notified of the change, for example `{"tag":"vip"}`. Note the
    `notify_` prefix, where other operations write `notification_`.
    """

    notify_extension: Optional[str] = None
    """Extension carried by the notification."""


class UpdateChatroomOnlineMemberRequest(YunxinModel):
    """Body of the online-member update; only the fields sent change. Fields, defaults and limits
    come from the official SDKs.
    """

    room_id: Optional[int] = None
    """The chatroom. Needed in practice (the Go SDK refuses 0)."""

    persistence: Optional[bool] = None
    """Also store the change permanently. It matters only for fixed members; updating a fixed member
    who is offline fails unless this is true. Default false.
    """

    room_nick: Optional[str] = None
    """New nickname in the room."""

    room_avatar: Optional[str] = None
    """New avatar in the room."""

    extension: Optional[str] = None
    """New extension of the member. At most 4096 characters."""

    notification_enabled: Optional[bool] = None
    """Send the room a notification about the change. Default false."""

    notification_extension: Optional[str] = None
    """Extension carried by the notification, a JSON string. At most 2048 characters."""

    antispam_configuration: Optional[AntispamConfiguration] = None
    """Content moderation of the new nickname, avatar and extension."""
