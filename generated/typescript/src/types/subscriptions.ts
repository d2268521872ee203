// Subscriptions (发布订阅): subscriptions of one account to the online-status events of others.
// Generated from the OpenAPI spec; do not edit by hand.

import type { AccountFailure } from "./common.js";

/** Kind of event subscribed to. 1: online status, the only kind known. */
export type SubscriptionEventType = 1;

/** The values of {@link SubscriptionEventType} by name. */
export const SubscriptionEventType = {
  /** Online-status events of the watched account. */
  ONLINE_STATUS: 1,
} as const;

/** One subscription of the subscriber to another account. */
export interface Subscription {
  /** The watched account. */
  account_id?: string;
  /** Kind of event subscribed to. 1: online status, the only kind known. */
  event_type?: SubscriptionEventType;
  /** When the subscription was made, in milliseconds since the epoch. */
  subscribe_time?: number;
  /** When the subscription ends, in milliseconds since the epoch. */
  expire_time?: number;
}

/**
 * The existing subscriptions to the accounts asked about, and the accounts that could not be
 * checked.
 */
export interface SubscriptionQueryResult {
  /** The subscriber's subscriptions to the accounts asked about. */
  subscribes?: Subscription[];
  /** Accounts that could not be checked, with the reason. */
  failed_list?: AccountFailure[];
}

/**
 * The accounts a subscribe or unsubscribe call could not handle. Accounts that are not listed were
 * handled; the API does not return a success list.
 */
export interface SubscriptionResult {
  /** Accounts that could not be handled, with the reason. */
  failed_list?: AccountFailure[];
}

/** The accounts whose online-status events a subscription call is about. */
export interface SubscriptionTargetsRequest {
  /** Accounts whose online status is watched. At most 100 items. */
  account_ids: string[];
}

/** Body of an unsubscription. */
export interface UnsubscribeRequest {
  /**
   * Accounts to stop watching. Leave it out (or empty) to cancel every subscription of the
   * subscriber. At most 100 items.
   */
  account_ids?: string[];
}
