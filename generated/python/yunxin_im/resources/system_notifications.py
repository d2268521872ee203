"""System notifications: Custom system notifications, delivered to accounts or teams without being
stored as messages.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.common import AccountBatchResult, ConversationType
from ..models.messages import PushConfig, RouteConfig
from ..models.system_notifications import (
    BatchSendCustomNotificationRequest,
    CustomNotificationConfig,
    SendCustomNotificationRequest,
)

__all__ = [
    "AsyncSystemNotifications",
    "AsyncSystemNotificationsWithRawResponse",
    "SystemNotifications",
    "SystemNotificationsWithRawResponse",
]

_SEND: Operation[None] = Operation(
    name="sendCustomNotification",
    method="POST",
    path="/im/v2/custom_notification",
    response_model=None,
    body_model=SendCustomNotificationRequest,
    idempotent=False,
)

_BATCH_SEND: Operation[AccountBatchResult] = Operation(
    name="batchSendCustomNotification",
    method="POST",
    path="/im/v2/custom_notification/batch",
    response_model=AccountBatchResult,
    body_model=BatchSendCustomNotificationRequest,
    idempotent=False,
)


class SystemNotifications:
    """Custom system notifications, delivered to accounts or teams without being stored as messages.

    Reached as ``client.system_notifications``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        sender_id: str,
        type: Union[ConversationType, int],
        receiver_id: str,
        content: str,
        sound: Optional[str] = None,
        notification_config: Optional[Union[CustomNotificationConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send a custom system notification.

        Sends a notification whose content you define to one account (`type` 1), to every member of
        an advanced team (2) or to every member of a super team (3). Custom notifications are not
        stored as messages and do not appear in conversations; the client app decides what to do
        with them. Offline storage, unread counting, push and message copy can be tuned per call.
        Nothing is returned. The required marks follow the official Java SDK; Apifox marks no field.

        Args:
            sender_id: Account that sends the notification.
            type: Kind of conversation, also the middle part of a conversation id. 1: one-to-one
                chat between two accounts; 2: advanced team (高级群); 3: super team (超大群).
            receiver_id: The receiver: an account id when `type` is 1 (one-to-one), a team id when
                `type` is 2 (advanced team) or 3 (super team).
            content: Content of the notification, usually a JSON object encoded as a string. At most
                4096 characters.
            sound: Name of a sound file on the client to play on arrival. At most 30 characters.
            notification_config: Storage switches of a custom system notification.
            push_config: Settings of the offline push notification that goes with the message.
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

        Official documentation: 发送自定义系统通知, https://doc.yunxin.163.com/messaging2/server-apis/jUyNDUyNTU?platform=server
        """
        return self._client.request(
            _SEND,
            body={
                "sender_id": sender_id,
                "type": type,
                "receiver_id": receiver_id,
                "content": content,
                "sound": sound,
                "notification_config": notification_config,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )

    def batch_send(
        self,
        *,
        sender_id: str,
        receiver_ids: Sequence[str],
        content: str,
        sound: Optional[str] = None,
        notification_config: Optional[Union[CustomNotificationConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Send a custom system notification to many accounts.

        Sends the same one-to-one custom notification to up to 500 accounts. Accounts that cannot
        receive it (for example because they do not exist, code 102404) do not fail the call: they
        are listed in `failed_list` next to the accounts in `success_list`. Bulk sends have their
        own rate limit, 120 calls per minute on the standard package.

        Args:
            sender_id: Account that sends the notification.
            receiver_ids: The receiving accounts. Only one-to-one notifications can be sent in bulk.
                At most 500 items.
            content: Content of the notification, usually a JSON object encoded as a string. At most
                4096 characters.
            sound: Name of a sound file on the client to play on arrival. At most 30 characters.
            notification_config: Storage switches of a custom system notification.
            push_config: Settings of the offline push notification that goes with the message.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量发送自定义系统通知, https://doc.commsease.com/messaging2/server-apis/Tc0ODg0OTA?platform=server
        """
        return self._client.request(
            _BATCH_SEND,
            body={
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "content": content,
                "sound": sound,
                "notification_config": notification_config,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )


class AsyncSystemNotifications:
    """Custom system notifications, delivered to accounts or teams without being stored as messages.

    Reached as ``client.system_notifications`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        sender_id: str,
        type: Union[ConversationType, int],
        receiver_id: str,
        content: str,
        sound: Optional[str] = None,
        notification_config: Optional[Union[CustomNotificationConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send a custom system notification.

        Sends a notification whose content you define to one account (`type` 1), to every member of
        an advanced team (2) or to every member of a super team (3). Custom notifications are not
        stored as messages and do not appear in conversations; the client app decides what to do
        with them. Offline storage, unread counting, push and message copy can be tuned per call.
        Nothing is returned. The required marks follow the official Java SDK; Apifox marks no field.

        Args:
            sender_id: Account that sends the notification.
            type: Kind of conversation, also the middle part of a conversation id. 1: one-to-one
                chat between two accounts; 2: advanced team (高级群); 3: super team (超大群).
            receiver_id: The receiver: an account id when `type` is 1 (one-to-one), a team id when
                `type` is 2 (advanced team) or 3 (super team).
            content: Content of the notification, usually a JSON object encoded as a string. At most
                4096 characters.
            sound: Name of a sound file on the client to play on arrival. At most 30 characters.
            notification_config: Storage switches of a custom system notification.
            push_config: Settings of the offline push notification that goes with the message.
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

        Official documentation: 发送自定义系统通知, https://doc.yunxin.163.com/messaging2/server-apis/jUyNDUyNTU?platform=server
        """
        return await self._client.request(
            _SEND,
            body={
                "sender_id": sender_id,
                "type": type,
                "receiver_id": receiver_id,
                "content": content,
                "sound": sound,
                "notification_config": notification_config,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )

    async def batch_send(
        self,
        *,
        sender_id: str,
        receiver_ids: Sequence[str],
        content: str,
        sound: Optional[str] = None,
        notification_config: Optional[Union[CustomNotificationConfig, Mapping[str, Any]]] = None,
        push_config: Optional[Union[PushConfig, Mapping[str, Any]]] = None,
        route_config: Optional[Union[RouteConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountBatchResult:
        """Send a custom system notification to many accounts.

        Sends the same one-to-one custom notification to up to 500 accounts. Accounts that cannot
        receive it (for example because they do not exist, code 102404) do not fail the call: they
        are listed in `failed_list` next to the accounts in `success_list`. Bulk sends have their
        own rate limit, 120 calls per minute on the standard package.

        Args:
            sender_id: Account that sends the notification.
            receiver_ids: The receiving accounts. Only one-to-one notifications can be sent in bulk.
                At most 500 items.
            content: Content of the notification, usually a JSON object encoded as a string. At most
                4096 characters.
            sound: Name of a sound file on the client to play on arrival. At most 30 characters.
            notification_config: Storage switches of a custom system notification.
            push_config: Settings of the offline push notification that goes with the message.
            route_config: Whether a copy of the message is forwarded to your server (message copy,
                抄送).
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountBatchResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量发送自定义系统通知, https://doc.commsease.com/messaging2/server-apis/Tc0ODg0OTA?platform=server
        """
        return await self._client.request(
            _BATCH_SEND,
            body={
                "sender_id": sender_id,
                "receiver_ids": receiver_ids,
                "content": content,
                "sound": sound,
                "notification_config": notification_config,
                "push_config": push_config,
                "route_config": route_config,
            },
            options=options,
        )


class SystemNotificationsWithRawResponse:
    """The methods of :class:`SystemNotifications`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: SystemNotifications) -> None:
        self.send = to_raw_response_wrapper(resource.send)
        self.batch_send = to_raw_response_wrapper(resource.batch_send)


class AsyncSystemNotificationsWithRawResponse:
    """The methods of :class:`AsyncSystemNotifications`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncSystemNotifications) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)
        self.batch_send = async_to_raw_response_wrapper(resource.batch_send)
