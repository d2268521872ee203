// Conversations and the objects that describe their last message.
// Generated from the OpenAPI spec; do not edit by hand.

import type { ConversationType, MessageType } from "./common.js";
import type {
  AntispamConfig,
  MessageBody,
  MessageConfig,
  P2POption,
  PushConfig,
  RobotConfig,
  RouteConfig,
  SuperTeamOption,
  TeamOption,
} from "./messages.js";

/** Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it. */
export type ConversationTopType = 0 | 1;

/** The values of {@link ConversationTopType} by name. */
export const ConversationTopType = {
  /** Unpin the conversation. */
  UNPIN: 0,
  /** Pin the conversation to the top. */
  PIN: 1,
} as const;

/** A conversation that a batch call could not handle. */
export interface ConversationFailure {
  /** The conversation that failed. */
  conversation_id?: string;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** Conversations deleted, and those that could not be. */
export interface BatchDeleteConversationsResult {
  /** Ids of the conversations that were deleted. */
  success_list?: string[];
  /** The conversations that were not deleted, with the reason. */
  failed_list?: ConversationFailure[];
}

/** Notice left in place of a recalled last message. Only the Java SDK describes its fields. */
export interface RevokeNotification {
  /** Server id of the recalled message. */
  server_id?: number;
  /** Text attached to the notice. */
  attach?: string;
  /** Id of the recall operation. */
  revoke_id?: string;
  /** Custom information given when recalling. */
  custom_info?: string;
  /** Kind of recall; the values are not documented. */
  revoke_type?: number;
}

/** The fields a conversation has under every API version. */
export interface ConversationBase {
  /** Conversation id, `owner|type|peer`. */
  conversation_id?: string;
  /** The owner's side of the conversation. */
  sender_id?: string;
  /** The other side, an account id for one-to-one chats or a team id. */
  receiver_id?: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  type?: ConversationType;
  /** Whether the conversation is pinned to the top. */
  stick_top?: boolean;
  /** Conversation groups that contain the conversation. */
  group_ids?: number[];
  /** Extension stored with the conversation on the server. */
  server_extension?: string;
  /**
   * State of the last message. 0: normal; 1: it was recalled (see `revoke_notification`). One of 0,
   * 1.
   */
  message_state?: number;
  /** Notice left in place of a recalled last message. Only the Java SDK describes its fields. */
  revoke_notification?: RevokeNotification;
  /** Number of unread messages. */
  unread_count?: number;
  /** Sort key; pinned conversations come first, several pinned ones by creation time. */
  sort_order?: number;
  /** Creation time in milliseconds since the epoch. */
  create_time?: number;
  /** Last update time in milliseconds since the epoch. */
  update_time?: number;
  /**
   * When the owner last read the conversation, in milliseconds since the epoch. Only the Java SDK
   * lists this field.
   */
  last_read_time?: number;
}

/**
 * The conversation's last message in the flat /im/v2.1 form; empty when that message was recalled.
 */
export interface LastMessage {
  /** Server id of the message. */
  message_server_id?: number;
  /** Client id of the message. */
  message_client_id?: string;
  /** Account that sent it. */
  sender_id?: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type?: ConversationType;
  /** Kind of client the sender used. */
  sender_client_type?: number;
  /** Receiving account of a one-to-one message. */
  receiver_id?: string;
  /** Team of a team message. */
  team_id?: number;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** Custom sub-type. */
  sub_type?: number;
  /** Send time in milliseconds since the epoch. */
  create_time?: number;
  /** Text of the message. */
  text?: string;
  /** Attachment of the message. */
  attachment?: Record<string, unknown>;
  /** Extension given when sending. */
  extension?: string;
}

/** A conversation as the current (/im/v2.1) operations return it, with a flat `last_message`. */
export interface Conversation extends ConversationBase {
  /**
   * The conversation's last message in the flat /im/v2.1 form; empty when that message was
   * recalled.
   */
  last_message?: LastMessage;
}

/** Conversations found, and the ids that were not. */
export interface BatchGetConversationsResult {
  /** The conversations that were found. */
  success_list?: Conversation[];
  /** The ids that were not found, with the reason. */
  failed_list?: ConversationFailure[];
}

/** Unread totals of one account over all its conversations. */
export interface ConversationOverview {
  /** The account that was asked about. */
  account_id?: string;
  /** Total number of unread messages over all of the account's conversations. */
  unread_count?: number;
}

/** Body of a conversation creation. */
export interface CreateConversationRequest {
  /**
   * The conversation to create, `owner|type|peer`: the owner's account id, the conversation type (1
   * one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. It is the
   * only field of the body; no source marks it required, but the call has nothing to create without
   * it. Pattern `^[^|]+\|[123]\|[^|]+$`.
   */
  conversation_id?: string;
}

/**
 * The conversation's last message in the nested /im/v2 form, which mirrors the send-message body.
 * Apifox's examples write the boolean switches as the strings "true" and "false"; the SDK accepts
 * both.
 */
export interface LegacyLastMessage {
  /** The message was hidden from its sender. */
  sender_no_sense?: boolean;
  /** The message was hidden from its receiver. */
  receiver_no_sense?: boolean;
  /** Extension given when sending. */
  extension?: string;
  /**
   * What a message says. Text and tip messages use `text`; every other kind puts its content in
   * `attachment`.
   */
  message?: MessageBody;
  /** Switches for how the message is stored, synchronised and counted. */
  message_config?: MessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Settings of the offline push notification that goes with the message. */
  push_config?: PushConfig;
  /** Content-moderation settings for one message. */
  antispam_config?: AntispamConfig;
  /** Options that apply only to one-to-one messages. */
  p2p_option?: P2POption;
  /** Options that apply only to advanced-team messages. */
  team_option?: TeamOption;
  /** Options that apply only to super-team messages. */
  superteam_option?: SuperTeamOption;
  /** Addresses the message to a chat robot. */
  robot_config?: RobotConfig;
}

/** A conversation as the deprecated /im/v2 operations return it, with a nested `last_message`. */
export interface LegacyConversation extends ConversationBase {
  /**
   * The conversation's last message in the nested /im/v2 form, which mirrors the send-message body.
   * Apifox's examples write the boolean switches as the strings "true" and "false"; the SDK accepts
   * both.
   */
  last_message?: LegacyLastMessage;
}

/** Conversations found by the deprecated /im/v2 operation, and the ids that were not. */
export interface LegacyBatchGetConversationsResult {
  /** The conversations that were found, with the nested `last_message`. */
  success_list?: LegacyConversation[];
  /** The ids that were not found, with the reason. */
  failed_list?: ConversationFailure[];
}

/** One page of an account's conversations as the deprecated /im/v2 operation returns it. */
export interface LegacyListConversationsResult {
  /** More conversations follow; ask for them with `next_token`. */
  has_more?: boolean;
  /** Cursor to pass as `page_token` to get the next page. */
  next_token?: string;
  /** The conversations of this page, with the nested `last_message`. */
  items?: LegacyConversation[];
}

/** One page of an account's conversations. */
export interface ListConversationsResult {
  /** More conversations follow; ask for them with `next_token`. */
  has_more?: boolean;
  /** Cursor to pass as `page_token` to get the next page. */
  next_token?: string;
  /** The conversations of this page. */
  items?: Conversation[];
}

/** Body of a pin or unpin call. */
export interface StickTopConversationRequest {
  /** Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it. */
  top_type?: ConversationTopType;
}

/** The conversation's pin state after the call. Only the Java SDK describes these fields. */
export interface StickTopConversationResult {
  /** Conversation id, `owner|type|peer`. */
  conversation_id?: string;
  /** The owner's side of the conversation. */
  sender_id?: string;
  /** The other side, an account id for one-to-one chats or a team id. */
  receiver_id?: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  type?: ConversationType;
  /** Whether the conversation is now pinned to the top. */
  stick_top?: boolean;
  /** The conversation's new sort key; pinned conversations come first. */
  sort_order?: number;
  /** Last update time in milliseconds since the epoch. */
  update_time?: number;
}

/** Body of a conversation update. */
export interface UpdateConversationRequest {
  /** New extension stored with the conversation on the server; it replaces the old value. */
  server_extension?: string;
}
