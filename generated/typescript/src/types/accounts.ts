// IM accounts: registration, settings and the user card created with them.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AccountFailure } from "./common.js";

/** Gender on a user card. 0: not given; 1: male; 2: female. */
export type Gender = 0 | 1 | 2;

/** The values of {@link Gender} by name. */
export const Gender = {
  /** Not given. */
  UNKNOWN: 0,
  /** Male. */
  MALE: 1,
  /** Female. */
  FEMALE: 2,
} as const;

/**
 * Which devices a forced logout applies to. 1: every device of the account; 2: the devices in
 * `device_id_list`; 3: every device except those in `device_id_list`.
 */
export type KickType = 1 | 2 | 3;

/** The values of {@link KickType} by name. */
export const KickType = {
  /** Every device of the account. */
  ALL: 1,
  /** Only the devices in `device_id_list`. */
  LISTED: 2,
  /** Every device except those in `device_id_list`. */
  ALL_EXCEPT_LISTED: 3,
} as const;

/** Switches stored with an account. */
export interface AccountConfiguration {
  /** The account can log in and be used; false disables it. Default true. */
  enabled?: boolean;
  /** The account is muted in one-to-one chats. Default false. */
  p2p_chat_banned?: boolean;
  /** The account is muted in teams. Default false. */
  team_chat_banned?: boolean;
  /** The account is muted in chatrooms. Default false. */
  chatroom_chat_banned?: boolean;
  /** The account is muted in QChat (圈组). Default false. */
  qchat_chat_banned?: boolean;
  /**
   * Keep sending pushes to mobile devices while a desktop client of the account is online. Default
   * false.
   */
  push_enabled_when_desktop_online?: boolean;
}

/** An account and the switches stored with it. */
export interface Account {
  /** The account id. */
  account_id?: string;
  /** Switches stored with an account. */
  configuration?: AccountConfiguration;
}

/** An account, its switches and its current login token. */
export interface AccountWithToken extends Account {
  /** The account's current login token. At most 128 characters. */
  token?: string;
}

/** Maps one kind of user-card content to a moderation business id. */
export interface BusinessIdMapItem {
  /**
   * Kind of content the business id applies to. 1: text; 2: image (values from the Java SDK; the
   * documentation pages do not list them).
   */
  type?: number;
  /** Moderation business id to use for that content. */
  business_id?: string;
}

/** Content-moderation settings for the user card sent with the request. */
export interface AntispamConfiguration {
  /** Run moderation on the user card in this request. */
  enabled?: boolean;
  /** Moderation business ids per kind of content. */
  business_id_map?: BusinessIdMapItem[];
}

/** Accounts found, and the ids that could not be read. */
export interface BatchGetAccountsResult {
  /** The accounts that were found, with their settings. */
  success_list?: Account[];
  /** The ids that could not be read, with the reason. */
  failed_list?: AccountFailure[];
}

/** The public user card (名片) of an account. Text fields go through content moderation. */
export interface UserInformation {
  /** Nickname. At most 64 characters. */
  name?: string;
  /** URL of the avatar image. At most 1024 characters. */
  avatar?: string;
  /** Personal signature. At most 256 characters. */
  sign?: string;
  /** Email address; may be an empty string. At most 64 characters. */
  email?: string;
  /** Birthday, in any format you choose. At most 16 characters. */
  birthday?: string;
  /**
   * Phone number; numbers outside mainland China need their country code, such as `+1-2025550123`.
   * At most 32 characters.
   */
  mobile?: string;
  /** Gender on a user card. 0: not given; 1: male; 2: female. */
  gender?: Gender;
  /** Extension of your own. At most 1024 characters. */
  extension?: string;
  /**
   * How `email` is validated. Only the Java SDK sends this field and its values are not documented.
   */
  email_validation_mode?: number;
}

/** Body of an account registration. */
export interface CreateAccountRequest {
  /**
   * The new account id: letters, digits, `_`, `@`, `.` and `-`. The server stores it in lower case,
   * so keep the id that the response returns. 1 to 32 characters; pattern `^[A-Za-z0-9_@.\-]+$`.
   */
  account_id: string;
  /**
   * Login token for the account. The server generates one when it is left out; it does not expire
   * until changed. At most 128 characters.
   */
  token?: string;
  /** Switches stored with an account. */
  configuration?: AccountConfiguration;
  /** The public user card (名片) of an account. Text fields go through content moderation. */
  user_information?: UserInformation;
  /** Content-moderation settings for the user card sent with the request. */
  antispam_configuration?: AntispamConfiguration;
}

/** The account as registered. */
export interface CreatedAccount {
  /** The account id as stored, in lower case. */
  account_id?: string;
  /** The login token, the one given or the one generated. */
  token?: string;
  /** Switches stored with an account. */
  configuration?: AccountConfiguration;
  /** The public user card (名片) of an account. Text fields go through content moderation. */
  user_information?: UserInformation;
}

/** Body of a ban or unban. */
export interface DisableAccountRequest {
  /**
   * false bans the account (it can no longer log in); true lifts the ban. The Java SDK always sends
   * it.
   */
  enabled?: boolean;
  /** Also force the account's logged-in clients offline at once. */
  need_kick?: boolean;
  /**
   * Extension delivered to the clients forced offline by `need_kick`. The limit is the one Apifox
   * gives for the same field of the account update. At most 256 characters.
   */
  kick_notify_extension?: string;
}

/** Body of a forced logout. */
export interface KickAccountRequest {
  /**
   * Which devices a forced logout applies to. 1: every device of the account; 2: the devices in
   * `device_id_list`; 3: every device except those in `device_id_list`.
   */
  type?: KickType;
  /**
   * Devices to log out (type 2) or to keep (type 3), at most 20. Not needed with type 1. At most 20
   * items.
   */
  device_id_list?: string[];
  /** Extension delivered to the clients that are logged out. At most 256 characters. */
  kick_notify_extension?: string;
}

/** A device that could not be logged out. */
export interface KickFailure {
  /** Id of the device. */
  device_id?: string;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** A device that was logged out. */
export interface KickedDevice {
  /** Id of the device. */
  device_id?: string;
  /**
   * When the device had logged in; probably milliseconds since the epoch (the unit is not
   * documented).
   */
  login_time?: number;
  /** Kind of client on the device; the values are not documented here. */
  client_type?: number;
  /** Id of the device's connection. */
  consid?: string;
}

/** Devices logged out, and those that could not be. */
export interface KickAccountResult {
  /** The devices that were logged out. */
  success_list?: KickedDevice[];
  /** The devices that could not be logged out, with the reason. */
  failed_list?: KickFailure[];
}

/** Body of the desktop-online push setting. */
export interface SetPushConfigRequest {
  /**
   * true keeps sending pushes to the account's mobile devices while one of its desktop clients is
   * online; false stops them.
   */
  push_enabled_when_desktop_online?: boolean;
}

/** Body of an account update; send only the fields to change. */
export interface UpdateAccountRequest {
  /** New login token of your choice. The old token stops working. At most 128 characters. */
  token?: string;
  /** Switches stored with an account. */
  configuration?: AccountConfiguration;
  /** Force the account's logged-in clients offline after the change. Default false. */
  need_kick?: boolean;
  /** Extension delivered to the clients forced offline by `need_kick`. At most 256 characters. */
  kick_notify_extension?: string;
  /** The public user card (名片) of an account. Text fields go through content moderation. */
  user_information?: UserInformation;
}
