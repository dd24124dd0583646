#!/usr/bin/env node
/**
 * The comparison engine on the oceans omnibus pair (A/RES/78/69 → A/RES/80/110, ~210 KB each)
 * against jsdiff `diffWords` over the whole text and diff-match-patch in word mode, in one run.
 *
 *   node bench/compare.mjs            ours 30×, diff-match-patch 3×, diffWords once (about a minute)
 *   node bench/compare.mjs --quick    ours 10×, diff-match-patch once, no diffWords
 *
 * Bundles the core with esbuild (bench/lib/core.mjs), so it needs no build step. Times are
 * medians in milliseconds; "ours" parses both texts, aligns and word-diffs; "engine" starts
 * from parsed trees. On a shared machine read the min: other processes inflate the median.
 */
import { diffWords } from "diff";
import { loadCore } from "./lib/core.mjs";
import { interleave } from "./lib/stats.mjs";
import { OMNIBUS, OMNIBUS_OLD, read } from "./lib/paths.mjs";
import { dmpWords } from "./rows/comparison.mjs";

const quick = process.argv.includes("--quick");
const core = await loadCore();
if (core.compare.unavailable) {
  console.log(`compare: ${core.compare.unavailable}`);
  process.exit(0);
}
const a = read(OMNIBUS_OLD);
const b = read(OMNIBUS);
const ta = core.parse.parse(a);
const tb = core.parse.parse(b);
const contenders = {
  ours: { fn: () => core.compare.compareTexts(a, b), runs: quick ? 10 : 30, warmup: 3 },
  engine: { fn: () => core.compare.compareDocuments(core.compare.comparableFromTree(ta), core.compare.comparableFromTree(tb)), runs: quick ? 10 : 30, warmup: 3 },
  ...(core.comparePeer.unavailable ? {} : { before: { fn: () => core.comparePeer.compareDocuments(core.compare.comparableFromTree(ta), core.compare.comparableFromTree(tb)), runs: quick ? 10 : 30, warmup: 3 } }),
  parseBoth: { fn: () => [core.parse.parse(a), core.parse.parse(b)], runs: quick ? 10 : 30, warmup: 3 },
  dmp: { fn: () => dmpWords(a, b), runs: quick ? 1 : 3, warmup: quick ? 0 : 1 },
};
if (!quick) contenders.jsdiff = { fn: () => diffWords(a, b), runs: 1, warmup: 0 };
const r = await interleave(contenders);
const f = (x) => `${x.median.toFixed(x.median < 100 ? 2 : 0)} ms (min ${x.min.toFixed(2)}, p25–p75 ${x.p25.toFixed(2)}–${x.p75.toFixed(2)}, n ${x.n})`;
console.log(`omnibus pair ${a.length} → ${b.length} characters`);
console.log(`  ours (parse both + align + word diff): ${f(r.ours)}`);
console.log(`  engine only (trees parsed):            ${f(r.engine)}`);
if (r.before) console.log(`  engine before issue 15 (bench/peers):   ${f(r.before)}   ours is ${(r.before.median / r.engine.median).toFixed(2)}× faster`);
console.log(`  parse both:                            ${f(r.parseBoth)}`);
console.log(`  diff-match-patch word mode (exact):    ${f(r.dmp)}   ratio ${(r.dmp.median / r.ours.median).toFixed(0)}×`);
if (r.jsdiff) console.log(`  jsdiff diffWords, whole text:          ${f(r.jsdiff)}   ratio ${(r.jsdiff.median / r.ours.median).toFixed(0)}× (engine only ${(r.jsdiff.median / r.engine.median).toFixed(0)}×)`);
