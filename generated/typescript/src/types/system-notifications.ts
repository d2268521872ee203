// System notifications (系统通知管理): custom system notifications and the result of sending them in bulk.
// Generated from the OpenAPI spec; do not edit by hand.

import type { ConversationType } from "./common.js";
import type { PushConfig, RouteConfig } from "./messages.js";

/** Storage switches of a custom system notification. */
export interface CustomNotificationConfig {
  /**
   * Keep the notification for receivers who are offline and deliver it when they log in. Default
   * true.
   */
  offline_enabled?: boolean;
  /** Count the notification in the receiver's unread number. Default true. */
  unread_enabled?: boolean;
}

/** Body of a custom system notification sent to many accounts at once. */
export interface BatchSendCustomNotificationRequest {
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

/** Body of a custom system notification to one account or one team. */
export interface SendCustomNotificationRequest {
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
