"""Users: Read and update the public user cards (名片) of accounts, and their online status.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.accounts import AntispamConfiguration, Gender
from ..models.users import (
    BatchGetUsersResult,
    GetUsersOnlineStatusRequest,
    UpdateUserRequest,
    User,
    UsersOnlineStatusResult,
)

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]

_UPDATE: Operation[User] = Operation(
    name="updateUser",
    method="PATCH",
    path="/im/v2/users/{account_id}",
    response_model=User,
    body_model=UpdateUserRequest,
    idempotent=True,
)

_GET: Operation[User] = Operation(
    name="getUser",
    method="GET",
    path="/im/v2/users/{account_id}",
    response_model=User,
    idempotent=True,
)

_BATCH_GET: Operation[BatchGetUsersResult] = Operation(
    name="batchGetUsers",
    method="GET",
    path="/im/v2/users",
    response_model=BatchGetUsersResult,
    idempotent=True,
    query_styles={"account_ids": "comma"},
)

_GET_ONLINE_STATUS: Operation[UsersOnlineStatusResult] = Operation(
    name="getUsersOnlineStatus",
    method="POST",
    path="/im/v2/users/actions/online_status",
    response_model=UsersOnlineStatusResult,
    body_model=GetUsersOnlineStatusRequest,
    idempotent=True,
)


class Users:
    """Read and update the public user cards (名片) of accounts, and their online status.

    Reached as ``client.users``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def update(
        self,
        *,
        account_id: str,
        name: Optional[str] = None,
        avatar: Optional[str] = None,
        sign: Optional[str] = None,
        email: Optional[str] = None,
        birthday: Optional[str] = None,
        mobile: Optional[str] = None,
        gender: Optional[Union[Gender, int]] = None,
        extension: Optional[str] = None,
        email_validation_mode: Optional[int] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Update the user card of an account.

        Changes the public user card (名片) of an account: nickname, avatar, signature, email,
        birthday, phone number, gender and extension. Send only the fields to change. The text goes
        through content moderation, which `antispam_configuration` can tune for this call. The card
        is visible to other users, for example in teams and chatrooms, so keep private data out of
        it. Returns the card after the change.

        Args:
            account_id: The account whose user card is updated or read. At most 32 characters.
            name: Nickname. At most 64 characters.
            avatar: URL of the avatar image. At most 1024 characters.
            sign: Personal signature. At most 256 characters.
            email: Email address; may be an empty string. At most 64 characters.
            birthday: Birthday, in any format you choose. At most 16 characters.
            mobile: Phone number; numbers outside mainland China need their country code, such as
                `+1-2025550123`. At most 32 characters.
            gender: Gender on a user card. 0: not given; 1: male; 2: female.
            extension: Extension of your own. At most 1024 characters.
            email_validation_mode: How `email` is validated. Only the Java SDK sends this field and
                its values are not documented.
            antispam_configuration: Content-moderation settings for the user card sent with the
                request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `User`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "name": name,
                "avatar": avatar,
                "sign": sign,
                "email": email,
                "birthday": birthday,
                "mobile": mobile,
                "gender": gender,
                "extension": extension,
                "email_validation_mode": email_validation_mode,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    def get(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Get the user card of an account.

        Reads the public user card (名片) of one account.

        Args:
            account_id: The account whose user card is updated or read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `User`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _GET,
            path={"account_id": account_id},
            options=options,
        )

    def batch_get(
        self,
        *,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchGetUsersResult:
        """Get the user cards of several accounts.

        Reads the user cards of up to 100 accounts in one call. Accounts that cannot be read do not
        fail the call: they come back in `failed_list` with a reason, next to the cards found in
        `success_list`.

        Args:
            account_ids: The accounts to look up, at most 100; sent comma-separated. At most 100
                items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetUsersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _BATCH_GET,
            query={"account_ids": account_ids},
            options=options,
        )

    def get_online_status(
        self,
        *,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> UsersOnlineStatusResult:
        """Get the online status of several accounts.

        Tells for up to 100 accounts on which kinds of client each one is logged in, and since when.
        Accounts that cannot be checked are listed in `failed_list` without failing the call. The
        ids go in the body, so this read is a POST; it changes nothing and is safe to repeat.

        Args:
            account_ids: The accounts to check, at most 100. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `UsersOnlineStatusResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _GET_ONLINE_STATUS,
            body={"account_ids": account_ids},
            options=options,
        )


class AsyncUsers:
    """Read and update the public user cards (名片) of accounts, and their online status.

    Reached as ``client.users`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def update(
        self,
        *,
        account_id: str,
        name: Optional[str] = None,
        avatar: Optional[str] = None,
        sign: Optional[str] = None,
        email: Optional[str] = None,
        birthday: Optional[str] = None,
        mobile: Optional[str] = None,
        gender: Optional[Union[Gender, int]] = None,
        extension: Optional[str] = None,
        email_validation_mode: Optional[int] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Update the user card of an account.

        Changes the public user card (名片) of an account: nickname, avatar, signature, email,
        birthday, phone number, gender and extension. Send only the fields to change. The text goes
        through content moderation, which `antispam_configuration` can tune for this call. The card
        is visible to other users, for example in teams and chatrooms, so keep private data out of
        it. Returns the card after the change.

        Args:
            account_id: The account whose user card is updated or read. At most 32 characters.
            name: Nickname. At most 64 characters.
            avatar: URL of the avatar image. At most 1024 characters.
            sign: Personal signature. At most 256 characters.
            email: Email address; may be an empty string. At most 64 characters.
            birthday: Birthday, in any format you choose. At most 16 characters.
            mobile: Phone number; numbers outside mainland China need their country code, such as
                `+1-2025550123`. At most 32 characters.
            gender: Gender on a user card. 0: not given; 1: male; 2: female.
            extension: Extension of your own. At most 1024 characters.
            email_validation_mode: How `email` is validated. Only the Java SDK sends this field and
                its values are not documented.
            antispam_configuration: Content-moderation settings for the user card sent with the
                request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `User`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "name": name,
                "avatar": avatar,
                "sign": sign,
                "email": email,
                "birthday": birthday,
                "mobile": mobile,
                "gender": gender,
                "extension": extension,
                "email_validation_mode": email_validation_mode,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )

    async def get(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Get the user card of an account.

        Reads the public user card (名片) of one account.

        Args:
            account_id: The account whose user card is updated or read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `User`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _GET,
            path={"account_id": account_id},
            options=options,
        )

    async def batch_get(
        self,
        *,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchGetUsersResult:
        """Get the user cards of several accounts.

        Reads the user cards of up to 100 accounts in one call. Accounts that cannot be read do not
        fail the call: they come back in `failed_list` with a reason, next to the cards found in
        `success_list`.

        Args:
            account_ids: The accounts to look up, at most 100; sent comma-separated. At most 100
                items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetUsersResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _BATCH_GET,
            query={"account_ids": account_ids},
            options=options,
        )

    async def get_online_status(
        self,
        *,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> UsersOnlineStatusResult:
        """Get the online status of several accounts.

        Tells for up to 100 accounts on which kinds of client each one is logged in, and since when.
        Accounts that cannot be checked are listed in `failed_list` without failing the call. The
        ids go in the body, so this read is a POST; it changes nothing and is safe to repeat.

        Args:
            account_ids: The accounts to check, at most 100. At most 100 items.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `UsersOnlineStatusResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _GET_ONLINE_STATUS,
            body={"account_ids": account_ids},
            options=options,
        )


class UsersWithRawResponse:
    """The methods of :class:`Users`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Users) -> None:
        self.update = to_raw_response_wrapper(resource.update)
        self.get = to_raw_response_wrapper(resource.get)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.get_online_status = to_raw_response_wrapper(resource.get_online_status)


class AsyncUsersWithRawResponse:
    """The methods of :class:`AsyncUsers`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.get_online_status = async_to_raw_response_wrapper(resource.get_online_status)
