// Bundles the extension, the language server and the CLI with esbuild.
// Type checking is separate (`tsc -b`), so a build is fast and a type error shows once.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

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

/**
 * pdf.js tries to load the native `@napi-rs/canvas` package when it loads in Node, to draw pages; resdraft
 * never draws, the package is not shipped, and the attempt prints warnings on stdout (into `--format json`).
 * The load is cut out of the bundle; server/src/core/pdf/dom-matrix.ts supplies the one global pdf.js needs.
 * The build fails if the code changes shape (a pdf.js upgrade), rather than shipping the warnings again.
 */
const pdfjsWithoutCanvas = {
  name: "pdfjs-without-canvas",
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const start = source.indexOf("if (isNodeJS) {\n  let canvas;");
      const end = source.indexOf("  if (!globalThis.navigator?.language) {", start);
      if (start < 0 || end < 0) throw new Error(`${args.path}: the canvas polyfill block was not found; review scripts/build.mjs for this pdf.js version`);
      return { contents: source.slice(0, start) + "if (isNodeJS) {\n" + source.slice(end), loader: "js" };
    });
  },
};

const builds = [
  { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  { ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js", plugins: [pdfjsWithoutCanvas] },
  { ...common, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" }, plugins: [pdfjsWithoutCanvas] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log("esbuild: watching");
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
