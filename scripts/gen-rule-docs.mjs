// Regenerates the header of every docs/rules/RESnnn.md from the rules' metadata (the prose below
// the header is hand-written and kept), and the index docs/rules/README.md whole. Run: node scripts/gen-rule-docs.mjs
// The core is TypeScript, so it is bundled to a temporary file first, as bench/ does.
import * as esbuild from "esbuild";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "resdraft-docs-"));
const out = join(dir, "rules.cjs");
await esbuild.build({
  stdin: {
    contents: `export { rules } from "./server/src/core/rules/index"; export { withDocHeader, ruleIndex } from "./server/src/core/lint/rule-doc";`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: out,
  logLevel: "warning",
});
const { rules, withDocHeader, ruleIndex } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });
let changed = 0;
for (const rule of rules) {
  const file = join(root, "docs/rules", `${rule.id}.md`);
  const before = existsSync(file) ? readFileSync(file, "utf8") : "## What it checks\n\nTODO\n";
  const after = withDocHeader(before, rule);
  if (after !== before) {
    writeFileSync(file, after);
    changed++;
  }
}
const index = join(root, "docs/rules/README.md");
if (!existsSync(index) || readFileSync(index, "utf8") !== ruleIndex(rules)) {
  writeFileSync(index, ruleIndex(rules));
  changed++;
}
console.log(`gen-rule-docs: ${rules.length} rules, ${changed} docs updated`);
