// Team members: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
  type WithFailures,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AccountBatchResult,
  JoinedTeam,
  ListJoinedTeamsResult,
  TeamMember,
  TeamMessageNotifyState,
  TeamSpecialFollowUpdate,
  TeamType,
} from "../types/index.js";

/** The parameters of `teamMembers.invite()`. */
export interface TeamMembersInviteParams {
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

/** The parameters of `teamMembers.kick()`. */
export interface TeamMembersKickParams {
  /** The owner or a manager who removes the members. Sent as query parameter `operator_id`. */
  operator_id: string;
  /** The team. Sent as query parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
  /**
   * Members to remove, at most 10; sent comma-separated. At most 10 items. Sent as query parameter
   * `kick_account_ids`.
   */
  kick_account_ids: string[];
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters. Sent as query parameter `extension`.
   */
  extension?: string;
}

/** The parameters of `teamMembers.leave()`. */
export interface TeamMembersLeaveParams {
  /** The member that leaves. Sent as query parameter `account_id`. */
  account_id: string;
  /** The team. Sent as query parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
  /**
   * Custom text carried in the team notification; its limits are not documented. Sent as query
   * parameter `extension`.
   */
  extension?: string;
}

/** The parameters of `teamMembers.update()`. */
export interface TeamMembersUpdateParams {
  /** The member to update. Sent as path parameter `account_id`. */
  account_id: string;
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

/** The parameters of `teamMembers.updateLegacy()`. */
export interface TeamMembersUpdateLegacyParams {
  /** The member to update. Sent as path parameter `account_id`. */
  account_id: string;
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

/** The parameters of `teamMembers.batchMute()`. */
export interface TeamMembersBatchMuteParams {
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

/** The parameters of `teamMembers.listJoinedTeams()`. */
export interface TeamMembersListJoinedTeamsParams {
  /** The account whose teams are listed. Sent as path parameter `account_id`. */
  account_id: string;
  /**
   * Kind of teams to list: 1 advanced teams, 2 super teams. Sent as query parameter `team_type`.
   */
  team_type: TeamType;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /** Page size, at most 100. 1 to 100. Sent as query parameter `limit`. */
  limit?: number;
  /**
   * 1 adds the account's own membership to each team as `member_info`; 0 leaves it out. Default 0;
   * one of 0, 1. Sent as query parameter `need_return_member_info`.
   */
  need_return_member_info?: number;
}

/** The parameters of `teamMembers.listJoinedTeamsLegacy()`. */
export interface TeamMembersListJoinedTeamsLegacyParams {
  /** The account whose teams are listed. Sent as path parameter `account_id`. */
  account_id: string;
  /**
   * Kind of teams to list: 1 advanced teams, 2 super teams. Sent as query parameter `team_type`.
   */
  team_type: TeamType;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /** Page size, at most 100. 1 to 100. Sent as query parameter `limit`. */
  limit?: number;
  /**
   * 1 adds the account's own membership to each team as `member_info`; 0 leaves it out. Default 0;
   * one of 0, 1. Sent as query parameter `need_return_member_info`.
   */
  need_return_member_info?: number;
}

/**
 * Invite, remove, mute and update the members of a team, and list an account's teams.
 *
 * Reached as `client.teamMembers`.
 */
export class TeamMembers extends APIResource {
  /**
   * Invite accounts into a team.
   *
   * Invites up to 200 accounts into a team. Whether they join at once or must accept first depends
   * on the team's `agree_mode`. Accounts that cannot be invited are listed in `failed_list` without
   * failing the call. The inviter must be the owner or a manager unless the team's `invite_mode`
   * lets every member invite.
   *
   * `POST /im/v2/team_members`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jc0MjY4NzA?platform=server
   */
  invite(
    params: TeamMembersInviteParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<AccountBatchResult>> {
    return this._client.request<WithFailures<AccountBatchResult>>(
      {
        method: "POST",
        path: "/im/v2/team_members",
        body: {
          operator_id: params.operator_id,
          team_id: params.team_id,
          team_type: params.team_type,
          invite_account_ids: params.invite_account_ids,
          msg: params.msg,
          extension: params.extension,
        },
        idempotent: false,
        name: "teamMembers.invite",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Remove members from a team.
   *
   * Removes up to 10 members from a team. The owner may remove anyone; managers may remove only
   * normal members. Accounts that cannot be removed are listed in `failed_list` without failing the
   * call. The members receive a team notification that may carry `extension` (advanced teams only).
   *
   * `DELETE /im/v2/team_members/actions/kick_member`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TkzNTM5NTI?platform=server
   */
  kick(
    params: TeamMembersKickParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<AccountBatchResult>> {
    return this._client.request<WithFailures<AccountBatchResult>>(
      {
        method: "DELETE",
        path: "/im/v2/team_members/actions/kick_member",
        query: {
          operator_id: params.operator_id,
          team_id: params.team_id,
          team_type: params.team_type,
          kick_account_ids: params.kick_account_ids,
          extension: params.extension,
        },
        idempotent: true,
        name: "teamMembers.kick",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Make an account leave a team.
   *
   * Makes a member leave a team of its own accord. The owner cannot leave: transfer the ownership
   * first, or disband the team.
   *
   * `DELETE /im/v2/team_members/actions/leave`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DI0MTg0ODg?platform=server
   */
  leave(params: TeamMembersLeaveParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: "/im/v2/team_members/actions/leave",
        query: {
          account_id: params.account_id,
          team_id: params.team_id,
          team_type: params.team_type,
          extension: params.extension,
        },
        idempotent: true,
        name: "teamMembers.leave",
      },
      options,
    );
  }

  /**
   * Update a team member.
   *
   * Changes one member's nickname in the team, mute state, message alerts, server extension or
   * special-follow list; only the fields given are changed. The owner or a manager may edit normal
   * members; only the owner may edit managers.
   *
   * `PATCH /im/v2.1/team_members/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TQ4MzM2NTk?platform=server
   */
  update(params: TeamMembersUpdateParams, options?: RequestOptions): APIPromise<TeamMember> {
    return this._client.request<TeamMember>(
      {
        method: "PATCH",
        path: path`/im/v2.1/team_members/${params.account_id}`,
        body: {
          operator_id: params.operator_id,
          team_type: params.team_type,
          team_id: params.team_id,
          team_nick: params.team_nick,
          chat_banned: params.chat_banned,
          message_notify_state: params.message_notify_state,
          extension: params.extension,
          server_extension: params.server_extension,
          special_follow_update_info: params.special_follow_update_info,
        },
        idempotent: true,
        name: "teamMembers.update",
        fields: {
          team_id: "integer",
          account_id: "string",
          member_role: "integer",
          team_nick: "string",
          chat_banned: "boolean",
          invitor_account_id: "string",
          server_extension: "string",
          message_notify_state: "integer",
          follow_account_ids: "array",
          join_time: "integer",
          create_time: "integer",
          update_time: "integer",
        },
      },
      options,
    );
  }

  /**
   * Update a team member (deprecated /im/v2 form).
   *
   * The /im/v2 form of the member update, with the same body and answer as the /im/v2.1 operation,
   * which replaces it.
   *
   * `PATCH /im/v2/team_members/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TQ4MzM2NTk?platform=server
   * @deprecated Use `update` instead.
   */
  updateLegacy(
    params: TeamMembersUpdateLegacyParams,
    options?: RequestOptions,
  ): APIPromise<TeamMember> {
    return this._client.request<TeamMember>(
      {
        method: "PATCH",
        path: path`/im/v2/team_members/${params.account_id}`,
        body: {
          operator_id: params.operator_id,
          team_type: params.team_type,
          team_id: params.team_id,
          team_nick: params.team_nick,
          chat_banned: params.chat_banned,
          message_notify_state: params.message_notify_state,
          extension: params.extension,
          server_extension: params.server_extension,
          special_follow_update_info: params.special_follow_update_info,
        },
        idempotent: true,
        name: "teamMembers.updateLegacy",
        deprecated: "use teamMembers.update() instead",
        fields: {
          team_id: "integer",
          account_id: "string",
          member_role: "integer",
          team_nick: "string",
          chat_banned: "boolean",
          invitor_account_id: "string",
          server_extension: "string",
          message_notify_state: "integer",
          follow_account_ids: "array",
          join_time: "integer",
          create_time: "integer",
          update_time: "integer",
        },
      },
      options,
    );
  }

  /**
   * Mute or unmute several team members.
   *
   * Mutes (`chat_banned` true) or unmutes up to 10 members of a team. In advanced teams only the
   * owner may do this. In super teams the owner may mute anyone and managers may mute normal
   * members, but not each other. Accounts that cannot be changed are listed in `failed_list`
   * without failing the call.
   *
   * `PATCH /im/v2/team_members/actions/batch_mute`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/DkyNjI4ODk?platform=server
   */
  batchMute(
    params: TeamMembersBatchMuteParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<AccountBatchResult>> {
    return this._client.request<WithFailures<AccountBatchResult>>(
      {
        method: "PATCH",
        path: "/im/v2/team_members/actions/batch_mute",
        body: {
          operator_id: params.operator_id,
          team_type: params.team_type,
          team_id: params.team_id,
          chat_ban_account_ids: params.chat_ban_account_ids,
          chat_banned: params.chat_banned,
        },
        idempotent: true,
        name: "teamMembers.batchMute",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * List the teams an account has joined.
   *
   * Pages through the advanced or super teams an account belongs to. With `need_return_member_info`
   * 1 each team also carries the account's own membership in `member_info`. Pass `next_token` back
   * as `page_token` while `has_more` is true.
   *
   * `GET /im/v2.1/team_members/{account_id}/actions/joined_teams`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TkwODkwNTQ?platform=server
   */
  listJoinedTeams(
    params: TeamMembersListJoinedTeamsParams,
    options?: PageRequestOptions,
  ): PagePromise<JoinedTeam, ListJoinedTeamsResult> {
    return this._client.paginate<JoinedTeam, ListJoinedTeamsResult>(
      {
        method: "GET",
        path: path`/im/v2.1/team_members/${params.account_id}/actions/joined_teams`,
        query: {
          team_type: params.team_type,
          page_token: params.page_token,
          limit: params.limit,
          need_return_member_info: params.need_return_member_info,
        },
        idempotent: true,
        name: "teamMembers.listJoinedTeams",
        fields: { has_more: "boolean", next_token: "string", team_info_list: "array" },
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "team_info_list",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }

  /**
   * List the teams an account has joined (deprecated /im/v2 form).
   *
   * The /im/v2 form of the paged list of joined teams, with the same parameters and answer as the
   * /im/v2.1 operation, which replaces it.
   *
   * `GET /im/v2/team_members/{account_id}/actions/joined_teams`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TkwODkwNTQ?platform=server
   * @deprecated Use `listJoinedTeams` instead.
   */
  listJoinedTeamsLegacy(
    params: TeamMembersListJoinedTeamsLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<JoinedTeam, ListJoinedTeamsResult> {
    return this._client.paginate<JoinedTeam, ListJoinedTeamsResult>(
      {
        method: "GET",
        path: path`/im/v2/team_members/${params.account_id}/actions/joined_teams`,
        query: {
          team_type: params.team_type,
          page_token: params.page_token,
          limit: params.limit,
          need_return_member_info: params.need_return_member_info,
        },
        idempotent: true,
        name: "teamMembers.listJoinedTeamsLegacy",
        deprecated: "use teamMembers.listJoinedTeams() instead",
        fields: { has_more: "boolean", next_token: "string", team_info_list: "array" },
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "team_info_list",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }
}
