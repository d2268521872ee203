// Broadcasts (广播消息管理): app-wide broadcast notifications and broadcasts to every chatroom.
// Generated from the OpenAPI spec; do not edit by hand.

import type { MessageType } from "./common.js";
import type { AntispamConfig, RouteConfig } from "./messages.js";

/**
 * Which broadcasts a list returns. 1: all of them; 2: only those kept for offline accounts; 3: only
 * those not kept for offline accounts.
 */
export type BroadcastListType = 1 | 2 | 3;

/** The values of {@link BroadcastListType} by name. */
export const BroadcastListType = {
  /** Every broadcast. */
  ALL: 1,
  /** Broadcasts kept for offline accounts. */
  OFFLINE_ENABLED: 2,
  /** Broadcasts not kept for offline accounts. */
  OFFLINE_DISABLED: 3,
} as const;

/**
 * Whether a chatroom broadcast is a resend. 0: first send; 1: resend, de-duplicated by clients
 * through `client_broadcast_id`.
 */
export type ChatroomBroadcastResendFlag = 0 | 1;

/** The values of {@link ChatroomBroadcastResendFlag} by name. */
export const ChatroomBroadcastResendFlag = {
  /** First send of the broadcast. */
  FIRST_SEND: 0,
  /**
   * A resend; clients drop it if they already have a broadcast with the same `client_broadcast_id`.
   */
  RESEND: 1,
} as const;

/** An app-wide broadcast as the server stores it. */
export interface Broadcast {
  /** Id of the broadcast, used to read or delete it later. */
  broadcast_id?: string;
  /** Account shown as the sender. */
  from_account_id?: string;
  /** Content of the broadcast. */
  content?: string;
  /** The broadcast is kept for offline accounts. */
  offline_enabled?: boolean;
  /** Client platforms that receive the broadcast; empty or absent means every platform. */
  target_os?: string[];
  /** When the broadcast was sent, in milliseconds since the epoch. */
  create_time?: number;
  /**
   * When the broadcast stops being delivered to offline accounts, in milliseconds since the epoch.
   */
  expire_time?: number;
}

/** One page of broadcasts. */
export interface BroadcastPage {
  /** More broadcasts follow; ask again with `next_token`. */
  has_more?: boolean;
  /** Cursor of the next page, to pass as `page_token`. */
  next_token?: string;
  /** The broadcasts of this page. */
  items?: Broadcast[];
}

/** The chatroom broadcast as the server sent it. */
export interface ChatroomBroadcast {
  /** Send time in milliseconds since the epoch. */
  create_time?: number;
  /** Your id of the broadcast. */
  client_broadcast_id?: string;
  /** Account that sent the broadcast. */
  sender_id?: string;
  /** Nickname of the sender shown to chatroom members. */
  from_nick?: string;
  /** Avatar URL of the sender shown to chatroom members. */
  from_avatar?: string;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** Custom sub-type given when sending. */
  sub_type?: number;
  /** Text of the broadcast. */
  text?: string;
  /** Attachment of the broadcast. */
  attachment?: Record<string, unknown>;
  /** Kind of client the sender used; the values are not documented here. */
  sender_client_type?: number;
  /** The broadcast was sent as a high-priority message. */
  high_priority?: boolean;
}

/**
 * What a chatroom broadcast says. Text and tip messages use `text`; every other kind puts its
 * content in `attachment`.
 */
export interface ChatroomBroadcastMessage {
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type: MessageType;
  /** A second-level category of your own, meaningful for custom (100) messages. At least 1. */
  sub_type?: number;
  /**
   * Required for text (0) and tip (10) messages, whose limit is 5000 characters; for other kinds an
   * optional description limited to 500 characters. At most 5000 characters.
   */
  text?: string;
  /**
   * Required for every kind except text and tip: the media description for images, audio, video and
   * files, the coordinates for locations, any JSON object for custom messages. At most 5000
   * characters once encoded.
   */
  attachment?: Record<string, unknown>;
}

/** Delivery settings of a chatroom broadcast. */
export interface ChatroomBroadcastMessageConfig {
  /**
   * Deliver the broadcast as a high-priority chatroom message, which rate limits drop last. Default
   * false.
   */
  high_priority?: boolean;
  /**
   * Tag expression that chooses which chatroom members receive the broadcast; everyone when left
   * out. At most 128 characters.
   */
  notify_target_tags?: string;
}

/** Body of an app-wide broadcast. */
export interface SendBroadcastRequest {
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

/** Body of a broadcast to every chatroom of the app. */
export interface SendChatroomBroadcastRequest {
  /** Your own id for the broadcast, which clients use to drop duplicates. */
  client_broadcast_id: string;
  /** Account that sends the broadcast. */
  sender_id: string;
  /** Extension of your own. At most 4096 characters. */
  extension?: string;
  /**
   * Whether a chatroom broadcast is a resend. 0: first send; 1: resend, de-duplicated by clients
   * through `client_broadcast_id`.
   */
  resend_flag?: ChatroomBroadcastResendFlag;
  /**
   * What a chatroom broadcast says. Text and tip messages use `text`; every other kind puts its
   * content in `attachment`.
   */
  message: ChatroomBroadcastMessage;
  /** Delivery settings of a chatroom broadcast. */
  message_config?: ChatroomBroadcastMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Content-moderation settings for one message. */
  antispam_config?: AntispamConfig;
}
