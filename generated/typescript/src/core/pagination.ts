/**
 * Pages of list operations, and walks over every page.
 *
 * Cursor-style operations send a token (`page_token`) and read the next one (`next_token`);
 * offset-style ones send an offset and read the next offset (or count the items). A walk stops
 * when the server says there is no more (`has_more` false), when a page has no items, or when
 * the next token does not advance.
 *
 * Every walk ends: a next token already used earlier in the walk (A, B, A, ...) throws
 * `PaginationError`, as does a token that is not a string or offset or is longer than
 * `MAX_TOKEN_LENGTH`; and no walk fetches more than `maxPages` pages or goes on after
 * `maxItems` items (per call; null lifts the bound): it throws `PageLimitError` instead.
 */

import { APIPromise, type RawResponse } from "./api-promise.js";
import type { APIClient, FieldType, Operation, PageRequestOptions } from "./client.js";
import { PageLimitError, PaginationError } from "./errors.js";

export const DEFAULT_MAX_PAGES = 1000;
export const DEFAULT_MAX_ITEMS = 100_000;
export const MAX_TOKEN_LENGTH = 4096;

/** How an operation pages (the spec's `x-pagination`). */
export interface PageSpec {
  readonly style: "cursor" | "offset";
  /** Query parameter that carries the cursor or offset. */
  readonly requestToken: string;
  /** Query parameter with the page size (informative). */
  readonly limit?: string | undefined;
  /** Array field of `data` with the page's items. */
  readonly items: string;
  /** Boolean field of `data`: more pages exist. */
  readonly hasMore?: string | undefined;
  /** Field of `data` with the next cursor or offset. */
  readonly responseToken?: string | undefined;
}

interface Walk {
  /** Index of this page in the walk, 0 for the first. */
  readonly page: number;
  /** Items received before this page. */
  readonly received: number;
  /** Tokens used so far, with the index of the page they fetched. */
  readonly seen: Map<string, number>;
}

function queryValue(op: Operation, name: string): unknown {
  return op.query === undefined ? undefined : (op.query as Record<string, unknown>)[name];
}

function offsetOf(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^[0-9]{1,15}$/.test(value)) return Number(value);
  return 0;
}

