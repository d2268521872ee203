// Messages: generated from the OpenAPI spec; do not edit by hand.

import {
  type APIPromise,
  type PagePromise,
  type PageRequestOptions,
  path,
  type RequestOptions,
  sendStream,
  type WithFailures,
} from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  AiParams,
  AntispamConfig,
  BatchGetMessagesResult,
  BatchSendP2PMessageBody,
  BatchSendP2PMessagesResult,
  ConversationType,
  Message,
  MessageBody,
  MessageConfig,
  MessageHistoryDeleteType,
  MessagePage,
  MessageQuery,
  MessageRecallType,
  MessageSearchResult,
  MessageType,
  P2POption,
  P2PReadReceiptResult,
  PushConfig,
  QuickCommentChange,
  QuickCommentPushConfig,
  QuickCommentTarget,
  QuickCommentsResult,
  RobotConfig,
  RouteConfig,
  SentMessage,
  StreamMessageChunk,
  StreamMessageChunkResult,
  StreamMessageConfig,
  StreamPushConfig,
  StreamRagInfo,
  SuperTeamOption,
  TargetOption,
  TeamOption,
  TeamReadReceiptDetail,
  TeamReadReceiptResult,
  ThreadConfig,
  ThreadMessagePage,
  UpdateMessageConfig,
  UpdatedMessage,
  UpdatedMessageBody,
} from "../types/index.js";

/** The parameters of `messages.send()`. */
export interface MessagesSendParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /**
   * What a message says. Text and tip messages use `text`; every other kind puts its content in
   * `attachment`.
   */
  message: MessageBody;
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
  /** Places the message in a thread. */
  thread_config?: ThreadConfig;
  /**
   * Limits a team message to some members (a targeted message). Described only by the official
   * server SDKs.
   */
  target_option?: TargetOption;
  /**
   * Parameters for an AI digital-human reply to the message. Only the official server SDKs describe
   * them.
   */
  ai_params?: AiParams;
  /**
   * Hide the message from the sender: no copy to the sender's other devices, no roaming, no history
   * on the sender's side. Cannot be combined with `receiver_no_sense`. Default false.
   */
  sender_no_sense?: boolean;
  /**
   * Hide the message from the receiver in the same way. Cannot be combined with `sender_no_sense`.
   * Default false.
   */
  receiver_no_sense?: boolean;
  /** Extension of your own, usually a JSON object encoded as a string. */
  extension?: string;
}

/** The parameters of `messages.deleteHistory()`. */
export interface MessagesDeleteHistoryParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /**
   * Which messages to clear. 1: the roaming messages; 2: the cloud history. Sent as query parameter
   * `type`.
   */
  type: MessageHistoryDeleteType;
}

/** The parameters of `messages.listLegacy()`. */
export interface MessagesListLegacyParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /**
   * Start of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `begin_time`.
   */
  begin_time?: number;
  /**
   * End of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `end_time`.
   */
  end_time?: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Page size; a value out of range is rejected with code 414. 1 to 100. Sent as query parameter
   * `limit`.
   */
  limit?: number;
  /**
   * Sort order. The documentation says true returns the messages in chronological (ascending) order
   * and false in reverse order, the opposite of what the name suggests; this has not been checked
   * against the live API. Sent as query parameter `descending`.
   */
  descending?: boolean;
  /**
   * Only messages of these kinds, sent comma-separated; all kinds when left out. This form accepts
   * 0, 1, 2, 3, 4, 5, 6, 10, 11 and 100. Sent as query parameter `message_type`.
   */
  message_type?: MessageType[];
  /**
   * For advanced teams (not super teams), check that the team exists before answering. Sent as
   * query parameter `check_team_valid`.
   */
  check_team_valid?: boolean;
  /**
   * Include messages the owner is not meant to notice: no-sense messages, one-way recalled messages
   * and one-way deleted messages. Default false. Sent as query parameter `include_no_sense_msg`.
   */
  include_no_sense_msg?: boolean;
}

/** The parameters of `messages.batchSendP2p()`. */
export interface MessagesBatchSendP2pParams {
  /** Account that sends the message. */
  sender_id?: string;
  /** Accounts that each receive their own copy of the message, at most 100. At most 100 items. */
  receiver_ids?: string[];
  /**
   * What the message sent to every receiver of a batch one-to-one send says. Text and tip messages
   * use `text`; every other kind puts its content in `attachment`.
   */
  message?: BatchSendP2PMessageBody;
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
  /**
   * Hide the messages from the sender: no copy to the sender's other devices, no roaming, no
   * history on the sender's side. Cannot be combined with `receiver_no_sense`. Default false.
   */
  sender_no_sense?: boolean;
  /**
   * Hide the messages from the receivers in the same way. Cannot be combined with
   * `sender_no_sense`.
   */
  receiver_no_sense?: boolean;
  /** Extension of your own, usually a JSON object encoded as a string. */
  extension?: string;
  /**
   * Ask for the details of each sent message in `success_list`. Only the official server SDKs list
   * this flag; its exact effect is not documented.
   */
  need_message_detail?: boolean;
}

/** The parameters of `messages.recall()`. */
export interface MessagesRecallParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** Server id of the message. Sent as path parameter `message_server_id`. */
  message_server_id: number;
  /**
   * How to take the message back. 1: one-way recall (one-to-one and advanced-team messages up to 30
   * days old); 2: two-way recall (one-to-one, advanced-team and super-team messages within the
   * recall window, 2 minutes by default, at most 7 days); 3: delete without notification
   * (one-to-one and advanced-team messages up to 30 days old). Sent as query parameter `type`.
   */
  type: MessageRecallType;
  /**
   * Description text of the recall; how the server uses it is not documented. Sent as query
   * parameter `description`.
   */
  description?: string;
  /**
   * Push text of the recall notification; used with two-way recalls (type 2) only. Sent as query
   * parameter `push_content`.
   */
  push_content?: string;
  /**
   * Custom push payload of the recall notification, a JSON object encoded as a string; type 2 only.
   * Sent as query parameter `push_payload`.
   */
  push_payload?: string;
  /**
   * Message-copy environment to forward the recall to; type 2 only. Sent as query parameter
   * `route_environment`.
   */
  route_environment?: string;
  /**
   * Extra data carried by the recall notification; type 2 only. Sent as query parameter `attach`.
   */
  attach?: string;
  /**
   * For team messages, check team membership before recalling; the exact check is not documented.
   * Sent as query parameter `check_team_member_valid`.
   */
  check_team_member_valid?: boolean;
  /**
   * Send time of the message in milliseconds since the epoch. Sent as query parameter
   * `message_time`.
   */
  message_time?: number;
  /**
   * Recall the message even if it is older than the recall window. The current Java SDK sends an
   * integer; which values the server accepts is not documented (1 presumably means "ignore"). Sent
   * as query parameter `ignore_revoke_time`.
   */
  ignore_revoke_time?: number;
}

