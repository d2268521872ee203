// Block list: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type { ContactPage } from "../types/index.js";

/** The parameters of `blockContacts.add()`. */
export interface BlockContactsAddParams {
  /** The account that owns the list. At most 32 characters. */
  account_id: string;
  /** The account to put on the list. At most 32 characters. */
  contact_account_id: string;
}

/** The parameters of `blockContacts.list()`. */
export interface BlockContactsListParams {
  /**
   * The account whose block list is read. At most 32 characters. Sent as query parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * Cursor from the previous page's `next_token`; leave it out to start at the beginning. Sent as
   * query parameter `page_token`.
   */
  page_token?: string;
  /**
   * Accounts per page; default and maximum 100. At most 100; default 100. Sent as query parameter
   * `limit`.
   */
  limit?: number;
}

/** The parameters of `blockContacts.remove()`. */
export interface BlockContactsRemoveParams {
  /**
   * The account that owns the block list. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * The account to take off the block list. At most 32 characters. Sent as query parameter
   * `contact_account_id`.
   */
  contact_account_id: string;
}

/**
 * Accounts another account has blocked (黑名单).
 *
 * Reached as `client.blockContacts`.
 */
export class BlockContacts extends APIResource {
  /**
   * Block another account for an account.
   *
   * Puts `contact_account_id` on the block list (黑名单) of `account_id`, so that it can no longer
   * send messages to `account_id`. Sending the call twice leaves the same list, so it may be
   * retried.
   *
   * `POST /im/v2/block_contacts`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/Dk0MTM1MTE?platform=server
   */
  add(params: BlockContactsAddParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/block_contacts",
        body: { account_id: params.account_id, contact_account_id: params.contact_account_id },
        idempotent: true,
        name: "blockContacts.add",
      },
      options,
    );
  }

  /**
   * List the accounts an account has blocked.
   *
   * Lists, page by page, the accounts on the block list of the given account. Pass `next_token`
   * back as `page_token` while `has_more` is true.
   *
   * `GET /im/v2/block_contacts`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TM0MjkzNTI?platform=server
   */
  list(
    params: BlockContactsListParams,
    options?: PageRequestOptions,
  ): PagePromise<string, ContactPage> {
    return this._client.paginate<string, ContactPage>(
      {
        method: "GET",
        path: "/im/v2/block_contacts",
        query: {
          account_id: params.account_id,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "blockContacts.list",
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
   * Unblock an account for an account.
   *
   * Takes `contact_account_id` off the block list of the account in the path, so that it can send
   * messages to that account again.
   *
   * `DELETE /im/v2/block_contacts/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DE0MzMwNTI?platform=server
   */
  remove(params: BlockContactsRemoveParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/block_contacts/${params.account_id}`,
        query: { contact_account_id: params.contact_account_id },
        idempotent: true,
        name: "blockContacts.remove",
      },
      options,
    );
  }
}
