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
    from .resources.chatroom_members import (
        AsyncChatroomMembers,
        AsyncChatroomMembersWithRawResponse,
        ChatroomMembers,
        ChatroomMembersWithRawResponse,
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
    from .resources.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        Messages,
        MessagesWithRawResponse,
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

__all__ = ["AsyncYunxinIM", "YunxinIM"]

_NOT_SET: Any = object()


class YunxinIM(SyncAPIClient):
    """Blocking client of the NetEase Yunxin IM server API v2.

    Args:
        app_key: The app's AppKey; defaults to the YUNXIN_APP_KEY environment variable.
        app_secret: The app's AppSecret; defaults to YUNXIN_APP_SECRET. It signs every request
            and is never sent, logged or shown in a repr.
        region: ``'cn'`` or ``'sg'``; defaults to YUNXIN_REGION, else 'cn'. Each region
            has a primary host and a backup host that the client fails over to when the primary
            cannot be reached.
        base_url: A host to use instead of the region's (defaults to YUNXIN_BASE_URL).
        backup_base_urls: Hosts to fail over to, in order.
        timeout: Timeout of each attempt, in seconds or as a :class:`~yunxin_im.Timeout`
            with separate connect/read/write/pool limits. Default: 30 s, 5 s to connect.
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
        )

    @cached_property
    def accounts(self) -> Accounts:
        """Register IM accounts and manage their settings, tokens and login state."""
        from .resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def messages(self) -> Messages:
        """Send, read, search, edit and recall messages in one-to-one and team conversations."""
        from .resources.messages import Messages

        return Messages(self)

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
    def with_raw_response(self) -> YunxinIMWithRawResponse:
        """The same methods, returning :class:`~yunxin_im.RawResponse` (status, headers, body and parsed result)."""
        return YunxinIMWithRawResponse(self)

    def with_options(
        self,
        *,
        timeout: Optional[TimeoutTypes] = _NOT_SET,
        max_retries: Optional[int] = _NOT_SET,
        default_headers: Optional[Mapping[str, str]] = _NOT_SET,
    ) -> YunxinIM:
        """A copy of this client with other defaults, sharing its connection pool."""
        settings = self._settings()
        for name, value in (
            ("timeout", timeout),
            ("max_retries", max_retries),
            ("default_headers", default_headers),
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
        )

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """Register IM accounts and manage their settings, tokens and login state."""
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """Send, read, search, edit and recall messages in one-to-one and team conversations."""
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

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
    def with_raw_response(self) -> AsyncYunxinIMWithRawResponse:
        """The same methods, returning :class:`~yunxin_im.RawResponse` (status, headers, body and parsed result)."""
        return AsyncYunxinIMWithRawResponse(self)

    def with_options(
        self,
        *,
        timeout: Optional[TimeoutTypes] = _NOT_SET,
        max_retries: Optional[int] = _NOT_SET,
        default_headers: Optional[Mapping[str, str]] = _NOT_SET,
    ) -> AsyncYunxinIM:
        """A copy of this client with other defaults, sharing its connection pool."""
        settings = self._settings()
        for name, value in (
            ("timeout", timeout),
            ("max_retries", max_retries),
            ("default_headers", default_headers),
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
    def messages(self) -> MessagesWithRawResponse:
        from .resources.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client.messages)

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


class AsyncYunxinIMWithRawResponse:
    """``client.with_raw_response`` of the async client."""

    def __init__(self, client: AsyncYunxinIM) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        from .resources.accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._client.accounts)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .resources.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client.messages)

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
