// `npm run measure:redline`: the LibreOffice round trip over every corpus year pair and every corpus text
// (test/libreoffice/measure.ts, bundled here with esbuild so it runs without a TypeScript loader).
// Needs soffice and Debian's /usr/bin/python3 with uno (libreoffice-writer-nogui, python3-uno).
import * as esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cacheDir, root } from "./lib/paths.mjs";

mkdirSync(cacheDir, { recursive: true });
const outfile = join(cacheDir, "measure-redline.cjs");
await esbuild.build({ entryPoints: [join(root, "test/libreoffice/measure.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "warning" });
process.env.RESDRAFT_ROOT = root;
await import(pathToFileURL(outfile).href);
