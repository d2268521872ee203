/** The runtime of the generated SDK: everything generated code imports comes from here. */

export { APIPromise, RawResponse } from "./api-promise.js";
export {
  APIClient,
  type APIClientConfig,
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_SIZE,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  encode,
  type ErrorCodeConfig,
  type FieldType,
  type HTTPMethod,
  type Logger,
  type LogLevel,
  MAX_URL_LENGTH,
  type Operation,
  type PageRequestOptions,
  path,
  type QueryStyle,
  queryString,
  type RegionConfig,
  type RequestOptions,
  TRACE_HEADER,
} from "./client.js";
export {
  type ConversationIdHelpers,
  type ConversationIdParts,
  conversationIdHelpers,
} from "./conversation-id.js";
export { warnDeprecated } from "./deprecation.js";
export {
  APIConnectionError,
  APIError,
  type APIErrorClass,
  type APIErrorInit,
  APIResponseError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  ConfigurationError,
  type FailedItem,
  MalformedResponseError,
  PageLimitError,
  PaginationError,
  PartialFailureError,
  RequestBuildError,
  type RequestInfo,
  ResponseTooLargeError,
  ResponseValidationError,
  YunxinError,
} from "./errors.js";
export {
  DEFAULT_MAX_ITEMS,
  DEFAULT_MAX_PAGES,
  MAX_TOKEN_LENGTH,
  Page,
  PagePromise,
  type PageSpec,
} from "./pagination.js";
export {
  attachPartialFailure,
  type PartialFailureMethods,
  type PartialFailureSpec,
  type WithFailures,
} from "./partial-failure.js";
export { REDACTED, redact } from "./redact.js";
export { checksum, sign, type Signature } from "./signing.js";
export { type SendStreamArgs, sendStream, type StreamSpec } from "./streaming.js";
