// Conversations: generated from the OpenAPI spec; do not edit by hand.

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
  BatchDeleteConversationsResult,
  BatchGetConversationsResult,
  Conversation,
  ConversationTopType,
  LegacyBatchGetConversationsResult,
  LegacyConversation,
  LegacyListConversationsResult,
  ListConversationsResult,
  StickTopConversationResult,
} from "../types/index.js";

/** The parameters of `conversations.create()`. */
export interface ConversationsCreateParams {
  /**
   * The conversation to create, `owner|type|peer`: the owner's account id, the conversation type (1
   * one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. It is the
   * only field of the body; no source marks it required, but the call has nothing to create without
   * it. Pattern `^[^|]+\|[123]\|[^|]+$`.
   */
  conversation_id?: string;
}

/** The parameters of `conversations.list()`. */
export interface ConversationsListParams {
  /**
   * The account whose conversations are listed. No source marks it required, but the Java SDK
   * always sends it and the call names no other account. Sent as query parameter `account_id`.
   */
  account_id?: string;
  /**
   * The `next_token` of the previous page; leave it out for the first page. Sent as query parameter
   * `page_token`.
   */
  page_token?: string;
  /**
   * Number of conversations per page. Its default and maximum are not documented. Sent as query
   * parameter `limit`.
   */
  limit?: number;
}

/** The parameters of `conversations.createLegacy()`. */
export interface ConversationsCreateLegacyParams {
  /**
   * The conversation to create, `owner|type|peer`: the owner's account id, the conversation type (1
   * one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. It is the
   * only field of the body; no source marks it required, but the call has nothing to create without
   * it. Pattern `^[^|]+\|[123]\|[^|]+$`.
   */
  conversation_id?: string;
}

/** The parameters of `conversations.listLegacy()`. */
export interface ConversationsListLegacyParams {
  /**
   * The account whose conversations are listed. No source marks it required, but the SDKs always
   * send it and the call names no other account. Sent as query parameter `account_id`.
   */
  account_id?: string;
  /**
   * The `next_token` of the previous page; leave it out for the first page. Sent as query parameter
   * `page_token`.
   */
  page_token?: string;
  /**
   * Number of conversations per page. Its default and maximum are not documented. Sent as query
   * parameter `limit`.
   */
  limit?: number;
}

/** The parameters of `conversations.update()`. */
export interface ConversationsUpdateParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** New extension stored with the conversation on the server; it replaces the old value. */
  server_extension?: string;
}

/** The parameters of `conversations.delete()`. */
export interface ConversationsDeleteParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /**
   * Also delete the conversation's history messages. The sources do not say what happens when it is
   * left out; presumably the messages are kept. Sent as query parameter `clear_message`.
   */
  clear_message?: boolean;
}

/** The parameters of `conversations.getLegacy()`. */
export interface ConversationsGetLegacyParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
}

/** The parameters of `conversations.batchGetLegacy()`. */
export interface ConversationsBatchGetLegacyParams {
  /**
   * The conversations to look up, at most 100 ids of the form `owner|type|peer`; sent
   * comma-separated. At most 100 items. Sent as query parameter `conversation_ids`.
   */
  conversation_ids: string[];
}

/** The parameters of `conversations.batchDelete()`. */
export interface ConversationsBatchDeleteParams {
  /**
   * The conversations to delete, at most 100 ids of the form `owner|type|peer`; sent
   * comma-separated. At most 100 items. Sent as query parameter `conversation_ids`.
   */
  conversation_ids: string[];
  /**
   * Also delete the history messages of these conversations. The sources do not say what happens
   * when it is left out; presumably the messages are kept. Sent as query parameter `clear_message`.
   */
  clear_message?: boolean;
}

/** The parameters of `conversations.get()`. */
export interface ConversationsGetParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
}

/** The parameters of `conversations.batchGet()`. */
export interface ConversationsBatchGetParams {
  /**
   * The conversations to look up, at most 100 ids of the form `owner|type|peer`; sent
   * comma-separated. At most 100 items. Sent as query parameter `conversation_ids`.
   */
  conversation_ids: string[];
}

