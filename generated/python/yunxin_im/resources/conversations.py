"""Conversations: Create, read, update and delete the conversations of an account.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

import warnings
from typing import Optional, Sequence, Union

from typing_extensions import Unpack, deprecated

from .._base_client import AsyncAPIClient, Operation, PageSpec, SyncAPIClient
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.conversations import (
    BatchDeleteConversationsResult,
    BatchGetConversationsResult,
    Conversation,
    ConversationTopType,
    CreateConversationRequest,
    LegacyBatchGetConversationsResult,
    LegacyConversation,
    LegacyListConversationsResult,
    ListConversationsResult,
    StickTopConversationRequest,
    StickTopConversationResult,
    UpdateConversationRequest,
)

__all__ = [
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
]

_CREATE: Operation[Conversation] = Operation(
    name="createConversation",
    method="POST",
    path="/im/v2.1/conversations",
    response_model=Conversation,
    body_model=CreateConversationRequest,
    idempotent=False,
)

_LIST: Operation[ListConversationsResult] = Operation(
    name="listConversations",
    method="GET",
    path="/im/v2.1/conversations",
    response_model=ListConversationsResult,
    idempotent=True,
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_CREATE_LEGACY: Operation[LegacyConversation] = Operation(
    name="createConversationLegacy",
    method="POST",
    path="/im/v2/conversations",
    response_model=LegacyConversation,
    body_model=CreateConversationRequest,
    idempotent=False,
    deprecation="create_legacy() calls the deprecated POST /im/v2/conversations; use create() instead.",
)

_LIST_LEGACY: Operation[LegacyListConversationsResult] = Operation(
    name="listConversationsLegacy",
    method="GET",
    path="/im/v2/conversations",
    response_model=LegacyListConversationsResult,
    idempotent=True,
    deprecation="list_legacy() calls the deprecated GET /im/v2/conversations; use list() instead.",
    page=PageSpec(
        style="cursor",
        items="items",
        has_more="has_more",
        request_token="page_token",
        response_token="next_token",
    ),
)

_UPDATE: Operation[LegacyConversation] = Operation(
    name="updateConversation",
    method="PATCH",
    path="/im/v2/conversations/{conversation_id}",
    response_model=LegacyConversation,
    body_model=UpdateConversationRequest,
    idempotent=True,
)

_DELETE: Operation[None] = Operation(
    name="deleteConversation",
    method="DELETE",
    path="/im/v2/conversations/{conversation_id}",
    response_model=None,
    idempotent=True,
)

_GET_LEGACY: Operation[LegacyConversation] = Operation(
    name="getConversationLegacy",
    method="GET",
    path="/im/v2/conversations/{conversation_id}",
    response_model=LegacyConversation,
    idempotent=True,
    deprecation="get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}; use get() instead.",
)

_BATCH_GET_LEGACY: Operation[LegacyBatchGetConversationsResult] = Operation(
    name="batchGetConversationsLegacy",
    method="GET",
    path="/im/v2/conversations/actions/conversation_ids",
    response_model=LegacyBatchGetConversationsResult,
    idempotent=True,
    deprecation="batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead.",
    query_styles={"conversation_ids": "comma"},
)

_BATCH_DELETE: Operation[BatchDeleteConversationsResult] = Operation(
    name="batchDeleteConversations",
    method="DELETE",
    path="/im/v2/conversations/actions/conversation_ids",
    response_model=BatchDeleteConversationsResult,
    idempotent=True,
    query_styles={"conversation_ids": "comma"},
)

_GET: Operation[Conversation] = Operation(
    name="getConversation",
    method="GET",
    path="/im/v2.1/conversations/{conversation_id}",
    response_model=Conversation,
    idempotent=True,
)

_BATCH_GET: Operation[BatchGetConversationsResult] = Operation(
    name="batchGetConversations",
    method="GET",
    path="/im/v2.1/conversations/actions/conversation_ids",
    response_model=BatchGetConversationsResult,
    idempotent=True,
    query_styles={"conversation_ids": "comma"},
)

_STICK_TOP: Operation[StickTopConversationResult] = Operation(
    name="stickTopConversation",
    method="PATCH",
    path="/im/v2/conversations/{conversation_id}/actions/stick_top_conversation",
    response_model=StickTopConversationResult,
    body_model=StickTopConversationRequest,
    idempotent=True,
)


class Conversations:
    """Create, read, update and delete the conversations of an account.

    Reached as ``client.conversations``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        conversation_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Create a conversation.

        Creates a conversation for its owner, given the conversation id `owner|type|peer` that the
        caller builds. The response describes the new conversation; a conversation without messages
        has no `last_message`.

        Args:
            conversation_id: The conversation to create, `owner|type|peer`: the owner's account id,
                the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the peer's
                account id or the team id. It is the only field of the body; no source marks it
                required, but the call has nothing to create without it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Conversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建会话, https://doc.yunxin.163.com/messaging2/server-apis/DgwMjAzMjM?platform=server
        """
        return self._client.request(
            _CREATE,
            body={"conversation_id": conversation_id},
            options=options,
        )

    def list(
        self,
        *,
        account_id: Optional[str] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ListConversationsResult, Conversation]:
        """List an account's conversations, page by page.

        Returns the conversations of one account a page at a time. Pass the `next_token` of a page
        as `page_token` to get the next one, until `has_more` is false. The sources document neither
        the default nor the largest page size.

        Args:
            account_id: The account whose conversations are listed. No source marks it required, but
                the Java SDK always sends it and the call names no other account.
            page_token: The `next_token` of the previous page; leave it out for the first page.
            limit: Number of conversations per page. Its default and maximum are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`ListConversationsResult`); iterate it to walk every `Conversation` of
            every page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询账号的所有会话列表, https://doc.yunxin.163.com/messaging2/server-apis/DI2NDczOTg?platform=server
        """
        return SyncPage[ListConversationsResult, Conversation].first(
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    @deprecated(
        "create_legacy() calls the deprecated POST /im/v2/conversations; use create() instead.",
        category=None,
    )
    def create_legacy(
        self,
        *,
        conversation_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LegacyConversation:
        """Create a conversation (deprecated /im/v2 form).

        The /im/v2 form of conversation creation, with the same body. Its response is taken to carry
        any last message in the nested /im/v2 form, like the other /im/v2 conversation operations.
        Use the /im/v2.1 operation instead.

        Args:
            conversation_id: The conversation to create, `owner|type|peer`: the owner's account id,
                the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the peer's
                account id or the team id. It is the only field of the body; no source marks it
                required, but the call has nothing to create without it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyConversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建会话, https://doc.yunxin.163.com/messaging2/server-apis/DgwMjAzMjM?platform=server
        """
        warnings.warn(
            "create_legacy() calls the deprecated POST /im/v2/conversations; use create() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _CREATE_LEGACY,
            body={"conversation_id": conversation_id},
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/conversations; use list() instead.",
        category=None,
    )
    def list_legacy(
        self,
        *,
        account_id: Optional[str] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[LegacyListConversationsResult, LegacyConversation]:
        """List an account's conversations, page by page (deprecated /im/v2 form).

        The /im/v2 form of the paged conversation list, with the same parameters and paging. Each
        conversation is taken to carry its last message in the nested /im/v2 form. Use the /im/v2.1
        operation instead.

        Args:
            account_id: The account whose conversations are listed. No source marks it required, but
                the SDKs always send it and the call names no other account.
            page_token: The `next_token` of the previous page; leave it out for the first page.
            limit: Number of conversations per page. Its default and maximum are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The first page (`LegacyListConversationsResult`); iterate it to walk every
            `LegacyConversation` of every page, or use `.items`, `.next_page()` and `.iter_pages()`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询账号的所有会话列表, https://doc.yunxin.163.com/messaging2/server-apis/DI2NDczOTg?platform=server
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/conversations; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return SyncPage[LegacyListConversationsResult, LegacyConversation].first(
            self._client,
            _LIST_LEGACY,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    def update(
        self,
        *,
        conversation_id: str,
        server_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LegacyConversation:
        """Update a conversation's server extension.

        Replaces the extension stored with a conversation on the server and returns the
        conversation. This operation exists only under /im/v2, so its response carries the last
        message in the nested /im/v2 form.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            server_extension: New extension stored with the conversation on the server; it replaces
                the old value.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyConversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新会话, https://doc.yunxin.163.com/messaging2/server-apis/zMwOTAzMTI?platform=server
        """
        return self._client.request(
            _UPDATE,
            path={"conversation_id": conversation_id},
            body={"server_extension": server_extension},
            options=options,
        )

    def delete(
        self,
        *,
        conversation_id: str,
        clear_message: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a conversation.

        Deletes one conversation of its owner, optionally with its history messages. Nothing is
        returned on success.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            clear_message: Also delete the conversation's history messages. The sources do not say
                what happens when it is left out; presumably the messages are kept.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除会话, https://doc.yunxin.163.com/messaging2/server-apis/TcyMjk1NDk?platform=server
        """
        return self._client.request(
            _DELETE,
            path={"conversation_id": conversation_id},
            query={"clear_message": clear_message},
            options=options,
        )

    @deprecated(
        "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}; use get() instead.",
        category=None,
    )
    def get_legacy(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> LegacyConversation:
        """Get one conversation (deprecated /im/v2 form).

        The /im/v2 form of the conversation lookup. It returns the same conversation fields, but the
        last message is nested like a send-message body. An unknown conversation id fails with code
        414. Use the /im/v2.1 operation instead.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyConversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询会话信息, https://doc.commsease.com/messaging2/server-apis/jUyOTA0NjM?platform=server
        """
        warnings.warn(
            "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}; use get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _GET_LEGACY,
            path={"conversation_id": conversation_id},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead.",
        category=None,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyBatchGetConversationsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        warnings.warn(
            "batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            _BATCH_GET_LEGACY,
            query={"conversation_ids": conversation_ids},
            options=options,
        )

    def batch_delete(
        self,
        *,
        conversation_ids: Sequence[str],
        clear_message: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchDeleteConversationsResult:
        """Delete several conversations.

        Deletes up to 100 conversations in one call, optionally with their history messages. The
        call succeeds even when some conversations cannot be deleted: those come back in
        `failed_list` with the reason, the deleted ones in `success_list`. This operation exists
        only under /im/v2; its path is the same as the deprecated batch lookup's.

        Args:
            conversation_ids: The conversations to delete, at most 100 ids of the form
                `owner|type|peer`; sent comma-separated. At most 100 items.
            clear_message: Also delete the history messages of these conversations. The sources do
                not say what happens when it is left out; presumably the messages are kept.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchDeleteConversationsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量删除会话, https://doc.commsease.com/messaging2/server-apis/Dk2ODgyNTk?platform=server
        """
        return self._client.request(
            _BATCH_DELETE,
            query={"conversation_ids": conversation_ids, "clear_message": clear_message},
            options=options,
        )

    def get(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Get one conversation.

        Returns one conversation with its unread count, pin state, groups and last message in the
        flat /im/v2.1 form. When the last message was recalled, `message_state` is 1, `last_message`
        is empty and `revoke_notification` describes the recall. An unknown conversation id fails
        with code 414.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Conversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询会话信息, https://doc.commsease.com/messaging2/server-apis/jUyOTA0NjM?platform=server
        """
        return self._client.request(
            _GET,
            path={"conversation_id": conversation_id},
            options=options,
        )

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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetConversationsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        return self._client.request(
            _BATCH_GET,
            query={"conversation_ids": conversation_ids},
            options=options,
        )

    def stick_top(
        self,
        *,
        conversation_id: str,
        top_type: Optional[Union[ConversationTopType, int]] = None,
        **options: Unpack[RequestOptions],
    ) -> StickTopConversationResult:
        """Pin or unpin a conversation.

        Pins a conversation to the top of its owner's list (`top_type` 1) or unpins it (0), and
        returns the conversation's new pin state and sort key. Only the Java SDK and the API list
        describe this operation; its limits and required fields are not documented.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            top_type: Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `StickTopConversationResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _STICK_TOP,
            path={"conversation_id": conversation_id},
            body={"top_type": top_type},
            options=options,
        )


class AsyncConversations:
    """Create, read, update and delete the conversations of an account.

    Reached as ``client.conversations`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        conversation_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Create a conversation.

        Creates a conversation for its owner, given the conversation id `owner|type|peer` that the
        caller builds. The response describes the new conversation; a conversation without messages
        has no `last_message`.

        Args:
            conversation_id: The conversation to create, `owner|type|peer`: the owner's account id,
                the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the peer's
                account id or the team id. It is the only field of the body; no source marks it
                required, but the call has nothing to create without it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Conversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建会话, https://doc.yunxin.163.com/messaging2/server-apis/DgwMjAzMjM?platform=server
        """
        return await self._client.request(
            _CREATE,
            body={"conversation_id": conversation_id},
            options=options,
        )

    def list(
        self,
        *,
        account_id: Optional[str] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ListConversationsResult, Conversation]:
        """List an account's conversations, page by page.

        Returns the conversations of one account a page at a time. Pass the `next_token` of a page
        as `page_token` to get the next one, until `has_more` is false. The sources document neither
        the default nor the largest page size.

        Args:
            account_id: The account whose conversations are listed. No source marks it required, but
                the Java SDK always sends it and the call names no other account.
            page_token: The `next_token` of the previous page; leave it out for the first page.
            limit: Number of conversations per page. Its default and maximum are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`ListConversationsResult`), or `async
            for` over it to walk every `Conversation` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询账号的所有会话列表, https://doc.yunxin.163.com/messaging2/server-apis/DI2NDczOTg?platform=server
        """
        return AsyncPaginator[ListConversationsResult, Conversation](
            self._client,
            _LIST,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    @deprecated(
        "create_legacy() calls the deprecated POST /im/v2/conversations; use create() instead.",
        category=None,
    )
    async def create_legacy(
        self,
        *,
        conversation_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LegacyConversation:
        """Create a conversation (deprecated /im/v2 form).

        The /im/v2 form of conversation creation, with the same body. Its response is taken to carry
        any last message in the nested /im/v2 form, like the other /im/v2 conversation operations.
        Use the /im/v2.1 operation instead.

        Args:
            conversation_id: The conversation to create, `owner|type|peer`: the owner's account id,
                the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the peer's
                account id or the team id. It is the only field of the body; no source marks it
                required, but the call has nothing to create without it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyConversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建会话, https://doc.yunxin.163.com/messaging2/server-apis/DgwMjAzMjM?platform=server
        """
        warnings.warn(
            "create_legacy() calls the deprecated POST /im/v2/conversations; use create() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _CREATE_LEGACY,
            body={"conversation_id": conversation_id},
            options=options,
        )

    @deprecated(
        "list_legacy() calls the deprecated GET /im/v2/conversations; use list() instead.",
        category=None,
    )
    def list_legacy(
        self,
        *,
        account_id: Optional[str] = None,
        page_token: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[LegacyListConversationsResult, LegacyConversation]:
        """List an account's conversations, page by page (deprecated /im/v2 form).

        The /im/v2 form of the paged conversation list, with the same parameters and paging. Each
        conversation is taken to carry its last message in the nested /im/v2 form. Use the /im/v2.1
        operation instead.

        Args:
            account_id: The account whose conversations are listed. No source marks it required, but
                the SDKs always send it and the call names no other account.
            page_token: The `next_token` of the previous page; leave it out for the first page.
            limit: Number of conversations per page. Its default and maximum are not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            An AsyncPaginator: `await` it for the first page (`LegacyListConversationsResult`), or
            `async for` over it to walk every `LegacyConversation` of every page.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 分页查询账号的所有会话列表, https://doc.yunxin.163.com/messaging2/server-apis/DI2NDczOTg?platform=server
        """
        warnings.warn(
            "list_legacy() calls the deprecated GET /im/v2/conversations; use list() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return AsyncPaginator[LegacyListConversationsResult, LegacyConversation](
            self._client,
            _LIST_LEGACY,
            query={"account_id": account_id, "page_token": page_token, "limit": limit},
            options=options,
        )

    async def update(
        self,
        *,
        conversation_id: str,
        server_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> LegacyConversation:
        """Update a conversation's server extension.

        Replaces the extension stored with a conversation on the server and returns the
        conversation. This operation exists only under /im/v2, so its response carries the last
        message in the nested /im/v2 form.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            server_extension: New extension stored with the conversation on the server; it replaces
                the old value.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyConversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新会话, https://doc.yunxin.163.com/messaging2/server-apis/zMwOTAzMTI?platform=server
        """
        return await self._client.request(
            _UPDATE,
            path={"conversation_id": conversation_id},
            body={"server_extension": server_extension},
            options=options,
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        clear_message: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a conversation.

        Deletes one conversation of its owner, optionally with its history messages. Nothing is
        returned on success.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            clear_message: Also delete the conversation's history messages. The sources do not say
                what happens when it is left out; presumably the messages are kept.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除会话, https://doc.yunxin.163.com/messaging2/server-apis/TcyMjk1NDk?platform=server
        """
        return await self._client.request(
            _DELETE,
            path={"conversation_id": conversation_id},
            query={"clear_message": clear_message},
            options=options,
        )

    @deprecated(
        "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}; use get() instead.",
        category=None,
    )
    async def get_legacy(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> LegacyConversation:
        """Get one conversation (deprecated /im/v2 form).

        The /im/v2 form of the conversation lookup. It returns the same conversation fields, but the
        last message is nested like a send-message body. An unknown conversation id fails with code
        414. Use the /im/v2.1 operation instead.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyConversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询会话信息, https://doc.commsease.com/messaging2/server-apis/jUyOTA0NjM?platform=server
        """
        warnings.warn(
            "get_legacy() calls the deprecated GET /im/v2/conversations/{conversation_id}; use get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _GET_LEGACY,
            path={"conversation_id": conversation_id},
            options=options,
        )

    @deprecated(
        "batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead.",
        category=None,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `LegacyBatchGetConversationsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        warnings.warn(
            "batch_get_legacy() calls the deprecated GET /im/v2/conversations/actions/conversation_ids; use batch_get() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            _BATCH_GET_LEGACY,
            query={"conversation_ids": conversation_ids},
            options=options,
        )

    async def batch_delete(
        self,
        *,
        conversation_ids: Sequence[str],
        clear_message: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchDeleteConversationsResult:
        """Delete several conversations.

        Deletes up to 100 conversations in one call, optionally with their history messages. The
        call succeeds even when some conversations cannot be deleted: those come back in
        `failed_list` with the reason, the deleted ones in `success_list`. This operation exists
        only under /im/v2; its path is the same as the deprecated batch lookup's.

        Args:
            conversation_ids: The conversations to delete, at most 100 ids of the form
                `owner|type|peer`; sent comma-separated. At most 100 items.
            clear_message: Also delete the history messages of these conversations. The sources do
                not say what happens when it is left out; presumably the messages are kept.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchDeleteConversationsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量删除会话, https://doc.commsease.com/messaging2/server-apis/Dk2ODgyNTk?platform=server
        """
        return await self._client.request(
            _BATCH_DELETE,
            query={"conversation_ids": conversation_ids, "clear_message": clear_message},
            options=options,
        )

    async def get(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Get one conversation.

        Returns one conversation with its unread count, pin state, groups and last message in the
        flat /im/v2.1 form. When the last message was recalled, `message_state` is 1, `last_message`
        is empty and `revoke_notification` describes the recall. An unknown conversation id fails
        with code 414.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Conversation`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询会话信息, https://doc.commsease.com/messaging2/server-apis/jUyOTA0NjM?platform=server
        """
        return await self._client.request(
            _GET,
            path={"conversation_id": conversation_id},
            options=options,
        )

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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetConversationsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询会话信息, https://doc.yunxin.163.com/messaging2/server-apis/DAwNDQ0NTU?platform=server
        """
        return await self._client.request(
            _BATCH_GET,
            query={"conversation_ids": conversation_ids},
            options=options,
        )

    async def stick_top(
        self,
        *,
        conversation_id: str,
        top_type: Optional[Union[ConversationTopType, int]] = None,
        **options: Unpack[RequestOptions],
    ) -> StickTopConversationResult:
        """Pin or unpin a conversation.

        Pins a conversation to the top of its owner's list (`top_type` 1) or unpins it (0), and
        returns the conversation's new pin state and sort key. Only the Java SDK and the API list
        describe this operation; its limits and required fields are not documented.

        Args:
            conversation_id: Conversation id in the form `owner|type|peer`: the operator's account
                id, the conversation type (1 one-to-one, 2 advanced team, 3 super team) and the
                peer's account id or the team id. The SDK percent-encodes it. Pattern
                `^[^|]+\\|[123]\\|[^|]+$`.
            top_type: Whether to pin a conversation to the top of the list. 0: unpin it; 1: pin it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `StickTopConversationResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _STICK_TOP,
            path={"conversation_id": conversation_id},
            body={"top_type": top_type},
            options=options,
        )


class ConversationsWithRawResponse:
    """The methods of :class:`Conversations`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Conversations) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.create_legacy = to_raw_response_wrapper(resource.create_legacy)
        self.list_legacy = to_raw_response_wrapper(resource.list_legacy)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_legacy = to_raw_response_wrapper(resource.get_legacy)
        self.batch_get_legacy = to_raw_response_wrapper(resource.batch_get_legacy)
        self.batch_delete = to_raw_response_wrapper(resource.batch_delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.stick_top = to_raw_response_wrapper(resource.stick_top)


class AsyncConversationsWithRawResponse:
    """The methods of :class:`AsyncConversations`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncConversations) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create_legacy = async_to_raw_response_wrapper(resource.create_legacy)
        self.list_legacy = async_to_raw_response_wrapper(resource.list_legacy)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_legacy = async_to_raw_response_wrapper(resource.get_legacy)
        self.batch_get_legacy = async_to_raw_response_wrapper(resource.batch_get_legacy)
        self.batch_delete = async_to_raw_response_wrapper(resource.batch_delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.stick_top = async_to_raw_response_wrapper(resource.stick_top)
