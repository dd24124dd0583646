// Writes schemas/resdraft.schema.json (the schema of .resdraft.json) from the rule registry.
// Run: node scripts/gen-config-schema.mjs   (the core is TypeScript, so it is bundled first, as gen-rule-docs does)
import * as esbuild from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { configSchema } from "./lib/config-schema.mjs";

const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "resdraft-schema-"));
const out = join(dir, "rules.cjs");
await esbuild.build({
  stdin: { contents: `export { rules } from "./server/src/core/rules/index";`, resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: out,
  logLevel: "warning",
});
const { rules } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });
const file = join(root, "schemas/resdraft.schema.json");
const text = JSON.stringify(configSchema(rules), null, 2) + "\n";
const changed = !existsSync(file) || readFileSync(file, "utf8") !== text;
if (changed) writeFileSync(file, text);
console.log(`gen-config-schema: ${rules.length} rules, ${changed ? "schema updated" : "schema unchanged"}`);
