/**
 * The TypeScript runtime against a real HTTP server on 127.0.0.1 that checks the CheckSum of
 * every attempt: one test per rule of docs/runtime-contract.md.
 */

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { inspect } from "node:util";

import {
  APIConnectionError,
  APIError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  ConfigurationError,
  ConversationId,
  DEFAULT_MAX_ITEMS,
  DEFAULT_MAX_PAGES,
  InvalidParameterError,
  MalformedResponseError,
  PageLimitError,
  PaginationError,
  PartialFailureError,
  RateLimitError,
  RequestBuildError,
  ResponseTooLargeError,
  ResponseValidationError,
  YunxinError,
  YunxinIM,
} from "./sample/index.js";
import {
  APP_KEY,
  APP_SECRET,
  closedURL,
  CollectingLogger,
  envelope,
  makeClient,
  type Received,
  rejection,
  reply,
  sleep,
  TestServer,
} from "./support.js";

let server: TestServer;

before(async () => {
  server = await TestServer.start();
});

after(async () => {
  await server.close();
});

/** Reset the server's record and answer with `handler` from now on. */
function serve(handler: TestServer["handler"]): Received[] {
  server.requests.length = 0;
  server.handler = handler;
  return server.requests;
}

function secretsOf(requests: readonly Received[]): string[] {
  const found = [APP_SECRET];
  for (const request of requests) {
    for (const name of ["checksum", "nonce"]) {
      const value = request.headers[name];
      if (typeof value === "string") found.push(value);
    }
  }
  return found;
}

function assertNoSecret(texts: readonly string[], requests: readonly Received[]): void {
  const haystack = texts.join("\n").toLowerCase();
  for (const secret of secretsOf(requests)) {
    assert.ok(
      !haystack.includes(secret.toLowerCase()),
      `secret ${secret} shown in: ${haystack.slice(0, 500)}`,
    );
  }
}

