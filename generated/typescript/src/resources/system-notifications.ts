// System notifications: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, type RequestOptions, type WithFailures } from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AccountBatchResult,
  ConversationType,
  CustomNotificationConfig,
  PushConfig,
  RouteConfig,
} from "../types/index.js";

/** The parameters of `systemNotifications.send()`. */
export interface SystemNotificationsSendParams {
  /** Account that sends the notification. */
  sender_id: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  type: ConversationType;
  /**
   * The receiver: an account id when `type` is 1 (one-to-one), a team id when `type` is 2 (advanced
   * team) or 3 (super team).
   */
  receiver_id: string;
  /**
   * Content of the notification, usually a JSON object encoded as a string. At most 4096
   * characters.
   */
  content: string;
  /** Name of a sound file on the client to play on arrival. At most 30 characters. */
  sound?: string;
  /** Storage switches of a custom system notification. */
  notification_config?: CustomNotificationConfig;
  /** Settings of the offline push notification that goes with the message. */
  push_config?: PushConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** The parameters of `systemNotifications.batchSend()`. */
export interface SystemNotificationsBatchSendParams {
  /** Account that sends the notification. */
  sender_id: string;
  /**
   * The receiving accounts. Only one-to-one notifications can be sent in bulk. At most 500 items.
   */
  receiver_ids: string[];
  /**
   * Content of the notification, usually a JSON object encoded as a string. At most 4096
   * characters.
   */
  content: string;
  /** Name of a sound file on the client to play on arrival. At most 30 characters. */
  sound?: string;
  /** Storage switches of a custom system notification. */
  notification_config?: CustomNotificationConfig;
  /** Settings of the offline push notification that goes with the message. */
  push_config?: PushConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/**
 * Custom system notifications, delivered to accounts or teams without being stored as messages.
 *
 * Reached as `client.systemNotifications`.
 */
export class SystemNotifications extends APIResource {
  /**
   * Send a custom system notification.
   *
   * Sends a notification whose content you define to one account (`type` 1), to every member of an
   * advanced team (2) or to every member of a super team (3). Custom notifications are not stored
   * as messages and do not appear in conversations; the client app decides what to do with them.
   * Offline storage, unread counting, push and message copy can be tuned per call. Nothing is
   * returned. The required marks follow the official Java SDK; Apifox marks no field.
   *
   * `POST /im/v2/custom_notification`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jUyNDUyNTU?platform=server
   */
  send(params: SystemNotificationsSendParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: "/im/v2/custom_notification",
        body: {
          sender_id: params.sender_id,
          type: params.type,
          receiver_id: params.receiver_id,
          content: params.content,
          sound: params.sound,
          notification_config: params.notification_config,
          push_config: params.push_config,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "systemNotifications.send",
      },
      options,
    );
  }

  /**
   * Send a custom system notification to many accounts.
   *
   * Sends the same one-to-one custom notification to up to 500 accounts. Accounts that cannot
   * receive it (for example because they do not exist, code 102404) do not fail the call: they are
   * listed in `failed_list` next to the accounts in `success_list`. Bulk sends have their own rate
   * limit, 120 calls per minute on the standard package.
   *
   * `POST /im/v2/custom_notification/batch`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/Tc0ODg0OTA?platform=server
   */
  batchSend(
    params: SystemNotificationsBatchSendParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<AccountBatchResult>> {
    return this._client.request<WithFailures<AccountBatchResult>>(
      {
        method: "POST",
        path: "/im/v2/custom_notification/batch",
        body: {
          sender_id: params.sender_id,
          receiver_ids: params.receiver_ids,
          content: params.content,
          sound: params.sound,
          notification_config: params.notification_config,
          push_config: params.push_config,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "systemNotifications.batchSend",
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