/** The parameters of `messages.getLegacy()`. */
export interface MessagesGetLegacyParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** Server id of the message. Sent as path parameter `message_server_id`. */
  message_server_id: number;
  /**
   * Send time of the message in milliseconds since the epoch; helps the server find it. Sent as
   * query parameter `message_time`.
   */
  message_time?: number;
  /**
   * For team messages, check that the team is valid. Default false. Sent as query parameter
   * `check_team_valid`.
   */
  check_team_valid?: boolean;
  /**
   * For team messages, check that the conversation's owner is a member of the team. Default false.
   * Sent as query parameter `check_team_member_valid`.
   */
  check_team_member_valid?: boolean;
}

/** The parameters of `messages.sendP2pReadReceipt()`. */
export interface MessagesSendP2pReadReceiptParams {
  /** Account that has read the messages (the receiver of the messages), which sends the receipt. */
  from_account_id: string;
  /** Account that gets the receipt (the sender of the messages). */
  to_account_id: string;
  /** Server id of the last message read; it and all earlier messages count as read. */
  message_server_id: number;
}

/** The parameters of `messages.sendTeamReadReceipt()`. */
export interface MessagesSendTeamReadReceiptParams {
  /** Team member who has read the messages. */
  from_account_id: string;
  /** The advanced team the messages were sent to. */
  team_id: number;
  /** Server ids of the messages to mark as read. */
  message_server_ids: number[];
}

/** The parameters of `messages.getTeamReadReceipt()`. */
export interface MessagesGetTeamReadReceiptParams {
  /** The advanced team the message was sent to. Sent as query parameter `team_id`. */
  team_id?: number;
  /**
   * Kind of team; only 1 (advanced team) is supported. One of 1. Sent as query parameter
   * `team_type`.
   */
  team_type?: number;
  /** Sender of the message. Sent as query parameter `sender_id`. */
  sender_id?: string;
  /** Server id of the message. Sent as query parameter `message_server_id`. */
  message_server_id?: number;
  /**
   * Also return the accounts that have and have not read the message. Default false. Sent as query
   * parameter `snapshot`.
   */
  snapshot?: boolean;
}

/** The parameters of `messages.get()`. */
export interface MessagesGetParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** Server id of the message. Sent as path parameter `message_server_id`. */
  message_server_id: number;
  /**
   * Send time of the message in milliseconds since the epoch; helps the server find it. Sent as
   * query parameter `message_time`.
   */
  message_time?: number;
  /**
   * For team messages, check that the team is valid. Default false. Sent as query parameter
   * `check_team_valid`.
   */
  check_team_valid?: boolean;
  /**
   * For team messages, check that the conversation's owner is a member of the team. Default false.
   * Sent as query parameter `check_team_member_valid`.
   */
  check_team_member_valid?: boolean;
}

/** The parameters of `messages.list()`. */
export interface MessagesListParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /**
   * Start of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `begin_time`.
   */
  begin_time: number;
  /**
   * End of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `end_time`.
   */
  end_time: number;
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
   * Sort order. The documentation says true returns the messages in chronological (ascending) order
   * and false in reverse order, the opposite of what the name suggests; this has not been checked
   * against the live API. Sent as query parameter `descending`.
   */
  descending?: boolean;
  /**
   * Only messages of these kinds, sent comma-separated; all kinds when left out. The /im/v2.1 page
   * lists 0, 1, 2, 3, 4, 6, 10, 12 and 100. Sent as query parameter `message_type`.
   */
  message_type?: MessageType[];
  /**
   * For advanced teams (not super teams), check that the team is valid and that the owner is still
   * a member before answering. Default true. Sent as query parameter `check_team_valid`.
   */
  check_team_valid?: boolean;
  /**
   * Include messages the owner is not meant to notice: no-sense messages, one-way recalled messages
   * and one-way deleted messages. Default false. Sent as query parameter `include_no_sense_msg`.
   */
  include_no_sense_msg?: boolean;
}

/** The parameters of `messages.update()`. */
export interface MessagesUpdateParams {
  /** Account that performs the edit. */
  operator: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  type: ConversationType;
  /** Identifies the message to edit and carries its new content. */
  message: UpdatedMessageBody;
  /**
   * New extension of your own, a JSON object encoded as a string, up to 1024 characters. At most
   * 1024 characters.
   */
  extension?: string;
  /** The only storage switch an edit accepts. */
  message_config?: UpdateMessageConfig;
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
}

/** The parameters of `messages.batchGet()`. */
export interface MessagesBatchGetParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** The messages to look up. */
  messages: MessageQuery[];
}

/** The parameters of `messages.batchGetLegacy()`. */
export interface MessagesBatchGetLegacyParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** The messages to look up. */
  messages: MessageQuery[];
}

