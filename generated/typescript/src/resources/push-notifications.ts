// Push notifications: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type { PushNotification, PushNotificationPage, SystemPushConfig } from "../types/index.js";

/** The parameters of `pushNotifications.send()`. */
export interface PushNotificationsSendParams {
  /** Content of the notification. */
  content?: string;
  /** How a system push notification is shown on the device. */
  push_config?: SystemPushConfig;
  /** Account shown as the sender. */
  sender_account_id?: string;
  /** Which devices or accounts the push goes to; the values are not documented. */
  target_type?: number;
  /** Client platforms that receive the push; the accepted names are not documented. */
  target_os?: string[];
  /** Keep the notification so that devices that log in later still receive it. */
  roam_enabled?: boolean;
  /** How long the notification is kept when `roam_enabled` is true; the unit is not documented. */
  roam_expire_after?: number;
}

/** The parameters of `pushNotifications.list()`. */
export interface PushNotificationsListParams {
  /**
   * Cursor returned as `next_token` by the previous page; leave it out for the first page. Sent as
   * query parameter `page_token`.
   */
  page_token?: string;
  /** Page size; the maximum and default are not documented. Sent as query parameter `limit`. */
  limit?: number;
  /**
   * Filters the notifications by a kind whose values are not documented. Sent as query parameter
   * `type`.
   */
  type?: number;
}

/** The parameters of `pushNotifications.get()`. */
export interface PushNotificationsGetParams {
  /**
   * Id of the push notification, as returned when it was sent. Sent as path parameter `push_id`.
   */
  push_id: number;
}

/**
 * System push notifications sent to devices.
 *
 * Reached as `client.pushNotifications`.
 */
export class PushNotifications extends APIResource {
  /**
   * Send a system push notification.
   *
   * Sends a system push notification to devices, optionally kept for devices that log in later, and
   * returns it with its `push_id`. Only the official Java SDK describes this call: required fields,
   * limits and the values of `target_type` are not documented.
   *
   * `POST /im/v2/push_notification`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  send(
    params: PushNotificationsSendParams = {},
    options?: RequestOptions,
  ): APIPromise<PushNotification> {
    return this._client.request<PushNotification>(
      {
        method: "POST",
        path: "/im/v2/push_notification",
        body: {
          content: params.content,
          push_config: params.push_config,
          sender_account_id: params.sender_account_id,
          target_type: params.target_type,
          target_os: params.target_os,
          roam_enabled: params.roam_enabled,
          roam_expire_after: params.roam_expire_after,
        },
        idempotent: false,
        name: "pushNotifications.send",
        fields: {
          push_id: "integer",
          sender_account_id: "string",
          content: "string",
          target_type: "integer",
          target_os: "array",
          roam_enabled: "boolean",
          roam_expire_time: "integer",
          create_time: "integer",
          push_config: "object",
        },
      },
      options,
    );
  }

  /**
   * List system push notifications, page by page.
   *
   * Lists the app's system push notifications. Pass `next_token` back as `page_token` while
   * `has_more` is true. Only the official Java SDK describes this call: the largest page size, the
   * default and the values of `type` are not documented.
   *
   * `GET /im/v2/push_notification`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   */
  list(
    params: PushNotificationsListParams = {},
    options?: PageRequestOptions,
  ): PagePromise<PushNotification, PushNotificationPage> {
    return this._client.paginate<PushNotification, PushNotificationPage>(
      {
        method: "GET",
        path: "/im/v2/push_notification",
        query: { page_token: params.page_token, limit: params.limit, type: params.type },
        idempotent: true,
        name: "pushNotifications.list",
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
   * Get a system push notification.
   *
   * Reads one system push notification by its id. Only the official Java SDK describes this call.
   *
   * `GET /im/v2/push_notification/{push_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  get(params: PushNotificationsGetParams, options?: RequestOptions): APIPromise<PushNotification> {
    return this._client.request<PushNotification>(
      {
        method: "GET",
        path: path`/im/v2/push_notification/${params.push_id}`,
        idempotent: true,
        name: "pushNotifications.get",
        fields: {
          push_id: "integer",
          sender_account_id: "string",
          content: "string",
          target_type: "integer",
          target_os: "array",
          roam_enabled: "boolean",
          roam_expire_time: "integer",
          create_time: "integer",
          push_config: "object",
        },
      },
      options,
    );
  }
}
