// Compile the TypeScript runtime, the sample client and the tests with the pinned tsc into a
// temporary folder, then run the compiled tests with Node's built-in runner.
// Usage: node tests/typescript/run.mjs [extra node --test arguments]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
// YUNXIN_TS_OUT=<dir> compiles there and keeps the output (for debugging).
const keep = process.env.YUNXIN_TS_OUT;
const out = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), "yunxin-ts-tests-"));
let status = 1;
try {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const compiled = spawnSync(
    process.execPath,
    [tsc, "-p", join(here, "tsconfig.json"), "--noEmit", "false", "--outDir", out],
    { stdio: "inherit" },
  );
  if (compiled.status !== 0) {
    console.error("tsc failed");
  } else {
    writeFileSync(join(out, "package.json"), '{"type": "module"}\n');
    const testDir = join(out, "tests", "typescript");
    const files = readdirSync(testDir)
      .filter((name) => name.endsWith(".test.js"))
      .sort()
      .map((name) => join(testDir, name));
    const run = spawnSync(process.execPath, ["--test", ...process.argv.slice(2), ...files], {
      stdio: "inherit",
    });
    status = run.status ?? 1;
  }
} finally {
  if (!keep) rmSync(out, { recursive: true, force: true });
}
process.exit(status);
