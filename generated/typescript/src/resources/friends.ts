// Friends: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type { Friend, FriendAdditionHandleType, FriendPage } from "../types/index.js";

/** The parameters of `friends.add()`. */
export interface FriendsAddParams {
  /** The account that adds the friend or asks to be friends. */
  account_id: string;
  /** The account to add as a friend. */
  friend_account_id: string;
  /**
   * How the friend is added. The values are not documented for v2; the v1 API used 1 (add directly)
   * and 2 (send a request that the other account answers with 3 accept or 4 reject, as in the
   * accept/reject operation). Left out, the server's default applies. Sent as query parameter
   * `type`.
   */
  type?: number;
  /** Remark name for the new friend. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (`serverExtension` in the client
   * SDKs).
   */
  extension?: string;
  /** Extension that only the server API can set; the client SDKs pass it through. */
  customer_extension?: string;
  /** Message shown with the friend request. */
  postscript?: string;
}

/** The parameters of `friends.list()`. */
export interface FriendsListParams {
  /**
   * The account whose friends are listed. At most 32 characters. Sent as query parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * Cursor from the previous page's `next_token`; leave it out to start at the first friend. Sent
   * as query parameter `page_token`.
   */
  page_token?: string;
  /**
   * Friends per page; default and maximum 100. At most 100; default 100. Sent as query parameter
   * `limit`.
   */
  limit?: number;
}

/** The parameters of `friends.addLegacy()`. */
export interface FriendsAddLegacyParams {
  /** The account that adds the friend or asks to be friends. */
  account_id: string;
  /** The account to add as a friend. */
  friend_account_id: string;
  /**
   * How the friend is added. The values are not documented for v2; the v1 API used 1 (add directly)
   * and 2 (send a request that the other account answers with 3 accept or 4 reject, as in the
   * accept/reject operation). Left out, the server's default applies. Sent as query parameter
   * `type`.
   */
  type?: number;
  /** Remark name for the new friend. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (`serverExtension` in the client
   * SDKs).
   */
  extension?: string;
  /** Extension that only the server API can set; the client SDKs pass it through. */
  customer_extension?: string;
  /** Message shown with the friend request. */
  postscript?: string;
}

/** The parameters of `friends.listLegacy()`. */
export interface FriendsListLegacyParams {
  /**
   * The account whose friends are listed. At most 32 characters. Sent as query parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * Cursor from the previous page's `next_token`; leave it out to start at the first friend. Sent
   * as query parameter `page_token`.
   */
  page_token?: string;
  /**
   * Friends per page; default and maximum 100. At most 100; default 100. Sent as query parameter
   * `limit`.
   */
  limit?: number;
}

/** The parameters of `friends.delete()`. */
export interface FriendsDeleteParams {
  /**
   * The account that owns the friend entry. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** The friend to remove. At most 32 characters. Sent as query parameter `friend_account_id`. */
  friend_account_id: string;
  /**
   * Also delete the remark name given to that friend. The server's default is not documented. Sent
   * as query parameter `delete_alias`.
   */
  delete_alias?: boolean;
}

/** The parameters of `friends.updateLegacy()`. */
export interface FriendsUpdateLegacyParams {
  /**
   * The account that owns the friend entry. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** The friend whose entry is changed. */
  friend_account_id: string;
  /** New remark name. */
  alias?: string;
  /** New extension that both clients and the server can read and write. */
  extension?: string;
  /** New extension that only the server API can set. */
  customer_extension?: string;
}

/** The parameters of `friends.getLegacy()`. */
export interface FriendsGetLegacyParams {
  /**
   * The account that owns the friend entry. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** The friend to read. At most 32 characters. Sent as query parameter `friend_account_id`. */
  friend_account_id: string;
}

/** The parameters of `friends.update()`. */
export interface FriendsUpdateParams {
  /**
   * The account that owns the friend entry. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** The friend whose entry is changed. */
  friend_account_id: string;
  /** New remark name. */
  alias?: string;
  /** New extension that both clients and the server can read and write. */
  extension?: string;
  /** New extension that only the server API can set. */
  customer_extension?: string;
}

/** The parameters of `friends.get()`. */
export interface FriendsGetParams {
  /**
   * The account that owns the friend entry. At most 32 characters. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** The friend to read. At most 32 characters. Sent as query parameter `friend_account_id`. */
  friend_account_id: string;
}

/** The parameters of `friends.handleRequest()`. */
export interface FriendsHandleRequestParams {
  /** The account that received the request and answers it. */
  account_id: string;
  /** The account that asked to be friends. */
  friend_account_id: string;
  /**
   * How the request is answered. 3: accept (the default); 4: reject. Sent as query parameter
   * `type`.
   */
  type?: FriendAdditionHandleType;
  /** Remark name for the new friend. At most 128 characters. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (`serverExtension` in the client
   * SDKs). At most 256 characters.
   */
  extension?: string;
  /** Extension that only the server API can set; the client SDKs pass it through. */
  customer_extension?: string;
  /** Message shown with the answer. */
  postscript?: string;
}

