// Message bodies, the option objects that travel with a message, and messages as the server returns them.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AccountFailure, ConversationType, MessageType } from "./common.js";

/** Which store of a conversation's messages to clear. 1: roaming messages; 2: cloud history. */
export type MessageHistoryDeleteType = 1 | 2;

/** The values of {@link MessageHistoryDeleteType} by name. */
export const MessageHistoryDeleteType = {
  /** Roaming messages, the recent messages synchronised to newly logged-in devices. */
  ROAMING: 1,
  /** Cloud history messages. */
  HISTORY: 2,
} as const;

/** How a message is taken back. 1: one-way recall; 2: two-way recall; 3: silent delete. */
export type MessageRecallType = 1 | 2 | 3;

/** The values of {@link MessageRecallType} by name. */
export const MessageRecallType = {
  /**
   * One-way recall of a one-to-one or advanced-team message up to 30 days old: the receivers are
   * notified and lose the message; the sender is not notified and keeps it.
   */
  ONE_WAY_RECALL: 1,
  /**
   * Two-way recall of a one-to-one, advanced-team or super-team message within the recall window (2
   * minutes by default, configurable up to 7 days): both sides are notified and lose the message.
   */
  TWO_WAY_RECALL: 2,
  /** Delete a one-to-one or advanced-team message up to 30 days old, without any notification. */
  DELETE: 3,
} as const;

/** Whether a chunk ends the streaming message. 0: more chunks follow; 1: this is the last chunk. */
export type StreamChunkFinish = 0 | 1;

/** The values of {@link StreamChunkFinish} by name. */
export const StreamChunkFinish = {
  /** More chunks follow. */
  NOT_FINISHED: 0,
  /** This is the last chunk; the server merges all chunks into the final message. */
  FINISHED: 1,
} as const;

/**
 * Parameters for an AI digital-human reply to the message. Only the official server SDKs describe
 * them.
 */
export interface AiParams {
  /** Account of the AI digital human. */
  account?: string;
  /** Content handed to the model, a JSON object encoded as a string. */
  content?: string;
  /** Conversation context for the model, a JSON array encoded as a string. */
  messages?: string;
  /** Values for the prompt template's variables, a JSON object encoded as a string. */
  prompt_variables?: string;
  /** Model settings, a JSON object encoded as a string. */
  config?: string;
  /** Also deliver the original message to its receiver. */
  send_original?: boolean;
}

/** Content-moderation settings for one message. */
export interface AntispamConfig {
  /** Run the moderation check on this message. Default true. */
  antispam_enabled?: boolean;
  /** Moderation business id to check the message against. */
  antispam_business_id?: string;
  /** Extra moderation parameters passed through unchanged. */
  antispam_extension?: string;
  /** Check `antispam_custom_message` instead of the message content. */
  antispam_custom_message_enabled?: boolean;
  /** Content submitted to moderation when `antispam_custom_message_enabled` is true. */
  antispam_custom_message?: string;
  /** Anti-cheating parameters, a JSON object encoded as a string. */
  antispam_cheating?: string;
}

/** Identifies one message to look up by id. */
export interface MessageQuery {
  /** Server id of the message. */
  message_server_id: number;
  /** Send time of the message in milliseconds since the epoch. */
  create_time: number;
}

/** Body of a batch lookup of messages by id. */
export interface BatchGetMessagesRequest {
  /** The messages to look up. */
  messages: MessageQuery[];
}

/** Points at another message, as the root of a thread or the message being replied to. */
export interface ThreadMessageRef {
  /** Sender of the referenced message. */
  sender_id?: string;
  /** Receiver of the referenced message (an account id, or a team id for team messages). */
  receiver_id?: string;
  /** When the referenced message was sent, in milliseconds since the epoch. */
  create_time?: number;
  /** Server id of the referenced message. */
  message_server_id?: number;
  /** Client id of the referenced message. */
  message_client_id?: string;
}

