/**
 * Streaming messages: send an iterable of text chunks as one message.
 *
 * The API takes a streaming message as a series of ordinary calls: the first names the
 * message with a client id and carries the settings; every later one names it with the
 * server id the first answer returned; chunks are numbered from 0 and the last one is flagged
 * finished. Which operation and which fields come from the spec's `x-sdk-stream`.
 */

import { randomUUID } from "node:crypto";

import { YunxinError } from "./errors.js";

/** Where a chunk operation keeps the pieces of a chunk (dotted paths inside the chunk). */
export interface StreamSpec {
  /** Body field that carries the chunk object. */
  readonly chunk: string;
  readonly text: string;
  readonly index: string;
  readonly finish: string;
  /** Chunk field naming the message on the first call. */
  readonly firstId: string;
  /** Chunk field naming it on later calls. */
  readonly nextId: string;
  /** Field of the first answer with the message's server id. */
  readonly resultId: string;
}

export interface SendStreamArgs {
  /** Body fields sent with every chunk (the conversation, say). */
  readonly fixed: Readonly<Record<string, unknown>>;
  /** Body fields sent with the first chunk only. */
  readonly settings?: Readonly<Record<string, unknown>> | undefined;
  /** The client id of the message (default: a fresh UUID). */
  readonly firstId?: string | undefined;
}

function put(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const names = dotted.split(".");
  const leaf = names.pop() as string;
  let node = target;
  for (const name of names) {
    const next = node[name];
    if (next !== null && typeof next === "object") node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[name] = created;
      node = created;
    }
  }
  node[leaf] = value;
}

function chunkOf(
  spec: StreamSpec,
  text: unknown,
  index: number,
  last: boolean,
  idField: string,
  id: unknown,
): Record<string, unknown> {
  if (typeof text !== "string") {
    throw new TypeError(`stream chunks must be strings, got ${typeof text}`);
  }
  const chunk: Record<string, unknown> = {};
  put(chunk, idField, id);
  put(chunk, spec.text, text);
  put(chunk, spec.index, index);
  put(chunk, spec.finish, last ? 1 : 0);
  return chunk;
}

async function* withLookahead(
  chunks: Iterable<string> | AsyncIterable<string>,
): AsyncGenerator<[string, boolean]> {
  const iterator: AsyncIterator<string> | Iterator<string> =
    Symbol.asyncIterator in chunks
      ? (chunks as AsyncIterable<string>)[Symbol.asyncIterator]()
      : (chunks as Iterable<string>)[Symbol.iterator]();
  let current = await iterator.next();
  if (current.done) {
    throw new TypeError("chunks is empty: a streaming message needs at least one chunk");
  }
  for (;;) {
    const upcoming = await iterator.next();
    if (upcoming.done) {
      yield [current.value, true];
      return;
    }
    yield [current.value, false];
    current = upcoming;
  }
}

/**
 * Send every chunk through `send` (the chunk method, bound to its request options) and
 * resolve to the message's server id.
 */
export async function sendStream<Id extends string | number>(
  send: (body: Record<string, unknown>) => PromiseLike<unknown>,
  chunks: Iterable<string> | AsyncIterable<string>,
  spec: StreamSpec,
  args: SendStreamArgs,
): Promise<Id> {
  let serverId: Id | undefined;
  let index = 0;
  for await (const [text, last] of withLookahead(chunks)) {
    if (serverId === undefined) {
      const id = args.firstId ?? randomUUID();
      const chunk = chunkOf(spec, text, index, last, spec.firstId, id);
      const answer = await send({ ...args.fixed, ...args.settings, [spec.chunk]: chunk });
      const value =
        answer !== null && typeof answer === "object"
          ? (answer as Record<string, unknown>)[spec.resultId]
          : undefined;
      if (typeof value !== "string" && typeof value !== "number") {
        throw new YunxinError(
          `the answer to the first chunk has no ${spec.resultId}, so the stream cannot go on`,
        );
      }
      serverId = value as Id;
    } else {
      const chunk = chunkOf(spec, text, index, last, spec.nextId, serverId);
      await send({ ...args.fixed, [spec.chunk]: chunk });
    }
    index++;
  }
  return serverId as Id;
}
