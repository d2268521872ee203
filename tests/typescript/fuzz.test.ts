/**
 * Seeded fuzz of the TypeScript runtime against the raw-socket fault server, with the
 * properties of tests/sdk/test_fuzz.py. For every call:
 * 1. it resolves to its typed result or rejects with a YunxinError, nothing else;
 * 2. it ends within (maxRetries + 1) x attempt deadline + retry waits (per page for walks),
 *    or within totalTimeout when one is given;
 * 3. a write (messages.send, not idempotent) is sent again only after an answer that says
 *    the server refused it (HTTP 429, API code 416);
 * 4. no AppSecret, CheckSum or Nonce of the call is in an error message, util.inspect output,
 *    a raw response's inspect output, or a line of the SDK's logger.
 * A per-fault summary is printed.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import { inspect } from "node:util";

import { FaultServer } from "./fault-server.js";
import { YunxinError, type YunxinIM } from "./sample/index.js";
import { APP_SECRET, CollectingLogger, makeClient } from "./support.js";
import { seeded } from "./fault-server.js";

const SEED = process.env["YUNXIN_FUZZ_SEED"] ?? "20261202";
const CALLS = Number(process.env["YUNXIN_FUZZ_CALLS"] ?? "500");
const TIMEOUT = 250;
const MAX_RETRIES = 2;
const MAX_RETRY_DELAY = 20;
const MAX_RETRY_AFTER_SENT = 20;
const MAX_PAGES = 4;
const TOTAL_TIMEOUT = 400;
const SLACK = 1500;
const CONCURRENCY = 8;
const REFUSED = new Set(["http-429-retry-after", "api-error-rate-limit"]);
const ATTEMPT_BOUND =
  (MAX_RETRIES + 1) * TIMEOUT + MAX_RETRIES * Math.max(MAX_RETRY_DELAY, MAX_RETRY_AFTER_SENT);

interface Call {
  readonly index: number;
  readonly kind: "read" | "write" | "page";
  readonly raw: boolean;
  readonly totalTimeout: number | undefined;
  readonly traceId: string;
  elapsed: number;
  outcome: string;
  escaped: unknown;
  readonly shown: string[];
}

function plan(count: number): Call[] {
  const random = seeded(`${SEED}-plan`);
  const calls: Call[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random() * 10;
    const kind = roll < 4 ? "read" : roll < 8 ? "write" : "page";
    calls.push({
      index,
      kind,
      raw: kind !== "page" && random() < 0.25,
      totalTimeout: random() < 0.2 ? TOTAL_TIMEOUT : undefined,
      traceId: `fz-ts-${index}`,
      elapsed: 0,
      outcome: "",
      escaped: undefined,
      shown: [],
    });
  }
  return calls;
}

function bound(call: Call): number {
  const perCall = call.totalTimeout ?? ATTEMPT_BOUND;
  return perCall * (call.kind === "page" ? MAX_PAGES : 1) + SLACK;
}

async function invoke(client: YunxinIM, call: Call): Promise<void> {
  const options = { traceId: call.traceId, totalTimeout: call.totalTimeout };
  if (call.kind === "page") {
    const items: unknown[] = [];
    for await (const friend of client.friends.list(
      { account_id: "owner" },
      { ...options, maxPages: MAX_PAGES },
    )) {
      items.push(friend);
    }
    call.outcome = `result (${items.length} items)`;
    return;
  }
  const promise =
    call.kind === "read"
      ? client.accounts.get({ account_id: "user1" }, options)
      : client.messages.send(
          { conversation_id: "a|1|b", message: { message_type: 0, text: "hi" } },
          options,
        );
  if (call.raw) {
    const raw = await promise.withResponse();
    call.shown.push(inspect(raw, { depth: 5 }), raw.text());
  } else {
    await promise;
  }
  call.outcome = "result";
}

test("fuzz: every call keeps the runtime contract", async () => {
  const server = await FaultServer.seeded(SEED);
  const logger = new CollectingLogger();
  const client = makeClient(server.url, {
    timeout: TIMEOUT,
    maxRetries: MAX_RETRIES,
    initialRetryDelay: 10,
    maxRetryDelay: MAX_RETRY_DELAY,
    maxResponseSize: 256 * 1024,
    logger,
    logLevel: "debug",
  });
  const calls = plan(CALLS);
  const started = performance.now();
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < calls.length) {
        const call = calls[next++] as Call;
        const begun = performance.now();
        try {
          await invoke(client, call);
        } catch (error) {
          if (error instanceof YunxinError) {
            call.outcome = error.name;
            call.shown.push(
              error.message,
              String(error),
              inspect(error, { depth: 5 }),
              String(error.stack),
            );
            if ("msg" in error) call.shown.push(String(error.msg));
          } else {
            call.escaped = error;
            call.outcome = `ESCAPED ${error instanceof Error ? error.name : typeof error}`;
          }
        }
        call.elapsed = performance.now() - begun;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await server.close();
  }
  const wall = performance.now() - started;
  const requests = server.requests;
  const byTrace = new Map<string, typeof requests>();
  for (const request of requests) {
    const list = byTrace.get(request.traceId) ?? [];
    list.push(request);
    byTrace.set(request.traceId, list);
  }

  // the summary: outcome of each call by the fault of its first answer
  const outcomes = new Map<string, Map<string, number>>();
  for (const call of calls) {
    const fault = byTrace.get(call.traceId)?.[0]?.fault ?? "(no request)";
    const counts = outcomes.get(fault) ?? new Map<string, number>();
    counts.set(call.outcome, (counts.get(call.outcome) ?? 0) + 1);
    outcomes.set(fault, counts);
  }
  const sent = new Map<string, number>();
  for (const request of requests) sent.set(request.fault, (sent.get(request.fault) ?? 0) + 1);
  const lines = [
    `fuzz seed ${SEED}: ${calls.length} calls, ${requests.length} requests, ${sent.size} fault kinds`,
  ];
  for (const [fault, counts] of [...outcomes].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([o, n]) => `${o} ${n}`)
      .join(", ");
    lines.push(`  ${fault.padEnd(28)} sent ${String(sent.get(fault) ?? 0).padStart(4)}x  ${parts}`);
  }
  lines.push(
    `  ${(wall / 1000).toFixed(1)} s wall, slowest call ${(Math.max(...calls.map((c) => c.elapsed)) / 1000).toFixed(2)} s`,
  );
  console.log(lines.join("\n"));

  const escaped = calls.filter((c) => c.escaped !== undefined);
  assert.deepEqual(
    escaped.slice(0, 5).map((c) => [c.traceId, c.kind, String(c.escaped)]),
    [],
    `${escaped.length} rejection(s) outside YunxinError`,
  );

  const slow = calls.filter((c) => c.elapsed > bound(c));
  assert.deepEqual(
    slow.slice(0, 5).map((c) => [c.traceId, c.kind, Math.round(c.elapsed), bound(c)]),
    [],
    `${slow.length} call(s) over their time bound`,
  );

  const resent = calls.filter(
    (c) =>
      c.kind === "write" &&
      (byTrace.get(c.traceId) ?? []).slice(0, -1).some((r) => !REFUSED.has(r.fault)),
  );
  assert.deepEqual(
    resent.slice(0, 5).map((c) => [c.traceId, (byTrace.get(c.traceId) ?? []).map((r) => r.fault)]),
    [],
    "writes sent again after the server may have acted",
  );
  assert.ok(calls.some((c) => c.kind === "write" && (byTrace.get(c.traceId)?.length ?? 0) > 1));

  const leaks: string[] = [];
  for (const call of calls) {
    const secrets = [APP_SECRET, ...(byTrace.get(call.traceId) ?? []).flatMap((r) => r.secrets)];
    const text = call.shown.join("\n").toLowerCase();
    for (const secret of secrets)
      if (text.includes(secret.toLowerCase())) leaks.push(`${call.traceId} ${call.outcome}`);
  }
  const logText = logger.lines.join("\n").toLowerCase();
  for (const secret of [APP_SECRET, ...requests.flatMap((r) => r.secrets)]) {
    if (logText.includes(secret.toLowerCase())) leaks.push(`log ${secret}`);
  }
  assert.deepEqual(leaks.slice(0, 5), [], "secrets shown");

  // the fuzz exercised what it claims to
  assert.ok(sent.size >= 50, `only ${sent.size} fault kinds`);
  assert.ok(calls.filter((c) => c.outcome.startsWith("result")).length > calls.length / 20);
  for (const name of ["PageLimitError", "PaginationError", "APITimeoutError"]) {
    assert.ok(
      calls.some((c) => c.outcome === name),
      `no call ended with ${name}`,
    );
  }
  assert.ok(wall < 60_000);
});
