// Subscriptions: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, path, type RequestOptions, type WithFailures } from "../core/index.js";
import { APIResource } from "../resource.js";
import type { SubscriptionQueryResult, SubscriptionResult } from "../types/index.js";

/** The parameters of `subscriptions.subscribe()`. */
export interface SubscriptionsSubscribeParams {
  /**
   * The subscriber, the account that receives the online-status events. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * How long the subscription lasts, in seconds (60 is one minute, 2592000 thirty days). 60 to
   * 2592000. Sent as query parameter `duration`.
   */
  duration: number;
  /** Accounts whose online status is watched. At most 100 items. */
  account_ids: string[];
}

/** The parameters of `subscriptions.list()`. */
export interface SubscriptionsListParams {
  /**
   * The subscriber, the account that receives the online-status events. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /** Accounts whose online status is watched. At most 100 items. */
  account_ids: string[];
}

/** The parameters of `subscriptions.unsubscribe()`. */
export interface SubscriptionsUnsubscribeParams {
  /**
   * The subscriber, the account that receives the online-status events. Sent as path parameter
   * `account_id`.
   */
  account_id: string;
  /**
   * Accounts to stop watching. Leave it out (or empty) to cancel every subscription of the
   * subscriber. At most 100 items.
   */
  account_ids?: string[];
}

/**
 * Subscribe accounts to the online-status events of other accounts.
 *
 * Reached as `client.subscriptions`.
 */
export class Subscriptions extends APIResource {
  /**
   * Subscribe an account to the online status of others.
   *
   * Makes the subscriber receive the online-status events of up to 100 accounts for `duration`
   * seconds. Accounts that cannot be subscribed to come back in `failed_list`; the others
   * succeeded. The v1 API limited each account to 3000 watched accounts; the v2 limit is not
   * documented, and neither is what subscribing again to an already watched account does.
   *
   * `POST /im/v2/subscription/{account_id}`; not retried once it may have reached the server.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zI4NjY1NzA?platform=server
   */
  subscribe(
    params: SubscriptionsSubscribeParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<SubscriptionResult>> {
    return this._client.request<WithFailures<SubscriptionResult>>(
      {
        method: "POST",
        path: path`/im/v2/subscription/${params.account_id}`,
        query: { duration: params.duration },
        body: { account_ids: params.account_ids },
        idempotent: false,
        name: "subscriptions.subscribe",
        fields: { failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Look up an account's online-status subscriptions.
   *
   * Tells which of up to 100 accounts the subscriber is subscribed to, with the time each
   * subscription was made and ends. This read is sent as a PATCH with a JSON body on the same path
   * as subscribe and unsubscribe; it changes nothing. Accounts that cannot be checked come back in
   * `failed_list`.
   *
   * `PATCH /im/v2/subscription/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/jU4MjMwMTE?platform=server
   */
  list(
    params: SubscriptionsListParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<SubscriptionQueryResult>> {
    return this._client.request<WithFailures<SubscriptionQueryResult>>(
      {
        method: "PATCH",
        path: path`/im/v2/subscription/${params.account_id}`,
        body: { account_ids: params.account_ids },
        idempotent: true,
        name: "subscriptions.list",
        fields: { subscribes: "array", failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }

  /**
   * Cancel online-status subscriptions of an account.
   *
   * Stops the subscriber from receiving the online-status events of up to 100 accounts, or of every
   * account it watches when `account_ids` is left out. The accounts travel in a JSON body on the
   * DELETE request. Accounts that cannot be handled come back in `failed_list`.
   *
   * `DELETE /im/v2/subscription/{account_id}`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/zUwMTY3Mzg?platform=server
   */
  unsubscribe(
    params: SubscriptionsUnsubscribeParams,
    options?: RequestOptions,
  ): APIPromise<WithFailures<SubscriptionResult>> {
    return this._client.request<WithFailures<SubscriptionResult>>(
      {
        method: "DELETE",
        path: path`/im/v2/subscription/${params.account_id}`,
        body: { account_ids: params.account_ids },
        idempotent: true,
        name: "subscriptions.unsubscribe",
        fields: { failed_list: "array" },
        partialFailure: {
          failed: "failed_list",
          id: "account_id",
          code: "error_code",
          message: "error_msg",
        },
      },
      options,
    );
  }
}
