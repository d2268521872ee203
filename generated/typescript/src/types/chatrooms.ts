// Chatrooms (聊天室管理): the chatroom object, its requests and the member objects that the room-level member lists return. chatroom_members.yaml refers to this file, never the other way round.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AntispamConfiguration } from "./accounts.js";

/**
 * How a chatroom closes itself. 0: no scheduled close; 1: close after a fixed delay whether or not
 * members are still inside; 2: close once the room has stayed empty for the delay. Scheduled
 * closing (the chatroom auto-destroy feature) must first be enabled in the console.
 */
export type ChatroomDelayClosePolicy = 0 | 1 | 2;

/** The values of {@link ChatroomDelayClosePolicy} by name. */
export const ChatroomDelayClosePolicy = {
  /** No scheduled close. */
  NONE: 0,
  /** Close after the delay, even if members are still in the room. */
  FIXED_TIME: 1,
  /** Close after the room has been empty for the delay. */
  WHEN_IDLE: 2,
} as const;

/**
 * Role of an account in a chatroom. 0: regular fixed member; 1: seen in Apifox examples, most
 * likely the creator (no v2 page says so); 2: administrator; 3: guest, an account that is in the
 * room without being a fixed member.
 */
export type ChatroomMemberRole = 0 | 1 | 2 | 3;

/** The values of {@link ChatroomMemberRole} by name. */
export const ChatroomMemberRole = {
  /** Regular fixed member. */
  NORMAL: 0,
  /** Seen in Apifox examples; presumably the creator. Not documented and cannot be set. */
  CREATOR: 1,
  /** Administrator. */
  MANAGER: 2,
  /** Guest, not a fixed member. */
  GUEST: 3,
} as const;

/**
 * Scheduled-close state of a chatroom. Only the SDKs describe this object; no documentation page
 * lists it.
 */
export interface ChatroomDelayInfo {
  /** A scheduled close is active for the room. */
  delay_close_enable?: boolean;
  /**
   * How a chatroom closes itself. 0: no scheduled close; 1: close after a fixed delay whether or
   * not members are still inside; 2: close once the room has stayed empty for the delay. Scheduled
   * closing (the chatroom auto-destroy feature) must first be enabled in the console.
   */
  delay_close_policy?: ChatroomDelayClosePolicy;
  /** Delay of the scheduled close, in seconds. */
  delay_seconds?: number;
  /** Current state of the scheduled close; the values are not documented. */
  status?: number;
  /**
   * When the scheduled-close countdown started; the unit is not documented (most likely
   * milliseconds since the epoch).
   */
  start_time?: number;
}

/** A chatroom as the create, update and open/close operations return it. */
export interface Chatroom {
  /** Chatroom id, assigned by Yunxin when the room is created. */
  room_id?: number;
  /** Name of the chatroom. */
  room_name?: string;
  /** Account id of the creator (owner) of the chatroom. */
  creator?: string;
  /** true: the room is open and accounts may enter; false: it is closed. */
  valid?: boolean;
  /** Announcement of the chatroom. */
  announcement?: string;
  /** Live-stream address stored with the chatroom. */
  live_url?: string;
  /** Extension of your own stored with the chatroom. */
  extension?: string;
  /** The whole room is muted; only the creator and administrators may speak. */
  chat_banned?: boolean;
  /**
   * Who may change the chatroom queue. The v2 pages do not list the values; the v1 create page of
   * the same service gives 0 (everyone) and 1 (only the creator and administrators).
   */
  queue_level?: number;
  /**
   * Scheduled-close state of a chatroom. Only the SDKs describe this object; no documentation page
   * lists it.
   */
  delay_info?: ChatroomDelayInfo;
}

/** Addresses a client can use to connect to the chatroom. */
export interface ChatroomAddressList {
  /** Connection addresses, as `host:port` strings. */
  items?: string[];
}

/** One online client (device) of a chatroom member. Only the SDKs describe its fields. */
export interface ChatroomOnlineClient {
  /** Nickname the client uses in the room. */
  room_nick?: string;
  /** Avatar the client uses in the room. */
  room_avatar?: string;
  /**
   * When the client entered the room; the unit is not documented (most likely milliseconds since
   * the epoch).
   */
  enter_time?: number;
  /** Platform of the client; the values are not documented. */
  client_type?: number;
  /** The client is a robot. */
  robot?: boolean;
}

