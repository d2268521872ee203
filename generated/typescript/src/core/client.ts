/**
 * The HTTP machinery every generated client extends: signing, serialisation, retries,
 * failover between hosts, envelope parsing and logging.
 *
 * Retries. A failed attempt is retried, at most `maxRetries` times, only when it is safe:
 * - it provably never reached the server (DNS failure, connection refused, connect timeout):
 *   for every operation, switching to the region's next host;
 * - the server refused it before doing anything (HTTP 429, API codes marked `always`):
 *   for every operation;
 * - it may have reached the server (timeouts, resets, HTTP 5xx/408, malformed answers, API
 *   codes marked `idempotent`): for idempotent operations only, so a non-idempotent write is
 *   never sent twice.
 * The n-th retry waits a sane `Retry-After` (0 to 60 s), else a random time between half and
 * all of `min(initialRetryDelay * 2 ** n, maxRetryDelay)`. Every attempt is signed anew.
 *
 * Bounds. `timeout` is the deadline of one attempt as a whole (connecting, sending, the
 * headers and the whole body), enforced by aborting the fetch; `totalTimeout` bounds the
 * whole call; a body larger than `maxResponseSize` is not read. Whatever the server sends,
 * a call resolves to its typed result or rejects with a `YunxinError`.
 */

import { randomUUID } from "node:crypto";

import { APIPromise, RawResponse } from "./api-promise.js";
import { warnDeprecated } from "./deprecation.js";
import {
  APIConnectionError,
  APIError,
  type APIErrorClass,
  APIResponseError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  ConfigurationError,
  MalformedResponseError,
  RequestBuildError,
  type RequestInfo,
  type ResponseErrorInit,
  ResponseTooLargeError,
  ResponseValidationError,
  YunxinError,
} from "./errors.js";
import type { PageSpec } from "./pagination.js";
import { PagePromise } from "./pagination.js";
import { attachPartialFailure, type PartialFailureSpec } from "./partial-failure.js";
import { redact } from "./redact.js";
import { sign, type Signature } from "./signing.js";

export const DEFAULT_TIMEOUT = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_INITIAL_RETRY_DELAY = 500;
export const DEFAULT_MAX_RETRY_DELAY = 8_000;
export const MAX_RETRY_AFTER = 60_000;
/** Largest response body read by default, in bytes (after decompression): 8 MiB. */
export const DEFAULT_MAX_RESPONSE_SIZE = 8 * 1024 * 1024;
export const TRACE_HEADER = "X-custom-traceid";
/** Longest URL sent; longer ones are a RequestBuildError rather than a server's 414. */
export const MAX_URL_LENGTH = 65536;

export type HTTPMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** How a list-valued query parameter is sent: comma-joined, repeated, or as JSON text. */
export type QueryStyle = "simple" | "explode" | "json";
/** The JSON type a top-level field of `data` must have when present. */
export type FieldType = "string" | "number" | "integer" | "boolean" | "array" | "object";
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** Where log lines go; every line is redacted before it gets here. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** One region's hosts: the primary first, then the backups used on connect failures. */
export interface RegionConfig {
  readonly baseURL: string;
  readonly backupBaseURLs?: readonly string[];
}

/** A documented API code: its error class, and when a call that got it may be sent again. */
export interface ErrorCodeConfig {
  readonly error?: APIErrorClass;
  readonly retry?: "always" | "idempotent" | "never" | undefined;
}

/** What the generated client passes to `super()`: the parts that come from the spec. */
export interface APIClientConfig {
  readonly regions: Readonly<Record<string, RegionConfig>>;
  readonly defaultRegion: string;
  readonly errorCodes?: Readonly<Record<number, ErrorCodeConfig>>;
  /** The User-Agent header, e.g. `yunxin-im-node/1.2.3`. */
  readonly userAgent: string;
}