describe("signing and success", () => {
  test("a GET is signed, carries the trace id and resolves to data", async () => {
    const requests = serve((req, res) =>
      reply(res, envelope({ account_id: "a/b", name: "A", extra: [1] })),
    );
    const client = makeClient(server.url);
    const account = await client.accounts.get({ account_id: "a/b" }, { traceId: "trace-1" });
    assert.equal(account.account_id, "a/b");
    assert.deepEqual(account["extra"], [1]);
    assert.equal(requests.length, 1);
    const [request] = requests as [Received];
    assert.ok(request.signed);
    assert.equal(request.path, "/im/v2/accounts/a%2Fb");
    assert.equal(request.headers["x-custom-traceid"], "trace-1");
    assert.equal(request.headers["appkey"], APP_KEY);
    assert.match(String(request.headers["user-agent"]), /^yunxin-im-node\//);
    assert.ok(!JSON.stringify(request.headers).includes(APP_SECRET));
  });

  test("a POST sends its JSON body and a fresh UUID trace id", async () => {
    const requests = serve((req, res) => reply(res, envelope({ account_id: "u1", token: "t" })));
    const client = makeClient(server.url);
    const result = await client.accounts.create(
      { account_id: "u1" },
      { body: { extra_field: 1 }, headers: { "X-Extra": "yes" }, query: { q: "a b" } },
    );
    assert.equal(result.token, "t");
    const [request] = requests as [Received];
    assert.equal(request.method, "POST");
    assert.deepEqual(JSON.parse(request.body), { account_id: "u1", extra_field: 1 });
    assert.equal(request.headers["content-type"], "application/json");
    assert.equal(request.headers["x-extra"], "yes");
    assert.equal(request.rawQuery, "q=a%20b");
    assert.match(String(request.headers["x-custom-traceid"]), /^[0-9a-f-]{36}$/);
  });

  test("list query values are comma-joined, each percent-encoded", async () => {
    const requests = serve((req, res) =>
      reply(res, envelope({ success_list: [], failed_list: [] })),
    );
    await makeClient(server.url).messages.batchGet({
      conversation_id: "a|1|b",
      message_server_ids: [1, 2, 3],
    });
    const [request] = requests as [Received];
    assert.equal(request.path, "/im/v2/conversations/a%7C1%7Cb/batch_messages");
    assert.equal(request.rawQuery, "message_server_ids=1,2,3");
  });

  test("data null counts as {}", async () => {
    serve((req, res) => reply(res, '{"code": 200, "msg": "ok", "data": null}'));
    const result = await makeClient(server.url).messages.batchGet({
      conversation_id: "c",
      message_server_ids: [1],
    });
    assert.deepEqual({ ...result }, {});
  });

  test("withResponse gives data, status, headers, traceId, retriesTaken; inspect hides the signature", async () => {
    let calls = 0;
    const requests = serve((req, res) => {
      calls += 1;
      if (calls === 1) reply(res, "oops", 503);
      else reply(res, envelope({ account_id: "u" }), 200, { "X-Server": "s1" });
    });
    const raw = await makeClient(server.url)
      .accounts.get({ account_id: "u" }, { traceId: "t-raw" })
      .withResponse();
    assert.equal(raw.data.account_id, "u");
    assert.equal(raw.status, 200);
    assert.equal(raw.headers.get("x-server"), "s1");
    assert.equal(raw.traceId, "t-raw");
    assert.equal(raw.retriesTaken, 1);
    assert.equal(JSON.parse(raw.text()).code, 200);
    const last = requests[1] as Received;
    assert.equal(raw.signature.CheckSum, last.headers["checksum"]);
    assert.equal(raw.signature.Nonce, last.headers["nonce"]);
    assertNoSecret([inspect(raw, { depth: 10, showHidden: false }), JSON.stringify(raw)], requests);
  });

  test("one call: awaiting the promise and withResponse share one exchange", async () => {
    const requests = serve((req, res) => reply(res, envelope({ account_id: "u" })));
    const promise = makeClient(server.url).accounts.get({ account_id: "u" });
    const [data, raw] = await Promise.all([promise, promise.withResponse()]);
    assert.equal(data, raw.data);
    assert.equal(requests.length, 1);
  });
});

describe("the envelope and errors", () => {
  test("code != 200 throws the code's APIError subclass with code, msg and trace id", async () => {
    serve((req, res) => reply(res, envelope({}, 414, "bad param")));
    const error = await rejection(
      makeClient(server.url).accounts.get({ account_id: "u" }, { traceId: "t-414" }),
    );
    assert.ok(error instanceof InvalidParameterError);
    assert.ok(error instanceof APIError && error instanceof YunxinError);
    assert.equal(error.code, 414);
    assert.equal(error.msg, "bad param");
    assert.equal(error.traceId, "t-414");
    assert.equal(error.status, 200);
    assert.ok(error.message.endsWith("(trace id: t-414)"));
    assert.equal(error.name, "InvalidParameterError");
  });

  test("an undocumented code is an APIError; a code as a digit string counts; msg not a string is its JSON", async () => {
    serve((req, res) => reply(res, envelope({}, "4001", { x: [1] })));
    const error = await rejection(makeClient(server.url).accounts.get({ account_id: "u" }));
    assert.ok(error instanceof APIError);
    assert.equal(error.constructor, APIError);
    assert.equal(error.code, 4001);
    assert.equal(error.msg, '{"x":[1]}');
  });

  const malformed: Array<[string, string | Buffer, typeof MalformedResponseError]> = [
    ["not JSON", "<html>hi</html>", MalformedResponseError],
    [
      "invalid UTF-8",
      Buffer.from('{"code": 200, "msg": "\xff", "data": {}}', "latin1"),
      MalformedResponseError,
    ],
    ["not the envelope", '["code", 200]', MalformedResponseError],
    ["code superscript", envelope({}, "²"), MalformedResponseError],
    ["code with 5000 digits", envelope({}, "9".repeat(5000)), MalformedResponseError],
    ["code huge integer", `{"code": ${"9".repeat(5000)}, "data": {}}`, MalformedResponseError],
    ["code 200.0", '{"code": 200.0, "msg": "ok", "data": {}}', MalformedResponseError],
    ["code true", envelope({}, true), MalformedResponseError],
    ["code a list", envelope({}, [200]), MalformedResponseError],
    ["deep JSON", "[".repeat(5000) + "]".repeat(5000), MalformedResponseError],
    ["data a list", envelope([1, 2]), ResponseValidationError],
    ["data a string", '{"code": 200, "data": "surprise"}', ResponseValidationError],
    ["data field of the wrong type", envelope({ account_id: [1] }), ResponseValidationError],
  ];
  for (const [name, body, kind] of malformed) {
    test(`malformed body: ${name}`, async () => {
      serve((req, res) => reply(res, body));
      const error = await rejection(
        makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
      );
      assert.ok(error instanceof kind, `${name}: got ${error.name}: ${error.message}`);
      assert.ok(error instanceof MalformedResponseError);
      assert.ok(error.body.length > 0);
      if (error instanceof ResponseValidationError) assert.ok(error.errors.length > 0);
    });
  }

  test("code 200.0 is found behind escaped text; a nested fractional code does not matter", async () => {
    serve((req, res) => reply(res, '{"data": {"name": "\\u4f60"}, "code": 200.0}'));
    const error = await rejection(
      makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof MalformedResponseError);
    serve((req, res) =>
      reply(
        res,
        '{"code": 200, "data": {"account_id": "u", "extra": {"code": 1.5}, "name": "\\u4f60"}}',
      ),
    );
    const raw = await makeClient(server.url).accounts.get({ account_id: "u" }).withResponse();
    assert.equal(raw.data.name, "\u4f60");
    assert.deepEqual((raw.json() as { code: number }).code, 200);
  });

  test("HTTP 4xx/5xx without the envelope is an APIStatusError; with code 200 too", async () => {
    serve((req, res) => reply(res, "<h1>Bad Gateway</h1>", 502, { "Content-Type": "text/html" }));
    const error = await rejection(
      makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof APIStatusError);
    assert.equal(error.status, 502);
    assert.match(error.message, /Bad Gateway/);
    serve((req, res) => reply(res, envelope({ account_id: "u" }), 503));
    const second = await rejection(
      makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(second instanceof APIStatusError);
    assert.equal(second.status, 503);
  });

  test("HTTP 4xx with an error envelope is the APIError", async () => {
    serve((req, res) => reply(res, envelope({}, 414, "nope"), 400));
    const error = await rejection(
      makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof InvalidParameterError);
    assert.equal(error.status, 400);
  });

  test("a redirect is not followed: it is a malformed answer", async () => {
    serve((req, res) => reply(res, "", 302, { Location: "http://127.0.0.1:1/x" }));
    const error = await rejection(
      makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof MalformedResponseError);
  });

  test("a Content-Encoding the body is not in is a MalformedResponseError", async () => {
    serve((req, res) =>
      reply(res, envelope({ account_id: "u" }), 200, { "Content-Encoding": "gzip" }),
    );
    const error = await rejection(
      makeClient(server.url, { maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof MalformedResponseError, `${error.name}: ${error.message}`);
  });
});

describe("partial failure", () => {
  test("raiseForFailures throws PartialFailureError naming the failed ids; failures() lists them", async () => {
    serve((req, res) =>
      reply(
        res,
        envelope({
          success_list: [{ message_server_id: 1 }],
          failed_list: [{ message_server_id: 2, error_code: 404, error_msg: "not found" }],
        }),
      ),
    );
    const result = await makeClient(server.url).messages.batchGet(
      { conversation_id: "c", message_server_ids: [1, 2] },
      { traceId: "t-pf" },
    );
    assert.equal(result.success_list?.length, 1);
    assert.deepEqual(
      result.failures().map((f) => [f.id, f.code, f.message]),
      [[2, 404, "not found"]],
    );
    assert.ok(!Object.keys(result).includes("raiseForFailures"));
    assert.ok(!JSON.stringify(result).includes("raiseForFailures"));
    const error = (() => {
      try {
        result.raiseForFailures();
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    assert.ok(error instanceof PartialFailureError);
    assert.deepEqual(error.failedIds, [2]);
    assert.ok(error.message.includes("not found") && error.message.endsWith("(trace id: t-pf)"));
  });

  test("without failed items raiseForFailures returns the result", async () => {
    serve((req, res) =>
      reply(res, envelope({ success_list: [{ message_server_id: 1 }], failed_list: [] })),
    );
    const result = await makeClient(server.url).messages.batchGet({
      conversation_id: "c",
      message_server_ids: [1],
    });
    assert.equal(result.raiseForFailures(), result);
  });
});

describe("retries and the write-safety rule", () => {
  test("an idempotent read is retried with a fresh Nonce and CheckSum and the same trace id", async () => {
    let calls = 0;
    const requests = serve((req, res) => {
      calls += 1;
      if (calls < 3) reply(res, "busy", 500);
      else reply(res, envelope({ account_id: "u" }));
    });
    const raw = await makeClient(server.url).accounts.get({ account_id: "u" }).withResponse();
    assert.equal(raw.retriesTaken, 2);
    assert.equal(requests.length, 3);
    assert.ok(requests.every((r) => r.signed));
    assert.equal(new Set(requests.map((r) => r.headers["nonce"])).size, 3);
    assert.equal(new Set(requests.map((r) => r.headers["checksum"])).size, 3);
    assert.equal(new Set(requests.map((r) => r.headers["x-custom-traceid"])).size, 1);
  });

  test("maxRetries bounds the attempts (client and per call)", async () => {
    const requests = serve((req, res) => reply(res, "busy", 500));
    await rejection(makeClient(server.url, { maxRetries: 1 }).accounts.get({ account_id: "u" }));
    assert.equal(requests.length, 2);
    requests.length = 0;
    await rejection(makeClient(server.url).accounts.get({ account_id: "u" }, { maxRetries: 0 }));
    assert.equal(requests.length, 1);
  });

  const mayHaveReached: Array<[string, TestServer["handler"]]> = [
    ["HTTP 500", (req, res) => reply(res, "busy", 500)],
    ["HTTP 408", (req, res) => reply(res, "slow", 408)],
    ["API code 503 (retry idempotent)", (req, res) => reply(res, envelope({}, 503, "busy"))],
    ["a malformed answer", (req, res) => reply(res, "garbage")],
    ["a reset connection", (req, res) => res.socket?.destroy()],
  ];
  for (const [name, handler] of mayHaveReached) {
    test(`a write is not sent again after ${name}`, async () => {
      const requests = serve(handler);
      const error = await rejection(
        makeClient(server.url).messages.send({
          conversation_id: "a|1|b",
          message: { message_type: 0, text: "hi" },
        }),
      );
      assert.ok(error instanceof YunxinError);
      assert.equal(requests.length, 1, `${name}: sent ${requests.length} times`);
    });
  }

  const refused: Array<[string, TestServer["handler"]]> = [
    ["HTTP 429", (req, res) => reply(res, "slow down", 429)],
    ["API code 416 (retry always)", (req, res) => reply(res, envelope({}, 416, "rate limited"))],
  ];
  for (const [name, handler] of refused) {
    test(`a write is sent again after ${name}`, async () => {
      let calls = 0;
      const requests = serve((req, res, index) => {
        calls += 1;
        if (calls === 1) void handler(req, res, index);
        else reply(res, envelope({ message_server_id: 7 }));
      });
      const result = await makeClient(server.url).messages.send({
        conversation_id: "a|1|b",
        message: { message_type: 0, text: "hi" },
      });
      assert.equal(result.message_server_id, 7);
      assert.equal(requests.length, 2);
    });
  }

  test("the last error is thrown when retries run out (RateLimitError)", async () => {
    const requests = serve((req, res) => reply(res, envelope({}, 416, "slow")));
    const error = await rejection(makeClient(server.url).accounts.get({ account_id: "u" }));
    assert.ok(error instanceof RateLimitError);
    assert.equal(requests.length, 3);
  });

  test("a sane Retry-After is waited for", async () => {
    let calls = 0;
    const requests = serve((req, res) => {
      calls += 1;
      if (calls === 1) reply(res, "slow", 429, { "Retry-After": "0.3" });
      else reply(res, envelope({ account_id: "u" }));
    });
    await makeClient(server.url).accounts.get({ account_id: "u" });
    const gap = (requests[1] as Received).at - (requests[0] as Received).at;
    assert.ok(gap >= 280, `waited ${gap} ms`);
  });

  for (const value of [
    "1e309",
    "nan",
    "-5",
    "999999999999999999999",
    "Mon, 01 Jan 2024 99:99:99 GMT",
    "Fri, 31 Dec 99999999999 23:59:59 GMT",
    "Tue, 01 Jan 2999 00:00:00 GMT",
    "soon",
  ]) {
    test(`an insane Retry-After (${value}) is ignored`, async () => {
      let calls = 0;
      serve((req, res) => {
        calls += 1;
        if (calls === 1) reply(res, "slow", 429, { "Retry-After": value });
        else reply(res, envelope({ account_id: "u" }));
      });
      const started = performance.now();
      await makeClient(server.url).accounts.get({ account_id: "u" });
      assert.ok(performance.now() - started < 1000);
    });
  }
});

describe("deadlines and size limits", () => {
  test("headers that come too late: APITimeoutError within the attempt deadline", async () => {
    serve(async (req, res) => {
      await sleep(1500);
      reply(res, envelope({ account_id: "u" }));
    });
    const started = performance.now();
    const error = await rejection(
      makeClient(server.url, { timeout: 200, maxRetries: 0 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof APITimeoutError && error instanceof APIConnectionError);
    assert.ok(performance.now() - started < 700);
  });

  test("a server that trickles bytes cannot keep an attempt alive past its deadline", async () => {
    serve(async (req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      const body = envelope({ account_id: "u", name: "x".repeat(200) });
      for (const char of body) {
        if (res.destroyed) return;
        res.write(char);
        await sleep(20);
      }
      res.end();
    });
    const started = performance.now();
    const error = await rejection(
      makeClient(server.url, { timeout: 300, maxRetries: 1 }).accounts.get({ account_id: "u" }),
    );
    const took = performance.now() - started;
    assert.ok(error instanceof APITimeoutError, error.name);
    assert.ok(took < 1200, `took ${took} ms`);
  });

  test("totalTimeout bounds the whole call, retries included", async () => {
    const requests = serve(async (req, res) => {
      await sleep(2000);
      reply(res, envelope({}));
    });
    const started = performance.now();
    const error = await rejection(
      makeClient(server.url, { timeout: 300, maxRetries: 5 }).accounts.get(
        { account_id: "u" },
        { totalTimeout: 500 },
      ),
    );
    const took = performance.now() - started;
    assert.ok(error instanceof APITimeoutError);
    assert.ok(took < 800, `took ${took} ms`);
    assert.ok(requests.length <= 2);
  });

  test("a declared Content-Length over maxResponseSize is refused before reading", async () => {
    const body = envelope({ account_id: "u", name: "x".repeat(5000) });
    serve((req, res) => reply(res, body, 200, { "Content-Length": String(body.length) }));
    const error = await rejection(
      makeClient(server.url, { maxResponseSize: 1000 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof ResponseTooLargeError);
    assert.match(error.message, /declared/);
  });

  test("a chunked body over maxResponseSize (per call) stops the read", async () => {
    serve(async (req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"code": 200, "data": {"name": "');
      for (let i = 0; i < 50 && !res.destroyed; i++) {
        res.write("x".repeat(10_000));
        await sleep(5);
      }
      res.end('"}}');
    });
    const error = await rejection(
      makeClient(server.url).accounts.get({ account_id: "u" }, { maxResponseSize: 20_000 }),
    );
    assert.ok(error instanceof ResponseTooLargeError, error.name);
    assert.ok(error.body.length <= 20_000);
  });
});

describe("paging", () => {
  function friendsPages(
    pages: Record<string, { next: string; more: boolean; items: string[] }>,
  ): TestServer["handler"] {
    return (req, res) => {
      const token = req.query.get("page_token") ?? "";
      const page = pages[token] ?? { next: "", more: false, items: [] };
      reply(
        res,
        envelope({
          has_more: page.more,
          next_token: page.next,
          items: page.items.map((id) => ({ friend_account_id: id })),
        }),
      );
    };
  }

  test("cursor style: await gives the first page; for await walks every item", async () => {
    const requests = serve(
      friendsPages({
        "": { next: "p2", more: true, items: ["a", "b"] },
        p2: { next: "p3", more: true, items: ["c"] },
        p3: { next: "", more: false, items: ["d"] },
      }),
    );
    const client = makeClient(server.url);
    const first = await client.friends.list({ account_id: "owner", limit: 2 });
    assert.deepEqual(
      first.items.map((f) => f.friend_account_id),
      ["a", "b"],
    );
    assert.ok(first.hasNextPage());
    const second = await first.getNextPage();
    assert.deepEqual(
      second.items.map((f) => f.friend_account_id),
      ["c"],
    );
    const ids: string[] = [];
    for await (const friend of client.friends.list({ account_id: "owner" }))
      ids.push(friend.friend_account_id);
    assert.deepEqual(ids, ["a", "b", "c", "d"]);
    assert.equal(requests.at(-1)?.query.get("page_token"), "p3");
    assert.equal(requests.at(-1)?.query.get("account_id"), "owner");
  });

  test("a page's withResponse gives the page and the exchange", async () => {
    serve(friendsPages({ "": { next: "", more: false, items: ["a"] } }));
    const raw = await makeClient(server.url)
      .friends.list({ account_id: "o" }, { traceId: "t-page" })
      .withResponse();
    assert.equal(raw.traceId, "t-page");
    assert.equal(raw.data.items.length, 1);
    assert.ok(!raw.data.hasNextPage());
  });

  test("offset style: the reported offset, or the count of items, is the next offset", async () => {
    const requests = serve((req, res) => {
      const offset = Number(req.query.get("offset") ?? "0");
      const all = ["m0", "m1", "m2", "m3", "m4"];
      const items = all.slice(offset, offset + 2).map((account_id) => ({ account_id }));
      const more = offset + 2 < all.length;
      reply(
        res,
        envelope(offset === 0 ? { has_more: more, offset: 2, items } : { has_more: more, items }),
      );
    });
    const ids: string[] = [];
    for await (const member of makeClient(server.url).chatroomMembers.listTaggedMembers({
      room_id: 1,
      tag: "t",
      offset: 0,
    })) {
      ids.push(member.account_id);
    }
    assert.deepEqual(ids, ["m0", "m1", "m2", "m3", "m4"]);
    assert.deepEqual(
      requests.map((r) => r.query.get("offset")),
      ["0", "2", "4"],
    );
  });

  test("maxPages and maxItems bound a walk with PageLimitError", async () => {
    serve((req, res) => {
      const token = Number(req.query.get("page_token") ?? "0");
      reply(
        res,
        envelope({
          has_more: true,
          next_token: String(token + 1),
          items: [{ friend_account_id: `f${token}` }],
        }),
      );
    });
    const client = makeClient(server.url);
    const walk = async (options: {
      maxPages?: number | null;
      maxItems?: number | null;
    }): Promise<[string[], Error]> => {
      const seen: string[] = [];
      try {
        for await (const friend of client.friends.list({ account_id: "o" }, options))
          seen.push(friend.friend_account_id);
      } catch (error) {
        return [seen, error as Error];
      }
      throw new Error("the walk ended");
    };
    const [seen, error] = await walk({ maxPages: 3 });
    assert.equal(seen.length, 3);
    assert.ok(error instanceof PageLimitError);
    assert.equal(error.pages, 3);
    const [seen2, error2] = await walk({ maxItems: 2 });
    assert.equal(seen2.length, 2);
    assert.ok(error2 instanceof PageLimitError);
    assert.equal(error2.items, 2);
  });

  test("the bounds default to 1 000 pages and 100 000 items, and null lifts them", async () => {
    assert.equal(DEFAULT_MAX_PAGES, 1000);
    assert.equal(DEFAULT_MAX_ITEMS, 100_000);
    serve((req, res) => {
      const token = Number(req.query.get("page_token") ?? "0");
      reply(
        res,
        envelope({
          has_more: token < 3,
          next_token: String(token + 1),
          items: [{ friend_account_id: `f${token}` }],
        }),
      );
    });
    const seen: string[] = [];
    const walk = makeClient(server.url).friends.list(
      { account_id: "o" },
      { maxPages: null, maxItems: null },
    );
    for await (const friend of walk) seen.push(friend.friend_account_id);
    assert.deepEqual(seen, ["f0", "f1", "f2", "f3"]);
  });

  test("a rotating token (A, B, A) throws PaginationError", async () => {
    const next: Record<string, string> = { "": "A", A: "B", B: "A" };
    serve((req, res) => {
      const token = req.query.get("page_token") ?? "";
      reply(
        res,
        envelope({
          has_more: true,
          next_token: next[token],
          items: [{ friend_account_id: token }],
        }),
      );
    });
    const error = await rejection(
      (async () => {
        for await (const friend of makeClient(server.url).friends.list({ account_id: "o" }))
          void friend;
      })(),
    );
    assert.ok(
      error instanceof PaginationError && !(error instanceof PageLimitError),
      error.message,
    );
  });

  test("the same token again ends the walk; a huge token throws PaginationError", async () => {
    const requests = serve((req, res) =>
      reply(
        res,
        envelope({
          has_more: true,
          next_token: req.query.get("page_token") ?? "S",
          items: [{ friend_account_id: "x" }],
        }),
      ),
    );
    const items: unknown[] = [];
    for await (const friend of makeClient(server.url).friends.list({ account_id: "o" }))
      items.push(friend);
    assert.equal(items.length, 2);
    assert.equal(requests.length, 2);
    serve((req, res) =>
      reply(
        res,
        envelope({
          has_more: true,
          next_token: "T".repeat(5000),
          items: [{ friend_account_id: "x" }],
        }),
      ),
    );
    const first = await makeClient(server.url).friends.list({ account_id: "o" });
    assert.throws(() => first.hasNextPage(), PaginationError);
  });

  test("items that are not a list are a ResponseValidationError", async () => {
    serve((req, res) => reply(res, envelope({ has_more: "maybe", items: "nope" })));
    const error = await rejection(
      makeClient(server.url, { maxRetries: 0 }).friends.list({ account_id: "o" }),
    );
    assert.ok(error instanceof ResponseValidationError);
  });
});

describe("redaction", () => {
  function echo(req: Received): string {
    return Object.entries(req.headers)
      .map(([name, value]) => `${name}: ${String(value)}`)
      .join("\n");
  }

  const echoes: Array<[string, TestServer["handler"]]> = [
    ["the envelope's msg", (req, res) => reply(res, envelope({}, 414, echo(req)))],
    [
      "an HTML error page",
      (req, res) => reply(res, `<pre>${echo(req)}</pre>`, 400, { "Content-Type": "text/html" }),
    ],
    ["upper-cased text", (req, res) => reply(res, echo(req).toUpperCase(), 500)],
    [
      "a JSON-escaped msg",
      (req, res) => reply(res, envelope({}, 414, JSON.stringify(req.headers))),
    ],
    [
      "the reason phrase",
      (req, res) => {
        res.statusMessage = `Bad ${String(req.headers["checksum"])}`;
        res.writeHead(502);
        res.end("");
      },
    ],
    ["a malformed body", (req, res) => reply(res, `not json ${echo(req)}`)],
  ];
  for (const [name, handler] of echoes) {
    test(`secrets echoed in ${name} are not in messages, inspect output or log lines`, async () => {
      const requests = serve(handler);
      const logger = new CollectingLogger();
      const client = makeClient(server.url, { logger, logLevel: "debug" });
      const error = await rejection(client.accounts.get({ account_id: "u" }));
      assert.ok(error instanceof YunxinError);
      assert.ok(requests.length >= 1);
      assertNoSecret(
        [
          error.message,
          String(error),
          inspect(error, { depth: 10 }),
          inspect(error, { showHidden: true, depth: 3 }),
          String(error.stack),
          JSON.stringify(error),
          ...logger.lines,
        ],
        requests,
      );
      assert.ok(logger.lines.length > 0);
      if (error instanceof APIError) assertNoSecret([error.msg], requests);
    });
  }

  test("the client's inspect output has no AppSecret; the request stays reachable on the error", async () => {
    const requests = serve((req, res) => reply(res, envelope({}, 414, "x")));
    const client = makeClient(server.url);
    assertNoSecret([inspect(client, { depth: 10, showHidden: true }), JSON.stringify(client)], []);
    const error = await rejection(client.accounts.get({ account_id: "u" }));
    assert.ok(error instanceof APIError);
    assert.equal(error.request.headers["CheckSum"], requests[0]?.headers["checksum"]);
  });
});

describe("failover, deprecation, options", () => {
  test("a refused connection fails over to the backup host, for writes too", async () => {
    const requests = serve((req, res) => reply(res, envelope({ message_server_id: 9 })));
    const logger = new CollectingLogger();
    const client = makeClient(await closedURL(), {
      backupBaseURLs: [server.url],
      logger,
      logLevel: "warn",
    });
    const result = await client.messages.send({
      conversation_id: "a|1|b",
      message: { message_type: 0 },
    });
    assert.equal(result.message_server_id, 9);
    assert.equal(requests.length, 1);
    assert.equal(client.baseURL, server.url);
    assert.ok(
      logger.lines.some((line) => line.startsWith("warn") && line.includes("switching to")),
    );
  });

  test("a refused connection with no backup is an APIConnectionError", async () => {
    const error = await rejection(makeClient(await closedURL()).accounts.get({ account_id: "u" }));
    assert.ok(
      error instanceof APIConnectionError && !(error instanceof APITimeoutError),
      error.message,
    );
    assert.match(error.message, /ECONNREFUSED/);
  });

  test("a deprecated operation warns once per process", async () => {
    serve((req, res) => reply(res, envelope({ has_more: false, items: [] })));
    const warnings: Error[] = [];
    const listener = (warning: Error): void => {
      warnings.push(warning);
    };
    process.on("warning", listener);
    try {
      const client = makeClient(server.url);
      await client.friends.legacyList({ account_id: "o" });
      await client.friends.legacyList({ account_id: "o" });
      await makeClient(server.url).friends.legacyList({ account_id: "o" });
      await client.friends.list({ account_id: "o" });
      await sleep(20);
    } finally {
      process.off("warning", listener);
    }
    const ours = warnings.filter(
      (w) => w.name === "DeprecationWarning" && w.message.includes("friends.legacyList"),
    );
    assert.equal(ours.length, 1);
  });

  test("settings fall back to YUNXIN_* variables; bad settings are ConfigurationErrors", () => {
    const saved = { ...process.env };
    try {
      process.env["YUNXIN_APP_KEY"] = "env-key";
      process.env["YUNXIN_APP_SECRET"] = "env-secret";
      process.env["YUNXIN_REGION"] = "sg";
      const client = new YunxinIM();
      assert.equal(client.appKey, "env-key");
      assert.equal(client.baseURL, "https://open-sg.yunxinapi.com");
      process.env["YUNXIN_BASE_URL"] = "http://127.0.0.1:9";
      assert.equal(new YunxinIM().baseURL, "http://127.0.0.1:9");
      delete process.env["YUNXIN_BASE_URL"];
      delete process.env["YUNXIN_REGION"];
      assert.deepEqual(new YunxinIM().baseURLs, [
        "https://open.yunxinapi.com",
        "https://open-bak.yunxinapi.com",
      ]);
      delete process.env["YUNXIN_APP_SECRET"];
      assert.throws(() => new YunxinIM(), ConfigurationError);
      assert.throws(() => new YunxinIM({ appSecret: "s", region: "mars" }), ConfigurationError);
      assert.throws(() => new YunxinIM({ appSecret: "s", baseURL: "ftp://x" }), ConfigurationError);
      assert.throws(() => new YunxinIM({ appSecret: "s", timeout: -1 }), ConfigurationError);
      assert.throws(() => new YunxinIM({ appSecret: "s", maxRetries: 1.5 }), ConfigurationError);
    } finally {
      process.env = saved;
    }
  });

  test("bad per-call options and unbuildable requests reject with YunxinError subclasses", async () => {
    const client = makeClient(server.url);
    assert.ok(
      (await rejection(
        client.accounts.get({ account_id: "u" }, { timeout: Number.NaN }),
      )) instanceof ConfigurationError,
    );
    assert.ok(
      (await rejection(client.accounts.get({ account_id: "u" }, { traceId: "a\nb" }))) instanceof
        RequestBuildError,
    );
  });

  test("a URL too long from the arguments is a RequestBuildError, and nothing is sent", async () => {
    const requests = serve((req, res) => reply(res, envelope({})));
    const error = await rejection(
      makeClient(server.url).friends.list({ account_id: "o", page_token: "x".repeat(70_000) }),
    );
    assert.ok(error instanceof RequestBuildError);
    assert.match(error.message, /cannot be built/);
    assert.equal(requests.length, 0);
  });

  test("a retry wait (Retry-After) that would pass totalTimeout is not started", async () => {
    const requests = serve((req, res) => reply(res, "busy", 503, { "Retry-After": "30" }));
    const started = performance.now();
    const error = await rejection(
      makeClient(server.url, { totalTimeout: 1000 }).accounts.get({ account_id: "u" }),
    );
    assert.ok(error instanceof APIStatusError);
    assert.ok(performance.now() - started < 500);
    assert.equal(requests.length, 1);
  });

  test("the caller's signal aborts the call", async () => {
    serve(async (req, res) => {
      await sleep(1000);
      reply(res, envelope({}));
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await rejection(
      makeClient(server.url).accounts.get({ account_id: "u" }, { signal: controller.signal }),
    );
    assert.ok(error instanceof APIUserAbortError);
    assert.ok(performance.now() - started < 600);
  });
});

describe("helpers", () => {
  test("conversation ids are built, parsed and checked", () => {
    assert.equal(ConversationId.p2p("user1", "user2"), "user1|1|user2");
    assert.equal(ConversationId.format("u", 2, 6001), "u|2|6001");
    assert.deepEqual(ConversationId.parse("user1|3|6001"), {
      owner: "user1",
      type: 3,
      peer: "6001",
    });
    assert.throws(() => ConversationId.parse("a|b"), TypeError);
    assert.throws(() => ConversationId.parse("a|9|b"), TypeError);
    assert.throws(() => ConversationId.team("a|b", "c"), TypeError);
  });

  test("a streaming message goes out chunk by chunk from an async iterable", async () => {
    const requests = serve((req, res) => reply(res, envelope({ message_server_id: 555 })));
    async function* chunks(): AsyncGenerator<string> {
      yield "Hel";
      yield "lo";
      yield "!";
    }
    const id = await makeClient(server.url).messages.sendStream({
      conversation_id: "a|1|b",
      chunks: chunks(),
      message_client_id: "c1",
      push: true,
    });
    assert.equal(id, 555);
    const bodies = requests.map(
      (r) => JSON.parse(r.body) as { message: Record<string, unknown>; push?: boolean },
    );
    assert.equal(bodies.length, 3);
    assert.equal(bodies[0]?.message["message_client_id"], "c1");
    assert.equal(bodies[0]?.push, true);
    assert.equal(bodies[1]?.push, undefined);
    assert.equal(bodies[2]?.message["message_server_id"], 555);
    assert.deepEqual(
      bodies.map((b) => b.message["attachment"]),
      [
        { text: "Hel", index: 0, finish: 0 },
        { text: "lo", index: 1, finish: 0 },
        { text: "!", index: 2, finish: 1 },
      ],
    );
    await assert.rejects(
      makeClient(server.url).messages.sendStream({ conversation_id: "c", chunks: [] }),
      TypeError,
    );
  });
});
