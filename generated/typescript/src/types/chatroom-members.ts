// Chatroom members (聊天室成员): requests and results of the member operations. Refers to chatrooms.yaml for the member object; chatrooms.yaml never refers to this file.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AntispamConfiguration } from "./accounts.js";
import type { ChatroomMember, ChatroomMemberRole } from "./chatrooms.js";
import type { AccountFailure } from "./common.js";

/** A virtual member to add to a chatroom. */
export interface ChatroomVirtualMemberInput {
  /** Account id of the virtual member. */
  account_id?: string;
  /** Nickname shown in the room. */
  room_nick?: string;
  /** Avatar shown in the room. */
  room_avatar?: string;
  /** Extension stored with the virtual member. */
  extension?: string;
}

/** Body of the virtual-member addition. Fields come from the official SDKs. */
export interface AddChatroomVirtualMembersRequest {
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

/** The fixed members found, and the accounts that could not be returned. */
export interface BatchGetChatroomMembersResult {
  /** The members that were found. */
  success_list?: ChatroomMember[];
  /** The accounts that could not be returned, with the reason. */
  failed_list?: AccountFailure[];
}

/** A member on the block list of a chatroom. */
export interface ChatroomBlockedMember {
  /** Account id of the member. */
  account_id?: string;
  /** Nickname in the room. */
  room_nick?: string;
  /** Avatar in the room. */
  room_avatar?: string;
  /** Extension stored with the member. Only the Go SDK lists this field. */
  extension?: string;
  /** When the member was blocked; the unit is not documented. Only the Go SDK lists this field. */
  block_time?: number;
}

/** The block list of a chatroom, all in one list. */
export interface ChatroomBlockedMemberList {
  /** The blocked members. */
  items?: ChatroomBlockedMember[];
}

/** A chatroom member together with the id of its room. */
export interface ChatroomMemberWithRoomId extends ChatroomMember {
  /** The chatroom the member belongs to. */
  room_id?: number;
}

/** Result of a temporary mute. */
export interface ChatroomMuteResult {
  /** Length of the mute that now applies, in seconds; 0 after the mute was lifted. */
  mute_duration?: number;
}

/** A muted member of a chatroom. */
export interface ChatroomMutedMember {
  /** Account id of the member. */
  account_id?: string;
  /** Nickname in the room. */
  room_nick?: string;
  /** Avatar in the room. */
  room_avatar?: string;
  /** Muted until the mute is lifted. Only the Go SDK lists this field. */
  chat_banned?: boolean;
  /** Temporarily muted. Only the Go SDK lists this field. */
  temp_chat_banned?: boolean;
  /**
   * Time of the temporary mute; neither meaning nor unit is documented. Only the Go SDK lists this
   * field.
   */
  temp_chat_banned_time?: number;
}

/** The muted members of a chatroom, all in one list. */
export interface ChatroomMutedMemberList {
  /** The muted members. */
  items?: ChatroomMutedMember[];
}

/** How many online members of a chatroom carry a tag. */
export interface ChatroomTaggedMemberCount {
  /** The tag that was counted. */
  tag?: string;
  /** Online members carrying the tag. */
  online_user_count?: number;
}

/** One page of the online members of a chatroom that carry a tag. */
export interface ChatroomTaggedMemberPage {
  /** More members follow; ask again with the returned `offset`. */
  has_more?: boolean;
  /** The offset to send to get the next page. */
  offset?: number;
  /** The members on this page. */
  items?: ChatroomMemberWithRoomId[];
}

/** A virtual member of a chatroom. */
export interface ChatroomVirtualMember extends ChatroomVirtualMemberInput {
  /**
   * When the virtual member was added; the unit is not documented (most likely milliseconds since
   * the epoch).
   */
  enter_time?: number;
}

/** The virtual members of a chatroom, all in one list. */
export interface ChatroomVirtualMemberList {
  /** The virtual members. */
  items?: ChatroomVirtualMember[];
}

/** Result of removing all virtual members. */
export interface ClearChatroomVirtualMembersResult {
  /**
   * Number of virtual members removed. The Java SDK gives no JSON name for this field; `count` is
   * its field name.
   */
  count?: number;
}

/**
 * Body of the kick operation. Only the Java SDK knows this operation; no page documents its fields,
 * required flags or limits.
 */
export interface KickChatroomMemberRequest {
  /** The chatroom. */
  room_id?: number;
  /** Account that performs the kick. */
  operator_account_id?: string;
  /** Send the room a notification about the kick. No source states the default. */
  notification_enabled?: boolean;
  /** Extension carried by the notification. */
  notification_extension?: string;
}

/** Body of the member block switch, as Apifox documents it. */
export interface SetChatroomMemberBlockedRequest {
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

/** Body of the member mute switch. Fields come from the official SDKs. */
export interface SetChatroomMemberChatBannedRequest {
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

/**
 * Body of the set-role operation. Fields, defaults and limits come from the official SDKs; no
 * documentation page is known for this operation.
 */
export interface SetChatroomMemberRoleRequest {
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

/** Body of the temporary member mute, as Apifox documents it. */
export interface SetChatroomMemberTempChatBannedRequest {
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

/** Body of the tag mute, as Apifox documents it. */
export interface SetChatroomTaggedMembersChatBannedRequest {
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

/** Body of the tag change of an online member, as Apifox documents it. */
export interface UpdateChatroomMemberTagsRequest {
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

/**
 * Body of the online-member update; only the fields sent change. Fields, defaults and limits come
 * from the official SDKs.
 */
export interface UpdateChatroomOnlineMemberRequest {
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