/** The parameters of `conversations.stickTop()`. */
export interface ConversationsStickTopParams {
  /**
   * Conversation id in the form `owner|type|peer`: the operator's account id, the conversation type
   * (1 one-to-one, 2 advanced team, 3 super team) and the peer's account id or the team id. The SDK
   * percent-encodes it. Pattern `^[^|]+\|[123]\|[^|]+$`. Sent as path parameter `conversation_id`.
   */
  conversation_id: string;
  /** Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it. */
  top_type?: ConversationTopType;
}

/**
 * Create, read, update and delete the conversations of an account.
 *
 * Reached as `client.conversations`.
 */
export class Conversations extends APIResource {
  /**
   * Create a conversation.
   *
   * Creates a conversation for its owner, given the conversation id `owner|type|peer` that the
   * caller builds. The response describes the new conversation; a conversation without messages has
   * no `last_message`.
   *
   * `POST /im/v2.1/conversations`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DgwMjAzMjM?platform=server
   */
  create(
    params: ConversationsCreateParams = {},
    options?: RequestOptions,
  ): APIPromise<Conversation> {
    return this._client.request<Conversation>(
      {
        method: "POST",
        path: "/im/v2.1/conversations",
        body: { conversation_id: params.conversation_id },
        idempotent: false,
        name: "conversations.create",
        fields: {
          conversation_id: "string",
          sender_id: "string",
          receiver_id: "string",
          type: "integer",
          stick_top: "boolean",
          group_ids: "array",
          server_extension: "string",
          message_state: "integer",
          revoke_notification: "object",
          unread_count: "integer",
          sort_order: "integer",
          create_time: "integer",
          update_time: "integer",
          last_read_time: "integer",
          last_message: "object",
        },
      },
      options,
    );
  }

