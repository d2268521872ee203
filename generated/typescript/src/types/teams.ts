// Teams (群组) and their members: the objects of the Teams and Team members tags.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AccountFailure, AccountOnlineStatus } from "./common.js";

/**
 * Whether an invited account must accept the invitation. 0: it must accept; 1: it joins at once.
 */
export type TeamAgreeMode = 0 | 1;

/** The values of {@link TeamAgreeMode} by name. */
export const TeamAgreeMode = {
  /** The invitee must accept before joining. */
  NEED_CONSENT: 0,
  /** The invitee joins without being asked. */
  NO_CONSENT: 1,
} as const;

/** Kind of team content a moderation business id applies to. 1: text; 2: images. */
export type TeamAntispamContentType = 1 | 2;

/** The values of {@link TeamAntispamContentType} by name. */
export const TeamAntispamContentType = {
  /** Text (name, announcement, introduction, ...). */
  TEXT: 1,
  /** Images (the team icon). */
  IMAGE: 2,
} as const;

/**
 * Team-wide mute. 0: nobody is muted by the team setting; 1: every member is muted except the owner
 * and managers; 3: everyone is muted, owner and managers included. No value 2 is documented.
 */
export type TeamChatBannedMode = 0 | 1 | 3;

/** The values of {@link TeamChatBannedMode} by name. */
export const TeamChatBannedMode = {
  /** No team-wide mute. */
  NONE: 0,
  /** Normal members are muted; the owner and managers may still speak. */
  MEMBERS: 1,
  /** Everyone is muted, including the owner and managers. */
  ALL: 3,
} as const;

/**
 * How requests to join the team, made from the client SDK, are handled. 0: anyone may join without
 * approval; 1: the owner or a manager must approve each request; 2: nobody may ask to join.
 */
export type TeamJoinMode = 0 | 1 | 2;

/** The values of {@link TeamJoinMode} by name. */
export const TeamJoinMode = {
  /** Anyone may join without approval. */
  FREE: 0,
  /** The owner or a manager must approve each request. */
  APPROVAL: 1,
  /** Requests to join are not accepted. */
  FORBIDDEN: 2,
} as const;

/**
 * Role of a member in its team, following the Java SDK: 0: owner (群主); 1: manager (管理员); 2: normal
 * member. The Go SDK numbers the roles differently (see x-source-conflicts), so check the value
 * against `owner_account_id` before relying on it.
 */
export type TeamMemberRole = 0 | 1 | 2;

/** The values of {@link TeamMemberRole} by name. */
export const TeamMemberRole = {
  /** Owner of the team. */
  OWNER: 0,
  /** Manager of the team. */
  MANAGER: 1,
  /** Normal member. */
  NORMAL: 2,
} as const;

/**
 * How a member is alerted of new team messages. 0: not at all (do not disturb); 1: for every
 * message; 2: only for messages from the owner and managers.
 */
export type TeamMessageNotifyState = 0 | 1 | 2;

/** The values of {@link TeamMessageNotifyState} by name. */
export const TeamMessageNotifyState = {
  /** No alerts (do not disturb). */
  OFF: 0,
  /** Alert for every message. */
  ALL: 1,
  /** Alert only for messages from the owner and managers. */
  MANAGERS_ONLY: 2,
} as const;

/**
 * Who may perform an action in the team (invite members, edit the team info or edit its custom
 * extension). 0: only the owner and managers; 1: every member.
 */
export type TeamPermissionMode = 0 | 1;

/** The values of {@link TeamPermissionMode} by name. */
export const TeamPermissionMode = {
  /** Only the owner and managers. */
  MANAGERS: 0,
  /** Every member. */
  EVERYONE: 1,
} as const;

/**
 * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
 * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
 */
export type TeamType = 1 | 2;

/** The values of {@link TeamType} by name. */
export const TeamType = {
  /** Advanced team (高级群). */
  ADVANCED: 1,
  /** Super team (超大群); the feature must be enabled for the app first. */
  SUPER: 2,
} as const;

