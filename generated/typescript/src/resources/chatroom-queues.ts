// Chatroom queues: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, path, type RequestOptions, type WithFailures } from "../core/index.js";
import { APIResource } from "../resource.js";
import type {
  ChatroomQueueElement,
  ChatroomQueueElementUpdate,
  ChatroomQueueElements,
  ChatroomQueueNotificationConfig,
  DeletedChatroomQueue,
  RouteConfig,
  UpdatedChatroomQueue,
} from "../types/index.js";

/** The parameters of `chatroomQueues.init()`. */
export interface ChatroomQueuesInitParams {
  /** Id of the chatroom that owns the queue. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Largest number of elements the queue may hold; the allowed range and the default are not
   * documented.
   */
  queue_size_limit?: number;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** The parameters of `chatroomQueues.delete()`. */
export interface ChatroomQueuesDeleteParams {
  /** Id of the chatroom that owns the queue. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
   * the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
   * documented for the v2 API.
   */
  notification_config?: ChatroomQueueNotificationConfig;
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** The parameters of `chatroomQueues.update()`. */
export interface ChatroomQueuesUpdateParams {
  /** Id of the chatroom that owns the queue. Sent as path parameter `room_id`. */
  room_id: number;
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

/** The parameters of `chatroomQueues.listElements()`. */
export interface ChatroomQueuesListElementsParams {
  /** Id of the chatroom that owns the queue. Sent as path parameter `room_id`. */
  room_id: number;
  /**
   * Keys of the elements to read. The Java SDK leaves the key out when the list is empty, which
   * presumably reads the whole queue; no source says so.
   */
  element_key_list?: string[];
  /** Whether a copy of the message is forwarded to your server (message copy, 抄送). */
  route_config?: RouteConfig;
}

/** The parameters of `chatroomQueues.poll()`. */
export interface ChatroomQueuesPollParams {
  /** Id of the chatroom that owns the queue. Sent as path parameter `room_id`. */
  room_id: number;
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

/**
 * Key-value queues attached to a chatroom (for example for mic seats).
 *
 * Reached as `client.chatroomQueues`.
 */
export class ChatroomQueues extends APIResource {
  /**
   * Initialize the queue of a chatroom.
   *
   * Sets up the key-value queue of a chatroom, optionally with the largest number of elements it
   * may hold. Only the official server SDKs describe this call; the range and default of
   * `queue_size_limit` are not documented. Nothing is returned.
   *
   * `POST /im/v2/room_queues/{room_id}`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  init(params: ChatroomQueuesInitParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      {
        method: "POST",
        path: path`/im/v2/room_queues/${params.room_id}`,
        body: { queue_size_limit: params.queue_size_limit, route_config: params.route_config },
        idempotent: false,
        name: "chatroomQueues.init",
      },
      options,
    );
  }

  /**
   * Delete the queue of a chatroom.
   *
   * Removes the chatroom's queue with all its elements and, unless `notification_config` turns it
   * off, notifies the chatroom. The optional settings travel in a JSON body on the DELETE request.
   * The answer gives the room and the number of elements the queue held.
   *
   * `DELETE /im/v2/room_queues/{room_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-276823161
   */
  delete(
    params: ChatroomQueuesDeleteParams,
    options?: RequestOptions,
  ): APIPromise<DeletedChatroomQueue> {
    return this._client.request<DeletedChatroomQueue>(
      {
        method: "DELETE",
        path: path`/im/v2/room_queues/${params.room_id}`,
        body: {
          notification_config: params.notification_config,
          route_config: params.route_config,
        },
        idempotent: true,
        name: "chatroomQueues.delete",
        fields: { room_id: "integer", queue_size: "integer", high_priority: "integer" },
      },
      options,
    );
  }

  /**
   * Add or update elements of a chatroom queue.
   *
   * Adds elements to the chatroom's queue or updates those whose `element_key` already exists; the
   * operator becomes the owner of every element it writes. Elements that cannot be written do not
   * fail the call: their keys come back in `failed_element_list`, next to the inserted and updated
   * keys. The maximum number of elements per call is not documented.
   *
   * `PATCH /im/v2/room_queues/{room_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://yunxin-im.apifox.cn/api-276823163
   */
  update(
    params: ChatroomQueuesUpdateParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<UpdatedChatroomQueue>> {
    return this._client.request<WithFailures<UpdatedChatroomQueue>>(
      {
        method: "PATCH",
        path: path`/im/v2/room_queues/${params.room_id}`,
        body: {
          operator_account_id: params.operator_account_id,
          element_list: params.element_list,
          notification_config: params.notification_config,
          route_config: params.route_config,
        },
        idempotent: true,
        name: "chatroomQueues.update",
        fields: {
          room_id: "integer",
          queue_size_limit: "integer",
          queue_size: "integer",
          insert_element_list: "array",
          update_element_list: "array",
          failed_element_list: "array",
        },
        partialFailure: {
          failed: "failed_element_list",
          id: "element_key",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Read elements of a chatroom queue.
   *
   * Reads the chatroom's queue: its size, its limit and the elements with the given keys. This read
   * is sent as a POST with a JSON body and does not change the queue. Only the official server SDKs
   * describe it; what an empty key list returns is not documented.
   *
   * `POST /im/v2/room_queues/{room_id}/actions/query`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  listElements(
    params: ChatroomQueuesListElementsParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomQueueElements> {
    return this._client.request<ChatroomQueueElements>(
      {
        method: "POST",
        path: path`/im/v2/room_queues/${params.room_id}/actions/query`,
        body: { element_key_list: params.element_key_list, route_config: params.route_config },
        idempotent: true,
        name: "chatroomQueues.listElements",
        fields: {
          room_id: "integer",
          queue_size_limit: "integer",
          queue_size: "integer",
          element_list: "array",
        },
      },
      options,
    );
  }

  /**
   * Take an element out of a chatroom queue.
   *
   * Removes one element from the chatroom's queue and returns it. Give `element_key` to take a
   * particular element; what happens without it is not documented for v2 (under v1 the head of the
   * queue was taken). Each call removes another element, so it is not safe to repeat.
   *
   * `PATCH /im/v2/room_queues/{room_id}/actions/poll`; not retried once it may have reached the
   * server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  poll(
    params: ChatroomQueuesPollParams,
    options?: RequestOptions,
  ): APIPromise<ChatroomQueueElement> {
    return this._client.request<ChatroomQueueElement>(
      {
        method: "PATCH",
        path: path`/im/v2/room_queues/${params.room_id}/actions/poll`,
        body: {
          element_key: params.element_key,
          notification_config: params.notification_config,
          route_config: params.route_config,
        },
        idempotent: false,
        name: "chatroomQueues.poll",
        fields: {
          element_key: "string",
          element_value: "string",
          element_account_id: "string",
          element_transient: "boolean",
        },
      },
      options,
    );
  }
}
