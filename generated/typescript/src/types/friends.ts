// Friends of an account, friend requests and their answers.
// Generated from the OpenAPI spec; do not edit by hand.

/** How a pending friend request is answered. 3: accept (the default); 4: reject. */
export type FriendAdditionHandleType = 3 | 4;

/** The values of {@link FriendAdditionHandleType} by name. */
export const FriendAdditionHandleType = {
  /** Accept the request; the two accounts become friends. */
  ACCEPT: 3,
  /** Reject the request. */
  REJECT: 4,
} as const;

/**
 * Body of a friend addition. Only the SDKs describe it: the accept/reject page limits `alias` to
 * 128 and `extension` to 256 characters, and the same limits probably apply here.
 */
export interface AddFriendRequest {
  /** The account that adds the friend or asks to be friends. */
  account_id: string;
  /** The account to add as a friend. */
  friend_account_id: string;
  /** Remark name for the new friend. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (`serverExtension` in the client
   * SDKs).
   */
  extension?: string;
  /** Extension that only the server API can set; the client SDKs pass it through. */
  customer_extension?: string;
  /** Message shown with the friend request. */
  postscript?: string;
}

/** A friend of an account, with what the account stored about it. */
export interface Friend {
  /** Account id of the friend. */
  friend_account_id?: string;
  /** Remark name the owner gave the friend. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (called `serverExtension` in the
   * client SDKs).
   */
  extension?: string;
  /**
   * Extension that only the server API can set; the client SDKs pass it through without reading it.
   */
  customer_extension?: string;
}

/** One page of an account's friends. */
export interface FriendPage {
  /** More friends follow; pass `next_token` as `page_token` to get them. */
  has_more?: boolean;
  /** Cursor of the next page. */
  next_token?: string;
  /** The friends on this page. */
  items?: Friend[];
  /**
   * Total number of friends of the account. Only the Java SDK lists this field; the official page
   * does not.
   */
  total?: number;
}

/** Body of an answer to a friend request. */
export interface HandleFriendAdditionRequest {
  /** The account that received the request and answers it. */
  account_id: string;
  /** The account that asked to be friends. */
  friend_account_id: string;
  /** Remark name for the new friend. At most 128 characters. */
  alias?: string;
  /**
   * Extension that both clients and the server can read and write (`serverExtension` in the client
   * SDKs). At most 256 characters.
   */
  extension?: string;
  /** Extension that only the server API can set; the client SDKs pass it through. */
  customer_extension?: string;
  /** Message shown with the answer. */
  postscript?: string;
}

/** Body of a friend update; send the friend and only the fields to change. */
export interface UpdateFriendRequest {
  /** The friend whose entry is changed. */
  friend_account_id: string;
  /** New remark name. */
  alias?: string;
  /** New extension that both clients and the server can read and write. */
  extension?: string;
  /** New extension that only the server API can set. */
  customer_extension?: string;
}
