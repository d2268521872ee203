"""Conversation unread counts: Unread counts of an account's conversations.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.conversations import ConversationOverview

__all__ = [
    "AsyncConversationUnread",
    "AsyncConversationUnreadWithRawResponse",
    "ConversationUnread",
    "ConversationUnreadWithRawResponse",
]

_GET_OVERVIEW: Operation[ConversationOverview] = Operation(
    name="getConversationOverview",
    method="GET",
    path="/im/v2/conversation_overviews/{account_id}",
    response_model=ConversationOverview,
    idempotent=True,
)

_CLEAR: Operation[None] = Operation(
    name="clearConversationUnread",
    method="PATCH",
    path="/im/v2/conversations/{conversation_id}/actions/clear_conversation_unread",
    response_model=None,
    idempotent=True,
)


class ConversationUnread:
    """Unread counts of an account's conversations.

    Reached as ``client.conversation_unread``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_overview(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> ConversationOverview:
        """Get an account's total unread count.

        Returns the number of unread messages summed over all conversations of one account. The path
        is `conversation_overviews`, not under `conversations`.

        Args:
            account_id: The account whose unread total is returned.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationOverview`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 获取会话总未读数, https://doc.yunxin.163.com/messaging2/server-apis/DIzMDIyNjI?platform=server
        """
        return self._client.request(
            _GET_OVERVIEW,
            path={"account_id": account_id},
            options=options,
        )

    def clear(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Clear the unread count of one conversation.

        Sets the unread count of one conversation of its owner to zero. The call has no body and
        returns nothing; an unknown conversation id fails with code 414 (per the Java SDK's
        documentation). Only the Java SDK describes this operation, so its limits are not
        documented.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
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
            _CLEAR,
            path={"conversation_id": conversation_id},
            options=options,
        )


class AsyncConversationUnread:
    """Unread counts of an account's conversations.

    Reached as ``client.conversation_unread`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_overview(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> ConversationOverview:
        """Get an account's total unread count.

        Returns the number of unread messages summed over all conversations of one account. The path
        is `conversation_overviews`, not under `conversations`.

        Args:
            account_id: The account whose unread total is returned.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationOverview`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 获取会话总未读数, https://doc.yunxin.163.com/messaging2/server-apis/DIzMDIyNjI?platform=server
        """
        return await self._client.request(
            _GET_OVERVIEW,
            path={"account_id": account_id},
            options=options,
        )

    async def clear(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Clear the unread count of one conversation.

        Sets the unread count of one conversation of its owner to zero. The call has no body and
        returns nothing; an unknown conversation id fails with code 414 (per the Java SDK's
        documentation). Only the Java SDK describes this operation, so its limits are not
        documented.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
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
            _CLEAR,
            path={"conversation_id": conversation_id},
            options=options,
        )


class ConversationUnreadWithRawResponse:
    """The methods of :class:`ConversationUnread`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: ConversationUnread) -> None:
        self.get_overview = to_raw_response_wrapper(resource.get_overview)
        self.clear = to_raw_response_wrapper(resource.clear)


class AsyncConversationUnreadWithRawResponse:
    """The methods of :class:`AsyncConversationUnread`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncConversationUnread) -> None:
        self.get_overview = async_to_raw_response_wrapper(resource.get_overview)
        self.clear = async_to_raw_response_wrapper(resource.clear)
