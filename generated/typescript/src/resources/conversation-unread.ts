// Conversation unread counts: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, path, type RequestOptions } from "../core/index.js";
import { APIResource } from "../resource.js";
import type { ConversationOverview } from "../types/index.js";

/** The parameters of `conversationUnread.getOverview()`. */
export interface ConversationUnreadGetOverviewParams {
  /** The account whose unread total is returned. Sent as path parameter `account_id`. */
  account_id: string;
}

/** The parameters of `conversationUnread.clear()`. */
export interface ConversationUnreadClearParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
}

/**
 * Unread counts of an account's conversations.
 *
 * Reached as `client.conversationUnread`.
 */
export class ConversationUnread extends APIResource {
  /**
   * Get an account's total unread count.
   *
   * Returns the number of unread messages summed over all conversations of one account. The path is
   * `conversation_overviews`, not under `conversations`.
   *
   * `GET /im/v2/conversation_overviews/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DIzMDIyNjI?platform=server
   */
  getOverview(
    params: ConversationUnreadGetOverviewParams,
    options?: RequestOptions,
  ): APIPromise<ConversationOverview> {
    return this._client.request<ConversationOverview>(
      {
        method: "GET",
        path: path`/im/v2/conversation_overviews/${params.account_id}`,
        idempotent: true,
        name: "conversationUnread.getOverview",
        fields: { account_id: "string", unread_count: "integer" },
      },
      options,
    );
  }

  /**
   * Clear the unread count of one conversation.
   *
   * Sets the unread count of one conversation of its owner to zero. The call has no body and
   * returns nothing; an unknown conversation id fails with code 414 (per the Java SDK's
   * documentation). Only the Java SDK describes this operation, so its limits are not documented.
   *
   * `PATCH /im/v2/conversations/{conversation_id}/actions/clear_conversation_unread`; safe to
   * retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  clear(params: ConversationUnreadClearParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "PATCH",
        path: path`/im/v2/conversations/${params.conversation_id}/actions/clear_conversation_unread`,
        idempotent: true,
        name: "conversationUnread.clear",
      },
      options,
    );
  }
}
