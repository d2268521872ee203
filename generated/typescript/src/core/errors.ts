/**
 * The errors the SDK throws. Everything it throws on purpose derives from `YunxinError`:
 *
 * ```
 * YunxinError
 * ├── ConfigurationError          missing credentials, unknown region, invalid option
 * ├── RequestBuildError           the arguments make no valid HTTP request
 * ├── APIConnectionError          no usable exchange: DNS, connect, reset, protocol violation
 * │   └── APITimeoutError         an attempt or the whole call passed its deadline
 * ├── APIUserAbortError           the caller's AbortSignal fired
 * ├── APIResponseError            the server answered, but not with success
 * │   ├── APIStatusError          HTTP 4xx/5xx without the envelope (or with code 200)
 * │   ├── ResponseTooLargeError   body larger than maxResponseSize
 * │   ├── MalformedResponseError  not JSON, not the envelope, undecodable Content-Encoding
 * │   │   └── ResponseValidationError  `data` does not fit its schema (keeps the raw body)
 * │   └── APIError                envelope code is not 200 (generated subclasses per code)
 * ├── PaginationError             a next token was used before in the walk, or is invalid
 * │   └── PageLimitError          the walk reached maxPages / maxItems
 * └── PartialFailureError         a batch result has failed items (raiseForFailures())
 * ```
 *
 * Every message ends with the call's trace id. Messages are redacted before the error is
 * built, and `util.inspect` shows only the fields chosen here: the request (with its
 * signature) and the response stay reachable as properties, but are not enumerable.
 */

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The request behind a response or a failed attempt; it holds the attempt's signature. */
export interface RequestInfo {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

function withTraceId(message: string, traceId: string | undefined): string {
  return traceId ? `${message} (trace id: ${traceId})` : message;
}

function hide(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, {
    value,
    enumerable: false,
    writable: false,
    configurable: true,
  });
}

/** Base class of every error the SDK throws on purpose. */
export class YunxinError extends Error {
  /** The X-custom-traceid of the call, when the error belongs to one. */
  readonly traceId: string | undefined;

  constructor(message: string, traceId?: string) {
    super(withTraceId(message, traceId));
    this.traceId = traceId;
    hide(this, "name", new.target.name);
    // Capture the stack again so that its first line names the subclass.
    Error.captureStackTrace?.(this, new.target);
  }

  /** The fields `util.inspect` shows besides the name and message. */
  protected inspectFields(): Record<string, unknown> {
    return this.traceId === undefined ? {} : { traceId: this.traceId };
  }

  [INSPECT](): string {
    const fields = Object.entries(this.inspectFields())
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join(", ");
    const head = `${this.name}: ${this.message}`;
    const stack = (this.stack ?? head).split("\n").slice(1).join("\n");
    return `${head}${fields ? ` { ${fields} }` : ""}${stack ? `\n${stack}` : ""}`;
  }
}

/** The client was given missing or invalid settings. */
export class ConfigurationError extends YunxinError {}

/** The arguments of a call make no valid HTTP request. */
export class RequestBuildError extends YunxinError {}

/** The caller's `signal` aborted the call. */
export class APIUserAbortError extends YunxinError {}

/** No usable HTTP exchange: DNS, connect, TLS, reset, or a protocol violation. */
export class APIConnectionError extends YunxinError {
  declare readonly request: RequestInfo | undefined;

  constructor(message: string, options: { request?: RequestInfo; traceId?: string } = {}) {
    super(message, options.traceId);
    hide(this, "request", options.request);
  }
}

/** An attempt, or the whole call (totalTimeout), passed its deadline. */
export class APITimeoutError extends APIConnectionError {}

export interface ResponseErrorInit {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Uint8Array;
  readonly request: RequestInfo;
  readonly traceId: string;
}

