"""Chatrooms: Create, update, open, close and look up chatrooms.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.accounts import AntispamConfiguration
from ..models.chatrooms import (
    Chatroom,
    ChatroomAddressList,
    ChatroomDelayClosePolicy,
    ChatroomFixedMemberList,
    ChatroomInfo,
    ChatroomMember,
    ChatroomMemberRole,
    ChatroomOnlineMemberPage,
    CreateChatroomRequest,
    OpenChatroomIdList,
    SetChatroomChatBannedRequest,
    SetChatroomStatusRequest,
    UpdateChatroomRequest,
)

__all__ = [
    "AsyncChatrooms",
    "AsyncChatroomsWithRawResponse",
    "Chatrooms",
    "ChatroomsWithRawResponse",
]

_CREATE: Operation[Chatroom] = Operation(
    name="createChatroom",
    method="POST",
    path="/im/v2/chatrooms",
    response_model=Chatroom,
    body_model=CreateChatroomRequest,
    idempotent=False,
)

_GET_ADDRESS: Operation[ChatroomAddressList] = Operation(
    name="getChatroomAddress",
    method="GET",
    path="/im/v2/chatrooms/{room_id}/actions/address",
    response_model=ChatroomAddressList,
    idempotent=True,
)

_GET: Operation[ChatroomInfo] = Operation(
    name="getChatroom",
    method="GET",
    path="/im/v2/chatrooms/{room_id}",
    response_model=ChatroomInfo,
    idempotent=True,
)

_UPDATE: Operation[Chatroom] = Operation(
    name="updateChatroom",
    method="PATCH",
    path="/im/v2/chatrooms/{room_id}",
    response_model=Chatroom,
    body_model=UpdateChatroomRequest,
    idempotent=True,
)

_SET_STATUS: Operation[Chatroom] = Operation(
    name="setChatroomStatus",
    method="PATCH",
    path="/im/v2/chatrooms/{room_id}/actions/update_status",
    response_model=Chatroom,
    body_model=SetChatroomStatusRequest,
    idempotent=True,
)

_SET_CHAT_BANNED: Operation[None] = Operation(
    name="setChatroomChatBanned",
    method="PATCH",
    path="/im/v2/chatrooms/{room_id}/actions/chat_banned",
    response_model=None,
    body_model=SetChatroomChatBannedRequest,
    idempotent=True,
)

_SET_IN_OUT_NOTIFICATION: Operation[None] = Operation(
    name="setChatroomInOutNotification",
    method="PATCH",
    path="/im/v2/chatrooms/{room_id}/actions/in_out_notification",
    response_model=None,
    idempotent=True,
)

_LIST_OPEN: Operation[OpenChatroomIdList] = Operation(
    name="listOpenChatrooms",
    method="GET",
    path="/im/v2/chatrooms/actions/opend_chatrooms",
    response_model=OpenChatroomIdList,
    idempotent=True,
)

_LIST_ONLINE_MEMBERS: Operation[ChatroomOnlineMemberPage] = Operation(
    name="listChatroomOnlineMembers",
    method="GET",
    path="/im/v2/chatrooms/{room_id}/actions/list_online_members",
    response_model=ChatroomOnlineMemberPage,
    idempotent=True,
    query_styles={"member_roles": "comma"},
    page=PageSpec(
        style="offset",
        items="items",
        has_more="has_more",
        request_token="offset",
        response_token="offset",
    ),
)

_LIST_FIXED_MEMBERS: Operation[ChatroomFixedMemberList] = Operation(
    name="listChatroomFixedMembers",
    method="GET",
    path="/im/v2/chatrooms/{room_id}/actions/list_members",
    response_model=ChatroomFixedMemberList,
    idempotent=True,
    query_styles={"member_roles": "comma"},
)


class Chatrooms:
    """Create, update, open, close and look up chatrooms.

    Reached as ``client.chatrooms``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        creator: Optional[str] = None,
        room_name: Optional[str] = None,
        announcement: Optional[str] = None,
        live_url: Optional[str] = None,
        extension: Optional[str] = None,
        queue_level: Optional[int] = None,
        delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = None,
        delay_seconds: Optional[int] = None,
        in_out_notification: Optional[bool] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> Chatroom:
        """Create a chatroom.

        Creates a chatroom owned by `creator` and returns it with its new `room_id`. Chatrooms are a
        paid add-on of Yunxin IM and can only be created from the server. A scheduled close
        (`delay_close_policy`) works only after the auto-close feature is enabled in the console. No
        v2 documentation page covers this operation; required flags are unknown, and the official Go
        SDK refuses to send it without `creator` and `room_name`.

        Args:
            creator: Account id of the creator, who owns the room. Needed in practice (the Go SDK
                refuses an empty value), though no page marks it required. The limit of 32
                characters is that of account ids. At most 32 characters.
            room_name: Name of the chatroom. Needed in practice (the Go SDK refuses an empty value).
                At most 128 characters.
            announcement: Announcement of the chatroom. At most 4096 characters.
            live_url: Live-stream address to store with the chatroom. At most 1024 characters.
            extension: Extension of your own. At most 4096 characters.
            queue_level: Who may change the chatroom queue. The v2 sources do not list the values;
                the v1 create page gives 0 (everyone, its default) and 1 (only the creator and
                administrators).
            delay_close_policy: How a chatroom closes itself. 0: no scheduled close; 1: close after
                a fixed delay whether or not members are still inside; 2: close once the room has
                stayed empty for the delay. Scheduled closing (the chatroom auto-destroy feature)
                must first be enabled in the console.
            delay_seconds: Delay of the scheduled close in seconds, at most 7 days (604800). Used
                only when `delay_close_policy` is 1 or 2. At most 604800.
            in_out_notification: Notify the room when accounts enter or leave it. The v1 create page
                says these notifications are on unless turned off; no v2 source states a default.
            antispam_configuration: Content moderation of the room's name, announcement and
                extension in this request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Chatroom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _CREATE,
            body={
                "creator": creator,
                "room_name": room_name,
                "announcement": announcement,
                "live_url": live_url,
                "extension": extension,
                "queue_level": queue_level,
                "delay_close_policy": delay_close_policy,
                "delay_seconds": delay_seconds,
                "in_out_notification": in_out_notification,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def get_address(
        self,
        *,
        room_id: int,
        account_id: Optional[str] = None,
        client_ip: Optional[str] = None,
        client_type: Optional[int] = None,
        ip_type: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomAddressList:
        """Get the connection addresses of a chatroom.

        Returns the addresses that a client of `account_id` should connect to in order to enter the
        chatroom, chosen near `client_ip`. Give the addresses to your client, which enters the room
        through them. Only the SDKs describe this operation; the values of `client_type` and
        `ip_type` are not documented.

        Args:
            room_id: The chatroom to connect to.
            account_id: The account that will enter the room. Needed in practice (the Go SDK refuses
                an empty value), though no page marks it required.
            client_ip: IP address of the client, used to pick nearby addresses. Needed in practice
                (the Go SDK refuses an empty value and the Java SDK always sends it).
            client_type: Kind of link the client wants. The v2 sources do not list the values; the
                v1 form of this call used 1 (web link), 2 (regular link) and 3 (WeChat mini-program
                link). The Go SDK sends it only when it is greater than 0.
            ip_type: Which IP family to return, presumably IPv4 or IPv6; the values are not
                documented. The Go SDK sends it only when it is greater than 0.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomAddressList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _GET_ADDRESS,
            path={"room_id": room_id},
            query={
                "account_id": account_id,
                "client_ip": client_ip,
                "client_type": client_type,
                "ip_type": ip_type,
            },
            options=options,
        )

    def get(
        self,
        *,
        room_id: int,
        need_online_user_count: Optional[bool] = None,
        online_user_count_by_type: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomInfo:
        """Get a chatroom.

        Returns a chatroom's information and switches. The online counts are filled only when asked
        for: `need_online_user_count` for the total and `online_user_count_by_type` for the count
        per platform.

        Args:
            room_id: The chatroom, as returned when it was created.
            need_online_user_count: Also return `online_user_count`, the number of accounts online
                in the room. Default false.
            online_user_count_by_type: Also return the number of online accounts per platform
                (`ios_online_user_count` and the like). Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomInfo`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询聊天室信息, https://yunxin-im.apifox.cn/api-149275720
        """
        return self._client.request(
            _GET,
            path={"room_id": room_id},
            query={
                "need_online_user_count": need_online_user_count,
                "online_user_count_by_type": online_user_count_by_type,
            },
            options=options,
        )

    def update(
        self,
        *,
        room_id: int,
        room_name: Optional[str] = None,
        announcement: Optional[str] = None,
        live_url: Optional[str] = None,
        extension: Optional[str] = None,
        queue_level: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> Chatroom:
        """Update a chatroom.

        Changes the name, announcement, live-stream address, extension or queue permission of a
        chatroom; fields left out keep their values. The room can be told about the change with
        `notification_enabled`. No documentation page covers this operation; the fields come from
        the SDKs.

        Args:
            room_id: The chatroom, as returned when it was created.
            room_name: New name. The limit is that of the create operation; no source states it for
                updates. At most 128 characters.
            announcement: New announcement. At most 4096 characters.
            live_url: New live-stream address. At most 1024 characters.
            extension: New extension. At most 4096 characters.
            queue_level: New queue permission level (see `queue_level` of the create request).
            notification_enabled: Send the room a notification that its information changed.
            notification_extension: Extension carried by that notification.
            antispam_configuration: Content moderation of the new name, announcement and extension.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Chatroom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _UPDATE,
            path={"room_id": room_id},
            body={
                "room_name": room_name,
                "announcement": announcement,
                "live_url": live_url,
                "extension": extension,
                "queue_level": queue_level,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def set_status(
        self,
        *,
        room_id: int,
        operator_account_id: str,
        valid: bool,
        delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = None,
        delay_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Chatroom:
        """Open or close a chatroom.

        A new chatroom is open: every account may enter it. The creator can close it with this
        operation, which forces every online member out, and open it again later. The same call sets
        or changes the scheduled close of the room (`delay_close_policy`, `delay_seconds`), which
        needs the auto-close feature enabled in the console.

        Args:
            room_id: The chatroom to open or close, as returned when it was created.
            operator_account_id: Account that performs the change; it must be the creator of the
                room.
            valid: true: open the room; false: close it, which forces every online member out.
                Default true.
            delay_close_policy: Scheduled close to set. The feature must be enabled in the console.
                The 2024 page says only rooms created after enabling it can close on schedule; the
                2025 page says a value sent here overrides the console's policy, which applies
                otherwise. Default 0.
            delay_seconds: Delay of the scheduled close in seconds; used only when
                `delay_close_policy` is 1 or 2. Both the maximum and the default are 7 days
                (604800). 0 to 604800; default 604800.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Chatroom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 开放/关闭聊天室, https://doc.yunxin.163.com/messaging2/server-apis/DkwNzE5MjA?platform=server
        """
        return self._client.request(
            _SET_STATUS,
            path={"room_id": room_id},
            body={
                "operator_account_id": operator_account_id,
                "valid": valid,
                "delay_close_policy": delay_close_policy,
                "delay_seconds": delay_seconds,
            },
            options=options,
        )

    def set_chat_banned(
        self,
        *,
        room_id: int,
        operator_account_id: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mute or unmute a whole chatroom.

        Mutes every member of the chatroom except its creator and administrators, or lifts that
        mute. Only the creator or an administrator may do it. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom to mute or unmute.
            operator_account_id: Account that performs the change: the creator or an administrator.
                Needed in practice (the Go SDK refuses an empty value).
            chat_banned: true: mute everyone except the creator and administrators; false: lift the
                mute.
            notification_enabled: Send the room a notification about the change; on by default
                according to the Java SDK. Default true.
            notification_extension: Extension carried by the notification. At most 2048 characters.
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
            path={"room_id": room_id},
            body={
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    def set_in_out_notification(
        self,
        *,
        room_id: int,
        in_out_notification: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Turn enter and leave notifications of a chatroom on or off.

        Decides whether the room is notified each time an account enters or leaves it. The new value
        travels in the query string; the request has no body. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom whose switch changes.
            in_out_notification: true: notify enter and leave events; false: stop notifying them.
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
            _SET_IN_OUT_NOTIFICATION,
            path={"room_id": room_id},
            query={"in_out_notification": in_out_notification},
            options=options,
        )

    def list_open(
        self,
        *,
        creator_account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> OpenChatroomIdList:
        """List the open chatrooms of a creator.

        Returns the ids of every chatroom that `creator_account_id` created and that is open now, in
        one unpaged list. The path really is spelled `opend_chatrooms`. Only the SDKs describe this
        operation.

        Args:
            creator_account_id: The creator whose open rooms are listed. Needed in practice (the Go
                SDK refuses an empty value), though no page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `OpenChatroomIdList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _LIST_OPEN,
            query={"creator_account_id": creator_account_id},
            options=options,
        )

    def list_online_members(
        self,
        *,
        room_id: int,
        member_roles: Optional[Sequence[Union[ChatroomMemberRole, int]]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ChatroomOnlineMemberPage, ChatroomMember]:
        """List the online members of a chatroom.

        Pages through the accounts online in the chatroom, optionally only those with some roles.
        Paging uses offsets: send 0 first, then the `offset` of the previous answer while `has_more`
        is true. The largest page size is not documented. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom whose online members are listed.
            member_roles: Only list members with these roles (see `ChatroomMemberRole`); sent
                comma-separated, for example `1,2,0`. All online members when left out.
            offset: Where the page starts; 0 for the first page, then the `offset` of the previous
                answer. Both SDKs always send it. At least 0.
            limit: Members per page; the maximum is not documented. The Go SDK refuses 0. At least
                1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ChatroomOnlineMemberPage`); iterate it to walk every `ChatroomMember`
            of every page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return SyncPage[ChatroomOnlineMemberPage, ChatroomMember].first(
            self._client,
            _LIST_ONLINE_MEMBERS,
            path={"room_id": room_id},
            query={"member_roles": member_roles, "offset": offset, "limit": limit},
            options=options,
        )

    def list_fixed_members(
        self,
        *,
        room_id: int,
        member_roles: Optional[Sequence[Union[ChatroomMemberRole, int]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomFixedMemberList:
        """List the fixed members of a chatroom.

        Returns the fixed members of the chatroom (creator, administrators and regular members),
        online or not, in one unpaged list; `member_roles` narrows it to some roles.

        Args:
            room_id: The chatroom whose fixed members are listed.
            member_roles: Only list members with these roles (see `ChatroomMemberRole`); sent
                comma-separated, for example `1,2,0`. Every fixed member when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomFixedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询聊天室固定成员列表, https://yunxin-im.apifox.cn/api-149295052
        """
        return self._client.request(
            _LIST_FIXED_MEMBERS,
            path={"room_id": room_id},
            query={"member_roles": member_roles},
            options=options,
        )


class AsyncChatrooms:
    """Create, update, open, close and look up chatrooms.

    Reached as ``client.chatrooms`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        creator: Optional[str] = None,
        room_name: Optional[str] = None,
        announcement: Optional[str] = None,
        live_url: Optional[str] = None,
        extension: Optional[str] = None,
        queue_level: Optional[int] = None,
        delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = None,
        delay_seconds: Optional[int] = None,
        in_out_notification: Optional[bool] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> Chatroom:
        """Create a chatroom.

        Creates a chatroom owned by `creator` and returns it with its new `room_id`. Chatrooms are a
        paid add-on of Yunxin IM and can only be created from the server. A scheduled close
        (`delay_close_policy`) works only after the auto-close feature is enabled in the console. No
        v2 documentation page covers this operation; required flags are unknown, and the official Go
        SDK refuses to send it without `creator` and `room_name`.

        Args:
            creator: Account id of the creator, who owns the room. Needed in practice (the Go SDK
                refuses an empty value), though no page marks it required. The limit of 32
                characters is that of account ids. At most 32 characters.
            room_name: Name of the chatroom. Needed in practice (the Go SDK refuses an empty value).
                At most 128 characters.
            announcement: Announcement of the chatroom. At most 4096 characters.
            live_url: Live-stream address to store with the chatroom. At most 1024 characters.
            extension: Extension of your own. At most 4096 characters.
            queue_level: Who may change the chatroom queue. The v2 sources do not list the values;
                the v1 create page gives 0 (everyone, its default) and 1 (only the creator and
                administrators).
            delay_close_policy: How a chatroom closes itself. 0: no scheduled close; 1: close after
                a fixed delay whether or not members are still inside; 2: close once the room has
                stayed empty for the delay. Scheduled closing (the chatroom auto-destroy feature)
                must first be enabled in the console.
            delay_seconds: Delay of the scheduled close in seconds, at most 7 days (604800). Used
                only when `delay_close_policy` is 1 or 2. At most 604800.
            in_out_notification: Notify the room when accounts enter or leave it. The v1 create page
                says these notifications are on unless turned off; no v2 source states a default.
            antispam_configuration: Content moderation of the room's name, announcement and
                extension in this request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Chatroom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _CREATE,
            body={
                "creator": creator,
                "room_name": room_name,
                "announcement": announcement,
                "live_url": live_url,
                "extension": extension,
                "queue_level": queue_level,
                "delay_close_policy": delay_close_policy,
                "delay_seconds": delay_seconds,
                "in_out_notification": in_out_notification,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def get_address(
        self,
        *,
        room_id: int,
        account_id: Optional[str] = None,
        client_ip: Optional[str] = None,
        client_type: Optional[int] = None,
        ip_type: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomAddressList:
        """Get the connection addresses of a chatroom.

        Returns the addresses that a client of `account_id` should connect to in order to enter the
        chatroom, chosen near `client_ip`. Give the addresses to your client, which enters the room
        through them. Only the SDKs describe this operation; the values of `client_type` and
        `ip_type` are not documented.

        Args:
            room_id: The chatroom to connect to.
            account_id: The account that will enter the room. Needed in practice (the Go SDK refuses
                an empty value), though no page marks it required.
            client_ip: IP address of the client, used to pick nearby addresses. Needed in practice
                (the Go SDK refuses an empty value and the Java SDK always sends it).
            client_type: Kind of link the client wants. The v2 sources do not list the values; the
                v1 form of this call used 1 (web link), 2 (regular link) and 3 (WeChat mini-program
                link). The Go SDK sends it only when it is greater than 0.
            ip_type: Which IP family to return, presumably IPv4 or IPv6; the values are not
                documented. The Go SDK sends it only when it is greater than 0.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomAddressList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _GET_ADDRESS,
            path={"room_id": room_id},
            query={
                "account_id": account_id,
                "client_ip": client_ip,
                "client_type": client_type,
                "ip_type": ip_type,
            },
            options=options,
        )

    async def get(
        self,
        *,
        room_id: int,
        need_online_user_count: Optional[bool] = None,
        online_user_count_by_type: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomInfo:
        """Get a chatroom.

        Returns a chatroom's information and switches. The online counts are filled only when asked
        for: `need_online_user_count` for the total and `online_user_count_by_type` for the count
        per platform.

        Args:
            room_id: The chatroom, as returned when it was created.
            need_online_user_count: Also return `online_user_count`, the number of accounts online
                in the room. Default false.
            online_user_count_by_type: Also return the number of online accounts per platform
                (`ios_online_user_count` and the like). Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomInfo`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询聊天室信息, https://yunxin-im.apifox.cn/api-149275720
        """
        return await self._client.request(
            _GET,
            path={"room_id": room_id},
            query={
                "need_online_user_count": need_online_user_count,
                "online_user_count_by_type": online_user_count_by_type,
            },
            options=options,
        )

    async def update(
        self,
        *,
        room_id: int,
        room_name: Optional[str] = None,
        announcement: Optional[str] = None,
        live_url: Optional[str] = None,
        extension: Optional[str] = None,
        queue_level: Optional[int] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> Chatroom:
        """Update a chatroom.

        Changes the name, announcement, live-stream address, extension or queue permission of a
        chatroom; fields left out keep their values. The room can be told about the change with
        `notification_enabled`. No documentation page covers this operation; the fields come from
        the SDKs.

        Args:
            room_id: The chatroom, as returned when it was created.
            room_name: New name. The limit is that of the create operation; no source states it for
                updates. At most 128 characters.
            announcement: New announcement. At most 4096 characters.
            live_url: New live-stream address. At most 1024 characters.
            extension: New extension. At most 4096 characters.
            queue_level: New queue permission level (see `queue_level` of the create request).
            notification_enabled: Send the room a notification that its information changed.
            notification_extension: Extension carried by that notification.
            antispam_configuration: Content moderation of the new name, announcement and extension.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Chatroom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _UPDATE,
            path={"room_id": room_id},
            body={
                "room_name": room_name,
                "announcement": announcement,
                "live_url": live_url,
                "extension": extension,
                "queue_level": queue_level,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def set_status(
        self,
        *,
        room_id: int,
        operator_account_id: str,
        valid: bool,
        delay_close_policy: Optional[Union[ChatroomDelayClosePolicy, int]] = None,
        delay_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Chatroom:
        """Open or close a chatroom.

        A new chatroom is open: every account may enter it. The creator can close it with this
        operation, which forces every online member out, and open it again later. The same call sets
        or changes the scheduled close of the room (`delay_close_policy`, `delay_seconds`), which
        needs the auto-close feature enabled in the console.

        Args:
            room_id: The chatroom to open or close, as returned when it was created.
            operator_account_id: Account that performs the change; it must be the creator of the
                room.
            valid: true: open the room; false: close it, which forces every online member out.
                Default true.
            delay_close_policy: Scheduled close to set. The feature must be enabled in the console.
                The 2024 page says only rooms created after enabling it can close on schedule; the
                2025 page says a value sent here overrides the console's policy, which applies
                otherwise. Default 0.
            delay_seconds: Delay of the scheduled close in seconds; used only when
                `delay_close_policy` is 1 or 2. Both the maximum and the default are 7 days
                (604800). 0 to 604800; default 604800.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Chatroom`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 开放/关闭聊天室, https://doc.yunxin.163.com/messaging2/server-apis/DkwNzE5MjA?platform=server
        """
        return await self._client.request(
            _SET_STATUS,
            path={"room_id": room_id},
            body={
                "operator_account_id": operator_account_id,
                "valid": valid,
                "delay_close_policy": delay_close_policy,
                "delay_seconds": delay_seconds,
            },
            options=options,
        )

    async def set_chat_banned(
        self,
        *,
        room_id: int,
        operator_account_id: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        notification_enabled: Optional[bool] = None,
        notification_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mute or unmute a whole chatroom.

        Mutes every member of the chatroom except its creator and administrators, or lifts that
        mute. Only the creator or an administrator may do it. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom to mute or unmute.
            operator_account_id: Account that performs the change: the creator or an administrator.
                Needed in practice (the Go SDK refuses an empty value).
            chat_banned: true: mute everyone except the creator and administrators; false: lift the
                mute.
            notification_enabled: Send the room a notification about the change; on by default
                according to the Java SDK. Default true.
            notification_extension: Extension carried by the notification. At most 2048 characters.
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
            path={"room_id": room_id},
            body={
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            options=options,
        )

    async def set_in_out_notification(
        self,
        *,
        room_id: int,
        in_out_notification: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Turn enter and leave notifications of a chatroom on or off.

        Decides whether the room is notified each time an account enters or leaves it. The new value
        travels in the query string; the request has no body. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom whose switch changes.
            in_out_notification: true: notify enter and leave events; false: stop notifying them.
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
            _SET_IN_OUT_NOTIFICATION,
            path={"room_id": room_id},
            query={"in_out_notification": in_out_notification},
            options=options,
        )

    async def list_open(
        self,
        *,
        creator_account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> OpenChatroomIdList:
        """List the open chatrooms of a creator.

        Returns the ids of every chatroom that `creator_account_id` created and that is open now, in
        one unpaged list. The path really is spelled `opend_chatrooms`. Only the SDKs describe this
        operation.

        Args:
            creator_account_id: The creator whose open rooms are listed. Needed in practice (the Go
                SDK refuses an empty value), though no page marks it required.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `OpenChatroomIdList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _LIST_OPEN,
            query={"creator_account_id": creator_account_id},
            options=options,
        )

    def list_online_members(
        self,
        *,
        room_id: int,
        member_roles: Optional[Sequence[Union[ChatroomMemberRole, int]]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ChatroomOnlineMemberPage, ChatroomMember]:
        """List the online members of a chatroom.

        Pages through the accounts online in the chatroom, optionally only those with some roles.
        Paging uses offsets: send 0 first, then the `offset` of the previous answer while `has_more`
        is true. The largest page size is not documented. Only the SDKs describe this operation.

        Args:
            room_id: The chatroom whose online members are listed.
            member_roles: Only list members with these roles (see `ChatroomMemberRole`); sent
                comma-separated, for example `1,2,0`. All online members when left out.
            offset: Where the page starts; 0 for the first page, then the `offset` of the previous
                answer. Both SDKs always send it. At least 0.
            limit: Members per page; the maximum is not documented. The Go SDK refuses 0. At least
                1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ChatroomOnlineMemberPage`), or `async
            for` over it to walk every `ChatroomMember` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return AsyncPaginator[ChatroomOnlineMemberPage, ChatroomMember](
            self._client,
            _LIST_ONLINE_MEMBERS,
            path={"room_id": room_id},
            query={"member_roles": member_roles, "offset": offset, "limit": limit},
            options=options,
        )

    async def list_fixed_members(
        self,
        *,
        room_id: int,
        member_roles: Optional[Sequence[Union[ChatroomMemberRole, int]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomFixedMemberList:
        """List the fixed members of a chatroom.

        Returns the fixed members of the chatroom (creator, administrators and regular members),
        online or not, in one unpaged list; `member_roles` narrows it to some roles.

        Args:
            room_id: The chatroom whose fixed members are listed.
            member_roles: Only list members with these roles (see `ChatroomMemberRole`); sent
                comma-separated, for example `1,2,0`. Every fixed member when left out.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomFixedMemberList`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询聊天室固定成员列表, https://yunxin-im.apifox.cn/api-149295052
        """
        return await self._client.request(
            _LIST_FIXED_MEMBERS,
            path={"room_id": room_id},
            query={"member_roles": member_roles},
            options=options,
        )


class ChatroomsWithRawResponse:
    """The methods of :class:`Chatrooms`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Chatrooms) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get_address = to_raw_response_wrapper(resource.get_address)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.set_status = to_raw_response_wrapper(resource.set_status)
        self.set_chat_banned = to_raw_response_wrapper(resource.set_chat_banned)
        self.set_in_out_notification = to_raw_response_wrapper(resource.set_in_out_notification)
        self.list_open = to_raw_response_wrapper(resource.list_open)
        self.list_online_members = to_raw_response_wrapper(resource.list_online_members)
        self.list_fixed_members = to_raw_response_wrapper(resource.list_fixed_members)


class AsyncChatroomsWithRawResponse:
    """The methods of :class:`AsyncChatrooms`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncChatrooms) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get_address = async_to_raw_response_wrapper(resource.get_address)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.set_status = async_to_raw_response_wrapper(resource.set_status)
        self.set_chat_banned = async_to_raw_response_wrapper(resource.set_chat_banned)
        self.set_in_out_notification = async_to_raw_response_wrapper(
            resource.set_in_out_notification
        )
        self.list_open = async_to_raw_response_wrapper(resource.list_open)
        self.list_online_members = async_to_raw_response_wrapper(resource.list_online_members)
        self.list_fixed_members = async_to_raw_response_wrapper(resource.list_fixed_members)