/** The parameters of `friends.handleRequestLegacy()`. */
export interface FriendsHandleRequestLegacyParams {
  /** The account that received the request and answers it. */
  account_id: string;
  /** The account that asked to be friends. */
  friend_account_id: string;
  /**
   * How the request is answered. 3: accept (the default); 4: reject. Sent as query parameter
   * `type`.
   */
  type?: FriendAdditionHandleType;
  /** Remark name for the new friend. At most 128 characters. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (`serverExtension` in the client
   * SDKs). At most 256 characters.
   */
  extension?: string;
  /** Extension that only the server API can set; the client SDKs pass it through. */
  customer_extension?: string;
  /** Message shown with the answer. */
  postscript?: string;
}

/**
 * Add, update, list and remove the friends of an account, and answer friend requests.
 *
 * Reached as `client.friends`.
 */
export class Friends extends APIResource {
  /**
   * Add a friend or send a friend request.
   *
   * Adds `friend_account_id` as a friend of `account_id`, or asks it to be friends, as `type`
   * selects (its v2 values are not documented). The remark name and extensions given are stored on
   * the owner's side and returned. Sending the call again may repeat the request to the other
   * account, so it is not retried automatically.
   *
   * `POST /im/v2.1/friends`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TU5NDMzMjM?platform=server
   */
  add(params: FriendsAddParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "POST",
        path: "/im/v2.1/friends",
        query: { type: params.type },
        body: {
          account_id: params.account_id,
          friend_account_id: params.friend_account_id,
          alias: params.alias,
          extension: params.extension,
          customer_extension: params.customer_extension,
          postscript: params.postscript,
        },
        idempotent: false,
        name: "friends.add",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * List the friends of an account.
   *
   * Lists the friends of an account page by page, with the remark name and extensions stored for
   * each. Pass `next_token` back as `page_token` while `has_more` is true. The official page says
   * the result also tells whether each friendship is two-way, but names no field for it.
   *
   * `GET /im/v2.1/friends`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DUyNzA2OTc?platform=server
   */
  list(params: FriendsListParams, options?: PageRequestOptions): PagePromise<Friend, FriendPage> {
    return this._client.paginate<Friend, FriendPage>(
      {
        method: "GET",
        path: "/im/v2.1/friends",
        query: {
          account_id: params.account_id,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "friends.list",
        fields: { has_more: "boolean", next_token: "string", items: "array", total: "integer" },
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
   * Add a friend or send a friend request (deprecated /im/v2 form).
   *
   * The /im/v2 form of the friend addition, with the same request and response. Use the /im/v2.1
   * operation instead, which the API list and the Java SDK call.
   *
   * `POST /im/v2/friends`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TU5NDMzMjM?platform=server
   * @deprecated Use `add` instead.
   */
  addLegacy(params: FriendsAddLegacyParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "POST",
        path: "/im/v2/friends",
        query: { type: params.type },
        body: {
          account_id: params.account_id,
          friend_account_id: params.friend_account_id,
          alias: params.alias,
          extension: params.extension,
          customer_extension: params.customer_extension,
          postscript: params.postscript,
        },
        idempotent: false,
        name: "friends.addLegacy",
        deprecated: "use friends.add() instead",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * List the friends of an account (deprecated /im/v2 form).
   *
   * The /im/v2 form of the friend list, with the same parameters and response. Use the /im/v2.1
   * operation instead, which the API list and the Java SDK call.
   *
   * `GET /im/v2/friends`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DUyNzA2OTc?platform=server
   * @deprecated Use `list` instead.
   */
  listLegacy(
    params: FriendsListLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<Friend, FriendPage> {
    return this._client.paginate<Friend, FriendPage>(
      {
        method: "GET",
        path: "/im/v2/friends",
        query: {
          account_id: params.account_id,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "friends.listLegacy",
        deprecated: "use friends.list() instead",
        fields: { has_more: "boolean", next_token: "string", items: "array", total: "integer" },
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
   * Remove a friend.
   *
   * Removes `friend_account_id` from the friends of the account in the path. With `delete_alias`
   * the remark name the owner gave that friend is removed as well. The path has no /im/v2.1 form.
   *
   * `DELETE /im/v2/friends/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/Tk5NzI2ODQ?platform=server
   */
  delete(params: FriendsDeleteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/friends/${params.account_id}`,
        query: { friend_account_id: params.friend_account_id, delete_alias: params.delete_alias },
        idempotent: true,
        name: "friends.delete",
      },
      options,
    );
  }

  /**
   * Update the remark name or extensions of a friend (deprecated /im/v2 form).
   *
   * The /im/v2 form of the friend update, with the same request and response. Use the /im/v2.1
   * operation instead, which the API list and the Java SDK call.
   *
   * `PATCH /im/v2/friends/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TcxMjIxMTg?platform=server
   * @deprecated Use `update` instead.
   */
  updateLegacy(params: FriendsUpdateLegacyParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "PATCH",
        path: path`/im/v2/friends/${params.account_id}`,
        body: {
          friend_account_id: params.friend_account_id,
          alias: params.alias,
          extension: params.extension,
          customer_extension: params.customer_extension,
        },
        idempotent: true,
        name: "friends.updateLegacy",
        deprecated: "use friends.update() instead",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * Get one friend of an account (deprecated /im/v2 form).
   *
   * The /im/v2 form of the friend lookup, with the same parameters and response. Use the /im/v2.1
   * operation instead, which the API list and the Java SDK call.
   *
   * `GET /im/v2/friends/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DYwOTk2NjQ?platform=server
   * @deprecated Use `get` instead.
   */
  getLegacy(params: FriendsGetLegacyParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "GET",
        path: path`/im/v2/friends/${params.account_id}`,
        query: { friend_account_id: params.friend_account_id },
        idempotent: true,
        name: "friends.getLegacy",
        deprecated: "use friends.get() instead",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * Update the remark name or extensions of a friend.
   *
   * Changes what the account in the path stores about one of its friends: the remark name and the
   * two extensions. Send only the fields to change. Returns the friend entry after the change; the
   * official pages do not describe the response, which comes from the Java SDK.
   *
   * `PATCH /im/v2.1/friends/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TcxMjIxMTg?platform=server
   */
  update(params: FriendsUpdateParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "PATCH",
        path: path`/im/v2.1/friends/${params.account_id}`,
        body: {
          friend_account_id: params.friend_account_id,
          alias: params.alias,
          extension: params.extension,
          customer_extension: params.customer_extension,
        },
        idempotent: true,
        name: "friends.update",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * Get one friend of an account.
   *
   * Reads what the account in the path stores about one of its friends: the remark name and the two
   * extensions.
   *
   * `GET /im/v2.1/friends/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DYwOTk2NjQ?platform=server
   */
  get(params: FriendsGetParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "GET",
        path: path`/im/v2.1/friends/${params.account_id}`,
        query: { friend_account_id: params.friend_account_id },
        idempotent: true,
        name: "friends.get",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * Accept or reject a friend request.
   *
   * Answers a pending friend request that `friend_account_id` sent to `account_id`: `type` 3
   * accepts it (the default), 4 rejects it. On acceptance the remark name and extensions given are
   * stored for the new friend and returned. Once answered, the request is no longer pending, so the
   * call is not retried automatically.
   *
   * `POST /im/v2.1/friends/actions/handle_friend_addition`; not retried once it may have reached
   * the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zAwMzgwNTU?platform=server
   */
  handleRequest(params: FriendsHandleRequestParams, options?: RequestOptions): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "POST",
        path: "/im/v2.1/friends/actions/handle_friend_addition",
        query: { type: params.type },
        body: {
          account_id: params.account_id,
          friend_account_id: params.friend_account_id,
          alias: params.alias,
          extension: params.extension,
          customer_extension: params.customer_extension,
          postscript: params.postscript,
        },
        idempotent: false,
        name: "friends.handleRequest",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }

  /**
   * Accept or reject a friend request (deprecated /im/v2 form).
   *
   * The /im/v2 form of the answer to a friend request, with the same request and response. The
   * official page (2024/10/29) still shows this path; the API list and the Java SDK call the
   * /im/v2.1 operation, which replaces it.
   *
   * `POST /im/v2/friends/actions/handle_friend_addition`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zAwMzgwNTU?platform=server
   * @deprecated Use `handleRequest` instead.
   */
  handleRequestLegacy(
    params: FriendsHandleRequestLegacyParams,
    options?: RequestOptions,
  ): APIPromise<Friend> {
    return this._client.request<Friend>(
      {
        method: "POST",
        path: "/im/v2/friends/actions/handle_friend_addition",
        query: { type: params.type },
        body: {
          account_id: params.account_id,
          friend_account_id: params.friend_account_id,
          alias: params.alias,
          extension: params.extension,
          customer_extension: params.customer_extension,
          postscript: params.postscript,
        },
        idempotent: false,
        name: "friends.handleRequestLegacy",
        deprecated: "use friends.handleRequest() instead",
        fields: {
          friend_account_id: "string",
          alias: "string",
          extension: "string",
          customer_extension: "string",
        },
      },
      options,
    );
  }
}
