// Conversation groups: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, path, type RequestOptions, type WithFailures } from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  BatchGetConversationGroupsResult,
  ConversationGroup,
  ConversationGroupMembershipChange,
  ConversationGroupResult,
  ListAllConversationGroupsResult,
} from "../types/index.js";

/** The parameters of `conversationGroups.create()`. */
export interface ConversationGroupsCreateParams {
  /** The account that owns the new group. */
  account_id: string;
  /** Name of the group. */
  name: string;
  /** Extension stored with the group on the server. */
  server_extension?: string;
  /**
   * Conversations to put in the group at once, at most 100 ids of the form `owner|type|peer`. A
   * conversation can belong to at most 5 groups. At most 100 items.
   */
  conversation_ids?: string[];
}

/** The parameters of `conversationGroups.listAll()`. */
export interface ConversationGroupsListAllParams {
  /**
   * The account whose groups are listed. Apifox does not mark it required, but the Java SDK always
   * sends it and the call names no other account. Sent as query parameter `account_id`.
   */
  account_id?: string;
}

/** The parameters of `conversationGroups.update()`. */
export interface ConversationGroupsUpdateParams {
  /** Id of the conversation group. Sent as path parameter `group_id`. */
  group_id: number;
  /** The account that owns the group. */
  account_id?: string;
  /** New name of the group. */
  name?: string;
  /** New extension stored with the group. */
  server_extension?: string;
  /** A change to the conversations of a group. */
  conversations?: ConversationGroupMembershipChange;
}

/** The parameters of `conversationGroups.delete()`. */
export interface ConversationGroupsDeleteParams {
  /** Id of the conversation group. Sent as path parameter `group_id`. */
  group_id: number;
  /**
   * The account that owns the group. No source marks it required, but the Java SDK always sends it.
   * Sent as query parameter `account_id`.
   */
  account_id?: string;
}

/** The parameters of `conversationGroups.get()`. */
export interface ConversationGroupsGetParams {
  /** Id of the conversation group. Sent as path parameter `group_id`. */
  group_id: number;
  /**
   * The account that owns the group. No source marks it required, but the Java SDK always sends it.
   * Sent as query parameter `account_id`.
   */
  account_id?: string;
}

/** The parameters of `conversationGroups.batchGet()`. */
export interface ConversationGroupsBatchGetParams {
  /** The account that owns the groups. Sent as query parameter `account_id`. */
  account_id: string;
  /** The groups to look up; sent comma-separated. Sent as query parameter `group_ids`. */
  group_ids: number[];
}

/**
 * Groups that an account sorts its conversations into.
 *
 * Reached as `client.conversationGroups`.
 */
export class ConversationGroups extends APIResource {
  /**
   * Create a conversation group.
   *
   * Creates a named group of conversations for an account, optionally putting up to 100 of its
   * conversations in it at once. A conversation can belong to at most 5 groups; how many groups an
   * account may have and how many conversations a group may hold depend on the IM package. The call
   * succeeds even when some conversations cannot be added: those come back in `failed_list`. Delete
   * groups that are no longer used.
   *
   * `POST /im/v2/conversation_groups`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jExMDkyMjA?platform=server
   */
  create(
    params: ConversationGroupsCreateParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<ConversationGroupResult>> {
    return this._client.request<WithFailures<ConversationGroupResult>>(
      {
        method: "POST",
        path: "/im/v2/conversation_groups",
        body: {
          account_id: params.account_id,
          name: params.name,
          server_extension: params.server_extension,
          conversation_ids: params.conversation_ids,
        },
        idempotent: false,
        name: "conversationGroups.create",
        fields: { conversation_group: "object", success_list: "array", failed_list: "array" },
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
   * List all conversation groups of an account.
   *
   * Returns every conversation group of one account in a single, unpaged list.
   *
   * `GET /im/v2/conversation_groups`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zY2NzY0ODc?platform=server
   */
  listAll(
    params: ConversationGroupsListAllParams = {},
    options?: RequestOptions,
  ): APIPromise<ListAllConversationGroupsResult> {
    return this._client.request<ListAllConversationGroupsResult>(
      {
        method: "GET",
        path: "/im/v2/conversation_groups",
        query: { account_id: params.account_id },
        idempotent: true,
        name: "conversationGroups.listAll",
        fields: { conversation_groups: "array" },
      },
      options,
    );
  }

  /**
   * Update a conversation group.
   *
   * Renames a conversation group, replaces its extension, or changes which conversations it holds
   * (`conversations`). Fields left out stay unchanged. Conversations that cannot be changed come
   * back in `failed_list` without failing the call.
   *
   * `PATCH /im/v2/conversation_groups/{group_id}`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TIzODU0NzQ?platform=server
   */
  update(
    params: ConversationGroupsUpdateParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<ConversationGroupResult>> {
    return this._client.request<WithFailures<ConversationGroupResult>>(
      {
        method: "PATCH",
        path: path`/im/v2/conversation_groups/${params.group_id}`,
        body: {
          account_id: params.account_id,
          name: params.name,
          server_extension: params.server_extension,
          conversations: params.conversations,
        },
        idempotent: false,
        name: "conversationGroups.update",
        fields: { conversation_group: "object", success_list: "array", failed_list: "array" },
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
   * Delete a conversation group.
   *
   * Deletes a conversation group of an account. Nothing is returned on success. Whether the
   * conversations themselves are touched is not documented.
   *
   * `DELETE /im/v2/conversation_groups/{group_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jkxNDAwMjY?platform=server
   */
  delete(params: ConversationGroupsDeleteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "DELETE",
        path: path`/im/v2/conversation_groups/${params.group_id}`,
        query: { account_id: params.account_id },
        idempotent: true,
        name: "conversationGroups.delete",
      },
      options,
    );
  }

  /**
   * Get one conversation group.
   *
   * Returns the name, extension and times of one conversation group, without its conversations.
   *
   * `GET /im/v2/conversation_groups/{group_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/TE4Nzk5OTY?platform=server
   */
  get(
    params: ConversationGroupsGetParams,
    options?: RequestOptions,
  ): APIPromise<ConversationGroup> {
    return this._client.request<ConversationGroup>(
      {
        method: "GET",
        path: path`/im/v2/conversation_groups/${params.group_id}`,
        query: { account_id: params.account_id },
        idempotent: true,
        name: "conversationGroups.get",
        fields: {
          group_id: "integer",
          name: "string",
          server_extension: "string",
          create_time: "integer",
          update_time: "integer",
        },
      },
      options,
    );
  }

  /**
   * Get several conversation groups by id.
   *
   * Looks up several conversation groups of one account. Groups that cannot be returned do not fail
   * the call: they come back in `fail_list` (not `failed_list`) with `code` and `msg`, next to the
   * groups found in `success_list`. The largest number of ids per call is not documented.
   *
   * `GET /im/v2/conversation_groups/actions/group_ids`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DA1ODI1NTk?platform=server
   */
  batchGet(
    params: ConversationGroupsBatchGetParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<BatchGetConversationGroupsResult>> {
    return this._client.request<WithFailures<BatchGetConversationGroupsResult>>(
      {
        method: "GET",
        path: "/im/v2/conversation_groups/actions/group_ids",
        query: { account_id: params.account_id, group_ids: params.group_ids },
        idempotent: true,
        name: "conversationGroups.batchGet",
        fields: { success_list: "array", fail_list: "array" },
        partialFailure: {
          failed: "fail_list",
          succeeded: "success_list",
          id: "group_id",
          code: "code",
          message: "msg",
        },
      },
      options,
    );
  }
}
