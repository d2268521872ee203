// Chatroom queues (聊天室队列): the key-value queue a chatroom can hold, its elements and the results of queue calls.
// Generated from the OpenAPI spec; do not edit by hand.

import type { RouteConfig } from "./messages.js";

/** One element of a chatroom queue, as the queue returns it. */
export interface ChatroomQueueElement {
  /** Key of the element, unique in the queue. */
  element_key?: string;
  /** Content of the element. */
  element_value?: string;
  /** Account that owns the element (the one that last added or updated it). */
  element_account_id?: string;
  /** The element is removed when its owner leaves the chatroom or disconnects. */
  element_transient?: boolean;
}

/** A queue element that an update could not add or change. */
export interface ChatroomQueueElementFailure {
  /** Key of the element that failed. */
  element_key?: string;
  /** Why it failed. */
  error_code?: number;
  /** Explanation of the failure. */
  error_msg?: string;
}

/** One element to add to a chatroom queue or to update in it, matched by `element_key`. */
export interface ChatroomQueueElementUpdate extends ChatroomQueueElement {
  /** How the element is added or updated; the values are not documented. */
  element_add_policy?: number;
}

/** The queue and the elements that were asked for. */
export interface ChatroomQueueElements {
  /** The chatroom of the queue. */
  room_id?: number;
  /** Largest number of elements the queue may hold. */
  queue_size_limit?: number;
  /** Number of elements in the queue. */
  queue_size?: number;
  /** The elements found. */
  element_list?: ChatroomQueueElement[];
}

/**
 * Whether and how the chatroom is told about a queue change. Only Apifox describes these keys; the
 * meanings of the non-zero `high_priority` and `high_priority_policy` values are not documented for
 * the v2 API.
 */
export interface ChatroomQueueNotificationConfig {
  /** Send a queue-change notification to the members of the chatroom. Default true. */
  notification_enabled?: boolean;
  /** Extension of your own carried by the notification. */
  notification_extension?: string;
  /**
   * Priority of the notification; 0 is normal priority. Other values are not documented for v2 (the
   * v1 API had a boolean high-priority flag: chatroom members receive at most 20 normal and 10
   * high-priority notifications per second). Default 0.
   */
  high_priority?: number;
  /**
   * What to do when the high-priority rate is exceeded. The values are not documented for v2; the
   * v1 API offered either downgrading the notification to normal priority or failing with code 416.
   * Default 0.
   */
  high_priority_policy?: number;
}

/** Optional body of a queue deletion. */
export interface DeleteChatroomQueueRequest {
  /**
   * Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
   * the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
   * documented for the v2 API.
   */
  notification_config?: ChatroomQueueNotificationConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** What a queue deletion reports. */
export interface DeletedChatroomQueue {
  /** The chatroom whose queue was deleted. */
  room_id?: number;
  /** Number of elements the queue held. */
  queue_size?: number;
  /** Priority of the notification that was sent; not explained by any source. */
  high_priority?: number;
}

/** Body of a queue initialization. */
export interface InitChatroomQueueRequest {
  /**
   * Largest number of elements the queue may hold; the allowed range and the default are not
   * documented.
   */
  queue_size_limit?: number;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** Body of a queue element lookup. */
export interface ListChatroomQueueElementsRequest {
  /**
   * Keys of the elements to read. The Java SDK leaves the key out when the list is empty, which
   * presumably reads the whole queue; no source says so.
   */
  element_key_list?: string[];
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** Body of a queue poll. */
export interface PollChatroomQueueElementRequest {
  /**
   * Key of the element to take out. The Java SDK sends it only when set; under the v1 API leaving
   * it out took the head of the queue. The Go SDK refuses an empty key.
   */
  element_key?: string;
  /**
   * Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
   * the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
   * documented for the v2 API.
   */
  notification_config?: ChatroomQueueNotificationConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** Body of a queue update. */
export interface UpdateChatroomQueueRequest {
  /**
   * Account that performs the change and becomes the owner of the elements. Apifox marks it
   * optional; the Go SDK refuses an empty value.
   */
  operator_account_id?: string;
  /**
   * Elements to add or update, matched by `element_key`. The maximum count is not documented (the
   * v1 API limited keys to 128 and values to 4096 characters).
   */
  element_list?: ChatroomQueueElementUpdate[];
  /**
   * Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
   * the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
   * documented for the v2 API.
   */
  notification_config?: ChatroomQueueNotificationConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** The queue after an update, with the keys that were inserted, updated or refused. */
export interface UpdatedChatroomQueue {
  /** The chatroom of the queue. */
  room_id?: number;
  /** Largest number of elements the queue may hold. */
  queue_size_limit?: number;
  /** Number of elements after the update. */
  queue_size?: number;
  /** Keys of the elements that were added. */
  insert_element_list?: string[];
  /** Keys of the elements that already existed and were updated. */
  update_element_list?: string[];
  /** Elements that could not be added or updated, with the reason. */
  failed_element_list?: ChatroomQueueElementFailure[];
}
