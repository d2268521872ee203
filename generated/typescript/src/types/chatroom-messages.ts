// Chatroom messages: what is sent to a chatroom, its delivery settings, and chatroom messages as the server returns them. Refers to messages.yaml and common.yaml, never the other way round.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AccountFailure, MessageType } from "./common.js";
import type { AiParams, AntispamConfig, RouteConfig } from "./messages.js";

/** Whether a chatroom message is sent again. 0: first send; 1: a resend of an earlier send. */
export type ChatroomResendFlag = 0 | 1;

/** The values of {@link ChatroomResendFlag} by name. */
export const ChatroomResendFlag = {
  /** The message is sent for the first time. */
  FIRST_SEND: 0,
  /** The message is a resend of one sent before (same client id). */
  RESEND: 1,
} as const;

/**
 * What a chatroom message says. Text and tip messages use `text`; every other kind puts its content
 * in `attachment`. Chatroom messages can be sent with the kinds 0, 1, 2, 3, 4, 6, 10 and 100.
 */
export interface ChatroomMessageBody {
  /**
   * Your own id for the message. Chatroom messages are recalled by this id, so keep it; the
   * official Go SDK always sends one.
   */
  message_client_id?: string;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** A second-level category of your own choosing. */
  sub_type?: number;
  /** Content of a text or tip message, or a description of another kind. */
  text?: string;
  /** Content of non-text messages (media description, coordinates or a custom JSON object). */
  attachment?: Record<string, unknown>;
  /** X coordinate of the sender in a virtual-space chatroom. */
  location_x?: number;
  /** Y coordinate of the sender in a virtual-space chatroom. */
  location_y?: number;
  /** Z coordinate of the sender in a virtual-space chatroom. */
  location_z?: number;
}

/**
 * Delivery settings of a chatroom message. The meaning and range of the priority and
 * frequency-control fields are not documented beyond their names.
 */
export interface ChatroomMessageConfig {
  /** Deliver the message even while the chatroom is temporarily muted. */
  ignore_chat_banned?: boolean;
  /** Keep the message in the chatroom's cloud history. */
  history_enabled?: boolean;
  /** Send as a high-priority message, which is dropped last when the chatroom is overloaded. */
  high_priority?: boolean;
  /**
   * Resend the high-priority message when delivery fails; the exact behaviour is not documented.
   */
  need_high_priority_msg_resend?: boolean;
  /**
   * Share of deliveries of this message that may be dropped under load; unit and range are not
   * documented.
   */
  abandon_ratio?: number;
  /** Tag expression that selects the members who receive the message. */
  notify_target_tags?: string;
  /** Priority level of the message; the range is not documented. */
  chat_msg_priority?: number;
  /** Frequency-control setting for high-priority messages; its meaning is not documented. */
  forbidden_if_high_priority_msg_freq?: number;
}

/** Body of a batch send of several messages to one chatroom. */
export interface BatchSendChatroomMessagesRequest {
  /** Chatroom to send to. */
  room_id?: number;
  /** Account that sends the messages; it must be in the chatroom. */
  sender_id?: string;
  /** Deliver the messages only to these members; everyone in the chatroom when left out. */
  receiver_ids?: string[];
  /** Whether a chatroom message is sent again. 0: first send; 1: a resend of an earlier send. */
  resend_flag?: ChatroomResendFlag;
  /** Extension of your own, usually a JSON object encoded as a string. */
  extension?: string;
  /** The messages to send; the maximum number per call is not documented. */
  messages?: ChatroomMessageBody[];
  /**
   * Delivery settings of a chatroom message. The meaning and range of the priority and
   * frequency-control fields are not documented beyond their names.
   */
  message_config?: ChatroomMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Content-moderation settings for one message. */
  antispam_config?: AntispamConfig;
}

