"""Signalling (信令): signalling rooms (channels) for call invitations and control messages. Only the
official Java server SDK describes these objects; their limits and required fields are not
documented.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import YunxinModel

__all__ = [
    "CreateSignallingRoomRequest",
    "KickSignallingMemberRequest",
    "SendSignallingControlRequest",
    "SignallingInvitationRequest",
    "SignallingPushConfig",
    "SignallingRoom",
    "SignallingRoomMember",
    "SignallingRouteConfig",
]


class SignallingRouteConfig(YunxinModel):
    """Whether the signalling event is copied to your server (message copy, 抄送)."""

    route_enabled: Optional[bool] = None
    """Copy this event to the app server; the default is not documented."""


class CreateSignallingRoomRequest(YunxinModel):
    """Body of a signalling room creation."""

    channel_name: Optional[str] = None
    """Name of the room; rooms can also be looked up by name."""

    creator_account_id: Optional[str] = None
    """Account that creates the room."""

    channel_type: Optional[int] = None
    """Kind of room. The numeric values are not documented for this API; the v1 API and the client
    SDKs distinguish audio, video and custom rooms.
    """

    channel_extension: Optional[str] = None
    """Extension of your own stored with the room."""

    route_config: Optional[SignallingRouteConfig] = None
    """Whether the signalling event is copied to your server (message copy, 抄送)."""


class KickSignallingMemberRequest(YunxinModel):
    """Body of a removal from a signalling room."""

    channel_id: str
    """Id of the room."""

    operator_account_id: Optional[str] = None
    """Account that removes the member."""

    target_account_id: Optional[str] = None
    """Account that is removed."""

    server_extension: Optional[str] = None
    """Extension of your own delivered with the event."""

    offline_enabled: Optional[bool] = None
    """Keep the event for members who are offline."""

    route_config: Optional[SignallingRouteConfig] = None
    """Whether the signalling event is copied to your server (message copy, 抄送)."""


class SendSignallingControlRequest(YunxinModel):
    """Body of a control signal."""

    channel_id: str
    """Id of the room."""

    operator_account_id: Optional[str] = None
    """Account that sends the signal."""

    target_account_id: Optional[str] = None
    """Account the signal is for; whether it may be left out is not documented."""

    server_extension: Optional[str] = None
    """Extension of your own delivered with the control signal."""

    route_config: Optional[SignallingRouteConfig] = None
    """Whether the signalling event is copied to your server (message copy, 抄送)."""


class SignallingPushConfig(YunxinModel):
    """Offline push notification that goes with an invitation or its cancellation."""

    push_enabled: Optional[bool] = None
    """Send an offline push to the invitee; the default is not documented."""

    push_title: Optional[str] = None
    """Title of the push notification."""

    push_content: Optional[str] = None
    """Text of the push notification."""

    push_payload: Optional[str] = None
    """Custom push payload, a JSON object encoded as a string."""


class SignallingInvitationRequest(YunxinModel):
    """Body of an invitation into a signalling room, or of its cancellation."""

    channel_id: str
    """Id of the room."""

    inviter_account_id: Optional[str] = None
    """Account that invites."""

    invitee_account_id: Optional[str] = None
    """Account that is invited."""

    request_id: Optional[str] = None
    """Your id of the invitation; a cancellation names the invitation with the same id."""

    server_extension: Optional[str] = None
    """Extension of your own delivered with the event."""

    offline_enabled: Optional[bool] = None
    """Keep the event for an invitee who is offline."""

    unread_enabled: Optional[bool] = None
    """Count the event in the invitee's unread number."""

    push_config: Optional[SignallingPushConfig] = None
    """Offline push notification that goes with an invitation or its cancellation."""

    route_config: Optional[SignallingRouteConfig] = None
    """Whether the signalling event is copied to your server (message copy, 抄送)."""


class SignallingRoomMember(YunxinModel):
    """A member of a signalling room."""

    account_id: Optional[str] = None
    """Account of the member."""

    uid: Optional[int] = None
    """Member id the server gave this member in the room."""

    device_id: Optional[str] = None
    """Device the member joined from."""

    join_time: Optional[int] = None
    """When the member joined, in milliseconds since the epoch."""

    expire_time: Optional[int] = None
    """When the membership expires, in milliseconds since the epoch."""


class SignallingRoom(YunxinModel):
    """A signalling room and its members."""

    channel_name: Optional[str] = None
    """Name of the room."""

    channel_id: Optional[str] = None
    """Id the server gave the room, unique."""

    creator_account_id: Optional[str] = None
    """Account that created the room."""

    channel_extension: Optional[str] = None
    """Extension stored with the room."""

    channel_type: Optional[int] = None
    """Kind of room; the numeric values are not documented."""

    create_time: Optional[int] = None
    """When the room was created, in milliseconds since the epoch."""

    expire_time: Optional[int] = None
    """When the room expires, in milliseconds since the epoch."""

    member_list: Optional[List[SignallingRoomMember]] = None
    """The members of the room."""