/** The parameters of `messages.listThread()`. */
export interface MessagesListThreadParams {
  /**
   * Start of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `begin_time`.
   */
  begin_time: number;
  /**
   * End of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `end_time`.
   */
  end_time: number;
  /**
   * Page size; a value out of range is rejected with code 414. 1 to 100. Sent as query parameter
   * `limit`.
   */
  limit: number;
  /**
   * Kind of conversation of the thread's root message: 1 one-to-one, 2 advanced team, 3 super team.
   * Sent as query parameter `conversation_type`.
   */
  conversation_type: ConversationType;
  /** Sender of the root message. Sent as query parameter `sender_id`. */
  sender_id: string;
  /**
   * Receiver of the root message (an account id, or the team id for team messages). Sent as query
   * parameter `receiver_id`.
   */
  receiver_id: string;
  /** Server id of the root message. Sent as query parameter `message_server_id`. */
  message_server_id: number;
  /** Client id of the root message. Sent as query parameter `message_client_id`. */
  message_client_id: string;
  /**
   * Send time of the root message in milliseconds since the epoch. Sent as query parameter
   * `create_time`.
   */
  create_time: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Sort order. The documentation says true returns the replies in chronological (ascending) order
   * and false in reverse order, the opposite of what the name suggests; this has not been checked
   * against the live API. Sent as query parameter `descending`.
   */
  descending?: boolean;
}

/** The parameters of `messages.listThreadLegacy()`. */
export interface MessagesListThreadLegacyParams {
  /**
   * Start of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `begin_time`.
   */
  begin_time: number;
  /**
   * End of the time range, in milliseconds since the epoch. At least 0. Sent as query parameter
   * `end_time`.
   */
  end_time: number;
  /**
   * Page size; a value out of range is rejected with code 414. 1 to 100. Sent as query parameter
   * `limit`.
   */
  limit: number;
  /**
   * Kind of conversation of the thread's root message: 1 one-to-one, 2 advanced team, 3 super team.
   * Sent as query parameter `conversation_type`.
   */
  conversation_type: ConversationType;
  /** Sender of the root message. Sent as query parameter `sender_id`. */
  sender_id: string;
  /**
   * Receiver of the root message (an account id, or the team id for team messages). Sent as query
   * parameter `receiver_id`.
   */
  receiver_id: string;
  /** Server id of the root message. Sent as query parameter `message_server_id`. */
  message_server_id: number;
  /** Client id of the root message. Sent as query parameter `message_client_id`. */
  message_client_id: string;
  /**
   * Send time of the root message in milliseconds since the epoch. Sent as query parameter
   * `create_time`.
   */
  create_time: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Sort order. The documentation says true returns the replies in chronological (ascending) order
   * and false in reverse order, the opposite of what the name suggests; this has not been checked
   * against the live API. Sent as query parameter `descending`.
   */
  descending?: boolean;
}

/** The parameters of `messages.addQuickComment()`. */
export interface MessagesAddQuickCommentParams {
  /** Account that adds or removes the comment. */
  operator_id: string;
  /**
   * The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app defines. At
   * least 1.
   */
  index: number;
  /** Identifies the message a quick comment belongs to. */
  message: QuickCommentTarget;
  /** Extension of your own, a JSON object encoded as a string. */
  extension?: string;
  /** Push settings of the notification about a quick comment. */
  push_config?: QuickCommentPushConfig;
}

/** The parameters of `messages.deleteQuickComment()`. */
export interface MessagesDeleteQuickCommentParams {
  /** Account that adds or removes the comment. */
  operator_id: string;
  /**
   * The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app defines. At
   * least 1.
   */
  index: number;
  /** Identifies the message a quick comment belongs to. */
  message: QuickCommentTarget;
  /** Extension of your own, a JSON object encoded as a string. */
  extension?: string;
  /** Push settings of the notification about a quick comment. */
  push_config?: QuickCommentPushConfig;
}

/** The parameters of `messages.getQuickComments()`. */
export interface MessagesGetQuickCommentsParams {
  /** The messages whose quick comments to read. */
  messages: QuickCommentTarget[];
}

/** The parameters of `messages.search()`. */
export interface MessagesSearchParams {
  /**
   * Account on whose behalf the search runs; only messages it can see are found. Sent as query
   * parameter `operator_id`.
   */
  operator_id: string;
  /**
   * Search only this conversation (`owner|type|peer`, with the team id as peer for team
   * conversations); all of the operator's conversations when left out. Pattern
   * `^[^|]+\|[123]\|[^|]+$`. Sent as query parameter `conversation_id`.
   */
  conversation_id?: string;
  /**
   * Only messages from these senders, at most 5, sent comma-separated; more than 5 is a parameter
   * error. At most 5 items. Sent as query parameter `sender_account_ids`.
   */
  sender_account_ids?: string[];
  /**
   * Only messages of these kinds, sent comma-separated; all kinds when left out. Notifications (5)
   * cannot be searched with keywords, and non-text messages are found only through their `text`
   * description. Sent as query parameter `message_types`.
   */
  message_types?: MessageType[];
  /**
   * Only messages of these custom sub-types, sent comma-separated. Sent as query parameter
   * `message_sub_types`.
   */
  message_sub_types?: number[];
  /**
   * Anchor time of the searched window, in milliseconds since the epoch (UTC). Sent as query
   * parameter `start_time`.
   */
  start_time?: number;
  /**
   * Length of the searched window in milliseconds, for example 86400000 for one day. Sent as query
   * parameter `time_period`.
   */
  time_period?: number;
  /**
   * Keywords to look for in the messages' text, sent as a JSON array string. Sent as query
   * parameter `keyword_list`.
   */
  keyword_list?: string[];
  /**
   * How several keywords combine. According to the Go SDK comments 0 matches any keyword (OR) and 1
   * all keywords (AND); no documentation page lists the values. Sent as query parameter
   * `keyword_match_type`.
   */
  keyword_match_type?: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Page size; the allowed range is not documented. At least 1. Sent as query parameter `limit`.
   */
  limit?: number;
}

