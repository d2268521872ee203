/**
 * The generated TypeScript SDK (generated/typescript) against a real HTTP server on 127.0.0.1
 * that checks the CheckSum of every request: a handful of operations of the bundled spec.
 */

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  APIError,
  ConversationId,
  ConversationType,
  InvalidParameterError,
  PartialFailureError,
  YunxinError,
  YunxinIM,
} from "../../../generated/typescript/src/index.js";
import {
  APP_KEY,
  APP_SECRET,
  envelope,
  type Received,
  rejection,
  reply,
  TestServer,
} from "../support.js";

function client(url: string): YunxinIM {
  return new YunxinIM({
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    baseURL: url,
    maxRetries: 1,
    initialRetryDelay: 1,
    maxRetryDelay: 5,
    logLevel: "off",
  });
}

describe("generated SDK over HTTP", () => {
  let server: TestServer;
  let sdk: YunxinIM;

  before(async () => {
    server = await TestServer.start();
    sdk = client(server.url);
  });
  after(async () => {
    await server.close();
  });

  function last(): Received {
    const request = server.requests.at(-1);
    assert.ok(request, "the server got no request");
    return request;
  }

  test("accounts.create POSTs its JSON body, signed, and resolves to data", async () => {
    server.handler = (_, res) => reply(res, envelope({ account_id: "user1", token: "t0" }));
    const created = await sdk.accounts.create({ account_id: "user1", token: "t0" });
    assert.equal(created.account_id, "user1");
    const request = last();
    assert.equal(request.signed, true);
    assert.equal(request.method, "POST");
    assert.equal(request.path, "/im/v2/accounts");
    assert.deepEqual(JSON.parse(request.body), { account_id: "user1", token: "t0" });
    assert.match(String(request.headers["x-custom-traceid"]), /^[0-9a-f-]{36}$/);
  });

  test("a path parameter is percent-encoded (messages.send)", async () => {
    server.handler = (_, res) => reply(res, envelope({ message_server_id: 42 }));
    const id = ConversationId.p2p("a", "b");
    const sent = await sdk.messages.send({
      conversation_id: id,
      message: { message_type: 0, text: "hi" },
    });
    assert.equal(sent.message_server_id, 42);
    assert.equal(last().path, "/im/v2/conversations/a%7C1%7Cb/messages");
    assert.deepEqual(JSON.parse(last().body), { message: { message_type: 0, text: "hi" } });
  });

  test("partial failure: failures() and raiseForFailures() (conversations.batchGet)", async () => {
    server.handler = (_, res) =>
      reply(
        res,
        envelope({
          success_list: [{ conversation_id: "a|1|b" }],
          failed_list: [{ conversation_id: "a|1|c", error_code: 404, error_msg: "not found" }],
        }),
      );
    const result = await sdk.conversations.batchGet({ conversation_ids: ["a|1|b", "a|1|c"] });
    assert.equal(last().method, "GET");
    assert.equal(last().query.get("conversation_ids"), "a|1|b,a|1|c");
    assert.equal(result.success_list?.length, 1);
    assert.equal(result.failures().length, 1);
    assert.deepEqual(Object.keys(result).sort(), ["failed_list", "success_list"]);
    const error = await rejection(Promise.resolve().then(() => result.raiseForFailures()));
    assert.ok(error instanceof PartialFailureError);
  });

  test("code != 200 raises the generated subclass, or APIError for other codes", async () => {
    server.handler = (_, res) => reply(res, envelope({}, 414, "bad parameter"));
    const error = await rejection(sdk.accounts.get({ account_id: "user1" }));
    assert.ok(error instanceof InvalidParameterError);
    assert.ok(error instanceof APIError && error instanceof YunxinError);
    assert.equal(error.code, 414);
    assert.equal(error.msg, "bad parameter");
    server.handler = (_, res) => reply(res, envelope({}, 999001, "odd"));
    const other = await rejection(sdk.accounts.get({ account_id: "user1" }));
    assert.ok(other instanceof APIError && !(other instanceof InvalidParameterError));
    assert.equal((other as APIError).code, 999001);
  });

  test("friends.list walks every page with for await, sending the next token", async () => {
    server.handler = (request, res) => {
      const token = request.query.get("page_token");
      if (token === null) {
        reply(
          res,
          envelope({ items: [{ friend_account_id: "f1" }], has_more: true, next_token: "p2" }),
        );
      } else {
        reply(
          res,
          envelope({ items: [{ friend_account_id: "f2" }], has_more: false, next_token: "" }),
        );
      }
    };
    const start = server.requests.length;
    const seen: string[] = [];
    for await (const friend of sdk.friends.list({ account_id: "user1", limit: 1 })) {
      seen.push(friend.friend_account_id ?? "");
    }
    assert.deepEqual(seen, ["f1", "f2"]);
    const pages = server.requests.slice(start);
    assert.equal(pages.length, 2);
    assert.equal(pages[0]?.path, "/im/v2.1/friends");
    assert.equal(pages[0]?.query.get("account_id"), "user1");
    assert.equal(pages[1]?.query.get("page_token"), "p2");
    const first = await sdk.friends.list({ account_id: "user1" });
    assert.equal(first.hasNextPage(), true);
  });

  test("a deprecated operation warns once per process", async () => {
    server.handler = (_, res) => reply(res, envelope({ friend_account_id: "f1" }));
    const warnings: Error[] = [];
    const listener = (warning: Error): void => {
      warnings.push(warning);
    };
    process.on("warning", listener);
    try {
      await sdk.friends.getLegacy({ account_id: "user1", friend_account_id: "f1" });
      await sdk.friends.getLegacy({ account_id: "user1", friend_account_id: "f1" });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", listener);
    }
    const ours = warnings.filter(
      (w) => (w as Error & { code?: string }).code === "YUNXIN_DEPRECATED",
    );
    assert.equal(ours.length, 1);
    assert.match(ours[0]?.message ?? "", /friends\.getLegacy/);
  });

  test("messages.sendStream sends one chunk call per chunk and resolves to the server id", async () => {
    server.handler = (_, res) => reply(res, envelope({ message_server_id: 7 }));
    const start = server.requests.length;
    async function* chunks(): AsyncIterable<string> {
      yield "Hello, ";
      yield "world.";
    }
    const id = await sdk.messages.sendStream({ conversation_id: "a|1|b", chunks: chunks() });
    assert.equal(id, 7);
    const calls = server.requests
      .slice(start)
      .map((r) => JSON.parse(r.body) as Record<string, unknown>);
    assert.equal(calls.length, 2);
    const [one, two] = calls.map((c) => c["message"] as Record<string, unknown>);
    assert.equal(typeof one?.["message_client_id"], "string");
    assert.equal(two?.["message_server_id"], 7);
  });

  test("ConversationId helpers and enum constants come from the spec", () => {
    assert.equal(ConversationType.TEAM, 2);
    assert.equal(ConversationId.team("owner", 6001), "owner|2|6001");
    assert.equal(ConversationId.parse("a|3|b").type, 3);
  });
});
