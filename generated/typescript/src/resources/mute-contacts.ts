// Mute list: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type { ContactPage } from "../types/index.js";

/** The parameters of `muteContacts.list()`. */
export interface MuteContactsListParams {
  /**
   * The account whose mute list is read. At most 32 characters. Sent as query parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * Cursor from the previous page's `next_token`; leave it out to start at the beginning. Sent as
   * query parameter `page_token`.
   */
  page_token?: string;
  /**
   * Accounts per page; the default and maximum are not documented. Sent as query parameter `limit`.
   */
  limit?: number;
}

/** The parameters of `muteContacts.add()`. */
export interface MuteContactsAddParams {
  /** The account that owns the list. At most 32 characters. */
  account_id: string;
  /** The account to put on the list. At most 32 characters. */
  contact_account_id: string;
}

/** The parameters of `muteContacts.remove()`. */
export interface MuteContactsRemoveParams {
  /**
   * The account that owns the mute list. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * The account to take off the mute list. At most 32 characters. Sent as query parameter
   * `contact_account_id`.
   */
  contact_account_id: string;
}

/**
 * Accounts whose messages another account does not want to be notified about.
 *
 * Reached as `client.muteContacts`.
 */
export class MuteContacts extends APIResource {
  /**
   * List the accounts an account has muted.
   *
   * Lists, page by page, the accounts whose messages the given account has muted: it still receives
   * their messages but is not notified of them. Pass `next_token` back as `page_token` while
   * `has_more` is true. The page-size default and maximum are not documented.
   *
   * `GET /im/v2/mute_contacts`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/Tg4MDk4NzA?platform=server
   */
  list(
    params: MuteContactsListParams,
    options?: PageRequestOptions,
  ): PagePromise<string, ContactPage> {
    return this._client.paginate<string, ContactPage>(
      {
        method: "GET",
        path: "/im/v2/mute_contacts",
        query: {
          account_id: params.account_id,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "muteContacts.list",
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
   * Mute another account for an account.
   *
   * Puts `contact_account_id` on the mute list of `account_id`, so that `account_id` is no longer
   * notified of its messages. Sending the call twice leaves the same list, so it may be retried.
   *
   * `POST /im/v2/mute_contacts`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DEzNTg0Nzg?platform=server
   */
  add(params: MuteContactsAddParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/mute_contacts",
        body: { account_id: params.account_id, contact_account_id: params.contact_account_id },
        idempotent: true,
        name: "muteContacts.add",
      },
      options,
    );
  }

  /**
   * Unmute an account for an account.
   *
   * Takes `contact_account_id` off the mute list of the account in the path, so that the account is
   * notified of its messages again.
   *
   * `DELETE /im/v2/mute_contacts/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jk1MTE5Nzc?platform=server
   */
  remove(params: MuteContactsRemoveParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/mute_contacts/${params.account_id}`,
        query: { contact_account_id: params.contact_account_id },
        idempotent: true,
        name: "muteContacts.remove",
      },
      options,
    );
  }
}
