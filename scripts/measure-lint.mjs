#!/usr/bin/env node
/**
 * `npm run measure:lint`: lint on the whole visible corpus, for the note. Not part of `npm test` (it reads
 * ../shared/corpus, which the repository must not need; test/unit/lint/mutation-drafts.test.ts runs a sample).
 *
 * 1. Findings on the adopted texts (any severity) and on the drafts made from them (warning or above), per form:
 *    pdftotext default (texts/) and PyMuPDF (formats/pymupdf/), by rule.
 * 2. Recall of the blind mutations (test/helpers/mutations.ts) through the harness of test/unit/lint/recall.ts:
 *    every adopted text in both forms and as .unres, drafts and adopted texts, one seeded mutation per kind.
 * 3. The reader under the lower-case opener slip, in every extractor's form (pdftotext default, -raw, -layout,
 *    PyMuPDF, pdf.js text): two preambular openers per document (after the first paragraph, evenly spaced)
 *    lower-cased one at a time; the share still read as their own paragraph with the same paragraph counts, and
 *    how many of the unmodified texts have a SYN002.
 * Misses go to .cache/measure/lint-misses.txt, the figures to .cache/measure/lint-figures.json.
 *
 * usage: node scripts/measure-lint.mjs [--forms pdftotext,pymupdf] [--only STEM,STEM] [--per-case N]
 *        [--reader-forms default,raw,layout,pymupdf,pdfjs] (--reader-forms none skips step 3)
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundle } from "./lib/bundle.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/corpus");
const OUT = join(ROOT, ".cache/measure");
const FORM_DIR = { pdftotext: "texts", pymupdf: "formats/pymupdf" };

const argv = process.argv.slice(2);
const arg = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const forms = (arg("forms") ?? "pdftotext,pymupdf").split(",");
const only = arg("only")?.split(",");
const perCase = Number(arg("per-case") ?? 1);
const readerForms = (arg("reader-forms") ?? "default,raw,layout,pymupdf,pdfjs").split(",").filter((f) => f !== "none");
const READER_DIR = { default: "texts", raw: "formats/raw", layout: "formats/layout", pymupdf: "formats/pymupdf" };

/** The core and the test helpers this script needs, bundled for plain node (scripts/lib/bundle.mjs). */
const loadCore = () =>
  bundle(ROOT, join(OUT, "lint-core"), {
    lintSource: "server/src/core/lint/index.ts",
    parse: "server/src/core/syntax/parse.ts",
    "measure, table": "test/unit/lint/recall.ts",
    makeDraft: "test/helpers/make-draft.ts",
    MUTATIONS: "test/helpers/mutations.ts",
  });

