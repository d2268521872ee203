"""Teams: Create, update, transfer, disband and look up teams (advanced teams and super teams).

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
from ..models.teams import (
    BatchGetTeamOnlineMemberCountsResult,
    BatchGetTeamsResult,
    CreateTeamRequest,
    CreateTeamResult,
    ListOnlineTeamMembersResult,
    ListTeamMembersResult,
    TeamAntispamConfiguration,
    TeamConfiguration,
    TeamCreateConfiguration,
    TeamInfoResult,
    TeamManagersRequest,
    TeamMember,
    TeamType,
    TransferTeamOwnerRequest,
    UpdateTeamRequest,
)

__all__ = [
    "AsyncTeams",
    "AsyncTeamsWithRawResponse",
    "Teams",
    "TeamsWithRawResponse",
]

_CREATE: Operation[CreateTeamResult] = Operation(
    name="createTeam",
    method="POST",
    path="/im/v2.1/teams",
    response_model=CreateTeamResult,
    body_model=CreateTeamRequest,
    idempotent=False,
)

_BATCH_GET: Operation[BatchGetTeamsResult] = Operation(
    name="batchGetTeams",
    method="GET",
    path="/im/v2.1/teams",
    response_model=BatchGetTeamsResult,
    idempotent=True,
    query_styles={"team_ids": "json"},
)

_CREATE_LEGACY: Operation[CreateTeamResult] = Operation(
    name="createTeamLegacy",
    method="POST",
    path="/im/v2/teams",
    response_model=CreateTeamResult,
    body_model=CreateTeamRequest,
    idempotent=False,
    deprecation="create_legacy() calls the deprecated POST /im/v2/teams; use create() instead.",
)

_BATCH_GET_LEGACY: Operation[BatchGetTeamsResult] = Operation(
    name="batchGetTeamsLegacy",
    method="GET",
    path="/im/v2/teams",
    response_model=BatchGetTeamsResult,
    idempotent=True,
    deprecation="batch_get_legacy() calls the deprecated GET /im/v2/teams; use batch_get() instead.",
    query_styles={"team_ids": "json"},
)

_UPDATE: Operation[TeamInfoResult] = Operation(
    name="updateTeam",
    method="PATCH",
    path="/im/v2.1/teams/{team_id}",
    response_model=TeamInfoResult,
    body_model=UpdateTeamRequest,
    idempotent=True,
)

_DISBAND: Operation[None] = Operation(
    name="disbandTeam",
    method="DELETE",
    path="/im/v2.1/teams/{team_id}",
    response_model=None,
    idempotent=True,
)

_GET: Operation[TeamInfoResult] = Operation(
    name="getTeam",
    method="GET",
    path="/im/v2.1/teams/{team_id}",
    response_model=TeamInfoResult,
    idempotent=True,
)

_DISBAND_LEGACY: Operation[None] = Operation(
    name="disbandTeamLegacy",
    method="DELETE",
    path="/im/v2/teams/{team_id}",
    response_model=None,
    idempotent=True,
    deprecation="disband_legacy() calls the deprecated DELETE /im/v2/teams/{team_id}; use disband() instead.",
)

_TRANSFER_OWNER: Operation[None] = Operation(
    name="transferTeamOwner",
    method="PATCH",
    path="/im/v2/teams/{team_id}/actions/transfer_owner",
    response_model=None,
    body_model=TransferTeamOwnerRequest,
    idempotent=False,
)

_ADD_MANAGERS: Operation[None] = Operation(
    name="addTeamManagers",
    method="POST",
    path="/im/v2/teams/{team_id}/actions/add_manager",
    response_model=None,
    body_model=TeamManagersRequest,
    idempotent=False,
)

_REMOVE_MANAGERS: Operation[None] = Operation(
    name="removeTeamManagers",
    method="DELETE",
    path="/im/v2/teams/{team_id}/actions/remove_manager",
    response_model=None,
    body_model=TeamManagersRequest,
    idempotent=True,
)

_LIST_ONLINE_MEMBERS: Operation[ListOnlineTeamMembersResult] = Operation(
    name="listOnlineTeamMembers",
    method="GET",
    path="/im/v2/teams/{team_id}/actions/list_online_members",
    response_model=ListOnlineTeamMembersResult,
    idempotent=True,
)

_BATCH_GET_ONLINE_MEMBER_COUNTS: Operation[BatchGetTeamOnlineMemberCountsResult] = Operation(
    name="batchGetTeamOnlineMemberCounts",
    method="GET",
    path="/im/v2/teams/actions/online_members_count",
    response_model=BatchGetTeamOnlineMemberCountsResult,
    idempotent=True,
    query_styles={"team_ids": "comma"},
)

_LIST_MEMBERS: Operation[ListTeamMembersResult] = Operation(
    name="listTeamMembers",
    method="GET",
    path="/im/v2.1/teams/{team_id}/actions/list_members",
    response_model=ListTeamMembersResult,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_LIST_MEMBERS_LEGACY: Operation[ListTeamMembersResult] = Operation(
    name="listTeamMembersLegacy",
    method="GET",
    path="/im/v2/teams/{team_id}/actions/list_members",
    response_model=ListTeamMembersResult,
    idempotent=True,
    deprecation="list_members_legacy() calls the deprecated GET /im/v2/teams/{team_id}/actions/list_members; use list_members() instead.",
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)


class Teams:
    """Create, update, transfer, disband and look up teams (advanced teams and super teams).

    Reached as ``client.teams``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        owner_account_id: str,
        team_type: Union[TeamType, int],
        name: str,
        icon: Optional[str] = None,
        announcement: Optional[str] = None,
        intro: Optional[str] = None,
        members_limit: Optional[int] = None,
        server_extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        invite_account_ids: Optional[Sequence[str]] = None,
        invite_msg: Optional[str] = None,
        extension: Optional[str] = None,
        configuration: Optional[Union[TeamCreateConfiguration, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[
            Union[TeamAntispamConfiguration, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> CreateTeamResult:
        """Create a team.

        Creates an advanced team or a super team owned by `owner_account_id`, optionally inviting
        accounts at once. Keep the returned `team_id`: every other team call needs it. Invitees that
        cannot be added (for example because they are in too many teams) are listed in `failed_list`
        while the team is still created. How many teams one account may create depends on the app's
        IM package. Super teams must be enabled for the app first.

        Args:
            owner_account_id: Account that creates and owns the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            name: Team name. At most 64 characters.
            icon: URL of the team icon. At most 1024 characters.
            announcement: Team announcement. At most 1024 characters.
            intro: Team introduction. At most 512 characters.
            members_limit: Most members the team may have, the owner included: 2 to 200, or up to
                the higher limit configured for the app in the console. At least 2; default 200.
            server_extension: App-defined team attributes; a JSON object is suggested. At most 1024
                characters.
            customer_extension: Extension that only the server API can set; clients receive it
                unparsed.
            invite_account_ids: Accounts invited when the team is created, the owner not included.
                The owner plus the invitees must fit in `members_limit`.
            invite_msg: Text sent with the invitation. At most 150 characters.
            extension: JSON text carried in the team notification of this operation and not stored;
                advanced teams only. At most 512 characters.
            configuration: Permission settings of a team that can be given when creating it. Every
                mode left out at creation is 0 (per the Java SDK).
            antispam_configuration: Content moderation of the team's own fields (name, announcement,
                introduction, icon, ...) in this request. Only the SDKs describe it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `CreateTeamResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建群组, https://doc.commsease.com/messaging2/server-apis/DIwODUwMTE?platform=server
        """
        return self._client.request(
            _CREATE,
            body={
                "owner_account_id": owner_account_id,
                "team_type": team_type,
                "name": name,
                "icon": icon,
                "announcement": announcement,
                "intro": intro,
                "members_limit": members_limit,
                "server_extension": server_extension,
                "customer_extension": customer_extension,
                "invite_account_ids": invite_account_ids,
                "invite_msg": invite_msg,
                "extension": extension,
                "configuration": configuration,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def batch_get(
        self,
        *,
        team_ids: Sequence[int],
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetTeamsResult:
        """Get several teams.

        Looks up several teams of one kind at once: at most 30 advanced teams or 20 super teams per
        call. Teams that cannot be found do not fail the call; their ids come back in
        `invalid_tids`.

        Args:
            team_ids: The teams to look up, sent as a JSON array text such as
                `[18573968767,18573968768]`; at most 30 advanced teams or 20 super teams. At most 30
                items.
            team_type: Kind of the teams: 1 advanced team, 2 super team.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetTeamsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询群组信息列表, https://doc.yunxin.163.com/messaging2/server-apis/DAyODY4ODE?platform=server
        """
        return self._client.request(
            _BATCH_GET,
            query={"team_ids": team_ids, "team_type": team_type},
            options=options,
        )

    @deprecated(
        "create_legacy() calls the deprecated POST /im/v2/teams; use create() instead.",
        category=None,
    )
    def create_legacy(
        self,
        *,
        owner_account_id: str,
        team_type: Union[TeamType, int],
        name: str,
        icon: Optional[str] = None,
        announcement: Optional[str] = None,
        intro: Optional[str] = None,
        members_limit: Optional[int] = None,
        server_extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        invite_account_ids: Optional[Sequence[str]] = None,
        invite_msg: Optional[str] = None,
        extension: Optional[str] = None,
        configuration: Optional[Union[TeamCreateConfiguration, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[
            Union[TeamAntispamConfiguration, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> CreateTeamResult:
        """Create a team (deprecated /im/v2 form).

        The /im/v2 form of team creation, with the same body and answer as the /im/v2.1 operation,
        which replaces it.

        Args:
            owner_account_id: Account that creates and owns the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            name: Team name. At most 64 characters.
            icon: URL of the team icon. At most 1024 characters.
            announcement: Team announcement. At most 1024 characters.
            intro: Team introduction. At most 512 characters.
            members_limit: Most members the team may have, the owner included: 2 to 200, or up to
                the higher limit configured for the app in the console. At least 2; default 200.
            server_extension: App-defined team attributes; a JSON object is suggested. At most 1024
                characters.
            customer_extension: Extension that only the server API can set; clients receive it
                unparsed.
            invite_account_ids: Accounts invited when the team is created, the owner not included.
                The owner plus the invitees must fit in `members_limit`.
            invite_msg: Text sent with the invitation. At most 150 characters.
            extension: JSON text carried in the team notification of this operation and not stored;
                advanced teams only. At most 512 characters.
            configuration: Permission settings of a team that can be given when creating it. Every
                mode left out at creation is 0 (per the Java SDK).
            antispam_configuration: Content moderation of the team's own fields (name, announcement,
                introduction, icon, ...) in this request. Only the SDKs describe it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `CreateTeamResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建群组, https://doc.commsease.com/messaging2/server-apis/DIwODUwMTE?platform=server
        """
        warnings.warn(
            "create_legacy() calls the deprecated POST /im/v2/teams; use create() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _CREATE_LEGACY,
            body={
                "owner_account_id": owner_account_id,
                "team_type": team_type,
                "name": name,
                "icon": icon,
                "announcement": announcement,
                "intro": intro,
                "members_limit": members_limit,
                "server_extension": server_extension,
                "customer_extension": customer_extension,
                "invite_account_ids": invite_account_ids,
                "invite_msg": invite_msg,
                "extension": extension,
                "configuration": configuration,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated GET /im/v2/teams; use batch_get() instead.",
        category=None,
    )
    def batch_get_legacy(
        self,
        *,
        team_ids: Sequence[int],
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetTeamsResult:
        """Get several teams (deprecated /im/v2 form).

        The /im/v2 form of the batch team lookup, with the same parameters and answer as the
        /im/v2.1 operation, which replaces it.

        Args:
            team_ids: The teams to look up, sent as a JSON array text such as
                `[18573968767,18573968768]`; at most 30 advanced teams or 20 super teams. At most 30
                items.
            team_type: Kind of the teams: 1 advanced team, 2 super team.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetTeamsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询群组信息列表, https://doc.yunxin.163.com/messaging2/server-apis/DAyODY4ODE?platform=server
        """
        warnings.warn(
            "batch_get_legacy() calls the deprecated GET /im/v2/teams; use batch_get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _BATCH_GET_LEGACY,
            query={"team_ids": team_ids, "team_type": team_type},
            options=options,
        )

    def update(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        operator_id: Optional[str] = None,
        name: Optional[str] = None,
        icon: Optional[str] = None,
        announcement: Optional[str] = None,
        intro: Optional[str] = None,
        members_limit: Optional[int] = None,
        server_extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        extension: Optional[str] = None,
        configuration: Optional[Union[TeamConfiguration, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[
            Union[TeamAntispamConfiguration, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamInfoResult:
        """Update a team.

        Changes the name, icon, texts, member limit, extensions or permission settings of a team;
        only the fields given are changed. Setting `configuration.chat_banned_mode` mutes or unmutes
        the whole team. The owner or a manager makes the change (or every member may, when the
        team's `update_team_info_mode` allows it), and the members receive a team notification.

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            operator_id: Owner or manager making the change.
            name: New team name. At most 64 characters.
            icon: New icon URL. At most 1024 characters.
            announcement: New announcement. At most 1024 characters.
            intro: New introduction. At most 512 characters.
            members_limit: New member limit, 2 to 200 or up to the limit configured in the console.
                At least 2.
            server_extension: New app-defined team attributes; a JSON object is suggested. At most
                1024 characters.
            customer_extension: New server-only extension, passed to clients unparsed.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            configuration: Permission settings of a team, plus the team-wide mute (none, 0, for a
                new team). Used when updating a team, where only the modes given change, and in the
                team objects returned.
            antispam_configuration: Content moderation of the team's own fields (name, announcement,
                introduction, icon, ...) in this request. Only the SDKs describe it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamInfoResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新群组信息, https://doc.yunxin.163.com/messaging2/server-apis/jE2MTc1Mjk?platform=server
        """
        return self._client.request(
            _UPDATE,
            path={"team_id": team_id},
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "name": name,
                "icon": icon,
                "announcement": announcement,
                "intro": intro,
                "members_limit": members_limit,
                "server_extension": server_extension,
                "customer_extension": customer_extension,
                "extension": extension,
                "configuration": configuration,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def disband(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        operator_id: str,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disband a team.

        Disbands a team for good; only its owner can do so. The members receive a team notification
        that may carry `extension` (advanced teams only).

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            operator_id: The team's owner, who alone may disband it.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 解散群组, https://doc.yunxin.163.com/messaging2/server-apis/zk0NDkwOTc?platform=server
        """
        return self._client.request(
            _DISBAND,
            path={"team_id": team_id},
            query={"team_type": team_type, "operator_id": operator_id, "extension": extension},
            options=options,
        )

    def get(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> TeamInfoResult:
        """Get a team.

        Returns the attributes and permission settings of one team.

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamInfoResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询群组信息, https://doc.yunxin.163.com/messaging2/server-apis/DI1Nzc3MDY?platform=server
        """
        return self._client.request(
            _GET,
            path={"team_id": team_id},
            query={"team_type": team_type},
            options=options,
        )

    @deprecated(
        "disband_legacy() calls the deprecated DELETE /im/v2/teams/{team_id}; use disband() instead.",
        category=None,
    )
    def disband_legacy(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        operator_id: str,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disband a team (deprecated /im/v2 form).

        The /im/v2 form of disbanding a team, replaced by the /im/v2.1 operation. Only the owner can
        disband a team.

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            operator_id: The team's owner, who alone may disband it.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 解散群组, https://doc.yunxin.163.com/messaging2/server-apis/zk0NDkwOTc?platform=server
        """
        warnings.warn(
            "disband_legacy() calls the deprecated DELETE /im/v2/teams/{team_id}; use disband() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _DISBAND_LEGACY,
            path={"team_id": team_id},
            query={"team_type": team_type, "operator_id": operator_id, "extension": extension},
            options=options,
        )

    def transfer_owner(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        new_owner_account_id: str,
        leave: int,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Transfer the ownership of a team.

        Makes another member the owner of the team. The old owner either leaves the team (`leave` 1)
        or stays as a normal member (`leave` 2). The members receive a team notification.

        Args:
            team_id: Id of the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            new_owner_account_id: Member that becomes the owner.
            leave: What happens to the old owner. 1: it leaves the team; 2: it stays as a normal
                member. One of 1, 2.
            extension: JSON text carried in the team notification and not stored; ignored for super
                teams. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 转让群主, https://doc.yunxin.163.com/messaging2/server-apis/zI5NTYzNTg?platform=server
        """
        return self._client.request(
            _TRANSFER_OWNER,
            path={"team_id": team_id},
            body={
                "team_type": team_type,
                "new_owner_account_id": new_owner_account_id,
                "leave": leave,
                "extension": extension,
            },
            options=options,
        )

    def add_managers(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        managers: Sequence[str],
        operator_id: Optional[str] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add managers to a team.

        Promotes up to 10 members to manager (管理员). Only the owner can do this. The members receive
        a team notification.

        Args:
            team_id: Id of the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            managers: Members to promote to, or demote from, manager; at most 10. At most 10 items.
            operator_id: The owner, who alone may change managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加管理员, https://doc.yunxin.163.com/messaging2/server-apis/DY0MTgxNzE?platform=server
        """
        return self._client.request(
            _ADD_MANAGERS,
            path={"team_id": team_id},
            body={
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            options=options,
        )

    def remove_managers(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        managers: Sequence[str],
        operator_id: Optional[str] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove managers from a team.

        Turns up to 10 managers back into normal members. Only the owner can do this. Unlike most
        DELETE operations, this one sends its parameters in a JSON body.

        Args:
            team_id: Id of the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            managers: Members to promote to, or demote from, manager; at most 10. At most 10 items.
            operator_id: The owner, who alone may change managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 移除管理员, https://doc.yunxin.163.com/messaging2/server-apis/TAxNTIzNjU?platform=server
        """
        return self._client.request(
            _REMOVE_MANAGERS,
            path={"team_id": team_id},
            body={
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            options=options,
        )

    def list_online_members(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> ListOnlineTeamMembersResult:
        """List the online members of an advanced team.

        Returns every member of an advanced team that is online now, with each logged-in client. Not
        paged. Only advanced teams are supported, and only on the IM flagship (旗舰版) package or
        above. A team that does not exist answers code 108404.

        Args:
            team_id: Id of the advanced team.
            team_type: Kind of the team; only 1 (advanced team) is accepted.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ListOnlineTeamMembersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询高级群在线成员列表, https://doc.yunxin.163.com/messaging2/server-apis/jAyMTkyOTA?platform=server
        """
        return self._client.request(
            _LIST_ONLINE_MEMBERS,
            path={"team_id": team_id},
            query={"team_type": team_type},
            options=options,
        )

    def batch_get_online_member_counts(
        self,
        *,
        team_ids: Sequence[int],
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetTeamOnlineMemberCountsResult:
        """Count the online members of several advanced teams.

        Returns the online and offline member counts of up to 100 advanced teams. Teams that cannot
        be counted are listed in `failed_list` without failing the call. Only advanced teams are
        supported, and only on the IM flagship (旗舰版) package or above.

        Args:
            team_ids: The advanced teams to count, at most 100; sent comma-separated. At most 100
                items.
            team_type: Kind of the teams; only 1 (advanced team) is accepted.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetTeamOnlineMemberCountsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询高级群的在线成员数, https://doc.yunxin.163.com/messaging2/server-apis/DQzMjczMDg?platform=server
        """
        return self._client.request(
            _BATCH_GET_ONLINE_MEMBER_COUNTS,
            query={"team_ids": team_ids, "team_type": team_type},
            options=options,
        )

    def list_members(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        member_type: Optional[int] = None,
        chat_banned_type: Optional[int] = None,
        descending: Optional[bool] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ListTeamMembersResult, TeamMember]:
        """List the members of a team.

        Pages through the members of a team, sorted by join time. Filters select the owner and
        managers or the normal members, and muted or unmuted members, so the same call also lists a
        team's managers or its mute list. Pass `next_token` back as `page_token` while `has_more` is
        true.

        Args:
            team_id: Id of the team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            member_type: Which members to list. 0: all; 1: the owner and managers only; 2: normal
                members only. Default 0; one of 0, 1, 2.
            chat_banned_type: Filter by mute state. 0: all members; 1: muted members only; 2:
                unmuted members only. Default 0; one of 0, 1, 2.
            descending: Sort order by join time: false lists the earliest members first, true the
                latest first. Default false.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ListTeamMembersResult`); iterate it to walk every `TeamMember` of every
            page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询群成员列表, https://doc.yunxin.163.com/messaging2/server-apis/zIxNTk1Mzc?platform=server
        """
        return SyncPage[ListTeamMembersResult, TeamMember].first(
            self._client,
            _LIST_MEMBERS,
            path={"team_id": team_id},
            query={
                "team_type": team_type,
                "member_type": member_type,
                "chat_banned_type": chat_banned_type,
                "descending": descending,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )

    @deprecated(
        "list_members_legacy() calls the deprecated GET /im/v2/teams/{team_id}/actions/list_members; use list_members() instead.",
        category=None,
    )
    def list_members_legacy(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        member_type: Optional[int] = None,
        chat_banned_type: Optional[int] = None,
        descending: Optional[bool] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ListTeamMembersResult, TeamMember]:
        """List the members of a team (deprecated /im/v2 form).

        The /im/v2 form of the paged member list, with the same parameters and answer as the
        /im/v2.1 operation, which replaces it.

        Args:
            team_id: Id of the team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            member_type: Which members to list. 0: all; 1: the owner and managers only; 2: normal
                members only. Default 0; one of 0, 1, 2.
            chat_banned_type: Filter by mute state. 0: all members; 1: muted members only; 2:
                unmuted members only. Default 0; one of 0, 1, 2.
            descending: Sort order by join time: false lists the earliest members first, true the
                latest first. Default false.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ListTeamMembersResult`); iterate it to walk every `TeamMember` of every
            page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询群成员列表, https://doc.yunxin.163.com/messaging2/server-apis/zIxNTk1Mzc?platform=server
        """
        warnings.warn(
            "list_members_legacy() calls the deprecated GET /im/v2/teams/{team_id}/actions/list_members; use list_members() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[ListTeamMembersResult, TeamMember].first(
            self._client,
            _LIST_MEMBERS_LEGACY,
            path={"team_id": team_id},
            query={
                "team_type": team_type,
                "member_type": member_type,
                "chat_banned_type": chat_banned_type,
                "descending": descending,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )


class AsyncTeams:
    """Create, update, transfer, disband and look up teams (advanced teams and super teams).

    Reached as ``client.teams`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        owner_account_id: str,
        team_type: Union[TeamType, int],
        name: str,
        icon: Optional[str] = None,
        announcement: Optional[str] = None,
        intro: Optional[str] = None,
        members_limit: Optional[int] = None,
        server_extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        invite_account_ids: Optional[Sequence[str]] = None,
        invite_msg: Optional[str] = None,
        extension: Optional[str] = None,
        configuration: Optional[Union[TeamCreateConfiguration, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[
            Union[TeamAntispamConfiguration, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> CreateTeamResult:
        """Create a team.

        Creates an advanced team or a super team owned by `owner_account_id`, optionally inviting
        accounts at once. Keep the returned `team_id`: every other team call needs it. Invitees that
        cannot be added (for example because they are in too many teams) are listed in `failed_list`
        while the team is still created. How many teams one account may create depends on the app's
        IM package. Super teams must be enabled for the app first.

        Args:
            owner_account_id: Account that creates and owns the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            name: Team name. At most 64 characters.
            icon: URL of the team icon. At most 1024 characters.
            announcement: Team announcement. At most 1024 characters.
            intro: Team introduction. At most 512 characters.
            members_limit: Most members the team may have, the owner included: 2 to 200, or up to
                the higher limit configured for the app in the console. At least 2; default 200.
            server_extension: App-defined team attributes; a JSON object is suggested. At most 1024
                characters.
            customer_extension: Extension that only the server API can set; clients receive it
                unparsed.
            invite_account_ids: Accounts invited when the team is created, the owner not included.
                The owner plus the invitees must fit in `members_limit`.
            invite_msg: Text sent with the invitation. At most 150 characters.
            extension: JSON text carried in the team notification of this operation and not stored;
                advanced teams only. At most 512 characters.
            configuration: Permission settings of a team that can be given when creating it. Every
                mode left out at creation is 0 (per the Java SDK).
            antispam_configuration: Content moderation of the team's own fields (name, announcement,
                introduction, icon, ...) in this request. Only the SDKs describe it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `CreateTeamResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建群组, https://doc.commsease.com/messaging2/server-apis/DIwODUwMTE?platform=server
        """
        return await self._client.request(
            _CREATE,
            body={
                "owner_account_id": owner_account_id,
                "team_type": team_type,
                "name": name,
                "icon": icon,
                "announcement": announcement,
                "intro": intro,
                "members_limit": members_limit,
                "server_extension": server_extension,
                "customer_extension": customer_extension,
                "invite_account_ids": invite_account_ids,
                "invite_msg": invite_msg,
                "extension": extension,
                "configuration": configuration,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def batch_get(
        self,
        *,
        team_ids: Sequence[int],
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetTeamsResult:
        """Get several teams.

        Looks up several teams of one kind at once: at most 30 advanced teams or 20 super teams per
        call. Teams that cannot be found do not fail the call; their ids come back in
        `invalid_tids`.

        Args:
            team_ids: The teams to look up, sent as a JSON array text such as
                `[18573968767,18573968768]`; at most 30 advanced teams or 20 super teams. At most 30
                items.
            team_type: Kind of the teams: 1 advanced team, 2 super team.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetTeamsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询群组信息列表, https://doc.yunxin.163.com/messaging2/server-apis/DAyODY4ODE?platform=server
        """
        return await self._client.request(
            _BATCH_GET,
            query={"team_ids": team_ids, "team_type": team_type},
            options=options,
        )

    @deprecated(
        "create_legacy() calls the deprecated POST /im/v2/teams; use create() instead.",
        category=None,
    )
    async def create_legacy(
        self,
        *,
        owner_account_id: str,
        team_type: Union[TeamType, int],
        name: str,
        icon: Optional[str] = None,
        announcement: Optional[str] = None,
        intro: Optional[str] = None,
        members_limit: Optional[int] = None,
        server_extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        invite_account_ids: Optional[Sequence[str]] = None,
        invite_msg: Optional[str] = None,
        extension: Optional[str] = None,
        configuration: Optional[Union[TeamCreateConfiguration, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[
            Union[TeamAntispamConfiguration, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> CreateTeamResult:
        """Create a team (deprecated /im/v2 form).

        The /im/v2 form of team creation, with the same body and answer as the /im/v2.1 operation,
        which replaces it.

        Args:
            owner_account_id: Account that creates and owns the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            name: Team name. At most 64 characters.
            icon: URL of the team icon. At most 1024 characters.
            announcement: Team announcement. At most 1024 characters.
            intro: Team introduction. At most 512 characters.
            members_limit: Most members the team may have, the owner included: 2 to 200, or up to
                the higher limit configured for the app in the console. At least 2; default 200.
            server_extension: App-defined team attributes; a JSON object is suggested. At most 1024
                characters.
            customer_extension: Extension that only the server API can set; clients receive it
                unparsed.
            invite_account_ids: Accounts invited when the team is created, the owner not included.
                The owner plus the invitees must fit in `members_limit`.
            invite_msg: Text sent with the invitation. At most 150 characters.
            extension: JSON text carried in the team notification of this operation and not stored;
                advanced teams only. At most 512 characters.
            configuration: Permission settings of a team that can be given when creating it. Every
                mode left out at creation is 0 (per the Java SDK).
            antispam_configuration: Content moderation of the team's own fields (name, announcement,
                introduction, icon, ...) in this request. Only the SDKs describe it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `CreateTeamResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建群组, https://doc.commsease.com/messaging2/server-apis/DIwODUwMTE?platform=server
        """
        warnings.warn(
            "create_legacy() calls the deprecated POST /im/v2/teams; use create() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _CREATE_LEGACY,
            body={
                "owner_account_id": owner_account_id,
                "team_type": team_type,
                "name": name,
                "icon": icon,
                "announcement": announcement,
                "intro": intro,
                "members_limit": members_limit,
                "server_extension": server_extension,
                "customer_extension": customer_extension,
                "invite_account_ids": invite_account_ids,
                "invite_msg": invite_msg,
                "extension": extension,
                "configuration": configuration,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated GET /im/v2/teams; use batch_get() instead.",
        category=None,
    )
    async def batch_get_legacy(
        self,
        *,
        team_ids: Sequence[int],
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetTeamsResult:
        """Get several teams (deprecated /im/v2 form).

        The /im/v2 form of the batch team lookup, with the same parameters and answer as the
        /im/v2.1 operation, which replaces it.

        Args:
            team_ids: The teams to look up, sent as a JSON array text such as
                `[18573968767,18573968768]`; at most 30 advanced teams or 20 super teams. At most 30
                items.
            team_type: Kind of the teams: 1 advanced team, 2 super team.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetTeamsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询群组信息列表, https://doc.yunxin.163.com/messaging2/server-apis/DAyODY4ODE?platform=server
        """
        warnings.warn(
            "batch_get_legacy() calls the deprecated GET /im/v2/teams; use batch_get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _BATCH_GET_LEGACY,
            query={"team_ids": team_ids, "team_type": team_type},
            options=options,
        )

    async def update(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        operator_id: Optional[str] = None,
        name: Optional[str] = None,
        icon: Optional[str] = None,
        announcement: Optional[str] = None,
        intro: Optional[str] = None,
        members_limit: Optional[int] = None,
        server_extension: Optional[str] = None,
        customer_extension: Optional[str] = None,
        extension: Optional[str] = None,
        configuration: Optional[Union[TeamConfiguration, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[
            Union[TeamAntispamConfiguration, Mapping[str, Any]]
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> TeamInfoResult:
        """Update a team.

        Changes the name, icon, texts, member limit, extensions or permission settings of a team;
        only the fields given are changed. Setting `configuration.chat_banned_mode` mutes or unmutes
        the whole team. The owner or a manager makes the change (or every member may, when the
        team's `update_team_info_mode` allows it), and the members receive a team notification.

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            operator_id: Owner or manager making the change.
            name: New team name. At most 64 characters.
            icon: New icon URL. At most 1024 characters.
            announcement: New announcement. At most 1024 characters.
            intro: New introduction. At most 512 characters.
            members_limit: New member limit, 2 to 200 or up to the limit configured in the console.
                At least 2.
            server_extension: New app-defined team attributes; a JSON object is suggested. At most
                1024 characters.
            customer_extension: New server-only extension, passed to clients unparsed.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            configuration: Permission settings of a team, plus the team-wide mute (none, 0, for a
                new team). Used when updating a team, where only the modes given change, and in the
                team objects returned.
            antispam_configuration: Content moderation of the team's own fields (name, announcement,
                introduction, icon, ...) in this request. Only the SDKs describe it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamInfoResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新群组信息, https://doc.yunxin.163.com/messaging2/server-apis/jE2MTc1Mjk?platform=server
        """
        return await self._client.request(
            _UPDATE,
            path={"team_id": team_id},
            body={
                "operator_id": operator_id,
                "team_type": team_type,
                "name": name,
                "icon": icon,
                "announcement": announcement,
                "intro": intro,
                "members_limit": members_limit,
                "server_extension": server_extension,
                "customer_extension": customer_extension,
                "extension": extension,
                "configuration": configuration,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def disband(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        operator_id: str,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disband a team.

        Disbands a team for good; only its owner can do so. The members receive a team notification
        that may carry `extension` (advanced teams only).

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            operator_id: The team's owner, who alone may disband it.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 解散群组, https://doc.yunxin.163.com/messaging2/server-apis/zk0NDkwOTc?platform=server
        """
        return await self._client.request(
            _DISBAND,
            path={"team_id": team_id},
            query={"team_type": team_type, "operator_id": operator_id, "extension": extension},
            options=options,
        )

    async def get(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> TeamInfoResult:
        """Get a team.

        Returns the attributes and permission settings of one team.

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TeamInfoResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询群组信息, https://doc.yunxin.163.com/messaging2/server-apis/DI1Nzc3MDY?platform=server
        """
        return await self._client.request(
            _GET,
            path={"team_id": team_id},
            query={"team_type": team_type},
            options=options,
        )

    @deprecated(
        "disband_legacy() calls the deprecated DELETE /im/v2/teams/{team_id}; use disband() instead.",
        category=None,
    )
    async def disband_legacy(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        operator_id: str,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disband a team (deprecated /im/v2 form).

        The /im/v2 form of disbanding a team, replaced by the /im/v2.1 operation. Only the owner can
        disband a team.

        Args:
            team_id: Id of the team, as returned when it was created.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            operator_id: The team's owner, who alone may disband it.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 解散群组, https://doc.yunxin.163.com/messaging2/server-apis/zk0NDkwOTc?platform=server
        """
        warnings.warn(
            "disband_legacy() calls the deprecated DELETE /im/v2/teams/{team_id}; use disband() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _DISBAND_LEGACY,
            path={"team_id": team_id},
            query={"team_type": team_type, "operator_id": operator_id, "extension": extension},
            options=options,
        )

    async def transfer_owner(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        new_owner_account_id: str,
        leave: int,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Transfer the ownership of a team.

        Makes another member the owner of the team. The old owner either leaves the team (`leave` 1)
        or stays as a normal member (`leave` 2). The members receive a team notification.

        Args:
            team_id: Id of the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            new_owner_account_id: Member that becomes the owner.
            leave: What happens to the old owner. 1: it leaves the team; 2: it stays as a normal
                member. One of 1, 2.
            extension: JSON text carried in the team notification and not stored; ignored for super
                teams. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 转让群主, https://doc.yunxin.163.com/messaging2/server-apis/zI5NTYzNTg?platform=server
        """
        return await self._client.request(
            _TRANSFER_OWNER,
            path={"team_id": team_id},
            body={
                "team_type": team_type,
                "new_owner_account_id": new_owner_account_id,
                "leave": leave,
                "extension": extension,
            },
            options=options,
        )

    async def add_managers(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        managers: Sequence[str],
        operator_id: Optional[str] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add managers to a team.

        Promotes up to 10 members to manager (管理员). Only the owner can do this. The members receive
        a team notification.

        Args:
            team_id: Id of the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            managers: Members to promote to, or demote from, manager; at most 10. At most 10 items.
            operator_id: The owner, who alone may change managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 添加管理员, https://doc.yunxin.163.com/messaging2/server-apis/DY0MTgxNzE?platform=server
        """
        return await self._client.request(
            _ADD_MANAGERS,
            path={"team_id": team_id},
            body={
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            options=options,
        )

    async def remove_managers(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        managers: Sequence[str],
        operator_id: Optional[str] = None,
        extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove managers from a team.

        Turns up to 10 managers back into normal members. Only the owner can do this. Unlike most
        DELETE operations, this one sends its parameters in a JSON body.

        Args:
            team_id: Id of the team.
            team_type: Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be
                enabled for the app before use. Note that conversation ids and custom notifications
                number the same kinds 2 and 3.
            managers: Members to promote to, or demote from, manager; at most 10. At most 10 items.
            operator_id: The owner, who alone may change managers.
            extension: JSON text carried in the team notification and not stored; advanced teams
                only. At most 512 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 移除管理员, https://doc.yunxin.163.com/messaging2/server-apis/TAxNTIzNjU?platform=server
        """
        return await self._client.request(
            _REMOVE_MANAGERS,
            path={"team_id": team_id},
            body={
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            options=options,
        )

    async def list_online_members(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> ListOnlineTeamMembersResult:
        """List the online members of an advanced team.

        Returns every member of an advanced team that is online now, with each logged-in client. Not
        paged. Only advanced teams are supported, and only on the IM flagship (旗舰版) package or
        above. A team that does not exist answers code 108404.

        Args:
            team_id: Id of the advanced team.
            team_type: Kind of the team; only 1 (advanced team) is accepted.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ListOnlineTeamMembersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询高级群在线成员列表, https://doc.yunxin.163.com/messaging2/server-apis/jAyMTkyOTA?platform=server
        """
        return await self._client.request(
            _LIST_ONLINE_MEMBERS,
            path={"team_id": team_id},
            query={"team_type": team_type},
            options=options,
        )

    async def batch_get_online_member_counts(
        self,
        *,
        team_ids: Sequence[int],
        team_type: Union[TeamType, int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetTeamOnlineMemberCountsResult:
        """Count the online members of several advanced teams.

        Returns the online and offline member counts of up to 100 advanced teams. Teams that cannot
        be counted are listed in `failed_list` without failing the call. Only advanced teams are
        supported, and only on the IM flagship (旗舰版) package or above.

        Args:
            team_ids: The advanced teams to count, at most 100; sent comma-separated. At most 100
                items.
            team_type: Kind of the teams; only 1 (advanced team) is accepted.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetTeamOnlineMemberCountsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询高级群的在线成员数, https://doc.yunxin.163.com/messaging2/server-apis/DQzMjczMDg?platform=server
        """
        return await self._client.request(
            _BATCH_GET_ONLINE_MEMBER_COUNTS,
            query={"team_ids": team_ids, "team_type": team_type},
            options=options,
        )

    def list_members(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        member_type: Optional[int] = None,
        chat_banned_type: Optional[int] = None,
        descending: Optional[bool] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ListTeamMembersResult, TeamMember]:
        """List the members of a team.

        Pages through the members of a team, sorted by join time. Filters select the owner and
        managers or the normal members, and muted or unmuted members, so the same call also lists a
        team's managers or its mute list. Pass `next_token` back as `page_token` while `has_more` is
        true.

        Args:
            team_id: Id of the team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            member_type: Which members to list. 0: all; 1: the owner and managers only; 2: normal
                members only. Default 0; one of 0, 1, 2.
            chat_banned_type: Filter by mute state. 0: all members; 1: muted members only; 2:
                unmuted members only. Default 0; one of 0, 1, 2.
            descending: Sort order by join time: false lists the earliest members first, true the
                latest first. Default false.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ListTeamMembersResult`), or `async
            for` over it to walk every `TeamMember` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询群成员列表, https://doc.yunxin.163.com/messaging2/server-apis/zIxNTk1Mzc?platform=server
        """
        return AsyncPaginator[ListTeamMembersResult, TeamMember](
            self._client,
            _LIST_MEMBERS,
            path={"team_id": team_id},
            query={
                "team_type": team_type,
                "member_type": member_type,
                "chat_banned_type": chat_banned_type,
                "descending": descending,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )

    @deprecated(
        "list_members_legacy() calls the deprecated GET /im/v2/teams/{team_id}/actions/list_members; use list_members() instead.",
        category=None,
    )
    def list_members_legacy(
        self,
        *,
        team_id: int,
        team_type: Union[TeamType, int],
        member_type: Optional[int] = None,
        chat_banned_type: Optional[int] = None,
        descending: Optional[bool] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ListTeamMembersResult, TeamMember]:
        """List the members of a team (deprecated /im/v2 form).

        The /im/v2 form of the paged member list, with the same parameters and answer as the
        /im/v2.1 operation, which replaces it.

        Args:
            team_id: Id of the team.
            team_type: Kind of the team: 1 advanced team, 2 super team.
            member_type: Which members to list. 0: all; 1: the owner and managers only; 2: normal
                members only. Default 0; one of 0, 1, 2.
            chat_banned_type: Filter by mute state. 0: all members; 1: muted members only; 2:
                unmuted members only. Default 0; one of 0, 1, 2.
            descending: Sort order by join time: false lists the earliest members first, true the
                latest first. Default false.
            page_token: Cursor from the previous page's `next_token`; leave it out for the first
                page.
            limit: Page size, at most 100. 1 to 100.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ListTeamMembersResult`), or `async
            for` over it to walk every `TeamMember` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询群成员列表, https://doc.yunxin.163.com/messaging2/server-apis/zIxNTk1Mzc?platform=server
        """
        warnings.warn(
            "list_members_legacy() calls the deprecated GET /im/v2/teams/{team_id}/actions/list_members; use list_members() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[ListTeamMembersResult, TeamMember](
            self._client,
            _LIST_MEMBERS_LEGACY,
            path={"team_id": team_id},
            query={
                "team_type": team_type,
                "member_type": member_type,
                "chat_banned_type": chat_banned_type,
                "descending": descending,
                "page_token": page_token,
                "limit": limit,
            },
            options=options,
        )


class TeamsWithRawResponse:
    """The methods of :class:`Teams`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Teams) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.create_legacy = to_raw_response_wrapper(resource.create_legacy)
        self.batch_get_legacy = to_raw_response_wrapper(resource.batch_get_legacy)
        self.update = to_raw_response_wrapper(resource.update)
        self.disband = to_raw_response_wrapper(resource.disband)
        self.get = to_raw_response_wrapper(resource.get)
        self.disband_legacy = to_raw_response_wrapper(resource.disband_legacy)
        self.transfer_owner = to_raw_response_wrapper(resource.transfer_owner)
        self.add_managers = to_raw_response_wrapper(resource.add_managers)
        self.remove_managers = to_raw_response_wrapper(resource.remove_managers)
        self.list_online_members = to_raw_response_wrapper(resource.list_online_members)
        self.batch_get_online_member_counts = to_raw_response_wrapper(
            resource.batch_get_online_member_counts
        )
        self.list_members = to_raw_response_wrapper(resource.list_members)
        self.list_members_legacy = to_raw_response_wrapper(resource.list_members_legacy)


class AsyncTeamsWithRawResponse:
    """The methods of :class:`AsyncTeams`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncTeams) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.create_legacy = async_to_raw_response_wrapper(resource.create_legacy)
        self.batch_get_legacy = async_to_raw_response_wrapper(resource.batch_get_legacy)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.disband = async_to_raw_response_wrapper(resource.disband)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.disband_legacy = async_to_raw_response_wrapper(resource.disband_legacy)
        self.transfer_owner = async_to_raw_response_wrapper(resource.transfer_owner)
        self.add_managers = async_to_raw_response_wrapper(resource.add_managers)
        self.remove_managers = async_to_raw_response_wrapper(resource.remove_managers)
        self.list_online_members = async_to_raw_response_wrapper(resource.list_online_members)
        self.batch_get_online_member_counts = async_to_raw_response_wrapper(
            resource.batch_get_online_member_counts
        )
        self.list_members = async_to_raw_response_wrapper(resource.list_members)
        self.list_members_legacy = async_to_raw_response_wrapper(resource.list_members_legacy)
