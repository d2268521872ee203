"""Chatroom queues (聊天室队列): the key-value queue a chatroom can hold, its elements and the results of
queue calls.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import List, Optional

from .._models import PartialFailureModel, PartialFailureSpec, YunxinModel
from .messages import RouteConfig

__all__ = [
    "ChatroomQueueElement",
    "ChatroomQueueElementFailure",
    "ChatroomQueueElementUpdate",
    "ChatroomQueueElements",
    "ChatroomQueueNotificationConfig",
    "DeleteChatroomQueueRequest",
    "DeletedChatroomQueue",
    "InitChatroomQueueRequest",
    "ListChatroomQueueElementsRequest",
    "PollChatroomQueueElementRequest",
    "UpdateChatroomQueueRequest",
    "UpdatedChatroomQueue",
]


class ChatroomQueueElement(YunxinModel):
    """One element of a chatroom queue, as the queue returns it."""

    element_key: Optional[str] = None
    """Key of the element, unique in the queue."""

    element_value: Optional[str] = None
    """Content of the element."""

    element_account_id: Optional[str] = None
    """Account that owns the element (the one that last added or updated it)."""

    element_transient: Optional[bool] = None
    """The element is removed when its owner leaves the chatroom or disconnects."""


class ChatroomQueueElementFailure(YunxinModel):
    """A queue element that an update could not add or change."""

    element_key: Optional[str] = None
    """Key of the element that failed."""

    error_code: Optional[int] = None
    """Why it failed."""

    error_msg: Optional[str] = None
    """Explanation of the failure."""


class ChatroomQueueElementUpdate(ChatroomQueueElement):
    """One element to add to a chatroom queue or to update in it, matched by `element_key`."""

    element_add_policy: Optional[int] = None
    """How the element is added or updated; the values are not documented."""


class ChatroomQueueElements(YunxinModel):
    """The queue and the elements that were asked for."""

    room_id: Optional[int] = None
    """The chatroom of the queue."""

    queue_size_limit: Optional[int] = None
    """Largest number of elements the queue may hold."""

    queue_size: Optional[int] = None
    """Number of elements in the queue."""

    element_list: Optional[List[ChatroomQueueElement]] = None
    """The elements found."""


class ChatroomQueueNotificationConfig(YunxinModel):
    """Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
    the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
    documented for the v2 API.
    """

    notification_enabled: Optional[bool] = None
    """Send a queue-change notification to the members of the chatroom. Default true."""

    notification_extension: Optional[str] = None
    """Extension of your own carried by the notification."""

    high_priority: Optional[int] = None
    """Priority of the notification; 0 is normal priority. Other values are not documented for v2
    (the v1 API had a boolean high-priority flag: chatroom members receive at most 20 normal and 10
    high-priority notifications per second). Default 0.
    """

    high_priority_policy: Optional[int] = None
    """What to do when the high-priority rate is exceeded. The values are not documented for v2; the
    v1 API offered either downgrading the notification to normal priority or failing with code 416.
    Default 0.
    """


class DeleteChatroomQueueRequest(YunxinModel):
    """Optional body of a queue deletion."""

    notification_config: Optional[ChatroomQueueNotificationConfig] = None
    """Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
    the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
    documented for the v2 API.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""


class DeletedChatroomQueue(YunxinModel):
    """What a queue deletion reports."""

    room_id: Optional[int] = None
    """The chatroom whose queue was deleted."""

    queue_size: Optional[int] = None
    """Number of elements the queue held."""

    high_priority: Optional[int] = None
    """Priority of the notification that was sent; not explained by any source."""


class InitChatroomQueueRequest(YunxinModel):
    """Body of a queue initialization."""

    queue_size_limit: Optional[int] = None
    """Largest number of elements the queue may hold; the allowed range and the default are not
    documented.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""


class ListChatroomQueueElementsRequest(YunxinModel):
    """Body of a queue element lookup."""

    element_key_list: Optional[List[str]] = None
    """Keys of the elements to read. The Java SDK leaves the key out when the list is empty, which
    presumably reads the whole queue; no source says so.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""


class PollChatroomQueueElementRequest(YunxinModel):
    """Body of a queue poll."""

    element_key: Optional[str] = None
    """Key of the element to take out. The Java SDK sends it only when set; under the v1 API leaving
    it out took the head of the queue. The Go SDK refuses an empty key.
    """

    notification_config: Optional[ChatroomQueueNotificationConfig] = None
    """Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
    the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
    documented for the v2 API.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""


class UpdateChatroomQueueRequest(YunxinModel):
    """Body of a queue update."""

    operator_account_id: Optional[str] = None
    """Account that performs the change and becomes the owner of the elements. Apifox marks it
    optional; the Go SDK refuses an empty value.
    """

    element_list: Optional[List[ChatroomQueueElementUpdate]] = None
    """Elements to add or update, matched by `element_key`. The maximum count is not documented (the
    v1 API limited keys to 128 and values to 4096 characters).
    """

    notification_config: Optional[ChatroomQueueNotificationConfig] = None
    """Whether and how the chatroom is told about a queue change. Only Apifox describes these keys;
    the meanings of the non-zero `high_priority` and `high_priority_policy` values are not
    documented for the v2 API.
    """

    route_config: Optional[RouteConfig] = None
    """Whether a copy of the message is forwarded to your server (message copy, 抄送)."""


class UpdatedChatroomQueue(PartialFailureModel):
    """The queue after an update, with the keys that were inserted, updated or refused."""

    partial_failure_spec = PartialFailureSpec(
        failed="failed_element_list",
        succeeded=None,
        id_field="element_key",
        code_field="error_code",
        message_field="error_msg",
    )

    room_id: Optional[int] = None
    """The chatroom of the queue."""

    queue_size_limit: Optional[int] = None
    """Largest number of elements the queue may hold."""

    queue_size: Optional[int] = None
    """Number of elements after the update."""

    insert_element_list: Optional[List[str]] = None
    """Keys of the elements that were added."""

    update_element_list: Optional[List[str]] = None
    """Keys of the elements that already existed and were updated."""

    failed_element_list: Optional[List[ChatroomQueueElementFailure]] = None
    """Elements that could not be added or updated, with the reason."""
