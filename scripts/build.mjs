// Bundles the extension, the language server and the CLI with esbuild.
// Type checking is separate (`tsc -b`), so a build is fast and a type error shows once.
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { pdfjsWithoutCanvas } from "./lib/pdfjs-without-canvas.mjs";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("--production");
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: production ? false : "linked",
  sourcesContent: false,
  minify: production,
  logLevel: "warning",
  define: { RESDRAFT_VERSION: JSON.stringify(pkg.version) },
};

/** The CLI and the server bundle pdf.js: its URL loaders are cut off from the network (scripts/lib/no-network.mjs). */
const offline = {
  plugins: [pdfjsWithoutCanvas],
  inject: [new URL("./lib/no-network.mjs", import.meta.url).pathname],
  define: { ...common.define, fetch: "__resdraft_no_fetch", XMLHttpRequest: "__resdraft_no_xhr" },
};

const builds = [
  { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  { ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js", ...offline },
  { ...common, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" }, ...offline },
  // The comparison view's script runs in the webview (a browser), not in Node.
  { ...common, platform: "browser", format: "iife", target: "chrome120", entryPoints: ["client/webview/compare.ts"], outfile: "dist/webview/compare.js" },
];

mkdirSync("dist/webview", { recursive: true });
copyFileSync("client/webview/compare.css", "dist/webview/compare.css");

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log("esbuild: watching");
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
