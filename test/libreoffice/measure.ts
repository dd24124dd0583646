/**
 * `npm run measure:redline`: every year pair of the corpus MANIFEST redlined and round-tripped through
 * LibreOffice (accept-all must give NEW, reject-all OLD), and every corpus text exported clean and read
 * back. Prints the counts for the notes and each failure's first difference.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { compareDocuments, comparableFromTree } from "../../server/src/core/compare/index";
import { readDocx } from "../../server/src/core/docx/read-docx";
import { exportDocx, redlineDocx } from "../../server/src/core/export/docx";
import { parse } from "../../server/src/core/syntax/parse";
import type { Resolution } from "../../server/src/core/syntax/tree";
import { structureOf } from "../helpers/structure";
import { checkClean, checkPairs, yearPairs } from "./roundtrip";

const root = process.env.RESDRAFT_ROOT ?? process.cwd();
const texts = join(root, "test/fixtures/corpus/texts");
const work = join(root, ".cache/measure-redline");
// RESDRAFT_ONLY=name: only the pairs whose NEW file name contains it, and no clean exports (to look at one failure).
const only = process.env.RESDRAFT_ONLY;
const pairs = yearPairs(readFileSync(join(root, "test/fixtures/corpus/MANIFEST.tsv"), "utf8")).filter((p) => !only || p[1].includes(only));
const started = Date.now();

// Word in (no LibreOffice): clean exports and redlines read back by resdraft's own .docx reader.
const inflate = (d: Uint8Array) => new Uint8Array(inflateRawSync(d));
const tree = (f: string) => parse(readFileSync(join(texts, f), "utf8"));
const same = (bytes: Uint8Array, want: Resolution, changes: "accept" | "reject" = "accept"): boolean => {
  const r = readDocx(bytes, inflate, { changes });
  return r.ok && JSON.stringify(structureOf(parse(r.text, { format: "unres" }))) === JSON.stringify(structureOf(want));
};
const allTexts = only ? [] : readdirSync(texts).filter((f) => f.endsWith(".txt")).sort();
const readBack = allTexts.filter((f) => !same(exportDocx(tree(f)), tree(f)));
for (const f of readBack) console.log(`READ ${f}: the clean export read back differs in structure or text`);
console.log(`word in: ${allTexts.length - readBack.length}/${allTexts.length} clean exports read back with the same structure and texts`);
let acceptOk = 0;
let rejectOk = 0;
for (const [o, n] of pairs) {
  const a = tree(o);
  const b = tree(n);
  const bytes = redlineDocx(a, b, compareDocuments(comparableFromTree(a), comparableFromTree(b)));
  if (same(bytes, b, "accept")) acceptOk++;
  else console.log(`READ-ACCEPT ${o} -> ${n}`);
  if (same(bytes, a, "reject")) rejectOk++;
  else console.log(`READ-REJECT ${o} -> ${n}`);
}
console.log(`word in: redlines read with --changes accept give NEW ${acceptOk}/${pairs.length}, with reject give OLD ${rejectOk}/${pairs.length}`);
// RESDRAFT_NO_LIBREOFFICE=1: the Word-in part only.
const outcomes = process.env.RESDRAFT_NO_LIBREOFFICE ? [] : checkPairs(pairs, texts, work);
const both = outcomes.filter((o) => !o.accept && !o.reject).length;
for (const o of outcomes) {
  if (o.accept) console.log(`ACCEPT ${o.old} -> ${o.new}: ${o.accept}`);
  if (o.reject) console.log(`REJECT ${o.old} -> ${o.new}: ${o.reject}`);
}
console.log(`redline: ${both}/${outcomes.length} pairs exact both ways (accept-all = NEW ${outcomes.filter((o) => !o.accept).length}, reject-all = OLD ${outcomes.filter((o) => !o.reject).length}); ${outcomes.reduce((n, o) => n + o.redlines, 0)} tracked changes in all`);
const files = only || process.env.RESDRAFT_NO_LIBREOFFICE ? [] : readdirSync(texts).filter((f) => f.endsWith(".txt")).sort();
const clean = checkClean(files, texts, work);
for (const c of clean) if (c.problem) console.log(`CLEAN ${c.file}: ${c.problem}`);
console.log(`clean export: ${clean.filter((c) => !c.problem).length}/${clean.length} texts shown exactly by LibreOffice`);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
