"""User cards (名片) and online status. The card fields are UserInformation from accounts.yaml.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .accounts import AntispamConfiguration, UserInformation
from .common import AccountFailure, AccountOnlineStatus

__all__ = [
    "BatchGetUsersResult",
    "GetUsersOnlineStatusRequest",
    "UpdateUserRequest",
    "User",
    "UsersOnlineStatusResult",
]


class User(UserInformation):
    """The user card of an account, with the account id."""

    account_id: Optional[str] = None
    """The account the card belongs to."""


class BatchGetUsersResult(PartialFailureModel):
    """User cards found, and the accounts that could not be read."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[User]] = None
    """The user cards that were found."""

    failed_list: Optional[List[AccountFailure]] = None
    """The accounts that could not be read, with the reason."""


class GetUsersOnlineStatusRequest(YunxinModel):
    """Body of an online-status lookup."""

    account_ids: List[str]
    """The accounts to check, at most 100. At most 100 items."""


class UpdateUserRequest(UserInformation):
    """Body of a user-card update; send only the fields to change."""

    antispam_configuration: Optional[AntispamConfiguration] = None
    """Content-moderation settings for the user card sent with the request."""


class UsersOnlineStatusResult(PartialFailureModel):
    """Online status of the accounts checked, and the accounts that could not be."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="account_id",
        code_field="error_code",
        message_field="error_msg",
    )

    success_list: Optional[List[AccountOnlineStatus]] = None
    """The accounts checked, with their logged-in clients."""

    failed_list: Optional[List[AccountFailure]] = None
    """The accounts that could not be checked, with the reason."""
