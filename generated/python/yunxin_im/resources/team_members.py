"""Team members: Invite, remove, mute and update the members of a team, and list an account's teams.

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
from ..models.common import AccountBatchResult
from ..models.teams import (
    BatchMuteTeamMembersRequest,
    InviteTeamMembersRequest,
    JoinedTeam,
    ListJoinedTeamsResult,
    TeamMember,
    TeamMessageNotifyState,
    TeamSpecialFollowUpdate,
    TeamType,
    UpdateTeamMemberRequest,
)

__all__ = [
    "AsyncTeamMembers",
    "AsyncTeamMembersWithRawResponse",
    "TeamMembers",
    "TeamMembersWithRawResponse",
]

_INVITE: Operation[AccountBatchResult] = Operation(
    name="inviteTeamMembers",
    method="POST",
    path="/im/v2/team_members",
    response_model=AccountBatchResult,
    body_model=InviteTeamMembersRequest,
    idempotent=False,
)

_KICK: Operation[AccountBatchResult] = Operation(
    name="kickTeamMembers",
    method="DELETE",
    path="/im/v2/team_members/actions/kick_member",
    response_model=AccountBatchResult,
    idempotent=True,
    query_styles={"kick_account_ids": "comma"},
)

_LEAVE: Operation[None] = Operation(
    name="leaveTeam",
    method="DELETE",
    path="/im/v2/team_members/actions/leave",
    response_model=None,
    idempotent=True,
)

_UPDATE: Operation[TeamMember] = Operation(
    name="updateTeamMember",
    method="PATCH",
    path="/im/v2.1/team_members/{account_id}",
    response_model=TeamMember,
    body_model=UpdateTeamMemberRequest,
    idempotent=True,
)

_UPDATE_LEGACY: Operation[TeamMember] = Operation(
    name="updateTeamMemberLegacy",
    method="PATCH",
    path="/im/v2/team_members/{account_id}",
    response_model=TeamMember,
    body_model=UpdateTeamMemberRequest,
    idempotent=True,
    deprecation="update_legacy() calls the deprecated PATCH /im/v2/team_members/{account_id}; use update() instead.",
)

_BATCH_MUTE: Operation[AccountBatchResult] = Operation(
    name="batchMuteTeamMembers",
    method="PATCH",
    path="/im/v2/team_members/actions/batch_mute",
    response_model=AccountBatchResult,
    body_model=BatchMuteTeamMembersRequest,
    idempotent=True,
)

_LIST_JOINED_TEAMS: Operation[ListJoinedTeamsResult] = Operation(
    name="listJoinedTeams",
    method="GET",
    path="/im/v2.1/team_members/{account_id}/actions/joined_teams",
    response_model=ListJoinedTeamsResult,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="team_info_list",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_LIST_JOINED_TEAMS_LEGACY: Operation[ListJoinedTeamsResult] = Operation(
    name="listJoinedTeamsLegacy",
    method="GET",
    path="/im/v2/team_members/{account_id}/actions/joined_teams",
    response_model=ListJoinedTeamsResult,
    idempotent=True,
    deprecation="list_joined_teams_legacy() calls the deprecated GET /im/v2/team_members/{account_id}/actions/joined_teams; use list_joined_teams() instead.",
    page=PageSpec(
        style="cursor",
        items="team_info_list",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)


class TeamMembers:
    """Invite, remove, mute and update the members of a team, and list an account's teams.

    Reached as ``client.team_members``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def invite(
        self,
        *,
        operator_id: str,
        team_id: int,
        team_type: Union[TeamType, int],
        invite_account_ids: Sequence[str],
        msg: Optional[str] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Invite accounts into a team.

        Invites up to 200 accounts into a team. Whether they join at once or must accept first
        depends on the team's `agree_mode`. Accounts that cannot be invited are listed in
        `failed_list` without failing the call. The inviter must be the owner or a manager unless
        the team's `invite_mode` lets every member invite.

        Args:
            operator_id: Inviting account: the owner or a manager, or any member when the team's
                `invite_mode` is 1.
            team_id: The team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            invite_account_ids: Accounts to invite, at most 200. At most 200 items.
            msg: Text sent with the invitation. At most 150 characters.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 拉人入群, https://doc.yunxin.163.com/messaging2/server-apis/jc0MjY4NzA?platform=server
        """
        return self._client.request(
            _INVITE,
            body={
                "operator_id": operator_id,
                "team_id": team_id,
                "team_type": team_type,
                "invite_account_ids": invite_account_ids,
                "msg": msg,
                "extension": extension,
            },
            options=options,
        )

    def kick(
        self,
        *,
        operator_id: str,
        team_id: int,
        team_type: Union[TeamType, int],
        kick_account_ids: Sequence[str],
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Remove members from a team.

        Removes up to 10 members from a team. The owner may remove anyone; managers may remove only
        normal members. Accounts that cannot be removed are listed in `failed_list` without failing
        the call. The members receive a team notification that may carry `extension` (advanced teams
        only).

        Args:
            operator_id: The owner or a manager who removes the members.
            team_id: The team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            kick_account_ids: Members to remove, at most 10; sent comma-separated. At most 10 items.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 踢人出群, https://doc.yunxin.163.com/messaging2/server-apis/TkzNTM5NTI?platform=server
        """
        return self._client.request(
            _KICK,
            query={
                "operator_id": operator_id,
                "team_id": team_id,
                "team_type": team_type,
                "kick_account_ids": kick_account_ids,
                "extension": extension,
            },
            options=options,
        )

    def leave(
        self,
        *,
        account_id: str,
        team_id: int,
        team_type: Union[TeamType, int],
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Make an account leave a team.

        Makes a member leave a team of its own accord. The owner cannot leave: transfer the
        ownership first, or disband the team.

        Args:
            account_id: The member that leaves.
            team_id: The team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            extension: Custom text carried in the team notification; its limits are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 主动退群, https://doc.yunxin.163.com/messaging2/server-apis/DI0MTg0ODg?platform=server
        """
        return self._client.request(
            _LEAVE,
            query={
                "account_id": account_id,
                "team_id": team_id,
                "team_type": team_type,
                "extension": extension,
            },
            options=options,
        )

    def update(
        self,
        *,
        account_id: str,
        operator_id: str,
        team_type: Union[TeamType, int],
        team_id: int,
        team_nick: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        message_notify_state: Optional[Union[TeamMessageNotifyState, int]] = None,
        extension: Optional[str] = None,
        server_extension: Optional[str] = None,
        special_follow_update_info: Optional[
            Union[TeamSpecialFollowUpdate, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamMember:
        """Update a team member.

        Changes one member's nickname in the team, mute state, message alerts, server extension or
        special-follow list; only the fields given are changed. The owner or a manager may edit
        normal members; only the owner may edit managers.

        Args:
            account_id: The member to update.
            operator_id: Account making the change: the owner or a manager may edit normal members;
                only the owner may edit managers.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            team_id: The team.
            team_nick: The member's nickname in this team only.
            chat_banned: Mute (true) or unmute (false) the member in this team. Default false.
            message_notify_state: How a member is alerted of new team messages. 0: not at all (do
                not disturb); 1: for every message; 2: only for messages from the owner and
                managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            server_extension: Member-level extension stored on the server.
            special_follow_update_info: Change to the member's special-follow list (特别关注). Only
                Apifox documents this object, and it does not give the values of `type`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamMember`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新群成员信息, https://doc.yunxin.163.com/messaging2/server-apis/TQ4MzM2NTk?platform=server
        """
        return self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "team_id": team_id,
                "team_nick": team_nick,
                "chat_banned": chat_banned,
                "message_notify_state": message_notify_state,
                "extension": extension,
                "server_extension": server_extension,
                "special_follow_update_info": special_follow_update_info,
            },
            options=options,
        )

    @deprecated(
        "update_legacy() calls the deprecated PATCH /im/v2/team_members/{account_id}; use update() instead.",
        category=None,
    )
    def update_legacy(
        self,
        *,
        account_id: str,
        operator_id: str,
        team_type: Union[TeamType, int],
        team_id: int,
        team_nick: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        message_notify_state: Optional[Union[TeamMessageNotifyState, int]] = None,
        extension: Optional[str] = None,
        server_extension: Optional[str] = None,
        special_follow_update_info: Optional[
            Union[TeamSpecialFollowUpdate, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamMember:
        """Update a team member (deprecated /im/v2 form).

        The /im/v2 form of the member update, with the same body and answer as the /im/v2.1
        operation, which replaces it.

        Args:
            account_id: The member to update.
            operator_id: Account making the change: the owner or a manager may edit normal members;
                only the owner may edit managers.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            team_id: The team.
            team_nick: The member's nickname in this team only.
            chat_banned: Mute (true) or unmute (false) the member in this team. Default false.
            message_notify_state: How a member is alerted of new team messages. 0: not at all (do
                not disturb); 1: for every message; 2: only for messages from the owner and
                managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            server_extension: Member-level extension stored on the server.
            special_follow_update_info: Change to the member's special-follow list (特别关注). Only
                Apifox documents this object, and it does not give the values of `type`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamMember`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新群成员信息, https://doc.yunxin.163.com/messaging2/server-apis/TQ4MzM2NTk?platform=server
        """
        warnings.warn(
            "update_legacy() calls the deprecated PATCH /im/v2/team_members/{account_id}; use update() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _UPDATE_LEGACY,
            path={"account_id": account_id},
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "team_id": team_id,
                "team_nick": team_nick,
                "chat_banned": chat_banned,
                "message_notify_state": message_notify_state,
                "extension": extension,
                "server_extension": server_extension,
                "special_follow_update_info": special_follow_update_info,
            },
            options=options,
        )

    def batch_mute(
        self,
        *,
        operator_id: str,
        team_type: Union[TeamType, int],
        team_id: int,
        chat_ban_account_ids: Sequence[str],
        chat_banned: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Mute or unmute several team members.

        Mutes (`chat_banned` true) or unmutes up to 10 members of a team. In advanced teams only the
        owner may do this. In super teams the owner may mute anyone and managers may mute normal
        members, but not each other. Accounts that cannot be changed are listed in `failed_list`
        without failing the call.

        Args:
            operator_id: Account that mutes. In advanced teams only the owner may batch-mute; in
                super teams the owner may mute anyone and managers may mute normal members.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            team_id: The team.
            chat_ban_account_ids: Members to mute or unmute, at most 10. At most 10 items.
            chat_banned: true mutes the members, false unmutes them. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量禁言群成员, https://doc.commsease.com/messaging2/server-apis/DkyNjI4ODk?platform=server
        """
        return self._client.request(
            _BATCH_MUTE,
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "team_id": team_id,
                "chat_ban_account_ids": chat_ban_account_ids,
                "chat_banned": chat_banned,
            },
            options=options,
        )

    def list_joined_teams(
        self,
        *,
        account_id: str,
        team_type: Union[TeamType, int],
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        need_return_member_info: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ListJoinedTeamsResult, JoinedTeam]:
        """List the teams an account has joined.

        Pages through the advanced or super teams an account belongs to. With
        `need_return_member_info` 1 each team also carries the account's own membership in
        `member_info`. Pass `next_token` back as `page_token` while `has_more` is true.

        Args:
            account_id: The account whose teams are listed.
            team_type: Kind of teams to list: 1 advanced teams, 2 super teams.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            need_return_member_info: 1 adds the account's own membership to each team as
                `member_info`; 0 leaves it out. Default 0; one of 0, 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ListJoinedTeamsResult`); iterate it to walk every `JoinedTeam` of every
            page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询指定账号已加入的群组信息, https://doc.yunxin.163.com/messaging2/server-apis/TkwODkwNTQ?platform=server
        """
        return SyncPage[ListJoinedTeamsResult, JoinedTeam].first(
            self._client,
            _LIST_JOINED_TEAMS,
            path={"account_id": account_id},
            query={
                "team_type": team_type,
                "page_token": page_token,
                "limit": limit,
                "need_return_member_info": need_return_member_info,
            },
            options=options,
        )

    @deprecated(
        "list_joined_teams_legacy() calls the deprecated GET /im/v2/team_members/{account_id}/actions/joined_teams; use list_joined_teams() instead.",
        category=None,
    )
    def list_joined_teams_legacy(
        self,
        *,
        account_id: str,
        team_type: Union[TeamType, int],
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        need_return_member_info: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ListJoinedTeamsResult, JoinedTeam]:
        """List the teams an account has joined (deprecated /im/v2 form).

        The /im/v2 form of the paged list of joined teams, with the same parameters and answer as
        the /im/v2.1 operation, which replaces it.

        Args:
            account_id: The account whose teams are listed.
            team_type: Kind of teams to list: 1 advanced teams, 2 super teams.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            need_return_member_info: 1 adds the account's own membership to each team as
                `member_info`; 0 leaves it out. Default 0; one of 0, 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ListJoinedTeamsResult`); iterate it to walk every `JoinedTeam` of every
            page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询指定账号已加入的群组信息, https://doc.yunxin.163.com/messaging2/server-apis/TkwODkwNTQ?platform=server
        """
        warnings.warn(
            "list_joined_teams_legacy() calls the deprecated GET /im/v2/team_members/{account_id}/actions/joined_teams; use list_joined_teams() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[ListJoinedTeamsResult, JoinedTeam].first(
            self._client,
            _LIST_JOINED_TEAMS_LEGACY,
            path={"account_id": account_id},
            query={
                "team_type": team_type,
                "page_token": page_token,
                "limit": limit,
                "need_return_member_info": need_return_member_info,
            },
            options=options,
        )


class AsyncTeamMembers:
    """Invite, remove, mute and update the members of a team, and list an account's teams.

    Reached as ``client.team_members`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def invite(
        self,
        *,
        operator_id: str,
        team_id: int,
        team_type: Union[TeamType, int],
        invite_account_ids: Sequence[str],
        msg: Optional[str] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Invite accounts into a team.

        Invites up to 200 accounts into a team. Whether they join at once or must accept first
        depends on the team's `agree_mode`. Accounts that cannot be invited are listed in
        `failed_list` without failing the call. The inviter must be the owner or a manager unless
        the team's `invite_mode` lets every member invite.

        Args:
            operator_id: Inviting account: the owner or a manager, or any member when the team's
                `invite_mode` is 1.
            team_id: The team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            invite_account_ids: Accounts to invite, at most 200. At most 200 items.
            msg: Text sent with the invitation. At most 150 characters.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 拉人入群, https://doc.yunxin.163.com/messaging2/server-apis/jc0MjY4NzA?platform=server
        """
        return await self._client.request(
            _INVITE,
            body={
                "operator_id": operator_id,
                "team_id": team_id,
                "team_type": team_type,
                "invite_account_ids": invite_account_ids,
                "msg": msg,
                "extension": extension,
            },
            options=options,
        )

    async def kick(
        self,
        *,
        operator_id: str,
        team_id: int,
        team_type: Union[TeamType, int],
        kick_account_ids: Sequence[str],
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Remove members from a team.

        Removes up to 10 members from a team. The owner may remove anyone; managers may remove only
        normal members. Accounts that cannot be removed are listed in `failed_list` without failing
        the call. The members receive a team notification that may carry `extension` (advanced teams
        only).

        Args:
            operator_id: The owner or a manager who removes the members.
            team_id: The team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            kick_account_ids: Members to remove, at most 10; sent comma-separated. At most 10 items.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 踢人出群, https://doc.yunxin.163.com/messaging2/server-apis/TkzNTM5NTI?platform=server
        """
        return await self._client.request(
            _KICK,
            query={
                "operator_id": operator_id,
                "team_id": team_id,
                "team_type": team_type,
                "kick_account_ids": kick_account_ids,
                "extension": extension,
            },
            options=options,
        )

    async def leave(
        self,
        *,
        account_id: str,
        team_id: int,
        team_type: Union[TeamType, int],
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Make an account leave a team.

        Makes a member leave a team of its own accord. The owner cannot leave: transfer the
        ownership first, or disband the team.

        Args:
            account_id: The member that leaves.
            team_id: The team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            extension: Custom text carried in the team notification; its limits are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 主动退群, https://doc.yunxin.163.com/messaging2/server-apis/DI0MTg0ODg?platform=server
        """
        return await self._client.request(
            _LEAVE,
            query={
                "account_id": account_id,
                "team_id": team_id,
                "team_type": team_type,
                "extension": extension,
            },
            options=options,
        )

    async def update(
        self,
        *,
        account_id: str,
        operator_id: str,
        team_type: Union[TeamType, int],
        team_id: int,
        team_nick: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        message_notify_state: Optional[Union[TeamMessageNotifyState, int]] = None,
        extension: Optional[str] = None,
        server_extension: Optional[str] = None,
        special_follow_update_info: Optional[
            Union[TeamSpecialFollowUpdate, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamMember:
        """Update a team member.

        Changes one member's nickname in the team, mute state, message alerts, server extension or
        special-follow list; only the fields given are changed. The owner or a manager may edit
        normal members; only the owner may edit managers.

        Args:
            account_id: The member to update.
            operator_id: Account making the change: the owner or a manager may edit normal members;
                only the owner may edit managers.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            team_id: The team.
            team_nick: The member's nickname in this team only.
            chat_banned: Mute (true) or unmute (false) the member in this team. Default false.
            message_notify_state: How a member is alerted of new team messages. 0: not at all (do
                not disturb); 1: for every message; 2: only for messages from the owner and
                managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            server_extension: Member-level extension stored on the server.
            special_follow_update_info: Change to the member's special-follow list (特别关注). Only
                Apifox documents this object, and it does not give the values of `type`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamMember`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新群成员信息, https://doc.yunxin.163.com/messaging2/server-apis/TQ4MzM2NTk?platform=server
        """
        return await self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "team_id": team_id,
                "team_nick": team_nick,
                "chat_banned": chat_banned,
                "message_notify_state": message_notify_state,
                "extension": extension,
                "server_extension": server_extension,
                "special_follow_update_info": special_follow_update_info,
            },
            options=options,
        )

    @deprecated(
        "update_legacy() calls the deprecated PATCH /im/v2/team_members/{account_id}; use update() instead.",
        category=None,
    )
    async def update_legacy(
        self,
        *,
        account_id: str,
        operator_id: str,
        team_type: Union[TeamType, int],
        team_id: int,
        team_nick: Optional[str] = None,
        chat_banned: Optional[bool] = None,
        message_notify_state: Optional[Union[TeamMessageNotifyState, int]] = None,
        extension: Optional[str] = None,
        server_extension: Optional[str] = None,
        special_follow_update_info: Optional[
            Union[TeamSpecialFollowUpdate, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamMember:
        """Update a team member (deprecated /im/v2 form).

        The /im/v2 form of the member update, with the same body and answer as the /im/v2.1
        operation, which replaces it.

        Args:
            account_id: The member to update.
            operator_id: Account making the change: the owner or a manager may edit normal members;
                only the owner may edit managers.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            team_id: The team.
            team_nick: The member's nickname in this team only.
            chat_banned: Mute (true) or unmute (false) the member in this team. Default false.
            message_notify_state: How a member is alerted of new team messages. 0: not at all (do
                not disturb); 1: for every message; 2: only for messages from the owner and
                managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            server_extension: Member-level extension stored on the server.
            special_follow_update_info: Change to the member's special-follow list (特别关注). Only
                Apifox documents this object, and it does not give the values of `type`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamMember`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新群成员信息, https://doc.yunxin.163.com/messaging2/server-apis/TQ4MzM2NTk?platform=server
        """
        warnings.warn(
            "update_legacy() calls the deprecated PATCH /im/v2/team_members/{account_id}; use update() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _UPDATE_LEGACY,
            path={"account_id": account_id},
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "team_id": team_id,
                "team_nick": team_nick,
                "chat_banned": chat_banned,
                "message_notify_state": message_notify_state,
                "extension": extension,
                "server_extension": server_extension,
                "special_follow_update_info": special_follow_update_info,
            },
            options=options,
        )

    async def batch_mute(
        self,
        *,
        operator_id: str,
        team_type: Union[TeamType, int],
        team_id: int,
        chat_ban_account_ids: Sequence[str],
        chat_banned: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Mute or unmute several team members.

        Mutes (`chat_banned` true) or unmutes up to 10 members of a team. In advanced teams only the
        owner may do this. In super teams the owner may mute anyone and managers may mute normal
        members, but not each other. Accounts that cannot be changed are listed in `failed_list`
        without failing the call.

        Args:
            operator_id: Account that mutes. In advanced teams only the owner may batch-mute; in
                super teams the owner may mute anyone and managers may mute normal members.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            team_id: The team.
            chat_ban_account_ids: Members to mute or unmute, at most 10. At most 10 items.
            chat_banned: true mutes the members, false unmutes them. Default false.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量禁言群成员, https://doc.commsease.com/messaging2/server-apis/DkyNjI4ODk?platform=server
        """
        return await self._client.request(
            _BATCH_MUTE,
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "team_id": team_id,
                "chat_ban_account_ids": chat_ban_account_ids,
                "chat_banned": chat_banned,
            },
            options=options,
        )

    def list_joined_teams(
        self,
        *,
        account_id: str,
        team_type: Union[TeamType, int],
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        need_return_member_info: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ListJoinedTeamsResult, JoinedTeam]:
        """List the teams an account has joined.

        Pages through the advanced or super teams an account belongs to. With
        `need_return_member_info` 1 each team also carries the account's own membership in
        `member_info`. Pass `next_token` back as `page_token` while `has_more` is true.

        Args:
            account_id: The account whose teams are listed.
            team_type: Kind of teams to list: 1 advanced teams, 2 super teams.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            need_return_member_info: 1 adds the account's own membership to each team as
                `member_info`; 0 leaves it out. Default 0; one of 0, 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ListJoinedTeamsResult`), or `async
            for` over it to walk every `JoinedTeam` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询指定账号已加入的群组信息, https://doc.yunxin.163.com/messaging2/server-apis/TkwODkwNTQ?platform=server
        """
        return AsyncPaginator[ListJoinedTeamsResult, JoinedTeam](
            self._client,
            _LIST_JOINED_TEAMS,
            path={"account_id": account_id},
            query={
                "team_type": team_type,
                "page_token": page_token,
                "limit": limit,
                "need_return_member_info": need_return_member_info,
            },
            options=options,
        )

    @deprecated(
        "list_joined_teams_legacy() calls the deprecated GET /im/v2/team_members/{account_id}/actions/joined_teams; use list_joined_teams() instead.",
        category=None,
    )
    def list_joined_teams_legacy(
        self,
        *,
        account_id: str,
        team_type: Union[TeamType, int],
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        need_return_member_info: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ListJoinedTeamsResult, JoinedTeam]:
        """List the teams an account has joined (deprecated /im/v2 form).

        The /im/v2 form of the paged list of joined teams, with the same parameters and answer as
        the /im/v2.1 operation, which replaces it.

        Args:
            account_id: The account whose teams are listed.
            team_type: Kind of teams to list: 1 advanced teams, 2 super teams.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            need_return_member_info: 1 adds the account's own membership to each team as
                `member_info`; 0 leaves it out. Default 0; one of 0, 1.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ListJoinedTeamsResult`), or `async
            for` over it to walk every `JoinedTeam` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询指定账号已加入的群组信息, https://doc.yunxin.163.com/messaging2/server-apis/TkwODkwNTQ?platform=server
        """
        warnings.warn(
            "list_joined_teams_legacy() calls the deprecated GET /im/v2/team_members/{account_id}/actions/joined_teams; use list_joined_teams() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[ListJoinedTeamsResult, JoinedTeam](
            self._client,
            _LIST_JOINED_TEAMS_LEGACY,
            path={"account_id": account_id},
            query={
                "team_type": team_type,
                "page_token": page_token,
                "limit": limit,
                "need_return_member_info": need_return_member_info,
            },
            options=options,
        )


class TeamMembersWithRawResponse:
    """The methods of :class:`TeamMembers`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: TeamMembers) -> None:
        self.invite = to_raw_response_wrapper(resource.invite)
        self.kick = to_raw_response_wrapper(resource.kick)
        self.leave = to_raw_response_wrapper(resource.leave)
        self.update = to_raw_response_wrapper(resource.update)
        self.update_legacy = to_raw_response_wrapper(resource.update_legacy)
        self.batch_mute = to_raw_response_wrapper(resource.batch_mute)
        self.list_joined_teams = to_raw_response_wrapper(resource.list_joined_teams)
        self.list_joined_teams_legacy = to_raw_response_wrapper(resource.list_joined_teams_legacy)


class AsyncTeamMembersWithRawResponse:
    """The methods of :class:`AsyncTeamMembers`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncTeamMembers) -> None:
        self.invite = async_to_raw_response_wrapper(resource.invite)
        self.kick = async_to_raw_response_wrapper(resource.kick)
        self.leave = async_to_raw_response_wrapper(resource.leave)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.update_legacy = async_to_raw_response_wrapper(resource.update_legacy)
        self.batch_mute = async_to_raw_response_wrapper(resource.batch_mute)
        self.list_joined_teams = async_to_raw_response_wrapper(resource.list_joined_teams)
        self.list_joined_teams_legacy = async_to_raw_response_wrapper(
            resource.list_joined_teams_legacy
        )
