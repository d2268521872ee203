"""Tools: Text translation and speech recognition.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from typing_extensions import Unpack

from .._base_client import AsyncAPIClient, Operation, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.tools import (
    RecognizedSpeech,
    RecognizeSpeechRequest,
    TranslatedText,
    TranslateTextRequest,
    TranslatorConfig,
)

__all__ = [
    "AsyncTools",
    "AsyncToolsWithRawResponse",
    "Tools",
    "ToolsWithRawResponse",
]

_TRANSLATE: Operation[TranslatedText] = Operation(
    name="translateText",
    method="POST",
    path="/im/v2/translations",
    response_model=TranslatedText,
    body_model=TranslateTextRequest,
    idempotent=True,
)

_RECOGNIZE_SPEECH: Operation[RecognizedSpeech] = Operation(
    name="recognizeSpeech",
    method="POST",
    path="/im/v2/tools/asr",
    response_model=RecognizedSpeech,
    body_model=RecognizeSpeechRequest,
    idempotent=True,
)


class Tools:
    """Text translation and speech recognition.

    Reached as ``client.tools``.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def translate(
        self,
        *,
        operator_account_id: str,
        source_text: str,
        target_language: str,
        source_language: Optional[str] = None,
        translator_config: Optional[Union[TranslatorConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> TranslatedText:
        """Translate a text.

        Translates a text into another language and reports the source language used or detected.
        The language codes and the text length limit are not documented here. A support note (not an
        official page) says the IM translation service must first be enabled for the app in the
        console, and that the call fails with 403 otherwise. The call counts toward the single-call
        rate limit of the "other" API category.

        Args:
            operator_account_id: Account on whose behalf the text is translated; it must be a
                registered IM account.
            source_text: The text to translate. The length limit is not documented.
            target_language: Language code to translate into, for example `en` or `th`.
            source_language: Language code of the text, for example `zh-CHS`; detected automatically
                when left out (per a Go SDK comment). The list of codes is not documented here.
            translator_config: Settings of the translation engine.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TranslatedText`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 文本翻译, https://doc.yunxin.163.com/messaging2/server-apis/DYxNjA4NjY?platform=server
        """
        return self._client.request(
            _TRANSLATE,
            body={
                "operator_account_id": operator_account_id,
                "source_text": source_text,
                "source_language": source_language,
                "target_language": target_language,
                "translator_config": translator_config,
            },
            options=options,
        )

    def recognize_speech(
        self,
        *,
        operator_account_id: Optional[str] = None,
        format: Optional[str] = None,
        url: Optional[str] = None,
        sample_rate: Optional[int] = None,
        duration: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> RecognizedSpeech:
        """Turn the speech of an audio file into text.

        Recognizes the speech in an audio file given by URL and returns it as text (automatic speech
        recognition). Only the official Java SDK describes this call; no documentation page was
        consulted, so required fields, limits, supported formats and units are not documented.

        Args:
            operator_account_id: Account on whose behalf the audio is recognized.
            format: Format of the audio file; the accepted values are not documented.
            url: URL of the audio file to recognize.
            sample_rate: Sample rate of the audio, presumably in hertz; not documented.
            duration: Length of the audio; the unit (probably milliseconds) is not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `RecognizedSpeech`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return self._client.request(
            _RECOGNIZE_SPEECH,
            body={
                "operator_account_id": operator_account_id,
                "format": format,
                "url": url,
                "sample_rate": sample_rate,
                "duration": duration,
            },
            options=options,
        )


class AsyncTools:
    """Text translation and speech recognition.

    Reached as ``client.tools`` on :class:`AsyncYunxinIM`.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def translate(
        self,
        *,
        operator_account_id: str,
        source_text: str,
        target_language: str,
        source_language: Optional[str] = None,
        translator_config: Optional[Union[TranslatorConfig, Mapping[str, Any]]] = None,
        **options: Unpack[RequestOptions],
    ) -> TranslatedText:
        """Translate a text.

        Translates a text into another language and reports the source language used or detected.
        The language codes and the text length limit are not documented here. A support note (not an
        official page) says the IM translation service must first be enabled for the app in the
        console, and that the call fails with 403 otherwise. The call counts toward the single-call
        rate limit of the "other" API category.

        Args:
            operator_account_id: Account on whose behalf the text is translated; it must be a
                registered IM account.
            source_text: The text to translate. The length limit is not documented.
            target_language: Language code to translate into, for example `en` or `th`.
            source_language: Language code of the text, for example `zh-CHS`; detected automatically
                when left out (per a Go SDK comment). The list of codes is not documented here.
            translator_config: Settings of the translation engine.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `TranslatedText`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.

        Official documentation: 文本翻译, https://doc.yunxin.163.com/messaging2/server-apis/DYxNjA4NjY?platform=server
        """
        return await self._client.request(
            _TRANSLATE,
            body={
                "operator_account_id": operator_account_id,
                "source_text": source_text,
                "source_language": source_language,
                "target_language": target_language,
                "translator_config": translator_config,
            },
            options=options,
        )

    async def recognize_speech(
        self,
        *,
        operator_account_id: Optional[str] = None,
        format: Optional[str] = None,
        url: Optional[str] = None,
        sample_rate: Optional[int] = None,
        duration: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> RecognizedSpeech:
        """Turn the speech of an audio file into text.

        Recognizes the speech in an audio file given by URL and returns it as text (automatic speech
        recognition). Only the official Java SDK describes this call; no documentation page was
        consulted, so required fields, limits, supported formats and units are not documented.

        Args:
            operator_account_id: Account on whose behalf the audio is recognized.
            format: Format of the audio file; the accepted values are not documented.
            url: URL of the audio file to recognize.
            sample_rate: Sample rate of the audio, presumably in hertz; not documented.
            duration: Length of the audio; the unit (probably milliseconds) is not documented.
            **options: Per-request options: ``extra_headers``, ``extra_query``, ``extra_body``,
                ``timeout``, ``total_timeout``, ``max_retries``, ``max_response_size``, ``trace_id``
                (see :class:`~yunxin_im.RequestOptions`).

        Returns:
            The `data` of the response, as `RecognizedSpeech`.

        Raises:
            APIError: The API answered with a code other than 200 (a subclass names the code).
            APIConnectionError: The server could not be reached, after the allowed retries.
            YunxinError: Any other failure: every error the SDK raises derives from it.
        """
        return await self._client.request(
            _RECOGNIZE_SPEECH,
            body={
                "operator_account_id": operator_account_id,
                "format": format,
                "url": url,
                "sample_rate": sample_rate,
                "duration": duration,
            },
            options=options,
        )


class ToolsWithRawResponse:
    """The methods of :class:`Tools`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: Tools) -> None:
        self.translate = to_raw_response_wrapper(resource.translate)
        self.recognize_speech = to_raw_response_wrapper(resource.recognize_speech)


class AsyncToolsWithRawResponse:
    """The methods of :class:`AsyncTools`, returning :class:`~yunxin_im.RawResponse`."""

    def __init__(self, resource: AsyncTools) -> None:
        self.translate = async_to_raw_response_wrapper(resource.translate)
        self.recognize_speech = async_to_raw_response_wrapper(resource.recognize_speech)
