"""System notifications (系统通知管理): custom system notifications and the result of sending them in
bulk.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional, Union

from pydantic import Field

from .._models import YunxinModel
from .common import ConversationType
from .messages import PushConfig, RouteConfig

__all__ = [
    "BatchSendCustomNotificationRequest",
    "CustomNotificationConfig",
    "SendCustomNotificationRequest",
]


class CustomNotificationConfig(YunxinModel):
    """Storage switches of a custom system notification."""

    offline_enabled: Optional[bool] = None
    """Keep the notification for receivers who are offline and deliver it when they log in. Default
    true.
    """

    unread_enabled: Optional[bool] = None
    """Count the notification in the receiver's unread number. Default true."""


class BatchSendCustomNotificationRequest(YunxinModel):
    """Body of a custom system notification sent to many accounts at once."""

    sender_id: str
    """Account that sends the notification."""

    receiver_ids: List[str]
    """The receiving accounts. Only one-to-one notifications can be sent in bulk. At most 500 items.
    """

    content: str
    """Content of the notification, usually a JSON object encoded as a string. At most 4096
    characters.
    """

    sound: Optional[str] = None
    """Name of a sound file on the client to play on arrival. At most 30 characters."""

    notification_config: Optional[CustomNotificationConfig] = None
    """Storage switches of a custom system notification."""

    push_config: Optional[PushConfig] = None
    """Settings of the offline push notification that goes with the message."""

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""


class SendCustomNotificationRequest(YunxinModel):
    """Body of a custom system notification to one account or one team."""

    sender_id: str
    """Account that sends the notification."""

    type: Union[ConversationType, int] = Field(union_mode="left_to_right")
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    receiver_id: str
    """The receiver: an account id when `type` is 1 (one-to-one), a team id when `type` is 2
    (advanced team) or 3 (super team).
    """

    content: str
    """Content of the notification, usually a JSON object encoded as a string. At most 4096
    characters.
    """

    sound: Optional[str] = None
    """Name of a sound file on the client to play on arrival. At most 30 characters."""

    notification_config: Optional[CustomNotificationConfig] = None
    """Storage switches of a custom system notification."""

    push_config: Optional[PushConfig] = None
    """Settings of the offline push notification that goes with the message."""

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""
