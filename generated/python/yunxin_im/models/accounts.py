"""IM accounts: registration, settings and the user card created with them.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import List, Optional, Union

from pydantic import Field

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .common import AccountFailure

__all__ = [
    "Account",
    "AccountConfiguration",
    "AccountWithToken",
    "AntispamConfiguration",
    "BatchGetAccountsResult",
    "BusinessIdMapItem",
    "CreateAccountRequest",
    "CreatedAccount",
    "DisableAccountRequest",
    "Gender",
    "KickAccountRequest",
    "KickAccountResult",
    "KickFailure",
    "KickType",
    "KickedDevice",
    "SetPushConfigRequest",
    "UpdateAccountRequest",
    "UserInformation",
]


class Gender(IntEnum):
    """Gender on a user card. 0: not given; 1: male; 2: female."""

    UNKNOWN = 0
    """Not given."""

    MALE = 1
    """Male."""

    FEMALE = 2
    """Female."""


class KickType(IntEnum):
    """Which devices a forced logout applies to. 1: every device of the account; 2: the devices in
    `device_id_list`; 3: every device except those in `device_id_list`.
    """

    ALL = 1
    """Every device of the account."""

    LISTED = 2
    """Only the devices in `device_id_list`."""

    ALL_EXCEPT_LISTED = 3
    """Every device except those in `device_id_list`."""


class AccountConfiguration(YunxinModel):
    """Switches stored with an account."""

    enabled: Optional[bool] = None
    """The account can log in and be used; false disables it. Default true."""

    p2p_chat_banned: Optional[bool] = None
    """The account is muted in one-to-one chats. Default false."""

    team_chat_banned: Optional[bool] = None
    """The account is muted in teams. Default false."""

    chatroom_chat_banned: Optional[bool] = None
    """The account is muted in chatrooms. Default false."""

    qchat_chat_banned: Optional[bool] = None
    """The account is muted in QChat (圈组). Default false."""

    push_enabled_when_desktop_online: Optional[bool] = None
    """Keep sending pushes to mobile devices while a desktop client of the account is online.
    Default false.
    """


class Account(YunxinModel):
    """An account and the switches stored with it."""

    account_id: Optional[str] = None
    """The account id."""

    configuration: Optional[AccountConfiguration] = None
    """Switches stored with an account."""


class AccountWithToken(Account):
    """An account, its switches and its current login token."""

    token: Optional[str] = None
    """The account's current login token. At most 128 characters."""


class BusinessIdMapItem(YunxinModel):
    """Maps one kind of user-card content to a moderation business id."""

    type: Optional[int] = None
    """Kind of content the business id applies to. 1: text; 2: image (values from the Java SDK; the
    documentation pages do not list them).
    """

    business_id: Optional[str] = None
    """Moderation business id to use for that content."""


class AntispamConfiguration(YunxinModel):
    """Content-moderation settings for the user card sent with the request."""

    enabled: Optional[bool] = None
    """Run moderation on the user card in this request."""

    business_id_map: Optional[List[BusinessIdMapItem]] = None
    """Moderation business ids per kind of content."""


