"""Accounts: Register IM accounts and manage their settings, tokens and login state.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.accounts import (
    AccountConfiguration,
    AntispamConfiguration,
    CreateAccountRequest,
    CreatedAccount,
    UserInformation,
)

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
]

_CREATE: Operation[CreatedAccount] = Operation(
    name="createAccount",
    method="POST",
    path="/im/v2/accounts",
    response_model=CreatedAccount,
    body_model=CreateAccountRequest,
    idempotent=False,
)


class Accounts:
    """Register IM accounts and manage their settings, tokens and login state.

    Reached as ``client.accounts``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account_id: str,
        token: Optional[str] = None,
        configuration: Optional[Union[AccountConfiguration, Mapping[str, Any]]] = None,
        user_information: Optional[Union[UserInformation, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> CreatedAccount:
        """Register an IM account.

        Creates an IM account, optionally with its login token, settings and user card. Accounts
        made through the API do not appear in the console, so keep the returned id and token on your
        server.

        Args:
            account_id: The new account id: letters, digits, `_`, `@`, `.` and `-`. The server
                stores it in lower case, so keep the id that the response returns. 1 to 32
                characters; pattern `^[A-Za-z0-9_@.\\-]+$`.
            token: Login token for the account. The server generates one when it is left out; it
                does not expire until changed. At most 128 characters.
            configuration: Switches stored with an account.
            user_information: The public user card (名片) of an account. Text fields go through
                content moderation.
            antispam_configuration: Content-moderation settings for the user card sent with the
                request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as CreatedAccount.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 注册云信IM账号, https://doc.yunxin.163.com/messaging2/server-apis/TQyNjgyMzc?platform=server
        """
        return self._client.request(
            _CREATE,
            body={
                "account_id": account_id,
                "token": token,
                "configuration": configuration,
                "user_information": user_information,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )


class AsyncAccounts:
    """Register IM accounts and manage their settings, tokens and login state.

    Reached as ``client.accounts`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account_id: str,
        token: Optional[str] = None,
        configuration: Optional[Union[AccountConfiguration, Mapping[str, Any]]] = None,
        user_information: Optional[Union[UserInformation, Mapping[str, Any]]] = None,
        antispam_configuration: Optional[Union[AntispamConfiguration, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> CreatedAccount:
        """Register an IM account.

        Creates an IM account, optionally with its login token, settings and user card. Accounts
        made through the API do not appear in the console, so keep the returned id and token on your
        server.

        Args:
            account_id: The new account id: letters, digits, `_`, `@`, `.` and `-`. The server
                stores it in lower case, so keep the id that the response returns. 1 to 32
                characters; pattern `^[A-Za-z0-9_@.\\-]+$`.
            token: Login token for the account. The server generates one when it is left out; it
                does not expire until changed. At most 128 characters.
            configuration: Switches stored with an account.
            user_information: The public user card (名片) of an account. Text fields go through
                content moderation.
            antispam_configuration: Content-moderation settings for the user card sent with the
                request.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``max_retries``, ``trace_id`` (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The ``data`` of the response, as CreatedAccount.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.

        Official documentation: 注册云信IM账号, https://doc.yunxin.163.com/messaging2/server-apis/TQyNjgyMzc?platform=server
        """
        return await self._client.request(
            _CREATE,
            body={
                "account_id": account_id,
                "token": token,
                "configuration": configuration,
                "user_information": user_information,
                "antispam_configuration": antispam_configuration,
            },
            options=options,
        )


class AccountsWithRawResponse:
    """The methods of :class:`Accounts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Accounts) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncAccountsWithRawResponse:
    """The methods of :class:`AsyncAccounts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
