"""Push notifications: system push notifications sent to devices. Only the official Java server SDK
(SystemPushV2Service) describes these objects; their limits, required fields and the meanings of the
numeric codes are not documented.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import YunxinModel

__all__ = [
    "PushNotification",
    "PushNotificationPage",
    "SendPushNotificationRequest",
    "SystemPushConfig",
]


class SystemPushConfig(YunxinModel):
    """How a system push notification is shown on the device."""

    push_nick_enabled: Optional[bool] = None
    """Put the sender's nickname in front of the push text; the default is not documented."""

    push_badge_enabled: Optional[bool] = None
    """Count the push in the app icon's badge number; the default is not documented."""

    push_content: Optional[str] = None
    """Text shown in the push notification."""

    push_payload: Optional[str] = None
    """Custom push payload, a JSON object encoded as a string."""


class PushNotification(YunxinModel):
    """A system push notification as the server stores it."""

    push_id: Optional[int] = None
    """Id of the push notification."""

    sender_account_id: Optional[str] = None
    """Account shown as the sender."""

    content: Optional[str] = None
    """Content of the notification."""

    target_type: Optional[int] = None
    """Which devices or accounts the push went to; the values are not documented."""

    target_os: Optional[List[str]] = None
    """Client platforms that receive the push."""

    roam_enabled: Optional[bool] = None
    """The notification is kept for devices that log in later."""

    roam_expire_time: Optional[int] = None
    """When the kept notification expires, presumably in milliseconds since the epoch."""

    create_time: Optional[int] = None
    """When the push was sent, in milliseconds since the epoch."""

    push_config: Optional[SystemPushConfig] = None
    """How a system push notification is shown on the device."""


class PushNotificationPage(YunxinModel):
    """One page of system push notifications."""

    has_more: Optional[bool] = None
    """More notifications follow; ask again with `next_token`."""

    next_token: Optional[str] = None
    """Cursor of the next page, to pass as `page_token`."""

    items: Optional[List[PushNotification]] = None
    """The notifications of this page."""


class SendPushNotificationRequest(YunxinModel):
    """Body of a system push notification."""

    content: Optional[str] = None
    """Content of the notification."""

    push_config: Optional[SystemPushConfig] = None
    """How a system push notification is shown on the device."""

    sender_account_id: Optional[str] = None
    """Account shown as the sender."""

    target_type: Optional[int] = None
    """Which devices or accounts the push goes to; the values are not documented."""

    target_os: Optional[List[str]] = None
    """Client platforms that receive the push; the accepted names are not documented."""

    roam_enabled: Optional[bool] = None
    """Keep the notification so that devices that log in later still receive it."""

    roam_expire_after: Optional[int] = None
    """How long the notification is kept when `roam_enabled` is true; the unit is not documented."""
