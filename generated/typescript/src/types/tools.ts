// Tools (翻译 and speech recognition): text translation and speech-to-text.
// Generated from the OpenAPI spec; do not edit by hand.

/**
 * Body of a speech recognition. Only the official Java SDK describes it; which fields are required
 * and their limits, units and allowed values are not documented.
 */
export interface RecognizeSpeechRequest {
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

/** The result of a speech recognition. */
export interface RecognizedSpeech {
  /** The text recognized in the audio. */
  text?: string;
}

/** Settings of the translation engine. */
export interface TranslatorConfig {
  /**
   * Translate exactly from `source_language` to `target_language` instead of letting the engine
   * adjust them. Default true.
   */
  strict?: boolean;
}

/** Body of a text translation. */
export interface TranslateTextRequest {
  /** Account on whose behalf the text is translated; it must be a registered IM account. */
  operator_account_id: string;
  /** The text to translate. The length limit is not documented. */
  source_text: string;
  /**
   * Language code of the text, for example `zh-CHS`; detected automatically when left out (per a Go
   * SDK comment). The list of codes is not documented here.
   */
  source_language?: string;
  /** Language code to translate into, for example `en` or `th`. */
  target_language: string;
  /** Settings of the translation engine. */
  translator_config?: TranslatorConfig;
}

/** The result of a translation. */
export interface TranslatedText {
  /** The translated text. */
  translated_text?: string;
  /** Language of the source text, as given or as detected. */
  source_language?: string;
  /** Language the text was translated into. */
  target_language?: string;
}
