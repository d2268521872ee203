/**
 * A raw-socket HTTP server on 127.0.0.1 (node:net) that answers with faults, the TypeScript
 * twin of tests/support/faults.py: broken status lines, lying Content-Length, broken chunked
 * encoding, bogus Content-Encoding, 1xx/3xx answers, trickled answers, resets, echoes of the
 * request headers, hostile envelopes and paging loops. One request per connection; every
 * fully read request is recorded with the name of the fault it got.
 */

import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface FaultRequest {
  readonly method: string;
  readonly target: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly rawHead: string;
  readonly traceId: string;
  fault: string;
  /** The CheckSum and Nonce of this attempt. */
  readonly secrets: readonly string[];
}

type Send = (socket: Socket, request: FaultRequest) => void | Promise<void>;

export interface Fault {
  readonly name: string;
  readonly send: Send;
  readonly weight: number;
  readonly kinds: readonly string[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function http(
  status: number,
  body: string | Buffer = "",
  headers: Record<string, string> = {},
  options: { reason?: string; length?: boolean } = {},
): Buffer {
  const data = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const merged: Record<string, string> = {
    "Content-Type": "application/json",
    Connection: "close",
    ...headers,
  };
  if (
    options.length !== false &&
    !Object.keys(merged).some((k) => k.toLowerCase() === "content-length")
  ) {
    merged["Content-Length"] = String(data.length);
  }
  const lines = [
    `HTTP/1.1 ${status} ${options.reason ?? "OK"}`,
    ...Object.entries(merged).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), data]);
}

export function envelope(
  data: unknown = {},
  code: unknown = 200,
  msg: unknown = "success",
): string {
  return JSON.stringify({ code, msg, data });
}

export function kindOf(request: FaultRequest): string {
  if (request.path.endsWith("/friends")) return "page";
  if (request.method === "POST") return "write";
  return "read";
}

function goodData(request: FaultRequest): Record<string, unknown> {
  const kind = kindOf(request);
  if (kind === "write") return { message_server_id: 42, sender_id: "a" };
  if (kind === "page")
    return { has_more: false, next_token: "", items: [{ friend_account_id: "f1" }] };
  return { account_id: "user1", name: "User One" };
}

function write(socket: Socket, data: Buffer): void {
  if (!socket.destroyed) socket.write(data);
}

const reply =
  (data: Buffer): Send =>
  (socket) =>
    write(socket, data);
const answer =
  (build: (request: FaultRequest) => Buffer): Send =>
  (socket, request) =>
    write(socket, build(request));

function trickle(build: (request: FaultRequest) => Buffer, step = 3, every = 100): Send {
  return async (socket, request) => {
    const data = build(request);
    for (let start = 0; start < data.length; start += step) {
      if (socket.destroyed) return;
      write(socket, data.subarray(start, start + step));
      await sleep(every);
    }
  };
}

function delayed(ms: number, build: (request: FaultRequest) => Buffer): Send {
  return async (socket, request) => {
    await sleep(ms);
    write(socket, build(request));
  };
}

const ok = (request: FaultRequest): Buffer => http(200, envelope(goodData(request)));
const echoOf = (request: FaultRequest): string => request.rawHead;
const deep = (levels: number): string => "[".repeat(levels) + "]".repeat(levels);

function paging(next: (token: string) => string): (request: FaultRequest) => Buffer {
  return (request) => {
    if (kindOf(request) !== "page") return ok(request);
    const token = request.query.get("page_token") ?? "";
    const items = [{ friend_account_id: `f-${token.length}-${token.slice(0, 8)}` }];
    return http(200, envelope({ has_more: true, next_token: next(token), items }));
  };
}

const HUGE_TOKEN = "T".repeat(65536);

export const WEIRD_RETRY_AFTER = [
  "Fri, 31 Dec 99999999999 23:59:59 GMT",
  "Mon, 01 Jan 2024 99:99:99 GMT",
  "Tue, 01 Jan 2999 00:00:00 GMT",
  "-5",
  "1e309",
  "nan",
  "inf",
  "999999999999999999999",
  "soon",
  "0.02",
  "0",
  "",
];

