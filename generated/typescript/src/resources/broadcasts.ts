// Broadcasts: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AntispamConfig,
  Broadcast,
  BroadcastListType,
  BroadcastPage,
  ChatroomBroadcast,
  ChatroomBroadcastMessage,
  ChatroomBroadcastMessageConfig,
  ChatroomBroadcastResendFlag,
  RouteConfig,
} from "../types/index.js";

/** The parameters of `broadcasts.send()`. */
export interface BroadcastsSendParams {
  /** Content of the broadcast. At most 4096 characters. */
  content: string;
  /** Account shown as the sender of the broadcast. */
  from_account_id?: string;
  /**
   * Keep the broadcast for accounts that are offline and deliver it when they log in. Default
   * false.
   */
  offline_enabled?: boolean;
  /**
   * How long the broadcast is kept for offline accounts, in hours (168 is seven days). Only used
   * when `offline_enabled` is true. Default 168.
   */
  ttl?: number;
  /**
   * Client platforms that receive the broadcast, for example `ios`, `aos` (Android), `pc`, `web`,
   * `mac`; every platform when left out.
   */
  target_os?: string[];
}

/** The parameters of `broadcasts.list()`. */
export interface BroadcastsListParams {
  /**
   * Cursor returned as `next_token` by the previous page; leave it out for the first page. Sent as
   * query parameter `page_token`.
   */
  page_token?: string;
  /**
   * Page size; 0 or less means the largest size. At most 100; default 100. Sent as query parameter
   * `limit`.
   */
  limit?: number;
  /**
   * Which broadcasts to list. 1: all (default); 2: kept for offline accounts; 3: not kept for
   * offline accounts. Sent as query parameter `type`.
   */
  type?: BroadcastListType;
}

/** The parameters of `broadcasts.delete()`. */
export interface BroadcastsDeleteParams {
  /** Id of the broadcast, as returned when it was sent. Sent as path parameter `broadcast_id`. */
  broadcast_id: string;
}

/** The parameters of `broadcasts.get()`. */
export interface BroadcastsGetParams {
  /** Id of the broadcast, as returned when it was sent. Sent as path parameter `broadcast_id`. */
  broadcast_id: string;
}

/** The parameters of `broadcasts.sendToChatrooms()`. */
export interface BroadcastsSendToChatroomsParams {
  /** Your own id for the broadcast, which clients use to drop duplicates. */
  client_broadcast_id: string;
  /** Account that sends the broadcast. */
  sender_id: string;
  /**
   * What a chatroom broadcast says. Text and tip messages use `text`; every other kind puts its
   * content in `attachment`.
   */
  message: ChatroomBroadcastMessage;
  /** Extension of your own. At most 4096 characters. */
  extension?: string;
  /**
   * Whether a chatroom broadcast is a resend. 0: first send; 1: resend, de-duplicated by clients
   * through `client_broadcast_id`.
   */
  resend_flag?: ChatroomBroadcastResendFlag;
  /** Delivery settings of a chatroom broadcast. */
  message_config?: ChatroomBroadcastMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Content-moderation settings for one message. */
  antispam_config?: AntispamConfig;
}

/** The parameters of `broadcasts.sendToChatroomsLegacy()`. */
export interface BroadcastsSendToChatroomsLegacyParams {
  /** Your own id for the broadcast, which clients use to drop duplicates. */
  client_broadcast_id: string;
  /** Account that sends the broadcast. */
  sender_id: string;
  /**
   * What a chatroom broadcast says. Text and tip messages use `text`; every other kind puts its
   * content in `attachment`.
   */
  message: ChatroomBroadcastMessage;
  /** Extension of your own. At most 4096 characters. */
  extension?: string;
  /**
   * Whether a chatroom broadcast is a resend. 0: first send; 1: resend, de-duplicated by clients
   * through `client_broadcast_id`.
   */
  resend_flag?: ChatroomBroadcastResendFlag;
  /** Delivery settings of a chatroom broadcast. */
  message_config?: ChatroomBroadcastMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Content-moderation settings for one message. */
  antispam_config?: AntispamConfig;
}

/**
 * Broadcast notifications to every account of the app, or to every chatroom.
 *
 * Reached as `client.broadcasts`.
 */
export class Broadcasts extends APIResource {
  /**
   * Broadcast a notification to every account of the app.
   *
   * Sends one broadcast notification to every account of the app, optionally only to some client
   * platforms and optionally kept for accounts that are offline (for `ttl` hours). The answer
   * describes the stored broadcast, whose `broadcast_id` reads or deletes it later. Broadcasts have
   * their own rate limit: not available on the standard package, 10 per minute by default on the
   * advanced one.
   *
   * `POST /im/v2/broadcast_notification`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zMzMzUxODQ?platform=server
   */
  send(params: BroadcastsSendParams, options?: RequestOptions): APIPromise<Broadcast> {
    return this._client.request<Broadcast>(
      {
        method: "POST",
        path: "/im/v2/broadcast_notification",
        body: {
          content: params.content,
          from_account_id: params.from_account_id,
          offline_enabled: params.offline_enabled,
          ttl: params.ttl,
          target_os: params.target_os,
        },
        idempotent: false,
        name: "broadcasts.send",
        fields: {
          broadcast_id: "string",
          from_account_id: "string",
          content: "string",
          offline_enabled: "boolean",
          target_os: "array",
          create_time: "integer",
          expire_time: "integer",
        },
      },
      options,
    );
  }

