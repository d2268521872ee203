"""Tools (翻译 and speech recognition): text translation and speech-to-text.

This module is generated from the OpenAPI spec; do not edit it by hand.
"""

from __future__ import annotations

from typing import Optional

from .._models import YunxinModel

__all__ = [
    "RecognizeSpeechRequest",
    "RecognizedSpeech",
    "TranslateTextRequest",
    "TranslatedText",
    "TranslatorConfig",
]


class RecognizeSpeechRequest(YunxinModel):
    """Body of a speech recognition. Only the official Java SDK describes it; which fields are
    required and their limits, units and allowed values are not documented.
    """

    operator_account_id: Optional[str] = None
    """Account on whose behalf the audio is recognized."""

    format: Optional[str] = None
    """Format of the audio file; the accepted values are not documented."""

    url: Optional[str] = None
    """URL of the audio file to recognize."""

    sample_rate: Optional[int] = None
    """Sample rate of the audio, presumably in hertz; not documented."""

    duration: Optional[int] = None
    """Length of the audio; the unit (probably milliseconds) is not documented."""


class RecognizedSpeech(YunxinModel):
    """The result of a speech recognition."""

    text: Optional[str] = None
    """The text recognized in the audio."""


class TranslatorConfig(YunxinModel):
    """Settings of the translation engine."""

    strict: Optional[bool] = None
    """Translate exactly from `source_language` to `target_language` instead of letting the engine
    adjust them. Default true.
    """


class TranslateTextRequest(YunxinModel):
    """Body of a text translation."""

    operator_account_id: str
    """Account on whose behalf the text is translated; it must be a registered IM account."""

    source_text: str
    """The text to translate. The length limit is not documented."""

    source_language: Optional[str] = None
    """Language code of the text, for example `zh-CHS`; detected automatically when left out (per a
    Go SDK comment). The list of codes is not documented here.
    """

    target_language: str
    """Language code to translate into, for example `en` or `th`."""

    translator_config: Optional[TranslatorConfig] = None
    """Settings of the translation engine."""


class TranslatedText(YunxinModel):
    """The result of a translation."""

    translated_text: Optional[str] = None
    """The translated text."""

    source_language: Optional[str] = None
    """Language of the source text, as given or as detected."""

    target_language: Optional[str] = None
    """Language the text was translated into."""
