// Chatrooms: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AntispamConfiguration,
  Chatroom,
  ChatroomAddressList,
  ChatroomDelayClosePolicy,
  ChatroomFixedMemberList,
  ChatroomInfo,
  ChatroomMember,
  ChatroomMemberRole,
  ChatroomOnlineMemberPage,
  OpenChatroomIdList,
} from "../types/index.js";

/** The parameters of `chatrooms.create()`. */
export interface ChatroomsCreateParams {
  /**
   * Account id of the creator, who owns the room. Needed in practice (the Go SDK refuses an empty
   * value), though no page marks it required. The limit of 32 characters is that of account ids. At
   * most 32 characters.
   */
  creator?: string;
  /**
   * Name of the chatroom. Needed in practice (the Go SDK refuses an empty value). At most 128
   * characters.
   */
  room_name?: string;
  /** Announcement of the chatroom. At most 4096 characters. */
  announcement?: string;
  /** Live-stream address to store with the chatroom. At most 1024 characters. */
  live_url?: string;
  /** Extension of your own. At most 4096 characters. */
  extension?: string;
  /**
   * Who may change the chatroom queue. The v2 sources do not list the values; the v1 create page
   * gives 0 (everyone, its default) and 1 (only the creator and administrators).
   */
  queue_level?: number;
  /**
   * How a chatroom closes itself. 0: no scheduled close; 1: close after a fixed delay whether or
   * not members are still inside; 2: close once the room has stayed empty for the delay. Scheduled
   * closing (the chatroom auto-destroy feature) must first be enabled in the console.
   */
  delay_close_policy?: ChatroomDelayClosePolicy;
  /**
   * Delay of the scheduled close in seconds, at most 7 days (604800). Used only when
   * `delay_close_policy` is 1 or 2. At most 604800.
   */
  delay_seconds?: number;
  /**
   * Notify the room when accounts enter or leave it. The v1 create page says these notifications
   * are on unless turned off; no v2 source states a default.
   */
  in_out_notification?: boolean;
  /** Content moderation of the room's name, announcement and extension in this request. */
  antispam_configuration?: AntispamConfiguration;
}

/** The parameters of `chatrooms.getAddress()`. */
export interface ChatroomsGetAddressParams {
  /** The chatroom to connect to. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * The account that will enter the room. Needed in practice (the Go SDK refuses an empty value),
   * though no page marks it required. Sent as query parameter `account_id`.
   */
  account_id?: string;
  /**
   * IP address of the client, used to pick nearby addresses. Needed in practice (the Go SDK refuses
   * an empty value and the Java SDK always sends it). Sent as query parameter `client_ip`.
   */
  client_ip?: string;
  /**
   * Kind of link the client wants. The v2 sources do not list the values; the v1 form of this call
   * used 1 (web link), 2 (regular link) and 3 (WeChat mini-program link). The Go SDK sends it only
   * when it is greater than 0. Sent as query parameter `client_type`.
   */
  client_type?: number;
  /**
   * Which IP family to return, presumably IPv4 or IPv6; the values are not documented. The Go SDK
   * sends it only when it is greater than 0. Sent as query parameter `ip_type`.
   */
  ip_type?: number;
}

/** The parameters of `chatrooms.get()`. */
export interface ChatroomsGetParams {
  /** The chatroom, as returned when it was created. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Also return `online_user_count`, the number of accounts online in the room. Default false. Sent
   * as query parameter `need_online_user_count`.
   */
  need_online_user_count?: boolean;
  /**
   * Also return the number of online accounts per platform (`ios_online_user_count` and the like).
   * Default false. Sent as query parameter `online_user_count_by_type`.
   */
  online_user_count_by_type?: boolean;
}

/** The parameters of `chatrooms.update()`. */
export interface ChatroomsUpdateParams {
  /** The chatroom, as returned when it was created. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * New name. The limit is that of the create operation; no source states it for updates. At most
   * 128 characters.
   */
  room_name?: string;
  /** New announcement. At most 4096 characters. */
  announcement?: string;
  /** New live-stream address. At most 1024 characters. */
  live_url?: string;
  /** New extension. At most 4096 characters. */
  extension?: string;
  /** New queue permission level (see `queue_level` of the create request). */
  queue_level?: number;
  /** Send the room a notification that its information changed. */
  notification_enabled?: boolean;
  /** Extension carried by that notification. */
  notification_extension?: string;
  /** Content moderation of the new name, announcement and extension. */
  antispam_configuration?: AntispamConfiguration;
}