const core = await loadCore();
if (!existsSync(CORPUS)) {
  console.error(`measure:lint: no corpus at ${CORPUS}`);
  process.exitCode = 2;
} else {
  const stems = readdirSync(join(CORPUS, "texts"))
    .filter((f) => f.startsWith("A-RES-") && f !== "A-RES-57-173.txt")
    .map((f) => f.replace(/\.txt$/, ""))
    .filter((s) => !only || only.includes(s));
  const read = (form, stem) => {
    const file = join(CORPUS, FORM_DIR[form], `${stem}.txt`);
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  };

  const figures = { findings: {}, recall: [] };
  for (const form of forms) {
    const adopted = { texts: 0, withFinding: 0, findings: 0, byRule: {} };
    const drafts = { texts: 0, withWarning: 0, warnings: 0, byRule: {} };
    for (const stem of stems) {
      const text = read(form, stem);
      if (text === null) continue;
      const a = core.lintSource(text).diagnostics;
      adopted.texts++;
      if (a.length) adopted.withFinding++;
      adopted.findings += a.length;
      for (const d of a) adopted.byRule[d.code] = (adopted.byRule[d.code] ?? 0) + 1;
      const w = core.lintSource(core.makeDraft(text)).diagnostics.filter((d) => d.severity === "warning" || d.severity === "error");
      drafts.texts++;
      if (w.length) drafts.withWarning++;
      drafts.warnings += w.length;
      for (const d of w) drafts.byRule[d.code] = (drafts.byRule[d.code] ?? 0) + 1;
    }
    figures.findings[form] = { adopted, drafts };
    console.log(
      `${form}: adopted ${adopted.withFinding}/${adopted.texts} texts with a finding (${adopted.findings}: ${fmt(adopted.byRule)}); ` +
        `drafts ${drafts.withWarning}/${drafts.texts} with a warning (${drafts.warnings}: ${fmt(drafts.byRule)})`,
    );
  }

  const sources = stems.flatMap((stem) => forms.flatMap((form) => (read(form, stem) === null ? [] : [{ stem, form, text: read(form, stem) }])));
  const cells = core.measure(sources, core.MUTATIONS, { perCase });
  figures.recall = cells.map(({ form, status, kind, tried, hit }) => ({ form, status, kind, tried, hit }));
  console.log(`\nrecall per kind (drafts at warning or above, adopted texts at any severity):\n${core.table(cells)}`);
  const misses = cells.flatMap((c) => c.misses.map((m) => `${c.form}\t${c.status}\t${c.kind}\t${m.stem}\t${m.found.join(",")}\t${JSON.stringify(m.paragraph)}`));
  figures.reader = {};
  const readerMisses = [];
  for (const form of readerForms) {
    const dir = READER_DIR[form] ? join(CORPUS, READER_DIR[form]) : join(ROOT, ".cache/forms/pdfjs");
    if (!existsSync(dir)) {
      console.log(`reader ${form}: no texts at ${dir} (npm run measure:corpus makes the pdf.js ones)`);
      continue;
    }
    const r = lowerCaseReading(dir, readerMisses, form);
    figures.reader[form] = r;
    console.log(`reader ${form.padEnd(8)} lower-case openers read as their own paragraph ${r.hit}/${r.tried} ${((100 * r.hit) / r.tried).toFixed(1)}%; SYN002 on ${r.ambiguousUnmodified}/${r.texts} unmodified texts`);
  }
  misses.push(...readerMisses);
  writeFileSync(join(OUT, "lint-misses.txt"), misses.join("\n") + "\n");
  writeFileSync(join(OUT, "lint-figures.json"), JSON.stringify(figures, null, 1) + "\n");
  console.log(`\n${misses.length} misses in .cache/measure/lint-misses.txt; figures in .cache/measure/lint-figures.json`);
}

/** Step 3: two preambular openers per document lower-cased, one at a time; still their own paragraph? */
function lowerCaseReading(dir, missed, form) {
  const out = { texts: 0, tried: 0, hit: 0, ambiguousUnmodified: 0 };
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    if (only && !only.includes(f.slice(0, -4))) continue;
    const text = readFileSync(join(dir, f), "utf8");
    const tree = core.parse(text, { format: "official" });
    out.texts++;
    if (tree.diagnostics.some((d) => d.code === "SYN002")) out.ambiguousUnmodified++;
    const pps = tree.preamble.slice(1).filter((p) => p.opener && /[A-Z]/.test(text[p.opener.span.start]));
    const picked = pps.length <= 2 ? pps : [pps[Math.floor(pps.length / 3)], pps[Math.floor((2 * pps.length) / 3)]];
    for (const p of picked) {
      const at = p.opener.span.start;
      const mutated = text.slice(0, at) + text[at].toLowerCase() + text.slice(at + 1);
      const t = core.parse(mutated, { format: "official" });
      out.tried++;
      if (t.preamble.length === tree.preamble.length && t.operative.length === tree.operative.length && t.preamble.some((q) => q.span.start === p.span.start)) out.hit++;
      else missed.push(`${form}\treader\tlowercase-opener\t${f.slice(0, -4)}\t\t${JSON.stringify(mutated.slice(Math.max(0, at - 80), at + 60))}`);
    }
  }
  return out;
}

function fmt(byRule) {
  const e = Object.entries(byRule).sort((a, b) => b[1] - a[1]);
  return e.length ? e.map(([k, v]) => `${k} ${v}`).join(", ") : "none";
}
