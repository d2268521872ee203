"""AI: AI assistance for chat.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.ai import ChatAssistHistoryItem, ChatAssistRequest, ChatAssistResult

__all__ = [
    "Ai",
    "AiWithRawResponse",
    "AsyncAi",
    "AsyncAiWithRawResponse",
]

_CHAT_ASSIST: Operation[ChatAssistResult] = Operation(
    name="chatAssist",
    method="POST",
    path="/ai/chat_assistant/v1/chat_assist",
    response_model=ChatAssistResult,
    body_model=ChatAssistRequest,
    idempotent=True,
)


class Ai:
    """AI assistance for chat.

    Reached as ``client.ai``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def chat_assist(
        self,
        *,
        sender_id: str,
        receiver_id: str,
        style_list: Sequence[str],
        sender_tag_list: Optional[Sequence[str]] = None,
        receiver_tag_list: Optional[Sequence[str]] = None,
        receiver_last_message: Optional[str] = None,
        history: Optional[Sequence[Union[ChatAssistHistoryItem, Mapping[str, Any]]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatAssistResult:
        """Suggest replies for a chat.

        Asks an AI model for reply suggestions that the sender could send to the receiver, in up to
        three styles, based on the receiver's last message, the earlier conversation and the persona
        tags of both sides. The path lies outside /im/v2 but uses the same hosts, headers and
        envelope. The response fields come from the official Java SDK; the documentation page
        describes the request.

        Args:
            sender_id: Account that will send the reply, the one the suggestions are for.
            receiver_id: Account that will receive the reply.
            style_list: Styles of the suggested replies: `warm`, `hot` (enthusiastic), `smart`
                (witty) or `stochastic` (random). More styles may be added later; the limit of three
                is a default. At most 3 items.
            sender_tag_list: Tags describing the sender's persona (at most 2000 characters), used to
                make the replies sound natural.
            receiver_tag_list: Tags describing the receiver's persona, at most 2000 characters.
            receiver_last_message: The receiver's last message, the main thing the reply answers. At
                most 256 characters.
            history: Earlier text messages of the two accounts as context, most recent first and
                without the receiver's last message; at most 1500 characters in all.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatAssistResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: AI 助聊, https://doc.commsease.com/messaging2/server-apis/jk4Mzg4OTA?platform=server
        """
        return self._client.request(
            _CHAT_ASSIST,
            body={
                "sender_id": sender_id,
                "sender_tag_list": sender_tag_list,
                "receiver_id": receiver_id,
                "receiver_tag_list": receiver_tag_list,
                "receiver_last_message": receiver_last_message,
                "style_list": style_list,
                "history": history,
            },
            options=options,
        )


class AsyncAi:
    """AI assistance for chat.

    Reached as ``client.ai`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def chat_assist(
        self,
        *,
        sender_id: str,
        receiver_id: str,
        style_list: Sequence[str],
        sender_tag_list: Optional[Sequence[str]] = None,
        receiver_tag_list: Optional[Sequence[str]] = None,
        receiver_last_message: Optional[str] = None,
        history: Optional[Sequence[Union[ChatAssistHistoryItem, Mapping[str, Any]]]] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatAssistResult:
        """Suggest replies for a chat.

        Asks an AI model for reply suggestions that the sender could send to the receiver, in up to
        three styles, based on the receiver's last message, the earlier conversation and the persona
        tags of both sides. The path lies outside /im/v2 but uses the same hosts, headers and
        envelope. The response fields come from the official Java SDK; the documentation page
        describes the request.

        Args:
            sender_id: Account that will send the reply, the one the suggestions are for.
            receiver_id: Account that will receive the reply.
            style_list: Styles of the suggested replies: `warm`, `hot` (enthusiastic), `smart`
                (witty) or `stochastic` (random). More styles may be added later; the limit of three
                is a default. At most 3 items.
            sender_tag_list: Tags describing the sender's persona (at most 2000 characters), used to
                make the replies sound natural.
            receiver_tag_list: Tags describing the receiver's persona, at most 2000 characters.
            receiver_last_message: The receiver's last message, the main thing the reply answers. At
                most 256 characters.
            history: Earlier text messages of the two accounts as context, most recent first and
                without the receiver's last message; at most 1500 characters in all.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `ChatAssistResult`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: AI 助聊, https://doc.commsease.com/messaging2/server-apis/jk4Mzg4OTA?platform=server
        """
        return await self._client.request(
            _CHAT_ASSIST,
            body={
                "sender_id": sender_id,
                "sender_tag_list": sender_tag_list,
                "receiver_id": receiver_id,
                "receiver_tag_list": receiver_tag_list,
                "receiver_last_message": receiver_last_message,
                "style_list": style_list,
                "history": history,
            },
            options=options,
        )


class AiWithRawResponse:
    """The methods of :class:`Ai`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Ai) -> None:
        self.chat_assist = to_raw_response_wrapper(resource.chat_assist)


class AsyncAiWithRawResponse:
    """The methods of :class:`AsyncAi`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncAi) -> None:
        self.chat_assist = async_to_raw_response_wrapper(resource.chat_assist)