/** Places the message in a thread. */
export interface ThreadConfig {
  /** Points at another message, as the root of a thread or the message being replied to. */
  thread_root?: ThreadMessageRef;
  /** Points at another message, as the root of a thread or the message being replied to. */
  thread_reply?: ThreadMessageRef;
}

/** A message read back from history. */
export interface Message {
  /** Server id of the message. */
  message_server_id: number;
  /** Client id of the message. */
  message_client_id?: string;
  /** Account that sent the message. */
  sender_id: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type?: ConversationType;
  /**
   * Receiving account of a one-to-one message; absent for team messages, which carry `team_id`
   * instead.
   */
  receiver_id?: string;
  /** Team of a team message; absent for one-to-one messages. */
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
  /** Kind of client the sender used (for example 32 for the server API). */
  sender_client_type?: number;
  /** Text of the message, or the description of a non-text message. */
  text?: string;
  /** Attachment of the message. */
  attachment?: Record<string, unknown>;
  /** Extension given when sending. */
  extension?: string;
  /** Account that last edited the message, if it was edited. */
  modify_account_id?: string;
  /** When the message was last edited, in milliseconds since the epoch. */
  modify_time?: number;
  /** Places the message in a thread. */
  thread_config?: ThreadConfig;
  /** For a targeted team message, the accounts its target list names. */
  receiver_account_ids?: string[];
  /** For a targeted team message, true when only the listed accounts can see it. */
  inclusive?: boolean;
  /** For a targeted team message, whether members who joined later can see it. */
  new_member_visible?: boolean;
}

/** A message that could not be looked up. */
export interface MessageFailure {
  /** Server id of the message that failed. */
  message_server_id?: number;
  /** Send time given for that message. */
  create_time?: number;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** Messages found and messages that could not be looked up. */
export interface BatchGetMessagesResult {
  /** The messages that were found. */
  success_list?: Message[];
  /** The messages that were not found, with the reason. */
  failed_list?: MessageFailure[];
}

/**
 * What the message sent to every receiver of a batch one-to-one send says. Text and tip messages
 * use `text`; every other kind puts its content in `attachment`.
 */
export interface BatchSendP2PMessageBody {
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /**
   * A second-level category of your own choosing, most useful for custom (100) messages. At least
   * 1.
   */
  sub_type?: number;
  /**
   * Content of a text (0) or tip (10) message, up to 5000 characters. For other kinds it is an
   * optional description of up to 500 characters. At most 5000 characters.
   */
  text?: string;
  /** Content of non-text messages (media description, coordinates or a custom JSON object). */
  attachment?: Record<string, unknown>;
}

/** Switches for how the message is stored, synchronised and counted. */
export interface MessageConfig {
  /** Count the message in the receiver's unread number. Default true. */
  unread_enabled?: boolean;
  /**
   * Copy the message to the sender's other logged-in devices (the key really is spelled `mutil`).
   * Default true.
   */
  mutil_sync_enabled?: boolean;
  /** Keep the message for receivers who are offline. Default true. */
  offline_enabled?: boolean;
  /** Keep the message in the cloud history. Default true. */
  history_enabled?: boolean;
  /** Keep the message for roaming to newly logged-in devices. Default true. */
  roaming_enabled?: boolean;
  /** Make the message the conversation's last message. Default true. */
  conversation_update_enabled?: boolean;
}

/** Options that apply only to one-to-one messages. */
export interface P2POption {
  /** Refuse the message unless the sender and receiver are friends. */
  check_friend?: boolean;
}

/** Settings of the offline push notification that goes with the message. */
export interface PushConfig {
  /** Send an offline push for this message. Default true. */
  push_enabled?: boolean;
  /** Put the sender's nickname in front of the push text. Default true. */
  push_nick_enabled?: boolean;
  /** Push text to show instead of the default one. At most 500 characters. */
  push_content?: string;
  /** Custom push payload, a JSON object encoded as a string. At most 2048 characters. */
  push_payload?: string;
  /**
   * In a team, push to every member even if they turned pushes off (an @everyone message). Default
   * false.
   */
  push_forcepush_all?: boolean;
  /** In a team, the accounts to push to even if they turned pushes off (an @mention). */
  push_forcepush_ids?: string[];
  /** Push text used for the forced pushes. At most 500 characters. */
  push_forcepush_content?: string;
  /**
   * Turn the forced-push (@mention) behaviour on. Only the official server SDKs send this flag; no
   * documentation page lists it.
   */
  push_forcepush_enable?: boolean;
}

/** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
export interface RouteConfig {
  /** Forward a copy of this message to the app server. Default true. */
  route_enabled?: boolean;
  /** Name of the message-copy environment to forward to. */
  route_environment?: string;
}

