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
 * each split by session 78 adopted / session 80 adopted / drafts (L documents). Mismatches go to
 * .cache/measure/mismatches.txt, the figures to .cache/measure/figures.json.
 *
 * usage: node scripts/measure-corpus.mjs [--forms default,layout,raw,pymupdf,pdfjs] [--only STEM,STEM]
 */
import * as esbuild from "esbuild";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
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

async function loadCore() {
  mkdirSync(OUT, { recursive: true });
  const entry = join(OUT, "entry.ts");
  const from = (p) => JSON.stringify(join(ROOT, p));
  writeFileSync(
    entry,
    [
      `export { parse } from ${from("server/src/core/syntax/parse.ts")};`,
      `export { compareDocuments, comparableFromTree } from ${from("server/src/core/compare/index.ts")};`,
      `export { compareDoc, applyExceptions } from ${from("test/unit/parser/corpus-compare.ts")};`,
      `export { makeDraft } from ${from("test/helpers/make-draft.ts")};`,
    ].join("\n"),
  );
  const outfile = join(OUT, "core.cjs");
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" });
  return createRequire(import.meta.url)(outfile);
}

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
  writeFileSync(join(OUT, "figures.json"), JSON.stringify(figures, null, 2) + "\n");
  writeFileSync(join(OUT, "mismatches.txt"), mismatches.join("\n") + "\n");
  print(figures);
  console.log(`\n${mismatches.length} mismatches in ${join(OUT, "mismatches.txt")}`);
}

function print(figures) {
  const pct = (a, b) => (b ? `${a}/${b} ${((100 * a) / b).toFixed(1)}%` : "-");
  const rows = [["form", "group", "manifest", "structure only", "same as default", "made draft keeps"]];
  for (const [form, groups] of Object.entries(figures)) {
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
