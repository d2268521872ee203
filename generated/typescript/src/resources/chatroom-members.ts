// Chatroom members: generated from the OpenAPI spec; do not edit by hand.

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
  AccountBatchResult,
  AntispamConfiguration,
  BatchGetChatroomMembersResult,
  ChatroomBlockedMemberList,
  ChatroomMemberRole,
  ChatroomMemberWithRoomId,
  ChatroomMuteResult,
  ChatroomMutedMemberList,
  ChatroomTaggedMemberCount,
  ChatroomTaggedMemberPage,
  ChatroomVirtualMemberInput,
  ChatroomVirtualMemberList,
  ClearChatroomVirtualMembersResult,
} from "../types/index.js";

/** The parameters of `chatroomMembers.setRole()`. */
export interface ChatroomMembersSetRoleParams {
  /** The member concerned. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. Needed in practice (the Go SDK refuses 0), though no page marks it required. */
  room_id?: number;
  /**
   * Account that performs the change. Only the creator may make or unmake administrators; the
   * creator or an administrator may set the other roles.
   */
  operator_account_id?: string;
  /**
   * The role to give: 0 makes the account a regular fixed member (creator or administrator may do
   * this), 2 an administrator (creator only), 3 a guest, which removes its fixed-member status
   * (creator or administrator). 1 cannot be set.
   */
  member_role?: ChatroomMemberRole;
  /** Nickname of the member in the room. */
  room_nick?: string;
  /** Avatar of the member in the room. */
  room_avatar?: string;
  /** Level of the member, a number of your own. */
  member_level?: number;
  /** Extension to store with the member. */
  extension?: string;
  /** Send the room a notification about the change. Default false. */
  notification_enabled?: boolean;
  /** Extension carried by the notification, a JSON string. At most 2048 characters. */
  notification_extension?: string;
  /** Content moderation of the nickname, avatar and extension in this request. */
  antispam_configuration?: AntispamConfiguration;
}

/** The parameters of `chatroomMembers.updateOnlineMember()`. */
export interface ChatroomMembersUpdateOnlineMemberParams {
  /** The member concerned. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. Needed in practice (the Go SDK refuses 0). */
  room_id?: number;
  /**
   * Also store the change permanently. It matters only for fixed members; updating a fixed member
   * who is offline fails unless this is true. Default false.
   */
  persistence?: boolean;
  /** New nickname in the room. */
  room_nick?: string;
  /** New avatar in the room. */
  room_avatar?: string;
  /** New extension of the member. At most 4096 characters. */
  extension?: string;
  /** Send the room a notification about the change. Default false. */
  notification_enabled?: boolean;
  /** Extension carried by the notification, a JSON string. At most 2048 characters. */
  notification_extension?: string;
  /** Content moderation of the new nickname, avatar and extension. */
  antispam_configuration?: AntispamConfiguration;
}

/** The parameters of `chatroomMembers.setChatBanned()`. */
export interface ChatroomMembersSetChatBannedParams {
  /** The member to mute or unmute. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. Needed in practice (the Go SDK refuses 0). */
  room_id?: number;
  /** Account that performs the change. Needed in practice (the Go SDK refuses an empty value). */
  operator_account_id?: string;
  /** true: mute the member until the mute is lifted; false: lift it. */
  chat_banned?: boolean;
  /**
   * Send the room a notification about the change. No source states the default; the other member
   * operations default to false.
   */
  notification_enabled?: boolean;
  /** Extension carried by the notification, a JSON string. At most 2048 characters. */
  notification_extension?: string;
}

/** The parameters of `chatroomMembers.listChatBannedLegacy()`. */
export interface ChatroomMembersListChatBannedLegacyParams {
  /**
   * The chatroom whose muted members are listed. The API path writes this segment as `{room_id}`;
   * it is named `account_id` here only because the mute operation on the same path uses that name.
   * Sent as path parameter `account_id`.
   */
  account_id: number;
}

