// Accounts: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, path, type RequestOptions, type WithFailures } from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  Account,
  AccountConfiguration,
  AccountWithToken,
  AntispamConfiguration,
  BatchGetAccountsResult,
  CreatedAccount,
  KickAccountResult,
  KickType,
  UserInformation,
} from "../types/index.js";

/** The parameters of `accounts.create()`. */
export interface AccountsCreateParams {
  /**
   * The new account id: letters, digits, `_`, `@`, `.` and `-`. The server stores it in lower case,
   * so keep the id that the response returns. 1 to 32 characters; pattern `^[A-Za-z0-9_@.\-]+$`.
   */
  account_id: string;
  /**
   * Login token for the account. The server generates one when it is left out; it does not expire
   * until changed. At most 128 characters.
   */
  token?: string;
  /** Switches stored with an account. */
  configuration?: AccountConfiguration;
  /** The public user card (名片) of an account. Text fields go through content moderation. */
  user_information?: UserInformation;
  /** Content-moderation settings for the user card sent with the request. */
  antispam_configuration?: AntispamConfiguration;
}

/** The parameters of `accounts.batchGet()`. */
export interface AccountsBatchGetParams {
  /**
   * The accounts to look up; sent comma-separated, as the Java SDK does. Sent as query parameter
   * `account_ids`.
   */
  account_ids: string[];
}

/** The parameters of `accounts.update()`. */
export interface AccountsUpdateParams {
  /**
   * The IM account to update or read. At most 32 characters. Sent as path parameter `account_id`.
   */
  account_id: string;
  /** New login token of your choice. The old token stops working. At most 128 characters. */
  token?: string;
  /** Switches stored with an account. */
  configuration?: AccountConfiguration;
  /** Force the account's logged-in clients offline after the change. Default false. */
  need_kick?: boolean;
  /** Extension delivered to the clients forced offline by `need_kick`. At most 256 characters. */
  kick_notify_extension?: string;
  /** The public user card (名片) of an account. Text fields go through content moderation. */
  user_information?: UserInformation;
}

/** The parameters of `accounts.get()`. */
export interface AccountsGetParams {
  /**
   * The IM account to update or read. At most 32 characters. Sent as path parameter `account_id`.
   */
  account_id: string;
}

