"""The generated SDK over real HTTP: signing, serialisation, parsing and errors (sync and async)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import uuid
import warnings
from typing import Any

import pytest
from yunxin_im import (
    APIError,
    APIStatusError,
    AsyncYunxinIM,
    ConfigurationError,
    ConversationId,
    ConversationType,
    InvalidParameterError,
    MalformedResponseError,
    PartialFailureError,
    RawResponse,
    YunxinError,
    YunxinIM,
)
from yunxin_im.models import MessageBody, MessageConfig, SendMessageRequest

from tests.support.server import APP_KEY, APP_SECRET, Reply, YunxinServer


def test_every_request_is_signed_and_traced(client: YunxinIM, server: YunxinServer) -> None:
    client.accounts.create(account_id="user1")
    client.accounts.create(account_id="user2", trace_id="my-trace-1")
    first, second = server.requests
    assert server.violations == []
    for request in (first, second):
        headers = request.headers
        expected = hashlib.sha1(
            (APP_SECRET + headers["nonce"] + headers["curtime"]).encode()
        ).hexdigest()
        assert headers["checksum"] == expected and headers["appkey"] == APP_KEY
        assert abs(int(headers["curtime"]) - time.time()) < 5
    assert first.headers["nonce"] != second.headers["nonce"]
    uuid.UUID(first.headers["x-custom-traceid"])
    assert second.headers["x-custom-traceid"] == "my-trace-1"


def test_batch_get_conversations_joins_ids_and_parses_partial_failure(
    client: YunxinIM, server: YunxinServer
) -> None:
    result = client.conversations.batch_get(
        conversation_ids=["user1|1|user2", ConversationId("user1", 2, "6001")]
    )
    (request,) = server.requests
    assert request.raw_path.endswith("conversation_ids=user1%7C1%7Cuser2,user1%7C2%7C6001")
    assert request.operation_id == "batchGetConversations" and server.violations == []
    conversation = result.success_list[0]
    assert conversation.type is ConversationType.P2P
    assert (
        conversation.last_message is not None
        and conversation.last_message.text == "See you at six."
    )
    assert result.failed_list[0].error_code == 414
    assert result.has_failures
    with pytest.raises(PartialFailureError) as caught:
        result.raise_for_failures()
    assert caught.value.failed_ids == ["user1|2|6001"]
    assert "user1|2|6001" in str(caught.value)


def test_send_message_accepts_dicts_and_models_and_omits_unset_fields(
    client: YunxinIM, server: YunxinServer
) -> None:
    sent = client.messages.send(
        conversation_id=ConversationId.p2p("user1", "user2"),
        message={"message_type": 0, "text": "hi"},
        message_config=MessageConfig(unread_enabled=False),
    )
    client.messages.send(
        conversation_id="user1|2|6001", message=MessageBody(message_type=1, attachment={"url": "u"})
    )
    first, second = server.requests
    assert first.path == "/im/v2/conversations/user1%7C1%7Cuser2/messages"
    assert first.path_params == {"conversation_id": "user1|1|user2"}
    assert first.json() == {
        "message": {"message_type": 0, "text": "hi"},
        "message_config": {"unread_enabled": False},
    }
    assert second.json() == {"message": {"message_type": 1, "attachment": {"url": "u"}}}
    assert server.violations == []
    assert sent.message_server_id == 8123456789012


def test_invalid_nested_argument_is_rejected_before_sending(
    client: YunxinIM, server: YunxinServer
) -> None:
    with pytest.raises(ValueError, match="message_type"):
        client.messages.send(conversation_id="a|1|b", message={"message_type": "not a number"})
    assert server.requests == []


def test_batch_get_messages_and_legacy_form(client: YunxinIM, server: YunxinServer) -> None:
    result = client.messages.batch_get(
        conversation_id="user1|1|user2", messages=[{"message_server_id": 1, "create_time": 2}]
    )
    assert [f.id for f in result.failures] == [8123456789013]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        legacy = client.messages.batch_get_legacy(
            conversation_id="user1|1|user2", messages=[{"message_server_id": 1, "create_time": 2}]
        )
    (warning,) = caught
    assert issubclass(warning.category, DeprecationWarning) and warning.filename == __file__
    assert "batch_get()" in str(warning.message)
    assert legacy.success_list[0].thread_config is not None
    assert [r.path for r in server.requests] == [
        "/im/v2.1/conversations/user1%7C1%7Cuser2/batch_messages",
        "/im/v2/conversations/user1%7C1%7Cuser2/batch_messages",
    ]
    assert server.violations == []


def test_legacy_conversations_accept_quoted_booleans(
    client: YunxinIM, server: YunxinServer
) -> None:
    item = {
        "conversation_id": "a|1|b",
        "last_message": {"sender_no_sense": "false", "message_config": {"unread_enabled": "true"}},
    }
    server.reply(Reply.envelope({"success_list": [item], "failed_list": []}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        result = client.conversations.batch_get_legacy(conversation_ids=["a|1|b"])
    last = result.success_list[0].last_message
    assert last is not None and last.sender_no_sense is False
    assert last.message_config is not None and last.message_config.unread_enabled is True


def test_unknown_response_fields_are_kept(client: YunxinIM, server: YunxinServer) -> None:
    server.reply(Reply.envelope({"account_id": "user1", "token": "t", "brand_new": {"x": 1}}))
    account = client.accounts.create(account_id="user1")
    assert account.model_extra == {"brand_new": {"x": 1}}
    assert account.to_dict() == {"account_id": "user1", "token": "t", "brand_new": {"x": 1}}


def test_api_error_carries_code_msg_trace_id_and_response(
    client: YunxinIM, server: YunxinServer
) -> None:
    server.reply(Reply.error(414, "parameter error: account_id"))
    with pytest.raises(InvalidParameterError) as caught:
        client.accounts.create(account_id="user1", trace_id="trace-414")
    error = caught.value
    assert isinstance(error, APIError) and isinstance(error, YunxinError)
    assert (error.code, error.msg, error.trace_id) == (
        414,
        "parameter error: account_id",
        "trace-414",
    )
    assert error.response.status_code == 200 and error.status_code == 200
    assert "trace-414" in str(error) and "414" in str(error)
    server.reply(Reply.error(12345, "something new"))
    with pytest.raises(APIError) as unknown:
        client.accounts.create(account_id="user1")
    assert type(unknown.value) is APIError and unknown.value.code == 12345


def test_envelope_errors_with_http_error_status(client: YunxinIM, server: YunxinServer) -> None:
    server.reply(Reply.error(403, "forbidden", status=403))
    with pytest.raises(APIError) as caught:
        client.accounts.create(account_id="user1")
    assert caught.value.code == 403 and caught.value.status_code == 403


@pytest.mark.parametrize(
    ("reply", "error", "text"),
    [
        (
            Reply.raw("<html>gateway</html>", content_type="text/html"),
            MalformedResponseError,
            "is not JSON",
        ),
        (Reply.raw('{"code": 200, "msg": "success", "da'), MalformedResponseError, "is not JSON"),
        (Reply.raw("[1, 2]"), MalformedResponseError, "not the {code, msg, data} envelope"),
        (Reply.raw('{"msg": "no code"}'), MalformedResponseError, "envelope"),
        (
            Reply.envelope({"account_id": ["not", "a", "string"]}),
            MalformedResponseError,
            "does not match CreatedAccount",
        ),
        (
            Reply.raw("upstream broke", status=502, content_type="text/plain"),
            APIStatusError,
            "HTTP 502",
        ),
    ],
)
def test_malformed_responses_raise_clear_errors(
    client: YunxinIM, server: YunxinServer, reply: Reply, error: type[Exception], text: str
) -> None:
    server.reply(reply)
    with pytest.raises(error) as caught:
        client.accounts.create(account_id="user1", max_retries=0)
    assert text in str(caught.value) and "trace id" in str(caught.value)
    assert isinstance(caught.value, YunxinError)


def test_required_response_field_missing_is_malformed(
    client: YunxinIM, server: YunxinServer
) -> None:
    server.reply(Reply.envelope({"success_list": [{"sender_id": "user1"}], "failed_list": []}))
    with pytest.raises(MalformedResponseError, match="message_server_id"):
        client.messages.batch_get(
            conversation_id="a|1|b",
            messages=[{"message_server_id": 1, "create_time": 1}],
            max_retries=0,
        )


def test_raw_response(client: YunxinIM, server: YunxinServer) -> None:
    raw = client.with_raw_response.accounts.create(account_id="user1", trace_id="raw-1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.trace_id == "raw-1" and raw.retries_taken == 0
    assert raw.headers["content-type"] == "application/json"
    assert raw.json()["code"] == 200 and json.loads(raw.content)["msg"] == "success"
    assert raw.parse().account_id == "user1"
    # the plain client is unaffected afterwards
    assert client.accounts.create(account_id="user1").account_id == "user1"


def test_credentials_from_environment(
    server: YunxinServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YUNXIN_APP_KEY", APP_KEY)
    monkeypatch.setenv("YUNXIN_APP_SECRET", APP_SECRET)
    with YunxinIM(base_url=server.url) as sdk:
        sdk.accounts.create(account_id="user1")
    assert server.violations == []
    monkeypatch.delenv("YUNXIN_APP_SECRET")
    with pytest.raises(ConfigurationError, match="YUNXIN_APP_SECRET"):
        YunxinIM(base_url=server.url)


def test_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="unknown region 'mars'"):
        YunxinIM(app_key="k", app_secret="s", region="mars")
    with pytest.raises(ConfigurationError, match="max_retries"):
        YunxinIM(app_key="k", app_secret="s", max_retries=-1)
    assert YunxinIM(app_key="k", app_secret="s", region="sg").base_urls == (
        "https://open-sg.yunxinapi.com",
        "https://open-sg-bak.yunxinapi.com",
    )
    assert YunxinIM(app_key="k", app_secret="s").base_url == "https://open.yunxinapi.com"


def test_secret_never_in_repr() -> None:
    sdk = YunxinIM(app_key="key-1", app_secret="very-secret-value")
    assert "very-secret-value" not in repr(sdk) and "key-1" in repr(sdk)


def test_conversation_id_helper() -> None:
    cid = ConversationId.parse("owner|3|9001")
    assert (cid.owner, cid.type, cid.peer) == ("owner", ConversationType.SUPER_TEAM, "9001")
    assert ConversationId.team("a", 6001) == "a|2|6001" and isinstance(
        ConversationId.p2p("a", "b"), str
    )
    with pytest.raises(ValueError, match="owner\\|type\\|peer"):
        ConversationId.parse("nope")
    with pytest.raises(ValueError, match="conversation type"):
        ConversationId("a", 7, "b")
    with pytest.raises(ValueError, match="without '\\|'"):
        ConversationId("a|b", 1, "c")


def test_request_models_serialise_with_wire_names() -> None:
    body = SendMessageRequest(message=MessageBody(message_type=0, text="x"), sender_no_sense=True)
    assert body.to_dict() == {"message": {"message_type": 0, "text": "x"}, "sender_no_sense": True}


def _run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_async_client_mirrors_the_sync_one(
    async_client: AsyncYunxinIM, server: YunxinServer
) -> None:
    async def scenario() -> None:
        async with async_client as sdk:
            result = await sdk.conversations.batch_get(conversation_ids=["user1|1|user2"])
            assert result.success_list[0].conversation_id == "user1|1|user2"
            sent = await sdk.messages.send(
                conversation_id="user1|1|user2", message={"message_type": 0, "text": "hi"}
            )
            assert sent.message_server_id == 8123456789012
            account = await sdk.accounts.create(account_id="user1")
            assert account.account_id == "user1"
            batch = await sdk.messages.batch_get(
                conversation_id="a|1|b", messages=[{"message_server_id": 1, "create_time": 2}]
            )
            assert batch.has_failures
            raw = await sdk.with_raw_response.accounts.create(account_id="user1")
            assert raw.parse().token
            server.reply(Reply.error(414, "bad"))
            with pytest.raises(InvalidParameterError):
                await sdk.accounts.create(account_id="user1")
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                await sdk.conversations.batch_get_legacy(conversation_ids=["user1|1|user2"])
            assert caught and issubclass(caught[0].category, DeprecationWarning)

    _run(scenario())
    assert [r.operation_id for r in server.requests] == [
        "batchGetConversations",
        "sendMessage",
        "createAccount",
        "batchGetMessages",
        "createAccount",
        "createAccount",
        "batchGetConversationsLegacy",
    ]
    assert server.violations == []