/** The parameters of `chatrooms.setStatus()`. */
export interface ChatroomsSetStatusParams {
  /**
   * The chatroom to open or close, as returned when it was created. Sent as path parameter
   * `room_id`.
   */
  room_id: number;
  /** Account that performs the change; it must be the creator of the room. */
  operator_account_id: string;
  /** true: open the room; false: close it, which forces every online member out. Default true. */
  valid: boolean;
  /**
   * Scheduled close to set. The feature must be enabled in the console. The 2024 page says only
   * rooms created after enabling it can close on schedule; the 2025 page says a value sent here
   * overrides the console's policy, which applies otherwise. Default 0.
   */
  delay_close_policy?: ChatroomDelayClosePolicy;
  /**
   * Delay of the scheduled close in seconds; used only when `delay_close_policy` is 1 or 2. Both
   * the maximum and the default are 7 days (604800). 0 to 604800; default 604800.
   */
  delay_seconds?: number;
}

/** The parameters of `chatrooms.setChatBanned()`. */
export interface ChatroomsSetChatBannedParams {
  /** The chatroom to mute or unmute. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Account that performs the change: the creator or an administrator. Needed in practice (the Go
   * SDK refuses an empty value).
   */
  operator_account_id?: string;
  /** true: mute everyone except the creator and administrators; false: lift the mute. */
  chat_banned?: boolean;
  /**
   * Send the room a notification about the change; on by default according to the Java SDK. Default
   * true.
   */
  notification_enabled?: boolean;
  /** Extension carried by the notification. At most 2048 characters. */
  notification_extension?: string;
}

/** The parameters of `chatrooms.setInOutNotification()`. */
export interface ChatroomsSetInOutNotificationParams {
  /** The chatroom whose switch changes. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * true: notify enter and leave events; false: stop notifying them. Sent as query parameter
   * `in_out_notification`.
   */
  in_out_notification?: boolean;
}

/** The parameters of `chatrooms.listOpen()`. */
export interface ChatroomsListOpenParams {
  /**
   * The creator whose open rooms are listed. Needed in practice (the Go SDK refuses an empty
   * value), though no page marks it required. Sent as query parameter `creator_account_id`.
   */
  creator_account_id?: string;
}

/** The parameters of `chatrooms.listOnlineMembers()`. */
export interface ChatroomsListOnlineMembersParams {
  /** The chatroom whose online members are listed. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Only list members with these roles (see `ChatroomMemberRole`); sent comma-separated, for
   * example `1,2,0`. All online members when left out. Sent as query parameter `member_roles`.
   */
  member_roles?: ChatroomMemberRole[];
  /**
   * Where the page starts; 0 for the first page, then the `offset` of the previous answer. Both
   * SDKs always send it. At least 0. Sent as query parameter `offset`.
   */
  offset?: number;
  /**
   * Members per page; the maximum is not documented. The Go SDK refuses 0. At least 1. Sent as
   * query parameter `limit`.
   */
  limit?: number;
}

/** The parameters of `chatrooms.listFixedMembers()`. */
export interface ChatroomsListFixedMembersParams {
  /** The chatroom whose fixed members are listed. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Only list members with these roles (see `ChatroomMemberRole`); sent comma-separated, for
   * example `1,2,0`. Every fixed member when left out. Sent as query parameter `member_roles`.
   */
  member_roles?: ChatroomMemberRole[];
}

/**
 * Create, update, open, close and look up chatrooms.
 *
 * Reached as `client.chatrooms`.
 */