/** The parameters of `accounts.refreshToken()`. */
export interface AccountsRefreshTokenParams {
  /**
   * The IM account whose login token is replaced. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
}

/** The parameters of `accounts.disable()`. */
export interface AccountsDisableParams {
  /** The IM account to ban or unban. At most 32 characters. Sent as path parameter `account_id`. */
  account_id: string;
  /**
   * false bans the account (it can no longer log in); true lifts the ban. The Java SDK always sends
   * it.
   */
  enabled?: boolean;
  /** Also force the account's logged-in clients offline at once. */
  need_kick?: boolean;
  /**
   * Extension delivered to the clients forced offline by `need_kick`. The limit is the one Apifox
   * gives for the same field of the account update. At most 256 characters.
   */
  kick_notify_extension?: string;
}

/** The parameters of `accounts.setPushConfig()`. */
export interface AccountsSetPushConfigParams {
  /**
   * The IM account whose push setting is changed. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * true keeps sending pushes to the account's mobile devices while one of its desktop clients is
   * online; false stops them.
   */
  push_enabled_when_desktop_online?: boolean;
}

/** The parameters of `accounts.kick()`. */
export interface AccountsKickParams {
  /**
   * The IM account whose devices are logged out. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * Which devices a forced logout applies to. 1: every device of the account; 2: the devices in
   * `device_id_list`; 3: every device except those in `device_id_list`.
   */
  type?: KickType;
  /**
   * Devices to log out (type 2) or to keep (type 3), at most 20. Not needed with type 1. At most 20
   * items.
   */
  device_id_list?: string[];
  /** Extension delivered to the clients that are logged out. At most 256 characters. */
  kick_notify_extension?: string;
}

/**
 * Register IM accounts and manage their settings, tokens and login state.
 *
 * Reached as `client.accounts`.
 */
export class Accounts extends APIResource {
  /**
   * Register an IM account.
   *
   * Creates an IM account, optionally with its login token, settings and user card. Accounts made
   * through the API do not appear in the console, so keep the returned id and token on your server.
   *
   * `POST /im/v2/accounts`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TQyNjgyMzc?platform=server
   */
  create(params: AccountsCreateParams, options?: RequestOptions): APIPromise<CreatedAccount> {
    return this._client.request<CreatedAccount>(
      {
        method: "POST",
        path: "/im/v2/accounts",
        body: {
          account_id: params.account_id,
          token: params.token,
          configuration: params.configuration,
          user_information: params.user_information,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: false,
        name: "accounts.create",
        fields: {
          account_id: "string",
          token: "string",
          configuration: "object",
          user_information: "object",
        },
      },
      options,
    );
  }

  /**
   * Get the settings of several accounts.
   *
   * Looks up the settings (`configuration`) of several accounts in one call. Ids that cannot be
   * read do not fail the call: they come back in `failed_list` with a reason (102404 when the
   * account does not exist), next to the accounts found in `success_list`. The largest number of
   * ids per call is not documented.
   *
   * `GET /im/v2/accounts`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147175988
   */
  batchGet(
    params: AccountsBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetAccountsResult>> {
    return this._client.request<WithFailures<BatchGetAccountsResult>>(
      {
        method: "GET",
        path: "/im/v2/accounts",
        query: { account_ids: params.account_ids },
        idempotent: true,
        name: "accounts.batchGet",
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
   * Update the token, settings or user card of an account.
   *
   * Changes what is stored with an account: its login token (use this to set a token of your
   * choice; `refresh_token` makes a random one), its switches in `configuration` (enabled, the
   * per-module mutes, desktop-online push) and its user card. Send only the fields to change. With
   * `need_kick` the account's logged-in clients are forced offline, for example after a new token
   * was set. Returns the account's id, token and settings after the change.
   *
   * `PATCH /im/v2/accounts/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147081129
   */
  update(params: AccountsUpdateParams, options?: RequestOptions): APIPromise<AccountWithToken> {
    return this._client.request<AccountWithToken>(
      {
        method: "PATCH",
        path: path`/im/v2/accounts/${params.account_id}`,
        body: {
          token: params.token,
          configuration: params.configuration,
          need_kick: params.need_kick,
          kick_notify_extension: params.kick_notify_extension,
          user_information: params.user_information,
        },
        idempotent: true,
        name: "accounts.update",
        fields: { account_id: "string", configuration: "object", token: "string" },
      },
      options,
    );
  }

  /**
   * Get the settings of an account.
   *
   * Reads the switches stored with one account (`configuration`): whether it is enabled, its mutes
   * per module and its desktop-online push setting. The login token is not returned.
   *
   * `GET /im/v2/accounts/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  get(params: AccountsGetParams, options?: RequestOptions): APIPromise<Account> {
    return this._client.request<Account>(
      {
        method: "GET",
        path: path`/im/v2/accounts/${params.account_id}`,
        idempotent: true,
        name: "accounts.get",
        fields: { account_id: "string", configuration: "object" },
      },
      options,
    );
  }

  /**
   * Replace the login token of an account with a random one.
   *
   * Has the server generate a new random login token for the account and returns it. The old token
   * stops working, so store the new one on your server and make sure clients log in with it. To set
   * a token of your choice, use the account update instead. The call has no body. Calling it again
   * generates yet another token, so it is not retried automatically.
   *
   * `PATCH /im/v2/accounts/{account_id}/actions/refresh_token`; not retried once it may have
   * reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DUwODIwMTg?platform=server
   */
  refreshToken(
    params: AccountsRefreshTokenParams,
    options?: RequestOptions,
  ): APIPromise<AccountWithToken> {
    return this._client.request<AccountWithToken>(
      {
        method: "PATCH",
        path: path`/im/v2/accounts/${params.account_id}/actions/refresh_token`,
        idempotent: false,
        name: "accounts.refreshToken",
        fields: { account_id: "string", configuration: "object", token: "string" },
      },
      options,
    );
  }

  /**
   * Ban or unban an account.
   *
   * Sets whether the account may log in and be used: `enabled: false` bans it, `enabled: true`
   * lifts the ban. With `need_kick` its logged-in clients are also forced offline at once and
   * receive `kick_notify_extension`. Returns the account's settings after the change. The body is
   * known only from the Java SDK; the documentation pages describe no fields.
   *
   * `PATCH /im/v2/accounts/{account_id}/actions/disable`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  disable(params: AccountsDisableParams, options?: RequestOptions): APIPromise<Account> {
    return this._client.request<Account>(
      {
        method: "PATCH",
        path: path`/im/v2/accounts/${params.account_id}/actions/disable`,
        body: {
          enabled: params.enabled,
          need_kick: params.need_kick,
          kick_notify_extension: params.kick_notify_extension,
        },
        idempotent: true,
        name: "accounts.disable",
        fields: { account_id: "string", configuration: "object" },
      },
      options,
    );
  }

  /**
   * Set whether mobile pushes continue while a desktop client is online.
   *
   * Changes one switch of the account: whether its mobile devices still receive push notifications
   * while one of its desktop clients is online. Returns the account's settings after the change.
   * The body is known only from the Java SDK; the documentation pages describe no fields.
   *
   * `PATCH /im/v2/accounts/{account_id}/actions/push_config`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  setPushConfig(
    params: AccountsSetPushConfigParams,
    options?: RequestOptions,
  ): APIPromise<Account> {
    return this._client.request<Account>(
      {
        method: "PATCH",
        path: path`/im/v2/accounts/${params.account_id}/actions/push_config`,
        body: { push_enabled_when_desktop_online: params.push_enabled_when_desktop_online },
        idempotent: true,
        name: "accounts.setPushConfig",
        fields: { account_id: "string", configuration: "object" },
      },
      options,
    );
  }

  /**
   * Force devices of an account to log out.
   *
   * Logs the account out on all of its devices, on the listed devices, or on every device except
   * the listed ones (`type`). The kicked clients receive `kick_notify_extension`. Unlike a ban, the
   * account can log in again at once. Devices that could not be logged out are listed in
   * `failed_list` without failing the call. Sending the call again may log out devices that logged
   * in again in between, so it is not retried automatically.
   *
   * `POST /im/v2/accounts/{account_id}/actions/kick`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-259119576
   */
  kick(
    params: AccountsKickParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<KickAccountResult>> {
    return this._client.request<WithFailures<KickAccountResult>>(
      {
        method: "POST",
        path: path`/im/v2/accounts/${params.account_id}/actions/kick`,
        body: {
          type: params.type,
          device_id_list: params.device_id_list,
          kick_notify_extension: params.kick_notify_extension,
        },
        idempotent: false,
        name: "accounts.kick",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "device_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }
}
