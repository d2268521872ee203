"""Signalling: Signalling rooms for call invitations and control messages.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.signalling import (
    CreateSignallingRoomRequest,
    KickSignallingMemberRequest,
    SendSignallingControlRequest,
    SignallingInvitationRequest,
    SignallingPushConfig,
    SignallingRoom,
    SignallingRouteConfig,
)

__all__ = [
    "AsyncSignalling",
    "AsyncSignallingWithRawResponse",
    "Signalling",
    "SignallingWithRawResponse",
]

_CREATE_ROOM: Operation[SignallingRoom] = Operation(
    name="createSignallingRoom",
    method="POST",
    path="/im/v2/signalling_room",
    response_model=SignallingRoom,
    body_model=CreateSignallingRoomRequest,
    idempotent=False,
)

_CLOSE_ROOM: Operation[None] = Operation(
    name="closeSignallingRoom",
    method="DELETE",
    path="/im/v2/signalling_room",
    response_model=None,
    idempotent=True,
)

_DELAY_ROOM: Operation[SignallingRoom] = Operation(
    name="delaySignallingRoom",
    method="PUT",
    path="/im/v2/signalling_room",
    response_model=SignallingRoom,
    idempotent=True,
)

_GET_ROOM: Operation[SignallingRoom] = Operation(
    name="getSignallingRoom",
    method="GET",
    path="/im/v2/signalling_room",
    response_model=SignallingRoom,
    idempotent=True,
)

_INVITE: Operation[None] = Operation(
    name="inviteToSignallingRoom",
    method="POST",
    path="/im/v2/signalling_room/actions/invite",
    response_model=None,
    body_model=SignallingInvitationRequest,
    idempotent=False,
)

_CANCEL_INVITE: Operation[None] = Operation(
    name="cancelSignallingInvitation",
    method="POST",
    path="/im/v2/signalling_room/actions/cancel_invite",
    response_model=None,
    body_model=SignallingInvitationRequest,
    idempotent=False,
)

_KICK: Operation[None] = Operation(
    name="kickSignallingMember",
    method="POST",
    path="/im/v2/signalling_room/actions/kick",
    response_model=None,
    body_model=KickSignallingMemberRequest,
    idempotent=False,
)

_SEND_CONTROL: Operation[None] = Operation(
    name="sendSignallingControl",
    method="POST",
    path="/im/v2/signalling_room/actions/control",
    response_model=None,
    body_model=SendSignallingControlRequest,
    idempotent=False,
)


class Signalling:
    """Signalling rooms for call invitations and control messages.

    Reached as ``client.signalling``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_room(
        self,
        *,
        channel_name: Optional[str] = None,
        creator_account_id: Optional[str] = None,
        channel_type: Optional[int] = None,
        channel_extension: Optional[str] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> SignallingRoom:
        """Create a signalling room.

        Creates a signalling room (channel) through which accounts invite each other to calls and
        exchange control signals, and returns it with its server-made `channel_id`. Only the
        official Java SDK describes this call: required fields and limits are not documented. Under
        the v1 API a room lived two hours unless extended; the v2 lifetime is not documented.

        Args:
            channel_name: Name of the room; rooms can also be looked up by name.
            creator_account_id: Account that creates the room.
            channel_type: Kind of room. The numeric values are not documented for this API; the v1
                API and the client SDKs distinguish audio, video and custom rooms.
            channel_extension: Extension of your own stored with the room.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SignallingRoom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _CREATE_ROOM,
            body={
                "channel_name": channel_name,
                "creator_account_id": creator_account_id,
                "channel_type": channel_type,
                "channel_extension": channel_extension,
                "route_config": route_config,
            },
            options=options,
        )

    def close_room(
        self,
        *,
        channel_id: str,
        operator_account_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        route_enabled: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Close a signalling room.

        Closes a signalling room; its members are notified. All settings travel in the query string.
        Only the official Java SDK describes this call: which other parameters are required and
        their limits are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room to close.
            operator_account_id: Account that closes the room.
            server_extension: Extension of your own delivered with the close event.
            offline_enabled: Keep the close event for members who are offline; the default is not
                documented.
            route_enabled: Copy the close event to the app server (message copy); the default is not
                documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _CLOSE_ROOM,
            query={
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_enabled": route_enabled,
            },
            options=options,
        )

    def delay_room(
        self,
        *,
        channel_id: str,
        **options: Unpack[RequestOptions],
    ) -> SignallingRoom:
        """Extend the lifetime of a signalling room.

        Pushes back the expiry of a signalling room and returns the room with its new `expire_time`.
        The room id travels in the query string; there is no body. Under the v1 API each extension
        set the expiry to two hours after the call; the v2 behaviour is not documented. This is the
        only PUT operation of the API. Only the official Java SDK describes it.

        Args:
            channel_id: Id of the room to extend.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SignallingRoom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _DELAY_ROOM,
            query={"channel_id": channel_id},
            options=options,
        )

    def get_room(
        self,
        *,
        channel_id: Optional[str] = None,
        channel_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SignallingRoom:
        """Get a signalling room.

        Reads a signalling room and its members, found by `channel_id` or by `channel_name`. Which
        of the two is needed, and what happens when both are given, is not documented; only the
        official Java SDK describes this call.

        Args:
            channel_id: Id of the room.
            channel_name: Name of the room, as given when it was created.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SignallingRoom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _GET_ROOM,
            query={"channel_id": channel_id, "channel_name": channel_name},
            options=options,
        )

    def invite(
        self,
        *,
        channel_id: str,
        inviter_account_id: Optional[str] = None,
        invitee_account_id: Optional[str] = None,
        request_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        unread_enabled: Optional[bool] = None,
        push_config: Optional[Union[SignallingPushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Invite an account into a signalling room.

        Sends an invitation to join a signalling room from one account to another, optionally with
        an offline push. `request_id` names the invitation so that it can be cancelled later. Only
        the official Java SDK describes this call: required fields other than the room id, and
        limits, are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room.
            inviter_account_id: Account that invites.
            invitee_account_id: Account that is invited.
            request_id: Your id of the invitation; a cancellation names the invitation with the same
                id.
            server_extension: Extension of your own delivered with the event.
            offline_enabled: Keep the event for an invitee who is offline.
            unread_enabled: Count the event in the invitee's unread number.
            push_config: Offline push notification that goes with an invitation or its cancellation.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _INVITE,
            body={
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )

    def cancel_invite(
        self,
        *,
        channel_id: str,
        inviter_account_id: Optional[str] = None,
        invitee_account_id: Optional[str] = None,
        request_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        unread_enabled: Optional[bool] = None,
        push_config: Optional[Union[SignallingPushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel an invitation into a signalling room.

        Withdraws an invitation sent earlier, named by the room, the two accounts and the
        `request_id` of the invitation; the invitee is notified. Only the official Java SDK
        describes this call: required fields other than the room id, and limits, are not documented.
        Nothing is returned.

        Args:
            channel_id: Id of the room.
            inviter_account_id: Account that invites.
            invitee_account_id: Account that is invited.
            request_id: Your id of the invitation; a cancellation names the invitation with the same
                id.
            server_extension: Extension of your own delivered with the event.
            offline_enabled: Keep the event for an invitee who is offline.
            unread_enabled: Count the event in the invitee's unread number.
            push_config: Offline push notification that goes with an invitation or its cancellation.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _CANCEL_INVITE,
            body={
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )

    def kick(
        self,
        *,
        channel_id: str,
        operator_account_id: Optional[str] = None,
        target_account_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a member from a signalling room.

        Removes one account from a signalling room on behalf of an operator; the room is notified.
        Only the official Java SDK describes this call: required fields other than the room id,
        permissions and limits are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room.
            operator_account_id: Account that removes the member.
            target_account_id: Account that is removed.
            server_extension: Extension of your own delivered with the event.
            offline_enabled: Keep the event for members who are offline.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _KICK,
            body={
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_config": route_config,
            },
            options=options,
        )

    def send_control(
        self,
        *,
        channel_id: str,
        operator_account_id: Optional[str] = None,
        target_account_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send a control signal in a signalling room.

        Sends a custom control signal, whose meaning your app defines, to an account in a signalling
        room. Only the official Java SDK describes this call: required fields other than the room
        id, and limits, are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room.
            operator_account_id: Account that sends the signal.
            target_account_id: Account the signal is for; whether it may be left out is not
                documented.
            server_extension: Extension of your own delivered with the control signal.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _SEND_CONTROL,
            body={
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "route_config": route_config,
            },
            options=options,
        )


class AsyncSignalling:
    """Signalling rooms for call invitations and control messages.

    Reached as ``client.signalling`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_room(
        self,
        *,
        channel_name: Optional[str] = None,
        creator_account_id: Optional[str] = None,
        channel_type: Optional[int] = None,
        channel_extension: Optional[str] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> SignallingRoom:
        """Create a signalling room.

        Creates a signalling room (channel) through which accounts invite each other to calls and
        exchange control signals, and returns it with its server-made `channel_id`. Only the
        official Java SDK describes this call: required fields and limits are not documented. Under
        the v1 API a room lived two hours unless extended; the v2 lifetime is not documented.

        Args:
            channel_name: Name of the room; rooms can also be looked up by name.
            creator_account_id: Account that creates the room.
            channel_type: Kind of room. The numeric values are not documented for this API; the v1
                API and the client SDKs distinguish audio, video and custom rooms.
            channel_extension: Extension of your own stored with the room.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SignallingRoom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _CREATE_ROOM,
            body={
                "channel_name": channel_name,
                "creator_account_id": creator_account_id,
                "channel_type": channel_type,
                "channel_extension": channel_extension,
                "route_config": route_config,
            },
            options=options,
        )

    async def close_room(
        self,
        *,
        channel_id: str,
        operator_account_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        route_enabled: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Close a signalling room.

        Closes a signalling room; its members are notified. All settings travel in the query string.
        Only the official Java SDK describes this call: which other parameters are required and
        their limits are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room to close.
            operator_account_id: Account that closes the room.
            server_extension: Extension of your own delivered with the close event.
            offline_enabled: Keep the close event for members who are offline; the default is not
                documented.
            route_enabled: Copy the close event to the app server (message copy); the default is not
                documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _CLOSE_ROOM,
            query={
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_enabled": route_enabled,
            },
            options=options,
        )

    async def delay_room(
        self,
        *,
        channel_id: str,
        **options: Unpack[RequestOptions],
    ) -> SignallingRoom:
        """Extend the lifetime of a signalling room.

        Pushes back the expiry of a signalling room and returns the room with its new `expire_time`.
        The room id travels in the query string; there is no body. Under the v1 API each extension
        set the expiry to two hours after the call; the v2 behaviour is not documented. This is the
        only PUT operation of the API. Only the official Java SDK describes it.

        Args:
            channel_id: Id of the room to extend.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SignallingRoom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _DELAY_ROOM,
            query={"channel_id": channel_id},
            options=options,
        )

    async def get_room(
        self,
        *,
        channel_id: Optional[str] = None,
        channel_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> SignallingRoom:
        """Get a signalling room.

        Reads a signalling room and its members, found by `channel_id` or by `channel_name`. Which
        of the two is needed, and what happens when both are given, is not documented; only the
        official Java SDK describes this call.

        Args:
            channel_id: Id of the room.
            channel_name: Name of the room, as given when it was created.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SignallingRoom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _GET_ROOM,
            query={"channel_id": channel_id, "channel_name": channel_name},
            options=options,
        )

    async def invite(
        self,
        *,
        channel_id: str,
        inviter_account_id: Optional[str] = None,
        invitee_account_id: Optional[str] = None,
        request_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        unread_enabled: Optional[bool] = None,
        push_config: Optional[Union[SignallingPushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Invite an account into a signalling room.

        Sends an invitation to join a signalling room from one account to another, optionally with
        an offline push. `request_id` names the invitation so that it can be cancelled later. Only
        the official Java SDK describes this call: required fields other than the room id, and
        limits, are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room.
            inviter_account_id: Account that invites.
            invitee_account_id: Account that is invited.
            request_id: Your id of the invitation; a cancellation names the invitation with the same
                id.
            server_extension: Extension of your own delivered with the event.
            offline_enabled: Keep the event for an invitee who is offline.
            unread_enabled: Count the event in the invitee's unread number.
            push_config: Offline push notification that goes with an invitation or its cancellation.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _INVITE,
            body={
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )

    async def cancel_invite(
        self,
        *,
        channel_id: str,
        inviter_account_id: Optional[str] = None,
        invitee_account_id: Optional[str] = None,
        request_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        unread_enabled: Optional[bool] = None,
        push_config: Optional[Union[SignallingPushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel an invitation into a signalling room.

        Withdraws an invitation sent earlier, named by the room, the two accounts and the
        `request_id` of the invitation; the invitee is notified. Only the official Java SDK
        describes this call: required fields other than the room id, and limits, are not documented.
        Nothing is returned.

        Args:
            channel_id: Id of the room.
            inviter_account_id: Account that invites.
            invitee_account_id: Account that is invited.
            request_id: Your id of the invitation; a cancellation names the invitation with the same
                id.
            server_extension: Extension of your own delivered with the event.
            offline_enabled: Keep the event for an invitee who is offline.
            unread_enabled: Count the event in the invitee's unread number.
            push_config: Offline push notification that goes with an invitation or its cancellation.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _CANCEL_INVITE,
            body={
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )

    async def kick(
        self,
        *,
        channel_id: str,
        operator_account_id: Optional[str] = None,
        target_account_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        offline_enabled: Optional[bool] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a member from a signalling room.

        Removes one account from a signalling room on behalf of an operator; the room is notified.
        Only the official Java SDK describes this call: required fields other than the room id,
        permissions and limits are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room.
            operator_account_id: Account that removes the member.
            target_account_id: Account that is removed.
            server_extension: Extension of your own delivered with the event.
            offline_enabled: Keep the event for members who are offline.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _KICK,
            body={
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_config": route_config,
            },
            options=options,
        )

    async def send_control(
        self,
        *,
        channel_id: str,
        operator_account_id: Optional[str] = None,
        target_account_id: Optional[str] = None,
        server_extension: Optional[str] = None,
        route_config: Optional[Union[SignallingRouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send a control signal in a signalling room.

        Sends a custom control signal, whose meaning your app defines, to an account in a signalling
        room. Only the official Java SDK describes this call: required fields other than the room
        id, and limits, are not documented. Nothing is returned.

        Args:
            channel_id: Id of the room.
            operator_account_id: Account that sends the signal.
            target_account_id: Account the signal is for; whether it may be left out is not
                documented.
            server_extension: Extension of your own delivered with the control signal.
            route_config: Whether the signalling event is copied to your server (message copy, 抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _SEND_CONTROL,
            body={
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "route_config": route_config,
            },
            options=options,
        )


class SignallingWithRawResponse:
    """The methods of :class:`Signalling`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Signalling) -> None:
        self.create_room = to_raw_response_wrapper(resource.create_room)
        self.close_room = to_raw_response_wrapper(resource.close_room)
        self.delay_room = to_raw_response_wrapper(resource.delay_room)
        self.get_room = to_raw_response_wrapper(resource.get_room)
        self.invite = to_raw_response_wrapper(resource.invite)
        self.cancel_invite = to_raw_response_wrapper(resource.cancel_invite)
        self.kick = to_raw_response_wrapper(resource.kick)
        self.send_control = to_raw_response_wrapper(resource.send_control)


class AsyncSignallingWithRawResponse:
    """The methods of :class:`AsyncSignalling`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncSignalling) -> None:
        self.create_room = async_to_raw_response_wrapper(resource.create_room)
        self.close_room = async_to_raw_response_wrapper(resource.close_room)
        self.delay_room = async_to_raw_response_wrapper(resource.delay_room)
        self.get_room = async_to_raw_response_wrapper(resource.get_room)
        self.invite = async_to_raw_response_wrapper(resource.invite)
        self.cancel_invite = async_to_raw_response_wrapper(resource.cancel_invite)
        self.kick = async_to_raw_response_wrapper(resource.kick)
        self.send_control = async_to_raw_response_wrapper(resource.send_control)
