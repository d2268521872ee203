// Chatroom messages: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
  type WithFailures,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AiParams,
  AntispamConfig,
  BatchSendChatroomMessagesResult,
  ChatroomHistoryMessage,
  ChatroomMessageBody,
  ChatroomMessageConfig,
  ChatroomMessagePage,
  ChatroomResendFlag,
  MessageType,
  RouteConfig,
  SendChatroomMessageResult,
} from "../types/index.js";

/** The parameters of `chatroomMessages.send()`. */
export interface ChatroomMessagesSendParams {
  /** Id of the chatroom. Sent as path parameter `room_id`. */
  room_id: number;
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

/** The parameters of `chatroomMessages.listLegacy()`. */
export interface ChatroomMessagesListLegacyParams {
  /** Id of the chatroom. Sent as path parameter `room_id`. */
  room_id: number;
  /** Account whose messages are listed. Sent as query parameter `sender_id`. */
  sender_id: string;
  /**
   * Page size; a value out of range is rejected with code 414. 1 to 100. Sent as query parameter
   * `limit`.
   */
  limit: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Sort order. The documentation says true (its default) returns the messages in chronological
   * (ascending) order and false in reverse order, the opposite of what the name suggests; this has
   * not been checked against the live API. Sent as query parameter `descending`.
   */
  descending?: boolean;
  /**
   * Only messages of these kinds, sent comma-separated (0, 1, 2, 3, 4, 5, 6, 10, 11 and 100 are
   * listed); all kinds when left out. Sent as query parameter `message_type`.
   */
  message_type?: MessageType[];
}

/** The parameters of `chatroomMessages.batchSend()`. */
export interface ChatroomMessagesBatchSendParams {
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

/** The parameters of `chatroomMessages.recall()`. */
export interface ChatroomMessagesRecallParams {
  /** Id of the chatroom. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Client id of the message; chatroom messages are addressed by their client id. Sent as path
   * parameter `message_client_id`.
   */
  message_client_id: string;
  /** Account that recalls the message. Sent as query parameter `operator_id`. */
  operator_id: string;
  /** Sender of the message. Sent as query parameter `sender_id`. */
  sender_id: string;
  /**
   * Send time of the message in milliseconds since the epoch. Sent as query parameter
   * `create_time`.
   */
  create_time: number;
  /**
   * true: recall and notify the members; false: delete silently. Sent as query parameter
   * `notification_enabled`.
   */
  notification_enabled: boolean;
  /**
   * Extension carried by the recall notification, up to 1024 characters; only used when
   * `notification_enabled` is true. At most 1024 characters. Sent as query parameter
   * `notification_extension`.
   */
  notification_extension?: string;
}

/** The parameters of `chatroomMessages.list()`. */
export interface ChatroomMessagesListParams {
  /** Id of the chatroom. Sent as path parameter `room_id`. */
  room_id: number;
  /** Account whose messages are listed. Sent as query parameter `sender_id`. */
  sender_id: string;
  /**
   * Page size; a value out of range is rejected with code 414. 1 to 100. Sent as query parameter
   * `limit`.
   */
  limit: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Sort order. The documentation says true (its default) returns the messages in chronological
   * (ascending) order and false in reverse order, the opposite of what the name suggests; this has
   * not been checked against the live API. Sent as query parameter `descending`.
   */
  descending?: boolean;
  /**
   * Only messages of these kinds, sent comma-separated (0, 1, 2, 3, 4, 5, 6, 10, 11 and 100 are
   * listed); all kinds when left out. Sent as query parameter `message_type`.
   */
  message_type?: MessageType[];
}

/**
 * Send, recall and read the history of chatroom messages.
 *
 * Reached as `client.chatroomMessages`.
 */
export class ChatroomMessages extends APIResource {
  /**
   * Send a message to a chatroom.
   *
   * Sends one message from a member to everyone in a chatroom, or only to `receiver_ids` (a
   * targeted message). `message_config` controls history, priority and mute handling in the
   * chatroom. Keep the message's client id: chatroom messages are recalled by it. Targeted
   * receivers that fail are listed in `failed_list`.
   *
   * `POST /im/v2/chatrooms/{room_id}/messages`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TAwMzc0NzE?platform=server
   */
  send(
    params: ChatroomMessagesSendParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<SendChatroomMessageResult>> {
    return this._client.request<WithFailures<SendChatroomMessageResult>>(
      {
        method: "POST",
        path: path`/im/v2/chatrooms/${params.room_id}/messages`,
        body: {
          sender_id: params.sender_id,
          receiver_ids: params.receiver_ids,
          resend_flag: params.resend_flag,
          extension: params.extension,
          message: params.message,
          message_config: params.message_config,
          route_config: params.route_config,
          antispam_config: params.antispam_config,
          ai_params: params.ai_params,
        },
        idempotent: false,
        name: "chatroomMessages.send",
        fields: { message: "object", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * List one sender's chatroom history, page by page (deprecated /im/v2 form).
   *
   * The /im/v2 form of the chatroom history query, documented on Apifox. It takes the same
   * parameters as the /im/v2.1 operation, which replaces it; its documented answer has no
   * `next_token`, so paging may not work in this form.
   *
   * `GET /im/v2/chatrooms/{room_id}/messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://yunxin-im.apifox.cn/api-149334533
   * @deprecated Use `list` instead.
   */
  listLegacy(
    params: ChatroomMessagesListLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<ChatroomHistoryMessage, ChatroomMessagePage> {
    return this._client.paginate<ChatroomHistoryMessage, ChatroomMessagePage>(
      {
        method: "GET",
        path: path`/im/v2/chatrooms/${params.room_id}/messages`,
        query: {
          sender_id: params.sender_id,
          limit: params.limit,
          page_token: params.page_token,
          descending: params.descending,
          message_type: params.message_type,
        },
        idempotent: true,
        name: "chatroomMessages.listLegacy",
        deprecated: "use chatroomMessages.list() instead",
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
   * Send several messages to a chatroom.
   *
   * Sends several messages from one member to a chatroom in one call, all with the same targeting,
   * delivery and moderation settings. Messages and receivers that fail do not fail the call: the
   * sent messages are listed in `success_list` and the failures in `failed_list`.
   *
   * `POST /im/v2/chatrooms/messages`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-149310423
   */
  batchSend(
    params: ChatroomMessagesBatchSendParams = {},
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchSendChatroomMessagesResult>> {
    return this._client.request<WithFailures<BatchSendChatroomMessagesResult>>(
      {
        method: "POST",
        path: "/im/v2/chatrooms/messages",
        body: {
          room_id: params.room_id,
          sender_id: params.sender_id,
          receiver_ids: params.receiver_ids,
          resend_flag: params.resend_flag,
          extension: params.extension,
          messages: params.messages,
          message_config: params.message_config,
          route_config: params.route_config,
          antispam_config: params.antispam_config,
        },
        idempotent: false,
        name: "chatroomMessages.batchSend",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: { failed: "failed_list", succeeded: "success_list" },
      },
      options,
    );
  }

  /**
   * Recall or delete a chatroom message.
   *
   * Takes a message back from a chatroom's history. With `notification_enabled` true the members
   * are told (a recall); with false the message is removed silently (a delete). Nothing is
   * returned. The query parameters are known only from the official Java server SDK.
   *
   * `DELETE /im/v2/chatrooms/{room_id}/messages/{message_client_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/Tk5MTE3MDY?platform=server
   */
  recall(params: ChatroomMessagesRecallParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/chatrooms/${params.room_id}/messages/${params.message_client_id}`,
        query: {
          operator_id: params.operator_id,
          sender_id: params.sender_id,
          create_time: params.create_time,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: true,
        name: "chatroomMessages.recall",
      },
      options,
    );
  }

  /**
   * List one sender's chatroom history, page by page.
   *
   * Pages through the messages one account sent to a chatroom, optionally only some kinds. Pass
   * `next_token` back as `page_token` while `has_more` is true; a `limit` outside 1 to 100 is
   * rejected with code 414.
   *
   * `GET /im/v2.1/chatrooms/{room_id}/messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   */
  list(
    params: ChatroomMessagesListParams,
    options?: PageRequestOptions,
  ): PagePromise<ChatroomHistoryMessage, ChatroomMessagePage> {
    return this._client.paginate<ChatroomHistoryMessage, ChatroomMessagePage>(
      {
        method: "GET",
        path: path`/im/v2.1/chatrooms/${params.room_id}/messages`,
        query: {
          sender_id: params.sender_id,
          limit: params.limit,
          page_token: params.page_token,
          descending: params.descending,
          message_type: params.message_type,
        },
        idempotent: true,
        name: "chatroomMessages.list",
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
}
