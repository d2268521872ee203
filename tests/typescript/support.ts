/**
 * Test support: a real HTTP server on 127.0.0.1 (node:http) that checks the signature of
 * every request, records what it got, and answers as each test says.
 */

import { createHash } from "node:crypto";
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

import { type ClientOptions, type Logger, YunxinIM } from "./sample/index.js";

export const APP_KEY = "test-app-key";
export const APP_SECRET = "Test-App-Secret-0123456789abcdef";

export interface Received {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly rawQuery: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** True when AppKey, Nonce, CurTime and CheckSum are right for the test app. */
  readonly signed: boolean;
  readonly at: number;
}

export type Handler = (
  request: Received,
  response: ServerResponse,
  index: number,
) => void | Promise<void>;

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return typeof value === "string" ? value : "";
}

export function checkSignature(headers: IncomingHttpHeaders): boolean {
  const nonce = header(headers, "nonce");
  const curTime = header(headers, "curtime");
  const expected = createHash("sha1")
    .update(APP_SECRET + nonce + curTime)
    .digest("hex");
  return (
    header(headers, "appkey") === APP_KEY &&
    nonce.length >= 1 &&
    nonce.length <= 128 &&
    /^[0-9]+$/.test(curTime) &&
    Math.abs(Number(curTime) - Date.now() / 1000) < 300 &&
    header(headers, "checksum") === expected
  );
}

export function envelope(
  data: unknown = {},
  code: unknown = 200,
  msg: unknown = "success",
): string {
  return JSON.stringify({ code, msg, data });
}

export function reply(
  response: ServerResponse,
  body: string | Buffer,
  status = 200,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(body);
}

export class TestServer {
  readonly requests: Received[] = [];
  handler: Handler;
  readonly #server: Server;

  private constructor(server: Server, handler: Handler) {
    this.#server = server;
    this.handler = handler;
  }

  static async start(handler: Handler = (_, res) => reply(res, envelope())): Promise<TestServer> {
    const server = createServer();
    const instance = new TestServer(server, handler);
    server.on("request", (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const received: Received = {
          method: req.method ?? "",
          path: url.pathname,
          query: url.searchParams,
          rawQuery: url.search.slice(1),
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          signed: checkSignature(req.headers),
          at: performance.now(),
        };
        instance.requests.push(received);
        if (!received.signed) {
          reply(res, envelope({}, 414, "bad checksum"));
          return;
        }
        Promise.resolve(instance.handler(received, res, instance.requests.length - 1)).catch(() => {
          res.destroy();
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return instance;
  }

  get url(): string {
    const address = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** Every line a logger got, at every level. */
export class CollectingLogger implements Logger {
  readonly lines: string[] = [];
  debug(message: string): void {
    this.lines.push(`debug ${message}`);
  }
  info(message: string): void {
    this.lines.push(`info ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error ${message}`);
  }
}

export function makeClient(url: string, options: ClientOptions = {}): YunxinIM {
  return new YunxinIM({
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    baseURL: url,
    maxRetries: 2,
    initialRetryDelay: 1,
    maxRetryDelay: 5,
    logLevel: "off",
    ...options,
  });
}

/** A URL on which nothing listens (connections are refused). */
export async function closedURL(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The rejection of `promise` (fails when it resolves). */
export async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error("expected a rejection, got a result");
}
