// Tools: generated from the OpenAPI spec; do not edit by hand.

import { type APIPromise, type RequestOptions } from "../core/index.js";
import { APIResource } from "../resource.js";
import type { RecognizedSpeech, TranslatedText, TranslatorConfig } from "../types/index.js";

/** The parameters of `tools.translate()`. */
export interface ToolsTranslateParams {
  /** Account on whose behalf the text is translated; it must be a registered IM account. */
  operator_account_id: string;
  /** The text to translate. The length limit is not documented. */
  source_text: string;
  /** Language code to translate into, for example `en` or `th`. */
  target_language: string;
  /**
   * Language code of the text, for example `zh-CHS`; detected automatically when left out (per a Go
   * SDK comment). The list of codes is not documented here.
   */
  source_language?: string;
  /** Settings of the translation engine. */
  translator_config?: TranslatorConfig;
}

/** The parameters of `tools.recognizeSpeech()`. */
export interface ToolsRecognizeSpeechParams {
  /** Account on whose behalf the audio is recognized. */
  operator_account_id?: string;
  /** Format of the audio file; the accepted values are not documented. */
  format?: string;
  /** URL of the audio file to recognize. */
  url?: string;
  /** Sample rate of the audio, presumably in hertz; not documented. */
  sample_rate?: number;
  /** Length of the audio; the unit (probably milliseconds) is not documented. */
  duration?: number;
}

/**
 * Text translation and speech recognition.
 *
 * Reached as `client.tools`.
 */
export class Tools extends APIResource {
  /**
   * Translate a text.
   *
   * Translates a text into another language and reports the source language used or detected. The
   * language codes and the text length limit are not documented here. A support note (not an
   * official page) says the IM translation service must first be enabled for the app in the
   * console, and that the call fails with 403 otherwise. The call counts toward the single-call
   * rate limit of the "other" API category.
   *
   * `POST /im/v2/translations`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   * @see https://doc.yunxin.163.com/messaging2/server-apis/DYxNjA4NjY?platform=server
   */
  translate(params: ToolsTranslateParams, options?: RequestOptions): APIPromise<TranslatedText> {
    return this._client.request<TranslatedText>(
      {
        method: "POST",
        path: "/im/v2/translations",
        body: {
          operator_account_id: params.operator_account_id,
          source_text: params.source_text,
          target_language: params.target_language,
          source_language: params.source_language,
          translator_config: params.translator_config,
        },
        idempotent: true,
        name: "tools.translate",
        fields: { translated_text: "string", source_language: "string", target_language: "string" },
      },
      options,
    );
  }

  /**
   * Turn the speech of an audio file into text.
   *
   * Recognizes the speech in an audio file given by URL and returns it as text (automatic speech
   * recognition). Only the official Java SDK describes this call; no documentation page was
   * consulted, so required fields, limits, supported formats and units are not documented.
   *
   * `POST /im/v2/tools/asr`; safe to retry.
   * @param params - The operation's parameters, by their wire names.
   * @param options - Per-request options (timeout, maxRetries, headers, query, body, traceId,
   *   signal).
   */
  recognizeSpeech(
    params: ToolsRecognizeSpeechParams = {},
    options?: RequestOptions,
  ): APIPromise<RecognizedSpeech> {
    return this._client.request<RecognizedSpeech>(
      {
        method: "POST",
        path: "/im/v2/tools/asr",
        body: {
          operator_account_id: params.operator_account_id,
          format: params.format,
          url: params.url,
          sample_rate: params.sample_rate,
          duration: params.duration,
        },
        idempotent: true,
        name: "tools.recognizeSpeech",
        fields: { text: "string" },
      },
      options,
    );
  }
}