/** The parameters of `chatroomMembers.setTempChatBanned()`. */
export interface ChatroomMembersSetTempChatBannedParams {
  /** The member to mute or unmute temporarily. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. */
  room_id?: number;
  /** Account that performs the change. */
  operator_account_id?: string;
  /** true: mute the member for `chat_banned_duration`; false: lift the temporary mute. */
  chat_banned?: boolean;
  /**
   * Length of the mute in seconds, at most 30 days (2592000). Required when `chat_banned` is true.
   * 0 to 2592000.
   */
  chat_banned_duration?: number;
  /** Send the room a notification after the change. Default false. */
  notification_enabled?: boolean;
  /** Extension carried by the notification, a JSON string. At most 2048 characters. */
  notification_extension?: string;
}

/** The parameters of `chatroomMembers.listChatBanned()`. */
export interface ChatroomMembersListChatBannedParams {
  /** The chatroom whose muted members are listed. Sent as path parameter `room_id`. */
  room_id: number;
}

/** The parameters of `chatroomMembers.setBlocked()`. */
export interface ChatroomMembersSetBlockedParams {
  /** The member to block or unblock. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. */
  room_id?: number;
  /** Account that performs the change. */
  operator_account_id?: string;
  /** true: put the member on the room's block list; false: take it off. */
  blocked?: boolean;
  /** Send the room a notification about the change. No source states the default. */
  notification_enabled?: boolean;
  /** Extension carried by the notification. */
  notification_extension?: string;
}

/** The parameters of `chatroomMembers.listBlockedLegacy()`. */
export interface ChatroomMembersListBlockedLegacyParams {
  /**
   * The chatroom whose block list is returned. The API path writes this segment as `{room_id}`; it
   * is named `account_id` here only because the block operation on the same path uses that name.
   * Sent as path parameter `account_id`.
   */
  account_id: number;
}

/** The parameters of `chatroomMembers.listBlocked()`. */
export interface ChatroomMembersListBlockedParams {
  /** The chatroom whose block list is returned. Sent as path parameter `room_id`. */
  room_id: number;
}

/** The parameters of `chatroomMembers.setTaggedChatBanned()`. */
export interface ChatroomMembersSetTaggedChatBannedParams {
  /** The chatroom. */
  room_id?: number;
  /** Account that performs the change. */
  operator_account_id?: string;
  /** The tag whose online members are muted or unmuted. */
  target_tag?: string;
  /** true: mute the members with the tag for `chat_banned_duration`; false: lift the mute. */
  chat_banned?: boolean;
  /**
   * Length of the mute in seconds, at most 30 days (2592000). Required when `chat_banned` is true.
   * 0 to 2592000.
   */
  chat_banned_duration?: number;
  /** Send a notification after the change. Default false. */
  notification_enabled?: boolean;
  /** Extension carried by the notification, a JSON string. At most 2048 characters. */
  notification_extension?: string;
  /**
   * Tag expression selecting who receives the notification, for example `{"tag":"vip"} AND
   * {"tag":"beijing"}`. By default the members with `target_tag` receive it.
   */
  notification_target_tags?: string;
}

/** The parameters of `chatroomMembers.updateTags()`. */
export interface ChatroomMembersUpdateTagsParams {
  /** The online member whose tags change. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. */
  room_id?: number;
  /**
   * The member's new tags; they replace the old ones. The client guide allows at most 10 tags per
   * account. At most 10 items.
   */
  tags?: string[];
  /**
   * Tag expression selecting who is notified of the change, for example `{"tag":"vip"}`. Note the
   * `notify_` prefix, where other operations write `notification_`.
   */
  notify_target_tags?: string;
  /** Extension carried by the notification. */
  notify_extension?: string;
}

/** The parameters of `chatroomMembers.getTaggedMemberCount()`. */
export interface ChatroomMembersGetTaggedMemberCountParams {
  /** The chatroom to count in. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * The tag to count. Needed in practice (the Go SDK refuses an empty value), though no page marks
   * it required. Sent as query parameter `tag`.
   */
  tag?: string;
}

