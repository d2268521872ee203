// Users: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, path, type RequestOptions, type WithFailures } from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AntispamConfiguration,
  BatchGetUsersResult,
  Gender,
  User,
  UsersOnlineStatusResult,
} from "../types/index.js";

/** The parameters of `users.update()`. */
export interface UsersUpdateParams {
  /**
   * The account whose user card is updated or read. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** Nickname. At most 64 characters. */
  name?: string;
  /** URL of the avatar image. At most 1024 characters. */
  avatar?: string;
  /** Personal signature. At most 256 characters. */
  sign?: string;
  /** Email address; may be an empty string. At most 64 characters. */
  email?: string;
  /** Birthday, in any format you choose. At most 16 characters. */
  birthday?: string;
  /**
   * Phone number; numbers outside mainland China need their country code, such as `+1-2025550123`.
   * At most 32 characters.
   */
  mobile?: string;
  /** Gender on a user card. 0: not given; 1: male; 2: female. */
  gender?: Gender;
  /** Extension of your own. At most 1024 characters. */
  extension?: string;
  /**
   * How `email` is validated. Only the Java SDK sends this field and its values are not documented.
   */
  email_validation_mode?: number;
  /** Content-moderation settings for the user card sent with the request. */
  antispam_configuration?: AntispamConfiguration;
}

/** The parameters of `users.get()`. */
export interface UsersGetParams {
  /**
   * The account whose user card is updated or read. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
}

/** The parameters of `users.batchGet()`. */
export interface UsersBatchGetParams {
  /**
   * The accounts to look up, at most 100; sent comma-separated. At most 100 items. Sent as query
   * parameter `account_ids`.
   */
  account_ids: string[];
}

/** The parameters of `users.getOnlineStatus()`. */
export interface UsersGetOnlineStatusParams {
  /** The accounts to check, at most 100. At most 100 items. */
  account_ids: string[];
}

/**
 * Read and update the public user cards (名片) of accounts, and their online status.
 *
 * Reached as `client.users`.
 */
export class Users extends APIResource {
  /**
   * Update the user card of an account.
   *
   * Changes the public user card (名片) of an account: nickname, avatar, signature, email, birthday,
   * phone number, gender and extension. Send only the fields to change. The text goes through
   * content moderation, which `antispam_configuration` can tune for this call. The card is visible
   * to other users, for example in teams and chatrooms, so keep private data out of it. Returns the
   * card after the change.
   *
   * `PATCH /im/v2/users/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  update(params: UsersUpdateParams, options?: RequestOptions): APIPromise<User> {
    return this._client.request<User>(
      {
        method: "PATCH",
        path: path`/im/v2/users/${params.account_id}`,
        body: {
          name: params.name,
          avatar: params.avatar,
          sign: params.sign,
          email: params.email,
          birthday: params.birthday,
          mobile: params.mobile,
          gender: params.gender,
          extension: params.extension,
          email_validation_mode: params.email_validation_mode,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: true,
        name: "users.update",
        fields: {
          name: "string",
          avatar: "string",
          sign: "string",
          email: "string",
          birthday: "string",
          mobile: "string",
          gender: "integer",
          extension: "string",
          email_validation_mode: "integer",
          account_id: "string",
        },
      },
      options,
    );
  }

  /**
   * Get the user card of an account.
   *
   * Reads the public user card (名片) of one account.
   *
   * `GET /im/v2/users/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  get(params: UsersGetParams, options?: RequestOptions): APIPromise<User> {
    return this._client.request<User>(
      {
        method: "GET",
        path: path`/im/v2/users/${params.account_id}`,
        idempotent: true,
        name: "users.get",
        fields: {
          name: "string",
          avatar: "string",
          sign: "string",
          email: "string",
          birthday: "string",
          mobile: "string",
          gender: "integer",
          extension: "string",
          email_validation_mode: "integer",
          account_id: "string",
        },
      },
      options,
    );
  }

  /**
   * Get the user cards of several accounts.
   *
   * Reads the user cards of up to 100 accounts in one call. Accounts that cannot be read do not
   * fail the call: they come back in `failed_list` with a reason, next to the cards found in
   * `success_list`.
   *
   * `GET /im/v2/users`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  batchGet(
    params: UsersBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetUsersResult>> {
    return this._client.request<WithFailures<BatchGetUsersResult>>(
      {
        method: "GET",
        path: "/im/v2/users",
        query: { account_ids: params.account_ids },
        idempotent: true,
        name: "users.batchGet",
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
   * Get the online status of several accounts.
   *
   * Tells for up to 100 accounts on which kinds of client each one is logged in, and since when.
   * Accounts that cannot be checked are listed in `failed_list` without failing the call. The ids
   * go in the body, so this read is a POST; it changes nothing and is safe to repeat.
   *
   * `POST /im/v2/users/actions/online_status`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  getOnlineStatus(
    params: UsersGetOnlineStatusParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<UsersOnlineStatusResult>> {
    return this._client.request<WithFailures<UsersOnlineStatusResult>>(
      {
        method: "POST",
        path: "/im/v2/users/actions/online_status",
        body: { account_ids: params.account_ids },
        idempotent: true,
        name: "users.getOnlineStatus",
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
}
