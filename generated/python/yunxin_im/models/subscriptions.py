"""Subscriptions (发布订阅): subscriptions of one account to the online-status events of others.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import AccountFailure

__all__ = [
    "Subscription",
    "SubscriptionEventType",
    "SubscriptionQueryResult",
    "SubscriptionResult",
    "SubscriptionTargetsRequest",
    "UnsubscribeRequest",
]


class SubscriptionEventType(IntEnum):
    """Kind of event subscribed to. 1: online status, the only kind known."""

    ONLINE_STATUS = 1
    """Online-status events of the watched account."""


class Subscription(YunxinModel):
    """One subscription of the subscriber to another account."""

    account_id: Optional[str] = None
    """The watched account."""

    event_type: Optional[Union[SubscriptionEventType, int]] = Field(
        default=None, union_mode="left_to_right"
    )
    """Kind of event subscribed to. 1: online status, the only kind known."""

    subscribe_time: Optional[int] = None
    """When the subscription was made, in milliseconds since the epoch."""

    expire_time: Optional[int] = None
    """When the subscription ends, in milliseconds since the epoch."""


class SubscriptionQueryResult(PartialFailureModel):
    """The existing subscriptions to the accounts asked about, and the accounts that could not be
    checked.
    """

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded=None,
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    subscribes: Optional[List[Subscription]] = None
    """The subscriber's subscriptions to the accounts asked about."""

    failed_list: Optional[List[AccountFailure]] = None
    """Accounts that could not be checked, with the reason."""


class SubscriptionResult(PartialFailureModel):
    """The accounts a subscribe or unsubscribe call could not handle. Accounts that are not listed
    were handled; the API does not return a success list.
    """

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded=None,
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    failed_list: Optional[List[AccountFailure]] = None
    """Accounts that could not be handled, with the reason."""


class SubscriptionTargetsRequest(YunxinModel):
    """The accounts whose online-status events a subscription call is about."""

    account_ids: List[str]
    """Accounts whose online status is watched. At most 100 items."""


class UnsubscribeRequest(YunxinModel):
    """Body of an unsubscription."""

    account_ids: Optional[List[str]] = None
    """Accounts to stop watching. Leave it out (or empty) to cancel every subscription of the
    subscriber. At most 100 items.
    """
