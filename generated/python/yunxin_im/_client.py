"""The clients: :class:`YunxinIM` (blocking) and :class:`AsyncYunxinIM` (asyncio).

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Type

import httpx

from ._base_client import (
    DEFAULT_INITIAL_RETRY_DELAY,
    DEFAULT_MAX_RETRY_DELAY,
    AsyncAPIClient,
    SyncAPIClient,
)
from ._types import TimeoutTypes

if TYPE_CHECKING:
    from .resources.accounts import (
        Accounts,
        AccountsWithRawResponse,
        AsyncAccounts,
        AsyncAccountsWithRawResponse,
    )
    from .resources.ai import (
        Ai,
        AiWithRawResponse,
        AsyncAi,
        AsyncAiWithRawResponse,
    )
    from .resources.block_contacts import (
        AsyncBlockContacts,
        AsyncBlockContactsWithRawResponse,
        BlockContacts,
        BlockContactsWithRawResponse,
    )
    from .resources.broadcasts import (
        AsyncBroadcasts,
        AsyncBroadcastsWithRawResponse,
        Broadcasts,
        BroadcastsWithRawResponse,
    )
    from .resources.chatroom_members import (
        AsyncChatroomMembers,
        AsyncChatroomMembersWithRawResponse,
        ChatroomMembers,
        ChatroomMembersWithRawResponse,
    )
    from .resources.chatroom_messages import (
        AsyncChatroomMessages,
        AsyncChatroomMessagesWithRawResponse,
        ChatroomMessages,
        ChatroomMessagesWithRawResponse,
    )
    from .resources.chatroom_queues import (
        AsyncChatroomQueues,
        AsyncChatroomQueuesWithRawResponse,
        ChatroomQueues,
        ChatroomQueuesWithRawResponse,
    )
    from .resources.chatrooms import (
        AsyncChatrooms,
        AsyncChatroomsWithRawResponse,
        Chatrooms,
        ChatroomsWithRawResponse,
    )
    from .resources.conversation_groups import (
        AsyncConversationGroups,
        AsyncConversationGroupsWithRawResponse,
        ConversationGroups,
        ConversationGroupsWithRawResponse,
    )
    from .resources.conversation_unread import (
        AsyncConversationUnread,
        AsyncConversationUnreadWithRawResponse,
        ConversationUnread,
        ConversationUnreadWithRawResponse,
    )
    from .resources.conversations import (
        AsyncConversations,
        AsyncConversationsWithRawResponse,
        Conversations,
        ConversationsWithRawResponse,
    )
    from .resources.friends import (
        AsyncFriends,
        AsyncFriendsWithRawResponse,
        Friends,
        FriendsWithRawResponse,
    )
    from .resources.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        Messages,
        MessagesWithRawResponse,
    )
    from .resources.mute_contacts import (
        AsyncMuteContacts,
        AsyncMuteContactsWithRawResponse,
        MuteContacts,
        MuteContactsWithRawResponse,
    )
    from .resources.push_notifications import (
        AsyncPushNotifications,
        AsyncPushNotificationsWithRawResponse,
        PushNotifications,
        PushNotificationsWithRawResponse,
    )
    from .resources.signalling import (
        AsyncSignalling,
        AsyncSignallingWithRawResponse,
        Signalling,
        SignallingWithRawResponse,
    )
    from .resources.subscriptions import (
        AsyncSubscriptions,
        AsyncSubscriptionsWithRawResponse,
        Subscriptions,
        SubscriptionsWithRawResponse,
    )
    from .resources.system_notifications import (
        AsyncSystemNotifications,
        AsyncSystemNotificationsWithRawResponse,
        SystemNotifications,
        SystemNotificationsWithRawResponse,
    )
    from .resources.team_members import (
        AsyncTeamMembers,
        AsyncTeamMembersWithRawResponse,
        TeamMembers,
        TeamMembersWithRawResponse,
    )
    from .resources.teams import (
        AsyncTeams,
        AsyncTeamsWithRawResponse,
        Teams,
        TeamsWithRawResponse,
    )
    from .resources.tools import (
        AsyncTools,
        AsyncToolsWithRawResponse,
        Tools,
        ToolsWithRawResponse,
    )
    from .resources.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        Users,
        UsersWithRawResponse,
    )

__all__ = ["AsyncYunxinIM", "YunxinIM"]

_NOT_SET: Any = object()


class YunxinIM(SyncAPIClient):
    """Blocking client of the NetEase Yunxin IM server API v2.

    Args:
        app_key: The app's AppKey; defaults to the YUNXIN_APP_KEY environment variable.
        app_secret: The app's AppSecret; defaults to YUNXIN_APP_SECRET. It signs every request
            and is never sent, logged or shown in a repr.
        region: ``"cn"`` or ``"sg"``; defaults to YUNXIN_REGION, else "cn". Each region
            has a primary host and a backup host that the client fails over to when the primary
            cannot be reached.
        base_url: A host to use instead of the region's (defaults to YUNXIN_BASE_URL).
        backup_base_urls: Hosts to fail over to, in order.
        timeout: Deadline of each attempt (connect, send, headers and body together), in seconds,
            or a :class:`~yunxin_im.Timeout` with separate connect/read/write/pool limits whose
            largest value is the attempt's deadline. Default: 30 s, 5 s to connect.
        total_timeout: Deadline of a whole call, its retries and their waits included, in
            seconds; None (the default) bounds only the attempts.
        max_response_size: Largest response body accepted, in bytes after decompression
            (default 8 MiB); a larger one raises ResponseTooLargeError.
        max_retries: How many times a failed attempt may be retried (default 2); see the retry
            policy in the README.
        default_headers: Headers sent with every request.
        http_client: An :class:`httpx.Client` to send requests with (proxies, custom TLS ...).
        initial_retry_delay: Upper bound of the first retry's wait, in seconds.
        max_retry_delay: Upper bound of any retry's wait, in seconds.
    """

    def __init__(
        self,
        *,
        app_key: Optional[str] = None,
        app_secret: Optional[str] = None,
        region: Optional[str] = None,
        base_url: Optional[str] = None,
        backup_base_urls: Optional[Sequence[str]] = None,
        timeout: Optional[TimeoutTypes] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
        initial_retry_delay: float = DEFAULT_INITIAL_RETRY_DELAY,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        total_timeout: Optional[float] = None,
        max_response_size: Optional[int] = None,
    ) -> None:
        super().__init__(
            http_client=http_client,
            app_key=app_key,
            app_secret=app_secret,
            region=region,
            base_url=base_url,
            backup_base_urls=backup_base_urls,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            total_timeout=total_timeout,
            max_response_size=max_response_size,
        )

    @cached_property
    def accounts(self) -> Accounts:
        """Register IM accounts and manage their settings, tokens and login state."""
        from .resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def users(self) -> Users:
        """Read and update the public user cards (名片) of accounts, and their online status."""
        from .resources.users import Users

        return Users(self)

    @cached_property
    def friends(self) -> Friends:
        """Add, update, list and remove the friends of an account, and answer friend requests."""
        from .resources.friends import Friends

        return Friends(self)

    @cached_property
    def mute_contacts(self) -> MuteContacts:
        """Accounts whose messages another account does not want to be notified about."""
        from .resources.mute_contacts import MuteContacts

        return MuteContacts(self)

    @cached_property
    def block_contacts(self) -> BlockContacts:
        """Accounts another account has blocked (黑名单)."""
        from .resources.block_contacts import BlockContacts

        return BlockContacts(self)

    @cached_property
    def messages(self) -> Messages:
        """Send, read, search, edit and recall messages in one-to-one and team conversations."""
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def chatroom_messages(self) -> ChatroomMessages:
        """Send, recall and read the history of chatroom messages."""
        from .resources.chatroom_messages import ChatroomMessages

        return ChatroomMessages(self)

    @cached_property
    def conversations(self) -> Conversations:
        """Create, read, update and delete the conversations of an account."""
        from .resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def conversation_unread(self) -> ConversationUnread:
        """Unread counts of an account's conversations."""
        from .resources.conversation_unread import ConversationUnread

        return ConversationUnread(self)

    @cached_property
    def conversation_groups(self) -> ConversationGroups:
        """Groups that an account sorts its conversations into."""
        from .resources.conversation_groups import ConversationGroups

        return ConversationGroups(self)

    @cached_property
    def teams(self) -> Teams:
        """Create, update, transfer, disband and look up teams (advanced teams and super teams)."""
        from .resources.teams import Teams

        return Teams(self)

    @cached_property
    def team_members(self) -> TeamMembers:
        """Invite, remove, mute and update the members of a team, and list an account's teams."""
        from .resources.team_members import TeamMembers

        return TeamMembers(self)

    @cached_property
    def chatrooms(self) -> Chatrooms:
        """Create, update, open, close and look up chatrooms."""
        from .resources.chatrooms import Chatrooms

        return Chatrooms(self)

    @cached_property
    def chatroom_members(self) -> ChatroomMembers:
        """Roles, mutes, block lists, tags and virtual members of chatrooms."""
        from .resources.chatroom_members import ChatroomMembers

        return ChatroomMembers(self)

    @cached_property
    def chatroom_queues(self) -> ChatroomQueues:
        """Key-value queues attached to a chatroom (for example for mic seats)."""
        from .resources.chatroom_queues import ChatroomQueues

        return ChatroomQueues(self)

    @cached_property
    def broadcasts(self) -> Broadcasts:
        """Broadcast notifications to every account of the app, or to every chatroom."""
        from .resources.broadcasts import Broadcasts

        return Broadcasts(self)

    @cached_property
    def system_notifications(self) -> SystemNotifications:
        """Custom system notifications, delivered to accounts or teams without being stored as
        messages.
        """
        from .resources.system_notifications import SystemNotifications

        return SystemNotifications(self)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        """Subscribe accounts to the online-status events of other accounts."""
        from .resources.subscriptions import Subscriptions

        return Subscriptions(self)

    @cached_property
    def tools(self) -> Tools:
        """Text translation and speech recognition."""
        from .resources.tools import Tools

        return Tools(self)

    @cached_property
    def signalling(self) -> Signalling:
        """Signalling rooms for call invitations and control messages."""
        from .resources.signalling import Signalling

        return Signalling(self)

    @cached_property
    def push_notifications(self) -> PushNotifications:
        """System push notifications sent to devices."""
        from .resources.push_notifications import PushNotifications

        return PushNotifications(self)

    @cached_property
    def ai(self) -> Ai:
        """AI assistance for chat."""
        from .resources.ai import Ai

        return Ai(self)

    @cached_property
    def with_raw_response(self) -> YunxinIMWithRawResponse:
        """The same methods, returning :class:`~yunxin_im.RawResponse` (status, headers, body and parsed result)."""
        return YunxinIMWithRawResponse(self)

    def with_options(
        self,
        *,
        timeout: Optional[TimeoutTypes] = _NOT_SET,
        max_retries: Optional[int] = _NOT_SET,
        default_headers: Optional[Mapping[str, str]] = _NOT_SET,
        total_timeout: Optional[float] = _NOT_SET,
        max_response_size: Optional[int] = _NOT_SET,
    ) -> YunxinIM:
        """A copy of this client with other defaults, sharing its connection pool."""
        settings = self._settings()
        for name, value in (
            ("timeout", timeout),
            ("max_retries", max_retries),
            ("default_headers", default_headers),
            ("total_timeout", total_timeout),
            ("max_response_size", max_response_size),
        ):
            if value is not _NOT_SET:
                settings[name] = value
        return type(self)(http_client=self._http, **settings)

    def __enter__(self) -> YunxinIM:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncYunxinIM(AsyncAPIClient):
    """Asyncio client of the NetEase Yunxin IM server API v2; every method is awaited.

    Takes the same arguments as :class:`YunxinIM`, with an :class:`httpx.AsyncClient`
    as ``http_client``.
    """

    def __init__(
        self,
        *,
        app_key: Optional[str] = None,
        app_secret: Optional[str] = None,
        region: Optional[str] = None,
        base_url: Optional[str] = None,
        backup_base_urls: Optional[Sequence[str]] = None,
        timeout: Optional[TimeoutTypes] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        initial_retry_delay: float = DEFAULT_INITIAL_RETRY_DELAY,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        total_timeout: Optional[float] = None,
        max_response_size: Optional[int] = None,
    ) -> None:
        super().__init__(
            http_client=http_client,
            app_key=app_key,
            app_secret=app_secret,
            region=region,
            base_url=base_url,
            backup_base_urls=backup_base_urls,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            total_timeout=total_timeout,
            max_response_size=max_response_size,
        )

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """Register IM accounts and manage their settings, tokens and login state."""
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """Read and update the public user cards (名片) of accounts, and their online status."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def friends(self) -> AsyncFriends:
        """Add, update, list and remove the friends of an account, and answer friend requests."""
        from .resources.friends import AsyncFriends

        return AsyncFriends(self)

    @cached_property
    def mute_contacts(self) -> AsyncMuteContacts:
        """Accounts whose messages another account does not want to be notified about."""
        from .resources.mute_contacts import AsyncMuteContacts

        return AsyncMuteContacts(self)

    @cached_property
    def block_contacts(self) -> AsyncBlockContacts:
        """Accounts another account has blocked (黑名单)."""
        from .resources.block_contacts import AsyncBlockContacts

        return AsyncBlockContacts(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """Send, read, search, edit and recall messages in one-to-one and team conversations."""
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def chatroom_messages(self) -> AsyncChatroomMessages:
        """Send, recall and read the history of chatroom messages."""
        from .resources.chatroom_messages import AsyncChatroomMessages

        return AsyncChatroomMessages(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        """Create, read, update and delete the conversations of an account."""
        from .resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def conversation_unread(self) -> AsyncConversationUnread:
        """Unread counts of an account's conversations."""
        from .resources.conversation_unread import AsyncConversationUnread

        return AsyncConversationUnread(self)

    @cached_property
    def conversation_groups(self) -> AsyncConversationGroups:
        """Groups that an account sorts its conversations into."""
        from .resources.conversation_groups import AsyncConversationGroups

        return AsyncConversationGroups(self)

    @cached_property
    def teams(self) -> AsyncTeams:
        """Create, update, transfer, disband and look up teams (advanced teams and super teams)."""
        from .resources.teams import AsyncTeams

        return AsyncTeams(self)

    @cached_property
    def team_members(self) -> AsyncTeamMembers:
        """Invite, remove, mute and update the members of a team, and list an account's teams."""
        from .resources.team_members import AsyncTeamMembers

        return AsyncTeamMembers(self)

    @cached_property
    def chatrooms(self) -> AsyncChatrooms:
        """Create, update, open, close and look up chatrooms."""
        from .resources.chatrooms import AsyncChatrooms

        return AsyncChatrooms(self)

    @cached_property
    def chatroom_members(self) -> AsyncChatroomMembers:
        """Roles, mutes, block lists, tags and virtual members of chatrooms."""
        from .resources.chatroom_members import AsyncChatroomMembers

        return AsyncChatroomMembers(self)

    @cached_property
    def chatroom_queues(self) -> AsyncChatroomQueues:
        """Key-value queues attached to a chatroom (for example for mic seats)."""
        from .resources.chatroom_queues import AsyncChatroomQueues

        return AsyncChatroomQueues(self)

    @cached_property
    def broadcasts(self) -> AsyncBroadcasts:
        """Broadcast notifications to every account of the app, or to every chatroom."""
        from .resources.broadcasts import AsyncBroadcasts

        return AsyncBroadcasts(self)

    @cached_property
    def system_notifications(self) -> AsyncSystemNotifications:
        """Custom system notifications, delivered to accounts or teams without being stored as
        messages.
        """
        from .resources.system_notifications import AsyncSystemNotifications

        return AsyncSystemNotifications(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        """Subscribe accounts to the online-status events of other accounts."""
        from .resources.subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self)

    @cached_property
    def tools(self) -> AsyncTools:
        """Text translation and speech recognition."""
        from .resources.tools import AsyncTools

        return AsyncTools(self)

    @cached_property
    def signalling(self) -> AsyncSignalling:
        """Signalling rooms for call invitations and control messages."""
        from .resources.signalling import AsyncSignalling

        return AsyncSignalling(self)

    @cached_property
    def push_notifications(self) -> AsyncPushNotifications:
        """System push notifications sent to devices."""
        from .resources.push_notifications import AsyncPushNotifications

        return AsyncPushNotifications(self)

    @cached_property
    def ai(self) -> AsyncAi:
        """AI assistance for chat."""
        from .resources.ai import AsyncAi

        return AsyncAi(self)

    @cached_property
    def with_raw_response(self) -> AsyncYunxinIMWithRawResponse:
        """The same methods, returning :class:`~yunxin_im.RawResponse` (status, headers, body and parsed result)."""
        return AsyncYunxinIMWithRawResponse(self)

    def with_options(
        self,
        *,
        timeout: Optional[TimeoutTypes] = _NOT_SET,
        max_retries: Optional[int] = _NOT_SET,
        default_headers: Optional[Mapping[str, str]] = _NOT_SET,
        total_timeout: Optional[float] = _NOT_SET,
        max_response_size: Optional[int] = _NOT_SET,
    ) -> AsyncYunxinIM:
        """A copy of this client with other defaults, sharing its connection pool."""
        settings = self._settings()
        for name, value in (
            ("timeout", timeout),
            ("max_retries", max_retries),
            ("default_headers", default_headers),
            ("total_timeout", total_timeout),
            ("max_response_size", max_response_size),
        ):
            if value is not _NOT_SET:
                settings[name] = value
        return type(self)(http_client=self._http, **settings)

    async def __aenter__(self) -> AsyncYunxinIM:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()