/** Body of a batch send of one one-to-one message to many receivers. */
export interface BatchSendP2PMessagesRequest {
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

/** The message as stored by the server after a successful send. */
export interface SentMessage {
  /** Id the server gave the message. */
  message_server_id?: number;
  /** Client id of the message, yours or the one the server made up. */
  message_client_id?: string;
  /** Account that sent the message. */
  sender_id?: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type?: ConversationType;
  /** Receiving account, or the team id for team messages. */
  receiver_id?: string;
  /** Send time in milliseconds since the epoch. */
  create_time?: number;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** The custom sub-type given when sending. */
  sub_type?: number;
  /** Text of the message. */
  text?: string;
  /** Attachment of the message. */
  attachment?: Record<string, unknown>;
  /** Places the message in a thread. */
  thread_config?: ThreadConfig;
}

/** The copies that were sent and the receivers that failed. */
export interface BatchSendP2PMessagesResult {
  /** One sent message per receiver that succeeded. */
  success_list?: SentMessage[];
  /**
   * The receivers that failed, with the reason. Only the official server SDKs describe this list.
   */
  failed_list?: AccountFailure[];
}

/** Identifies the message a quick comment belongs to. */
export interface QuickCommentTarget {
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type: ConversationType;
  /** Sender of the message. */
  sender_id: string;
  /** Receiver of the message (an account id, or the team id for team messages). */
  receiver_id: string;
  /** Server id of the message. */
  message_server_id: number;
  /** Client id of the message. */
  message_client_id: string;
  /** Send time of the message in milliseconds since the epoch. */
  create_time?: number;
}

/** Body of a quick-comment lookup. */
export interface GetQuickCommentsRequest {
  /** The messages whose quick comments to read. */
  messages: QuickCommentTarget[];
}

/**
 * What a message says. Text and tip messages use `text`; every other kind puts its content in
 * `attachment`.
 */
export interface MessageBody {
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /**
   * A second-level category of your own choosing, most useful for custom (100) messages. At least
   * 1.
   */
  sub_type?: number;
  /**
   * Content of a text (0) or tip (10) message, up to 5000 characters. For other kinds it is an
   * optional description (up to 500 characters) that full-text history search can match. At most
   * 5000 characters.
   */
  text?: string;
  /**
   * Content of non-text messages: the media description (url, md5, size, ...) for images, audio,
   * video and files, the coordinates for locations, any JSON object for custom messages.
   */
  attachment?: Record<string, unknown>;
  /**
   * Your own id for the message, unique per sender; the server makes one up when it is left out.
   */
  message_client_id?: string;
}

/** One page of a conversation's history. */
export interface MessagePage {
  /** More messages follow; pass `next_token` as `page_token` to get them. */
  has_more?: boolean;
  /** Cursor of the next page. */
  next_token?: string;
  /** The messages of this page. */
  items?: Message[];
}

/** One quick comment on a message. */
export interface QuickComment {
  /** Account that added the comment. */
  operator_id?: string;
  /** The comment, as defined by your app. */
  index?: number;
  /** Extension given with the comment. */
  extension?: string;
  /** When the comment was added, in milliseconds since the epoch. */
  time?: number;
}

/** A message and its quick comments. */
export interface MessageQuickComments {
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type?: ConversationType;
  /** Sender of the message. */
  sender_id?: string;
  /** Receiver of the message. */
  receiver_id?: string;
  /** Server id of the message. */
  message_server_id?: number;
  /** Client id of the message. */
  message_client_id?: string;
  /** Send time of the message. */
  create_time?: number;
  /** The quick comments on the message. */
  comments?: QuickComment[];
}

/** One page of messages that match a search. */
export interface MessageSearchResult {
  /** Number of matching messages. */
  count?: number;
  /** More matches follow; pass `next_token` as `page_token` to get them. */
  has_more?: boolean;
  /** Cursor of the next page; empty when there is none. */
  next_token?: string;
  /** The matching messages of this page. */
  items?: Message[];
}

/** Result of a one-to-one read receipt. */
export interface P2PReadReceiptResult {
  /** When the server recorded the receipt, in milliseconds since the epoch. */
  timestamp?: number;
}

/** Result of adding or removing a quick comment. */
export interface QuickCommentChange {
  /** When the server recorded the change, in milliseconds since the epoch. */
  time?: number;
}

/** A message whose quick comments could not be read. */
export interface QuickCommentFailure {
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type?: ConversationType;
  /** Sender of the message. */
  sender_id?: string;
  /** Receiver of the message. */
  receiver_id?: string;
  /** Server id of the message. */
  message_server_id?: number;
  /** Client id of the message. */
  message_client_id?: string;
  /** Send time of the message. */
  create_time?: number;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** Push settings of the notification about a quick comment. */
export interface QuickCommentPushConfig {
  /** Send an offline push about the comment. Default true. */
  push_enabled?: boolean;
  /** Push text to show. At most 500 characters. */
  push_content?: string;
  /** Custom push payload, a JSON object encoded as a string. At most 2048 characters. */
  push_payload?: string;
}

/** Body of the calls that add or remove a quick comment. */
export interface QuickCommentRequest {
  /** Account that adds or removes the comment. */
  operator_id: string;
  /**
   * The comment, a number above 0 whose meaning (an emoji, a reaction, ...) your app defines. At
   * least 1.
   */
  index: number;
  /** Extension of your own, a JSON object encoded as a string. */
  extension?: string;
  /** Identifies the message a quick comment belongs to. */
  message: QuickCommentTarget;
  /** Push settings of the notification about a quick comment. */
  push_config?: QuickCommentPushConfig;
}

/** Quick comments of the messages found, and the messages that failed. */
export interface QuickCommentsResult {
  /** The messages that were found, each with its comments. */
  success_list?: MessageQuickComments[];
  /** The messages that failed, with the reason. */
  failed_list?: QuickCommentFailure[];
}

/** Addresses the message to a chat robot. */
export interface RobotConfig {
  /** Account of the robot the message is for. */
  robot_account_id?: string;
  /** Topic of the robot conversation. */
  robot_topic?: string;
  /** Robot function to call. */
  robot_function?: string;
  /** Custom content handed to the robot. */
  robot_custom_content?: string;
}

/** Options that apply only to super-team messages. */
export interface SuperTeamOption {
  /** Deliver the message even if the whole super team is muted. */
  ignore_chat_banned?: boolean;
  /** Deliver the message even if the sender is muted in the super team. */
  ignore_member_chat_banned?: boolean;
  /** Check that the sender is still a member of the super team. */
  check_team_member_valid?: boolean;
}

/**
 * Limits a team message to some members (a targeted message). Described only by the official server
 * SDKs.
 */
export interface TargetOption {
  /** The accounts the list applies to. */
  receiver_account_ids?: string[];
  /**
   * true when only the listed accounts see the message; false when everyone except them sees it.
   */
  inclusive?: boolean;
  /** Check that every listed account is a member of the team. */
  check_team_member_valid?: boolean;
  /** Members who join later can also see the message. */
  visible_to_new_member?: boolean;
}

/** Options that apply only to advanced-team messages. */
export interface TeamOption {
  /** Ask members for read receipts for this message. */
  mark_as_read?: boolean;
  /** Deliver the message even if the whole team is muted. */
  ignore_chat_banned?: boolean;
  /** Deliver the message even if the sender is muted in the team. */
  ignore_member_chat_banned?: boolean;
  /** Check that the sender is still a member of the team. */
  check_team_member_valid?: boolean;
}

/** Body of a send-message call. */
export interface SendMessageRequest {
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

/** Body of a one-to-one read receipt. */
export interface SendP2PReadReceiptRequest {
  /** Account that has read the messages (the receiver of the messages), which sends the receipt. */
  from_account_id: string;
  /** Account that gets the receipt (the sender of the messages). */
  to_account_id: string;
  /** Server id of the last message read; it and all earlier messages count as read. */
  message_server_id: number;
}

/** One chunk of a streaming message. */
export interface StreamAttachment {
  /**
   * Text of this chunk. All chunks of one message together may hold at most 5000 characters; going
   * over ends the stream at once.
   */
  text?: string;
  /**
   * Sequence number of the chunk, 0 for the first one, then 1, 2, ...; the server joins the chunks
   * in this order. At least 0.
   */
  index?: number;
  /**
   * Whether a chunk ends the streaming message. 0: more chunks follow; 1: this is the last chunk.
   */
  finish?: StreamChunkFinish;
}

/**
 * The message part of one streaming call. The first call names the new message with
 * `message_client_id`; every later call names it with the `message_server_id` that the first call
 * returned.
 */
export interface StreamMessageChunk {
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** Your client id for the new message; send it with the first chunk (index 0) only. */
  message_client_id?: string;
  /** Server id returned by the first call; send it with every later chunk. */
  message_server_id?: number;
  /** One chunk of a streaming message. */
  attachment?: StreamAttachment;
}

/** Storage and synchronisation switches of a streaming message. */
export interface StreamMessageConfig {
  /** Count the message in the receiver's unread number. */
  unread_enabled?: boolean;
  /**
   * Copy the message to the sender's other logged-in devices (the key really is spelled `mutil`).
   */
  mutil_sync_enabled?: boolean;
  /** Keep the final message in the cloud history. */
  history_enabled?: boolean;
  /** Make the message the conversation's last message. */
  conversation_update_enabled?: boolean;
}

/** Offline push settings of a streaming message. */
export interface StreamPushConfig {
  /** Send an offline push for the message. */
  push_enabled?: boolean;
  /** Put the sender's nickname in front of the push text. */
  push_nick_enabled?: boolean;
  /** Push text to show instead of the default one. */
  push_content?: string;
  /** Custom push payload, a JSON object encoded as a string. */
  push_payload?: string;
}

/**
 * A source that an AI answer drew on, shown with the streamed message. Only the official server
 * SDKs describe it.
 */
export interface StreamRagInfo {
  /** Name of the source. */
  name?: string;
  /** URL of the source's icon. */
  icon?: string;
  /** Title of the source document. */
  title?: string;
  /** Time of the source in milliseconds since the epoch. */
  time?: number;
  /** Link to the source. */
  url?: string;
  /** Short description of the source. */
  description?: string;
}

/**
 * Body of one chunk of a streaming message. The first chunk carries the settings of the whole
 * message (configs, options, extension); later chunks need only `message`.
 */
export interface SendStreamMessageRequest {
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

/** Body of an advanced-team read receipt. */
export interface SendTeamReadReceiptRequest {
  /** Team member who has read the messages. */
  from_account_id: string;
  /** The advanced team the messages were sent to. */
  team_id: number;
  /** Server ids of the messages to mark as read. */
  message_server_ids: number[];
}

/**
 * The server's answer to one chunk. After the first chunk it holds the `message_server_id` that
 * every later chunk must send; later answers only acknowledge the chunk.
 */
export interface StreamMessageChunkResult {
  /** Server id of the streaming message. */
  message_server_id?: number;
  /** Client id of the streaming message. */
  message_client_id?: string;
  /** Account that sends the message. */
  sender_id?: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  conversation_type?: ConversationType;
  /** Receiving account, or the team id for team messages. */
  receiver_id?: string;
  /** Send time in milliseconds since the epoch. */
  create_time?: number;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
}

/** Who has and has not read one advanced-team message. */
export interface TeamReadReceiptDetail {
  /** Number of members who have read the message. */
  read_size?: number;
  /** Number of members who have not read it yet. */
  unread_size?: number;
  /** Members who have read it; returned only when `snapshot` is true. */
  read_account_ids?: string[];
  /** Members who have not read it; returned only when `snapshot` is true. */
  unread_account_ids?: string[];
}

/** Messages marked as read and messages that could not be. */
export interface TeamReadReceiptResult {
  /** Server ids of the messages marked as read. */
  success_list?: number[];
  /** Server ids of the messages that could not be marked; no reason is given. */
  failed_list?: number[];
}

/** One page of the replies in a thread, with the thread's root message. */
export interface ThreadMessagePage {
  /** More replies follow; pass `next_token` as `page_token` to get them. */
  has_more?: boolean;
  /** Cursor of the next page. */
  next_token?: string;
  /** A message read back from history. */
  thread_root?: Message;
  /** Number of messages in the thread. Only the official server SDKs list this field. */
  total?: number;
  /** Time of the query in milliseconds since the epoch. Only the Java SDK lists this field. */
  timestamp?: number;
  /**
   * The replies of this page. Only the official server SDKs name this list; the documentation table
   * stops before it.
   */
  messages?: Message[];
}

/** The only storage switch an edit accepts. */
export interface UpdateMessageConfig {
  /** Make the edited message the conversation's last message again. Default true. */
  conversation_update_enabled?: boolean;
}

/** Identifies the message to edit and carries its new content. */
export interface UpdatedMessageBody {
  /** Server id of the message to edit. */
  message_server_id: number;
  /** Receiver of the original message (an account id, or the team id for team messages). */
  receiver_id: string;
  /**
   * Send time of the original message in milliseconds since the epoch (the key is `time`, not
   * `create_time`).
   */
  time: number;
  /** Sender of the original message. */
  sender_id: string;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** New custom sub-type. At least 1. */
  sub_type?: number;
  /** New text of the message. */
  text?: string;
  /** New attachment; the official example is an image (name, md5, url, ext, w, h, size). */
  attachment?: Record<string, unknown>;
}

/** Body of a message edit. */
export interface UpdateMessageRequest {
  /** Account that performs the edit. */
  operator: string;
  /**
   * Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between two
   * accounts; 2: advanced team (高级群); 3: super team (超大群).
   */
  type: ConversationType;
  /**
   * New extension of your own, a JSON object encoded as a string, up to 1024 characters. At most
   * 1024 characters.
   */
  extension?: string;
  /** Identifies the message to edit and carries its new content. */
  message: UpdatedMessageBody;
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

/** The message after the edit. */
export interface UpdatedMessage {
  /** Account that edited the message. */
  modify_account_id?: string;
  /** When it was edited, in milliseconds since the epoch. */
  modify_time?: number;
  /** Server id of the message. */
  message_server_id?: number;
  /** Sender of the message. */
  sender_id?: string;
  /** Receiver of the message (an account id, or the team id for team messages). */
  receiver_id?: string;
  /** Original send time in milliseconds since the epoch. */
  create_time?: number;
  /**
   * Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
   * (robot) and 12 (call record) only appear when filtering history.
   */
  message_type?: MessageType;
  /** Custom sub-type. */
  sub_type?: number;
  /** Text of the message after the edit. */
  text?: string;
  /** Attachment of the message after the edit. */
  attachment?: Record<string, unknown>;
  /** Extension of the message after the edit. */
  extension?: string;
}
