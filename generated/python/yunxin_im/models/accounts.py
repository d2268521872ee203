"""IM accounts: registration, settings and the user card created with them.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import List, Optional, Union

from pydantic import Field

from .._models import YunxinModel

__all__ = [
    "AccountConfiguration",
    "AntispamConfiguration",
    "BusinessIdMapItem",
    "CreateAccountRequest",
    "CreatedAccount",
    "Gender",
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


class BusinessIdMapItem(YunxinModel):
    """Maps one kind of user-card content to a moderation business id."""

    type: Optional[int] = None
    """Kind of content the business id applies to."""

    business_id: Optional[str] = None
    """Moderation business id to use for that content."""


class AntispamConfiguration(YunxinModel):
    """Content-moderation settings for the user card sent with the request."""

    enabled: Optional[bool] = None
    """Run moderation on the user card in this request."""

    business_id_map: Optional[List[BusinessIdMapItem]] = None
    """Moderation business ids per kind of content."""


class UserInformation(YunxinModel):
    """The public user card (名片) of an account. Text fields go through content moderation."""

    name: Optional[str] = None
    """Nickname. At most 64 characters."""

    avatar: Optional[str] = None
    """URL of the avatar image. At most 1024 characters."""

    sign: Optional[str] = None
    """Personal signature."""

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