/** The settings a user passes to `new YunxinIM({...})`. Times are in milliseconds. */
export interface ClientOptions {
  /** Falls back to YUNXIN_APP_KEY. */
  appKey?: string | undefined;
  /** Falls back to YUNXIN_APP_SECRET. Never sent, logged or shown. */
  appSecret?: string | undefined;
  /** Falls back to YUNXIN_REGION, then the spec's default region. */
  region?: string | undefined;
  /** Overrides the region's host; falls back to YUNXIN_BASE_URL. */
  baseURL?: string | undefined;
  /** Hosts tried, in turn, when the current one cannot be connected to. */
  backupBaseURLs?: readonly string[] | undefined;
  /** Deadline of one attempt, in ms (default 30 000). */
  timeout?: number | undefined;
  /** Deadline of a whole call, retries included, in ms (default none). */
  totalTimeout?: number | null | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** First retry wait in ms, doubled on each retry (default 500). */
  initialRetryDelay?: number | undefined;
  /** Longest retry wait in ms (default 8 000). */
  maxRetryDelay?: number | undefined;
  /** Largest response body accepted, in bytes (default 8 MiB). */
  maxResponseSize?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Readonly<Record<string, string>> | undefined;
  /** Where log lines go (default: console). */
  logger?: Logger | undefined;
  /** Lowest level written (default: YUNXIN_LOG, else "warn"). */
  logLevel?: LogLevel | undefined;
  /** A fetch implementation (default: the global fetch). */
  fetch?: typeof fetch | undefined;
}

/** Per-call options: the second argument of every method. */
export interface RequestOptions {
  /** Deadline of one attempt, in ms. */
  timeout?: number | undefined;
  /** Deadline of the whole call in ms; null lifts the client's. */
  totalTimeout?: number | null | undefined;
  maxRetries?: number | undefined;
  /** Extra headers; a null value removes a default header. */
  headers?: Readonly<Record<string, string | null | undefined>> | undefined;
  /** Extra query parameters. */
  query?: Readonly<Record<string, unknown>> | undefined;
  /** Extra body fields, merged over the method's. */
  body?: Readonly<Record<string, unknown>> | undefined;
  /** The X-custom-traceid of every attempt (default: a fresh UUID). */
  traceId?: string | undefined;
  signal?: AbortSignal | undefined;
  maxResponseSize?: number | undefined;
}

/** Per-call options of list methods: also the bounds of the walk (null lifts them). */
export interface PageRequestOptions extends RequestOptions {
  /** Most pages one walk fetches (default 1 000). */
  maxPages?: number | null | undefined;
  /** Most items one walk receives before it stops fetching (default 100 000). */
  maxItems?: number | null | undefined;
}

/** One call as generated code describes it. */
export interface Operation {
  readonly method: HTTPMethod;
  /** The path with its parameters already substituted (see `path`). */
  readonly path: string;
  /** Query parameters by wire name (an interface of the generated params is fine). */
  readonly query?: object | undefined;
  readonly queryStyles?: Readonly<Record<string, QueryStyle>> | undefined;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** True when sending the call twice does no harm. */
  readonly idempotent: boolean;
  /** A name for log lines and warnings, e.g. `messages.send`. */
  readonly name?: string | undefined;
  /** Why the operation is deprecated; it then warns once per process. */
  readonly deprecated?: string | undefined;
  /** Types of top-level fields of `data`, checked when present. */
  readonly fields?: Readonly<Record<string, FieldType>> | undefined;
  /** Further checks of `data`: the problems found (empty when it fits). */
  readonly validate?: ((data: Readonly<Record<string, unknown>>) => readonly string[]) | undefined;
  /** Batch results: where the failed items are (adds `raiseForFailures()`). */
  readonly partialFailure?: PartialFailureSpec | undefined;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const LEVELS: Readonly<Record<LogLevel, number>> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  off: 99,
};
/** Error codes (of Node and undici) that prove the request never left this machine. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const CODE = /^-?[0-9]{1,9}$/;
const MAYBE_FLOAT_CODE = /"code"\s*:\s*-?[0-9]+[.eE]/;
const SECONDS = /^[0-9]{1,9}(?:\.[0-9]{1,9})?$/;
const TIMEOUT = Symbol("attempt deadline");
const USER_ABORT = Symbol("user abort");

interface Prepared {
  readonly op: Operation;
  readonly target: string;
  readonly body: string | undefined;
  readonly headers: Record<string, string>;
  readonly timeout: number;
  readonly totalTimeout: number | null;
  readonly maxRetries: number;
  readonly maxResponseSize: number;
  readonly traceId: string;
  readonly signal: AbortSignal | undefined;
  readonly label: string;
  /** The AppSecret, then the CheckSum and Nonce of each attempt. */
  readonly secrets: string[];
}

