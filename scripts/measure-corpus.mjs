#!/usr/bin/env node
/**
 * `npm run measure:corpus`: how well the reader reads the visible corpus in every form users hold it.
 * Not part of `npm test` (it reads ../shared/corpus, which the repository must not need).
 *
 * For each form (pdftotext default, -layout, -raw, PyMuPDF, the pdf.js text made from the PDFs):
 *   1. manifest: the share of documents whose tree matches manifest.json as test/unit/parser/corpus-compare.ts
 *      judges it (structure, and openers up to where the italic run ends);
 *   2. same as default: compareDocuments(default form, this form) reports every paragraph unchanged;
 *   3. drafts made: the adopted texts made drafts (test/helpers/make-draft.ts) still match the manifest
 *      (with no closing, as a draft has none);
 * each split by session 78 adopted / session 80 adopted / drafts (L documents); and word repair checked against
 * the -layout and pdf.js forms (wordRepairEvidence: splits kept that another form shows whole, joins none shows,
 * and joins made on those forms themselves that no other form holds whole).
 * Mismatches go to
 * .cache/measure/mismatches.txt, the figures to .cache/measure/figures.json.
 *
 * usage: node scripts/measure-corpus.mjs [--forms default,layout,raw,pymupdf,pdfjs] [--only STEM,STEM]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundle } from "./lib/bundle.mjs";
import { pdfjsText } from "./lib/pdfjs-text.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/corpus");
const OUT = join(ROOT, ".cache/measure");
const PDFJS_CACHE = join(ROOT, ".cache/forms/pdfjs");

const argv = process.argv.slice(2);
const arg = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const FORMS = (arg("forms") ?? "default,layout,raw,pymupdf,pdfjs").split(",");
const only = arg("only")?.split(",");

const FORM_DIR = { default: "texts", layout: "formats/layout", raw: "formats/raw", pymupdf: "formats/pymupdf" };

/** The core and the test helpers this script needs, bundled for plain node (scripts/lib/bundle.mjs). */
const loadCore = () =>
  bundle(ROOT, join(OUT, "corpus-core"), {
    parse: "server/src/core/syntax/parse.ts",
    "compareDocuments, comparableFromTree": "server/src/core/compare/index.ts",
    "compareDoc, applyExceptions": "test/unit/parser/corpus-compare.ts",
    makeDraft: "test/helpers/make-draft.ts",
  });

function group(stem) {
  if (/-L\.\d+$/.test(stem)) return "drafts";
  const m = /^A-RES-(\d+)-/.exec(stem);
  return m ? `s${m[1]}` : "other";
}

async function formText(form, stem) {
  if (form !== "pdfjs") {
    const path = join(CORPUS, FORM_DIR[form], `${stem}.txt`);
    return existsSync(path) ? readFileSync(path, "utf8") : null;
  }
  const cached = join(PDFJS_CACHE, `${stem}.txt`);
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  const pdf = join(CORPUS, "pdf", `${stem}.pdf`);
  if (!existsSync(pdf)) return null;
  const text = await pdfjsText(readFileSync(pdf));
  mkdirSync(PDFJS_CACHE, { recursive: true });
  writeFileSync(cached, text);
  return text;
}

/** Every paragraph unchanged, footnotes included; a list of what is not. */
function changesAgainst(core, baseTree, tree) {
  const diff = core.compareDocuments(core.comparableFromTree(baseTree), core.comparableFromTree(tree));
  return diff.paragraphs
    .filter((p) => p.status !== "unchanged")
    .map((p) => `${p.status} ${p.old?.label ?? "-"} → ${p.new?.label ?? "-"}`);
}

function tally() {
  return { n: 0, manifest: 0, structure: 0, sameAsDefault: 0, sameN: 0, draft: 0, draftN: 0 };
}