/** A small seeded generator (mulberry32 over an FNV-1a hash of the seed text). */
export function seeded(text: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let state = h;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fault(
  name: string,
  send: Send,
  weight = 1,
  kinds: readonly string[] = ["read", "write", "page"],
): Fault {
  return { name, send, weight, kinds };
}

const plainEncoding = (encoding: string): Send =>
  answer((r) => http(200, envelope(goodData(r)), { "Content-Encoding": encoding }));

export const FAULTS: readonly Fault[] = [
  fault("ok", answer(ok), 8),
  fault(
    "ok-unknown-fields",
    answer((r) => http(200, envelope({ ...goodData(r), brand_new_field: [1, 2] }))),
  ),
  fault(
    "ok-wrong-content-type",
    answer((r) => http(200, envelope(goodData(r)), { "Content-Type": "text/html" })),
  ),
  fault(
    "ok-charset-utf16",
    answer((r) =>
      http(200, envelope(goodData(r)), { "Content-Type": "application/json; charset=utf-16" }),
    ),
  ),
  fault(
    "ok-no-content-length",
    answer((r) => http(200, envelope(goodData(r)), {}, { length: false })),
  ),
  fault(
    "api-error-echo",
    answer((r) => http(200, envelope({}, 414, echoOf(r)))),
  ),
  fault(
    "api-error-rate-limit",
    answer(() => http(200, envelope({}, 416, "slow down"))),
  ),
  fault(
    "api-error-503",
    answer(() => http(200, envelope({}, 503, "busy"))),
  ),
  fault(
    "api-msg-wrong-type",
    answer(() => http(200, envelope({}, 414, { x: [1] }))),
  ),
  fault(
    "http-400-html-echo",
    answer((r) =>
      http(
        400,
        `<html><body><h1>400 Bad Request</h1><pre>${echoOf(r)}</pre></body></html>`,
        { "Content-Type": "text/html" },
        { reason: "Bad Request" },
      ),
    ),
  ),
  fault(
    "http-500-plain-echo",
    answer((r) => http(500, echoOf(r), { "Content-Type": "text/plain" }, { reason: "Oops" })),
  ),
  fault(
    "http-reason-echo",
    answer((r) => http(502, "", {}, { reason: `Bad ${r.headers["checksum"] ?? ""}` })),
  ),
  fault(
    "http-503-json-envelope-200",
    answer((r) => http(503, envelope(goodData(r)), {}, { reason: "Unavailable" })),
  ),
  fault(
    "http-429-retry-after",
    answer((r) =>
      http(
        429,
        "slow",
        { "Retry-After": pick(seeded(r.traceId), WEIRD_RETRY_AFTER) },
        { reason: "Too Many" },
      ),
    ),
  ),
  fault(
    "http-503-retry-after",
    answer((r) =>
      http(
        503,
        "busy",
        { "Retry-After": pick(seeded(`503${r.traceId}`), WEIRD_RETRY_AFTER) },
        { reason: "Busy" },
      ),
    ),
  ),
  fault(
    "http-302",
    reply(http(302, "", { Location: "http://127.0.0.1:1/x" }, { reason: "Found" })),
  ),
  fault("http-204", reply(http(204, "", {}, { reason: "No Content", length: false }))),
  fault("http-100-then-close", reply(Buffer.from("HTTP/1.1 100 Continue\r\n\r\n"))),
  fault(
    "http-100-then-ok",
    answer((r) => Buffer.concat([Buffer.from("HTTP/1.1 100 Continue\r\n\r\n"), ok(r)])),
    0.5,
  ),
  fault("status-garbage", reply(Buffer.from("NOT HTTP AT ALL\r\n\r\n"))),
  fault("status-no-code", reply(Buffer.from("HTTP/1.1 OK\r\nContent-Length: 2\r\n\r\n{}"))),
  fault(
    "status-huge-code",
    reply(Buffer.from("HTTP/1.1 99999 Big\r\nContent-Length: 2\r\n\r\n{}")),
  ),
  fault("status-http09", reply(Buffer.from('{"code":200}'))),
  fault("header-no-colon", reply(Buffer.from("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n"))),
  fault(
    "header-endless",
    reply(Buffer.from(`HTTP/1.1 200 OK\r\nX-A: ${"a".repeat(200_000)}\r\n\r\n`)),
  ),
  fault(
    "length-too-long",
    answer((r) => http(200, envelope(goodData(r)), { "Content-Length": "5000" })),
  ),
  fault(
    "length-too-short",
    answer((r) => http(200, envelope(goodData(r)), { "Content-Length": "7" })),
  ),
  fault(
    "length-invalid",
    answer((r) => http(200, envelope(goodData(r)), { "Content-Length": "abc" })),
  ),
  fault(
    "length-negative",
    answer((r) => http(200, envelope(goodData(r)), { "Content-Length": "-1" })),
  ),
  fault(
    "length-conflicting",
    answer(() => http(200, "{}", { "Content-Length": "2\r\nContent-Length: 9" })),
  ),
  fault(
    "chunked-bad-size",
    reply(
      http(200, "zz\r\n{}\r\n0\r\n\r\n", { "Transfer-Encoding": "chunked" }, { length: false }),
    ),
  ),
  fault(
    "chunked-truncated",
    reply(http(200, '40\r\n{"code":200', { "Transfer-Encoding": "chunked" }, { length: false })),
  ),
  fault(
    "chunked-no-end",
    answer((r) => {
      const body = envelope(goodData(r));
      return http(
        200,
        `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n`,
        { "Transfer-Encoding": "chunked" },
        { length: false },
      );
    }),
  ),
  fault("encoding-gzip", plainEncoding("gzip")),
  fault("encoding-deflate", plainEncoding("deflate")),
  fault("encoding-gzip-br", plainEncoding("gzip, br")),
  fault("encoding-upper", plainEncoding("GZIP")),
  fault(
    "invalid-utf8",
    reply(http(200, Buffer.from('{"code": 200, "msg": "\xff\xfe\xc3", "data": {}}', "latin1"))),
  ),
  fault("deep-json", reply(http(200, deep(2000)))),
  fault(
    "deep-data",
    reply(http(200, `{"code": 200, "msg": "ok", "data": {"name": ${deep(900)}}}`)),
  ),
  fault("huge-body", reply(http(200, `{"code": 200, "data": "${"x".repeat(400_000)}"}`))),
  fault("huge-declared", reply(http(200, "{}", { "Content-Length": "99999999999999" }))),
  fault("code-superscript", reply(http(200, envelope({}, "²")))),
  fault("code-circled", reply(http(200, envelope({}, "①")))),
  fault("code-long-digits", reply(http(200, envelope({}, "9".repeat(5000))))),
  fault("code-huge-int", reply(http(200, `{"code": ${"9".repeat(5000)}, "data": {}}`))),
  fault("code-float", reply(http(200, '{"code": 200.0, "msg": "success", "data": {}}'))),
  fault("code-bool", reply(http(200, envelope({}, true)))),
  fault("code-list", reply(http(200, envelope({}, [200])))),
  fault("not-envelope", reply(http(200, '["code", 200]'))),
  fault("data-null", reply(http(200, '{"code": 200, "msg": "ok", "data": null}'))),
  fault("data-list", reply(http(200, envelope([1, 2, 3])))),
  fault("data-string", reply(http(200, '{"code": 200, "msg": "ok", "data": "surprise"}'))),
  fault(
    "data-wrong-types",
    reply(
      http(
        200,
        envelope({
          account_id: [1],
          message_server_id: { a: 1 },
          items: "nope",
          has_more: "maybe",
        }),
      ),
    ),
  ),
  fault("trickle", trickle(ok), 0.4),
  fault("slow-headers", delayed(600, ok), 0.4),
  fault("drop", () => undefined),
  fault("reset", (socket) => {
    socket.resetAndDestroy();
  }),
  fault(
    "drop-mid-body",
    answer((r) => http(200, envelope(goodData(r)), { "Content-Length": "400" })),
  ),
  fault("page-rotate", answer(paging((t) => ({ "": "A", A: "B", B: "A" })[t] ?? "A")), 2, ["page"]),
  fault(
    "page-endless",
    answer(paging((t) => (/^[0-9]*$/.test(t) ? String(Number(t || "0") + 1) : "1"))),
    2,
    ["page"],
  ),
  fault("page-huge-token", answer(paging(() => HUGE_TOKEN)), 2, ["page"]),
  fault("page-same-token", answer(paging((t) => t || "S")), 1, ["page"]),
];

const BY_NAME = new Map(FAULTS.map((f) => [f.name, f]));

export class FaultServer {
  readonly requests: FaultRequest[] = [];
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #choose: (request: FaultRequest, earlier: readonly FaultRequest[]) => Fault;

  private constructor(
    server: Server,
    choose: (request: FaultRequest, earlier: readonly FaultRequest[]) => Fault,
  ) {
    this.#server = server;
    this.#choose = choose;
  }

  /** A server whose faults are picked at random, reproducibly for `seed`. */
  static async seeded(seed: string): Promise<FaultServer> {
    const choose = (request: FaultRequest, earlier: readonly FaultRequest[]): Fault => {
      const random = seeded(
        `${seed}|${request.traceId}|${earlier.length}|${request.query.toString()}`,
      );
      const last = earlier.at(-1);
      if (last !== undefined && last.fault.startsWith("page-") && random() < 0.9) {
        return BY_NAME.get(last.fault) as Fault;
      }
      const kind = kindOf(request);
      const candidates = FAULTS.filter((f) => f.kinds.includes(kind));
      const total = candidates.reduce((sum, f) => sum + f.weight, 0);
      let roll = random() * total;
      for (const candidate of candidates) {
        roll -= candidate.weight;
        if (roll < 0) return candidate;
      }
      return candidates.at(-1) as Fault;
    };
    const server = createServer();
    const instance = new FaultServer(server, choose);
    server.on("connection", (socket) => instance.#serve(socket));
    await new Promise<void>((resolve) =>
      server.listen({ port: 0, host: "127.0.0.1", backlog: 512 }, resolve),
    );
    return instance;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  byTrace(traceId: string): FaultRequest[] {
    return this.requests.filter((r) => r.traceId === traceId);
  }

  #serve(socket: Socket): void {
    this.#sockets.add(socket);
    socket.on("close", () => this.#sockets.delete(socket));
    socket.on("error", () => undefined);
    socket.setTimeout(10_000, () => socket.destroy());
    let data = Buffer.alloc(0);
    let handled = false;
    socket.on("data", (chunk: Buffer) => {
      if (handled) return;
      data = Buffer.concat([data, chunk]);
      const end = data.indexOf("\r\n\r\n");
      if (end < 0) return;
      const rawHead = data.subarray(0, end).toString("latin1");
      const [requestLine = "", ...headerLines] = rawHead.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(":");
        if (colon > 0)
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const length = Number(headers["content-length"] ?? "0");
      if (data.length - end - 4 < length) return;
      handled = true;
      const [method = "", target = ""] = requestLine.split(" ");
      const url = new URL(target, "http://127.0.0.1");
      const request: FaultRequest = {
        method,
        target,
        path: url.pathname,
        query: url.searchParams,
        headers,
        rawHead,
        traceId: headers["x-custom-traceid"] ?? "",
        fault: "",
        secrets: ["checksum", "nonce"].map((name) => headers[name] ?? "").filter(Boolean),
      };
      const chosen = this.#choose(request, this.byTrace(request.traceId));
      request.fault = chosen.name;
      this.requests.push(request);
      Promise.resolve(chosen.send(socket, request))
        .catch(() => undefined)
        .finally(() => {
          if (!socket.destroyed) socket.end();
        });
    });
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
