"""Teams (群组) and their members: the objects of the Teams and Team members tags.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import AccountFailure, AccountOnlineStatus

__all__ = [
    "BatchGetTeamOnlineMemberCountsResult",
    "BatchGetTeamsResult",
    "BatchMuteTeamMembersRequest",
    "CreateTeamRequest",
    "CreateTeamResult",
    "InviteTeamMembersRequest",
    "JoinedTeam",
    "ListJoinedTeamsResult",
    "ListOnlineTeamMembersResult",
    "ListTeamMembersResult",
    "TeamAgreeMode",
    "TeamAntispamBusinessId",
    "TeamAntispamConfiguration",
    "TeamAntispamContentType",
    "TeamChatBannedMode",
    "TeamConfiguration",
    "TeamCreateConfiguration",
    "TeamFailure",
    "TeamInfo",
    "TeamInfoResult",
    "TeamJoinMode",
    "TeamManagersRequest",
    "TeamMember",
    "TeamMemberRole",
    "TeamMessageNotifyState",
    "TeamOnlineMemberCount",
    "TeamPermissionMode",
    "TeamSpecialFollowUpdate",
    "TeamType",
    "TransferTeamOwnerRequest",
    "UpdateTeamMemberRequest",
    "UpdateTeamRequest",
]


class TeamAgreeMode(IntEnum):
    """Whether an invited account must accept the invitation. 0: it must accept; 1: it joins at
    once.
    """

    NEED_CONSENT = 0
    """The invitee must accept before joining."""

    NO_CONSENT = 1
    """The invitee joins without being asked."""


class TeamAntispamContentType(IntEnum):
    """Kind of team content a moderation business id applies to. 1: text; 2: images."""

    TEXT = 1
    """Text (name, announcement, introduction, ...)."""

    IMAGE = 2
    """Images (the team icon)."""


class TeamChatBannedMode(IntEnum):
    """Team-wide mute. 0: nobody is muted by the team setting; 1: every member is muted except the
    owner and managers; 3: everyone is muted, owner and managers included. No value 2 is documented.
    """

    NONE = 0
    """No team-wide mute."""

    MEMBERS = 1
    """Normal members are muted; the owner and managers may still speak."""

    ALL = 3
    """Everyone is muted, including the owner and managers."""


class TeamJoinMode(IntEnum):
    """How requests to join the team, made from the client SDK, are handled. 0: anyone may join
    without approval; 1: the owner or a manager must approve each request; 2: nobody may ask to
    join.
    """

    FREE = 0
    """Anyone may join without approval."""

    APPROVAL = 1
    """The owner or a manager must approve each request."""

    FORBIDDEN = 2
    """Requests to join are not accepted."""


class TeamMemberRole(IntEnum):
    """Role of a member in its team, following the Java SDK: 0: owner (群主); 1: manager (管理员); 2:
    normal member. The Go SDK numbers the roles differently (see x-source-conflicts), so check the
    value against `owner_account_id` before relying on it.
    """

    OWNER = 0
    """Owner of the team."""

    MANAGER = 1
    """Manager of the team."""

    NORMAL = 2
    """Normal member."""


class TeamMessageNotifyState(IntEnum):
    """How a member is alerted of new team messages. 0: not at all (do not disturb); 1: for every
    message; 2: only for messages from the owner and managers.
    """

    OFF = 0
    """No alerts (do not disturb)."""

    ALL = 1
    """Alert for every message."""

    MANAGERS_ONLY = 2
    """Alert only for messages from the owner and managers."""


class TeamPermissionMode(IntEnum):
    """Who may perform an action in the team (invite members, edit the team info or edit its custom
    extension). 0: only the owner and managers; 1: every member.
    """

    MANAGERS = 0
    """Only the owner and managers."""

    EVERYONE = 1
    """Every member."""


class TeamType(IntEnum):
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    ADVANCED = 1
    """Advanced team (高级群)."""

    SUPER = 2
    """Super team (超大群); the feature must be enabled for the app first."""


class TeamFailure(YunxinModel):
    """A team that a batch team operation could not handle."""

    team_id: Optional[int] = None
    """The team that failed."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class TeamOnlineMemberCount(YunxinModel):
    """Online and offline member counts of one advanced team."""

    team_id: Optional[int] = None
    """The team."""

    online_count: Optional[int] = None
    """Members online now."""

    offline_count: Optional[int] = None
    """Members not online."""