/** The server answered, but the answer is not a success. */
export class APIResponseError extends YunxinError {
  /** The HTTP status code. */
  readonly status: number;
  declare readonly headers: Headers;
  /** The raw body as read (empty when it was not read). */
  declare readonly body: Uint8Array;
  /** The request that got this answer, signature headers included. */
  declare readonly request: RequestInfo;

  constructor(message: string, init: ResponseErrorInit) {
    super(message, init.traceId);
    this.status = init.status;
    hide(this, "headers", init.headers);
    hide(this, "body", init.body);
    hide(this, "request", init.request);
  }

  /** The HTTP response: status (usually 200 for API errors), headers and raw body. */
  get response(): { status: number; headers: Headers; body: Uint8Array } {
    return { status: this.status, headers: this.headers, body: this.body };
  }

  protected override inspectFields(): Record<string, unknown> {
    return { status: this.status, ...super.inspectFields() };
  }
}

/** HTTP 4xx/5xx whose body is not the envelope, or is the envelope with code 200. */
export class APIStatusError extends APIResponseError {}

/** The body is larger than maxResponseSize; the rest of it was not read. */
export class ResponseTooLargeError extends APIResponseError {}

/** The body is not JSON, not the `{code, msg, data}` envelope, or cannot be decoded. */
export class MalformedResponseError extends APIResponseError {}

/** The envelope says success but `data` does not fit the operation's schema. */
export class ResponseValidationError extends MalformedResponseError {
  /** What does not fit, one line per problem. */
  readonly errors: readonly string[];

  constructor(message: string, init: ResponseErrorInit & { errors: readonly string[] }) {
    super(message, init);
    this.errors = init.errors;
  }
}

export interface APIErrorInit extends ResponseErrorInit {
  readonly code: number;
  readonly msg: string;
}

/** The envelope's `code` is not 200. Generated code adds one subclass per documented code. */
export class APIError extends APIResponseError {
  /** The API result code. */
  readonly code: number;
  /** The server's explanation (redacted). */
  readonly msg: string;

  constructor(init: APIErrorInit) {
    super(`API error ${init.code}: ${init.msg}`, init);
    this.code = init.code;
    this.msg = init.msg;
  }

  protected override inspectFields(): Record<string, unknown> {
    return { code: this.code, msg: this.msg, ...super.inspectFields() };
  }
}

/** A constructor of an APIError subclass, as generated code declares them. */
export type APIErrorClass = new (init: APIErrorInit) => APIError;

/** A page's answer cannot be followed: its next token was used before, or is invalid. */
export class PaginationError extends YunxinError {}

/** A walk reached maxPages or maxItems before the last page. */
export class PageLimitError extends PaginationError {
  /** Pages fetched so far. */
  readonly pages: number;
  /** Items received so far. */
  readonly items: number;

  constructor(message: string, options: { pages: number; items: number; traceId?: string }) {
    super(message, options.traceId);
    this.pages = options.pages;
    this.items = options.items;
  }

  protected override inspectFields(): Record<string, unknown> {
    return { pages: this.pages, items: this.items, ...super.inspectFields() };
  }
}

/** One failed item of a batch result. */
export interface FailedItem {
  readonly id: unknown;
  readonly code: unknown;
  readonly message: unknown;
  readonly raw: unknown;
}

/** A batch call succeeded as a whole but some of its items failed. */
export class PartialFailureError extends YunxinError {
  readonly failures: readonly FailedItem[];
  readonly failedIds: readonly unknown[];

  constructor(failures: readonly FailedItem[], traceId?: string) {
    const details = failures
      .slice(0, 10)
      .map((f) => `${JSON.stringify(f.id)} (${String(f.code)}: ${String(f.message)})`)
      .join(", ");
    const more = failures.length > 10 ? ` and ${failures.length - 10} more` : "";
    super(`${failures.length} item(s) failed: ${details}${more}`, traceId);
    this.failures = failures;
    this.failedIds = failures.map((f) => f.id);
  }

  protected override inspectFields(): Record<string, unknown> {
    return { failedIds: this.failedIds, ...super.inspectFields() };
  }
}
