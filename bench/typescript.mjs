// `make bench`, TypeScript part: the generated SDK (compiled to ESM in .bench/ts) next to bare
// fetch doing the same signed request, against a loopback server in another process; and the
// time `import("yunxin-im")` adds to an empty Node start. Prints numbers and ratios, asserts
// nothing. Usage: node bench/typescript.mjs <compiled index.js> [calls] [rounds] [imports]
import { fork, spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const APP_KEY = "bench-key";
const APP_SECRET = "bench-secret";

if (process.argv[2] === "--serve") {
  // The server: the envelope for the two operations, nothing else.
  const account = JSON.stringify({ code: 200, msg: "", data: { account_id: "u1", configuration: {} } });
  const sent = JSON.stringify({
    code: 200,
    msg: "",
    data: { message_server_id: 1, message_client_id: "c1", sender_id: "u1", receiver_id: "u2" },
  });
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const body = request.method === "GET" ? account : sent;
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.send(server.address().port));
} else {
  await main();
}

function signed() {
  const nonce = randomUUID().replaceAll("-", "");
  const curTime = String(Math.floor(Date.now() / 1000));
  const checkSum = createHash("sha1").update(APP_SECRET + nonce + curTime).digest("hex");
  return {
    AppKey: APP_KEY,
    Nonce: nonce,
    CurTime: curTime,
    CheckSum: checkSum,
    "X-custom-traceid": randomUUID(),
    "User-Agent": "bench",
  };
}

async function bareGet(base) {
  const response = await fetch(`${base}/im/v2/accounts/u1`, { headers: signed() });
  const json = await response.json();
  if (json.code !== 200) throw new Error("bad answer");
  return json.data;
}

async function barePost(base) {
  const response = await fetch(`${base}/im/v2/conversations/${encodeURIComponent("u1|1|u2")}/messages`, {
    method: "POST",
    headers: { ...signed(), "content-type": "application/json" },
    body: JSON.stringify({ message: { message_type: 0, text: "hello" } }),
  });
  const json = await response.json();
  if (json.code !== 200) throw new Error("bad answer");
  return json.data;
}

async function perCall(call, calls) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await call();
  return Number(process.hrtime.bigint() - started) / 1e6 / calls; // ms per call
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function main() {
  const [entry, callsText = "1000", roundsText = "7", importsText = "15"] = process.argv.slice(2);
  const calls = Number(callsText);
  const rounds = Number(roundsText);
  const { YunxinIM } = await import(pathToFileURL(entry).href);
  const server = fork(new URL(import.meta.url).pathname, ["--serve"], { stdio: "inherit" });
  const port = await new Promise((resolve) => server.once("message", resolve));
  const base = `http://127.0.0.1:${port}`;
  const client = new YunxinIM({ appKey: APP_KEY, appSecret: APP_SECRET, baseURL: base, logLevel: "off" });
  const sdkGet = () => client.accounts.get({ account_id: "u1" });
  const sdkPost = () =>
    client.messages.send({ conversation_id: "u1|1|u2", message: { message_type: 0, text: "hello" } });
  for (const warm of [sdkGet, sdkPost, () => bareGet(base), () => barePost(base)]) await perCall(warm, 100);

  console.log(`== TypeScript SDK: calls against a loopback server (${calls} calls x ${rounds} rounds, taking turns; medians) ==`);
  for (const [label, sdk, bare] of [
    ["GET  accounts.get", sdkGet, () => bareGet(base)],
    ["POST messages.send", sdkPost, () => barePost(base)],
  ]) {
    const ours = [];
    const theirs = [];
    for (let round = 0; round < rounds; round += 1) {
      ours.push(await perCall(sdk, calls));
      theirs.push(await perCall(bare, calls));
    }
    const ratio = median(ours) / median(theirs);
    console.log(
      `  ${label.padEnd(20)} sdk ${(1000 / median(ours)).toFixed(0).padStart(6)} calls/s   bare fetch ${(1000 / median(theirs)).toFixed(0).padStart(6)} calls/s   ${ratio.toFixed(2)}x  (target <= 1.2x: ${ratio <= 1.2 ? "ok" : "MISSED"})`,
    );
  }
  server.kill();

  const imports = Number(importsText);
  const empty = [];
  const withSdk = [];
  const code = `await import(${JSON.stringify(pathToFileURL(entry).href)})`;
  for (let i = 0; i < imports; i += 1) {
    for (const [samples, args] of [
      [empty, ["--input-type=module", "-e", ""]],
      [withSdk, ["--input-type=module", "-e", code]],
    ]) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, args, { stdio: "inherit" });
      if (run.status !== 0) throw new Error("node failed");
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  const cost = median(withSdk) - median(empty);
  console.log(`== TypeScript SDK: import time (fresh node processes, ${imports} each, taking turns; medians) ==`);
  console.log(
    `  empty node ${median(empty).toFixed(1)} ms   import("yunxin-im") ${median(withSdk).toFixed(1)} ms   costs ${cost.toFixed(1)} ms  (target <= 20 ms: ${cost <= 20 ? "ok" : "MISSED"})`,
  );
}