/** The parameters of `messages.searchLegacy()`. */
export interface MessagesSearchLegacyParams {
  /**
   * Account on whose behalf the search runs; only messages it can see are found. Sent as query
   * parameter `operator_id`.
   */
  operator_id: string;
  /**
   * Search only this conversation (`owner|type|peer`, with the team id as peer for team
   * conversations); all of the operator's conversations when left out. Pattern
   * `^[^|]+\|[123]\|[^|]+$`. Sent as query parameter `conversation_id`.
   */
  conversation_id?: string;
  /**
   * Only messages from these senders, at most 5, sent comma-separated; more than 5 is a parameter
   * error. At most 5 items. Sent as query parameter `sender_account_ids`.
   */
  sender_account_ids?: string[];
  /**
   * Only messages of these kinds, sent comma-separated; all kinds when left out. Notifications (5)
   * cannot be searched with keywords, and non-text messages are found only through their `text`
   * description. Sent as query parameter `message_types`.
   */
  message_types?: MessageType[];
  /**
   * Only messages of these custom sub-types, sent comma-separated. Sent as query parameter
   * `message_sub_types`.
   */
  message_sub_types?: number[];
  /**
   * Anchor time of the searched window, in milliseconds since the epoch (UTC). Sent as query
   * parameter `start_time`.
   */
  start_time?: number;
  /**
   * Length of the searched window in milliseconds, for example 86400000 for one day. Sent as query
   * parameter `time_period`.
   */
  time_period?: number;
  /**
   * Keywords to look for in the messages' text, sent as a JSON array string. Sent as query
   * parameter `keyword_list`.
   */
  keyword_list?: string[];
  /**
   * How several keywords combine. According to the Go SDK comments 0 matches any keyword (OR) and 1
   * all keywords (AND); no documentation page lists the values. Sent as query parameter
   * `keyword_match_type`.
   */
  keyword_match_type?: number;
  /**
   * Cursor from the previous page's `next_token`; leave it out for the first page. Sent as query
   * parameter `page_token`.
   */
  page_token?: string;
  /**
   * Page size; the allowed range is not documented. At least 1. Sent as query parameter `limit`.
   */
  limit?: number;
}

/** The parameters of `messages.sendStreamChunk()`. */
export interface MessagesSendStreamChunkParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /**
   * The message part of one streaming call. The first call names the new message with
   * `message_client_id`; every later call names it with the `message_server_id` that the first call
   * returned.
   */
  message: StreamMessageChunk;
  /** Storage and synchronisation switches of a streaming message. */
  message_config?: StreamMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Options that apply only to one-to-one messages. */
  p2p_option?: P2POption;
  /** Offline push settings of a streaming message. */
  push_config?: StreamPushConfig;
  /** Extension of your own, usually a JSON object encoded as a string. */
  extension?: string;
  /** Sources to show with an AI-generated answer. */
  rag_info_list?: StreamRagInfo[];
  /** Options that apply only to advanced-team messages. */
  team_option?: TeamOption;
  /**
   * Limits a team message to some members (a targeted message). Described only by the official
   * server SDKs.
   */
  target_option?: TargetOption;
  /** Places the message in a thread. */
  thread_config?: ThreadConfig;
}

/** The parameters of `messages.sendStream()`. */
export interface MessagesSendStreamParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** The text of the message, piece by piece. */
  chunks: Iterable<string> | AsyncIterable<string>;
  /** Client id of the new message (default: a new UUID). */
  message_client_id?: string;
  /** Storage and synchronisation switches of a streaming message. */
  message_config?: StreamMessageConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
  /** Options that apply only to one-to-one messages. */
  p2p_option?: P2POption;
  /** Offline push settings of a streaming message. */
  push_config?: StreamPushConfig;
  /** Extension of your own, usually a JSON object encoded as a string. */
  extension?: string;
  /** Sources to show with an AI-generated answer. */
  rag_info_list?: StreamRagInfo[];
  /** Options that apply only to advanced-team messages. */
  team_option?: TeamOption;
  /**
   * Limits a team message to some members (a targeted message). Described only by the official
   * server SDKs.
   */
  target_option?: TargetOption;
  /** Places the message in a thread. */
  thread_config?: ThreadConfig;
}

/**
 * Send, read, search, edit and recall messages in one-to-one and team conversations.
 *
 * Reached as `client.messages`.
 */
export class Messages extends APIResource {
  /**
   * Send a message to a conversation.
   *
   * Sends one message from the conversation's owner to its peer: an account for one-to-one
   * conversations (type 1), an advanced team (2) or a super team (3). The option objects fine-tune
   * storage, push, moderation and delivery; `p2p_option`, `team_option` and `superteam_option`
   * apply only to their kind of conversation.
   *
   * `POST /im/v2/conversations/{conversation_id}/messages`; not retried once it may have reached
   * the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TEzMDQwODc?platform=server
   */
  send(params: MessagesSendParams, options?: RequestOptions): APIPromise<SentMessage> {
    return this._client.request<SentMessage>(
      {
        method: "POST",
        path: path`/im/v2/conversations/${params.conversation_id}/messages`,
        body: {
          message: params.message,
          message_config: params.message_config,
          route_config: params.route_config,
          push_config: params.push_config,
          antispam_config: params.antispam_config,
          p2p_option: params.p2p_option,
          team_option: params.team_option,
          superteam_option: params.superteam_option,
          robot_config: params.robot_config,
          thread_config: params.thread_config,
          target_option: params.target_option,
          ai_params: params.ai_params,
          sender_no_sense: params.sender_no_sense,
          receiver_no_sense: params.receiver_no_sense,
          extension: params.extension,
        },
        idempotent: false,
        name: "messages.send",
        fields: {
          message_server_id: "integer",
          message_client_id: "string",
          sender_id: "string",
          conversation_type: "integer",
          receiver_id: "string",
          create_time: "integer",
          message_type: "integer",
          sub_type: "integer",
          text: "string",
          attachment: "object",
          thread_config: "object",
        },
      },
      options,
    );
  }