type Outcome<T> =
  | { readonly raw: RawResponse<T> }
  | { readonly error: YunxinError; readonly reached: boolean };

const now = (): number => performance.now();

/** Percent-encode everything but the unreserved characters (as RFC 3986 says). */
export function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function scalar(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return JSON.stringify(value) ?? "";
}

/**
 * A tagged template for paths: every substituted value is percent-encoded.
 * `path\`/im/v2/accounts/${id}\`` gives `/im/v2/accounts/a%2Fb` for `id = "a/b"`.
 */
export function path(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += encode(scalar(value)) + (strings[index + 1] ?? "");
  });
  return out;
}

function jsonable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonable);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && item !== null) out[key] = jsonable(item);
    }
    return out;
  }
  return value;
}

/** Encode query parameters; arrays are comma-joined, repeated or JSON, as `styles` say. */
export function queryString(
  query: object,
  styles: Readonly<Record<string, QueryStyle>> = {},
): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const key = encode(name);
    const style = styles[name] ?? "simple";
    if (style === "json") {
      pairs.push(`${key}=${encode(JSON.stringify(jsonable(value)))}`);
    } else if (Array.isArray(value)) {
      const items = value.map((item) => encode(scalar(item)));
      if (style === "explode") pairs.push(...items.map((item) => `${key}=${item}`));
      else pairs.push(`${key}=${items.join(",")}`);
    } else {
      pairs.push(`${key}=${encode(scalar(value))}`);
    }
  }
  return pairs.join("&");
}

/** Milliseconds the server asks to wait, or undefined when it asks nothing sensible. */
export function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (SECONDS.test(text)) return Number(text) * 1000;
  if (text.length > 64 || !/^[A-Za-z]{3},/.test(text)) return undefined;
  const when = Date.parse(text);
  return Number.isFinite(when) ? when - Date.now() : undefined;
}

/**
 * The raw text of the last top-level member `key` of a JSON object text (JSON.parse keeps the
 * last duplicate), or undefined. Used to tell `200` from `200.0`, which JSON.parse conflates.
 */
function rawMember(text: string, key: string): string | undefined {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && " \t\r\n\ufeff".includes(text[i] as string)) i++;
  };
  const skipString = (): void => {
    i++;
    while (i < n && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
  };
  ws();
  if (text[i] !== "{") return undefined;
  i++;
  let found: string | undefined;
  while (i < n) {
    ws();
    if (text[i] !== '"') return found;
    const start = i;
    skipString();
    let name: unknown;
    try {
      name = JSON.parse(text.slice(start, i));
    } catch {
      return found;
    }
    ws();
    if (text[i] !== ":") return found;
    i++;
    ws();
    const valueStart = i;
    let depth = 0;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        if (depth === 0) break;
        depth--;
      } else if (c === "," && depth === 0) break;
      i++;
    }
    if (name === key) found = text.slice(valueStart, i).trim();
    if (text[i] === ",") i++;
    else return found;
  }
  return found;
}

function envelopeCode(payload: Record<string, unknown>, text: string): number | undefined {
  const code = payload["code"];
  if (typeof code === "string") return CODE.test(code) ? Number(code) : undefined;
  if (typeof code !== "number" || !Number.isSafeInteger(code)) return undefined;
  // Fast path: no `"code": <number with a fraction or exponent>` anywhere and no escaped key.
  if (!MAYBE_FLOAT_CODE.test(text) && !text.includes("\\u")) return code;
  const raw = rawMember(text, "code");
  return raw !== undefined && /^-?[0-9]+$/.test(raw) ? code : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fits(value: unknown, type: FieldType): boolean {
  switch (type) {
    case "array":
      return Array.isArray(value);
    case "object":
      return isPlainObject(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== "object") return undefined;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof Error) {
      const code = (e as { code?: unknown }).code;
      parts.push(`${e.message}${typeof code === "string" ? ` (${code})` : ""}`);
      e = e.cause;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join(": ").slice(0, 300);
}

function isDecodingError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code !== undefined &&
    (code.startsWith("Z_") ||
      code.startsWith("ERR_BROTLI") ||
      code === "ERR__ERROR_FORMAT_PADDING_1")
  );
}

