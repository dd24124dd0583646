#!/usr/bin/env node
/**
 * Measures the PDF reader and `normalize` over a whole corpus (not part of npm test: the PDFs are not in the
 * repository). usage: node scripts/measure-pdf-corpus.mjs [CORPUS_DIR] [--only STEM]
 *
 * CORPUS_DIR (default ../shared/corpus beside the checkout) holds pdf/, texts/ and formats/pymupdf/. Prints:
 * 1. the PDFs read directly against test/fixtures/corpus/manifest.json (reviewed exceptions applied): structure,
 *    structure and exact openers (italic extent included), footnote counts, every mismatch;
 * 2. `normalize` round trips (the .unres parses to the same structure, openers and texts) from each source: the
 *    PDF, the pdftotext text, the PyMuPDF text.
 */
import * as esbuild from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { pdfjsWithoutCanvas } from "./lib/pdfjs-without-canvas.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const corpus = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--only") ?? join(ROOT, "../shared/corpus"));
if (!existsSync(join(corpus, "pdf"))) {
  console.error(`no pdf/ folder in ${corpus}`);
  process.exit(2);
}

const build = join(ROOT, "bench/.build");
mkdirSync(build, { recursive: true });
const outfile = join(build, "measure-pdf.cjs");
await esbuild.build({
  stdin: {
    contents: [
      `import { registerReaders } from "${ROOT}/server/src/host/readers.ts";`,
      `registerReaders();`,
      `export { loadDocument } from "${ROOT}/server/src/core/input/load.ts";`,
      `export { parse } from "${ROOT}/server/src/core/syntax/parse.ts";`,
      `export { toUnres } from "${ROOT}/server/src/core/normalize/to-unres.ts";`,
      `export { compareDoc, loadManifest, loadExceptions, applyExceptions } from "${ROOT}/test/unit/parser/corpus-compare.ts";`,
      `export { shape } from "${ROOT}/test/unit/normalize/shape.ts";`,
    ].join("\n"),
    resolveDir: ROOT,
    loader: "ts",
  },
  outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "silent", plugins: [pdfjsWithoutCanvas],
  // corpus-compare finds the repository's manifest from its own folder.
  define: { __dirname: JSON.stringify(join(ROOT, "test/unit/parser")) },
});
const core = createRequire(import.meta.url)(outfile);

const manifest = core.loadManifest();
core.applyExceptions(manifest, core.loadExceptions());
const stems = readdirSync(join(corpus, "pdf")).filter((f) => f.endsWith(".pdf")).map((f) => f.slice(0, -4)).filter((s) => !only || s === only).sort();

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function roundTrips(tree) {
  const back = core.parse(core.toUnres(tree), { format: "unres" });
  return same(core.shape(back), core.shape(tree));
}

const pdf = { read: 0, structure: 0, exact: 0, footnotes: 0, roundTrip: 0, failures: [], mismatches: [], lossy: [] };
const t0 = Date.now();
for (const stem of stems) {
  const r = await core.loadDocument(new Uint8Array(readFileSync(join(corpus, "pdf", `${stem}.pdf`))), `${stem}.pdf`);
  if (!r.ok) {
    pdf.failures.push(`${stem}: ${r.message}`);
    continue;
  }
  pdf.read++;
  const want = manifest[stem];
  if (want) {
    const d = core.compareDoc(stem, r.text, want, core.parse(r.text, { cues: r.cues }));
    if (!d.structure.length) pdf.structure++;
    if (!d.structure.length && !d.openers.length) pdf.exact++;
    if (!d.structure.some((s) => /footnotes/.test(s))) pdf.footnotes++;
    pdf.mismatches.push(...d.structure, ...d.openers);
  }
  const tree = core.parse(r.text, { ...(r.cues ? { cues: r.cues } : {}), format: "official" });
  if (roundTrips(tree)) pdf.roundTrip++;
  else pdf.lossy.push(stem);
}
const seconds = ((Date.now() - t0) / 1000).toFixed(0);

function textRoundTrips(folder) {
  const dir = join(corpus, folder);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt") && (!only || f.startsWith(only + ".")));
  const lossy = files.filter((f) => !roundTrips(core.parse(readFileSync(join(dir, f), "utf8"), { format: "official" })));
  return { files: files.length, ok: files.length - lossy.length, lossy };
}
const texts = textRoundTrips("texts");
const pymupdf = textRoundTrips("formats/pymupdf");

const pct = (n, d) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
console.log(`PDFs read: ${pct(pdf.read, stems.length)} in ${seconds} s`);
console.log(`against the manifest: structure ${pct(pdf.structure, pdf.read)}, structure and exact openers ${pct(pdf.exact, pdf.read)}, footnote counts ${pct(pdf.footnotes, pdf.read)}`);
console.log(`normalize round trip from the PDF: ${pct(pdf.roundTrip, pdf.read)}`);
if (texts) console.log(`normalize round trip from the pdftotext text: ${pct(texts.ok, texts.files)}`);
if (pymupdf) console.log(`normalize round trip from the PyMuPDF text: ${pct(pymupdf.ok, pymupdf.files)}`);
for (const f of pdf.failures) console.log(`unread: ${f}`);
for (const m of pdf.mismatches) console.log(`mismatch: ${m}`);
for (const s of pdf.lossy) console.log(`not round-tripped (PDF): ${s}`);
for (const s of texts?.lossy ?? []) console.log(`not round-tripped (pdftotext): ${s}`);
for (const s of pymupdf?.lossy ?? []) console.log(`not round-tripped (PyMuPDF): ${s}`);
