"""Chatroom queues: Key-value queues attached to a chatroom (for example for mic seats).

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.chatroom_queues import (
    ChatroomQueueElement,
    ChatroomQueueElements,
    ChatroomQueueElementUpdate,
    ChatroomQueueNotificationConfig,
    DeleteChatroomQueueRequest,
    DeletedChatroomQueue,
    InitChatroomQueueRequest,
    ListChatroomQueueElementsRequest,
    PollChatroomQueueElementRequest,
    UpdateChatroomQueueRequest,
    UpdatedChatroomQueue,
)
from ..models.messages import RouteConfig

__all__ = [
    "AsyncChatroomQueues",
    "AsyncChatroomQueuesWithRawResponse",
    "ChatroomQueues",
    "ChatroomQueuesWithRawResponse",
]

_INIT: Operation[None] = Operation(
    name="initChatroomQueue",
    method="POST",
    path="/im/v2/room_queues/{room_id}",
    response_model=None,
    body_model=InitChatroomQueueRequest,
    idempotent=False,
)

_DELETE: Operation[DeletedChatroomQueue] = Operation(
    name="deleteChatroomQueue",
    method="DELETE",
    path="/im/v2/room_queues/{room_id}",
    response_model=DeletedChatroomQueue,
    body_model=DeleteChatroomQueueRequest,
    idempotent=True,
)

_UPDATE: Operation[UpdatedChatroomQueue] = Operation(
    name="updateChatroomQueue",
    method="PATCH",
    path="/im/v2/room_queues/{room_id}",
    response_model=UpdatedChatroomQueue,
    body_model=UpdateChatroomQueueRequest,
    idempotent=True,
)

_LIST_ELEMENTS: Operation[ChatroomQueueElements] = Operation(
    name="listChatroomQueueElements",
    method="POST",
    path="/im/v2/room_queues/{room_id}/actions/query",
    response_model=ChatroomQueueElements,
    body_model=ListChatroomQueueElementsRequest,
    idempotent=True,
)

_POLL: Operation[ChatroomQueueElement] = Operation(
    name="pollChatroomQueueElement",
    method="PATCH",
    path="/im/v2/room_queues/{room_id}/actions/poll",
    response_model=ChatroomQueueElement,
    body_model=PollChatroomQueueElementRequest,
    idempotent=False,
)


class ChatroomQueues:
    """Key-value queues attached to a chatroom (for example for mic seats).

    Reached as ``client.chatroom_queues``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def init(
        self,
        *,
        room_id: int,
        queue_size_limit: Optional[int] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Initialize the queue of a chatroom.

        Sets up the key-value queue of a chatroom, optionally with the largest number of elements it
        may hold. Only the official server SDKs describe this call; the range and default of
        `queue_size_limit` are not documented. Nothing is returned.

        Args:
            room_id: Id of the chatroom that owns the queue.
            queue_size_limit: Largest number of elements the queue may hold; the allowed range and
                the default are not documented.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _INIT,
            path={"room_id": room_id},
            body={"queue_size_limit": queue_size_limit, "route_config": route_config},
            options=options,
        )

    def delete(
        self,
        *,
        room_id: int,
        notification_config: Optional[
            Union[ChatroomQueueNotificationConfig, Mapping[str, Any]]
        ] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> DeletedChatroomQueue:
        """Delete the queue of a chatroom.

        Removes the chatroom's queue with all its elements and, unless `notification_config` turns
        it off, notifies the chatroom. The optional settings travel in a JSON body on the DELETE
        request. The answer gives the room and the number of elements the queue held.

        Args:
            room_id: Id of the chatroom that owns the queue.
            notification_config: Whether and how the chatroom is told about a queue change. Only
                Apifox describes these keys; the meanings of the non-zero `high_priority` and
                `high_priority_policy` values are not documented for the v2 API.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `DeletedChatroomQueue`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除聊天室队列, https://yunxin-im.apifox.cn/api-276823161
        """
        return self._client.request(
            _DELETE,
            path={"room_id": room_id},
            body={"notification_config": notification_config, "route_config": route_config},
            options=options,
        )

    def update(
        self,
        *,
        room_id: int,
        operator_account_id: Optional[str] = None,
        element_list: Optional[
            Sequence[Union[ChatroomQueueElementUpdate, Mapping[str, Any]]]
        ] = None,
        notification_config: Optional[
            Union[ChatroomQueueNotificationConfig, Mapping[str, Any]]
        ] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> UpdatedChatroomQueue:
        """Add or update elements of a chatroom queue.

        Adds elements to the chatroom's queue or updates those whose `element_key` already exists;
        the operator becomes the owner of every element it writes. Elements that cannot be written
        do not fail the call: their keys come back in `failed_element_list`, next to the inserted
        and updated keys. The maximum number of elements per call is not documented.

        Args:
            room_id: Id of the chatroom that owns the queue.
            operator_account_id: Account that performs the change and becomes the owner of the
                elements. Apifox marks it optional; the Go SDK refuses an empty value.
            element_list: Elements to add or update, matched by `element_key`. The maximum count is
                not documented (the v1 API limited keys to 128 and values to 4096 characters).
            notification_config: Whether and how the chatroom is told about a queue change. Only
                Apifox describes these keys; the meanings of the non-zero `high_priority` and
                `high_priority_policy` values are not documented for the v2 API.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `UpdatedChatroomQueue`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新聊天室队列, https://yunxin-im.apifox.cn/api-276823163
        """
        return self._client.request(
            _UPDATE,
            path={"room_id": room_id},
            body={
                "operator_account_id": operator_account_id,
                "element_list": element_list,
                "notification_config": notification_config,
                "route_config": route_config,
            },
            options=options,
        )

    def list_elements(
        self,
        *,
        room_id: int,
        element_key_list: Optional[Sequence[str]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomQueueElements:
        """Read elements of a chatroom queue.

        Reads the chatroom's queue: its size, its limit and the elements with the given keys. This
        read is sent as a POST with a JSON body and does not change the queue. Only the official
        server SDKs describe it; what an empty key list returns is not documented.

        Args:
            room_id: Id of the chatroom that owns the queue.
            element_key_list: Keys of the elements to read. The Java SDK leaves the key out when the
                list is empty, which presumably reads the whole queue; no source says so.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomQueueElements`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _LIST_ELEMENTS,
            path={"room_id": room_id},
            body={"element_key_list": element_key_list, "route_config": route_config},
            options=options,
        )

    def poll(
        self,
        *,
        room_id: int,
        element_key: Optional[str] = None,
        notification_config: Optional[
            Union[ChatroomQueueNotificationConfig, Mapping[str, Any]]
        ] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomQueueElement:
        """Take an element out of a chatroom queue.

        Removes one element from the chatroom's queue and returns it. Give `element_key` to take a
        particular element; what happens without it is not documented for v2 (under v1 the head of
        the queue was taken). Each call removes another element, so it is not safe to repeat.

        Args:
            room_id: Id of the chatroom that owns the queue.
            element_key: Key of the element to take out. The Java SDK sends it only when set; under
                the v1 API leaving it out took the head of the queue. The Go SDK refuses an empty
                key.
            notification_config: Whether and how the chatroom is told about a queue change. Only
                Apifox describes these keys; the meanings of the non-zero `high_priority` and
                `high_priority_policy` values are not documented for the v2 API.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomQueueElement`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _POLL,
            path={"room_id": room_id},
            body={
                "element_key": element_key,
                "notification_config": notification_config,
                "route_config": route_config,
            },
            options=options,
        )


class AsyncChatroomQueues:
    """Key-value queues attached to a chatroom (for example for mic seats).

    Reached as ``client.chatroom_queues`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def init(
        self,
        *,
        room_id: int,
        queue_size_limit: Optional[int] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Initialize the queue of a chatroom.

        Sets up the key-value queue of a chatroom, optionally with the largest number of elements it
        may hold. Only the official server SDKs describe this call; the range and default of
        `queue_size_limit` are not documented. Nothing is returned.

        Args:
            room_id: Id of the chatroom that owns the queue.
            queue_size_limit: Largest number of elements the queue may hold; the allowed range and
                the default are not documented.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _INIT,
            path={"room_id": room_id},
            body={"queue_size_limit": queue_size_limit, "route_config": route_config},
            options=options,
        )

    async def delete(
        self,
        *,
        room_id: int,
        notification_config: Optional[
            Union[ChatroomQueueNotificationConfig, Mapping[str, Any]]
        ] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> DeletedChatroomQueue:
        """Delete the queue of a chatroom.

        Removes the chatroom's queue with all its elements and, unless `notification_config` turns
        it off, notifies the chatroom. The optional settings travel in a JSON body on the DELETE
        request. The answer gives the room and the number of elements the queue held.

        Args:
            room_id: Id of the chatroom that owns the queue.
            notification_config: Whether and how the chatroom is told about a queue change. Only
                Apifox describes these keys; the meanings of the non-zero `high_priority` and
                `high_priority_policy` values are not documented for the v2 API.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `DeletedChatroomQueue`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除聊天室队列, https://yunxin-im.apifox.cn/api-276823161
        """
        return await self._client.request(
            _DELETE,
            path={"room_id": room_id},
            body={"notification_config": notification_config, "route_config": route_config},
            options=options,
        )

    async def update(
        self,
        *,
        room_id: int,
        operator_account_id: Optional[str] = None,
        element_list: Optional[
            Sequence[Union[ChatroomQueueElementUpdate, Mapping[str, Any]]]
        ] = None,
        notification_config: Optional[
            Union[ChatroomQueueNotificationConfig, Mapping[str, Any]]
        ] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> UpdatedChatroomQueue:
        """Add or update elements of a chatroom queue.

        Adds elements to the chatroom's queue or updates those whose `element_key` already exists;
        the operator becomes the owner of every element it writes. Elements that cannot be written
        do not fail the call: their keys come back in `failed_element_list`, next to the inserted
        and updated keys. The maximum number of elements per call is not documented.

        Args:
            room_id: Id of the chatroom that owns the queue.
            operator_account_id: Account that performs the change and becomes the owner of the
                elements. Apifox marks it optional; the Go SDK refuses an empty value.
            element_list: Elements to add or update, matched by `element_key`. The maximum count is
                not documented (the v1 API limited keys to 128 and values to 4096 characters).
            notification_config: Whether and how the chatroom is told about a queue change. Only
                Apifox describes these keys; the meanings of the non-zero `high_priority` and
                `high_priority_policy` values are not documented for the v2 API.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `UpdatedChatroomQueue`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新聊天室队列, https://yunxin-im.apifox.cn/api-276823163
        """
        return await self._client.request(
            _UPDATE,
            path={"room_id": room_id},
            body={
                "operator_account_id": operator_account_id,
                "element_list": element_list,
                "notification_config": notification_config,
                "route_config": route_config,
            },
            options=options,
        )

    async def list_elements(
        self,
        *,
        room_id: int,
        element_key_list: Optional[Sequence[str]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomQueueElements:
        """Read elements of a chatroom queue.

        Reads the chatroom's queue: its size, its limit and the elements with the given keys. This
        read is sent as a POST with a JSON body and does not change the queue. Only the official
        server SDKs describe it; what an empty key list returns is not documented.

        Args:
            room_id: Id of the chatroom that owns the queue.
            element_key_list: Keys of the elements to read. The Java SDK leaves the key out when the
                list is empty, which presumably reads the whole queue; no source says so.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomQueueElements`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _LIST_ELEMENTS,
            path={"room_id": room_id},
            body={"element_key_list": element_key_list, "route_config": route_config},
            options=options,
        )

    async def poll(
        self,
        *,
        room_id: int,
        element_key: Optional[str] = None,
        notification_config: Optional[
            Union[ChatroomQueueNotificationConfig, Mapping[str, Any]]
        ] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatroomQueueElement:
        """Take an element out of a chatroom queue.

        Removes one element from the chatroom's queue and returns it. Give `element_key` to take a
        particular element; what happens without it is not documented for v2 (under v1 the head of
        the queue was taken). Each call removes another element, so it is not safe to repeat.

        Args:
            room_id: Id of the chatroom that owns the queue.
            element_key: Key of the element to take out. The Java SDK sends it only when set; under
                the v1 API leaving it out took the head of the queue. The Go SDK refuses an empty
                key.
            notification_config: Whether and how the chatroom is told about a queue change. Only
                Apifox describes these keys; the meanings of the non-zero `high_priority` and
                `high_priority_policy` values are not documented for the v2 API.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatroomQueueElement`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _POLL,
            path={"room_id": room_id},
            body={
                "element_key": element_key,
                "notification_config": notification_config,
                "route_config": route_config,
            },
            options=options,
        )


class ChatroomQueuesWithRawResponse:
    """The methods of :class:`ChatroomQueues`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: ChatroomQueues) -> None:
        self.init = to_raw_response_wrapper(resource.init)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.list_elements = to_raw_response_wrapper(resource.list_elements)
        self.poll = to_raw_response_wrapper(resource.poll)


class AsyncChatroomQueuesWithRawResponse:
    """The methods of :class:`AsyncChatroomQueues`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncChatroomQueues) -> None:
        self.init = async_to_raw_response_wrapper(resource.init)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list_elements = async_to_raw_response_wrapper(resource.list_elements)
        self.poll = async_to_raw_response_wrapper(resource.poll)
