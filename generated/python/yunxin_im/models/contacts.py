"""Mute lists (静音) and block lists (黑名单): lists of other accounts kept by one account.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import YunxinModel

__all__ = [
    "AddContactRequest",
    "ContactPage",
]


class AddContactRequest(YunxinModel):
    """Body that puts one account on another account's mute list or block list."""

    account_id: str
    """The account that owns the list. At most 32 characters."""

    contact_account_id: str
    """The account to put on the list. At most 32 characters."""


class ContactPage(YunxinModel):
    """One page of a mute list or block list."""

    has_more: Optional[bool] = None
    """More accounts follow; pass `next_token` as `page_token` to get them."""

    next_token: Optional[str] = None
    """Cursor of the next page."""

    items: Optional[List[str]] = None
    """Account ids on this page (plain strings)."""
