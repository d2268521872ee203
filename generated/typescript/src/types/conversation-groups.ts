// Conversation groups (会话分组): named groups into which an account sorts its conversations.
// Generated from the OpenAPI spec; do not edit by hand.

import type { ConversationFailure } from "./conversations.js";

/** A conversation group of an account. */
export interface ConversationGroup {
  /** Id of the group, assigned by the server. */
  group_id?: number;
  /** Name of the group. */
  name?: string;
  /** Extension stored with the group on the server. */
  server_extension?: string;
  /** Creation time in milliseconds since the epoch. */
  create_time?: number;
  /** Last update time in milliseconds since the epoch. */
  update_time?: number;
}

/**
 * A group that a batch lookup could not return. Its fields are named `code` and `msg`, not
 * `error_code` and `error_msg`.
 */
export interface ConversationGroupFailure {
  /** The group that failed. */
  group_id?: number;
  /** Why it failed. */
  code?: number;
  /** Explanation of the failure. */
  msg?: string;
}

/**
 * Groups found, and the ids that were not. Unlike most batch calls, the failures come in
 * `fail_list` rather than `failed_list`.
 */
export interface BatchGetConversationGroupsResult {
  /** The groups that were found. */
  success_list?: ConversationGroup[];
  /** The groups that were not found, with the reason. */
  fail_list?: ConversationGroupFailure[];
}

/** A change to the conversations of a group. */
export interface ConversationGroupMembershipChange {
  /**
   * Kind of change to apply to `conversation_ids` (the Go SDK calls it the operation type). Its
   * values are not documented by any source; presumably one value adds the conversations and
   * another removes them.
   */
  type?: number;
  /** The conversations the change applies to, ids of the form `owner|type|peer`. */
  conversation_ids?: string[];
}

/**
 * A group after it was created or updated, with the conversations that were put in it (or changed)
 * and those that could not be.
 */
export interface ConversationGroupResult {
  /** A conversation group of an account. */
  conversation_group?: ConversationGroup;
  /** Ids of the conversations that were handled. */
  success_list?: string[];
  /** The conversations that could not be handled, with the reason. */
  failed_list?: ConversationFailure[];
}

/** Body of a conversation group creation. */
export interface CreateConversationGroupRequest {
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

/** Every conversation group of an account. */
export interface ListAllConversationGroupsResult {
  /** The groups, not paged. */
  conversation_groups?: ConversationGroup[];
}

/** Body of a conversation group update; fields left out stay unchanged. */
export interface UpdateConversationGroupRequest {
  /** The account that owns the group. */
  account_id?: string;
  /** New name of the group. */
  name?: string;
  /** New extension stored with the group. */
  server_extension?: string;
  /** A change to the conversations of a group. */
  conversations?: ConversationGroupMembershipChange;
}
