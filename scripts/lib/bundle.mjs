/**
 * Bundles modules of the repository with esbuild for a plain-node script and loads the bundle.
 * `exports`: { name: "path/from/root.ts" } for `export { name } from path` (a key may list names: "a, b").
 */
import * as esbuild from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export async function bundle(root, outDir, exports) {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, "entry.ts");
  const lines = Object.entries(exports).map(([name, path]) => `export { ${name} } from ${JSON.stringify(join(root, path))};`);
  writeFileSync(entry, lines.join("\n") + "\n");
  const outfile = join(outDir, "bundle.cjs");
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" });
  return createRequire(import.meta.url)(outfile);
}