class BatchGetTeamOnlineMemberCountsResult(PartialFailureModel):
    """Member counts of the teams that could be looked up, and the teams that could not."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="team_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[TeamOnlineMemberCount]] = None
    """Counts per team."""

    failed_list: Optional[List[TeamFailure]] = None
    """Teams that could not be counted, with the reason."""


class TeamCreateConfiguration(YunxinModel):
    """Permission settings of a team that can be given when creating it. Every mode left out at
    creation is 0 (per the Java SDK).
    """

    join_mode: Optional[Union[TeamJoinMode, int]] = Field(default=None, union_mode="left_to_right")
    """How requests to join the team, made from the client SDK, are handled. 0: anyone may join
    without approval; 1: the owner or a manager must approve each request; 2: nobody may ask to
    join.
    """

    agree_mode: Optional[Union[TeamAgreeMode, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Whether an invited account must accept the invitation. 0: it must accept; 1: it joins at
    once.
    """

    invite_mode: Optional[Union[TeamPermissionMode, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Who may invite accounts into the team. 0: owner and managers; 1: every member."""

    update_team_info_mode: Optional[Union[TeamPermissionMode, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Who may edit the team info (name, icon, announcement, ...). 0: owner and managers; 1: every
    member.
    """

    update_extension_mode: Optional[Union[TeamPermissionMode, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Who may edit the team's custom extension. 0: owner and managers; 1: every member."""


class TeamConfiguration(TeamCreateConfiguration):
    """Permission settings of a team, plus the team-wide mute (none, 0, for a new team). Used when
    updating a team, where only the modes given change, and in the team objects returned.
    """

    chat_banned_mode: Optional[Union[TeamChatBannedMode, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Team-wide mute. 0: nobody is muted by the team setting; 1: every member is muted except the
    owner and managers; 3: everyone is muted, owner and managers included. No value 2 is documented.
    """


class TeamInfo(YunxinModel):
    """A team as the API returns it. Which fields appear depends on the operation: the Java SDK, for
    example, reads no texts, extensions or team_type from the list of joined teams.
    """

    team_id: Optional[int] = None
    """Team id generated by the server at creation."""

    team_type: Optional[Union[TeamType, int]] = Field(default=None, union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    owner_account_id: Optional[str] = None
    """Account of the owner (群主)."""

    name: Optional[str] = None
    """Team name."""

    icon: Optional[str] = None
    """URL of the team icon."""

    announcement: Optional[str] = None
    """Team announcement."""

    intro: Optional[str] = None
    """Team introduction."""

    members_limit: Optional[int] = None
    """Most members the team may have, the owner included."""

    member_count: Optional[int] = None
    """Current number of members, the owner included."""

    server_extension: Optional[str] = None
    """App-defined team attributes, usually a JSON object."""

    customer_extension: Optional[str] = None
    """Extension that only the server API can set; clients receive it unparsed."""

    create_time: Optional[int] = None
    """Creation time in milliseconds since the epoch."""

    update_time: Optional[int] = None
    """Last update time in milliseconds since the epoch."""

    configuration: Optional[TeamConfiguration] = None
    """Permission settings of a team, plus the team-wide mute (none, 0, for a new team). Used when
    updating a team, where only the modes given change, and in the team objects returned.
    """


class BatchGetTeamsResult(PartialFailureModel):
    """The teams found, and the ids that could not be looked up."""

    partial_failure_spec = PartialFailureSpec(
        failed="invalid_tids",
        succeeded="team_info_list",
        id_field=None,
        code_field=None,
        message_field=None,
    )

    team_info_list: Optional[List[TeamInfo]] = None
    """The teams found."""

    invalid_tids: Optional[List[int]] = None
    """Ids that could not be looked up, for example because the team does not exist."""


class BatchMuteTeamMembersRequest(YunxinModel):
    """Body of a batch mute or unmute of team members."""

    operator_id: str
    """Account that mutes. In advanced teams only the owner may batch-mute; in super teams the owner
    may mute anyone and managers may mute normal members.
    """

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    team_id: int
    """The team."""

    chat_ban_account_ids: List[str]
    """Members to mute or unmute, at most 10. At most 10 items."""

    chat_banned: Optional[bool] = None
    """true mutes the members, false unmutes them. Default false."""


class TeamAntispamBusinessId(YunxinModel):
    """Moderation business id to use for one kind of team content."""

    type: Optional[Union[TeamAntispamContentType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of team content a moderation business id applies to. 1: text; 2: images."""

    business_id: Optional[str] = None
    """Moderation business id configured for the app."""


class TeamAntispamConfiguration(YunxinModel):
    """Content moderation of the team's own fields (name, announcement, introduction, icon, ...) in
    this request. Only the SDKs describe it.
    """

    enabled: Optional[bool] = None
    """Run moderation on the team fields of this request. Default true."""

    business_id_map: Optional[List[TeamAntispamBusinessId]] = None
    """Moderation business ids per kind of content; the app's defaults apply when left out."""


class CreateTeamRequest(YunxinModel):
    """Body of a team creation."""

    owner_account_id: str
    """Account that creates and owns the team."""

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    name: str
    """Team name. At most 64 characters."""

    icon: Optional[str] = None
    """URL of the team icon. At most 1024 characters."""

    announcement: Optional[str] = None
    """Team announcement. At most 1024 characters."""

    intro: Optional[str] = None
    """Team introduction. At most 512 characters."""

    members_limit: Optional[int] = None
    """Most members the team may have, the owner included: 2 to 200, or up to the higher limit
    configured for the app in the console. At least 2; default 200.
    """

    server_extension: Optional[str] = None
    """App-defined team attributes; a JSON object is suggested. At most 1024 characters."""

    customer_extension: Optional[str] = None
    """Extension that only the server API can set; clients receive it unparsed."""

    invite_account_ids: Optional[List[str]] = None
    """Accounts invited when the team is created, the owner not included. The owner plus the
    invitees must fit in `members_limit`.
    """

    invite_msg: Optional[str] = None
    """Text sent with the invitation. At most 150 characters."""

    extension: Optional[str] = None
    """JSON text carried in the team notification of this operation and not stored; advanced teams
    only. At most 512 characters.
    """

    configuration: Optional[TeamCreateConfiguration] = None
    """Permission settings of a team that can be given when creating it. Every mode left out at
    creation is 0 (per the Java SDK).
    """

    antispam_configuration: Optional[TeamAntispamConfiguration] = None
    """Content moderation of the team's own fields (name, announcement, introduction, icon, ...) in
    this request. Only the SDKs describe it.
    """


class CreateTeamResult(PartialFailureModel):
    """The team created, and the invitees that could not be added."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded=None,
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    team_info: Optional[TeamInfo] = None
    """A team as the API returns it. Which fields appear depends on the operation: the Java SDK, for
    example, reads no texts, extensions or team_type from the list of joined teams.
    """

    failed_list: Optional[List[AccountFailure]] = None
    """Invitees that could not be added, for example because they joined too many teams."""


class InviteTeamMembersRequest(YunxinModel):
    """Body of an invitation into a team."""

    operator_id: str
    """Inviting account: the owner or a manager, or any member when the team's `invite_mode` is 1.
    """

    team_id: int
    """The team."""

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    invite_account_ids: List[str]
    """Accounts to invite, at most 200. At most 200 items."""

    msg: Optional[str] = None
    """Text sent with the invitation. At most 150 characters."""

    extension: Optional[str] = None
    """JSON text carried in the team notification and not stored; advanced teams only. At most 512
    characters.
    """


class TeamMember(YunxinModel):
    """A member of a team, as the member list, the member update and the joined-team list return it."""

    team_id: Optional[int] = None
    """Team the membership belongs to."""

    account_id: Optional[str] = None
    """The member's account."""

    member_role: Optional[Union[TeamMemberRole, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Role of a member in its team, following the Java SDK: 0: owner (群主); 1: manager (管理员); 2:
    normal member. The Go SDK numbers the roles differently (see x-source-conflicts), so check the
    value against `owner_account_id` before relying on it.
    """

    team_nick: Optional[str] = None
    """The member's nickname inside this team."""

    chat_banned: Optional[bool] = None
    """The member is muted in this team."""

    invitor_account_id: Optional[str] = None
    """Account that invited the member."""

    server_extension: Optional[str] = None
    """Member-level extension stored on the server."""

    message_notify_state: Optional[Union[TeamMessageNotifyState, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """How a member is alerted of new team messages. 0: not at all (do not disturb); 1: for every
    message; 2: only for messages from the owner and managers.
    """

    follow_account_ids: Optional[List[str]] = None
    """Members on this member's special-follow list (特别关注). Only the joined-team list returns it."""

    join_time: Optional[int] = None
    """When the account joined the team, in milliseconds since the epoch."""

    create_time: Optional[int] = None
    """Creation time of the membership record, in milliseconds since the epoch."""

    update_time: Optional[int] = None
    """Last change of the membership, in milliseconds since the epoch."""


class JoinedTeam(TeamInfo):
    """A team the account has joined, with the account's own membership when it was asked for."""

    member_info: Optional[TeamMember] = None
    """A member of a team, as the member list, the member update and the joined-team list return it.
    """


class ListJoinedTeamsResult(YunxinModel):
    """One page of the teams an account has joined."""

    has_more: Optional[bool] = None
    """More teams follow; ask again with `next_token`."""

    next_token: Optional[str] = None
    """Cursor to pass as `page_token` for the next page."""

    team_info_list: Optional[List[JoinedTeam]] = None
    """The teams on this page."""


class ListOnlineTeamMembersResult(YunxinModel):
    """The online members of an advanced team; not paged."""

    items: Optional[List[AccountOnlineStatus]] = None
    """One entry per online member."""


class ListTeamMembersResult(YunxinModel):
    """One page of the members of a team."""

    has_more: Optional[bool] = None
    """More members follow; ask again with `next_token`."""

    next_token: Optional[str] = None
    """Cursor to pass as `page_token` for the next page."""

    items: Optional[List[TeamMember]] = None
    """The members on this page."""


class TeamInfoResult(YunxinModel):
    """One team."""

    team_info: Optional[TeamInfo] = None
    """A team as the API returns it. Which fields appear depends on the operation: the Java SDK, for
    example, reads no texts, extensions or team_type from the list of joined teams.
    """


class TeamManagersRequest(YunxinModel):
    """Body of adding or removing team managers."""

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    operator_id: Optional[str] = None
    """The owner, who alone may change managers."""

    managers: List[str]
    """Members to promote to, or demote from, manager; at most 10. At most 10 items."""

    extension: Optional[str] = None
    """JSON text carried in the team notification and not stored; advanced teams only. At most 512
    characters.
    """


class TeamSpecialFollowUpdate(YunxinModel):
    """Change to the member's special-follow list (特别关注). Only Apifox documents this object, and it
    does not give the values of `type`.
    """

    account_ids: Optional[List[str]] = None
    """Members to add to or remove from the special-follow list."""

    type: Optional[int] = None
    """Whether the accounts are added or removed; the values are not documented."""


class TransferTeamOwnerRequest(YunxinModel):
    """Body of an ownership transfer."""

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    new_owner_account_id: str
    """Member that becomes the owner."""

    leave: int
    """What happens to the old owner. 1: it leaves the team; 2: it stays as a normal member. One of
    1, 2.
    """

    extension: Optional[str] = None
    """JSON text carried in the team notification and not stored; ignored for super teams. At most
    512 characters.
    """


class UpdateTeamMemberRequest(YunxinModel):
    """Body of a team member update; only the fields given are changed."""

    operator_id: str
    """Account making the change: the owner or a manager may edit normal members; only the owner may
    edit managers.
    """

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    team_id: int
    """The team."""

    team_nick: Optional[str] = None
    """The member's nickname in this team only."""

    chat_banned: Optional[bool] = None
    """Mute (true) or unmute (false) the member in this team. Default false."""

    message_notify_state: Optional[Union[TeamMessageNotifyState, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """How a member is alerted of new team messages. 0: not at all (do not disturb); 1: for every
    message; 2: only for messages from the owner and managers.
    """

    extension: Optional[str] = None
    """JSON text carried in the team notification and not stored; advanced teams only. At most 512
    characters.
    """

    server_extension: Optional[str] = None
    """Member-level extension stored on the server."""

    special_follow_update_info: Optional[TeamSpecialFollowUpdate] = None
    """Change to the member's special-follow list (特别关注). Only Apifox documents this object, and it
    does not give the values of `type`.
    """


class UpdateTeamRequest(YunxinModel):
    """Body of a team update; only the fields given are changed."""

    operator_id: Optional[str] = None
    """Owner or manager making the change."""

    team_type: Union[TeamType, int] = Field(union_mode="left_to_right")
    """Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
    before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
    """

    name: Optional[str] = None
    """New team name. At most 64 characters."""

    icon: Optional[str] = None
    """New icon URL. At most 1024 characters."""

    announcement: Optional[str] = None
    """New announcement. At most 1024 characters."""

    intro: Optional[str] = None
    """New introduction. At most 512 characters."""

    members_limit: Optional[int] = None
    """New member limit, 2 to 200 or up to the limit configured in the console. At least 2."""

    server_extension: Optional[str] = None
    """New app-defined team attributes; a JSON object is suggested. At most 1024 characters."""

    customer_extension: Optional[str] = None
    """New server-only extension, passed to clients unparsed."""

    extension: Optional[str] = None
    """JSON text carried in the team notification and not stored; advanced teams only. At most 512
    characters.
    """

    configuration: Optional[TeamConfiguration] = None
    """Permission settings of a team, plus the team-wide mute (none, 0, for a new team). Used when
    updating a team, where only the modes given change, and in the team objects returned.
    """

    antispam_configuration: Optional[TeamAntispamConfiguration] = None
    """Content moderation of the team's own fields (name, announcement, introduction, icon, ...) in
    this request. Only the SDKs describe it.
    """
