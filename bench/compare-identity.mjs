#!/usr/bin/env node
/**
 * Same output before and after an engine change: the JSON of `compareDocuments` for every pair of
 * members of each corpus series (MANIFEST.tsv `series_members`, both directions, plus the omnibus
 * pair), hashed per pair. A dev check for speed work on `server/src/core/compare/`, not part of
 * `npm test`.
 *
 *   node bench/compare-identity.mjs --save /tmp/compare-before.tsv    hashes of today's engine
 *   node bench/compare-identity.mjs --check /tmp/compare-before.tsv   0 may differ (exit 1 otherwise)
 *
 * The texts are parsed by the reader of this checkout; keep the reader fixed between the two runs
 * (or compare engines on the same reader), since a reader change changes the trees compared.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCore } from "./lib/core.mjs";
import { CORPUS, ROOT } from "./lib/paths.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : process.argv[i + 1];
};
const save = arg("--save");
const check = arg("--check");

const core = await loadCore();
if (core.compare.unavailable) throw new Error(core.compare.unavailable);
const { parse } = core.parse;
const { compareDocuments, comparableFromTree } = core.compare;

const manifest = readFileSync(join(ROOT, "test/fixtures/corpus/MANIFEST.tsv"), "utf8").trim().split("\n").slice(1);
const fileOf = (symbol) => symbol.trim().replace(/\//g, "-") + ".txt";
const series = new Set();
for (const line of manifest) {
  const members = (line.split("\t")[6] ?? "").split("|").map(fileOf).filter((f) => existsSync(join(CORPUS, f)));
  if (members.length > 1) series.add([...new Set(members)].sort().join(" "));
}
const pairs = new Set(["A-RES-78-69.txt A-RES-80-110.txt"]);
for (const s of series) {
  const m = s.split(" ");
  for (const a of m) for (const b of m) if (a !== b) pairs.add(`${a} ${b}`);
}
const docs = new Map();
const doc = (f) => docs.get(f) ?? docs.set(f, comparableFromTree(parse(readFileSync(join(CORPUS, f), "utf8")), f)).get(f);

const lines = [];
const t0 = performance.now();
for (const p of [...pairs].sort()) {
  const [a, b] = p.split(" ");
  const json = JSON.stringify(compareDocuments(doc(a), doc(b)));
  lines.push(`${a}\t${b}\t${createHash("sha256").update(json).digest("hex").slice(0, 16)}`);
}
const ms = performance.now() - t0;
const all = createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
console.log(`${lines.length} pairs of ${series.size} series, ${docs.size} texts; engine + JSON ${ms.toFixed(0)} ms; all ${all}`);
if (save) writeFileSync(save, lines.join("\n") + "\n");
if (check) {
  const before = new Map(readFileSync(check, "utf8").trim().split("\n").map((l) => [l.split("\t").slice(0, 2).join(" "), l.split("\t")[2]]));
  const differ = lines.filter((l) => before.get(l.split("\t").slice(0, 2).join(" ")) !== l.split("\t")[2]);
  const missing = [...before.keys()].filter((k) => !lines.some((l) => l.startsWith(k.replace(" ", "\t") + "\t")));
  console.log(`${differ.length} differ, ${missing.length} missing of ${before.size}`);
  for (const l of differ.slice(0, 20)) console.log(`  differs: ${l.split("\t").slice(0, 2).join(" → ")}`);
  if (differ.length || missing.length) process.exit(1);
}