class YunxinIMWithRawResponse:
    """``client.with_raw_response``: every resource, with methods that return :class:`~yunxin_im.RawResponse`."""

    def __init__(self, client: YunxinIM) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AccountsWithRawResponse:
        from .resources.accounts import AccountsWithRawResponse

        return AccountsWithRawResponse(self._client.accounts)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .resources.users import UsersWithRawResponse

        return UsersWithRawResponse(self._client.users)

    @cached_property
    def friends(self) -> FriendsWithRawResponse:
        from .resources.friends import FriendsWithRawResponse

        return FriendsWithRawResponse(self._client.friends)

    @cached_property
    def mute_contacts(self) -> MuteContactsWithRawResponse:
        from .resources.mute_contacts import MuteContactsWithRawResponse

        return MuteContactsWithRawResponse(self._client.mute_contacts)

    @cached_property
    def block_contacts(self) -> BlockContactsWithRawResponse:
        from .resources.block_contacts import BlockContactsWithRawResponse

        return BlockContactsWithRawResponse(self._client.block_contacts)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from .resources.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client.messages)

    @cached_property
    def chatroom_messages(self) -> ChatroomMessagesWithRawResponse:
        from .resources.chatroom_messages import ChatroomMessagesWithRawResponse

        return ChatroomMessagesWithRawResponse(self._client.chatroom_messages)

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        from .resources.conversations import ConversationsWithRawResponse

        return ConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def conversation_unread(self) -> ConversationUnreadWithRawResponse:
        from .resources.conversation_unread import ConversationUnreadWithRawResponse

        return ConversationUnreadWithRawResponse(self._client.conversation_unread)

    @cached_property
    def conversation_groups(self) -> ConversationGroupsWithRawResponse:
        from .resources.conversation_groups import ConversationGroupsWithRawResponse

        return ConversationGroupsWithRawResponse(self._client.conversation_groups)

    @cached_property
    def teams(self) -> TeamsWithRawResponse:
        from .resources.teams import TeamsWithRawResponse

        return TeamsWithRawResponse(self._client.teams)

    @cached_property
    def team_members(self) -> TeamMembersWithRawResponse:
        from .resources.team_members import TeamMembersWithRawResponse

        return TeamMembersWithRawResponse(self._client.team_members)

    @cached_property
    def chatrooms(self) -> ChatroomsWithRawResponse:
        from .resources.chatrooms import ChatroomsWithRawResponse

        return ChatroomsWithRawResponse(self._client.chatrooms)

    @cached_property
    def chatroom_members(self) -> ChatroomMembersWithRawResponse:
        from .resources.chatroom_members import ChatroomMembersWithRawResponse

        return ChatroomMembersWithRawResponse(self._client.chatroom_members)

    @cached_property
    def chatroom_queues(self) -> ChatroomQueuesWithRawResponse:
        from .resources.chatroom_queues import ChatroomQueuesWithRawResponse

        return ChatroomQueuesWithRawResponse(self._client.chatroom_queues)

    @cached_property
    def broadcasts(self) -> BroadcastsWithRawResponse:
        from .resources.broadcasts import BroadcastsWithRawResponse

        return BroadcastsWithRawResponse(self._client.broadcasts)

    @cached_property
    def system_notifications(self) -> SystemNotificationsWithRawResponse:
        from .resources.system_notifications import SystemNotificationsWithRawResponse

        return SystemNotificationsWithRawResponse(self._client.system_notifications)

    @cached_property
    def subscriptions(self) -> SubscriptionsWithRawResponse:
        from .resources.subscriptions import SubscriptionsWithRawResponse

        return SubscriptionsWithRawResponse(self._client.subscriptions)

    @cached_property
    def tools(self) -> ToolsWithRawResponse:
        from .resources.tools import ToolsWithRawResponse

        return ToolsWithRawResponse(self._client.tools)

    @cached_property
    def signalling(self) -> SignallingWithRawResponse:
        from .resources.signalling import SignallingWithRawResponse

        return SignallingWithRawResponse(self._client.signalling)

    @cached_property
    def push_notifications(self) -> PushNotificationsWithRawResponse:
        from .resources.push_notifications import PushNotificationsWithRawResponse

        return PushNotificationsWithRawResponse(self._client.push_notifications)

    @cached_property
    def ai(self) -> AiWithRawResponse:
        from .resources.ai import AiWithRawResponse

        return AiWithRawResponse(self._client.ai)