/** The parameters of `chatroomMembers.listTaggedMembers()`. */
export interface ChatroomMembersListTaggedMembersParams {
  /** The chatroom whose members are listed. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * The tag to list. Needed in practice (the Go SDK refuses an empty value). Sent as query
   * parameter `tag`.
   */
  tag?: string;
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

/** The parameters of `chatroomMembers.batchGet()`. */
export interface ChatroomMembersBatchGetParams {
  /** The chatroom the members belong to. Sent as path parameter `room_id`. */
  room_id: number;
  /** The accounts to look up; sent comma-separated. Sent as query parameter `account_ids`. */
  account_ids?: string[];
}

/** The parameters of `chatroomMembers.addVirtualMembers()`. */
export interface ChatroomMembersAddVirtualMembersParams {
  /** The chatroom. Needed in practice (the Go SDK refuses 0). */
  room_id?: number;
  /** The virtual members to add; at least one. No source states a maximum. */
  virtual_members?: ChatroomVirtualMemberInput[];
  /** Extension of the request; what the server does with it is not documented. */
  extension?: string;
  /** Send the room a notification about the new members. No source states the default. */
  notification_enabled?: boolean;
  /** Extension carried by the notification. */
  notification_extension?: string;
}

/** The parameters of `chatroomMembers.deleteVirtualMembers()`. */
export interface ChatroomMembersDeleteVirtualMembersParams {
  /**
   * The chatroom. Needed in practice, though no page marks it required. Sent as query parameter
   * `room_id`.
   */
  room_id?: number;
  /**
   * The virtual members to remove, at least one; sent comma-separated. Sent as query parameter
   * `account_ids`.
   */
  account_ids?: string[];
  /**
   * Send the room a notification about the removal. The SDKs send it only when it is set; no source
   * states the default. Sent as query parameter `notification_enabled`.
   */
  notification_enabled?: boolean;
}

/** The parameters of `chatroomMembers.listVirtualMembersLegacy()`. */
export interface ChatroomMembersListVirtualMembersLegacyParams {
  /**
   * The chatroom. Needed in practice, though no page marks it required. Sent as query parameter
   * `room_id`.
   */
  room_id?: number;
}

/** The parameters of `chatroomMembers.clearVirtualMembers()`. */
export interface ChatroomMembersClearVirtualMembersParams {
  /**
   * The chatroom. Needed in practice, though no page marks it required. Sent as query parameter
   * `room_id`.
   */
  room_id?: number;
  /**
   * Send the room a notification about the removal. The SDKs send it only when it is set; no source
   * states the default. Sent as query parameter `notification_enabled`.
   */
  notification_enabled?: boolean;
}

/** The parameters of `chatroomMembers.listVirtualMembers()`. */
export interface ChatroomMembersListVirtualMembersParams {
  /**
   * The chatroom; a query parameter here, not a path segment. Needed in practice, though no page
   * marks it required. Sent as query parameter `room_id`.
   */
  room_id?: number;
}

/** The parameters of `chatroomMembers.kick()`. */
export interface ChatroomMembersKickParams {
  /** The member to kick out. Sent as path parameter `account_id`. */
  account_id: string;
  /** The chatroom. */
  room_id?: number;
  /** Account that performs the kick. */
  operator_account_id?: string;
  /** Send the room a notification about the kick. No source states the default. */
  notification_enabled?: boolean;
  /** Extension carried by the notification. */
  notification_extension?: string;
}

/**
 * Roles, mutes, block lists, tags and virtual members of chatrooms.
 *
 * Reached as `client.chatroomMembers`.
 */
export class ChatroomMembers extends APIResource {
  /**
   * Set the role of a chatroom member.
   *
   * Makes an account a regular fixed member (0), an administrator (2) or a guest again (3), and can
   * set its nickname, avatar, level and extension in the room at the same time. Only the creator
   * may make or unmake administrators; the creator or an administrator may set the other roles.
   * Only the SDKs describe this operation.
   *
   * `POST /im/v2/room_members/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147209949
   */
  setRole(params: ChatroomMembersSetRoleParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: path`/im/v2/room_members/${params.account_id}`,
        body: {
          room_id: params.room_id,
          operator_account_id: params.operator_account_id,
          member_role: params.member_role,
          room_nick: params.room_nick,
          room_avatar: params.room_avatar,
          member_level: params.member_level,
          extension: params.extension,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: true,
        name: "chatroomMembers.setRole",
      },
      options,
    );
  }

