// Mute lists (静音) and block lists (黑名单): lists of other accounts kept by one account.
// Generated from the OpenAPI spec; do not edit by hand.

/** Body that puts one account on another account's mute list or block list. */
export interface AddContactRequest {
  /** The account that owns the list. At most 32 characters. */
  account_id: string;
  /** The account to put on the list. At most 32 characters. */
  contact_account_id: string;
}

/** One page of a mute list or block list. */
export interface ContactPage {
  /** More accounts follow; pass `next_token` as `page_token` to get them. */
  has_more?: boolean;
  /** Cursor of the next page. */
  next_token?: string;
  /** Account ids on this page (plain strings). */
  items?: string[];
}
