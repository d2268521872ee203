"""Conversations: Create, read, update and delete the conversations of an account.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Sequence

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.conversations import BatchGetConversationsResult, LegacyBatchGetConversationsResult

__all__ = [
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
]

_BATCH_GET: Operation[BatchGetConversationsResult] = Operation(
    name="batchGetConversations",
    method="GET",
    path="/im/v2.1/conversations/actions/conversation_ids",
    response_model=BatchGetConversationsResult,
    idempotent=True,
    query_styles={"conversation_ids": "comma"},
)

_BATCH_GET_LEGACY: Operation[LegacyBatchGetConversationsResult] = Operation(
    name="batchGetConversationsLegacy",
    method="GET",
    path="/im/v2/conversations/actions/conversation_ids",
    response_model=LegacyBatchGetConversationsResult,
    idempotent=True,
    query_styles={"conversation_ids": "comma"},
)


class Conversations:
    """Create, read, update and delete the conversations of an account.

    Reached as ``client.conversations``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def batch_get(
        self,
        *,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchGetConversationsResult:
        """Get several conversations by id.

        Looks up to 100 conversations in one call. Ids that do not exist do not fail the call: they
        come back in `failed_list`, next to the conversations that were found in `success_list`.
        Each conversation carries its last message in the flat /im/v2.1 form.

        Args:
            conversation_ids: The conversations to look up, at most 100 ids of the form
                `owner|type|peer`; sent comma-separated. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as BatchGetConversationsResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        return self._client.request(
            _BATCH_GET,
            query={"conversation_ids": conversation_ids},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead."
    )
    def batch_get_legacy(
        self,
        *,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> LegacyBatchGetConversationsResult:
        """Get several conversations by id (deprecated /im/v2 form).

        The /im/v2 form of the batch conversation lookup. It takes the same ids but returns each
        conversation's last message nested like a send-message body. Use the /im/v2.1 operation
        instead.

        Args:
            conversation_ids: The conversations to look up, at most 100 ids of the form
                `owner|type|peer`; sent comma-separated. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as LegacyBatchGetConversationsResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        return self._client.request(
            _BATCH_GET_LEGACY,
            query={"conversation_ids": conversation_ids},
            options=options,
        )


class AsyncConversations:
    """Create, read, update and delete the conversations of an account.

    Reached as ``client.conversations`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def batch_get(
        self,
        *,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchGetConversationsResult:
        """Get several conversations by id.

        Looks up to 100 conversations in one call. Ids that do not exist do not fail the call: they
        come back in `failed_list`, next to the conversations that were found in `success_list`.
        Each conversation carries its last message in the flat /im/v2.1 form.

        Args:
            conversation_ids: The conversations to look up, at most 100 ids of the form
                `owner|type|peer`; sent comma-separated. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as BatchGetConversationsResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        return await self._client.request(
            _BATCH_GET,
            query={"conversation_ids": conversation_ids},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead."
    )
    async def batch_get_legacy(
        self,
        *,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> LegacyBatchGetConversationsResult:
        """Get several conversations by id (deprecated /im/v2 form).

        The /im/v2 form of the batch conversation lookup. It takes the same ids but returns each
        conversation's last message nested like a send-message body. Use the /im/v2.1 operation
        instead.

        Args:
            conversation_ids: The conversations to look up, at most 100 ids of the form
                `owner|type|peer`; sent comma-separated. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as LegacyBatchGetConversationsResult.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        return await self._client.request(
            _BATCH_GET_LEGACY,
            query={"conversation_ids": conversation_ids},
            options=options,
        )


class ConversationsWithRawResponse:
    """The methods of :class:`Conversations`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Conversations) -> None:
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.batch_get_legacy = to_raw_response_wrapper(resource.batch_get_legacy)


class AsyncConversationsWithRawResponse:
    """The methods of :class:`AsyncConversations`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncConversations) -> None:
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.batch_get_legacy = async_to_raw_response_wrapper(resource.batch_get_legacy)
