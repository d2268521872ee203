// Schemas shared by every tag: the response envelope and the enums that many operations use.
// Generated from the OpenAPI spec; do not edit by hand.

/**
 * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
 * accounts; 2: advanced team (高级群); 3: super team (超大群).
 */
export type ConversationType = 1 | 2 | 3;

/** The values of {@link ConversationType} by name. */
export const ConversationType = {
  /** One-to-one chat between two accounts. */
  P2P: 1,
  /** Advanced team (高级群). */
  TEAM: 2,
  /** Super team (超大群). */
  SUPER_TEAM: 3,
} as const;

/**
 * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
 * (robot) and 12 (call record) only appear when filtering history.
 */
export type MessageType = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 10 | 11 | 12 | 100;

/** The values of {@link MessageType} by name. */
export const MessageType = {
  /** Plain text; the content is in `text`. */
  TEXT: 0,
  /** Image; the media description is in `attachment`. */
  IMAGE: 1,
  /** Voice or audio clip. */
  AUDIO: 2,
  /** Video clip. */
  VIDEO: 3,
  /** Geographic location. */
  LOCATION: 4,
  /** Team or chatroom notification; filter value only, cannot be sent. */
  NOTIFICATION: 5,
  /** File. */
  FILE: 6,
  /** Tip shown in the conversation but not counted as a message. */
  TIP: 10,
  /** Robot message; filter value only. */
  ROBOT: 11,
  /** Audio or video call record; filter value only. */
  CALL_RECORD: 12,
  /** Custom message whose `attachment` is any JSON object chosen by the developer. */
  CUSTOM: 100,
} as const;

/** An account that a batch call could not handle, with the reason. */
export interface AccountFailure {
  /** The account that failed. */
  account_id?: string;
  /** Why it failed, for example 102404 when the account does not exist. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** The accounts a batch call handled, and those it could not, with the reason. */
export interface AccountBatchResult {
  /** Accounts handled successfully. */
  success_list?: string[];
  /** Accounts that failed, with the reason. */
  failed_list?: AccountFailure[];
}

/** One kind of client on which an account is logged in. */
export interface LoginDevice {
  /**
   * Kind of client (platform), for example 8 or 16 in an official example; the value table is not
   * documented for the v2 API.
   */
  client_type?: number;
  /**
   * When the client logged in; probably milliseconds since the epoch (the unit is not documented).
   */
  login_time?: number;
}

/** An account that is online, with the clients it is logged in on. */
export interface AccountOnlineStatus {
  /** The account. */
  account_id?: string;
  /** One entry per kind of client the account is logged in on. */
  online_status?: LoginDevice[];
}

/**
 * Every response body has this shape. `code` 200 means the call succeeded and `data` holds its
 * result; any other `code` is an error described by `msg`, and `data` is then an empty object. The
 * HTTP status is normally 200 in both cases.
 */
export interface Envelope {
  /** Result code; 200 is success, anything else is an error (see `x-error-codes`). */
  code: number;
  /** `success`, or a short explanation of the error. */
  msg: string;
  /** The operation's result; its shape is given by each operation. */
  data?: unknown;
}