export class Chatrooms extends APIResource {
  /**
   * Create a chatroom.
   *
   * Creates a chatroom owned by `creator` and returns it with its new `room_id`. Chatrooms are a
   * paid add-on of Yunxin IM and can only be created from the server. A scheduled close
   * (`delay_close_policy`) works only after the auto-close feature is enabled in the console. No v2
   * documentation page covers this operation; required flags are unknown, and the official Go SDK
   * refuses to send it without `creator` and `room_name`.
   *
   * `POST /im/v2/chatrooms`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  create(params: ChatroomsCreateParams = {}, options?: RequestOptions): APIPromise<Chatroom> {
    return this._client.request<Chatroom>(
      {
        method: "POST",
        path: "/im/v2/chatrooms",
        body: {
          creator: params.creator,
          room_name: params.room_name,
          announcement: params.announcement,
          live_url: params.live_url,
          extension: params.extension,
          queue_level: params.queue_level,
          delay_close_policy: params.delay_close_policy,
          delay_seconds: params.delay_seconds,
          in_out_notification: params.in_out_notification,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: false,
        name: "chatrooms.create",
        fields: {
          room_id: "integer",
          room_name: "string",
          creator: "string",
          valid: "boolean",
          announcement: "string",
          live_url: "string",
          extension: "string",
          chat_banned: "boolean",
          queue_level: "integer",
          delay_info: "object",
        },
      },
      options,
    );
  }

  /**
   * Get the connection addresses of a chatroom.
   *
   * Returns the addresses that a client of `account_id` should connect to in order to enter the
   * chatroom, chosen near `client_ip`. Give the addresses to your client, which enters the room
   * through them. Only the SDKs describe this operation; the values of `client_type` and `ip_type`
   * are not documented.
   *
   * `GET /im/v2/chatrooms/{room_id}/actions/address`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  getAddress(
    params: ChatroomsGetAddressParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomAddressList> {
    return this._client.request<ChatroomAddressList>(
      {
        method: "GET",
        path: path`/im/v2/chatrooms/${params.room_id}/actions/address`,
        query: {
          account_id: params.account_id,
          client_ip: params.client_ip,
          client_type: params.client_type,
          ip_type: params.ip_type,
        },
        idempotent: true,
        name: "chatrooms.getAddress",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Get a chatroom.
   *
   * Returns a chatroom's information and switches. The online counts are filled only when asked
   * for: `need_online_user_count` for the total and `online_user_count_by_type` for the count per
   * platform.
   *
   * `GET /im/v2/chatrooms/{room_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-149275720
   */
  get(params: ChatroomsGetParams, options?: RequestOptions): APIPromise<ChatroomInfo> {
    return this._client.request<ChatroomInfo>(
      {
        method: "GET",
        path: path`/im/v2/chatrooms/${params.room_id}`,
        query: {
          need_online_user_count: params.need_online_user_count,
          online_user_count_by_type: params.online_user_count_by_type,
        },
        idempotent: true,
        name: "chatrooms.get",
        fields: {
          room_id: "integer",
          room_name: "string",
          creator: "string",
          valid: "boolean",
          announcement: "string",
          live_url: "string",
          extension: "string",
          chat_banned: "boolean",
          queue_level: "integer",
          delay_info: "object",
          in_out_notification: "integer",
          cdn_message_enable: "boolean",
          online_user_count: "integer",
          ios_online_user_count: "integer",
          android_online_user_count: "integer",
          pc_online_user_count: "integer",
          web_online_user_count: "integer",
          mac_online_user_count: "integer",
          harmony_online_user_count: "integer",
        },
      },
      options,
    );
  }

  /**
   * Update a chatroom.
   *
   * Changes the name, announcement, live-stream address, extension or queue permission of a
   * chatroom; fields left out keep their values. The room can be told about the change with
   * `notification_enabled`. No documentation page covers this operation; the fields come from the
   * SDKs.
   *
   * `PATCH /im/v2/chatrooms/{room_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  update(params: ChatroomsUpdateParams, options?: RequestOptions): APIPromise<Chatroom> {
    return this._client.request<Chatroom>(
      {
        method: "PATCH",
        path: path`/im/v2/chatrooms/${params.room_id}`,
        body: {
          room_name: params.room_name,
          announcement: params.announcement,
          live_url: params.live_url,
          extension: params.extension,
          queue_level: params.queue_level,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: true,
        name: "chatrooms.update",
        fields: {
          room_id: "integer",
          room_name: "string",
          creator: "string",
          valid: "boolean",
          announcement: "string",
          live_url: "string",
          extension: "string",
          chat_banned: "boolean",
          queue_level: "integer",
          delay_info: "object",
        },
      },
      options,
    );
  }

  /**
   * Open or close a chatroom.
   *
   * A new chatroom is open: every account may enter it. The creator can close it with this
   * operation, which forces every online member out, and open it again later. The same call sets or
   * changes the scheduled close of the room (`delay_close_policy`, `delay_seconds`), which needs
   * the auto-close feature enabled in the console.
   *
   * `PATCH /im/v2/chatrooms/{room_id}/actions/update_status`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DkwNzE5MjA?platform=server
   */
  setStatus(params: ChatroomsSetStatusParams, options?: RequestOptions): APIPromise<Chatroom> {
    return this._client.request<Chatroom>(
      {
        method: "PATCH",
        path: path`/im/v2/chatrooms/${params.room_id}/actions/update_status`,
        body: {
          operator_account_id: params.operator_account_id,
          valid: params.valid,
          delay_close_policy: params.delay_close_policy,
          delay_seconds: params.delay_seconds,
        },
        idempotent: true,
        name: "chatrooms.setStatus",
        fields: {
          room_id: "integer",
          room_name: "string",
          creator: "string",
          valid: "boolean",
          announcement: "string",
          live_url: "string",
          extension: "string",
          chat_banned: "boolean",
          queue_level: "integer",
          delay_info: "object",
        },
      },
      options,
    );
  }

