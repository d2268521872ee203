"""Chatroom members: Roles, mutes, block lists, tags and virtual members of chatrooms.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import warnings
from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.accounts import AntispamConfiguration
from ..models.chatroom_members import (
    AddChatroomVirtualMembersRequest,
    BatchGetChatroomMembersResult,
    ChatroomBlockedMemberList,
    ChatroomMemberWithRoomId,
    ChatroomMutedMemberList,
    ChatroomMuteResult,
    ChatroomTaggedMemberCount,
    ChatroomTaggedMemberPage,
    ChatroomVirtualMemberInput,
    ChatroomVirtualMemberList,
    ClearChatroomVirtualMembersResult,
    KickChatroomMemberRequest,
    SetChatroomMemberBlockedRequest,
    SetChatroomMemberChatBannedRequest,
    SetChatroomMemberRoleRequest,
    SetChatroomMemberTempChatBannedRequest,
    SetChatroomTaggedMembersChatBannedRequest,
    UpdateChatroomMemberTagsRequest,
    UpdateChatroomOnlineMemberRequest,
)
from ..models.chatrooms import ChatroomMemberRole
from ..models.common import AccountBatchResult

__all__ = [
    "AsyncChatroomMembers",
    "AsyncChatroomMembersWithRawResponse",
    "ChatroomMembers",
    "ChatroomMembersWithRawResponse",
]

_SET_ROLE: Operation[None] = Operation(
    name="setChatroomMemberRole",
    method="POST",
    path="/im/v2/room_members/{account_id}",
    response_model=None,
    body_model=SetChatroomMemberRoleRequest,
    idempotent=True,
)

_UPDATE_ONLINE_MEMBER: Operation[ChatroomMemberWithRoomId] = Operation(
    name="updateChatroomOnlineMember",
    method="PATCH",
    path="/im/v2/room_members/{account_id}",
    response_model=ChatroomMemberWithRoomId,
    body_model=UpdateChatroomOnlineMemberRequest,
    idempotent=True,
)

_SET_CHAT_BANNED: Operation[None] = Operation(
    name="setChatroomMemberChatBanned",
    method="PATCH",
    path="/im/v2/room_members/{account_id}/actions/chat_banned",
    response_model=None,
    body_model=SetChatroomMemberChatBannedRequest,
    idempotent=True,
)

_LIST_CHAT_BANNED_LEGACY: Operation[ChatroomMutedMemberList] = Operation(
    name="listChatroomChatBannedMembersLegacy",
    method="GET",
    path="/im/v2/room_members/{account_id}/actions/chat_banned",
    response_model=ChatroomMutedMemberList,
    idempotent=True,
    deprecation="list_chat_banned_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/chat_banned; use list_chat_banned() instead.",
)

_SET_TEMP_CHAT_BANNED: Operation[ChatroomMuteResult] = Operation(
    name="setChatroomMemberTempChatBanned",
    method="PATCH",
    path="/im/v2/room_members/{account_id}/actions/temp_chat_banned",
    response_model=ChatroomMuteResult,
    body_model=SetChatroomMemberTempChatBannedRequest,
    idempotent=True,
)

_LIST_CHAT_BANNED: Operation[ChatroomMutedMemberList] = Operation(
    name="listChatroomChatBannedMembers",
    method="GET",
    path="/im/v2.1/room_members/{room_id}/actions/chat_banned",
    response_model=ChatroomMutedMemberList,
    idempotent=True,
)

_SET_BLOCKED: Operation[None] = Operation(
    name="setChatroomMemberBlocked",
    method="PATCH",
    path="/im/v2/room_members/{account_id}/actions/blocked",
    response_model=None,
    body_model=SetChatroomMemberBlockedRequest,
    idempotent=True,
)

_LIST_BLOCKED_LEGACY: Operation[ChatroomBlockedMemberList] = Operation(
    name="listChatroomBlockedMembersLegacy",
    method="GET",
    path="/im/v2/room_members/{account_id}/actions/blocked",
    response_model=ChatroomBlockedMemberList,
    idempotent=True,
    deprecation="list_blocked_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/blocked; use list_blocked() instead.",
)

_LIST_BLOCKED: Operation[ChatroomBlockedMemberList] = Operation(
    name="listChatroomBlockedMembers",
    method="GET",
    path="/im/v2.1/room_members/{room_id}/actions/blocked",
    response_model=ChatroomBlockedMemberList,
    idempotent=True,
)

_SET_TAGGED_CHAT_BANNED: Operation[ChatroomMuteResult] = Operation(
    name="setChatroomTaggedMembersChatBanned",
    method="PATCH",
    path="/im/v2/room_members/actions/chat_banned_tagged_members",
    response_model=ChatroomMuteResult,
    body_model=SetChatroomTaggedMembersChatBannedRequest,
    idempotent=True,
)

_UPDATE_TAGS: Operation[None] = Operation(
    name="updateChatroomMemberTags",
    method="PATCH",
    path="/im/v2/room_members/{account_id}/actions/tags",
    response_model=None,
    body_model=UpdateChatroomMemberTagsRequest,
    idempotent=True,
)

_GET_TAGGED_MEMBER_COUNT: Operation[ChatroomTaggedMemberCount] = Operation(
    name="getChatroomTaggedMemberCount",
    method="GET",
    path="/im/v2/room_members/{room_id}/actions/tagged_members_count",
    response_model=ChatroomTaggedMemberCount,
    idempotent=True,
)

_LIST_TAGGED_MEMBERS: Operation[ChatroomTaggedMemberPage] = Operation(
    name="listChatroomTaggedMembers",
    method="GET",
    path="/im/v2/room_members/{room_id}/actions/list_tag_members",
    response_model=ChatroomTaggedMemberPage,
    idempotent=True,
    page=PageSpec(
        style="offset",
        items="items",
        has_more="has_more",
        request_token="offset",
        response_token="offset",
    ),
)

_BATCH_GET: Operation[BatchGetChatroomMembersResult] = Operation(
    name="batchGetChatroomMembers",
    method="GET",
    path="/im/v2/room_members/{room_id}/actions/batch",
    response_model=BatchGetChatroomMembersResult,
    idempotent=True,
    query_styles={"account_ids": "comma"},
)

_ADD_VIRTUAL_MEMBERS: Operation[AccountBatchResult] = Operation(
    name="addChatroomVirtualMembers",
    method="POST",
    path="/im/v2/room_members/actions/virtual_members",
    response_model=AccountBatchResult,
    body_model=AddChatroomVirtualMembersRequest,
    idempotent=False,
)

_DELETE_VIRTUAL_MEMBERS: Operation[AccountBatchResult] = Operation(
    name="deleteChatroomVirtualMembers",
    method="DELETE",
    path="/im/v2/room_members/actions/virtual_members",
    response_model=AccountBatchResult,
    idempotent=True,
    query_styles={"account_ids": "comma"},
)

_LIST_VIRTUAL_MEMBERS_LEGACY: Operation[ChatroomVirtualMemberList] = Operation(
    name="listChatroomVirtualMembersLegacy",
    method="GET",
    path="/im/v2/room_members/actions/virtual_members",
    response_model=ChatroomVirtualMemberList,
    idempotent=True,
    deprecation="list_virtual_members_legacy() calls the deprecated GET /im/v2/room_members/actions/virtual_members; use list_virtual_members() instead.",
)

_CLEAR_VIRTUAL_MEMBERS: Operation[ClearChatroomVirtualMembersResult] = Operation(
    name="clearChatroomVirtualMembers",
    method="DELETE",
    path="/im/v2/room_members/actions/clear_virtual_members",
    response_model=ClearChatroomVirtualMembersResult,
    idempotent=True,
)

_LIST_VIRTUAL_MEMBERS: Operation[ChatroomVirtualMemberList] = Operation(
    name="listChatroomVirtualMembers",
    method="GET",
    path="/im/v2.1/room_members/actions/virtual_members",
    response_model=ChatroomVirtualMemberList,
    idempotent=True,
)

_KICK: Operation[None] = Operation(
    name="kickChatroomMember",
    method="PATCH",
    path="/im/v2.1/room_members/{account_id}/actions/kicked",
    response_model=None,
    body_model=KickChatroomMemberRequest,
    idempotent=False,
)


class ChatroomMembers:
    """Roles, mutes, block lists, tags and virtual members of chatrooms.

    Reached as ``client.chatroom_members``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def set_role(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        member_role: Optional[Union[ChatroomMemberRole, int]] = None,
        room_nick: Optional[str] = None,
        room_avatar: Optional[str] = None,
        member_level: Optional[int] = None,
        extension: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set the role of a chatroom member.

        Makes an account a regular fixed member (0), an administrator (2) or a guest again (3), and
        can set its nickname, avatar, level and extension in the room at the same time. Only the
        creator may make or unmake administrators; the creator or an administrator may set the other
        roles. Only the SDKs describe this operation.

        Args:
            account_id: The member concerned.
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0), though no page marks
                it required.
            operator_account_id: Account that performs the change. Only the creator may make or
                unmake administrators; the creator or an administrator may set the other roles.
            member_role: The role to give: 0 makes the account a regular fixed member (creator or
                administrator may do this), 2 an administrator (creator only), 3 a guest, which
                removes its fixed-member status (creator or administrator). 1 cannot be set.
            room_nick: Nickname of the member in the room.
            room_avatar: Avatar of the member in the room.
            member_level: Level of the member, a number of your own.
            extension: Extension to store with the member.
            notification_enabled: Send the room a notification about the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            antispam_configuration: Content moderation of the nickname, avatar and extension in this
                request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 设置聊天室成员角色, https://yunxin-im.apifox.cn/api-147209949
        """
        return self._client.request(
            _SET_ROLE,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "member_role": member_role,
                "room_nick": room_nick,
                "room_avatar": room_avatar,
                "member_level": member_level,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def update_online_member(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        persistence: Optional[bool] = None,
        room_nick: Optional[str] = None,
        room_avatar: Optional[str] = None,
        extension: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMemberWithRoomId:
        """Update the room profile of an online chatroom member.

        Changes the nickname, avatar or extension that an online member shows in the room; fields
        left out keep their values. With `persistence` the change is also stored for a fixed member,
        and only then can an offline fixed member be updated. Only the SDKs describe this operation.

        Args:
            account_id: The member concerned.
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0).
            persistence: Also store the change permanently. It matters only for fixed members;
                updating a fixed member who is offline fails unless this is true. Default false.
            room_nick: New nickname in the room.
            room_avatar: New avatar in the room.
            extension: New extension of the member. At most 4096 characters.
            notification_enabled: Send the room a notification about the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            antispam_configuration: Content moderation of the new nickname, avatar and extension.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMemberWithRoomId`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _UPDATE_ONLINE_MEMBER,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "persistence": persistence,
                "room_nick": room_nick,
                "room_avatar": room_avatar,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def set_chat_banned(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mute or unmute a chatroom member.

        Mutes a member of the chatroom until the mute is lifted, or lifts it. For a mute that ends
        by itself use the temporary mute. Only the SDKs describe this operation.

        Args:
            account_id: The member to mute or unmute.
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0).
            operator_account_id: Account that performs the change. Needed in practice (the Go SDK
                refuses an empty value).
            chat_banned: true: mute the member until the mute is lifted; false: lift it.
            notification_enabled: Send the room a notification about the change. No source states
                the default; the other member operations default to false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
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
            _SET_CHAT_BANNED,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    @deprecated(
        "list_chat_banned_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/chat_banned; use list_chat_banned() instead.",
        category=None,
    )
    def list_chat_banned_legacy(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMutedMemberList:
        """List the muted members of a chatroom (deprecated /im/v2 form).

        The /im/v2 form of the muted-member list, which older Java SDK files call. It answers like
        the /im/v2.1 operation, which replaces it. The path segment after `room_members` is the
        chatroom id here, not an account id.

        Args:
            room_id: The chatroom whose muted members are listed. The API path writes this segment
                as `{room_id}`; it is named `account_id` here only because the mute operation on the
                same path uses that name.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMutedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        warnings.warn(
            "list_chat_banned_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/chat_banned; use list_chat_banned() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _LIST_CHAT_BANNED_LEGACY,
            path={"account_id": room_id},
            options=options,
        )

    def set_temp_chat_banned(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        chat_banned_duration: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMuteResult:
        """Mute a chatroom member for a while.

        Mutes a member of the chatroom for `chat_banned_duration` seconds (at most 30 days), or
        lifts that temporary mute. The answer gives the length of the mute now in force.

        Args:
            account_id: The member to mute or unmute temporarily.
            room_id: The chatroom.
            operator_account_id: Account that performs the change.
            chat_banned: true: mute the member for `chat_banned_duration`; false: lift the temporary
                mute.
            chat_banned_duration: Length of the mute in seconds, at most 30 days (2592000). Required
                when `chat_banned` is true. 0 to 2592000.
            notification_enabled: Send the room a notification after the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMuteResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 临时禁言聊天室成员, https://yunxin-im.apifox.cn/api-147380719
        """
        return self._client.request(
            _SET_TEMP_CHAT_BANNED,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "chat_banned_duration": chat_banned_duration,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    def list_chat_banned(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMutedMemberList:
        """List the muted members of a chatroom.

        Returns the muted members of the chatroom in one unpaged list. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom whose muted members are listed.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMutedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _LIST_CHAT_BANNED,
            path={"room_id": room_id},
            options=options,
        )

    def set_blocked(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        blocked: Optional[bool] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Block or unblock a chatroom member.

        Puts a member on the chatroom's block list (黑名单) or takes it off. A blocked account cannot
        enter the room.

        Args:
            account_id: The member to block or unblock.
            room_id: The chatroom.
            operator_account_id: Account that performs the change.
            blocked: true: put the member on the room's block list; false: take it off.
            notification_enabled: Send the room a notification about the change. No source states
                the default.
            notification_extension: Extension carried by the notification.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 拉黑聊天室成员, https://yunxin-im.apifox.cn/api-147397322
        """
        return self._client.request(
            _SET_BLOCKED,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "blocked": blocked,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    @deprecated(
        "list_blocked_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/blocked; use list_blocked() instead.",
        category=None,
    )
    def list_blocked_legacy(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBlockedMemberList:
        """List the blocked members of a chatroom (deprecated /im/v2 form).

        The /im/v2 form of the block-list query, which older Java SDK files call. It answers like
        the /im/v2.1 operation, which replaces it. The path segment after `room_members` is the
        chatroom id here, not an account id.

        Args:
            room_id: The chatroom whose block list is returned. The API path writes this segment as
                `{room_id}`; it is named `account_id` here only because the block operation on the
                same path uses that name.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBlockedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        warnings.warn(
            "list_blocked_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/blocked; use list_blocked() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _LIST_BLOCKED_LEGACY,
            path={"account_id": room_id},
            options=options,
        )

    def list_blocked(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBlockedMemberList:
        """List the blocked members of a chatroom.

        Returns the chatroom's block list (黑名单) in one unpaged list. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom whose block list is returned.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBlockedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _LIST_BLOCKED,
            path={"room_id": room_id},
            options=options,
        )

    def set_tagged_chat_banned(
        self,
        *,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        target_tag: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        chat_banned_duration: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        notification_target_tags: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMuteResult:
        """Mute or unmute the chatroom members that carry a tag.

        Mutes every member of the chatroom that carries `target_tag` for `chat_banned_duration`
        seconds (at most 30 days), or lifts that mute. The notification goes to the members with the
        tag unless `notification_target_tags` selects others. The navigation of the documentation
        lists this operation twice; only one operation is known.

        Args:
            room_id: The chatroom.
            operator_account_id: Account that performs the change.
            target_tag: The tag whose online members are muted or unmuted.
            chat_banned: true: mute the members with the tag for `chat_banned_duration`; false: lift
                the mute.
            chat_banned_duration: Length of the mute in seconds, at most 30 days (2592000). Required
                when `chat_banned` is true. 0 to 2592000.
            notification_enabled: Send a notification after the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            notification_target_tags: Tag expression selecting who receives the notification, for
                example `{"tag":"vip"} AND {"tag":"beijing"}`. By default the members with
                `target_tag` receive it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMuteResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 聊天室标签禁言, https://yunxin-im.apifox.cn/api-147415537
        """
        return self._client.request(
            _SET_TAGGED_CHAT_BANNED,
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "target_tag": target_tag,
                "chat_banned": chat_banned,
                "chat_banned_duration": chat_banned_duration,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "notification_target_tags": notification_target_tags,
            },
            options=options,
        )

    def update_tags(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        tags: Optional[Sequence[str]] = None,
        notify_target_tags: Optional[str] = None,
        notify_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replace the tags of an online chatroom member.

        Replaces the tags of a member who is online in the chatroom. Tags let messages,
        notifications and tag mutes target groups of members. The accounts matched by
        `notify_target_tags` are told about the change.

        Args:
            account_id: The online member whose tags change.
            room_id: The chatroom.
            tags: The member's new tags; they replace the old ones. The client guide allows at most
                10 tags per account. At most 10 items.
            notify_target_tags: Tag expression selecting who is notified of the change, for example
                `{"tag":"vip"}`. Note the `notify_` prefix, where other operations write
                `notification_`.
            notify_extension: Extension carried by the notification.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 修改聊天室在线成员标签, https://yunxin-im.apifox.cn/api-147423821
        """
        return self._client.request(
            _UPDATE_TAGS,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "tags": tags,
                "notify_target_tags": notify_target_tags,
                "notify_extension": notify_extension,
            },
            options=options,
        )

    def get_tagged_member_count(
        self,
        *,
        room_id: int,
        tag: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomTaggedMemberCount:
        """Count the online chatroom members that carry a tag.

        Returns how many members online in the chatroom carry `tag`. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom to count in.
            tag: The tag to count. Needed in practice (the Go SDK refuses an empty value), though no
                page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomTaggedMemberCount`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _GET_TAGGED_MEMBER_COUNT,
            path={"room_id": room_id},
            query={"tag": tag},
            options=options,
        )

    def list_tagged_members(
        self,
        *,
        room_id: int,
        tag: Optional[str] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ChatroomTaggedMemberPage, ChatroomMemberWithRoomId]:
        """List the online chatroom members that carry a tag.

        Pages through the members online in the chatroom that carry `tag`. Paging uses offsets: send
        0 first, then the `offset` of the previous answer while `has_more` is true. The largest page
        size is not documented. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom whose members are listed.
            tag: The tag to list. Needed in practice (the Go SDK refuses an empty value).
            offset: Where the page starts; 0 for the first page, then the `offset` of the previous
                answer. Both SDKs always send it. At least 0.
            limit: Members per page; the maximum is not documented. The Go SDK refuses 0. At least
                1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ChatroomTaggedMemberPage`); iterate it to walk every
            `ChatroomMemberWithRoomId` of every page, or use `.items`, `.next_page()` and
            `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return SyncPage[ChatroomTaggedMemberPage, ChatroomMemberWithRoomId].first(
            self._client,
            _LIST_TAGGED_MEMBERS,
            path={"room_id": room_id},
            query={"tag": tag, "offset": offset, "limit": limit},
            options=options,
        )

    def batch_get(
        self,
        *,
        room_id: int,
        account_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchGetChatroomMembersResult:
        """Get several fixed members of a chatroom.

        Looks up several fixed members of the chatroom by account id. Accounts that cannot be
        returned do not fail the call: they come back in `failed_list`. The largest number of ids
        per call is not documented. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom the members belong to.
            account_ids: The accounts to look up; sent comma-separated.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetChatroomMembersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _BATCH_GET,
            path={"room_id": room_id},
            query={"account_ids": account_ids},
            options=options,
        )

    def add_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        virtual_members: Optional[
            Sequence[Union[ChatroomVirtualMemberInput, Mapping[str, Any]]]
        ] = None,
        extension: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Add virtual members to a chatroom.

        Adds virtual (fake) members, accounts that appear in the room without a client behind them.
        Members that cannot be added are listed in `failed_list` without failing the call. Only the
        SDKs describe this operation; the largest number of members per call is not documented.

        Args:
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0).
            virtual_members: The virtual members to add; at least one. No source states a maximum.
            extension: Extension of the request; what the server does with it is not documented.
            notification_enabled: Send the room a notification about the new members. No source
                states the default.
            notification_extension: Extension carried by the notification.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _ADD_VIRTUAL_MEMBERS,
            body={
                "room_id": room_id,
                "virtual_members": virtual_members,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    def delete_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        account_ids: Optional[Sequence[str]] = None,
        notification_enabled: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Remove virtual members from a chatroom.

        Removes the given virtual members from the chatroom. The parameters travel in the query
        string; the request has no body. Members that cannot be removed are listed in `failed_list`
        without failing the call. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom. Needed in practice, though no page marks it required.
            account_ids: The virtual members to remove, at least one; sent comma-separated.
            notification_enabled: Send the room a notification about the removal. The SDKs send it
                only when it is set; no source states the default.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _DELETE_VIRTUAL_MEMBERS,
            query={
                "room_id": room_id,
                "account_ids": account_ids,
                "notification_enabled": notification_enabled,
            },
            options=options,
        )

    @deprecated(
        "list_virtual_members_legacy() calls the deprecated GET /im/v2/room_members/actions/virtual_members; use list_virtual_members() instead.",
        category=None,
    )
    def list_virtual_members_legacy(
        self,
        *,
        room_id: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomVirtualMemberList:
        """List the virtual members of a chatroom (deprecated /im/v2 form).

        The /im/v2 form of the virtual-member list, which older Java SDK files call. It answers like
        the /im/v2.1 operation, which replaces it.

        Args:
            room_id: The chatroom. Needed in practice, though no page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomVirtualMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        warnings.warn(
            "list_virtual_members_legacy() calls the deprecated GET /im/v2/room_members/actions/virtual_members; use list_virtual_members() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _LIST_VIRTUAL_MEMBERS_LEGACY,
            query={"room_id": room_id},
            options=options,
        )

    def clear_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ClearChatroomVirtualMembersResult:
        """Remove every virtual member of a chatroom.

        Removes all virtual members of the chatroom and says how many there were. The parameters
        travel in the query string; the request has no body. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom. Needed in practice, though no page marks it required.
            notification_enabled: Send the room a notification about the removal. The SDKs send it
                only when it is set; no source states the default.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ClearChatroomVirtualMembersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _CLEAR_VIRTUAL_MEMBERS,
            query={"room_id": room_id, "notification_enabled": notification_enabled},
            options=options,
        )

    def list_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomVirtualMemberList:
        """List the virtual members of a chatroom.

        Returns the virtual members of the chatroom in one unpaged list. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom; a query parameter here, not a path segment. Needed in practice,
                though no page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomVirtualMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _LIST_VIRTUAL_MEMBERS,
            query={"room_id": room_id},
            options=options,
        )

    def kick(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Kick a member out of a chatroom.

        Forces a member out of the chatroom. Only the official Java SDK knows this operation; no
        documentation page describes it, so its required fields, limits and permissions are unknown
        (presumably the operator must be the creator or an administrator).

        Args:
            account_id: The member to kick out.
            room_id: The chatroom.
            operator_account_id: Account that performs the kick.
            notification_enabled: Send the room a notification about the kick. No source states the
                default.
            notification_extension: Extension carried by the notification.
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
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )


class AsyncChatroomMembers:
    """Roles, mutes, block lists, tags and virtual members of chatrooms.

    Reached as ``client.chatroom_members`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def set_role(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        member_role: Optional[Union[ChatroomMemberRole, int]] = None,
        room_nick: Optional[str] = None,
        room_avatar: Optional[str] = None,
        member_level: Optional[int] = None,
        extension: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set the role of a chatroom member.

        Makes an account a regular fixed member (0), an administrator (2) or a guest again (3), and
        can set its nickname, avatar, level and extension in the room at the same time. Only the
        creator may make or unmake administrators; the creator or an administrator may set the other
        roles. Only the SDKs describe this operation.

        Args:
            account_id: The member concerned.
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0), though no page marks
                it required.
            operator_account_id: Account that performs the change. Only the creator may make or
                unmake administrators; the creator or an administrator may set the other roles.
            member_role: The role to give: 0 makes the account a regular fixed member (creator or
                administrator may do this), 2 an administrator (creator only), 3 a guest, which
                removes its fixed-member status (creator or administrator). 1 cannot be set.
            room_nick: Nickname of the member in the room.
            room_avatar: Avatar of the member in the room.
            member_level: Level of the member, a number of your own.
            extension: Extension to store with the member.
            notification_enabled: Send the room a notification about the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            antispam_configuration: Content moderation of the nickname, avatar and extension in this
                request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 设置聊天室成员角色, https://yunxin-im.apifox.cn/api-147209949
        """
        return await self._client.request(
            _SET_ROLE,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "member_role": member_role,
                "room_nick": room_nick,
                "room_avatar": room_avatar,
                "member_level": member_level,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def update_online_member(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        persistence: Optional[bool] = None,
        room_nick: Optional[str] = None,
        room_avatar: Optional[str] = None,
        extension: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMemberWithRoomId:
        """Update the room profile of an online chatroom member.

        Changes the nickname, avatar or extension that an online member shows in the room; fields
        left out keep their values. With `persistence` the change is also stored for a fixed member,
        and only then can an offline fixed member be updated. Only the SDKs describe this operation.

        Args:
            account_id: The member concerned.
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0).
            persistence: Also store the change permanently. It matters only for fixed members;
                updating a fixed member who is offline fails unless this is true. Default false.
            room_nick: New nickname in the room.
            room_avatar: New avatar in the room.
            extension: New extension of the member. At most 4096 characters.
            notification_enabled: Send the room a notification about the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            antispam_configuration: Content moderation of the new nickname, avatar and extension.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMemberWithRoomId`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _UPDATE_ONLINE_MEMBER,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "persistence": persistence,
                "room_nick": room_nick,
                "room_avatar": room_avatar,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def set_chat_banned(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mute or unmute a chatroom member.

        Mutes a member of the chatroom until the mute is lifted, or lifts it. For a mute that ends
        by itself use the temporary mute. Only the SDKs describe this operation.

        Args:
            account_id: The member to mute or unmute.
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0).
            operator_account_id: Account that performs the change. Needed in practice (the Go SDK
                refuses an empty value).
            chat_banned: true: mute the member until the mute is lifted; false: lift it.
            notification_enabled: Send the room a notification about the change. No source states
                the default; the other member operations default to false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
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
            _SET_CHAT_BANNED,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    @deprecated(
        "list_chat_banned_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/chat_banned; use list_chat_banned() instead.",
        category=None,
    )
    async def list_chat_banned_legacy(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMutedMemberList:
        """List the muted members of a chatroom (deprecated /im/v2 form).

        The /im/v2 form of the muted-member list, which older Java SDK files call. It answers like
        the /im/v2.1 operation, which replaces it. The path segment after `room_members` is the
        chatroom id here, not an account id.

        Args:
            room_id: The chatroom whose muted members are listed. The API path writes this segment
                as `{room_id}`; it is named `account_id` here only because the mute operation on the
                same path uses that name.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMutedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        warnings.warn(
            "list_chat_banned_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/chat_banned; use list_chat_banned() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _LIST_CHAT_BANNED_LEGACY,
            path={"account_id": room_id},
            options=options,
        )

    async def set_temp_chat_banned(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        chat_banned_duration: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMuteResult:
        """Mute a chatroom member for a while.

        Mutes a member of the chatroom for `chat_banned_duration` seconds (at most 30 days), or
        lifts that temporary mute. The answer gives the length of the mute now in force.

        Args:
            account_id: The member to mute or unmute temporarily.
            room_id: The chatroom.
            operator_account_id: Account that performs the change.
            chat_banned: true: mute the member for `chat_banned_duration`; false: lift the temporary
                mute.
            chat_banned_duration: Length of the mute in seconds, at most 30 days (2592000). Required
                when `chat_banned` is true. 0 to 2592000.
            notification_enabled: Send the room a notification after the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMuteResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 临时禁言聊天室成员, https://yunxin-im.apifox.cn/api-147380719
        """
        return await self._client.request(
            _SET_TEMP_CHAT_BANNED,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "chat_banned_duration": chat_banned_duration,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    async def list_chat_banned(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMutedMemberList:
        """List the muted members of a chatroom.

        Returns the muted members of the chatroom in one unpaged list. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom whose muted members are listed.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMutedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _LIST_CHAT_BANNED,
            path={"room_id": room_id},
            options=options,
        )

    async def set_blocked(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        blocked: Optional[bool] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Block or unblock a chatroom member.

        Puts a member on the chatroom's block list (黑名单) or takes it off. A blocked account cannot
        enter the room.

        Args:
            account_id: The member to block or unblock.
            room_id: The chatroom.
            operator_account_id: Account that performs the change.
            blocked: true: put the member on the room's block list; false: take it off.
            notification_enabled: Send the room a notification about the change. No source states
                the default.
            notification_extension: Extension carried by the notification.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 拉黑聊天室成员, https://yunxin-im.apifox.cn/api-147397322
        """
        return await self._client.request(
            _SET_BLOCKED,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "blocked": blocked,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    @deprecated(
        "list_blocked_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/blocked; use list_blocked() instead.",
        category=None,
    )
    async def list_blocked_legacy(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBlockedMemberList:
        """List the blocked members of a chatroom (deprecated /im/v2 form).

        The /im/v2 form of the block-list query, which older Java SDK files call. It answers like
        the /im/v2.1 operation, which replaces it. The path segment after `room_members` is the
        chatroom id here, not an account id.

        Args:
            room_id: The chatroom whose block list is returned. The API path writes this segment as
                `{room_id}`; it is named `account_id` here only because the block operation on the
                same path uses that name.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBlockedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        warnings.warn(
            "list_blocked_legacy() calls the deprecated GET /im/v2/room_members/{account_id}/actions/blocked; use list_blocked() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _LIST_BLOCKED_LEGACY,
            path={"account_id": room_id},
            options=options,
        )

    async def list_blocked(
        self,
        *,
        room_id: int,
        **options: Unpack[RequestOptions],
    ) -> ChatroomBlockedMemberList:
        """List the blocked members of a chatroom.

        Returns the chatroom's block list (黑名单) in one unpaged list. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom whose block list is returned.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomBlockedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _LIST_BLOCKED,
            path={"room_id": room_id},
            options=options,
        )

    async def set_tagged_chat_banned(
        self,
        *,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        target_tag: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        chat_banned_duration: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        notification_target_tags: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomMuteResult:
        """Mute or unmute the chatroom members that carry a tag.

        Mutes every member of the chatroom that carries `target_tag` for `chat_banned_duration`
        seconds (at most 30 days), or lifts that mute. The notification goes to the members with the
        tag unless `notification_target_tags` selects others. The navigation of the documentation
        lists this operation twice; only one operation is known.

        Args:
            room_id: The chatroom.
            operator_account_id: Account that performs the change.
            target_tag: The tag whose online members are muted or unmuted.
            chat_banned: true: mute the members with the tag for `chat_banned_duration`; false: lift
                the mute.
            chat_banned_duration: Length of the mute in seconds, at most 30 days (2592000). Required
                when `chat_banned` is true. 0 to 2592000.
            notification_enabled: Send a notification after the change. Default false.
            notification_extension: Extension carried by the notification, a JSON string. At most
                2048 characters.
            notification_target_tags: Tag expression selecting who receives the notification, for
                example `{"tag":"vip"} AND {"tag":"beijing"}`. By default the members with
                `target_tag` receive it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomMuteResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 聊天室标签禁言, https://yunxin-im.apifox.cn/api-147415537
        """
        return await self._client.request(
            _SET_TAGGED_CHAT_BANNED,
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "target_tag": target_tag,
                "chat_banned": chat_banned,
                "chat_banned_duration": chat_banned_duration,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "notification_target_tags": notification_target_tags,
            },
            options=options,
        )

    async def update_tags(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        tags: Optional[Sequence[str]] = None,
        notify_target_tags: Optional[str] = None,
        notify_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replace the tags of an online chatroom member.

        Replaces the tags of a member who is online in the chatroom. Tags let messages,
        notifications and tag mutes target groups of members. The accounts matched by
        `notify_target_tags` are told about the change.

        Args:
            account_id: The online member whose tags change.
            room_id: The chatroom.
            tags: The member's new tags; they replace the old ones. The client guide allows at most
                10 tags per account. At most 10 items.
            notify_target_tags: Tag expression selecting who is notified of the change, for example
                `{"tag":"vip"}`. Note the `notify_` prefix, where other operations write
                `notification_`.
            notify_extension: Extension carried by the notification.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 修改聊天室在线成员标签, https://yunxin-im.apifox.cn/api-147423821
        """
        return await self._client.request(
            _UPDATE_TAGS,
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "tags": tags,
                "notify_target_tags": notify_target_tags,
                "notify_extension": notify_extension,
            },
            options=options,
        )

    async def get_tagged_member_count(
        self,
        *,
        room_id: int,
        tag: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomTaggedMemberCount:
        """Count the online chatroom members that carry a tag.

        Returns how many members online in the chatroom carry `tag`. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom to count in.
            tag: The tag to count. Needed in practice (the Go SDK refuses an empty value), though no
                page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomTaggedMemberCount`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _GET_TAGGED_MEMBER_COUNT,
            path={"room_id": room_id},
            query={"tag": tag},
            options=options,
        )

    def list_tagged_members(
        self,
        *,
        room_id: int,
        tag: Optional[str] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ChatroomTaggedMemberPage, ChatroomMemberWithRoomId]:
        """List the online chatroom members that carry a tag.

        Pages through the members online in the chatroom that carry `tag`. Paging uses offsets: send
        0 first, then the `offset` of the previous answer while `has_more` is true. The largest page
        size is not documented. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom whose members are listed.
            tag: The tag to list. Needed in practice (the Go SDK refuses an empty value).
            offset: Where the page starts; 0 for the first page, then the `offset` of the previous
                answer. Both SDKs always send it. At least 0.
            limit: Members per page; the maximum is not documented. The Go SDK refuses 0. At least
                1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ChatroomTaggedMemberPage`), or `async
            for` over it to walk every `ChatroomMemberWithRoomId` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return AsyncPaginator[ChatroomTaggedMemberPage, ChatroomMemberWithRoomId](
            self._client,
            _LIST_TAGGED_MEMBERS,
            path={"room_id": room_id},
            query={"tag": tag, "offset": offset, "limit": limit},
            options=options,
        )

    async def batch_get(
        self,
        *,
        room_id: int,
        account_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchGetChatroomMembersResult:
        """Get several fixed members of a chatroom.

        Looks up several fixed members of the chatroom by account id. Accounts that cannot be
        returned do not fail the call: they come back in `failed_list`. The largest number of ids
        per call is not documented. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom the members belong to.
            account_ids: The accounts to look up; sent comma-separated.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetChatroomMembersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _BATCH_GET,
            path={"room_id": room_id},
            query={"account_ids": account_ids},
            options=options,
        )

    async def add_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        virtual_members: Optional[
            Sequence[Union[ChatroomVirtualMemberInput, Mapping[str, Any]]]
        ] = None,
        extension: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Add virtual members to a chatroom.

        Adds virtual (fake) members, accounts that appear in the room without a client behind them.
        Members that cannot be added are listed in `failed_list` without failing the call. Only the
        SDKs describe this operation; the largest number of members per call is not documented.

        Args:
            room_id: The chatroom. Needed in practice (the Go SDK refuses 0).
            virtual_members: The virtual members to add; at least one. No source states a maximum.
            extension: Extension of the request; what the server does with it is not documented.
            notification_enabled: Send the room a notification about the new members. No source
                states the default.
            notification_extension: Extension carried by the notification.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _ADD_VIRTUAL_MEMBERS,
            body={
                "room_id": room_id,
                "virtual_members": virtual_members,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    async def delete_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        account_ids: Optional[Sequence[str]] = None,
        notification_enabled: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Remove virtual members from a chatroom.

        Removes the given virtual members from the chatroom. The parameters travel in the query
        string; the request has no body. Members that cannot be removed are listed in `failed_list`
        without failing the call. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom. Needed in practice, though no page marks it required.
            account_ids: The virtual members to remove, at least one; sent comma-separated.
            notification_enabled: Send the room a notification about the removal. The SDKs send it
                only when it is set; no source states the default.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _DELETE_VIRTUAL_MEMBERS,
            query={
                "room_id": room_id,
                "account_ids": account_ids,
                "notification_enabled": notification_enabled,
            },
            options=options,
        )

    @deprecated(
        "list_virtual_members_legacy() calls the deprecated GET /im/v2/room_members/actions/virtual_members; use list_virtual_members() instead.",
        category=None,
    )
    async def list_virtual_members_legacy(
        self,
        *,
        room_id: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomVirtualMemberList:
        """List the virtual members of a chatroom (deprecated /im/v2 form).

        The /im/v2 form of the virtual-member list, which older Java SDK files call. It answers like
        the /im/v2.1 operation, which replaces it.

        Args:
            room_id: The chatroom. Needed in practice, though no page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomVirtualMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        warnings.warn(
            "list_virtual_members_legacy() calls the deprecated GET /im/v2/room_members/actions/virtual_members; use list_virtual_members() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _LIST_VIRTUAL_MEMBERS_LEGACY,
            query={"room_id": room_id},
            options=options,
        )

    async def clear_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ClearChatroomVirtualMembersResult:
        """Remove every virtual member of a chatroom.

        Removes all virtual members of the chatroom and says how many there were. The parameters
        travel in the query string; the request has no body. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom. Needed in practice, though no page marks it required.
            notification_enabled: Send the room a notification about the removal. The SDKs send it
                only when it is set; no source states the default.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ClearChatroomVirtualMembersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _CLEAR_VIRTUAL_MEMBERS,
            query={"room_id": room_id, "notification_enabled": notification_enabled},
            options=options,
        )

    async def list_virtual_members(
        self,
        *,
        room_id: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomVirtualMemberList:
        """List the virtual members of a chatroom.

        Returns the virtual members of the chatroom in one unpaged list. Only the SDKs describe this
        operation.

        Args:
            room_id: The chatroom; a query parameter here, not a path segment. Needed in practice,
                though no page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomVirtualMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _LIST_VIRTUAL_MEMBERS,
            query={"room_id": room_id},
            options=options,
        )

    async def kick(
        self,
        *,
        account_id: str,
        room_id: Optional[int] = None,
        operator_account_id: Optional[str] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Kick a member out of a chatroom.

        Forces a member out of the chatroom. Only the official Java SDK knows this operation; no
        documentation page describes it, so its required fields, limits and permissions are unknown
        (presumably the operator must be the creator or an administrator).

        Args:
            account_id: The member to kick out.
            room_id: The chatroom.
            operator_account_id: Account that performs the kick.
            notification_enabled: Send the room a notification about the kick. No source states the
                default.
            notification_extension: Extension carried by the notification.
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
            path={"account_id": account_id},
            body={
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )


class ChatroomMembersWithRawResponse:
    """The methods of :class:`ChatroomMembers`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: ChatroomMembers) -> None:
        self.set_role = to_raw_response_wrapper(resource.set_role)
        self.update_online_member = to_raw_response_wrapper(resource.update_online_member)
        self.set_chat_banned = to_raw_response_wrapper(resource.set_chat_banned)
        self.list_chat_banned_legacy = to_raw_response_wrapper(resource.list_chat_banned_legacy)
        self.set_temp_chat_banned = to_raw_response_wrapper(resource.set_temp_chat_banned)
        self.list_chat_banned = to_raw_response_wrapper(resource.list_chat_banned)
        self.set_blocked = to_raw_response_wrapper(resource.set_blocked)
        self.list_blocked_legacy = to_raw_response_wrapper(resource.list_blocked_legacy)
        self.list_blocked = to_raw_response_wrapper(resource.list_blocked)
        self.set_tagged_chat_banned = to_raw_response_wrapper(resource.set_tagged_chat_banned)
        self.update_tags = to_raw_response_wrapper(resource.update_tags)
        self.get_tagged_member_count = to_raw_response_wrapper(resource.get_tagged_member_count)
        self.list_tagged_members = to_raw_response_wrapper(resource.list_tagged_members)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.add_virtual_members = to_raw_response_wrapper(resource.add_virtual_members)
        self.delete_virtual_members = to_raw_response_wrapper(resource.delete_virtual_members)
        self.list_virtual_members_legacy = to_raw_response_wrapper(
            resource.list_virtual_members_legacy
        )
        self.clear_virtual_members = to_raw_response_wrapper(resource.clear_virtual_members)
        self.list_virtual_members = to_raw_response_wrapper(resource.list_virtual_members)
        self.kick = to_raw_response_wrapper(resource.kick)


class AsyncChatroomMembersWithRawResponse:
    """The methods of :class:`AsyncChatroomMembers`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncChatroomMembers) -> None:
        self.set_role = async_to_raw_response_wrapper(resource.set_role)
        self.update_online_member = async_to_raw_response_wrapper(resource.update_online_member)
        self.set_chat_banned = async_to_raw_response_wrapper(resource.set_chat_banned)
        self.list_chat_banned_legacy = async_to_raw_response_wrapper(
            resource.list_chat_banned_legacy
        )
        self.set_temp_chat_banned = async_to_raw_response_wrapper(resource.set_temp_chat_banned)
        self.list_chat_banned = async_to_raw_response_wrapper(resource.list_chat_banned)
        self.set_blocked = async_to_raw_response_wrapper(resource.set_blocked)
        self.list_blocked_legacy = async_to_raw_response_wrapper(resource.list_blocked_legacy)
        self.list_blocked = async_to_raw_response_wrapper(resource.list_blocked)
        self.set_tagged_chat_banned = async_to_raw_response_wrapper(resource.set_tagged_chat_banned)
        self.update_tags = async_to_raw_response_wrapper(resource.update_tags)
        self.get_tagged_member_count = async_to_raw_response_wrapper(
            resource.get_tagged_member_count
        )
        self.list_tagged_members = async_to_raw_response_wrapper(resource.list_tagged_members)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.add_virtual_members = async_to_raw_response_wrapper(resource.add_virtual_members)
        self.delete_virtual_members = async_to_raw_response_wrapper(resource.delete_virtual_members)
        self.list_virtual_members_legacy = async_to_raw_response_wrapper(
            resource.list_virtual_members_legacy
        )
        self.clear_virtual_members = async_to_raw_response_wrapper(resource.clear_virtual_members)
        self.list_virtual_members = async_to_raw_response_wrapper(resource.list_virtual_members)
        self.kick = async_to_raw_response_wrapper(resource.kick)
