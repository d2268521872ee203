// AI: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, type RequestOptions } from "../core/index.js";
import { APIResource } from "../resource.js";
import type { ChatAssistHistoryItem, ChatAssistResult } from "../types/index.js";

/** The parameters of `ai.chatAssist()`. */
export interface AiChatAssistParams {
  /** Account that will send the reply, the one the suggestions are for. */
  sender_id: string;
  /** Account that will receive the reply. */
  receiver_id: string;
  /**
   * Styles of the suggested replies: `warm`, `hot` (enthusiastic), `smart` (witty) or `stochastic`
   * (random). More styles may be added later; the limit of three is a default. At most 3 items.
   */
  style_list: string[];
  /**
   * Tags describing the sender's persona (at most 2000 characters), used to make the replies sound
   * natural.
   */
  sender_tag_list?: string[];
  /** Tags describing the receiver's persona, at most 2000 characters. */
  receiver_tag_list?: string[];
  /** The receiver's last message, the main thing the reply answers. At most 256 characters. */
  receiver_last_message?: string;
  /**
   * Earlier text messages of the two accounts as context, most recent first and without the
   * receiver's last message; at most 1500 characters in all.
   */
  history?: ChatAssistHistoryItem[];
}

/**
 * AI assistance for chat.
 *
 * Reached as `client.ai`.
 */
export class Ai extends APIResource {
  /**
   * Suggest replies for a chat.
   *
   * Asks an AI model for reply suggestions that the sender could send to the receiver, in up to
   * three styles, based on the receiver's last message, the earlier conversation and the persona
   * tags of both sides. The path lies outside /im/v2 but uses the same hosts, headers and envelope.
   * The response fields come from the official Java SDK; the documentation page describes the
   * request.
   *
   * `POST /ai/chat_assistant/v1/chat_assist`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/jk4Mzg4OTA?platform=server
   */
  chatAssist(params: AiChatAssistParams, options?: RequestOptions): APIPromise<ChatAssistResult> {
    return this._client.request<ChatAssistResult>(
      {
        method: "POST",
        path: "/ai/chat_assistant/v1/chat_assist",
        body: {
          sender_id: params.sender_id,
          receiver_id: params.receiver_id,
          style_list: params.style_list,
          sender_tag_list: params.sender_tag_list,
          receiver_tag_list: params.receiver_tag_list,
          receiver_last_message: params.receiver_last_message,
          history: params.history,
        },
        idempotent: true,
        name: "ai.chatAssist",
        fields: { items: "array" },
      },
      options,
    );
  }
}
