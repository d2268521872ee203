"""Friends of an account, friend requests and their answers.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import List, Optional

from .._models import YunxinModel

__all__ = [
    "AddFriendRequest",
    "Friend",
    "FriendAdditionHandleType",
    "FriendPage",
    "HandleFriendAdditionRequest",
    "UpdateFriendRequest",
]


class FriendAdditionHandleType(IntEnum):
    """How a pending friend request is answered. 3: accept (the default); 4: reject."""

    ACCEPT = 3
    """Accept the request; the two accounts become friends."""

    REJECT = 4
    """Reject the request."""


class AddFriendRequest(YunxinModel):
    """Body of a friend addition. Only the SDKs describe it: the accept/reject page limits `alias`
    to 128 and `extension` to 256 characters, and the same limits probably apply here.
    """

    account_id: str
    """The account that adds the friend or asks to be friends."""

    friend_account_id: str
    """The account to add as a friend."""

    alias: Optional[str] = None
    """Remark name for the new friend."""

    extension: Optional[str] = None
    """Extension that both clients and the server can read and write (`serverExtension` in the
    client SDKs).
    """

    customer_extension: Optional[str] = None
    """Extension that only the server API can set; the client SDKs pass it through."""

    postscript: Optional[str] = None
    """Message shown with the friend request."""


class Friend(YunxinModel):
    """A friend of an account, with what the account stored about it."""

    friend_account_id: Optional[str] = None
    """Account id of the friend."""

    alias: Optional[str] = None
    """Remark name the owner gave the friend."""

    extension: Optional[str] = None
    """Extension that both clients and the server can read and write (called `serverExtension` in
    the client SDKs).
    """

    customer_extension: Optional[str] = None
    """Extension that only the server API can set; the client SDKs pass it through without reading
    it.
    """


class FriendPage(YunxinModel):
    """One page of an account's friends."""

    has_more: Optional[bool] = None
    """More friends follow; pass `next_token` as `page_token` to get them."""

    next_token: Optional[str] = None
    """Cursor of the next page."""

    items: Optional[List[Friend]] = None
    """The friends on this page."""

    total: Optional[int] = None
    """Total number of friends of the account. Only the Java SDK lists this field; the official page
    does not.
    """


class HandleFriendAdditionRequest(YunxinModel):
    """Body of an answer to a friend request."""

    account_id: str
    """The account that received the request and answers it."""

    friend_account_id: str
    """The account that asked to be friends."""

    alias: Optional[str] = None
    """Remark name for the new friend. At most 128 characters."""

    extension: Optional[str] = None
    """Extension that both clients and the server can read and write (`serverExtension` in the
    client SDKs). At most 256 characters.
    """

    customer_extension: Optional[str] = None
    """Extension that only the server API can set; the client SDKs pass it through."""

    postscript: Optional[str] = None
    """Message shown with the answer."""


class UpdateFriendRequest(YunxinModel):
    """Body of a friend update; send the friend and only the fields to change."""

    friend_account_id: str
    """The friend whose entry is changed."""

    alias: Optional[str] = None
    """New remark name."""

    extension: Optional[str] = None
    """New extension that both clients and the server can read and write."""

    customer_extension: Optional[str] = None
    """New extension that only the server API can set."""