  /**
   * List an account's conversations, page by page.
   *
   * Returns the conversations of one account a page at a time. Pass the `next_token` of a page as
   * `page_token` to get the next one, until `has_more` is false. The sources document neither the
   * default nor the largest page size.
   *
   * `GET /im/v2.1/conversations`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DI2NDczOTg?platform=server
   */
  list(
    params: ConversationsListParams = {},
    options?: PageRequestOptions,
  ): PagePromise<Conversation, ListConversationsResult> {
    return this._client.paginate<Conversation, ListConversationsResult>(
      {
        method: "GET",
        path: "/im/v2.1/conversations",
        query: {
          account_id: params.account_id,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "conversations.list",
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
   * Create a conversation (deprecated /im/v2 form).
   *
   * The /im/v2 form of conversation creation, with the same body. Its response is taken to carry
   * any last message in the nested /im/v2 form, like the other /im/v2 conversation operations. Use
   * the /im/v2.1 operation instead.
   *
   * `POST /im/v2/conversations`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DgwMjAzMjM?platform=server
   * @deprecated Use `create` instead.
   */
  createLegacy(
    params: ConversationsCreateLegacyParams = {},
    options?: RequestOptions,
  ): APIPromise<LegacyConversation> {
    return this._client.request<LegacyConversation>(
      {
        method: "POST",
        path: "/im/v2/conversations",
        body: { conversation_id: params.conversation_id },
        idempotent: false,
        name: "conversations.createLegacy",
        deprecated: "use conversations.create() instead",
        fields: {
          conversation_id: "string",
          sender_id: "string",
          receiver_id: "string",
          type: "integer",
          stick_top: "boolean",
          group_ids: "array",
          server_extension: "string",
          message_state: "integer",
          revoke_notification: "object",
          unread_count: "integer",
          sort_order: "integer",
          create_time: "integer",
          update_time: "integer",
          last_read_time: "integer",
          last_message: "object",
        },
      },
      options,
    );
  }

  /**
   * List an account's conversations, page by page (deprecated /im/v2 form).
   *
   * The /im/v2 form of the paged conversation list, with the same parameters and paging. Each
   * conversation is taken to carry its last message in the nested /im/v2 form. Use the /im/v2.1
   * operation instead.
   *
   * `GET /im/v2/conversations`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal, maxPages, maxItems).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DI2NDczOTg?platform=server
   * @deprecated Use `list` instead.
   */
  listLegacy(
    params: ConversationsListLegacyParams = {},
    options?: PageRequestOptions,
  ): PagePromise<LegacyConversation, LegacyListConversationsResult> {
    return this._client.paginate<LegacyConversation, LegacyListConversationsResult>(
      {
        method: "GET",
        path: "/im/v2/conversations",
        query: {
          account_id: params.account_id,
          page_token: params.page_token,
          limit: params.limit,
        },
        idempotent: true,
        name: "conversations.listLegacy",
        deprecated: "use conversations.list() instead",
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
   * Update a conversation's server extension.
   *
   * Replaces the extension stored with a conversation on the server and returns the conversation.
   * This operation exists only under /im/v2, so its response carries the last message in the nested
   * /im/v2 form.
   *
   * `PATCH /im/v2/conversations/{conversation_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zMwOTAzMTI?platform=server
   */
  update(
    params: ConversationsUpdateParams,
    options?: RequestOptions,
  ): APIPromise<LegacyConversation> {
    return this._client.request<LegacyConversation>(
      {
        method: "PATCH",
        path: path`/im/v2/conversations/${params.conversation_id}`,
        body: { server_extension: params.server_extension },
        idempotent: true,
        name: "conversations.update",
        fields: {
          conversation_id: "string",
          sender_id: "string",
          receiver_id: "string",
          type: "integer",
          stick_top: "boolean",
          group_ids: "array",
          server_extension: "string",
          message_state: "integer",
          revoke_notification: "object",
          unread_count: "integer",
          sort_order: "integer",
          create_time: "integer",
          update_time: "integer",
          last_read_time: "integer",
          last_message: "object",
        },
      },
      options,
    );
  }

  /**
   * Delete a conversation.
   *
   * Deletes one conversation of its owner, optionally with its history messages. Nothing is
   * returned on success.
   *
   * `DELETE /im/v2/conversations/{conversation_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TcyMjk1NDk?platform=server
   */
  delete(params: ConversationsDeleteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/conversations/${params.conversation_id}`,
        query: { clear_message: params.clear_message },
        idempotent: true,
        name: "conversations.delete",
      },
      options,
    );
  }

  /**
   * Get one conversation (deprecated /im/v2 form).
   *
   * The /im/v2 form of the conversation lookup. It returns the same conversation fields, but the
   * last message is nested like a send-message body. An unknown conversation id fails with code
   * 414. Use the /im/v2.1 operation instead.
   *
   * `GET /im/v2/conversations/{conversation_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/jUyOTA0NjM?platform=server
   * @deprecated Use `get` instead.
   */
  getLegacy(
    params: ConversationsGetLegacyParams,
    options?: RequestOptions,
  ): APIPromise<LegacyConversation> {
    return this._client.request<LegacyConversation>(
      {
        method: "GET",
        path: path`/im/v2/conversations/${params.conversation_id}`,
        idempotent: true,
        name: "conversations.getLegacy",
        deprecated: "use conversations.get() instead",
        fields: {
          conversation_id: "string",
          sender_id: "string",
          receiver_id: "string",
          type: "integer",
          stick_top: "boolean",
          group_ids: "array",
          server_extension: "string",
          message_state: "integer",
          revoke_notification: "object",
          unread_count: "integer",
          sort_order: "integer",
          create_time: "integer",
          update_time: "integer",
          last_read_time: "integer",
          last_message: "object",
        },
      },
      options,
    );
  }

  /**
   * Get several conversations by id (deprecated /im/v2 form).
   *
   * The /im/v2 form of the batch conversation lookup. It takes the same ids but returns each
   * conversation's last message nested like a send-message body. Use the /im/v2.1 operation
   * instead.
   *
   * `GET /im/v2/conversations/actions/conversation_ids`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
   * @deprecated Use `batchGet` instead.
   */
  batchGetLegacy(
    params: ConversationsBatchGetLegacyParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<LegacyBatchGetConversationsResult>> {
    return this._client.request<WithFailures<LegacyBatchGetConversationsResult>>(
      {
        method: "GET",
        path: "/im/v2/conversations/actions/conversation_ids",
        query: { conversation_ids: params.conversation_ids },
        idempotent: true,
        name: "conversations.batchGetLegacy",
        deprecated: "use conversations.batchGet() instead",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "conversation_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Delete several conversations.
   *
   * Deletes up to 100 conversations in one call, optionally with their history messages. The call
   * succeeds even when some conversations cannot be deleted: those come back in `failed_list` with
   * the reason, the deleted ones in `success_list`. This operation exists only under /im/v2; its
   * path is the same as the deprecated batch lookup's.
   *
   * `DELETE /im/v2/conversations/actions/conversation_ids`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/Dk2ODgyNTk?platform=server
   */
  batchDelete(
    params: ConversationsBatchDeleteParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchDeleteConversationsResult>> {
    return this._client.request<WithFailures<BatchDeleteConversationsResult>>(
      {
        method: "DELETE",
        path: "/im/v2/conversations/actions/conversation_ids",
        query: { conversation_ids: params.conversation_ids, clear_message: params.clear_message },
        idempotent: true,
        name: "conversations.batchDelete",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "conversation_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Get one conversation.
   *
   * Returns one conversation with its unread count, pin state, groups and last message in the flat
   * /im/v2.1 form. When the last message was recalled, `message_state` is 1, `last_message` is
   * empty and `revoke_notification` describes the recall. An unknown conversation id fails with
   * code 414.
   *
   * `GET /im/v2.1/conversations/{conversation_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.commsease.com/messaging2/server-apis/jUyOTA0NjM?platform=server
   */
  get(params: ConversationsGetParams, options?: RequestOptions): APIPromise<Conversation> {
    return this._client.request<Conversation>(
      {
        method: "GET",
        path: path`/im/v2.1/conversations/${params.conversation_id}`,
        idempotent: true,
        name: "conversations.get",
        fields: {
          conversation_id: "string",
          sender_id: "string",
          receiver_id: "string",
          type: "integer",
          stick_top: "boolean",
          group_ids: "array",
          server_extension: "string",
          message_state: "integer",
          revoke_notification: "object",
          unread_count: "integer",
          sort_order: "integer",
          create_time: "integer",
          update_time: "integer",
          last_read_time: "integer",
          last_message: "object",
        },
      },
      options,
    );
  }

  /**
   * Get several conversations by id.
   *
   * Looks up to 100 conversations in one call. Ids that do not exist do not fail the call: they
   * come back in `failed_list`, next to the conversations that were found in `success_list`. Each
   * conversation carries its last message in the flat /im/v2.1 form.
   *
   * `GET /im/v2.1/conversations/actions/conversation_ids`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
   */
  batchGet(
    params: ConversationsBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetConversationsResult>> {
    return this._client.request<WithFailures<BatchGetConversationsResult>>(
      {
        method: "GET",
        path: "/im/v2.1/conversations/actions/conversation_ids",
        query: { conversation_ids: params.conversation_ids },
        idempotent: true,
        name: "conversations.batchGet",
        fields: { success_list: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          succeeded: "success_list",
          id: "conversation_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Pin or unpin a conversation.
   *
   * Pins a conversation to the top of its owner's list (`top_type` 1) or unpins it (0), and returns
   * the conversation's new pin state and sort key. Only the Java SDK and the API list describe this
   * operation; its limits and required fields are not documented.
   *
   * `PATCH /im/v2/conversations/{conversation_id}/actions/stick_top_conversation`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  stickTop(
    params: ConversationsStickTopParams,
    options?: RequestOptions,
  ): APIPromise<StickTopConversationResult> {
    return this._client.request<StickTopConversationResult>(
      {
        method: "PATCH",
        path: path`/im/v2/conversations/${params.conversation_id}/actions/stick_top_conversation`,
        body: { top_type: params.top_type },
        idempotent: true,
        name: "conversations.stickTop",
        fields: {
          conversation_id: "string",
          sender_id: "string",
          receiver_id: "string",
          type: "integer",
          stick_top: "boolean",
          sort_order: "integer",
          update_time: "integer",
        },
      },
      options,
    );
  }
}