class AsyncYunxinIMWithRawResponse:
    """``client.with_raw_response`` of the async client."""

    def __init__(self, client: AsyncYunxinIM) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        from .resources.accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._client.accounts)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .resources.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._client.users)

    @cached_property
    def friends(self) -> AsyncFriendsWithRawResponse:
        from .resources.friends import AsyncFriendsWithRawResponse

        return AsyncFriendsWithRawResponse(self._client.friends)

    @cached_property
    def mute_contacts(self) -> AsyncMuteContactsWithRawResponse:
        from .resources.mute_contacts import AsyncMuteContactsWithRawResponse

        return AsyncMuteContactsWithRawResponse(self._client.mute_contacts)

    @cached_property
    def block_contacts(self) -> AsyncBlockContactsWithRawResponse:
        from .resources.block_contacts import AsyncBlockContactsWithRawResponse

        return AsyncBlockContactsWithRawResponse(self._client.block_contacts)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .resources.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client.messages)

    @cached_property
    def chatroom_messages(self) -> AsyncChatroomMessagesWithRawResponse:
        from .resources.chatroom_messages import AsyncChatroomMessagesWithRawResponse

        return AsyncChatroomMessagesWithRawResponse(self._client.chatroom_messages)

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        from .resources.conversations import AsyncConversationsWithRawResponse

        return AsyncConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def conversation_unread(self) -> AsyncConversationUnreadWithRawResponse:
        from .resources.conversation_unread import AsyncConversationUnreadWithRawResponse

        return AsyncConversationUnreadWithRawResponse(self._client.conversation_unread)

    @cached_property
    def conversation_groups(self) -> AsyncConversationGroupsWithRawResponse:
        from .resources.conversation_groups import AsyncConversationGroupsWithRawResponse

        return AsyncConversationGroupsWithRawResponse(self._client.conversation_groups)

    @cached_property
    def teams(self) -> AsyncTeamsWithRawResponse:
        from .resources.teams import AsyncTeamsWithRawResponse

        return AsyncTeamsWithRawResponse(self._client.teams)

    @cached_property
    def team_members(self) -> AsyncTeamMembersWithRawResponse:
        from .resources.team_members import AsyncTeamMembersWithRawResponse

        return AsyncTeamMembersWithRawResponse(self._client.team_members)

    @cached_property
    def chatrooms(self) -> AsyncChatroomsWithRawResponse:
        from .resources.chatrooms import AsyncChatroomsWithRawResponse

        return AsyncChatroomsWithRawResponse(self._client.chatrooms)

    @cached_property
    def chatroom_members(self) -> AsyncChatroomMembersWithRawResponse:
        from .resources.chatroom_members import AsyncChatroomMembersWithRawResponse

        return AsyncChatroomMembersWithRawResponse(self._client.chatroom_members)

    @cached_property
    def chatroom_queues(self) -> AsyncChatroomQueuesWithRawResponse:
        from .resources.chatroom_queues import AsyncChatroomQueuesWithRawResponse

        return AsyncChatroomQueuesWithRawResponse(self._client.chatroom_queues)

    @cached_property
    def broadcasts(self) -> AsyncBroadcastsWithRawResponse:
        from .resources.broadcasts import AsyncBroadcastsWithRawResponse

        return AsyncBroadcastsWithRawResponse(self._client.broadcasts)

    @cached_property
    def system_notifications(self) -> AsyncSystemNotificationsWithRawResponse:
        from .resources.system_notifications import AsyncSystemNotificationsWithRawResponse

        return AsyncSystemNotificationsWithRawResponse(self._client.system_notifications)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsWithRawResponse:
        from .resources.subscriptions import AsyncSubscriptionsWithRawResponse

        return AsyncSubscriptionsWithRawResponse(self._client.subscriptions)

    @cached_property
    def tools(self) -> AsyncToolsWithRawResponse:
        from .resources.tools import AsyncToolsWithRawResponse

        return AsyncToolsWithRawResponse(self._client.tools)

    @cached_property
    def signalling(self) -> AsyncSignallingWithRawResponse:
        from .resources.signalling import AsyncSignallingWithRawResponse

        return AsyncSignallingWithRawResponse(self._client.signalling)

    @cached_property
    def push_notifications(self) -> AsyncPushNotificationsWithRawResponse:
        from .resources.push_notifications import AsyncPushNotificationsWithRawResponse

        return AsyncPushNotificationsWithRawResponse(self._client.push_notifications)

    @cached_property
    def ai(self) -> AsyncAiWithRawResponse:
        from .resources.ai import AsyncAiWithRawResponse

        return AsyncAiWithRawResponse(self._client.ai)
