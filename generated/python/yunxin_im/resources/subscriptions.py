"""Subscriptions: Subscribe accounts to the online-status events of other accounts.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Optional, Sequence

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.subscriptions import (
    SubscriptionQueryResult,
    SubscriptionResult,
    SubscriptionTargetsRequest,
    UnsubscribeRequest,
)

__all__ = [
    "AsyncSubscriptions",
    "AsyncSubscriptionsWithRawResponse",
    "Subscriptions",
    "SubscriptionsWithRawResponse",
]

_SUBSCRIBE: Operation[SubscriptionResult] = Operation(
    name="subscribeOnlineStatus",
    method="POST",
    path="/im/v2/subscription/{account_id}",
    response_model=SubscriptionResult,
    body_model=SubscriptionTargetsRequest,
    idempotent=False,
)

_LIST: Operation[SubscriptionQueryResult] = Operation(
    name="listOnlineStatusSubscriptions",
    method="PATCH",
    path="/im/v2/subscription/{account_id}",
    response_model=SubscriptionQueryResult,
    body_model=SubscriptionTargetsRequest,
    idempotent=True,
)

_UNSUBSCRIBE: Operation[SubscriptionResult] = Operation(
    name="unsubscribeOnlineStatus",
    method="DELETE",
    path="/im/v2/subscription/{account_id}",
    response_model=SubscriptionResult,
    body_model=UnsubscribeRequest,
    idempotent=True,
)


class Subscriptions:
    """Subscribe accounts to the online-status events of other accounts.

    Reached as ``client.subscriptions``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def subscribe(
        self,
        *,
        account_id: str,
        duration: int,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> SubscriptionResult:
        """Subscribe an account to the online status of others.

        Makes the subscriber receive the online-status events of up to 100 accounts for `duration`
        seconds. Accounts that cannot be subscribed to come back in `failed_list`; the others
        succeeded. The v1 API limited each account to 3000 watched accounts; the v2 limit is not
        documented, and neither is what subscribing again to an already watched account does.

        Args:
            account_id: The subscriber, the account that receives the online-status events.
            duration: How long the subscription lasts, in seconds (60 is one minute, 2592000 thirty
                days). 60 to 2592000.
            account_ids: Accounts whose online status is watched. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SubscriptionResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 订阅在线状态事件, https://doc.yunxin.163.com/messaging2/server-apis/zI4NjY1NzA?platform=server
        """
        return self._client.request(
            _SUBSCRIBE,
            path={"account_id": account_id},
            query={"duration": duration},
            body={"account_ids": account_ids},
            options=options,
        )

    def list(
        self,
        *,
        account_id: str,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> SubscriptionQueryResult:
        """Look up an account's online-status subscriptions.

        Tells which of up to 100 accounts the subscriber is subscribed to, with the time each
        subscription was made and ends. This read is sent as a PATCH with a JSON body on the same
        path as subscribe and unsubscribe; it changes nothing. Accounts that cannot be checked come
        back in `failed_list`.

        Args:
            account_id: The subscriber, the account that receives the online-status events.
            account_ids: Accounts whose online status is watched. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SubscriptionQueryResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询在线状态事件订阅关系, https://doc.yunxin.163.com/messaging2/server-apis/jU4MjMwMTE?platform=server
        """
        return self._client.request(
            _LIST,
            path={"account_id": account_id},
            body={"account_ids": account_ids},
            options=options,
        )

    def unsubscribe(
        self,
        *,
        account_id: str,
        account_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> SubscriptionResult:
        """Cancel online-status subscriptions of an account.

        Stops the subscriber from receiving the online-status events of up to 100 accounts, or of
        every account it watches when `account_ids` is left out. The accounts travel in a JSON body
        on the DELETE request. Accounts that cannot be handled come back in `failed_list`.

        Args:
            account_id: The subscriber, the account that receives the online-status events.
            account_ids: Accounts to stop watching. Leave it out (or empty) to cancel every
                subscription of the subscriber. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SubscriptionResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 取消在线状态事件订阅, https://doc.yunxin.163.com/messaging2/server-apis/zUwMTY3Mzg?platform=server
        """
        return self._client.request(
            _UNSUBSCRIBE,
            path={"account_id": account_id},
            body={"account_ids": account_ids},
            options=options,
        )


class AsyncSubscriptions:
    """Subscribe accounts to the online-status events of other accounts.

    Reached as ``client.subscriptions`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def subscribe(
        self,
        *,
        account_id: str,
        duration: int,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> SubscriptionResult:
        """Subscribe an account to the online status of others.

        Makes the subscriber receive the online-status events of up to 100 accounts for `duration`
        seconds. Accounts that cannot be subscribed to come back in `failed_list`; the others
        succeeded. The v1 API limited each account to 3000 watched accounts; the v2 limit is not
        documented, and neither is what subscribing again to an already watched account does.

        Args:
            account_id: The subscriber, the account that receives the online-status events.
            duration: How long the subscription lasts, in seconds (60 is one minute, 2592000 thirty
                days). 60 to 2592000.
            account_ids: Accounts whose online status is watched. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SubscriptionResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 订阅在线状态事件, https://doc.yunxin.163.com/messaging2/server-apis/zI4NjY1NzA?platform=server
        """
        return await self._client.request(
            _SUBSCRIBE,
            path={"account_id": account_id},
            query={"duration": duration},
            body={"account_ids": account_ids},
            options=options,
        )

    async def list(
        self,
        *,
        account_id: str,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> SubscriptionQueryResult:
        """Look up an account's online-status subscriptions.

        Tells which of up to 100 accounts the subscriber is subscribed to, with the time each
        subscription was made and ends. This read is sent as a PATCH with a JSON body on the same
        path as subscribe and unsubscribe; it changes nothing. Accounts that cannot be checked come
        back in `failed_list`.

        Args:
            account_id: The subscriber, the account that receives the online-status events.
            account_ids: Accounts whose online status is watched. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SubscriptionQueryResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询在线状态事件订阅关系, https://doc.yunxin.163.com/messaging2/server-apis/jU4MjMwMTE?platform=server
        """
        return await self._client.request(
            _LIST,
            path={"account_id": account_id},
            body={"account_ids": account_ids},
            options=options,
        )

    async def unsubscribe(
        self,
        *,
        account_id: str,
        account_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> SubscriptionResult:
        """Cancel online-status subscriptions of an account.

        Stops the subscriber from receiving the online-status events of up to 100 accounts, or of
        every account it watches when `account_ids` is left out. The accounts travel in a JSON body
        on the DELETE request. Accounts that cannot be handled come back in `failed_list`.

        Args:
            account_id: The subscriber, the account that receives the online-status events.
            account_ids: Accounts to stop watching. Leave it out (or empty) to cancel every
                subscription of the subscriber. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `SubscriptionResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 取消在线状态事件订阅, https://doc.yunxin.163.com/messaging2/server-apis/zUwMTY3Mzg?platform=server
        """
        return await self._client.request(
            _UNSUBSCRIBE,
            path={"account_id": account_id},
            body={"account_ids": account_ids},
            options=options,
        )


class SubscriptionsWithRawResponse:
    """The methods of :class:`Subscriptions`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Subscriptions) -> None:
        self.subscribe = to_raw_response_wrapper(resource.subscribe)
        self.list = to_raw_response_wrapper(resource.list)
        self.unsubscribe = to_raw_response_wrapper(resource.unsubscribe)


class AsyncSubscriptionsWithRawResponse:
    """The methods of :class:`AsyncSubscriptions`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        self.subscribe = async_to_raw_response_wrapper(resource.subscribe)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.unsubscribe = async_to_raw_response_wrapper(resource.unsubscribe)
