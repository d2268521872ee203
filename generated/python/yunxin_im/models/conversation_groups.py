"""Conversation groups (会话分组): named groups into which an account sorts its conversations.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .conversations import ConversationFailure

__all__ = [
    "BatchGetConversationGroupsResult",
    "ConversationGroup",
    "ConversationGroupFailure",
    "ConversationGroupMembershipChange",
    "ConversationGroupResult",
    "CreateConversationGroupRequest",
    "ListAllConversationGroupsResult",
    "UpdateConversationGroupRequest",
]


class ConversationGroup(YunxinModel):
    """A conversation group of an account."""

    group_id: Optional[int] = None
    """Id of the group, assigned by the server."""

    name: Optional[str] = None
    """Name of the group."""

    server_extension: Optional[str] = None
    """Extension stored with the group on the server."""

    create_time: Optional[int] = None
    """Creation time in milliseconds since the epoch."""

    update_time: Optional[int] = None
    """Last update time in milliseconds since the epoch."""


class ConversationGroupFailure(YunxinModel):
    """A group that a batch lookup could not return. Its fields are named `code` and `msg`, not
    `error_code` and `error_msg`.
    """

    group_id: Optional[int] = None
    """The group that failed."""

    code: Optional[int] = None
    """Why it failed."""

    msg: Optional[str] = None
    """Explanation of the failure."""


class BatchGetConversationGroupsResult(PartialFailureModel):
    """Groups found, and the ids that were not. Unlike most batch calls, the failures come in
    `fail_list` rather than `failed_list`.
    """

    partial_failure_spec = PartialFailureSpec(
        failed="fail_list",
        succeeded="success_list",
        id_field="group_id",
        code_field="code",
        message_field="msg",
    )

    success_list: Optional[List[ConversationGroup]] = None
    """The groups that were found."""

    fail_list: Optional[List[ConversationGroupFailure]] = None
    """The groups that were not found, with the reason."""


class ConversationGroupMembershipChange(YunxinModel):
    """A change to the conversations of a group."""

    type: Optional[int] = None
    """Kind of change to apply to `conversation_ids` (the Go SDK calls it the operation type). Its
    values are not documented by any source; presumably one value adds the conversations and another
    removes them.
    """

    conversation_ids: Optional[List[str]] = None
    """The conversations the change applies to, ids of the form `owner|type|peer`."""


class ConversationGroupResult(PartialFailureModel):
    """A group after it was created or updated, with the conversations that were put in it (or
    changed) and those that could not be.
    """

    partial_failure_spec = PartialFailureSpec(
        failed="failed_list",
        succeeded="success_list",
        id_field="conversation_id",
        code_field="error_code",
        message_field="error_msg",
    )

    conversation_group: Optional[ConversationGroup] = None
    """A conversation group of an account."""

    success_list: Optional[List[str]] = None
    """Ids of the conversations that were handled."""

    failed_list: Optional[List[ConversationFailure]] = None
    """The conversations that could not be handled, with the reason."""


class CreateConversationGroupRequest(YunxinModel):
    """Body of a conversation group creation."""

    account_id: str
    """The account that owns the new group."""

    name: str
    """Name of the group."""

    server_extension: Optional[str] = None
    """Extension stored with the group on the server."""

    conversation_ids: Optional[List[str]] = None
    """Conversations to put in the group at once, at most 100 ids of the form `owner|type|peer`. A
    conversation can belong to at most 5 groups. At most 100 items.
    """


class ListAllConversationGroupsResult(YunxinModel):
    """Every conversation group of an account."""

    conversation_groups: Optional[List[ConversationGroup]] = None
    """The groups, not paged."""


class UpdateConversationGroupRequest(YunxinModel):
    """Body of a conversation group update; fields left out stay unchanged."""

    account_id: Optional[str] = None
    """The account that owns the group."""

    name: Optional[str] = None
    """New name of the group."""

    server_extension: Optional[str] = None
    """New extension stored with the group."""

    conversations: Optional[ConversationGroupMembershipChange] = None
    """A change to the conversations of a group."""
