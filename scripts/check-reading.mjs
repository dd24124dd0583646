#!/usr/bin/env node
/**
 * A dev tool for speed work on the reader: does the reader still decide exactly what it decided before?
 * Not part of `npm test` (it reads ../shared/corpus, which the repository must not need at test time).
 *
 * For every corpus text in every form present (test/fixtures/corpus/texts, ../shared/corpus/formats/{layout,raw,
 * pymupdf}, .cache/forms/pdfjs) and for the adopted texts' default form made a draft (test/helpers/make-draft.ts), it hashes the
 * JSON of parse(text), of parse(text, { format: "official" }) and of the default lint diagnostics.
 *
 *   node scripts/check-reading.mjs --save [FILE]   write the hashes (default .cache/reading/baseline.json)
 *   node scripts/check-reading.mjs [FILE]          compare with them: lists every document that differs, exit 1 if any
 *
 * Take the baseline before a change that must not alter what the reader decides, and check after each step.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { bundle } from "./lib/bundle.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/corpus");
const OUT = join(ROOT, ".cache/reading");
const FORM_DIRS = {
  default: join(ROOT, "test/fixtures/corpus/texts"),
  layout: join(CORPUS, "formats/layout"),
  raw: join(CORPUS, "formats/raw"),
  pymupdf: join(CORPUS, "formats/pymupdf"),
  pdfjs: join(ROOT, ".cache/forms/pdfjs"),
};

const argv = process.argv.slice(2);
const save = argv.includes("--save");
const file = argv.find((a) => !a.startsWith("--")) ?? join(OUT, "baseline.json");

const loadCore = () =>
  bundle(ROOT, OUT, {
    parse: "server/src/core/syntax/parse.ts",
    lintSource: "server/src/core/lint/index.ts",
    makeDraft: "test/helpers/make-draft.ts",
  });

const hash = (value) => createHash("sha1").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** Every (form, name, text) present; the draft form is made from the default one. */
function* documents(core) {
  for (const [form, dir] of Object.entries(FORM_DIRS)) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      const text = readFileSync(join(dir, name), "utf8");
      yield { form, name, text };
      if (form === "default" && !/-L\.\d+\.txt$/.test(name)) yield { form: "draft", name, text: core.makeDraft(text) };
    }
  }
}

function reading(core, text) {
  return {
    parse: hash(core.parse(text)),
    official: hash(core.parse(text, { format: "official" })),
    lint: hash(core.lintSource(text).diagnostics),
  };
}

const core = await loadCore();
const now = {};
for (const d of documents(core)) now[`${d.form}/${d.name}`] = reading(core, d.text);
const count = Object.keys(now).length;

if (save) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(now, null, 1));
  console.log(`saved ${count} documents' readings to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, "utf8"));
  const differ = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = before[key], b = now[key];
    if (!a || !b) differ.push(`${key}: ${a ? "gone" : "new"}`);
    else {
      const what = Object.keys(a).filter((k) => a[k] !== b[k]);
      if (what.length) differ.push(`${key}: ${what.join(", ")}`);
    }
  }
  for (const line of differ) console.log(line);
  console.log(`${count} documents, ${differ.length} differ from ${file}`);
  process.exitCode = differ.length ? 1 : 0;
}
