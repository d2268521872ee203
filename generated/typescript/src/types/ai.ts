// AI: chat assistance that suggests replies.
// Generated from the OpenAPI spec; do not edit by hand.

/** One text message of the earlier conversation, given as context. */
export interface ChatAssistHistoryItem {
  /** Account that sent the message. */
  sender_id?: string;
  /** Text of the message; only text content is supported. */
  text?: string;
}

/** Body of a reply-suggestion request. */
export interface ChatAssistRequest {
  /** Account that will send the reply, the one the suggestions are for. */
  sender_id: string;
  /**
   * Tags describing the sender's persona (at most 2000 characters), used to make the replies sound
   * natural.
   */
  sender_tag_list?: string[];
  /** Account that will receive the reply. */
  receiver_id: string;
  /** Tags describing the receiver's persona, at most 2000 characters. */
  receiver_tag_list?: string[];
  /** The receiver's last message, the main thing the reply answers. At most 256 characters. */
  receiver_last_message?: string;
  /**
   * Styles of the suggested replies: `warm`, `hot` (enthusiastic), `smart` (witty) or `stochastic`
   * (random). More styles may be added later; the limit of three is a default. At most 3 items.
   */
  style_list: string[];
  /**
   * Earlier text messages of the two accounts as context, most recent first and without the
   * receiver's last message; at most 1500 characters in all.
   */
  history?: ChatAssistHistoryItem[];
}

/** One suggested reply. */
export interface ChatAssistSuggestion {
  /** Style code of the reply, one of those asked for. */
  style?: string;
  /** Display name of the style. */
  style_name?: string;
  /** The suggested reply text. */
  answer?: string;
}

/** The suggested replies. */
export interface ChatAssistResult {
  /** One or more suggested replies for the requested styles. */
  items?: ChatAssistSuggestion[];
}