  /**
   * Clear the roaming or history messages of a conversation.
   *
   * Clears one store of the messages of a one-to-one, advanced-team or super-team conversation:
   * either its roaming messages (the recent messages handed to newly logged-in devices) or its
   * cloud history. The documentation does not say whether the peer's side of the conversation is
   * affected. Nothing is returned.
   *
   * `DELETE /im/v2/conversations/{conversation_id}/messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-146886157
   */
  deleteHistory(params: MessagesDeleteHistoryParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/conversations/${params.conversation_id}/messages`,
        query: { type: params.type },
        idempotent: true,
        name: "messages.deleteHistory",
      },
      options,
    );
  }

  /**
   * List the history of a conversation, page by page (deprecated /im/v2 form).
   *
   * The /im/v2 form of the paged history query. It pages the same way and returns the same page
   * shape as the /im/v2.1 operation, which replaces it; here the time range and page size may be
   * left out, and `check_team_valid` only checks that the team exists.
   *
   * `GET /im/v2/conversations/{conversation_id}/messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zMyNzU2MjA?platform=server
   * @deprecated Use `list` instead.
   */
  listLegacy(
    params: MessagesListLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<Message, MessagePage> {
    return this._client.paginate<Message, MessagePage>(
      {
        method: "GET",
        path: path`/im/v2/conversations/${params.conversation_id}/messages`,
        query: {
          begin_time: params.begin_time,
          end_time: params.end_time,
          page_token: params.page_token,
          limit: params.limit,
          descending: params.descending,
          message_type: params.message_type,
          check_team_valid: params.check_team_valid,
          include_no_sense_msg: params.include_no_sense_msg,
        },
        idempotent: true,
        name: "messages.listLegacy",
        deprecated: "use messages.list() instead",
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
   * Send one one-to-one message to many receivers.
   *
   * Sends the same one-to-one message from one account to up to 100 receivers; each receiver gets a
   * separate message with its own server id. Receivers that fail do not fail the call: the sent
   * messages are listed in `success_list` and the receivers that failed in `failed_list`.
   *
   * `POST /im/v2/conversations/messages`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/zgzOTE1MTI?platform=server
   */
  batchSendP2p(
    params: MessagesBatchSendP2pParams = {},
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchSendP2PMessagesResult>> {
    return this._client.request<WithFailures<BatchSendP2PMessagesResult>>(
      {
        method: "POST",
        path: "/im/v2/conversations/messages",
        body: {
          sender_id: params.sender_id,
          receiver_ids: params.receiver_ids,
          message: params.message,
          message_config: params.message_config,
          route_config: params.route_config,
          push_config: params.push_config,
          antispam_config: params.antispam_config,
          p2p_option: params.p2p_option,
          sender_no_sense: params.sender_no_sense,
          receiver_no_sense: params.receiver_no_sense,
          extension: params.extension,
          need_message_detail: params.need_message_detail,
        },
        idempotent: false,
        name: "messages.batchSendP2p",
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
   * Recall or delete a message.
   *
   * Takes back one message of a conversation, in one of three ways chosen by `type`: a one-way
   * recall (the receivers lose the message and are notified, the sender keeps it), a two-way recall
   * (both sides lose it and are notified; only within the app's recall window) or a silent delete.
   * Nothing is returned. All query parameters except `type` are known only from the official Java
   * server SDK.
   *
   * `DELETE /im/v2/conversations/{conversation_id}/messages/{message_server_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jAwNTEzODQ?platform=server
   */
  recall(params: MessagesRecallParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/conversations/${params.conversation_id}/messages/${params.message_server_id}`,
        query: {
          type: params.type,
          description: params.description,
          push_content: params.push_content,
          push_payload: params.push_payload,
          route_environment: params.route_environment,
          attach: params.attach,
          check_team_member_valid: params.check_team_member_valid,
          message_time: params.message_time,
          ignore_revoke_time: params.ignore_revoke_time,
        },
        idempotent: true,
        name: "messages.recall",
      },
      options,
    );
  }

  /**
   * Get one message of a conversation (deprecated /im/v2 form).
   *
   * The /im/v2 form of the single-message lookup. It takes the same parameters and returns the same
   * message as the /im/v2.1 operation, which replaces it.
   *
   * `GET /im/v2/conversations/{conversation_id}/messages/{message_server_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DA2NjA2OTk?platform=server
   * @deprecated Use `get` instead.
   */
  getLegacy(params: MessagesGetLegacyParams, options?: RequestOptions): APIPromise<Message> {
    return this._client.request<Message>(
      {
        method: "GET",
        path: path`/im/v2/conversations/${params.conversation_id}/messages/${params.message_server_id}`,
        query: {
          message_time: params.message_time,
          check_team_valid: params.check_team_valid,
          check_team_member_valid: params.check_team_member_valid,
        },
        idempotent: true,
        name: "messages.getLegacy",
        deprecated: "use messages.get() instead",
        fields: {
          message_server_id: "integer",
          message_client_id: "string",
          sender_id: "string",
          conversation_type: "integer",
          receiver_id: "string",
          team_id: "integer",
          message_type: "integer",
          sub_type: "integer",
          create_time: "integer",
          sender_client_type: "integer",
          text: "string",
          attachment: "object",
          extension: "string",
          modify_account_id: "string",
          modify_time: "integer",
          thread_config: "object",
          receiver_account_ids: "array",
          inclusive: "boolean",
          new_member_visible: "boolean",
        },
      },
      options,
    );
  }

  /**
   * Send a one-to-one read receipt.
   *
   * Tells the sender of one-to-one messages that the receiver has read them, up to and including
   * the given message. Sending the same receipt again has no further effect on the read state.
   *
   * `POST /im/v2/messages/actions/p2p_read_receipt`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-146886335
   */
  sendP2pReadReceipt(
    params: MessagesSendP2pReadReceiptParams,
    options?: RequestOptions,
  ): APIPromise<P2PReadReceiptResult> {
    return this._client.request<P2PReadReceiptResult>(
      {
        method: "POST",
        path: "/im/v2/messages/actions/p2p_read_receipt",
        body: {
          from_account_id: params.from_account_id,
          to_account_id: params.to_account_id,
          message_server_id: params.message_server_id,
        },
        idempotent: true,
        name: "messages.sendP2pReadReceipt",
        fields: { timestamp: "integer" },
      },
      options,
    );
  }

  /**
   * Mark advanced-team messages as read.
   *
   * Marks messages of an advanced team as read by one member, which updates the read receipts their
   * senders see. The messages must have asked for read receipts (`team_option.mark_as_read`) and
   * the team read-receipt feature must be on. Messages that cannot be marked are listed in
   * `failed_list` without failing the call.
   *
   * `POST /im/v2/messages/actions/team_read_receipt`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-146886494
   */
  sendTeamReadReceipt(
    params: MessagesSendTeamReadReceiptParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<TeamReadReceiptResult>> {
    return this._client.request<WithFailures<TeamReadReceiptResult>>(
      {
        method: "POST",
        path: "/im/v2/messages/actions/team_read_receipt",
        body: {
          from_account_id: params.from_account_id,
          team_id: params.team_id,
          message_server_ids: params.message_server_ids,
        },
        idempotent: true,
        name: "messages.sendTeamReadReceipt",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: { failed: "failed_list", succeeded: "success_list" },
      },
      options,
    );
  }

  /**
   * Get who has read an advanced-team message.
   *
   * Counts the members of an advanced team who have and have not read one message, and with
   * `snapshot` also lists them. Works only for advanced teams whose read-receipt feature is turned
   * on in the console. The parameter names come from the official Java server SDK; the
   * documentation does not say which are required.
   *
   * `GET /im/v2/messages/actions/team_read_receipt`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DIzNDY0ODk?platform=server
   */
  getTeamReadReceipt(
    params: MessagesGetTeamReadReceiptParams = {},
    options?: RequestOptions,
  ): APIPromise<TeamReadReceiptDetail> {
    return this._client.request<TeamReadReceiptDetail>(
      {
        method: "GET",
        path: "/im/v2/messages/actions/team_read_receipt",
        query: {
          team_id: params.team_id,
          team_type: params.team_type,
          sender_id: params.sender_id,
          message_server_id: params.message_server_id,
          snapshot: params.snapshot,
        },
        idempotent: true,
        name: "messages.getTeamReadReceipt",
        fields: {
          read_size: "integer",
          unread_size: "integer",
          read_account_ids: "array",
          unread_account_ids: "array",
        },
      },
      options,
    );
  }

  /**
   * Get one message of a conversation.
   *
   * Reads back one one-to-one, advanced-team or super-team message by its server id. Giving the
   * message's send time helps the server find it; the two checks make team lookups fail when the
   * team or the owner's membership is no longer valid.
   *
   * `GET /im/v2.1/conversations/{conversation_id}/messages/{message_server_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DA2NjA2OTk?platform=server
   */
  get(params: MessagesGetParams, options?: RequestOptions): APIPromise<Message> {
    return this._client.request<Message>(
      {
        method: "GET",
        path: path`/im/v2.1/conversations/${params.conversation_id}/messages/${params.message_server_id}`,
        query: {
          message_time: params.message_time,
          check_team_valid: params.check_team_valid,
          check_team_member_valid: params.check_team_member_valid,
        },
        idempotent: true,
        name: "messages.get",
        fields: {
          message_server_id: "integer",
          message_client_id: "string",
          sender_id: "string",
          conversation_type: "integer",
          receiver_id: "string",
          team_id: "integer",
          message_type: "integer",
          sub_type: "integer",
          create_time: "integer",
          sender_client_type: "integer",
          text: "string",
          attachment: "object",
          extension: "string",
          modify_account_id: "string",
          modify_time: "integer",
          thread_config: "object",
          receiver_account_ids: "array",
          inclusive: "boolean",
          new_member_visible: "boolean",
        },
      },
      options,
    );
  }

  /**
   * List the history of a conversation, page by page.
   *
   * Pages through the cloud history of a one-to-one, advanced-team or super-team conversation
   * within a time range, optionally only some kinds of messages. Pass `next_token` back as
   * `page_token` while `has_more` is true. A `limit` outside 1 to 100 is rejected with code 414.
   *
   * `GET /im/v2.1/conversations/{conversation_id}/messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.commsease.com/messaging2/server-apis/jcwNDA0Nzg?platform=server
   */
  list(
    params: MessagesListParams,
    options?: PageRequestOptions,
  ): PagePromise<Message, MessagePage> {
    return this._client.paginate<Message, MessagePage>(
      {
        method: "GET",
        path: path`/im/v2.1/conversations/${params.conversation_id}/messages`,
        query: {
          begin_time: params.begin_time,
          end_time: params.end_time,
          limit: params.limit,
          page_token: params.page_token,
          descending: params.descending,
          message_type: params.message_type,
          check_team_valid: params.check_team_valid,
          include_no_sense_msg: params.include_no_sense_msg,
        },
        idempotent: true,
        name: "messages.list",
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
   * Edit a sent message.
   *
   * Replaces the content (type, sub-type, text, attachment) and extension of a message that was
   * already sent, and notifies the conversation like a new message would, with its own push,
   * moderation and routing settings. The original message is identified by its server id, sender,
   * receiver and send time; `type` must be the kind of conversation it was sent in.
   *
   * `POST /im/v2/messages/actions/modifyMsg`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DA2ODM5NTU?platform=server
   */
  update(params: MessagesUpdateParams, options?: RequestOptions): APIPromise<UpdatedMessage> {
    return this._client.request<UpdatedMessage>(
      {
        method: "POST",
        path: "/im/v2/messages/actions/modifyMsg",
        body: {
          operator: params.operator,
          type: params.type,
          message: params.message,
          extension: params.extension,
          message_config: params.message_config,
          route_config: params.route_config,
          push_config: params.push_config,
          antispam_config: params.antispam_config,
          p2p_option: params.p2p_option,
          team_option: params.team_option,
          superteam_option: params.superteam_option,
        },
        idempotent: true,
        name: "messages.update",
        fields: {
          modify_account_id: "string",
          modify_time: "integer",
          message_server_id: "integer",
          sender_id: "string",
          receiver_id: "string",
          create_time: "integer",
          message_type: "integer",
          sub_type: "integer",
          text: "string",
          attachment: "object",
          extension: "string",
        },
      },
      options,
    );
  }

  /**
   * Get messages of a conversation by server id.
   *
   * Reads back one-to-one, advanced-team or super-team messages of one conversation, given each
   * message's server id and send time. Messages that cannot be found are listed in `failed_list`
   * without failing the call.
   *
   * `POST /im/v2.1/conversations/{conversation_id}/batch_messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
   */
  batchGet(
    params: MessagesBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetMessagesResult>> {
    return this._client.request<WithFailures<BatchGetMessagesResult>>(
      {
        method: "POST",
        path: path`/im/v2.1/conversations/${params.conversation_id}/batch_messages`,
        body: { messages: params.messages },
        idempotent: true,
        name: "messages.batchGet",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "message_server_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Get messages of a conversation by server id (deprecated /im/v2 form).
   *
   * The /im/v2 form of the lookup by server id. Request and response have the same shape as the
   * /im/v2.1 operation, which replaces it.
   *
   * `POST /im/v2/conversations/{conversation_id}/batch_messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/jczMzMzMjg?platform=server
   * @deprecated Use `batchGet` instead.
   */
  batchGetLegacy(
    params: MessagesBatchGetLegacyParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetMessagesResult>> {
    return this._client.request<WithFailures<BatchGetMessagesResult>>(
      {
        method: "POST",
        path: path`/im/v2/conversations/${params.conversation_id}/batch_messages`,
        body: { messages: params.messages },
        idempotent: true,
        name: "messages.batchGetLegacy",
        deprecated: "use messages.batchGet() instead",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "message_server_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * List the replies of a thread, page by page.
   *
   * Pages through the replies of a thread within a time range. The thread is named by its root
   * message (conversation type, sender, receiver, server id, client id and send time). The answer
   * also carries the root message and the number of messages in the thread. Pass `next_token` back
   * as `page_token` while `has_more` is true; a `limit` outside 1 to 100 is rejected with code 414.
   *
   * `GET /im/v2.1/messages/actions/thread_messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.commsease.com/messaging2/server-apis/zE0MzA0NzM?platform=server
   */
  listThread(
    params: MessagesListThreadParams,
    options?: PageRequestOptions,
  ): PagePromise<Message, ThreadMessagePage> {
    return this._client.paginate<Message, ThreadMessagePage>(
      {
        method: "GET",
        path: "/im/v2.1/messages/actions/thread_messages",
        query: {
          begin_time: params.begin_time,
          end_time: params.end_time,
          limit: params.limit,
          conversation_type: params.conversation_type,
          sender_id: params.sender_id,
          receiver_id: params.receiver_id,
          message_server_id: params.message_server_id,
          message_client_id: params.message_client_id,
          create_time: params.create_time,
          page_token: params.page_token,
          descending: params.descending,
        },
        idempotent: true,
        name: "messages.listThread",
        fields: {
          has_more: "boolean",
          next_token: "string",
          thread_root: "object",
          total: "integer",
          timestamp: "integer",
          messages: "array",
        },
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "messages",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }

  /**
   * List the replies of a thread, page by page (deprecated /im/v2 form).
   *
   * The /im/v2 form of the thread query. Older official SDK files call it with the same parameters;
   * it is assumed to answer like the /im/v2.1 operation, which replaces it.
   *
   * `GET /im/v2/messages/actions/thread_messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.commsease.com/messaging2/server-apis/zE0MzA0NzM?platform=server
   * @deprecated Use `listThread` instead.
   */
  listThreadLegacy(
    params: MessagesListThreadLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<Message, ThreadMessagePage> {
    return this._client.paginate<Message, ThreadMessagePage>(
      {
        method: "GET",
        path: "/im/v2/messages/actions/thread_messages",
        query: {
          begin_time: params.begin_time,
          end_time: params.end_time,
          limit: params.limit,
          conversation_type: params.conversation_type,
          sender_id: params.sender_id,
          receiver_id: params.receiver_id,
          message_server_id: params.message_server_id,
          message_client_id: params.message_client_id,
          create_time: params.create_time,
          page_token: params.page_token,
          descending: params.descending,
        },
        idempotent: true,
        name: "messages.listThreadLegacy",
        deprecated: "use messages.listThread() instead",
        fields: {
          has_more: "boolean",
          next_token: "string",
          thread_root: "object",
          total: "integer",
          timestamp: "integer",
          messages: "array",
        },
      },
      {
        style: "cursor",
        requestToken: "page_token",
        limit: "limit",
        items: "messages",
        hasMore: "has_more",
        responseToken: "next_token",
      },
      options,
    );
  }

  /**
   * Add a quick comment to a message.
   *
   * Adds a quick comment (a reaction such as an emoji, identified by a number your app defines)
   * from one account to a message, and notifies the conversation with the given push settings. The
   * body fields are known only from the official server SDKs.
   *
   * `PATCH /im/v2/messages/actions/quick_comment`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zg1ODU4ODc?platform=server
   */
  addQuickComment(
    params: MessagesAddQuickCommentParams,
    options?: RequestOptions,
  ): APIPromise<QuickCommentChange> {
    return this._client.request<QuickCommentChange>(
      {
        method: "PATCH",
        path: "/im/v2/messages/actions/quick_comment",
        body: {
          operator_id: params.operator_id,
          index: params.index,
          message: params.message,
          extension: params.extension,
          push_config: params.push_config,
        },
        idempotent: false,
        name: "messages.addQuickComment",
        fields: { time: "integer" },
      },
      options,
    );
  }

  /**
   * Remove a quick comment from a message.
   *
   * Removes the quick comment with the given number that an account added to a message. The request
   * carries a JSON body although it is a DELETE. The body fields are known only from the official
   * server SDKs.
   *
   * `DELETE /im/v2/messages/actions/quick_comment`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  deleteQuickComment(
    params: MessagesDeleteQuickCommentParams,
    options?: RequestOptions,
  ): APIPromise<QuickCommentChange> {
    return this._client.request<QuickCommentChange>(
      {
        method: "DELETE",
        path: "/im/v2/messages/actions/quick_comment",
        body: {
          operator_id: params.operator_id,
          index: params.index,
          message: params.message,
          extension: params.extension,
          push_config: params.push_config,
        },
        idempotent: true,
        name: "messages.deleteQuickComment",
        fields: { time: "integer" },
      },
      options,
    );
  }

  /**
   * Get the quick comments of messages.
   *
   * Reads the quick comments of several messages in one call. Messages whose comments cannot be
   * read are listed in `failed_list` without failing the call.
   *
   * `POST /im/v2/messages/actions/quick_comment`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-248658631
   */
  getQuickComments(
    params: MessagesGetQuickCommentsParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<QuickCommentsResult>> {
    return this._client.request<WithFailures<QuickCommentsResult>>(
      {
        method: "POST",
        path: "/im/v2/messages/actions/quick_comment",
        body: { messages: params.messages },
        idempotent: true,
        name: "messages.getQuickComments",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "message_server_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Search the message history.
   *
   * Full-text search of the history an account can see, optionally limited to one conversation,
   * some senders (at most 5), some kinds and sub-kinds of messages and a time window. Pages with
   * `page_token` / `next_token`; the answer also gives the number of matches.
   *
   * `GET /im/v2.1/messages/actions/search_messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.commsease.com/messaging2/server-apis/zQ1MzM5NjM?platform=server
   */
  search(
    params: MessagesSearchParams,
    options?: PageRequestOptions,
  ): PagePromise<Message, MessageSearchResult> {
    return this._client.paginate<Message, MessageSearchResult>(
      {
        method: "GET",
        path: "/im/v2.1/messages/actions/search_messages",
        query: {
          operator_id: params.operator_id,
          conversation_id: params.conversation_id,
          sender_account_ids: params.sender_account_ids,
          message_types: params.message_types,
          message_sub_types: params.message_sub_types,
          start_time: params.start_time,
          time_period: params.time_period,
          keyword_list: params.keyword_list,
          keyword_match_type: params.keyword_match_type,
          page_token: params.page_token,
          limit: params.limit,
        },
        queryStyles: { keyword_list: "json" },
        idempotent: true,
        name: "messages.search",
        fields: { count: "integer", has_more: "boolean", next_token: "string", items: "array" },
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
   * Search the message history (deprecated /im/v2 form).
   *
   * The /im/v2 form of the history search, documented on Apifox. It takes the same parameters and
   * returns the same page as the /im/v2.1 operation, which replaces it.
   *
   * `GET /im/v2/messages/actions/search_messages`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.commsease.com/messaging2/server-apis/zQ1MzM5NjM?platform=server
   * @deprecated Use `search` instead.
   */
  searchLegacy(
    params: MessagesSearchLegacyParams,
    options?: PageRequestOptions,
  ): PagePromise<Message, MessageSearchResult> {
    return this._client.paginate<Message, MessageSearchResult>(
      {
        method: "GET",
        path: "/im/v2/messages/actions/search_messages",
        query: {
          operator_id: params.operator_id,
          conversation_id: params.conversation_id,
          sender_account_ids: params.sender_account_ids,
          message_types: params.message_types,
          message_sub_types: params.message_sub_types,
          start_time: params.start_time,
          time_period: params.time_period,
          keyword_list: params.keyword_list,
          keyword_match_type: params.keyword_match_type,
          page_token: params.page_token,
          limit: params.limit,
        },
        queryStyles: { keyword_list: "json" },
        idempotent: true,
        name: "messages.searchLegacy",
        deprecated: "use messages.search() instead",
        fields: { count: "integer", has_more: "boolean", next_token: "string", items: "array" },
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
   * Send one chunk of a streaming message.
   *
   * Sends a message piece by piece, for example an AI answer while it is being generated, in a
   * one-to-one or advanced-team conversation. Every chunk is a separate ordinary JSON call to this
   * operation (no chunked upload, no server-sent events): 1. The first call sends
   * `message.message_client_id`, `message.attachment` with `index` 0 and `finish` 0, and all the
   * settings of the message; the answer holds the new `message_server_id`. 2. Every later call
   * sends that `message.message_server_id` (no client id) and the next chunk with `index` 1, 2,
   * ...; the last call sets `finish` to 1. The server joins the chunks in `index` order into one
   * message when the stream finishes or is ended. A stream ends at once when more than 30 seconds
   * pass between two chunks or when the text of all chunks passes 5000 characters; later calls for
   * that message are then refused. Buffer the text and call about every 200 ms rather than once per
   * character. In one-to-one conversations both sides see the stream live; in advanced teams only
   * the sender does unless support turns delivery to all members on, and a targeted team message
   * streams to the members listed when it was started.
   *
   * `POST /im/v2/conversations/{conversation_id}/messages/actions/stream_message`; not retried once
   * it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TgyMTY2NzE?platform=server
   */
  sendStreamChunk(
    params: MessagesSendStreamChunkParams,
    options?: RequestOptions,
  ): APIPromise<StreamMessageChunkResult> {
    return this._client.request<StreamMessageChunkResult>(
      {
        method: "POST",
        path: path`/im/v2/conversations/${params.conversation_id}/messages/actions/stream_message`,
        body: {
          message: params.message,
          message_config: params.message_config,
          route_config: params.route_config,
          p2p_option: params.p2p_option,
          push_config: params.push_config,
          extension: params.extension,
          rag_info_list: params.rag_info_list,
          team_option: params.team_option,
          target_option: params.target_option,
          thread_config: params.thread_config,
        },
        idempotent: false,
        name: "messages.sendStreamChunk",
        fields: {
          message_server_id: "integer",
          message_client_id: "string",
          sender_id: "string",
          conversation_type: "integer",
          receiver_id: "string",
          create_time: "integer",
          message_type: "integer",
        },
      },
      options,
    );
  }

  /**
   * Send a streaming message made of `chunks`, one `sendStreamChunk()` call per chunk, and resolve
   * to its `message_server_id`.
   *
   * The first chunk goes out with index 0, the settings given here and `message_client_id`; every
   * later chunk carries the `message_server_id` the first answer returned and the next index; the
   * last chunk is flagged finished.
   * @param params - The conversation, the chunks and the first chunk's settings.
   * @param options - Per-request options, applied to every chunk call.
   */
  sendStream(params: MessagesSendStreamParams, options?: RequestOptions): Promise<number> {
    return sendStream<number>(
      (body) => this.sendStreamChunk(body as unknown as MessagesSendStreamChunkParams, options),
      params.chunks,
      {
        chunk: "message",
        text: "attachment.text",
        index: "attachment.index",
        finish: "attachment.finish",
        firstId: "message_client_id",
        nextId: "message_server_id",
        resultId: "message_server_id",
      },
      {
        fixed: { conversation_id: params.conversation_id },
        settings: {
          message_config: params.message_config,
          route_config: params.route_config,
          p2p_option: params.p2p_option,
          push_config: params.push_config,
          extension: params.extension,
          rag_info_list: params.rag_info_list,
          team_option: params.team_option,
          target_option: params.target_option,
          thread_config: params.thread_config,
        },
        firstId: params.message_client_id,
      },
    );
  }
}
