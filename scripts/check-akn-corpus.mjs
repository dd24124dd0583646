// Exports every text of one or more folders to Akoma Ntoso and checks each export: `xmllint --schema` against
// schemas/akn/akomantoso30.xsd, and the checks the schema cannot make (test/helpers/akn-check.ts: counts of
// containers, paragraphs and notes equal to the parse, the same words, the opener in each container's name,
// eIds unique and well formed, every #reference resolved, FRBR IRIs as AKN4UN builds them).
// With --manifest FILE (the corpus's manifest.json, the structure as typeset) it also counts how often the
// export's preambular, operative and footnote counts equal the typeset document's.
//
//   node scripts/check-akn-corpus.mjs [--manifest FILE] [--keep DIR] [FOLDER …]   (default: test/fixtures/corpus/texts)
//
// Prints one line per failing document and a summary; exits 1 if any export fails the schema or a check.
import * as esbuild from "esbuild";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const take = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const manifestFile = take("--manifest");
const keep = take("--keep");
const folders = args.length ? args : [join(root, "test/fixtures/corpus/texts")];

const dir = mkdtempSync(join(tmpdir(), "resdraft-akn-corpus-"));
const bundle = join(dir, "akn.cjs");
await esbuild.build({
  stdin: {
    contents: `export { parse } from "./server/src/core/syntax/parse"; export { exportAkn } from "./server/src/core/export/akn"; export { checkAkn, validateAkn } from "./test/helpers/akn-check";`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: bundle,
  logLevel: "warning",
});
const { parse, exportAkn, checkAkn, validateAkn } = createRequire(import.meta.url)(bundle);
rmSync(dir, { recursive: true, force: true });
const manifest = manifestFile ? JSON.parse(readFileSync(manifestFile, "utf8")) : null;

let failed = 0;
const totals = { documents: 0, valid: 0, checked: 0, containers: 0, paragraphs: 0, notes: 0, bytes: 0, ms: 0 };
const typeset = { compared: 0, preamble: 0, operative: 0, footnotes: 0 };
for (const folder of folders) {
  const files = readdirSync(folder).filter((f) => /\.(txt|unres)$/.test(f)).sort();
  const docs = new Map();
  const trees = new Map();
  for (const f of files) {
    const text = readFileSync(join(folder, f), "utf8");
    const t0 = performance.now();
    const tree = parse(text, { format: f.endsWith(".unres") ? "unres" : "official" });
    const xml = exportAkn(tree);
    totals.ms += performance.now() - t0;
    totals.bytes += text.length;
    docs.set(f, xml);
    trees.set(f, tree);
    if (keep) {
      mkdirSync(join(keep, basename(folder)), { recursive: true });
      writeFileSync(join(keep, basename(folder), f.replace(/\.(txt|unres)$/, ".xml")), xml);
    }
  }
  const validity = validateAkn(docs);
  for (const f of files) {
    totals.documents++;
    const problems = [];
    const invalid = validity.get(f);
    if (invalid) problems.push(`schema: ${invalid.split("\n").slice(0, 3).join(" | ")}`);
    else totals.valid++;
    const report = checkAkn(docs.get(f), trees.get(f));
    problems.push(...report.problems.slice(0, 5));
    if (!report.problems.length) totals.checked++;
    totals.containers += report.counts.containers;
    totals.paragraphs += report.counts.paragraphs;
    totals.notes += report.counts.notes;
    const m = manifest?.[f.replace(/\.(?:layout|raw|pymupdf)?\.?txt$/, "").replace(/\.unres$/, "")];
    if (m) {
      typeset.compared++;
      if (report.counts.containers === m.preamble.length) typeset.preamble++;
      if (report.counts.paragraphs === m.operative.length) typeset.operative++;
      if (report.counts.notes === m.footnote_count) typeset.footnotes++;
    }
    if (problems.length) {
      failed++;
      console.log(`${join(basename(folder), f)}: ${problems.join("; ")}`);
    }
  }
}
console.log(
  `${totals.documents} documents: ${totals.valid} valid against the schema, ${totals.checked} pass every check; ` +
    `${totals.containers} preambular containers, ${totals.paragraphs} paragraphs, ${totals.notes} notes; ` +
    `parse+export ${(totals.bytes / 1e6 / (totals.ms / 1000)).toFixed(1)} MB/s`,
);
if (manifest) {
  console.log(
    `against the typeset structure (manifest, ${typeset.compared} documents): preamble count equal in ${typeset.preamble}, ` +
      `operative in ${typeset.operative}, footnotes in ${typeset.footnotes}`,
  );
}
process.exitCode = failed ? 1 : 0;
