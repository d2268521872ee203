// Teams: generated from the OpenAPI spec; do not edit by hand.

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
  BatchGetTeamOnlineMemberCountsResult,
  BatchGetTeamsResult,
  CreateTeamResult,
  ListOnlineTeamMembersResult,
  ListTeamMembersResult,
  TeamAntispamConfiguration,
  TeamConfiguration,
  TeamCreateConfiguration,
  TeamInfoResult,
  TeamMember,
  TeamType,
} from "../types/index.js";

/** The parameters of `teams.create()`. */
export interface TeamsCreateParams {
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

/** The parameters of `teams.batchGet()`. */
export interface TeamsBatchGetParams {
  /**
   * The teams to look up, sent as a JSON array text such as `[18573968767,18573968768]`; at most 30
   * advanced teams or 20 super teams. At most 30 items. Sent as query parameter `team_ids`.
   */
  team_ids: number[];
  /** Kind of the teams: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
}

/** The parameters of `teams.createLegacy()`. */
export interface TeamsCreateLegacyParams {
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

/** The parameters of `teams.batchGetLegacy()`. */
export interface TeamsBatchGetLegacyParams {
  /**
   * The teams to look up, sent as a JSON array text such as `[18573968767,18573968768]`; at most 30
   * advanced teams or 20 super teams. At most 30 items. Sent as query parameter `team_ids`.
   */
  team_ids: number[];
  /** Kind of the teams: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
}

/** The parameters of `teams.update()`. */
export interface TeamsUpdateParams {
  /** Id of the team, as returned when it was created. Sent as path parameter `team_id`. */
  team_id: number;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** Owner or manager making the change. */
  operator_id?: string;
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

/** The parameters of `teams.disband()`. */
export interface TeamsDisbandParams {
  /** Id of the team, as returned when it was created. Sent as path parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
  /** The team's owner, who alone may disband it. Sent as query parameter `operator_id`. */
  operator_id: string;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters. Sent as query parameter `extension`.
   */
  extension?: string;
}

/** The parameters of `teams.get()`. */
export interface TeamsGetParams {
  /** Id of the team, as returned when it was created. Sent as path parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
}

/** The parameters of `teams.disbandLegacy()`. */
export interface TeamsDisbandLegacyParams {
  /** Id of the team, as returned when it was created. Sent as path parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
  /** The team's owner, who alone may disband it. Sent as query parameter `operator_id`. */
  operator_id: string;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters. Sent as query parameter `extension`.
   */
  extension?: string;
}

/** The parameters of `teams.transferOwner()`. */
export interface TeamsTransferOwnerParams {
  /** Id of the team. Sent as path parameter `team_id`. */
  team_id: number;
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

/** The parameters of `teams.addManagers()`. */
export interface TeamsAddManagersParams {
  /** Id of the team. Sent as path parameter `team_id`. */
  team_id: number;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** Members to promote to, or demote from, manager; at most 10. At most 10 items. */
  managers: string[];
  /** The owner, who alone may change managers. */
  operator_id?: string;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters.
   */
  extension?: string;
}

/** The parameters of `teams.removeManagers()`. */
export interface TeamsRemoveManagersParams {
  /** Id of the team. Sent as path parameter `team_id`. */
  team_id: number;
  /**
   * Kind of team. 1: advanced team (高级群); 2: super team (超大群), which must be enabled for the app
   * before use. Note that conversation ids and custom notifications number the same kinds 2 and 3.
   */
  team_type: TeamType;
  /** Members to promote to, or demote from, manager; at most 10. At most 10 items. */
  managers: string[];
  /** The owner, who alone may change managers. */
  operator_id?: string;
  /**
   * JSON text carried in the team notification and not stored; advanced teams only. At most 512
   * characters.
   */
  extension?: string;
}

/** The parameters of `teams.listOnlineMembers()`. */
export interface TeamsListOnlineMembersParams {
  /** Id of the advanced team. Sent as path parameter `team_id`. */
  team_id: number;
  /** Kind of the team; only 1 (advanced team) is accepted. Sent as query parameter `team_type`. */
  team_type: TeamType;
}

/** The parameters of `teams.batchGetOnlineMemberCounts()`. */
export interface TeamsBatchGetOnlineMemberCountsParams {
  /**
   * The advanced teams to count, at most 100; sent comma-separated. At most 100 items. Sent as
   * query parameter `team_ids`.
   */
  team_ids: number[];
  /** Kind of the teams; only 1 (advanced team) is accepted. Sent as query parameter `team_type`. */
  team_type: TeamType;
}

/** The parameters of `teams.listMembers()`. */
export interface TeamsListMembersParams {
  /** Id of the team. Sent as path parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
  /**
   * Which members to list. 0: all; 1: the owner and managers only; 2: normal members only. Default
   * 0; one of 0, 1, 2. Sent as query parameter `member_type`.
   */
  member_type?: number;
  /**
   * Filter by mute state. 0: all members; 1: muted members only; 2: unmuted members only. Default
   * 0; one of 0, 1, 2. Sent as query parameter `chat_banned_type`.
   */
  chat_banned_type?: number;
  /**
   * Sort order by join time: false lists the earliest members first, true the latest first. Default
   * false. Sent as query parameter `descending`.
   */
  descending?: boolean;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /** Page size, at most 100. 1 to 100. Sent as query parameter `limit`. */
  limit?: number;
}

/** The parameters of `teams.listMembersLegacy()`. */
export interface TeamsListMembersLegacyParams {
  /** Id of the team. Sent as path parameter `team_id`. */
  team_id: number;
  /** Kind of the team: 1 advanced team, 2 super team. Sent as query parameter `team_type`. */
  team_type: TeamType;
  /**
   * Which members to list. 0: all; 1: the owner and managers only; 2: normal members only. Default
   * 0; one of 0, 1, 2. Sent as query parameter `member_type`.
   */
  member_type?: number;
  /**
   * Filter by mute state. 0: all members; 1: muted members only; 2: unmuted members only. Default
   * 0; one of 0, 1, 2. Sent as query parameter `chat_banned_type`.
   */
  chat_banned_type?: number;
  /**
   * Sort order by join time: false lists the earliest members first, true the latest first. Default
   * false. Sent as query parameter `descending`.
   */
  descending?: boolean;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /** Page size, at most 100. 1 to 100. Sent as query parameter `limit`. */
  limit?: number;
}

/**
 * Create, update, transfer, disband and look up teams (advanced teams and super teams).
 *
 * Reached as `client.teams`.
 */
export class Teams extends APIResource {
  /**
   * Create a team.
   *
   * Creates an advanced team or a super team owned by `owner_account_id`, optionally inviting
   * accounts at once. Keep the returned `team_id`: every other team call needs it. Invitees that
   * cannot be added (for example because they are in too many teams) are listed in `failed_list`
   * while the team is still created. How many teams one account may create depends on the app's IM
   * package. Super teams must be enabled for the app first.
   *
   * `POST /im/v2.1/teams`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/DIwODUwMTE?platform=server
   */
  create(
    params: TeamsCreateParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<CreateTeamResult>> {
    return this._client.request<WithFailures<CreateTeamResult>>(
      {
        method: "POST",
        path: "/im/v2.1/teams",
        body: {
          owner_account_id: params.owner_account_id,
          team_type: params.team_type,
          name: params.name,
          icon: params.icon,
          announcement: params.announcement,
          intro: params.intro,
          members_limit: params.members_limit,
          server_extension: params.server_extension,
          customer_extension: params.customer_extension,
          invite_account_ids: params.invite_account_ids,
          invite_msg: params.invite_msg,
          extension: params.extension,
          configuration: params.configuration,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: false,
        name: "teams.create",
        fields: { team_info: "object", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Get several teams.
   *
   * Looks up several teams of one kind at once: at most 30 advanced teams or 20 super teams per
   * call. Teams that cannot be found do not fail the call; their ids come back in `invalid_tids`.
   *
   * `GET /im/v2.1/teams`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DAyODY4ODE?platform=server
   */
  batchGet(
    params: TeamsBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetTeamsResult>> {
    return this._client.request<WithFailures<BatchGetTeamsResult>>(
      {
        method: "GET",
        path: "/im/v2.1/teams",
        query: { team_ids: params.team_ids, team_type: params.team_type },
        queryStyles: { team_ids: "json" },
        idempotent: true,
        name: "teams.batchGet",
        fields: { team_info_list: "array", invalid_tids: "array" },
        partialFailure: { failed: "invalid_tids", succeeded: "team_info_list" },
      },
      options,
    );
  }

  /**
   * Create a team (deprecated /im/v2 form).
   *
   * The /im/v2 form of team creation, with the same body and answer as the /im/v2.1 operation,
   * which replaces it.
   *
   * `POST /im/v2/teams`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/DIwODUwMTE?platform=server
   * @deprecated Use `create` instead.
   */
  createLegacy(
    params: TeamsCreateLegacyParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<CreateTeamResult>> {
    return this._client.request<WithFailures<CreateTeamResult>>(
      {
        method: "POST",
        path: "/im/v2/teams",
        body: {
          owner_account_id: params.owner_account_id,
          team_type: params.team_type,
          name: params.name,
          icon: params.icon,
          announcement: params.announcement,
          intro: params.intro,
          members_limit: params.members_limit,
          server_extension: params.server_extension,
          customer_extension: params.customer_extension,
          invite_account_ids: params.invite_account_ids,
          invite_msg: params.invite_msg,
          extension: params.extension,
          configuration: params.configuration,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: false,
        name: "teams.createLegacy",
        deprecated: "use teams.create() instead",
        fields: { team_info: "object", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Get several teams (deprecated /im/v2 form).
   *
   * The /im/v2 form of the batch team lookup, with the same parameters and answer as the /im/v2.1
   * operation, which replaces it.
   *
   * `GET /im/v2/teams`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DAyODY4ODE?platform=server
   * @deprecated Use `batchGet` instead.
   */
  batchGetLegacy(
    params: TeamsBatchGetLegacyParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetTeamsResult>> {
    return this._client.request<WithFailures<BatchGetTeamsResult>>(
      {
        method: "GET",
        path: "/im/v2/teams",
        query: { team_ids: params.team_ids, team_type: params.team_type },
        queryStyles: { team_ids: "json" },
        idempotent: true,
        name: "teams.batchGetLegacy",
        deprecated: "use teams.batchGet() instead",
        fields: { team_info_list: "array", invalid_tids: "array" },
        partialFailure: { failed: "invalid_tids", succeeded: "team_info_list" },
      },
      options,
    );
  }

  /**
   * Update a team.
   *
   * Changes the name, icon, texts, member limit, extensions or permission settings of a team; only
   * the fields given are changed. Setting `configuration.chat_banned_mode` mutes or unmutes the
   * whole team. The owner or a manager makes the change (or every member may, when the team's
   * `update_team_info_mode` allows it), and the members receive a team notification.
   *
   * `PATCH /im/v2.1/teams/{team_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jE2MTc1Mjk?platform=server
   */
  update(params: TeamsUpdateParams, options?: RequestOptions): APIPromise<TeamInfoResult> {
    return this._client.request<TeamInfoResult>(
      {
        method: "PATCH",
        path: path`/im/v2.1/teams/${params.team_id}`,
        body: {
          team_type: params.team_type,
          operator_id: params.operator_id,
          name: params.name,
          icon: params.icon,
          announcement: params.announcement,
          intro: params.intro,
          members_limit: params.members_limit,
          server_extension: params.server_extension,
          customer_extension: params.customer_extension,
          extension: params.extension,
          configuration: params.configuration,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: true,
        name: "teams.update",
        fields: { team_info: "object" },
      },
      options,
    );
  }

  /**
   * Disband a team.
   *
   * Disbands a team for good; only its owner can do so. The members receive a team notification
   * that may carry `extension` (advanced teams only).
   *
   * `DELETE /im/v2.1/teams/{team_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zk0NDkwOTc?platform=server
   */
  disband(params: TeamsDisbandParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2.1/teams/${params.team_id}`,
        query: {
          team_type: params.team_type,
          operator_id: params.operator_id,
          extension: params.extension,
        },
        idempotent: true,
        name: "teams.disband",
      },
      options,
    );
  }

  /**
   * Get a team.
   *
   * Returns the attributes and permission settings of one team.
   *
   * `GET /im/v2.1/teams/{team_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DI1Nzc3MDY?platform=server
   */
  get(params: TeamsGetParams, options?: RequestOptions): APIPromise<TeamInfoResult> {
    return this._client.request<TeamInfoResult>(
      {
        method: "GET",
        path: path`/im/v2.1/teams/${params.team_id}`,
        query: { team_type: params.team_type },
        idempotent: true,
        name: "teams.get",
        fields: { team_info: "object" },
      },
      options,
    );
  }

  /**
   * Disband a team (deprecated /im/v2 form).
   *
   * The /im/v2 form of disbanding a team, replaced by the /im/v2.1 operation. Only the owner can
   * disband a team.
   *
   * `DELETE /im/v2/teams/{team_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zk0NDkwOTc?platform=server
   * @deprecated Use `disband` instead.
   */
  disbandLegacy(params: TeamsDisbandLegacyParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/teams/${params.team_id}`,
        query: {
          team_type: params.team_type,
          operator_id: params.operator_id,
          extension: params.extension,
        },
        idempotent: true,
        name: "teams.disbandLegacy",
        deprecated: "use teams.disband() instead",
      },
      options,
    );
  }

  /**
   * Transfer the ownership of a team.
   *
   * Makes another member the owner of the team. The old owner either leaves the team (`leave` 1) or
   * stays as a normal member (`leave` 2). The members receive a team notification.
   *
   * `PATCH /im/v2/teams/{team_id}/actions/transfer_owner`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zI5NTYzNTg?platform=server
   */
  transferOwner(params: TeamsTransferOwnerParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/teams/${params.team_id}/actions/transfer_owner`,
        body: {
          team_type: params.team_type,
          new_owner_account_id: params.new_owner_account_id,
          leave: params.leave,
          extension: params.extension,
        },
        idempotent: false,
        name: "teams.transferOwner",
      },
      options,
    );
  }

  /**
   * Add managers to a team.
   *
   * Promotes up to 10 members to manager (管理员). Only the owner can do this. The members receive a
   * team notification.
   *
   * `POST /im/v2/teams/{team_id}/actions/add_manager`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DY0MTgxNzE?platform=server
   */
  addManagers(params: TeamsAddManagersParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: path`/im/v2/teams/${params.team_id}/actions/add_manager`,
        body: {
          team_type: params.team_type,
          managers: params.managers,
          operator_id: params.operator_id,
          extension: params.extension,
        },
        idempotent: false,
        name: "teams.addManagers",
      },
      options,
    );
  }

  /**
   * Remove managers from a team.
   *
   * Turns up to 10 managers back into normal members. Only the owner can do this. Unlike most
   * DELETE operations, this one sends its parameters in a JSON body.
   *
   * `DELETE /im/v2/teams/{team_id}/actions/remove_manager`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TAxNTIzNjU?platform=server
   */
  removeManagers(params: TeamsRemoveManagersParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/teams/${params.team_id}/actions/remove_manager`,
        body: {
          team_type: params.team_type,
          managers: params.managers,
          operator_id: params.operator_id,
          extension: params.extension,
        },
        idempotent: true,
        name: "teams.removeManagers",
      },
      options,
    );
  }

  /**
   * List the online members of an advanced team.
   *
   * Returns every member of an advanced team that is online now, with each logged-in client. Not
   * paged. Only advanced teams are supported, and only on the IM flagship (旗舰版) package or above. A
   * team that does not exist answers code 108404.
   *
   * `GET /im/v2/teams/{team_id}/actions/list_online_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jAyMTkyOTA?platform=server
   */
  listOnlineMembers(
    params: TeamsListOnlineMembersParams,
    options?: RequestOptions,
  ): APIPromise<ListOnlineTeamMembersResult> {
    return this._client.request<ListOnlineTeamMembersResult>(
      {
        method: "GET",
        path: path`/im/v2/teams/${params.team_id}/actions/list_online_members`,
        query: { team_type: params.team_type },
        idempotent: true,
        name: "teams.listOnlineMembers",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Count the online members of several advanced teams.
   *
   * Returns the online and offline member counts of up to 100 advanced teams. Teams that cannot be
   * counted are listed in `failed_list` without failing the call. Only advanced teams are
   * supported, and only on the IM flagship (旗舰版) package or above.
   *
   * `GET /im/v2/teams/actions/online_members_count`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DQzMjczMDg?platform=server
   */
  batchGetOnlineMemberCounts(
    params: TeamsBatchGetOnlineMemberCountsParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetTeamOnlineMemberCountsResult>> {
    return this._client.request<WithFailures<BatchGetTeamOnlineMemberCountsResult>>(
      {
        method: "GET",
        path: "/im/v2/teams/actions/online_members_count",
        query: { team_ids: params.team_ids, team_type: params.team_type },
        idempotent: true,
        name: "teams.batchGetOnlineMemberCounts",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "team_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * List the members of a team.
   *
   * Pages through the members of a team, sorted by join time. Filters select the owner and managers
   * or the normal members, and muted or unmuted members, so the same call also lists a team's
   * managers or its mute list. Pass `next_token` back as `page_token` while `has_more` is true.
   *
   * `GET /im/v2.1/teams/{team_id}/actions/list_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zIxNTk1Mzc?platform=server
   */
  listMembers(
    params: TeamsListMembersParams,
    options?: PageRequestOptions,
  ): PagePromise<TeamMember, ListTeamMembersResult> {
    return this._client.paginate<TeamMember, ListTeamMembersResult>(
      {
        method: "GET",
        path: path`/im/v2.1/teams/${params.team_id}/actions/list_members`,
        query: {
          team_type: params.team_type,
          member_type: params.member_type,
          chat_banned_type: params.chat_banned_type,
          descending: params.descending,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "teams.listMembers",
        fields: { has_more: "boolean", next_token: "string", items: "array" },
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "items",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }

  /**
   * List the members of a team (deprecated /im/v2 form).
   *
   * The /im/v2 form of the paged member list, with the same parameters and answer as the /im/v2.1
   * operation, which replaces it.
   *
   * `GET /im/v2/teams/{team_id}/actions/list_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zIxNTk1Mzc?platform=server
   * @deprecated Use `listMembers` instead.
   */
  listMembersLegacy(
    params: TeamsListMembersLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<TeamMember, ListTeamMembersResult> {
    return this._client.paginate<TeamMember, ListTeamMembersResult>(
      {
        method: "GET",
        path: path`/im/v2/teams/${params.team_id}/actions/list_members`,
        query: {
          team_type: params.team_type,
          member_type: params.member_type,
          chat_banned_type: params.chat_banned_type,
          descending: params.descending,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "teams.listMembersLegacy",
        deprecated: "use teams.listMembers() instead",
        fields: { has_more: "boolean", next_token: "string", items: "array" },
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "items",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }
}