  /**
   * Update the room profile of an online chatroom member.
   *
   * Changes the nickname, avatar or extension that an online member shows in the room; fields left
   * out keep their values. With `persistence` the change is also stored for a fixed member, and
   * only then can an offline fixed member be updated. Only the SDKs describe this operation.
   *
   * `PATCH /im/v2/room_members/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  updateOnlineMember(
    params: ChatroomMembersUpdateOnlineMemberParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomMemberWithRoomId> {
    return this._client.request<ChatroomMemberWithRoomId>(
      {
        method: "PATCH",
        path: path`/im/v2/room_members/${params.account_id}`,
        body: {
          room_id: params.room_id,
          persistence: params.persistence,
          room_nick: params.room_nick,
          room_avatar: params.room_avatar,
          extension: params.extension,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
          antispam_configuration: params.antispam_configuration,
        },
        idempotent: true,
        name: "chatroomMembers.updateOnlineMember",
        fields: {
          account_id: "string",
          room_nick: "string",
          room_avatar: "string",
          extension: "string",
          member_role: "integer",
          member_level: "integer",
          is_online: "boolean",
          enter_time: "integer",
          blocked: "boolean",
          chat_banned: "boolean",
          temp_chat_banned: "boolean",
          temp_chat_banned_time: "integer",
          tags: "string",
          notify_target_tags: "string",
          online_info_list: "array",
          online_count: "integer",
          room_id: "integer",
        },
      },
      options,
    );
  }

  /**
   * Mute or unmute a chatroom member.
   *
   * Mutes a member of the chatroom until the mute is lifted, or lifts it. For a mute that ends by
   * itself use the temporary mute. Only the SDKs describe this operation.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/chat_banned`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  setChatBanned(
    params: ChatroomMembersSetChatBannedParams,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/room_members/${params.account_id}/actions/chat_banned`,
        body: {
          room_id: params.room_id,
          operator_account_id: params.operator_account_id,
          chat_banned: params.chat_banned,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: true,
        name: "chatroomMembers.setChatBanned",
      },
      options,
    );
  }

  /**
   * List the muted members of a chatroom (deprecated /im/v2 form).
   *
   * The /im/v2 form of the muted-member list, which older Java SDK files call. It answers like the
   * /im/v2.1 operation, which replaces it. The path segment after `room_members` is the chatroom id
   * here, not an account id.
   *
   * `GET /im/v2/room_members/{account_id}/actions/chat_banned`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @deprecated Use `listChatBanned` instead.
   */
  listChatBannedLegacy(
    params: ChatroomMembersListChatBannedLegacyParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomMutedMemberList> {
    return this._client.request<ChatroomMutedMemberList>(
      {
        method: "GET",
        path: path`/im/v2/room_members/${params.account_id}/actions/chat_banned`,
        idempotent: true,
        name: "chatroomMembers.listChatBannedLegacy",
        deprecated: "use chatroomMembers.listChatBanned() instead",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Mute a chatroom member for a while.
   *
   * Mutes a member of the chatroom for `chat_banned_duration` seconds (at most 30 days), or lifts
   * that temporary mute. The answer gives the length of the mute now in force.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/temp_chat_banned`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147380719
   */
  setTempChatBanned(
    params: ChatroomMembersSetTempChatBannedParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomMuteResult> {
    return this._client.request<ChatroomMuteResult>(
      {
        method: "PATCH",
        path: path`/im/v2/room_members/${params.account_id}/actions/temp_chat_banned`,
        body: {
          room_id: params.room_id,
          operator_account_id: params.operator_account_id,
          chat_banned: params.chat_banned,
          chat_banned_duration: params.chat_banned_duration,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: true,
        name: "chatroomMembers.setTempChatBanned",
        fields: { mute_duration: "integer" },
      },
      options,
    );
  }

  /**
   * List the muted members of a chatroom.
   *
   * Returns the muted members of the chatroom in one unpaged list. Only the SDKs describe this
   * operation.
   *
   * `GET /im/v2.1/room_members/{room_id}/actions/chat_banned`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  listChatBanned(
    params: ChatroomMembersListChatBannedParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomMutedMemberList> {
    return this._client.request<ChatroomMutedMemberList>(
      {
        method: "GET",
        path: path`/im/v2.1/room_members/${params.room_id}/actions/chat_banned`,
        idempotent: true,
        name: "chatroomMembers.listChatBanned",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Block or unblock a chatroom member.
   *
   * Puts a member on the chatroom's block list (黑名单) or takes it off. A blocked account cannot
   * enter the room.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/blocked`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147397322
   */
  setBlocked(params: ChatroomMembersSetBlockedParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/room_members/${params.account_id}/actions/blocked`,
        body: {
          room_id: params.room_id,
          operator_account_id: params.operator_account_id,
          blocked: params.blocked,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: true,
        name: "chatroomMembers.setBlocked",
      },
      options,
    );
  }

  /**
   * List the blocked members of a chatroom (deprecated /im/v2 form).
   *
   * The /im/v2 form of the block-list query, which older Java SDK files call. It answers like the
   * /im/v2.1 operation, which replaces it. The path segment after `room_members` is the chatroom id
   * here, not an account id.
   *
   * `GET /im/v2/room_members/{account_id}/actions/blocked`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @deprecated Use `listBlocked` instead.
   */
  listBlockedLegacy(
    params: ChatroomMembersListBlockedLegacyParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomBlockedMemberList> {
    return this._client.request<ChatroomBlockedMemberList>(
      {
        method: "GET",
        path: path`/im/v2/room_members/${params.account_id}/actions/blocked`,
        idempotent: true,
        name: "chatroomMembers.listBlockedLegacy",
        deprecated: "use chatroomMembers.listBlocked() instead",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * List the blocked members of a chatroom.
   *
   * Returns the chatroom's block list (黑名单) in one unpaged list. Only the SDKs describe this
   * operation.
   *
   * `GET /im/v2.1/room_members/{room_id}/actions/blocked`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  listBlocked(
    params: ChatroomMembersListBlockedParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomBlockedMemberList> {
    return this._client.request<ChatroomBlockedMemberList>(
      {
        method: "GET",
        path: path`/im/v2.1/room_members/${params.room_id}/actions/blocked`,
        idempotent: true,
        name: "chatroomMembers.listBlocked",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Mute or unmute the chatroom members that carry a tag.
   *
   * Mutes every member of the chatroom that carries `target_tag` for `chat_banned_duration` seconds
   * (at most 30 days), or lifts that mute. The notification goes to the members with the tag unless
   * `notification_target_tags` selects others. The navigation of the documentation lists this
   * operation twice; only one operation is known.
   *
   * `PATCH /im/v2/room_members/actions/chat_banned_tagged_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147415537
   */
  setTaggedChatBanned(
    params: ChatroomMembersSetTaggedChatBannedParams = {},
    options?: RequestOptions,
  ): APIPromise<ChatroomMuteResult> {
    return this._client.request<ChatroomMuteResult>(
      {
        method: "PATCH",
        path: "/im/v2/room_members/actions/chat_banned_tagged_members",
        body: {
          room_id: params.room_id,
          operator_account_id: params.operator_account_id,
          target_tag: params.target_tag,
          chat_banned: params.chat_banned,
          chat_banned_duration: params.chat_banned_duration,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
          notification_target_tags: params.notification_target_tags,
        },
        idempotent: true,
        name: "chatroomMembers.setTaggedChatBanned",
        fields: { mute_duration: "integer" },
      },
      options,
    );
  }

  /**
   * Replace the tags of an online chatroom member.
   *
   * Replaces the tags of a member who is online in the chatroom. Tags let messages, notifications
   * and tag mutes target groups of members. The accounts matched by `notify_target_tags` are told
   * about the change.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/tags`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-147423821
   */
  updateTags(params: ChatroomMembersUpdateTagsParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/room_members/${params.account_id}/actions/tags`,
        body: {
          room_id: params.room_id,
          tags: params.tags,
          notify_target_tags: params.notify_target_tags,
          notify_extension: params.notify_extension,
        },
        idempotent: true,
        name: "chatroomMembers.updateTags",
      },
      options,
    );
  }

  /**
   * Count the online chatroom members that carry a tag.
   *
   * Returns how many members online in the chatroom carry `tag`. Only the SDKs describe this
   * operation.
   *
   * `GET /im/v2/room_members/{room_id}/actions/tagged_members_count`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  getTaggedMemberCount(
    params: ChatroomMembersGetTaggedMemberCountParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomTaggedMemberCount> {
    return this._client.request<ChatroomTaggedMemberCount>(
      {
        method: "GET",
        path: path`/im/v2/room_members/${params.room_id}/actions/tagged_members_count`,
        query: { tag: params.tag },
        idempotent: true,
        name: "chatroomMembers.getTaggedMemberCount",
        fields: { tag: "string", online_user_count: "integer" },
      },
      options,
    );
  }

  /**
   * List the online chatroom members that carry a tag.
   *
   * Pages through the members online in the chatroom that carry `tag`. Paging uses offsets: send 0
   * first, then the `offset` of the previous answer while `has_more` is true. The largest page size
   * is not documented. Only the SDKs describe this operation.
   *
   * `GET /im/v2/room_members/{room_id}/actions/list_tag_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   */
  listTaggedMembers(
    params: ChatroomMembersListTaggedMembersParams,
    options?: PageRequestOptions,
  ): PagePromise<ChatroomMemberWithRoomId, ChatroomTaggedMemberPage> {
    return this._client.paginate<ChatroomMemberWithRoomId, ChatroomTaggedMemberPage>(
      {
        method: "GET",
        path: path`/im/v2/room_members/${params.room_id}/actions/list_tag_members`,
        query: { tag: params.tag, offset: params.offset, limit: params.limit },
        idempotent: true,
        name: "chatroomMembers.listTaggedMembers",
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
   * Get several fixed members of a chatroom.
   *
   * Looks up several fixed members of the chatroom by account id. Accounts that cannot be returned
   * do not fail the call: they come back in `failed_list`. The largest number of ids per call is
   * not documented. Only the SDKs describe this operation.
   *
   * `GET /im/v2/room_members/{room_id}/actions/batch`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  batchGet(
    params: ChatroomMembersBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetChatroomMembersResult>> {
    return this._client.request<WithFailures<BatchGetChatroomMembersResult>>(
      {
        method: "GET",
        path: path`/im/v2/room_members/${params.room_id}/actions/batch`,
        query: { account_ids: params.account_ids },
        idempotent: true,
        name: "chatroomMembers.batchGet",
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

  /**
   * Add virtual members to a chatroom.
   *
   * Adds virtual (fake) members, accounts that appear in the room without a client behind them.
   * Members that cannot be added are listed in `failed_list` without failing the call. Only the
   * SDKs describe this operation; the largest number of members per call is not documented.
   *
   * `POST /im/v2/room_members/actions/virtual_members`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  addVirtualMembers(
    params: ChatroomMembersAddVirtualMembersParams = {},
    options?: RequestOptions,
  ): APIPromise<WithFailures<AccountBatchResult>> {
    return this._client.request<WithFailures<AccountBatchResult>>(
      {
        method: "POST",
        path: "/im/v2/room_members/actions/virtual_members",
        body: {
          room_id: params.room_id,
          virtual_members: params.virtual_members,
          extension: params.extension,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: false,
        name: "chatroomMembers.addVirtualMembers",
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

  /**
   * Remove virtual members from a chatroom.
   *
   * Removes the given virtual members from the chatroom. The parameters travel in the query string;
   * the request has no body. Members that cannot be removed are listed in `failed_list` without
   * failing the call. Only the SDKs describe this operation.
   *
   * `DELETE /im/v2/room_members/actions/virtual_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  deleteVirtualMembers(
    params: ChatroomMembersDeleteVirtualMembersParams = {},
    options?: RequestOptions,
  ): APIPromise<WithFailures<AccountBatchResult>> {
    return this._client.request<WithFailures<AccountBatchResult>>(
      {
        method: "DELETE",
        path: "/im/v2/room_members/actions/virtual_members",
        query: {
          room_id: params.room_id,
          account_ids: params.account_ids,
          notification_enabled: params.notification_enabled,
        },
        idempotent: true,
        name: "chatroomMembers.deleteVirtualMembers",
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

  /**
   * List the virtual members of a chatroom (deprecated /im/v2 form).
   *
   * The /im/v2 form of the virtual-member list, which older Java SDK files call. It answers like
   * the /im/v2.1 operation, which replaces it.
   *
   * `GET /im/v2/room_members/actions/virtual_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @deprecated Use `listVirtualMembers` instead.
   */
  listVirtualMembersLegacy(
    params: ChatroomMembersListVirtualMembersLegacyParams = {},
    options?: RequestOptions,
  ): APIPromise<ChatroomVirtualMemberList> {
    return this._client.request<ChatroomVirtualMemberList>(
      {
        method: "GET",
        path: "/im/v2/room_members/actions/virtual_members",
        query: { room_id: params.room_id },
        idempotent: true,
        name: "chatroomMembers.listVirtualMembersLegacy",
        deprecated: "use chatroomMembers.listVirtualMembers() instead",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Remove every virtual member of a chatroom.
   *
   * Removes all virtual members of the chatroom and says how many there were. The parameters travel
   * in the query string; the request has no body. Only the SDKs describe this operation.
   *
   * `DELETE /im/v2/room_members/actions/clear_virtual_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  clearVirtualMembers(
    params: ChatroomMembersClearVirtualMembersParams = {},
    options?: RequestOptions,
  ): APIPromise<ClearChatroomVirtualMembersResult> {
    return this._client.request<ClearChatroomVirtualMembersResult>(
      {
        method: "DELETE",
        path: "/im/v2/room_members/actions/clear_virtual_members",
        query: { room_id: params.room_id, notification_enabled: params.notification_enabled },
        idempotent: true,
        name: "chatroomMembers.clearVirtualMembers",
        fields: { count: "integer" },
      },
      options,
    );
  }

  /**
   * List the virtual members of a chatroom.
   *
   * Returns the virtual members of the chatroom in one unpaged list. Only the SDKs describe this
   * operation.
   *
   * `GET /im/v2.1/room_members/actions/virtual_members`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  listVirtualMembers(
    params: ChatroomMembersListVirtualMembersParams = {},
    options?: RequestOptions,
  ): APIPromise<ChatroomVirtualMemberList> {
    return this._client.request<ChatroomVirtualMemberList>(
      {
        method: "GET",
        path: "/im/v2.1/room_members/actions/virtual_members",
        query: { room_id: params.room_id },
        idempotent: true,
        name: "chatroomMembers.listVirtualMembers",
        fields: { items: "array" },
      },
      options,
    );
  }

  /**
   * Kick a member out of a chatroom.
   *
   * Forces a member out of the chatroom. Only the official Java SDK knows this operation; no
   * documentation page describes it, so its required fields, limits and permissions are unknown
   * (presumably the operator must be the creator or an administrator).
   *
   * `PATCH /im/v2.1/room_members/{account_id}/actions/kicked`; not retried once it may have reached
   * the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  kick(params: ChatroomMembersKickParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2.1/room_members/${params.account_id}/actions/kicked`,
        body: {
          room_id: params.room_id,
          operator_account_id: params.operator_account_id,
          notification_enabled: params.notification_enabled,
          notification_extension: params.notification_extension,
        },
        idempotent: false,
        name: "chatroomMembers.kick",
      },
      options,
    );
  }
}