async function main() {
  const core = await loadCore();
  const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
  const exceptions = JSON.parse(readFileSync(join(ROOT, "test/fixtures/parser/manifest-exceptions.json"), "utf8")).exceptions;
  const stale = core.applyExceptions(manifest, exceptions);
  if (stale.length) console.warn(`stale exceptions:\n${stale.join("\n")}`);
  const stems = readdirSync(join(CORPUS, "texts"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .filter((s) => !only || only.includes(s))
    .sort();

  const figures = {};
  const mismatches = [];
  const hint = { format: "official" }; // what loadDocument gives a .txt file
  for (const form of FORMS) {
    const t = (figures[form] = {});
    for (const stem of stems) {
      const want = manifest[stem];
      const text = await formText(form, stem);
      if (!want || text === null) continue;
      const g = group(stem);
      for (const key of [g, "all"]) t[key] ??= tally();
      const bump = (field) => { t[g][field]++; t.all[field]++; };
      bump("n");
      const tree = core.parse(text, hint);
      const d = core.compareDoc(stem, text, want, tree);
      if (!d.structure.length) bump("structure");
      if (!d.structure.length && !d.wrongOpeners.length) bump("manifest");
      else mismatches.push(`[${form}] manifest ${[...d.structure, ...d.wrongOpeners].slice(0, 6).join(" | ")}`);
      if (form !== "default") {
        const base = await formText("default", stem);
        bump("sameN");
        const changes = changesAgainst(core, core.parse(base, hint), tree);
        if (!changes.length) bump("sameAsDefault");
        else mismatches.push(`[${form}] vs default ${stem}: ${changes.length} changed: ${changes.slice(0, 6).join(", ")}`);
      }
      if (stem.startsWith("A-RES-") && text.includes("Resolution adopted by the General Assembly")) {
        bump("draftN");
        const draft = core.makeDraft(text);
        const dd = core.compareDoc(stem, draft, { ...want, closing: null }, core.parse(draft, hint));
        if (!dd.structure.length && !dd.wrongOpeners.length) bump("draft");
        else mismatches.push(`[${form}] draft ${[...dd.structure, ...dd.wrongOpeners].slice(0, 6).join(" | ")}`);
      }
    }
  }
  if (FORMS.includes("default")) figures.wordRepair = await wordRepairEvidence(core, stems, hint, mismatches);
  writeFileSync(join(OUT, "figures.json"), JSON.stringify(figures, null, 2) + "\n");
  writeFileSync(join(OUT, "mismatches.txt"), mismatches.join("\n") + "\n");
  print(figures);
  console.log(`\n${mismatches.length} mismatches in ${join(OUT, "mismatches.txt")}`);
}

/**
 * Word repair against independent evidence: other forms of the same document, which set words apart by other
 * means than pdftotext. Narrow evidence is the -layout and pdf.js forms (the figure of earlier notes); they share
 * the PDF's own gaps (all three print `see king` where the PDF spaces the letters), so wide evidence adds -raw
 * and PyMuPDF, which print such words whole. A split kept: two words of a default-form paragraph (`commitme
 * nts`) that one evidence form prints whole (`commitments`) and never apart. A join contradicted: a word the
 * reader made by taking a space out (word-repair.ts) that no evidence form holds whole. The same is asked of the
 * joins the reader makes on the -layout and pdf.js forms (which split words too, less often: `cal led`,
 * `long -term`), against every other form.
 */
async function wordRepairEvidence(core, stems, hint, mismatches) {
  const out = {};
  for (const [name, evidence] of [["narrow", ["layout", "pdfjs"]], ["wide", ["layout", "pdfjs", "raw", "pymupdf"]]]) {
    const found = [];
    out[name] = await evidenceFor(core, stems, hint, found, "default", evidence);
    mismatches.push(...found.map((m) => m.replace("[word repair]", `[word repair, ${name}]`)));
    console.log(`word repair, ${name} evidence (${evidence.join(", ")}): ${JSON.stringify(out[name])}`);
  }
  for (const form of ["layout", "pdfjs"]) {
    const evidence = ["default", "layout", "pdfjs", "raw", "pymupdf"].filter((f) => f !== form);
    const { joins, joinsContradicted } = await evidenceFor(core, stems, hint, mismatches, form, evidence);
    out[form] = { joins, falseJoins: joinsContradicted };
    console.log(`word repair on the ${form} form: ${joinsContradicted} of ${joins} joins in no other form`);
  }
  return out;
}

async function evidenceFor(core, stems, hint, mismatches, form, evidence) {
  const out = { paragraphs: 0, splitsKept: 0, paragraphsKeepingSplit: 0, joins: 0, joinsContradicted: 0 };
  for (const stem of stems) {
    const base = await formText(form, stem);
    const others = [];
    for (const f of evidence) {
      const t = await formText(f, stem);
      if (t !== null) others.push(flow(t));
    }
    if (base === null || !others.length) continue;
    const otherWords = others.map(wordSet);
    const tree = core.parse(base, hint);
    const labelled = [
      ...tree.preamble.map((p, i) => [`PP${i + 1}`, p]), ...tree.operative.map((p, i) => [`OP${i + 1}`, p]),
      ...tree.footnotes.map((f) => [`FN${f.number.value}`, f]),
    ];
    const where = form === "default" ? stem : `[${form}] ${stem}`;
    for (const [label, p] of labelled) {
      out.paragraphs++;
      let kept = 0;
      for (const m of p.body.text.matchAll(PAIR)) {
        const [a, b] = [m[1], m[2]];
        // Digits apart are numbers apart (`paragraphs 5 2`), but for a year split in two (`202 5`).
        if (/^\d+$/.test(a) && /^\d+$/.test(b) && !/^(?:19|20)\d\d$/.test(a + b)) continue;
        // A word and a number are a word and its footnote marker, which the other forms glue (`Change4`).
        if (/^\d+$/.test(a) !== /^\d+$/.test(b)) continue;
        if (!others.some((t, k) => otherWords[k].has(a + b) && !t.includes(`${a} ${b}`))) continue;
        kept++;
        mismatches.push(`[word repair] split kept ${where} ${label}: “${a} ${b}” (whole in another form)`);
      }
      out.splitsKept += kept;
      if (kept) out.paragraphsKeepingSplit++;
      for (const w of repairedWords(tree.source, p.body)) {
        out.joins++;
        if (otherWords.some((set) => set.has(w))) continue;
        out.joinsContradicted++;
        mismatches.push(`[word repair] join contradicted ${where} ${label}: “${w}” is in no other form`);
      }
    }
  }
  return out;
}
/** The words the reader joined: where a space of the source between two pieces is in no piece and no joiner replaces it. */
function repairedWords(source, body) {
  const out = [];
  for (let i = 1; i < body.pieces.length; i++) {
    const a = body.pieces[i - 1];
    const b = body.pieces[i];
    if (b.at !== a.at + (a.end - a.start) || !/^[ \t]+$/.test(source.slice(a.end, b.start))) continue;
    const at = b.at;
    let s = at;
    let e = at;
    while (s > 0 && /[\p{L}\p{N}’'‑-]/u.test(body.text[s - 1])) s--;
    while (e < body.text.length && /[\p{L}\p{N}’'‑-]/u.test(body.text[e])) e++;
    if (s < at && e > at) out.push(body.text.slice(s, e).replace(/^[-‑]+|[-‑]+$/g, ""));
  }
  return out;
}

/** Two whole words one space apart (overlapping: the second word may be the first of the next pair). */
const PAIR = /(?<![\p{L}\p{N}’'‑-])([\p{L}\p{N}]+) (?=([\p{L}\p{N}]+)(?![\p{L}\p{N}’'‑-]))/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'‑-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** A form's text as running prose: line-end hyphens joined, white space collapsed. */
const flow = (t) => t.replace(/([\p{L}\p{N}][-‑])[ \t]*\r?\n\s*/gu, "$1").replace(/\s+/g, " ");
const wordSet = (t) => new Set(t.match(WORD) ?? []);

function print(figures) {
  const pct = (a, b) => (b ? `${a}/${b} ${((100 * a) / b).toFixed(1)}%` : "-");
  const rows = [["form", "group", "manifest", "structure only", "same as default", "made draft keeps"]];
  for (const [form, groups] of Object.entries(figures)) {
    if (form === "wordRepair") continue;
    for (const g of ["s78", "s80", "drafts", "other", "all"]) {
      const x = groups[g];
      if (!x) continue;
      rows.push([form, g, pct(x.manifest, x.n), pct(x.structure, x.n), form === "default" ? "-" : pct(x.sameAsDefault, x.sameN), pct(x.draft, x.draftN)]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
}

await main();