/** A team that a batch team operation could not handle. */
export interface TeamFailure {
  /** The team that failed. */
  team_id?: number;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** Online and offline member counts of one advanced team. */
export interface TeamOnlineMemberCount {
  /** The team. */
  team_id?: number;
  /** Members online now. */
  online_count?: number;
  /** Members not online. */
  offline_count?: number;
}

/** Member counts of the teams that could be looked up, and the teams that could not. */
export interface BatchGetTeamOnlineMemberCountsResult {
  /** Counts per team. */
  success_list?: TeamOnlineMemberCount[];
  /** Teams that could not be counted, with the reason. */
  failed_list?: TeamFailure[];
}

/**
 * Permission settings of a team that can be given when creating it. Every mode left out at creation
 * is 0 (per the Java SDK).
 */
export interface TeamCreateConfiguration {
  /**
   * How requests to join the team, made from the client SDK, are handled. 0: anyone may join
   * without approval; 1: the owner or a manager must approve each request; 2: nobody may ask to
   * join.
   */
  join_mode?: TeamJoinMode;
  /**
   * Whether an invited account must accept the invitation. 0: it must accept; 1: it joins at once.
   */
  agree_mode?: TeamAgreeMode;
  /** Who may invite accounts into the team. 0: owner and managers; 1: every member. */
  invite_mode?: TeamPermissionMode;
  /**
   * Who may edit the team info (name, icon, announcement, ...). 0: owner and managers; 1: every
   * member.
   */
  update_team_info_mode?: TeamPermissionMode;
  /** Who may edit the team's custom extension. 0: owner and managers; 1: every member. */
  update_extension_mode?: TeamPermissionMode;
}

/**
 * Permission settings of a team, plus the team-wide mute (none, 0, for a new team). Used when
 * updating a team, where only the modes given change, and in the team objects returned.
 */
export interface TeamConfiguration extends TeamCreateConfiguration {
  /**
   * Team-wide mute. 0: nobody is muted by the team setting; 1: every member is muted except the
   * owner and managers; 3: everyone is muted, owner and managers included. No value 2 is
   * documented.
   */
  chat_banned_mode?: TeamChatBannedMode;
}

/**
 * A team as the API returns it. Which fields appear depends on the operation: the Java SDK, for
 * example, reads no texts, extensions or team_type from the list of joined teams.
 */
export interface TeamInfo {
  /** Team id generated by the server at creation. */
  team_id?: number;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type?: TeamType;
  /** Account of the owner (群主). */
  owner_account_id?: string;
  /** Team name. */
  name?: string;
  /** URL of the team icon. */
  icon?: string;
  /** Team announcement. */
  announcement?: string;
  /** Team introduction. */
  intro?: string;
  /** Most members the team may have, the owner included. */
  members_limit?: number;
  /** Current number of members, the owner included. */
  member_count?: number;
  /** App-defined team attributes, usually a JSON object. */
  server_extension?: string;
  /** Extension that only the server API can set; clients receive it unparsed. */
  customer_extension?: string;
  /** Creation time in milliseconds since the epoch. */
  create_time?: number;
  /** Last update time in milliseconds since the epoch. */
  update_time?: number;
  /**
   * Permission settings of a team, plus the team-wide mute (none, 0, for a new team). Used when
   * updating a team, where only the modes given change, and in the team objects returned.
   */
  configuration?: TeamConfiguration;
}

/** The teams found, and the ids that could not be looked up. */
export interface BatchGetTeamsResult {
  /** The teams found. */
  team_info_list?: TeamInfo[];
  /** Ids that could not be looked up, for example because the team does not exist. */
  invalid_tids?: number[];
}

/** Body of a batch mute or unmute of team members. */
export interface BatchMuteTeamMembersRequest {
  /**
   * Account that mutes. In advanced teams only the owner may batch-mute; in super teams the owner
   * may mute anyone and managers may mute normal members.
   */
  operator_id: string;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** The team. */
  team_id: number;
  /** Members to mute or unmute, at most 10. At most 10 items. */
  chat_ban_account_ids: string[];
  /** true mutes the members, false unmutes them. Default false. */
  chat_banned?: boolean;
}

/** Moderation business id to use for one kind of team content. */
export interface TeamAntispamBusinessId {
  /** Kind of team content a moderation business id applies to. 1: text; 2: images. */
  type?: TeamAntispamContentType;
  /** Moderation business id configured for the app. */
  business_id?: string;
}

/**
 * Content moderation of the team's own fields (name, announcement, introduction, icon, ...) in this
 * request. Only the SDKs describe it.
 */
export interface TeamAntispamConfiguration {
  /** Run moderation on the team fields of this request. Default true. */
  enabled?: boolean;
  /** Moderation business ids per kind of content; the app's defaults apply when left out. */
  business_id_map?: TeamAntispamBusinessId[];
}

/** Body of a team creation. */
export interface CreateTeamRequest {
  /** Account that creates and owns the team. */
  owner_account_id: string;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** Team name. At most 64 characters. */
  name: string;
  /** URL of the team icon. At most 1024 characters. */
  icon?: string;
  /** Team announcement. At most 1024 characters. */
  announcement?: string;
  /** Team introduction. At most 512 characters. */
  intro?: string;
  /**
   * Most members the team may have, the owner included: 2 to 200, or up to the higher limit
   * configured for the app in the console. At least 2; default 200.
   */
  members_limit?: number;
  /** App-defined team attributes; a JSON object is suggested. At most 1024 characters. */
  server_extension?: string;
  /** Extension that only the server API can set; clients receive it unparsed. */
  customer_extension?: string;
  /**
   * Accounts invited when the team is created, the owner not included. The owner plus the invitees
   * must fit in `members_limit`.
   */
  invite_account_ids?: string[];
  /** Text sent with the invitation. At most 150 characters. */
  invite_msg?: string;
  /**
   * JSON text carried in the team notification of this operation and not stored; advanced teams
   * only. At most 512 characters.
   */
  extension?: string;
  /**
   * Permission settings of a team that can be given when creating it. Every mode left out at
   * creation is 0 (per the Java SDK).
   */
  configuration?: TeamCreateConfiguration;
  /**
   * Content moderation of the team's own fields (name, announcement, introduction, icon, ...) in
   * this request. Only the SDKs describe it.
   */
  antispam_configuration?: TeamAntispamConfiguration;
}

/** The team created, and the invitees that could not be added. */
export interface CreateTeamResult {
  /**
   * A team as the API returns it. Which fields appear depends on the operation: the Java SDK, for
   * example, reads no texts, extensions or team_type from the list of joined teams.
   */
  team_info?: TeamInfo;
  /** Invitees that could not be added, for example because they joined too many teams. */
  failed_list?: AccountFailure[];
}

/** Body of an invitation into a team. */
export interface InviteTeamMembersRequest {
  /** Inviting account: the owner or a manager, or any member when the team's `invite_mode` is 1. */
  operator_id: string;
  /** The team. */
  team_id: number;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** Accounts to invite, at most 200. At most 200 items. */
  invite_account_ids: string[];
  /** Text sent with the invitation. At most 150 characters. */
  msg?: string;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters.
   */
  extension?: string;
}

/** A member of a team, as the member list, the member update and the joined-team list return it. */
export interface TeamMember {
  /** Team the membership belongs to. */
  team_id?: number;
  /** The member's account. */
  account_id?: string;
  /**
   * Role of a member in its team, following the Java SDK: 0: owner (群主); 1: manager (管理员); 2:
   * normal member. The Go SDK numbers the roles differently (see x-source-conflicts), so check the
   * value against `owner_account_id` before relying on it.
   */
  member_role?: TeamMemberRole;
  /** The member's nickname inside this team. */
  team_nick?: string;
  /** The member is muted in this team. */
  chat_banned?: boolean;
  /** Account that invited the member. */
  invitor_account_id?: string;
  /** Member-level extension stored on the server. */
  server_extension?: string;
  /**
   * How a member is alerted of new team messages. 0: not at all (do not disturb); 1: for every
   * message; 2: only for messages from the owner and managers.
   */
  message_notify_state?: TeamMessageNotifyState;
  /** Members on this member's special-follow list (特别关注). Only the joined-team list returns it. */
  follow_account_ids?: string[];
  /** When the account joined the team, in milliseconds since the epoch. */
  join_time?: number;
  /** Creation time of the membership record, in milliseconds since the epoch. */
  create_time?: number;
  /** Last change of the membership, in milliseconds since the epoch. */
  update_time?: number;
}

/** A team the account has joined, with the account's own membership when it was asked for. */
export interface JoinedTeam extends TeamInfo {
  /**
   * A member of a team, as the member list, the member update and the joined-team list return it.
   */
  member_info?: TeamMember;
}

/** One page of the teams an account has joined. */
export interface ListJoinedTeamsResult {
  /** More teams follow; ask again with `next_token`. */
  has_more?: boolean;
  /** Cursor to pass as `page_token` for the next page. */
  next_token?: string;
  /** The teams on this page. */
  team_info_list?: JoinedTeam[];
}

/** The online members of an advanced team; not paged. */
export interface ListOnlineTeamMembersResult {
  /** One entry per online member. */
  items?: AccountOnlineStatus[];
}

/** One page of the members of a team. */
export interface ListTeamMembersResult {
  /** More members follow; ask again with `next_token`. */
  has_more?: boolean;
  /** Cursor to pass as `page_token` for the next page. */
  next_token?: string;
  /** The members on this page. */
  items?: TeamMember[];
}

/** One team. */
export interface TeamInfoResult {
  /**
   * A team as the API returns it. Which fields appear depends on the operation: the Java SDK, for
   * example, reads no texts, extensions or team_type from the list of joined teams.
   */
  team_info?: TeamInfo;
}

/** Body of adding or removing team managers. */
export interface TeamManagersRequest {
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** The owner, who alone may change managers. */
  operator_id?: string;
  /** Members to promote to, or demote from, manager; at most 10. At most 10 items. */
  managers: string[];
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters.
   */
  extension?: string;
}

/**
 * Change to the member's special-follow list (特别关注). Only Apifox documents this object, and it does
 * not give the values of `type`.
 */
export interface TeamSpecialFollowUpdate {
  /** Members to add to or remove from the special-follow list. */
  account_ids?: string[];
  /** Whether the accounts are added or removed; the values are not documented. */
  type?: number;
}

/** Body of an ownership transfer. */
export interface TransferTeamOwnerRequest {
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** Member that becomes the owner. */
  new_owner_account_id: string;
  /**
   * What happens to the old owner. 1: it leaves the team; 2: it stays as a normal member. One of 1,
   * 2.
   */
  leave: number;
  /**
   * JSON text carried in the team notification and not stored; ignored for super teams. At most 512
   * characters.
   */
  extension?: string;
}

/** Body of a team member update; only the fields given are changed. */
export interface UpdateTeamMemberRequest {
  /**
   * Account making the change: the owner or a manager may edit normal members; only the owner may
   * edit managers.
   */
  operator_id: string;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** The team. */
  team_id: number;
  /** The member's nickname in this team only. */
  team_nick?: string;
  /** Mute (true) or unmute (false) the member in this team. Default false. */
  chat_banned?: boolean;
  /**
   * How a member is alerted of new team messages. 0: not at all (do not disturb); 1: for every
   * message; 2: only for messages from the owner and managers.
   */
  message_notify_state?: TeamMessageNotifyState;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters.
   */
  extension?: string;
  /** Member-level extension stored on the server. */
  server_extension?: string;
  /**
   * Change to the member's special-follow list (特别关注). Only Apifox documents this object, and it
   * does not give the values of `type`.
   */
  special_follow_update_info?: TeamSpecialFollowUpdate;
}

/** Body of a team update; only the fields given are changed. */
export interface UpdateTeamRequest {
  /** Owner or manager making the change. */
  operator_id?: string;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** New team name. At most 64 characters. */
  name?: string;
  /** New icon URL. At most 1024 characters. */
  icon?: string;
  /** New announcement. At most 1024 characters. */
  announcement?: string;
  /** New introduction. At most 512 characters. */
  intro?: string;
  /** New member limit, 2 to 200 or up to the limit configured in the console. At least 2. */
  members_limit?: number;
  /** New app-defined team attributes; a JSON object is suggested. At most 1024 characters. */
  server_extension?: string;
  /** New server-only extension, passed to clients unparsed. */
  customer_extension?: string;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters.
   */
  extension?: string;
  /**
   * Permission settings of a team, plus the team-wide mute (none, 0, for a new team). Used when
   * updating a team, where only the modes given change, and in the team objects returned.
   */
  configuration?: TeamConfiguration;
  /**
   * Content moderation of the team's own fields (name, announcement, introduction, icon, ...) in
   * this request. Only the SDKs describe it.
   */
  antispam_configuration?: TeamAntispamConfiguration;
}
