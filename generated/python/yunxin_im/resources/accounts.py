"""Accounts: Register IM accounts and manage their settings, tokens and login state.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.accounts import (
    Account,
    AccountConfiguration,
    AccountWithToken,
    AntispamConfiguration,
    BatchGetAccountsResult,
    CreateAccountRequest,
    CreatedAccount,
    DisableAccountRequest,
    KickAccountRequest,
    KickAccountResult,
    KickType,
    SetPushConfigRequest,
    UpdateAccountRequest,
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

_BATCH_GET: Operation[BatchGetAccountsResult] = Operation(
    name="batchGetAccounts",
    method="GET",
    path="/im/v2/accounts",
    response_model=BatchGetAccountsResult,
    idempotent=True,
    query_styles={"account_ids": "comma"},
)

_UPDATE: Operation[AccountWithToken] = Operation(
    name="updateAccount",
    method="PATCH",
    path="/im/v2/accounts/{account_id}",
    response_model=AccountWithToken,
    body_model=UpdateAccountRequest,
    idempotent=True,
)

_GET: Operation[Account] = Operation(
    name="getAccount",
    method="GET",
    path="/im/v2/accounts/{account_id}",
    response_model=Account,
    idempotent=True,
)

_REFRESH_TOKEN: Operation[AccountWithToken] = Operation(
    name="refreshAccountToken",
    method="PATCH",
    path="/im/v2/accounts/{account_id}/actions/refresh_token",
    response_model=AccountWithToken,
    idempotent=False,
)

_DISABLE: Operation[Account] = Operation(
    name="disableAccount",
    method="PATCH",
    path="/im/v2/accounts/{account_id}/actions/disable",
    response_model=Account,
    body_model=DisableAccountRequest,
    idempotent=True,
)

_SET_PUSH_CONFIG: Operation[Account] = Operation(
    name="setAccountPushConfig",
    method="PATCH",
    path="/im/v2/accounts/{account_id}/actions/push_config",
    response_model=Account,
    body_model=SetPushConfigRequest,
    idempotent=True,
)

_KICK: Operation[KickAccountResult] = Operation(
    name="kickAccount",
    method="POST",
    path="/im/v2/accounts/{account_id}/actions/kick",
    response_model=KickAccountResult,
    body_model=KickAccountRequest,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `CreatedAccount`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

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

    def batch_get(
        self,
        *,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchGetAccountsResult:
        """Get the settings of several accounts.

        Looks up the settings (`configuration`) of several accounts in one call. Ids that cannot be
        read do not fail the call: they come back in `failed_list` with a reason (102404 when the
        account does not exist), next to the accounts found in `success_list`. The largest number of
        ids per call is not documented.

        Args:
            account_ids: The accounts to look up; sent comma-separated, as the Java SDK does.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetAccountsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询账号信息, https://yunxin-im.apifox.cn/api-147175988
        """
        return self._client.request(
            _BATCH_GET,
            query={"account_ids": account_ids},
            options=options,
        )

    def update(
        self,
        *,
        account_id: str,
        token: Optional[str] = None,
        configuration: Optional[Union[AccountConfiguration, Mapping[str, Any]]] = None,
        need_kick: Optional[bool] = None,
        kick_notify_extension: Optional[str] = None,
        user_information: Optional[Union[UserInformation, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountWithToken:
        """Update the token, settings or user card of an account.

        Changes what is stored with an account: its login token (use this to set a token of your
        choice; `refresh_token` makes a random one), its switches in `configuration` (enabled, the
        per-module mutes, desktop-online push) and its user card. Send only the fields to change.
        With `need_kick` the account's logged-in clients are forced offline, for example after a new
        token was set. Returns the account's id, token and settings after the change.

        Args:
            account_id: The IM account to update or read. At most 32 characters.
            token: New login token of your choice. The old token stops working. At most 128
                characters.
            configuration: Switches stored with an account.
            need_kick: Force the account's logged-in clients offline after the change. Default
                false.
            kick_notify_extension: Extension delivered to the clients forced offline by `need_kick`.
                At most 256 characters.
            user_information: The public user card (名片) of an account. Text fields go through
                content moderation.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountWithToken`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新账号属性, https://yunxin-im.apifox.cn/api-147081129
        """
        return self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "token": token,
                "configuration": configuration,
                "need_kick": need_kick,
                "kick_notify_extension": kick_notify_extension,
                "user_information": user_information,
            },
            options=options,
        )

    def get(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Get the settings of an account.

        Reads the switches stored with one account (`configuration`): whether it is enabled, its
        mutes per module and its desktop-online push setting. The login token is not returned.

        Args:
            account_id: The IM account to update or read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Account`.

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

    def refresh_token(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> AccountWithToken:
        """Replace the login token of an account with a random one.

        Has the server generate a new random login token for the account and returns it. The old
        token stops working, so store the new one on your server and make sure clients log in with
        it. To set a token of your choice, use the account update instead. The call has no body.
        Calling it again generates yet another token, so it is not retried automatically.

        Args:
            account_id: The IM account whose login token is replaced. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountWithToken`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 刷新 Token, https://doc.yunxin.163.com/messaging2/server-apis/DUwODIwMTg?platform=server
        """
        return self._client.request(
            _REFRESH_TOKEN,
            path={"account_id": account_id},
            options=options,
        )

    def disable(
        self,
        *,
        account_id: str,
        enabled: Optional[bool] = None,
        need_kick: Optional[bool] = None,
        kick_notify_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Ban or unban an account.

        Sets whether the account may log in and be used: `enabled: false` bans it, `enabled: true`
        lifts the ban. With `need_kick` its logged-in clients are also forced offline at once and
        receive `kick_notify_extension`. Returns the account's settings after the change. The body
        is known only from the Java SDK; the documentation pages describe no fields.

        Args:
            account_id: The IM account to ban or unban. At most 32 characters.
            enabled: false bans the account (it can no longer log in); true lifts the ban. The Java
                SDK always sends it.
            need_kick: Also force the account's logged-in clients offline at once.
            kick_notify_extension: Extension delivered to the clients forced offline by `need_kick`.
                The limit is the one Apifox gives for the same field of the account update. At most
                256 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Account`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _DISABLE,
            path={"account_id": account_id},
            body={
                "enabled": enabled,
                "need_kick": need_kick,
                "kick_notify_extension": kick_notify_extension,
            },
            options=options,
        )

    def set_push_config(
        self,
        *,
        account_id: str,
        push_enabled_when_desktop_online: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Set whether mobile pushes continue while a desktop client is online.

        Changes one switch of the account: whether its mobile devices still receive push
        notifications while one of its desktop clients is online. Returns the account's settings
        after the change. The body is known only from the Java SDK; the documentation pages describe
        no fields.

        Args:
            account_id: The IM account whose push setting is changed. At most 32 characters.
            push_enabled_when_desktop_online: true keeps sending pushes to the account's mobile
                devices while one of its desktop clients is online; false stops them.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Account`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _SET_PUSH_CONFIG,
            path={"account_id": account_id},
            body={"push_enabled_when_desktop_online": push_enabled_when_desktop_online},
            options=options,
        )

    def kick(
        self,
        *,
        account_id: str,
        type: Optional[Union[KickType, int]] = None,
        device_id_list: Optional[Sequence[str]] = None,
        kick_notify_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> KickAccountResult:
        """Force devices of an account to log out.

        Logs the account out on all of its devices, on the listed devices, or on every device except
        the listed ones (`type`). The kicked clients receive `kick_notify_extension`. Unlike a ban,
        the account can log in again at once. Devices that could not be logged out are listed in
        `failed_list` without failing the call. Sending the call again may log out devices that
        logged in again in between, so it is not retried automatically.

        Args:
            account_id: The IM account whose devices are logged out. At most 32 characters.
            type: Which devices a forced logout applies to. 1: every device of the account; 2: the
                devices in `device_id_list`; 3: every device except those in `device_id_list`.
            device_id_list: Devices to log out (type 2) or to keep (type 3), at most 20. Not needed
                with type 1. At most 20 items.
            kick_notify_extension: Extension delivered to the clients that are logged out. At most
                256 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `KickAccountResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 强制账号退出登录, https://yunxin-im.apifox.cn/api-259119576
        """
        return self._client.request(
            _KICK,
            path={"account_id": account_id},
            body={
                "type": type,
                "device_id_list": device_id_list,
                "kick_notify_extension": kick_notify_extension,
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
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `CreatedAccount`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

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

    async def batch_get(
        self,
        *,
        account_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchGetAccountsResult:
        """Get the settings of several accounts.

        Looks up the settings (`configuration`) of several accounts in one call. Ids that cannot be
        read do not fail the call: they come back in `failed_list` with a reason (102404 when the
        account does not exist), next to the accounts found in `success_list`. The largest number of
        ids per call is not documented.

        Args:
            account_ids: The accounts to look up; sent comma-separated, as the Java SDK does.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `BatchGetAccountsResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 批量查询账号信息, https://yunxin-im.apifox.cn/api-147175988
        """
        return await self._client.request(
            _BATCH_GET,
            query={"account_ids": account_ids},
            options=options,
        )

    async def update(
        self,
        *,
        account_id: str,
        token: Optional[str] = None,
        configuration: Optional[Union[AccountConfiguration, Mapping[str, Any]]] = None,
        need_kick: Optional[bool] = None,
        kick_notify_extension: Optional[str] = None,
        user_information: Optional[Union[UserInformation, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> AccountWithToken:
        """Update the token, settings or user card of an account.

        Changes what is stored with an account: its login token (use this to set a token of your
        choice; `refresh_token` makes a random one), its switches in `configuration` (enabled, the
        per-module mutes, desktop-online push) and its user card. Send only the fields to change.
        With `need_kick` the account's logged-in clients are forced offline, for example after a new
        token was set. Returns the account's id, token and settings after the change.

        Args:
            account_id: The IM account to update or read. At most 32 characters.
            token: New login token of your choice. The old token stops working. At most 128
                characters.
            configuration: Switches stored with an account.
            need_kick: Force the account's logged-in clients offline after the change. Default
                false.
            kick_notify_extension: Extension delivered to the clients forced offline by `need_kick`.
                At most 256 characters.
            user_information: The public user card (名片) of an account. Text fields go through
                content moderation.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountWithToken`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 更新账号属性, https://yunxin-im.apifox.cn/api-147081129
        """
        return await self._client.request(
            _UPDATE,
            path={"account_id": account_id},
            body={
                "token": token,
                "configuration": configuration,
                "need_kick": need_kick,
                "kick_notify_extension": kick_notify_extension,
                "user_information": user_information,
            },
            options=options,
        )

    async def get(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Get the settings of an account.

        Reads the switches stored with one account (`configuration`): whether it is enabled, its
        mutes per module and its desktop-online push setting. The login token is not returned.

        Args:
            account_id: The IM account to update or read. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Account`.

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

    async def refresh_token(
        self,
        *,
        account_id: str,
        **options: Unpack[RequestOptions],
    ) -> AccountWithToken:
        """Replace the login token of an account with a random one.

        Has the server generate a new random login token for the account and returns it. The old
        token stops working, so store the new one on your server and make sure clients log in with
        it. To set a token of your choice, use the account update instead. The call has no body.
        Calling it again generates yet another token, so it is not retried automatically.

        Args:
            account_id: The IM account whose login token is replaced. At most 32 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `AccountWithToken`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 刷新 Token, https://doc.yunxin.163.com/messaging2/server-apis/DUwODIwMTg?platform=server
        """
        return await self._client.request(
            _REFRESH_TOKEN,
            path={"account_id": account_id},
            options=options,
        )

    async def disable(
        self,
        *,
        account_id: str,
        enabled: Optional[bool] = None,
        need_kick: Optional[bool] = None,
        kick_notify_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Ban or unban an account.

        Sets whether the account may log in and be used: `enabled: false` bans it, `enabled: true`
        lifts the ban. With `need_kick` its logged-in clients are also forced offline at once and
        receive `kick_notify_extension`. Returns the account's settings after the change. The body
        is known only from the Java SDK; the documentation pages describe no fields.

        Args:
            account_id: The IM account to ban or unban. At most 32 characters.
            enabled: false bans the account (it can no longer log in); true lifts the ban. The Java
                SDK always sends it.
            need_kick: Also force the account's logged-in clients offline at once.
            kick_notify_extension: Extension delivered to the clients forced offline by `need_kick`.
                The limit is the one Apifox gives for the same field of the account update. At most
                256 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Account`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _DISABLE,
            path={"account_id": account_id},
            body={
                "enabled": enabled,
                "need_kick": need_kick,
                "kick_notify_extension": kick_notify_extension,
            },
            options=options,
        )

    async def set_push_config(
        self,
        *,
        account_id: str,
        push_enabled_when_desktop_online: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Set whether mobile pushes continue while a desktop client is online.

        Changes one switch of the account: whether its mobile devices still receive push
        notifications while one of its desktop clients is online. Returns the account's settings
        after the change. The body is known only from the Java SDK; the documentation pages describe
        no fields.

        Args:
            account_id: The IM account whose push setting is changed. At most 32 characters.
            push_enabled_when_desktop_online: true keeps sending pushes to the account's mobile
                devices while one of its desktop clients is online; false stops them.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `Account`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _SET_PUSH_CONFIG,
            path={"account_id": account_id},
            body={"push_enabled_when_desktop_online": push_enabled_when_desktop_online},
            options=options,
        )

    async def kick(
        self,
        *,
        account_id: str,
        type: Optional[Union[KickType, int]] = None,
        device_id_list: Optional[Sequence[str]] = None,
        kick_notify_extension: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> KickAccountResult:
        """Force devices of an account to log out.

        Logs the account out on all of its devices, on the listed devices, or on every device except
        the listed ones (`type`). The kicked clients receive `kick_notify_extension`. Unlike a ban,
        the account can log in again at once. Devices that could not be logged out are listed in
        `failed_list` without failing the call. Sending the call again may log out devices that
        logged in again in between, so it is not retried automatically.

        Args:
            account_id: The IM account whose devices are logged out. At most 32 characters.
            type: Which devices a forced logout applies to. 1: every device of the account; 2: the
                devices in `device_id_list`; 3: every device except those in `device_id_list`.
            device_id_list: Devices to log out (type 2) or to keep (type 3), at most 20. Not needed
                with type 1. At most 20 items.
            kick_notify_extension: Extension delivered to the clients that are logged out. At most
                256 characters.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `KickAccountResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 强制账号退出登录, https://yunxin-im.apifox.cn/api-259119576
        """
        return await self._client.request(
            _KICK,
            path={"account_id": account_id},
            body={
                "type": type,
                "device_id_list": device_id_list,
                "kick_notify_extension": kick_notify_extension,
            },
            options=options,
        )


class AccountsWithRawResponse:
    """The methods of :class:`Accounts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Accounts) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.batch_get = to_raw_response_wrapper(resource.batch_get)
        self.update = to_raw_response_wrapper(resource.update)
        self.get = to_raw_response_wrapper(resource.get)
        self.refresh_token = to_raw_response_wrapper(resource.refresh_token)
        self.disable = to_raw_response_wrapper(resource.disable)
        self.set_push_config = to_raw_response_wrapper(resource.set_push_config)
        self.kick = to_raw_response_wrapper(resource.kick)


class AsyncAccountsWithRawResponse:
    """The methods of :class:`AsyncAccounts`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.batch_get = async_to_raw_response_wrapper(resource.batch_get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.refresh_token = async_to_raw_response_wrapper(resource.refresh_token)
        self.disable = async_to_raw_response_wrapper(resource.disable)
        self.set_push_config = async_to_raw_response_wrapper(resource.set_push_config)
        self.kick = async_to_raw_response_wrapper(resource.kick)