  /**
   * List the app's broadcasts, page by page.
   *
   * Lists the app's broadcast notifications, all of them or only those kept (or not kept) for
   * offline accounts. Pages hold at most 100 broadcasts; pass `next_token` back as `page_token`
   * while `has_more` is true.
   *
   * `GET /im/v2/broadcast_notification`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zgxNTU3Mjc?platform=server
   */
  list(
    params: BroadcastsListParams = {},
    options?: PageRequestOptions,
  ): PagePromise<Broadcast, BroadcastPage> {
    return this._client.paginate<Broadcast, BroadcastPage>(
      {
        method: "GET",
        path: "/im/v2/broadcast_notification",
        query: { page_token: params.page_token, limit: params.limit, type: params.type },
        idempotent: true,
        name: "broadcasts.list",
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
   * Delete a broadcast.
   *
   * Deletes a broadcast notification, so that offline accounts no longer receive it. Nothing is
   * returned.
   *
   * `DELETE /im/v2/broadcast_notification/{broadcast_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jcwMzM0MDY?platform=server
   */
  delete(params: BroadcastsDeleteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/broadcast_notification/${params.broadcast_id}`,
        idempotent: true,
        name: "broadcasts.delete",
      },
      options,
    );
  }

  /**
   * Get a broadcast.
   *
   * Reads one broadcast notification by its id.
   *
   * `GET /im/v2/broadcast_notification/{broadcast_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DA0Njc5MzE?platform=server
   */
  get(params: BroadcastsGetParams, options?: RequestOptions): APIPromise<Broadcast> {
    return this._client.request<Broadcast>(
      {
        method: "GET",
        path: path`/im/v2/broadcast_notification/${params.broadcast_id}`,
        idempotent: true,
        name: "broadcasts.get",
        fields: {
          broadcast_id: "string",
          from_account_id: "string",
          content: "string",
          offline_enabled: "boolean",
          target_os: "array",
          create_time: "integer",
          expire_time: "integer",
        },
      },
      options,
    );
  }

  /**
   * Broadcast a message to every chatroom.
   *
   * Sends one message to every chatroom of the app, optionally only to members whose tags match
   * `message_config.notify_target_tags`. Choose `client_broadcast_id` yourself: clients use it to
   * drop a broadcast sent again with `resend_flag` 1. Shares the broadcast rate limit (not
   * available on the standard package).
   *
   * `POST /im/v2.1/broadcast_notification/actions/chatroom`; not retried once it may have reached
   * the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DQyMDY2MzQ?platform=server
   */
  sendToChatrooms(
    params: BroadcastsSendToChatroomsParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomBroadcast> {
    return this._client.request<ChatroomBroadcast>(
      {
        method: "POST",
        path: "/im/v2.1/broadcast_notification/actions/chatroom",
        body: {
          client_broadcast_id: params.client_broadcast_id,
          sender_id: params.sender_id,
          message: params.message,
          extension: params.extension,
          resend_flag: params.resend_flag,
          message_config: params.message_config,
          route_config: params.route_config,
          antispam_config: params.antispam_config,
        },
        idempotent: false,
        name: "broadcasts.sendToChatrooms",
        fields: {
          create_time: "integer",
          client_broadcast_id: "string",
          sender_id: "string",
          from_nick: "string",
          from_avatar: "string",
          message_type: "integer",
          sub_type: "integer",
          text: "string",
          attachment: "object",
          sender_client_type: "integer",
          high_priority: "boolean",
        },
      },
      options,
    );
  }

  /**
   * Broadcast a message to every chatroom (deprecated /im/v2 form).
   *
   * The /im/v2 form of the broadcast to every chatroom, as Apifox and the older Java SDK call it.
   * It takes the same body as the /im/v2.1 operation, which replaces it; the answer is assumed to
   * have the same shape.
   *
   * `POST /im/v2/broadcast_notification/actions/chatroom`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DQyMDY2MzQ?platform=server
   * @deprecated Use `sendToChatrooms` instead.
   */
  sendToChatroomsLegacy(
    params: BroadcastsSendToChatroomsLegacyParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomBroadcast> {
    return this._client.request<ChatroomBroadcast>(
      {
        method: "POST",
        path: "/im/v2/broadcast_notification/actions/chatroom",
        body: {
          client_broadcast_id: params.client_broadcast_id,
          sender_id: params.sender_id,
          message: params.message,
          extension: params.extension,
          resend_flag: params.resend_flag,
          message_config: params.message_config,
          route_config: params.route_config,
          antispam_config: params.antispam_config,
        },
        idempotent: false,
        name: "broadcasts.sendToChatroomsLegacy",
        deprecated: "use broadcasts.sendToChatrooms() instead",
        fields: {
          create_time: "integer",
          client_broadcast_id: "string",
          sender_id: "string",
          from_nick: "string",
          from_avatar: "string",
          message_type: "integer",
          sub_type: "integer",
          text: "string",
          attachment: "object",
          sender_client_type: "integer",
          high_priority: "boolean",
        },
      },
      options,
    );
  }
}