/**
 * A member of a chatroom, fixed or online. Field names follow the official SDKs; Apifox names only
 * some of them, in an example.
 */
export interface ChatroomMember {
  /** Account id of the member. */
  account_id?: string;
  /** Nickname in the room. */
  room_nick?: string;
  /** Avatar in the room. */
  room_avatar?: string;
  /** Extension stored with the member. */
  extension?: string;
  /**
   * Role of an account in a chatroom. 0: regular fixed member; 1: seen in Apifox examples, most
   * likely the creator (no v2 page says so); 2: administrator; 3: guest, an account that is in the
   * room without being a fixed member.
   */
  member_role?: ChatroomMemberRole;
  /** Level of the member, a number of your own. */
  member_level?: number;
  /** The member is online in the room now. */
  is_online?: boolean;
  /**
   * When the member entered the room; the unit is not documented (most likely milliseconds since
   * the epoch).
   */
  enter_time?: number;
  /** The member is on the room's block list. */
  blocked?: boolean;
  /** The member is muted in the room until the mute is lifted. */
  chat_banned?: boolean;
  /** The member is temporarily muted. */
  temp_chat_banned?: boolean;
  /** Time left of, or end of, the temporary mute; neither meaning nor unit is documented. */
  temp_chat_banned_time?: number;
  /**
   * Tags of the member, as one string. The SDKs type it as a string; it presumably holds a JSON
   * array of the tags, which no source confirms.
   */
  tags?: string;
  /** Tag expression that selects who is notified when this member enters or leaves. */
  notify_target_tags?: string;
  /** One entry per client of the member that is online in the room. */
  online_info_list?: ChatroomOnlineClient[];
  /** Number of clients of the member that are online in the room. */
  online_count?: number;
}

/** The fixed members of a chatroom, all in one list. */
export interface ChatroomFixedMemberList {
  /** The fixed members with the roles asked for. */
  items?: ChatroomMember[];
}

/**
 * A chatroom as the get operation returns it: the chatroom fields plus its switches and, when asked
 * for, its online counts.
 */
export interface ChatroomInfo extends Chatroom {
  /**
   * Whether enter and leave events of the room are notified; 1 is on and 0 presumably off (the
   * values are not documented).
   */
  in_out_notification?: number;
  /** Messages of the room are also delivered through the CDN. */
  cdn_message_enable?: boolean;
  /** Accounts online in the room; returned when `need_online_user_count` is true. */
  online_user_count?: number;
  /** Online accounts on iOS; returned when `online_user_count_by_type` is true. */
  ios_online_user_count?: number;
  /** Online accounts on Android; returned when `online_user_count_by_type` is true. */
  android_online_user_count?: number;
  /** Online accounts on Windows PCs; returned when `online_user_count_by_type` is true. */
  pc_online_user_count?: number;
  /** Online accounts on the web; returned when `online_user_count_by_type` is true. */
  web_online_user_count?: number;
  /** Online accounts on macOS; returned when `online_user_count_by_type` is true. */
  mac_online_user_count?: number;
  /** Online accounts on HarmonyOS. Only the SDKs list this count; Apifox does not. */
  harmony_online_user_count?: number;
}

/** One page of the online members of a chatroom. */
export interface ChatroomOnlineMemberPage {
  /** More members follow; ask again with the returned `offset`. */
  has_more?: boolean;
  /** The offset to send to get the next page. */
  offset?: number;
  /** The members on this page. */
  items?: ChatroomMember[];
}

/**
 * Body of a chatroom creation. No documentation page covers the v2 operation; fields, lengths and
 * meanings come from the official SDKs.
 */
export interface CreateChatroomRequest {
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

/** The chatrooms of a creator that are currently open. */
export interface OpenChatroomIdList {
  /**
   * Ids of the open chatrooms, written as decimal strings (as the v1 form of this query also
   * returns them).
   */
  items?: string[];
}

/** Body of the whole-room mute switch. Fields come from the official SDKs. */
export interface SetChatroomChatBannedRequest {
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

/** Body of the open/close operation. */
export interface SetChatroomStatusRequest {
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

/**
 * Body of a chatroom update; only the fields sent change. Fields come from the official SDKs; no
 * documentation page covers this operation.
 */
export interface UpdateChatroomRequest {
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
