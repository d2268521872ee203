"""Push notifications: System push notifications sent to devices.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.push_notifications import (
    PushNotification,
    PushNotificationPage,
    SendPushNotificationRequest,
    SystemPushConfig,
)

__all__ = [
    "AsyncPushNotifications",
    "AsyncPushNotificationsWithRawResponse",
    "PushNotifications",
    "PushNotificationsWithRawResponse",
]

_SEND: Operation[PushNotification] = Operation(
    name="sendPushNotification",
    method="POST",
    path="/im/v2/push_notification",
    response_model=PushNotification,
    body_model=SendPushNotificationRequest,
    idempotent=False,
)

_LIST: Operation[PushNotificationPage] = Operation(
    name="listPushNotifications",
    method="GET",
    path="/im/v2/push_notification",
    response_model=PushNotificationPage,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_GET: Operation[PushNotification] = Operation(
    name="getPushNotification",
    method="GET",
    path="/im/v2/push_notification/{push_id}",
    response_model=PushNotification,
    idempotent=True,
)


class PushNotifications:
    """System push notifications sent to devices.

    Reached as ``client.push_notifications``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        content: Optional[str] = None,
        push_config: Optional[Union[SystemPushConfig, Mapping[str, Any]]] = None,
        sender_account_id: Optional[str] = None,
        target_type: Optional[int] = None,
        target_os: Optional[Sequence[str]] = None,
        roam_enabled: Optional[bool] = None,
        roam_expire_after: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> PushNotification:
        """Send a system push notification.

        Sends a system push notification to devices, optionally kept for devices that log in later,
        and returns it with its `push_id`. Only the official Java SDK describes this call: required
        fields, limits and the values of `target_type` are not documented.

        Args:
            content: Content of the notification.
            push_config: How a system push notification is shown on the device.
            sender_account_id: Account shown as the sender.
            target_type: Which devices or accounts the push goes to; the values are not documented.
            target_os: Client platforms that receive the push; the accepted names are not
                documented.
            roam_enabled: Keep the notification so that devices that log in later still receive it.
            roam_expire_after: How long the notification is kept when `roam_enabled` is true; the
                unit is not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `PushNotification`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _SEND,
            body={
                "content": content,
                "push_config": push_config,
                "sender_account_id": sender_account_id,
                "target_type": target_type,
                "target_os": target_os,
                "roam_enabled": roam_enabled,
                "roam_expire_after": roam_expire_after,
            },
            options=options,
        )

    def list(
        self,
        *,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        type: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PushNotificationPage, PushNotification]:
        """List system push notifications, page by page.

        Lists the app's system push notifications. Pass `next_token` back as `page_token` while
        `has_more` is true. Only the official Java SDK describes this call: the largest page size,
        the default and the values of `type` are not documented.

        Args:
            page_token: Cursor returned as `next_token` by the previous page; leave it out for the
                first page.
            limit: Page size; the maximum and default are not documented.
            type: Filters the notifications by a kind whose values are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`PushNotificationPage`); iterate it to walk every `PushNotification` of
            every page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return SyncPage[PushNotificationPage, PushNotification].first(
            self._client,
            _LIST,
            query={"page_token": page_token, "limit": limit, "type": type},
            options=options,
        )

    def get(
        self,
        *,
        push_id: int,
        **options: Unpack[RequestOptions],
    ) -> PushNotification:
        """Get a system push notification.

        Reads one system push notification by its id. Only the official Java SDK describes this
        call.

        Args:
            push_id: Id of the push notification, as returned when it was sent.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `PushNotification`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _GET,
            path={"push_id": push_id},
            options=options,
        )


class AsyncPushNotifications:
    """System push notifications sent to devices.

    Reached as ``client.push_notifications`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        content: Optional[str] = None,
        push_config: Optional[Union[SystemPushConfig, Mapping[str, Any]]] = None,
        sender_account_id: Optional[str] = None,
        target_type: Optional[int] = None,
        target_os: Optional[Sequence[str]] = None,
        roam_enabled: Optional[bool] = None,
        roam_expire_after: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> PushNotification:
        """Send a system push notification.

        Sends a system push notification to devices, optionally kept for devices that log in later,
        and returns it with its `push_id`. Only the official Java SDK describes this call: required
        fields, limits and the values of `target_type` are not documented.

        Args:
            content: Content of the notification.
            push_config: How a system push notification is shown on the device.
            sender_account_id: Account shown as the sender.
            target_type: Which devices or accounts the push goes to; the values are not documented.
            target_os: Client platforms that receive the push; the accepted names are not
                documented.
            roam_enabled: Keep the notification so that devices that log in later still receive it.
            roam_expire_after: How long the notification is kept when `roam_enabled` is true; the
                unit is not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `PushNotification`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _SEND,
            body={
                "content": content,
                "push_config": push_config,
                "sender_account_id": sender_account_id,
                "target_type": target_type,
                "target_os": target_os,
                "roam_enabled": roam_enabled,
                "roam_expire_after": roam_expire_after,
            },
            options=options,
        )

    def list(
        self,
        *,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        type: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PushNotificationPage, PushNotification]:
        """List system push notifications, page by page.

        Lists the app's system push notifications. Pass `next_token` back as `page_token` while
        `has_more` is true. Only the official Java SDK describes this call: the largest page size,
        the default and the values of `type` are not documented.

        Args:
            page_token: Cursor returned as `next_token` by the previous page; leave it out for the
                first page.
            limit: Page size; the maximum and default are not documented.
            type: Filters the notifications by a kind whose values are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`PushNotificationPage`), or `async
            for` over it to walk every `PushNotification` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return AsyncPaginator[PushNotificationPage, PushNotification](
            self._client,
            _LIST,
            query={"page_token": page_token, "limit": limit, "type": type},
            options=options,
        )

    async def get(
        self,
        *,
        push_id: int,
        **options: Unpack[RequestOptions],
    ) -> PushNotification:
        """Get a system push notification.

        Reads one system push notification by its id. Only the official Java SDK describes this
        call.

        Args:
            push_id: Id of the push notification, as returned when it was sent.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `PushNotification`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _GET,
            path={"push_id": push_id},
            options=options,
        )


class PushNotificationsWithRawResponse:
    """The methods of :class:`PushNotifications`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: PushNotifications) -> None:
        self.send = to_raw_response_wrapper(resource.send)
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPushNotificationsWithRawResponse:
    """The methods of :class:`AsyncPushNotifications`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncPushNotifications) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
