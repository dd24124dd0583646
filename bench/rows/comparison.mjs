/**
 * (c) Comparison of the omnibus pair (A/RES/78/69 → A/RES/80/110), against jsdiff `diffWords`
 * over the whole text and diff-match-patch in word mode, in the same run.
 *
 * diff-match-patch runs with Diff_Timeout = 0 (exact): with its default of 1 s it gives up on
 * this pair and returns the whole text as one replacement, which is no diff at all.
 * `diffWords` on 200 KB takes about a minute, so by default it runs once (no warm-up needed
 * at that length: JIT warm-up is milliseconds).
 */
import { diffWords } from "diff";
import DiffMatchPatch from "diff-match-patch";
import { interleave } from "../lib/stats.mjs";
import { OMNIBUS, OMNIBUS_OLD, read } from "../lib/paths.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";

/** diff-match-patch word mode: each distinct word or whitespace run becomes one character (the documented linesToChars trick). */
/** Untimed calls before the timed ones for our compare, the engine and the engine peer. */
const WARMUP = 10;

export function dmpWords(a, b) {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const words = [""];
  const index = new Map();
  const encode = (t) => {
    let s = "";
    for (const w of t.match(/\s+|[^\s]+/g) ?? []) {
      let i = index.get(w);
      if (i === undefined) {
        i = words.length;
        words.push(w);
        index.set(w, i);
      }
      s += String.fromCharCode(i);
    }
    return s;
  };
  const diffs = dmp.diff_main(encode(a), encode(b), false);
  dmp.diff_charsToLines_(diffs, words);
  return diffs;
}

export async function comparison(core, { quick, jsdiffRuns }) {
  const a = read(OMNIBUS_OLD);
  const b = read(OMNIBUS);
  const contenders = {
    dmp: { fn: () => dmpWords(a, b), runs: quick ? 1 : 3, warmup: quick ? 0 : 1 },
    jsdiff: { fn: () => diffWords(a, b), runs: jsdiffRuns ?? 1, warmup: 0 },
  };
  if (!core.compare.unavailable) {
    // The milliseconds-long contenders warm up for 10 calls: their first samples are V8 still tiering up (with 3 warm-up
    // calls, a quick run's engine samples fell from 41 to 17 ms over its first five timed calls), and a server or a CLI
    // batch compares in code that is already optimized. The peers below warm up alike.
    const warmup = WARMUP;
    const ta = core.parse.parse(a);
    const tb = core.parse.parse(b);
    contenders.ours = { fn: () => core.compare.compareTexts(a, b), runs: quick ? 10 : 30, warmup };
    contenders.engine = {
      fn: () => core.compare.compareDocuments(core.compare.comparableFromTree(ta), core.compare.comparableFromTree(tb)),
      runs: quick ? 10 : 30,
      warmup,
    };
    if (!core.comparePeer?.unavailable) {
      const da = core.compare.comparableFromTree(ta);
      const db = core.compare.comparableFromTree(tb);
      contenders.engine = { fn: () => core.compare.compareDocuments(da, db), runs: quick ? 10 : 30, warmup };
      contenders.before = { fn: () => core.comparePeer.compareDocuments(da, db), runs: quick ? 10 : 30, warmup };
    }
  }
  const r = await interleave(contenders);
  const name = "omnibus pair 78/69 → 80/110";
  const rows = [];
  if (core.compare.unavailable) rows.push(unavailable("c", `compare ${name}`, core.compare.unavailable));
  else {
    const ratio = r.jsdiff.median / r.ours.median;
    rows.push(
      row("c", `compare ${name} (parse both + align + word diff)`, ms(r.ours), {
        peer: `jsdiff diffWords ${(r.jsdiff.median / 1000).toFixed(1)} s`,
        ratio,
        target: "≤ 30 ms, ≥ 30× diffWords",
        ok: r.ours.median <= 30 && ratio >= 30,
      }),
    );
    rows.push(row("c", "  comparison engine only (trees already parsed)", ms(r.engine), { ratio: r.jsdiff.median / r.engine.median, peer: "jsdiff" }));
    const dmpRatio = r.dmp.median / r.ours.median;
    rows.push(
      row("c", "  vs diff-match-patch word mode", ms(r.ours), { ratio: dmpRatio, peer: `dmp ${(r.dmp.median / 1000).toFixed(2)} s`, target: "≥ 150× dmp", ok: dmpRatio >= 150 }),
    );
    if (r.before) {
      const speedup = r.before.median / r.engine.median;
      rows.push(row("c", "  engine only vs the engine before issue 15 (bench/peers)", ms(r.engine), { ratio: speedup, peer: `before ${r.before.median.toFixed(1)} ms`, target: "> 1×", ok: speedup > 1 }));
    }
  }
  rows.push(row("c", "  jsdiff 9.0.0 diffWords, whole text (peer)", ms(r.jsdiff), {}));
  rows.push(row("c", "  diff-match-patch 1.0.5 word mode, exact (peer)", ms(r.dmp), {}));
  return { rows, raw: { times: r } };
}