  /**
   * Mute or unmute a whole chatroom.
   *
   * Mutes every member of the chatroom except its creator and administrators, or lifts that mute.
   * Only the creator or an administrator may do it. Only the SDKs describe this operation.
   *
   * `PATCH /im/v2/chatrooms/{room_id}/actions/chat_banned`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  setChatBanned(params: ChatroomsSetChatBannedParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/chatrooms/${params.room_id}/actions/chat_banned`,
        body: {
          operator_account_id: params.operator_account_id,
          chat_banned: params.chat_banned,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: true,
        name: "chatrooms.setChatBanned",
      },
      options,
    );
  }

  /**
   * Turn enter and leave notifications of a chatroom on or off.
   *
   * Decides whether the room is notified each time an account enters or leaves it. The new value
   * travels in the query string; the request has no body. Only the SDKs describe this operation.
   *
   * `PATCH /im/v2/chatrooms/{room_id}/actions/in_out_notification`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  setInOutNotification(
    params: ChatroomsSetInOutNotificationParams,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/chatrooms/${params.room_id}/actions/in_out_notification`,
        query: { in_out_notification: params.in_out_notification },
        idempotent: true,
        name: "chatrooms.setInOutNotification",
      },
      options,
    );
  }

  /**
   * List the open chatrooms of a creator.
   *
   * Returns the ids of every chatroom that `creator_account_id` created and that is open now, in
   * one unpaged list. The path really is spelled `opend_chatrooms`. Only the SDKs describe this
   * operation.
   *
   * `GET /im/v2/chatrooms/actions/opend_chatrooms`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  listOpen(
    params: ChatroomsListOpenParams = {},
    options?: RequestOptions,
  ): APIPromise<OpenChatroomIdList> {
    return this._client.request<OpenChatroomIdList>(
      {
        method: "GET",
        path: "/im/v2/chatrooms/actions/opend_chatrooms",
        query: { creator_account_id: params.creator_account_id },
        idempotent: true,
        name: "chatrooms.listOpen",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * List the online members of a chatroom.
   *
   * Pages through the accounts online in the chatroom, optionally only those with some roles.
   * Paging uses offsets: send 0 first, then the `offset` of the previous answer while `has_more` is
   * true. The largest page size is not documented. Only the SDKs describe this operation.
   *
   * `GET /im/v2/chatrooms/{room_id}/actions/list_online_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   */
  listOnlineMembers(
    params: ChatroomsListOnlineMembersParams,
    options?: PageRequestOptions,
  ): PagePromise<ChatroomMember, ChatroomOnlineMemberPage> {
    return this._client.paginate<ChatroomMember, ChatroomOnlineMemberPage>(
      {
        method: "GET",
        path: path`/im/v2/chatrooms/${params.room_id}/actions/list_online_members`,
        query: { member_roles: params.member_roles, offset: params.offset, limit: params.limit },
        idempotent: true,
        name: "chatrooms.listOnlineMembers",
        fields: { has_more: "boolean", offset: "integer", items: "array" },
      },
      {
        style: "offset",
        requestToken: "offset",
        limit: "limit",
        items: "items",
        hasMore: "has_more",
        responseToken: "offset",
      },
      options,
    );
  }

  /**
   * List the fixed members of a chatroom.
   *
   * Returns the fixed members of the chatroom (creator, administrators and regular members), online
   * or not, in one unpaged list; `member_roles` narrows it to some roles.
   *
   * `GET /im/v2/chatrooms/{room_id}/actions/list_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-149295052
   */
  listFixedMembers(
    params: ChatroomsListFixedMembersParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomFixedMemberList> {
    return this._client.request<ChatroomFixedMemberList>(
      {
        method: "GET",
        path: path`/im/v2/chatrooms/${params.room_id}/actions/list_members`,
        query: { member_roles: params.member_roles },
        idempotent: true,
        name: "chatrooms.listFixedMembers",
        fields: { items: "array" },
      },
      options,
    );
  }
}
