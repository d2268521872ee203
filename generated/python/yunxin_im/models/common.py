"""Schemas shared by every tag: the response envelope and the enums that many operations use.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, List, Optional

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel

__all__ = [
    "AccountBatchResult",
    "AccountFailure",
    "AccountOnlineStatus",
    "ConversationType",
    "Envelope",
    "LoginDevice",
    "MessageType",
]


class ConversationType(IntEnum):
    """Kind of conversation, also the middle part of a conversation id. 1: one-to-one chat between
    two accounts; 2: advanced team (高级群); 3: super team (超大群).
    """

    P2P = 1
    """One-to-one chat between two accounts."""

    TEAM = 2
    """Advanced team (高级群)."""

    SUPER_TEAM = 3
    """Super team (超大群)."""


class MessageType(IntEnum):
    """Kind of message. Messages can be sent with 0, 1, 2, 3, 4, 6, 10 and 100; 5 (notification), 11
    (robot) and 12 (call record) only appear when filtering history.
    """

    TEXT = 0
    """Plain text; the content is in `text`."""

    IMAGE = 1
    """Image; the media description is in `attachment`."""

    AUDIO = 2
    """Voice or audio clip."""

    VIDEO = 3
    """Video clip."""

    LOCATION = 4
    """Geographic location."""

    NOTIFICATION = 5
    """Team or chatroom notification; filter value only, cannot be sent."""

    FILE = 6
    """File."""

    TIP = 10
    """Tip shown in the conversation but not counted as a message."""

    ROBOT = 11
    """Robot message; filter value only."""

    CALL_RECORD = 12
    """Audio or video call record; filter value only."""

    CUSTOM = 100
    """Custom message whose `attachment` is any JSON object chosen by the developer."""


class AccountFailure(YunxinModel):
    """An account that a batch call could not handle, with the reason."""

    account_id: Optional[str] = None
    """The account that failed."""

    error_code: Optional[int] = None
    """Why it failed, for example 102404 when the account does not exist."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class AccountBatchResult(PartialFailureModel):
    """The accounts a batch call handled, and those it could not, with the reason."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[str]] = None
    """Accounts handled successfully."""

    failed_list: Optional[List[AccountFailure]] = None
    """Accounts that failed, with the reason."""


class LoginDevice(YunxinModel):
    """One kind of client on which an account is logged in."""

    client_type: Optional[int] = None
    """Kind of client (platform), for example 8 or 16 in an official example; the value table is not
    documented for the v2 API.
    """

    login_time: Optional[int] = None
    """When the client logged in; probably milliseconds since the epoch (the unit is not
    documented).
    """


class AccountOnlineStatus(YunxinModel):
    """An account that is online, with the clients it is logged in on."""

    account_id: Optional[str] = None
    """The account."""

    online_status: Optional[List[LoginDevice]] = None
    """One entry per kind of client the account is logged in on."""


class Envelope(YunxinModel):
    """Every response body has this shape. `code` 200 means the call succeeded and `data` holds its
    result; any other `code` is an error described by `msg`, and `data` is then an empty object. The
    HTTP status is normally 200 in both cases.
    """

    code: int
    """Result code; 200 is success, anything else is an error (see `x-error-codes`)."""

    msg: str
    """`success`, or a short explanation of the error."""

    data: Any = None
    """The operation's result; its shape is given by each operation."""