/** One page of a list operation; `for await` over it walks this page and every later one. */
export class Page<Item, Data extends object = Record<string, unknown>>
  implements AsyncIterable<Item>
{
  /** The typed `data` of this page's response. */
  readonly data: Data;
  /** The X-custom-traceid of the call that fetched this page. */
  readonly traceId: string;
  readonly #client: APIClient;
  readonly #op: Operation;
  readonly #spec: PageSpec;
  readonly #options: PageRequestOptions;
  readonly #walk: Walk;

  constructor(
    client: APIClient,
    op: Operation,
    spec: PageSpec,
    options: PageRequestOptions,
    raw: RawResponse<Data>,
    walk?: Walk,
  ) {
    this.data = raw.data;
    this.traceId = raw.traceId;
    this.#client = client;
    this.#op = op;
    this.#spec = spec;
    this.#options = options;
    if (walk === undefined) {
      const first = queryValue(op, spec.requestToken);
      const seen = new Map<string, number>();
      if (first !== undefined && first !== null) seen.set(String(first), 0);
      walk = { page: 0, received: 0, seen };
    }
    this.#walk = walk;
  }

  /** The items on this page. */
  get items(): Item[] {
    const items = (this.data as Record<string, unknown>)[this.#spec.items];
    return Array.isArray(items) ? (items as Item[]) : [];
  }

  #nextToken(): string | number | undefined {
    const spec = this.#spec;
    const data = this.data as Record<string, unknown>;
    if (spec.hasMore !== undefined && data[spec.hasMore] === false) return undefined;
    const count = this.items.length;
    if (count === 0) return undefined;
    const current = queryValue(this.#op, spec.requestToken);
    let token: unknown;
    if (spec.style === "offset") {
      const reported = spec.responseToken === undefined ? undefined : data[spec.responseToken];
      token = reported ?? offsetOf(current) + count;
    } else {
      token = spec.responseToken === undefined ? undefined : data[spec.responseToken];
    }
    if (token === undefined || token === null || token === "") return undefined;
    if (
      current !== undefined &&
      current !== null &&
      typeof token === typeof current &&
      token === current
    ) {
      return undefined;
    }
    const name = spec.responseToken ?? spec.requestToken;
    if (typeof token !== "string" && typeof token !== "number") {
      throw new PaginationError(
        `the next page's ${name} is a ${typeof token}, not a token`,
        this.traceId,
      );
    }
    if (typeof token === "string" && token.length > MAX_TOKEN_LENGTH) {
      throw new PaginationError(
        `the next page's ${name} has ${token.length} characters, more than MAX_TOKEN_LENGTH=${MAX_TOKEN_LENGTH}`,
        this.traceId,
      );
    }
    if (typeof token === "number" && !(Number.isSafeInteger(token) && token >= 0)) {
      throw new PaginationError(`the next page's ${name} is ${token}, not an offset`, this.traceId);
    }
    return token;
  }

  /** True when another page can be fetched (throws PaginationError for an invalid token). */
  hasNextPage(): boolean {
    return this.#nextToken() !== undefined;
  }

  /** Fetch the page after this one; throws PaginationError / PageLimitError at a loop or bound. */
  async getNextPage(): Promise<Page<Item, Data>> {
    const token = this.#nextToken();
    if (token === undefined) throw new PaginationError("no more pages", this.traceId);
    const walk = this.#walk;
    const page = walk.page + 1;
    const received = walk.received + this.items.length;
    const key = String(token);
    const seen = walk.seen.get(key);
    if (seen !== undefined && seen < page) {
      throw new PaginationError(
        `the server sent page ${page + 1} of this walk a next token already used for page ${seen + 1}: following it would loop for ever`,
        this.traceId,
      );
    }
    const maxPages =
      this.#options.maxPages === undefined ? DEFAULT_MAX_PAGES : this.#options.maxPages;
    const maxItems =
      this.#options.maxItems === undefined ? DEFAULT_MAX_ITEMS : this.#options.maxItems;
    if (maxPages !== null && page >= maxPages) {
      throw new PageLimitError(
        `${page} page(s) fetched and the server has more: maxPages=${maxPages} reached`,
        { pages: page, items: received, traceId: this.traceId },
      );
    }
    if (maxItems !== null && received >= maxItems) {
      throw new PageLimitError(
        `${received} item(s) received and the server has more: maxItems=${maxItems} reached`,
        { pages: page, items: received, traceId: this.traceId },
      );
    }
    walk.seen.set(key, page);
    const op: Operation = {
      ...this.#op,
      query: { ...this.#op.query, [this.#spec.requestToken]: token },
    };
    const raw = await this.#client.request<Data>(op, this.#options).withResponse();
    return new Page<Item, Data>(this.#client, op, this.#spec, this.#options, raw, {
      page,
      received,
      seen: walk.seen,
    });
  }

  /** This page and every following one. */
  async *iterPages(): AsyncGenerator<Page<Item, Data>, void, undefined> {
    let page: Page<Item, Data> = this;
    for (;;) {
      yield page;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) yield* page.items;
  }
}

/** What list methods return: `await` it for the first page, `for await` to walk every item. */
export class PagePromise<Item, Data extends object = Record<string, unknown>>
  extends APIPromise<Page<Item, Data>>
  implements AsyncIterable<Item>
{
  constructor(client: APIClient, op: Operation, spec: PageSpec, options: PageRequestOptions) {
    const fields: Record<string, FieldType> = { ...op.fields, [spec.items]: "array" };
    if (spec.hasMore !== undefined) fields[spec.hasMore] = "boolean";
    const checked: Operation = { ...op, fields };
    const raw = client.request<Data>(checked, options).withResponse();
    super(
      raw.then((first) =>
        first.withData(new Page<Item, Data>(client, checked, spec, options, first)),
      ),
    );
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const page = await this;
    yield* page;
  }
}
