"""Conversation groups: Groups that an account sorts its conversations into.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.conversation_groups import (
    BatchGetConversationGroupsResult,
    ConversationGroup,
    ConversationGroupMembershipChange,
    ConversationGroupResult,
    CreateConversationGroupRequest,
    ListAllConversationGroupsResult,
    UpdateConversationGroupRequest,
)

__all__ = [
    "AsyncConversationGroups",
    "AsyncConversationGroupsWithRawResponse",
    "ConversationGroups",
    "ConversationGroupsWithRawResponse",
]

_CREATE: Operation[ConversationGroupResult] = Operation(
    name="createConversationGroup",
    method="POST",
    path="/im/v2/conversation_groups",
    response_model=ConversationGroupResult,
    body_model=CreateConversationGroupRequest,
    idempotent=False,
)

_LIST_ALL: Operation[ListAllConversationGroupsResult] = Operation(
    name="listAllConversationGroups",
    method="GET",
    path="/im/v2/conversation_groups",
    response_model=ListAllConversationGroupsResult,
    idempotent=True,
)

_UPDATE: Operation[ConversationGroupResult] = Operation(
    name="updateConversationGroup",
    method="PATCH",
    path="/im/v2/conversation_groups/{group_id}",
    response_model=ConversationGroupResult,
    body_model=UpdateConversationGroupRequest,
    idempotent=False,
)

_DELETE: Operation[None] = Operation(
    name="deleteConversationGroup",
    method="DELETE",
    path="/im/v2/conversation_groups/{group_id}",
    response_model=None,
    idempotent=True,
)

_GET: Operation[ConversationGroup] = Operation(
    name="getConversationGroup",
    method="GET",
    path="/im/v2/conversation_groups/{group_id}",
    response_model=ConversationGroup,
    idempotent=True,
)

_BATCH_GET: Operation[BatchGetConversationGroupsResult] = Operation(
    name="batchGetConversationGroups",
    method="GET",
    path="/im/v2/conversation_groups/actions/group_ids",
    response_model=BatchGetConversationGroupsResult,
    idempotent=True,
    query_styles={"group_ids": "comma"},
)


class ConversationGroups:
    """Groups that an account sorts its conversations into.

    Reached as ``client.conversation_groups``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account_id: str,
        name: str,
        server_extension: Optional[str] = None,
        conversation_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationGroupResult:
        """Create a conversation group.

        Creates a named group of conversations for an account, optionally putting up to 100 of its
        conversations in it at once. A conversation can belong to at most 5 groups; how many groups
        an account may have and how many conversations a group may hold depend on the IM package.
        The call succeeds even when some conversations cannot be added: those come back in
        `failed_list`. Delete groups that are no longer used.

        Args:
            account_id: The account that owns the new group.
            name: Name of the group.
            server_extension: Extension stored with the group on the server.
            conversation_ids: Conversations to put in the group at once, at most 100 ids of the form
                `owner|type|peer`. A conversation can belong to at most 5 groups. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationGroupResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建会话分组, https://doc.yunxin.163.com/messaging2/server-apis/jExMDkyMjA?platform=server
        """
        return self._client.request(
            _CREATE,
            body={
                "account_id": account_id,
                "name": name,
                "server_extension": server_extension,
                "conversation_ids": conversation_ids,
            },
            options=options,
        )

    def list_all(
        self,
        *,
        account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ListAllConversationGroupsResult:
        """List all conversation groups of an account.

        Returns every conversation group of one account in a single, unpaged list.

        Args:
            account_id: The account whose groups are listed. Apifox does not mark it required, but
                the Java SDK always sends it and the call names no other account.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ListAllConversationGroupsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询所有会话分组信息, https://doc.yunxin.163.com/messaging2/server-apis/zY2NzY0ODc?platform=server
        """
        return self._client.request(
            _LIST_ALL,
            query={"account_id": account_id},
            options=options,
        )

    def update(
        self,
        *,
        group_id: int,
        account_id: Optional[str] = None,
        name: Optional[str] = None,
        server_extension: Optional[str] = None,
        conversations: Optional[Union[ConversationGroupMembershipChange, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationGroupResult:
        """Update a conversation group.

        Renames a conversation group, replaces its extension, or changes which conversations it
        holds (`conversations`). Fields left out stay unchanged. Conversations that cannot be
        changed come back in `failed_list` without failing the call.

        Args:
            group_id: Id of the conversation group.
            account_id: The account that owns the group.
            name: New name of the group.
            server_extension: New extension stored with the group.
            conversations: A change to the conversations of a group.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationGroupResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新会话分组, https://doc.yunxin.163.com/messaging2/server-apis/TIzODU0NzQ?platform=server
        """
        return self._client.request(
            _UPDATE,
            path={"group_id": group_id},
            body={
                "account_id": account_id,
                "name": name,
                "server_extension": server_extension,
                "conversations": conversations,
            },
            options=options,
        )

    def delete(
        self,
        *,
        group_id: int,
        account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a conversation group.

        Deletes a conversation group of an account. Nothing is returned on success. Whether the
        conversations themselves are touched is not documented.

        Args:
            group_id: Id of the conversation group.
            account_id: The account that owns the group. No source marks it required, but the Java
                SDK always sends it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除会话分组, https://doc.yunxin.163.com/messaging2/server-apis/jkxNDAwMjY?platform=server
        """
        return self._client.request(
            _DELETE,
            path={"group_id": group_id},
            query={"account_id": account_id},
            options=options,
        )

    def get(
        self,
        *,
        group_id: int,
        account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationGroup:
        """Get one conversation group.

        Returns the name, extension and times of one conversation group, without its conversations.

        Args:
            group_id: Id of the conversation group.
            account_id: The account that owns the group. No source marks it required, but the Java
                SDK always sends it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationGroup`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询会话分组信息, https://doc.yunxin.163.com/messaging2/server-apis/TE4Nzk5OTY?platform=server
        """
        return self._client.request(
            _GET,
            path={"group_id": group_id},
            query={"account_id": account_id},
            options=options,
        )

    def batch_get(
        self,
        *,
        account_id: str,
        group_ids: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetConversationGroupsResult:
        """Get several conversation groups by id.

        Looks up several conversation groups of one account. Groups that cannot be returned do not
        fail the call: they come back in `fail_list` (not `failed_list`) with `code` and `msg`, next
        to the groups found in `success_list`. The largest number of ids per call is not documented.

        Args:
            account_id: The account that owns the groups.
            group_ids: The groups to look up; sent comma-separated.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetConversationGroupsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询会话分组信息, https://doc.yunxin.163.com/messaging2/server-apis/DA1ODI1NTk?platform=server
        """
        return self._client.request(
            _BATCH_GET,
            query={"account_id": account_id, "group_ids": group_ids},
            options=options,
        )


class AsyncConversationGroups:
    """Groups that an account sorts its conversations into.

    Reached as ``client.conversation_groups`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account_id: str,
        name: str,
        server_extension: Optional[str] = None,
        conversation_ids: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationGroupResult:
        """Create a conversation group.

        Creates a named group of conversations for an account, optionally putting up to 100 of its
        conversations in it at once. A conversation can belong to at most 5 groups; how many groups
        an account may have and how many conversations a group may hold depend on the IM package.
        The call succeeds even when some conversations cannot be added: those come back in
        `failed_list`. Delete groups that are no longer used.

        Args:
            account_id: The account that owns the new group.
            name: Name of the group.
            server_extension: Extension stored with the group on the server.
            conversation_ids: Conversations to put in the group at once, at most 100 ids of the form
                `owner|type|peer`. A conversation can belong to at most 5 groups. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationGroupResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 创建会话分组, https://doc.yunxin.163.com/messaging2/server-apis/jExMDkyMjA?platform=server
        """
        return await self._client.request(
            _CREATE,
            body={
                "account_id": account_id,
                "name": name,
                "server_extension": server_extension,
                "conversation_ids": conversation_ids,
            },
            options=options,
        )

    async def list_all(
        self,
        *,
        account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ListAllConversationGroupsResult:
        """List all conversation groups of an account.

        Returns every conversation group of one account in a single, unpaged list.

        Args:
            account_id: The account whose groups are listed. Apifox does not mark it required, but
                the Java SDK always sends it and the call names no other account.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ListAllConversationGroupsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询所有会话分组信息, https://doc.yunxin.163.com/messaging2/server-apis/zY2NzY0ODc?platform=server
        """
        return await self._client.request(
            _LIST_ALL,
            query={"account_id": account_id},
            options=options,
        )

    async def update(
        self,
        *,
        group_id: int,
        account_id: Optional[str] = None,
        name: Optional[str] = None,
        server_extension: Optional[str] = None,
        conversations: Optional[Union[ConversationGroupMembershipChange, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationGroupResult:
        """Update a conversation group.

        Renames a conversation group, replaces its extension, or changes which conversations it
        holds (`conversations`). Fields left out stay unchanged. Conversations that cannot be
        changed come back in `failed_list` without failing the call.

        Args:
            group_id: Id of the conversation group.
            account_id: The account that owns the group.
            name: New name of the group.
            server_extension: New extension stored with the group.
            conversations: A change to the conversations of a group.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationGroupResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新会话分组, https://doc.yunxin.163.com/messaging2/server-apis/TIzODU0NzQ?platform=server
        """
        return await self._client.request(
            _UPDATE,
            path={"group_id": group_id},
            body={
                "account_id": account_id,
                "name": name,
                "server_extension": server_extension,
                "conversations": conversations,
            },
            options=options,
        )

    async def delete(
        self,
        *,
        group_id: int,
        account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a conversation group.

        Deletes a conversation group of an account. Nothing is returned on success. Whether the
        conversations themselves are touched is not documented.

        Args:
            group_id: Id of the conversation group.
            account_id: The account that owns the group. No source marks it required, but the Java
                SDK always sends it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            None; the API returns no data for this call.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 删除会话分组, https://doc.yunxin.163.com/messaging2/server-apis/jkxNDAwMjY?platform=server
        """
        return await self._client.request(
            _DELETE,
            path={"group_id": group_id},
            query={"account_id": account_id},
            options=options,
        )

    async def get(
        self,
        *,
        group_id: int,
        account_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationGroup:
        """Get one conversation group.

        Returns the name, extension and times of one conversation group, without its conversations.

        Args:
            group_id: Id of the conversation group.
            account_id: The account that owns the group. No source marks it required, but the Java
                SDK always sends it.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ConversationGroup`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 查询会话分组信息, https://doc.yunxin.163.com/messaging2/server-apis/TE4Nzk5OTY?platform=server
        """
        return await self._client.request(
            _GET,
            path={"group_id": group_id},
            query={"account_id": account_id},
            options=options,
        )

    async def batch_get(
        self,
        *,
        account_id: str,
        group_ids: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> BatchGetConversationGroupsResult:
        """Get several conversation groups by id.

        Looks up several conversation groups of one account. Groups that cannot be returned do not
        fail the call: they come back in `fail_list` (not `failed_list`) with `code` and `msg`, next
        to the groups found in `success_list`. The largest number of ids per call is not documented.

        Args:
            account_id: The account that owns the groups.
            group_ids: The groups to look up; sent comma-separated.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetConversationGroupsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询会话分组信息, https://doc.yunxin.163.com/messaging2/server-apis/DA1ODI1NTk?platform=server
        """
        return await self._client.request(
            _BATCH_GET,
            query={"account_id": account_id, "group_ids": group_ids},
            options=options,
        )


class ConversationGroupsWithRawResponse:
    """The methods of :class:`ConversationGroups`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: ConversationGroups) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list_all = to_raw_response_wrapper(resource.list_all)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)


class AsyncConversationGroupsWithRawResponse:
    """The methods of :class:`AsyncConversationGroups`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncConversationGroups) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_all = async_to_raw_response_wrapper(resource.list_all)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
