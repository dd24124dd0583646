/**
 * `npm run measure:redline`: every year pair of the corpus MANIFEST redlined and round-tripped through
 * LibreOffice (accept-all must give NEW, reject-all OLD), and every corpus text exported clean and read
 * back. Prints the counts for the notes and each failure's first difference.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkClean, checkPairs, yearPairs } from "./roundtrip";

const root = process.env.RESDRAFT_ROOT ?? process.cwd();
const texts = join(root, "test/fixtures/corpus/texts");
const work = join(root, ".cache/measure-redline");
// RESDRAFT_ONLY=name: only the pairs whose NEW file name contains it, and no clean exports (to look at one failure).
const only = process.env.RESDRAFT_ONLY;
const pairs = yearPairs(readFileSync(join(root, "test/fixtures/corpus/MANIFEST.tsv"), "utf8")).filter((p) => !only || p[1].includes(only));
const started = Date.now();
const outcomes = checkPairs(pairs, texts, work);
const both = outcomes.filter((o) => !o.accept && !o.reject).length;
for (const o of outcomes) {
  if (o.accept) console.log(`ACCEPT ${o.old} -> ${o.new}: ${o.accept}`);
  if (o.reject) console.log(`REJECT ${o.old} -> ${o.new}: ${o.reject}`);
}
console.log(`redline: ${both}/${outcomes.length} pairs exact both ways (accept-all = NEW ${outcomes.filter((o) => !o.accept).length}, reject-all = OLD ${outcomes.filter((o) => !o.reject).length}); ${outcomes.reduce((n, o) => n + o.redlines, 0)} tracked changes in all`);
const files = only ? [] : readdirSync(texts).filter((f) => f.endsWith(".txt")).sort();
const clean = checkClean(files, texts, work);
for (const c of clean) if (c.problem) console.log(`CLEAN ${c.file}: ${c.problem}`);
console.log(`clean export: ${clean.filter((c) => !c.problem).length}/${clean.length} texts shown exactly by LibreOffice`);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