class BatchGetAccountsResult(PartialFailureModel):
    """Accounts found, and the ids that could not be read."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[Account]] = None
    """The accounts that were found, with their settings."""

    failed_list: Optional[List[AccountFailure]] = None
    """The ids that could not be read, with the reason."""


class UserInformation(YunxinModel):
    """The public user card (名片) of an account. Text fields go through content moderation."""

    name: Optional[str] = None
    """Nickname. At most 64 characters."""

    avatar: Optional[str] = None
    """URL of the avatar image. At most 1024 characters."""

    sign: Optional[str] = None
    """Personal signature. At most 256 characters."""

    email: Optional[str] = None
    """Email address; may be an empty string. At most 64 characters."""

    birthday: Optional[str] = None
    """Birthday, in any format you choose. At most 16 characters."""

    mobile: Optional[str] = None
    """Phone number; numbers outside mainland China need their country code, such as
    `+1-2025550123`. At most 32 characters.
    """

    gender: Optional[Union[Gender, int]] = Field(default=None, union_mode="left_to_right")
    """Gender on a user card. 0: not given; 1: male; 2: female."""

    extension: Optional[str] = None
    """Extension of your own. At most 1024 characters."""

    email_validation_mode: Optional[int] = None
    """How `email` is validated. Only the Java SDK sends this field and its values are not
    documented.
    """


class CreateAccountRequest(YunxinModel):
    """Body of an account registration."""

    account_id: str
    """The new account id: letters, digits, `_`, `@`, `.` and `-`. The server stores it in lower
    case, so keep the id that the response returns. 1 to 32 characters; pattern
    `^[A-Za-z0-9_@.\\-]+$`.
    """

    token: Optional[str] = None
    """Login token for the account. The server generates one when it is left out; it does not expire
    until changed. At most 128 characters.
    """

    configuration: Optional[AccountConfiguration] = None
    """Switches stored with an account."""

    user_information: Optional[UserInformation] = None
    """The public user card (名片) of an account. Text fields go through content moderation."""

    antispam_configuration: Optional[AntispamConfiguration] = None
    """Content-moderation settings for the user card sent with the request."""


class CreatedAccount(YunxinModel):
    """The account as registered."""

    account_id: Optional[str] = None
    """The account id as stored, in lower case."""

    token: Optional[str] = None
    """The login token, the one given or the one generated."""

    configuration: Optional[AccountConfiguration] = None
    """Switches stored with an account."""

    user_information: Optional[UserInformation] = None
    """The public user card (名片) of an account. Text fields go through content moderation."""


class DisableAccountRequest(YunxinModel):
    """Body of a ban or unban."""

    enabled: Optional[bool] = None
    """false bans the account (it can no longer log in); true lifts the ban. The Java SDK always
    sends it.
    """

    need_kick: Optional[bool] = None
    """Also force the account's logged-in clients offline at once."""

    kick_notify_extension: Optional[str] = None
    """Extension delivered to the clients forced offline by `need_kick`. The limit is the one Apifox
    gives for the same field of the account update. At most 256 characters.
    """


class KickAccountRequest(YunxinModel):
    """Body of a forced logout."""

    type: Optional[Union[KickType, int]] = Field(default=None, union_mode="left_to_right")
    """Which devices a forced logout applies to. 1: every device of the account; 2: the devices in
    `device_id_list`; 3: every device except those in `device_id_list`.
    """

    device_id_list: Optional[List[str]] = None
    """Devices to log out (type 2) or to keep (type 3), at most 20. Not needed with type 1. At most
    20 items.
    """

    kick_notify_extension: Optional[str] = None
    """Extension delivered to the clients that are logged out. At most 256 characters."""


class KickFailure(YunxinModel):
    """A device that could not be logged out."""

    device_id: Optional[str] = None
    """Id of the device."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class KickedDevice(YunxinModel):
    """A device that was logged out."""

    device_id: Optional[str] = None
    """Id of the device."""

    login_time: Optional[int] = None
    """When the device had logged in; probably milliseconds since the epoch (the unit is not
    documented).
    """

    client_type: Optional[int] = None
    """Kind of client on the device; the values are not documented here."""

    consid: Optional[str] = None
    """Id of the device's connection."""


class KickAccountResult(PartialFailureModel):
    """Devices logged out, and those that could not be."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="device_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[KickedDevice]] = None
    """The devices that were logged out."""

    failed_list: Optional[List[KickFailure]] = None
    """The devices that could not be logged out, with the reason."""


class SetPushConfigRequest(YunxinModel):
    """Body of the desktop-online push setting."""

    push_enabled_when_desktop_online: Optional[bool] = None
    """true keeps sending pushes to the account's mobile devices while one of its desktop clients is
    online; false stops them.
    """


class UpdateAccountRequest(YunxinModel):
    """Body of an account update; send only the fields to change."""

    token: Optional[str] = None
    """New login token of your choice. The old token stops working. At most 128 characters."""

    configuration: Optional[AccountConfiguration] = None
    """Switches stored with an account."""

    need_kick: Optional[bool] = None
    """Force the account's logged-in clients offline after the change. Default false."""

    kick_notify_extension: Optional[str] = None
    """Extension delivered to the clients forced offline by `need_kick`. At most 256 characters."""

    user_information: Optional[UserInformation] = None
    """The public user card (名片) of an account. Text fields go through content moderation."""