/** A message of a chatroom batch that was not sent. */
export interface ChatroomMessageFailure {
  /** Client id of the message that failed. */
  message_client_id?: string;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** What went wrong in a chatroom batch send. */
export interface ChatroomBatchFailure {
  /** Targeted receivers that did not get the messages. */
  failed_account_ids?: AccountFailure[];
  /** Messages that were not sent. */
  failed_messages?: ChatroomMessageFailure[];
}

/**
 * Another chatroom message that the sent message refers to. Only the Java SDK lists this object (as
 * `replay_message`); its meaning is not documented.
 */
export interface ChatroomReplayMessage {
  /** Client id of the referenced message. */
  message_client_id?: string;
  /** Send time of the referenced message in milliseconds since the epoch. */
  create_time?: number;
  /** Sender of the referenced message. */
  sender_id?: string;
}

/** A chatroom message as stored by the server after a successful send. */
export interface ChatroomSentMessage {
  /** Client id of the message. */
  message_client_id?: string;
  /** Send time in milliseconds since the epoch. */
  create_time?: number;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** Custom sub-type. */
  sub_type?: number;
  /** Text of the message. */
  text?: string;
  /** Attachment of the message. */
  attachment?: Record<string, unknown>;
  /** Account that sent the message. */
  sender_id?: string;
  /** Nickname the sender has in the chatroom. */
  sender_nick?: string;
  /** Avatar URL the sender has in the chatroom. */
  sender_avatar?: string;
  /** Chatroom the message was sent to. */
  room_id?: number;
  /** The message was sent as high priority. */
  high_priority?: boolean;
  /**
   * The message was dropped instead of delivered (for example under load). Only the Java SDK lists
   * this field.
   */
  msg_abandon?: boolean;
  /**
   * Another chatroom message that the sent message refers to. Only the Java SDK lists this object
   * (as `replay_message`); its meaning is not documented.
   */
  replay_message?: ChatroomReplayMessage;
}

/** The chatroom messages sent, and what failed. */
export interface BatchSendChatroomMessagesResult {
  /** The messages that were sent. */
  success_list?: ChatroomSentMessage[];
  /**
   * Failures, each listing receivers and messages that failed. Only the Java SDK lists this field;
   * Apifox shows `success_list` only.
   */
  failed_list?: ChatroomBatchFailure[];
}

/** A chatroom message read back from history. */
export interface ChatroomHistoryMessage {
  /** Client id of the message; chatroom messages are recalled by it. */
  message_client_id?: string;
  /** Account that sent the message. */
  sender_id?: string;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** Send time in milliseconds since the epoch. */
  create_time?: number;
  /** Kind of client the sender used (for example 32 for the server API). */
  sender_client_type?: number;
  /** Text of the message. */
  text?: string;
  /** Attachment of the message; chatroom notifications (type 5) carry their data here. */
  attachment?: Record<string, unknown>;
  /** Extension given when sending. */
  extension?: string;
}

/** One page of a sender's messages in a chatroom. */
export interface ChatroomMessagePage {
  /** More messages follow; pass `next_token` as `page_token` to get them. */
  has_more?: boolean;
  /** Cursor of the next page. */
  next_token?: string;
  /** The messages of this page. */
  items?: ChatroomHistoryMessage[];
}

/** Body of a chatroom message send. */
export interface SendChatroomMessageRequest {
  /** Account that sends the message; it must be in the chatroom. */
  sender_id?: string;
  /**
   * Deliver the message only to these members (a targeted message); everyone in the chatroom when
   * left out.
   */
  receiver_ids?: string[];
  /** Whether a chatroom message is sent again. 0: first send; 1: a resend of an earlier send. */
  resend_flag?: ChatroomResendFlag;
  /** Extension of your own, usually a JSON object encoded as a string. */
  extension?: string;
  /**
   * What a chatroom message says. Text and tip messages use `text`; every other kind puts its
   * content in `attachment`. Chatroom messages can be sent with the kinds 0, 1, 2, 3, 4, 6, 10 and
   * 100.
   */
  message?: ChatroomMessageBody;
  /**
   * Delivery settings of a chatroom message. The meaning and range of the priority and
   * frequency-control fields are not documented beyond their names.
   */
  message_config?: ChatroomMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Content-moderation settings for one message. */
  antispam_config?: AntispamConfig;
  /**
   * Parameters for an AI digital-human reply to the message. Only the official server SDKs describe
   * them.
   */
  ai_params?: AiParams;
}

/** The chatroom message sent, and the targeted receivers that did not get it. */
export interface SendChatroomMessageResult {
  /** A chatroom message as stored by the server after a successful send. */
  message?: ChatroomSentMessage;
  /** Targeted receivers that failed, with the reason. Only the Java SDK lists this field. */
  failed_list?: AccountFailure[];
}
