/**
 * esbuild plugin for every bundle that holds pdf.js (dist/cli.js, dist/server.js, the bench and the corpus
 * measurement). pdf.js tries to load the native `@napi-rs/canvas` package when it loads in Node, to draw pages;
 * resdraft never draws, the package is not shipped, and the attempt prints warnings on stdout (into
 * `--format json`). The load is cut out of the bundle; server/src/core/pdf/dom-matrix.ts supplies the one global
 * pdf.js needs. The build fails if the code changes shape (a pdf.js upgrade), rather than shipping the warnings.
 */
import { readFile } from "node:fs/promises";

export const pdfjsWithoutCanvas = {
  name: "pdfjs-without-canvas",
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const start = source.indexOf("if (isNodeJS) {\n  let canvas;");
      const end = source.indexOf("  if (!globalThis.navigator?.language) {", start);
      if (start < 0 || end < 0) throw new Error(`${args.path}: the canvas polyfill block was not found; review scripts/lib/pdfjs-without-canvas.mjs for this pdf.js version`);
      return { contents: source.slice(0, start) + "if (isNodeJS) {\n" + source.slice(end), loader: "js" };
    });
  },
};
