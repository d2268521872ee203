/**
 * `APIPromise<T>`: what every method returns. `await` it for the typed `data`; call
 * `.withResponse()` for the data together with the HTTP exchange behind it.
 */

import type { Signature } from "./signing.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The successful HTTP exchange behind a call, next to its parsed result. */
export class RawResponse<T> {
  /** The parsed result, as the method resolves it without `.withResponse()`. */
  readonly data: T;
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The X-custom-traceid sent with every attempt of the call. */
  readonly traceId: string;
  /** How many retries were needed (0 when the first attempt succeeded). */
  readonly retriesTaken: number;
  /** The raw body. */
  declare readonly body: Uint8Array;
  readonly #response: Response;
  readonly #signature: Signature & { AppKey: string };

  constructor(init: {
    data: T;
    response: Response;
    body: Uint8Array;
    traceId: string;
    retriesTaken: number;
    signature: Signature & { AppKey: string };
  }) {
    this.data = init.data;
    this.status = init.response.status;
    this.headers = init.response.headers;
    this.traceId = init.traceId;
    this.retriesTaken = init.retriesTaken;
    this.#response = init.response;
    this.#signature = init.signature;
    Object.defineProperty(this, "body", { value: init.body, enumerable: false });
  }

  /** The fetch `Response` (its body has been read already: use `body` or `text()`). */
  get response(): Response {
    return this.#response;
  }

  /** The body as UTF-8 text (undecodable bytes replaced); never throws. */
  text(): string {
    return new TextDecoder("utf-8").decode(this.body);
  }

  /** The whole body decoded from JSON: the `{code, msg, data}` envelope. */
  json(): unknown {
    return JSON.parse(this.text());
  }

  /**
   * The signing headers of the attempt that succeeded. They authorise any call for five
   * minutes: they are never shown by `util.inspect`, only here.
   */
  get signature(): Signature & { AppKey: string } {
    return { ...this.#signature };
  }

  /** The same exchange with another parsed result (used to wrap pages). */
  withData<R>(data: R): RawResponse<R> {
    return new RawResponse({
      data,
      response: this.#response,
      body: this.body,
      traceId: this.traceId,
      retriesTaken: this.retriesTaken,
      signature: this.#signature,
    });
  }

  [INSPECT](): string {
    return `RawResponse { status: ${this.status}, traceId: ${JSON.stringify(this.traceId)}, retriesTaken: ${this.retriesTaken} }`;
  }

  toJSON(): Record<string, unknown> {
    return { status: this.status, traceId: this.traceId, retriesTaken: this.retriesTaken };
  }
}

/**
 * A Promise of the parsed result with `.withResponse()`. The call starts when the method is
 * called; awaiting the promise and calling `.withResponse()` share that one call.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<RawResponse<T>>;
  #parsed: Promise<T> | undefined;

  constructor(raw: Promise<RawResponse<T>>) {
    super((resolve) => {
      // The base promise is never used: then/catch/finally go to the parsed one.
      resolve(null as T);
    });
    this.#raw = raw;
  }

  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The data together with status, headers, traceId, retriesTaken and the raw body. */
  withResponse(): Promise<RawResponse<T>> {
    return this.#raw;
  }

  #parse(): Promise<T> {
    this.#parsed ??= this.#raw.then((raw) => raw.data);
    return this.#parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse().then(onfulfilled, onrejected);
  }

  override catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.#parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parse().finally(onfinally);
  }
}