function checkPositive(name: string, value: unknown, integer: boolean): void {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value <= 0 ||
    (integer && !Number.isInteger(value))
  ) {
    throw new ConfigurationError(
      `${name} must be a positive ${integer ? "integer" : "number"}, not ${String(value)}`,
    );
  }
}

function checkRetries(value: unknown): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`maxRetries must be a non-negative integer, not ${String(value)}`);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined, traceId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError("the call was aborted by its signal", traceId));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The client every generated `YunxinIM` extends. */
export class APIClient {
  /** The AppKey sent with every request. */
  readonly appKey: string;
  /** The region whose hosts are used. */
  readonly region: string;
  readonly timeout: number;
  readonly totalTimeout: number | null;
  readonly maxRetries: number;
  readonly initialRetryDelay: number;
  readonly maxRetryDelay: number;
  readonly maxResponseSize: number;
  readonly #appSecret: string;
  readonly #baseURLs: readonly string[];
  #active = 0;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #errorCodes: Readonly<Record<number, ErrorCodeConfig>>;
  readonly #logger: Logger;
  readonly #logLevel: number;
  readonly #fetch: typeof fetch;

  constructor(options: ClientOptions, config: APIClientConfig) {
    const env = typeof process === "undefined" ? {} : process.env;
    const appKey = options.appKey ?? env["YUNXIN_APP_KEY"];
    const appSecret = options.appSecret ?? env["YUNXIN_APP_SECRET"];
    if (!appKey) {
      throw new ConfigurationError(
        "appKey is missing: pass appKey or set the YUNXIN_APP_KEY environment variable",
      );
    }
    if (!appSecret) {
      throw new ConfigurationError(
        "appSecret is missing: pass appSecret or set the YUNXIN_APP_SECRET environment variable",
      );
    }
    const region = options.region || env["YUNXIN_REGION"] || config.defaultRegion;
    const baseURL = options.baseURL || env["YUNXIN_BASE_URL"];
    let urls: string[];
    if (baseURL) {
      urls = [baseURL, ...(options.backupBaseURLs ?? [])];
    } else {
      const hosts = Object.prototype.hasOwnProperty.call(config.regions, region)
        ? config.regions[region]
        : undefined;
      if (!hosts) {
        const known = Object.keys(config.regions).map((name) => JSON.stringify(name));
        throw new ConfigurationError(
          `unknown region ${JSON.stringify(region)}: use one of ${known.join(", ")} or baseURL`,
        );
      }
      urls = [hosts.baseURL, ...(options.backupBaseURLs ?? hosts.backupBaseURLs ?? [])];
    }
    for (const url of urls) {
      if (!/^https?:\/\//.test(url)) {
        throw new ConfigurationError(
          `base URL ${JSON.stringify(url)} must start with http:// or https://`,
        );
      }
      try {
        new URL(url);
      } catch {
        throw new ConfigurationError(`base URL ${JSON.stringify(url)} is not a valid URL`);
      }
    }
    if (options.timeout !== undefined) checkPositive("timeout", options.timeout, false);
    if (options.totalTimeout != null) checkPositive("totalTimeout", options.totalTimeout, false);
    if (options.maxResponseSize !== undefined) {
      checkPositive("maxResponseSize", options.maxResponseSize, true);
    }
    if (options.maxRetries !== undefined) checkRetries(options.maxRetries);
    for (const name of ["initialRetryDelay", "maxRetryDelay"] as const) {
      const value = options[name];
      if (value !== undefined && !(typeof value === "number" && value >= 0)) {
        throw new ConfigurationError(`${name} must be a non-negative number, not ${String(value)}`);
      }
    }
    const level = options.logLevel ?? env["YUNXIN_LOG"] ?? "warn";
    if (!Object.prototype.hasOwnProperty.call(LEVELS, level)) {
      throw new ConfigurationError(`logLevel must be one of ${Object.keys(LEVELS).join(", ")}`);
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function") {
      throw new ConfigurationError("no fetch: use Node.js 18 or newer, or pass fetch");
    }
    this.appKey = appKey;
    this.#appSecret = appSecret;
    this.region = region;
    this.#baseURLs = urls.map((url) => url.replace(/\/+$/, ""));
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.totalTimeout = options.totalTimeout ?? null;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.initialRetryDelay = options.initialRetryDelay ?? DEFAULT_INITIAL_RETRY_DELAY;
    this.maxRetryDelay = options.maxRetryDelay ?? DEFAULT_MAX_RETRY_DELAY;
    this.maxResponseSize = options.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE;
    this.#headers = {
      Accept: "application/json",
      "User-Agent": config.userAgent,
      AppKey: appKey,
      ...options.defaultHeaders,
    };
    this.#errorCodes = config.errorCodes ?? {};
    this.#logger = options.logger ?? console;
    this.#logLevel = LEVELS[level as LogLevel];
    this.#fetch = fetchImpl;
  }

  /** The host requests go to now (it changes after a failover). */
  get baseURL(): string {
    return this.#baseURLs[this.#active] as string;
  }

  /** All hosts, primary first. */
  get baseURLs(): readonly string[] {
    return [...this.#baseURLs];
  }

  [INSPECT](): string {
    return `${this.constructor.name} { appKey: ${JSON.stringify(this.appKey)}, region: ${JSON.stringify(this.region)}, baseURL: ${JSON.stringify(this.baseURL)} }`;
  }

  toJSON(): Record<string, unknown> {
    return { appKey: this.appKey, region: this.region, baseURL: this.baseURL };
  }

  /** Send one call (with its retries); resolves to the parsed `data`. */
  request<T>(op: Operation, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>(this.#call<T>(op, options ?? {}));
  }

  /** Send a list call: `await` gives the first page, `for await` walks every item. */
  paginate<Item, Data extends object = Record<string, unknown>>(
    op: Operation,
    spec: PageSpec,
    options?: PageRequestOptions,
  ): PagePromise<Item, Data> {
    return new PagePromise<Item, Data>(this, op, spec, options ?? {});
  }

  #log(level: Exclude<LogLevel, "off">, message: string, secrets: readonly string[]): void {
    if (LEVELS[level] < this.#logLevel) return;
    try {
      this.#logger[level](redact(message, [this.#appSecret, ...secrets]));
    } catch {
      // a failing logger must not fail the call
    }
  }

  #prepare(op: Operation, options: RequestOptions): Prepared {
    if (options.timeout !== undefined) checkPositive("timeout", options.timeout, false);
    if (options.totalTimeout != null) checkPositive("totalTimeout", options.totalTimeout, false);
    if (options.maxResponseSize !== undefined) {
      checkPositive("maxResponseSize", options.maxResponseSize, true);
    }
    if (options.maxRetries !== undefined) checkRetries(options.maxRetries);
    const label = `${op.method} ${op.path}`;
    const traceId = options.traceId || randomUUID();
    try {
      if (!op.path.startsWith("/")) throw new Error(`the path must start with "/"`);
      let query = queryString(op.query ?? {}, op.queryStyles);
      if (options.query) query = [query, queryString(options.query)].filter(Boolean).join("&");
      const target = query ? `${op.path}?${query}` : op.path;
      const longest = Math.max(...this.#baseURLs.map((url) => url.length)) + target.length;
      if (longest > MAX_URL_LENGTH) {
        throw new Error(`the URL would have ${longest} characters, more than ${MAX_URL_LENGTH}`);
      }
      new URL(this.#baseURLs[0] + target);
      let body: string | undefined;
      if (op.body !== undefined || options.body !== undefined) {
        const merged = {
          ...(jsonable(op.body ?? {}) as object),
          ...(jsonable(options.body ?? {}) as object),
        };
        body = JSON.stringify(merged);
      }
      const headers: Record<string, string> = { ...this.#headers };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      for (const [name, value] of Object.entries(op.headers ?? {})) {
        if (value !== undefined && value !== null) headers[name] = String(value);
      }
      for (const [name, value] of Object.entries(options.headers ?? {})) {
        const existing = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
        if (existing !== undefined) delete headers[existing];
        if (value !== undefined && value !== null) headers[name] = value;
      }
      new Headers({ ...headers, [TRACE_HEADER]: traceId });
      return {
        op,
        target,
        body,
        headers,
        timeout: options.timeout ?? this.timeout,
        totalTimeout: options.totalTimeout === undefined ? this.totalTimeout : options.totalTimeout,
        maxRetries: options.maxRetries ?? this.maxRetries,
        maxResponseSize: options.maxResponseSize ?? this.maxResponseSize,
        traceId,
        signal: options.signal,
        label,
        secrets: [this.#appSecret],
      };
    } catch (error) {
      const reason = redact(describe(error), [this.#appSecret]);
      throw new RequestBuildError(`${label}: the request cannot be built: ${reason}`, traceId);
    }
  }

  async #call<T>(op: Operation, options: RequestOptions): Promise<RawResponse<T>> {
    const prepared = this.#prepare(op, options);
    if (op.deprecated !== undefined) warnDeprecated(op.name ?? prepared.label, op.deprecated);
    const started = now();
    const totalDeadline =
      prepared.totalTimeout === null ? undefined : started + prepared.totalTimeout;
    for (let retry = 0; ; retry++) {
      if (prepared.signal?.aborted) {
        throw new APIUserAbortError("the call was aborted by its signal", prepared.traceId);
      }
      const baseURL = this.baseURL;
      const attemptStarted = now();
      const outcome = await this.#attempt<T>(prepared, baseURL, retry, totalDeadline);
      const took = (now() - attemptStarted).toFixed(1);
      if ("raw" in outcome) {
        this.#log(
          "debug",
          `${prepared.label} -> HTTP ${outcome.raw.status}, ok in ${took} ms (attempt ${retry + 1}, trace id ${prepared.traceId})`,
          prepared.secrets,
        );
        return outcome.raw;
      }
      const { error, reached } = outcome;
      const status = error instanceof APIResponseError ? error.status : "-";
      const what = error instanceof APIError ? `code ${error.code}` : error.name;
      this.#log(
        "debug",
        `${prepared.label} -> HTTP ${status}, ${what} in ${took} ms (attempt ${retry + 1}, trace id ${prepared.traceId})`,
        prepared.secrets,
      );
      if (error instanceof APIUserAbortError) throw error;
      if (retry >= prepared.maxRetries || !this.#shouldRetry(op, error, reached)) throw error;
      if (error instanceof APIConnectionError && !reached) this.#failOver(baseURL, prepared);
      const delay = this.#retryDelay(retry, error);
      if (totalDeadline !== undefined && now() + delay >= totalDeadline) {
        this.#log(
          "info",
          `not retrying ${prepared.label}: totalTimeout would pass (trace id ${prepared.traceId})`,
          prepared.secrets,
        );
        throw error;
      }
      this.#log(
        "info",
        `retrying ${prepared.label} in ${delay.toFixed(0)} ms after ${error.name} (retry ${retry + 1} of ${prepared.maxRetries}, trace id ${prepared.traceId})`,
        prepared.secrets,
      );
      await sleep(delay, prepared.signal, prepared.traceId);
    }
  }

  async #attempt<T>(
    prepared: Prepared,
    baseURL: string,
    retry: number,
    totalDeadline: number | undefined,
  ): Promise<Outcome<T>> {
    const signature = sign(this.#appSecret);
    prepared.secrets.push(signature.CheckSum, signature.Nonce);
    const headers = { ...prepared.headers, ...signature, [TRACE_HEADER]: prepared.traceId };
    const request: RequestInfo = {
      method: prepared.op.method,
      url: baseURL + prepared.target,
      headers,
    };
    const byTotal = totalDeadline !== undefined && totalDeadline <= now() + prepared.timeout;
    const wait = byTotal ? Math.max(totalDeadline - now(), 0) : prepared.timeout;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), wait);
    const onAbort = (): void => controller.abort(USER_ABORT);
    prepared.signal?.addEventListener("abort", onAbort, { once: true });
    let complete = false;
    try {
      let response: Response;
      try {
        response = await this.#fetch(request.url, {
          method: request.method,
          headers,
          body: prepared.body ?? null,
          signal: controller.signal,
          redirect: "manual",
        });
      } catch (error) {
        return this.#transportFailure(error, controller.signal, request, prepared, byTotal, wait);
      }
      let body: Uint8Array;
      try {
        body = await this.#readBody(response, prepared, request);
      } catch (error) {
        if (error instanceof YunxinError) return { error, reached: true };
        const failure = this.#transportFailure(
          error,
          controller.signal,
          request,
          prepared,
          byTotal,
          wait,
        );
        return { error: failure.error, reached: true };
      }
      complete = true;
      const data = this.#parse<T>(response, body, prepared, request);
      return {
        raw: new RawResponse<T>({
          data,
          response,
          body,
          traceId: prepared.traceId,
          retriesTaken: retry,
          signature: { AppKey: this.appKey, ...signature },
        }),
      };
    } catch (error) {
      if (error instanceof YunxinError) return { error, reached: true };
      const reason = redact(describe(error), prepared.secrets);
      return {
        error: new APIConnectionError(`${prepared.label} failed: ${reason}`, {
          request,
          traceId: prepared.traceId,
        }),
        reached: true,
      };
    } finally {
      clearTimeout(timer);
      prepared.signal?.removeEventListener("abort", onAbort);
      if (!complete) controller.abort();
    }
  }

  #transportFailure(
    error: unknown,
    signal: AbortSignal,
    request: RequestInfo,
    prepared: Prepared,
    byTotal: boolean,
    wait: number,
  ): { error: YunxinError; reached: boolean } {
    const traceId = prepared.traceId;
    const where = `${request.method} ${request.url.split("?")[0] ?? ""}`;
    if (signal.aborted && signal.reason === USER_ABORT) {
      return {
        error: new APIUserAbortError(`${where} was aborted by its signal`, traceId),
        reached: true,
      };
    }
    if (signal.aborted && signal.reason === TIMEOUT) {
      const why = byTotal
        ? "the call's totalTimeout passed"
        : `no complete answer within ${wait} ms`;
      return {
        error: new APITimeoutError(`${where} timed out: ${why}`, { request, traceId }),
        reached: true,
      };
    }
    const code = errorCode(error);
    const reached = code === undefined || !NOT_SENT.has(code);
    const reason = redact(describe(error), prepared.secrets);
    const Kind = code === "UND_ERR_CONNECT_TIMEOUT" ? APITimeoutError : APIConnectionError;
    return { error: new Kind(`${where} failed: ${reason}`, { request, traceId }), reached };
  }

  #responseInit(
    response: Response,
    body: Uint8Array,
    prepared: Prepared,
    request: RequestInfo,
  ): ResponseErrorInit {
    return {
      status: response.status,
      headers: response.headers,
      body,
      request,
      traceId: prepared.traceId,
    };
  }

  async #readBody(
    response: Response,
    prepared: Prepared,
    request: RequestInfo,
  ): Promise<Uint8Array> {
    const limit = prepared.maxResponseSize;
    const declared = response.headers.get("content-length");
    if (
      declared &&
      /^[0-9]+$/.test(declared) &&
      (declared.length > 15 || Number(declared) > limit)
    ) {
      void response.body?.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(
        `the response to ${prepared.label} is declared as ${declared.slice(0, 30)} bytes, more than maxResponseSize=${limit}`,
        this.#responseInit(response, new Uint8Array(0), prepared, request),
      );
    }
    if (response.body === null) return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (isDecodingError(error)) {
          const encoding = (response.headers.get("content-encoding") ?? "").slice(0, 100);
          throw new MalformedResponseError(
            redact(
              `the response body of ${prepared.label} cannot be decoded as Content-Encoding ${JSON.stringify(encoding)}: ${describe(error)}`,
              prepared.secrets,
            ),
            this.#responseInit(response, new Uint8Array(0), prepared, request),
          );
        }
        throw error;
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      chunks.push(chunk.value);
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(
          `the response to ${prepared.label} is larger than maxResponseSize=${limit} bytes`,
          this.#responseInit(response, concat(chunks).subarray(0, limit), prepared, request),
        );
      }
    }
    return concat(chunks);
  }

  #snippet(body: Uint8Array, prepared: Prepared): string {
    const text = redact(new TextDecoder("utf-8").decode(body.subarray(0, 65536)), prepared.secrets)
      .split(/\s+/)
      .filter(Boolean)
      .join(" ");
    return (text.length > 200 ? `${text.slice(0, 200)} ...` : text) || "(empty body)";
  }

  #parse<T>(response: Response, body: Uint8Array, prepared: Prepared, request: RequestInfo): T {
    const init = this.#responseInit(response, body, prepared, request);
    const op = prepared.op;
    const reasonPhrase = redact(response.statusText.slice(0, 100), prepared.secrets);
    let text: string | undefined;
    let payload: unknown;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
      payload = JSON.parse(text);
    } catch {
      text = undefined;
    }
    const code =
      text !== undefined && isPlainObject(payload) ? envelopeCode(payload, text) : undefined;
    if (code === undefined || !isPlainObject(payload)) {
      if (response.status >= 400) {
        throw new APIStatusError(
          `HTTP ${response.status} ${reasonPhrase}: ${this.#snippet(body, prepared)}`,
          init,
        );
      }
      let what: string;
      if (text === undefined) what = "is not JSON";
      else if (isPlainObject(payload) && "code" in payload) {
        what = `has a \`code\` that is not an integer (${typeName(payload["code"])})`;
      } else what = "is not the {code, msg, data} envelope";
      throw new MalformedResponseError(
        `the response body of ${prepared.label} (HTTP ${response.status}) ${what}: ${this.#snippet(body, prepared)}`,
        init,
      );
    }
    if (code !== 200) {
      const raw = payload["msg"];
      let msg: string;
      if (typeof raw === "string") msg = raw;
      else if (raw === undefined || raw === null) msg = "";
      else msg = (JSON.stringify(raw) ?? "").slice(0, 1000);
      const ErrorClass = this.#errorCodes[code]?.error ?? APIError;
      throw new ErrorClass({ ...init, code, msg: redact(msg, prepared.secrets) });
    }
    if (response.status >= 400) {
      throw new APIStatusError(
        `HTTP ${response.status} ${reasonPhrase} with API code 200: ${this.#snippet(body, prepared)}`,
        init,
      );
    }
    const data = payload["data"] ?? {};
    const problems: string[] = [];
    if (!isPlainObject(data)) {
      problems.push(`data: expected an object, got ${typeName(data)}`);
    } else {
      for (const [name, type] of Object.entries(op.fields ?? {})) {
        const value = data[name];
        if (value !== undefined && value !== null && !fits(value, type)) {
          problems.push(`data.${name}: expected ${type}, got ${typeName(value)}`);
        }
      }
      if (problems.length === 0 && op.validate) {
        try {
          problems.push(...op.validate(data));
        } catch (error) {
          problems.push(`data: ${describe(error)}`);
        }
      }
    }
    if (problems.length > 0 || !isPlainObject(data)) {
      const first = redact(problems[0] ?? "", prepared.secrets).slice(0, 300);
      throw new ResponseValidationError(
        `\`data\` of ${prepared.label} does not match its schema: ${problems.length} problem(s), first: ${first}`,
        { ...init, errors: problems },
      );
    }
    const result = op.partialFailure
      ? attachPartialFailure(data, op.partialFailure, prepared.traceId)
      : data;
    return result as T;
  }

  #shouldRetry(op: Operation, error: YunxinError, reached: boolean): boolean {
    if (error instanceof APIConnectionError) return !reached || op.idempotent;
    if (error instanceof APIError) {
      const retry = this.#errorCodes[error.code]?.retry;
      return retry === "always" || (op.idempotent && retry === "idempotent");
    }
    if (error instanceof APIStatusError) {
      return (
        error.status === 429 || (op.idempotent && (error.status >= 500 || error.status === 408))
      );
    }
    if (error instanceof MalformedResponseError) return op.idempotent;
    return false;
  }

  #retryDelay(retry: number, error: YunxinError): number {
    if (error instanceof APIResponseError) {
      let after: number | undefined;
      try {
        after = retryAfter(error.headers.get("retry-after"));
      } catch {
        after = undefined;
      }
      if (after !== undefined && after >= 0 && after <= MAX_RETRY_AFTER) return after;
    }
    const ceiling = Math.min(this.initialRetryDelay * 2 ** retry, this.maxRetryDelay);
    return ceiling * (0.5 + Math.random() * 0.5);
  }

  #failOver(failed: string, prepared: Prepared): void {
    if (this.#baseURLs.length > 1 && this.baseURL === failed) {
      this.#active = (this.#active + 1) % this.#baseURLs.length;
      this.#log("warn", `${failed} is unreachable; switching to ${this.baseURL}`, prepared.secrets);
    }
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let size = 0;
  for (const chunk of chunks) size += chunk.byteLength;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export type { Signature };
