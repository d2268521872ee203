// Format a batch of files with the repository's pinned prettier, in one Node process.
// stdin: {"config": "<path of .prettierrc.json>", "files": {"<path>": "<text>", ...}}
// stdout: {"files": {"<path>": "<formatted text>"}, "errors": {"<path>": "<message>"}}
// The parser is the one prettier's CLI infers from the file name (typescript for .ts, json for
// .json, json-stringify for package.json), so the result passes `prettier --check`.
import { readFileSync } from "node:fs";
import * as prettier from "prettier";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const config = JSON.parse(readFileSync(request.config, "utf8"));
const files = {};
const errors = {};
for (const [path, text] of Object.entries(request.files)) {
  try {
    files[path] = await prettier.format(text, { ...config, filepath: path });
  } catch (error) {
    errors[path] = String(error && error.message ? error.message : error);
  }
}
process.stdout.write(JSON.stringify({ files, errors, version: prettier.version }));
