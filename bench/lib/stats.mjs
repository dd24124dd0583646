/**
 * Timing and summary statistics. Every number the bench prints comes through here, so
 * "median (p25–p75, min–max, n)" means the same thing in every row.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A collection before each sample keeps one contender's garbage out of the other's time.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

export function now() {
  return performance.now();
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Summary of samples in milliseconds (or any unit). */
export function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    samples: samples.map((x) => Math.round(x * 1000) / 1000),
  };
}

/**
 * Time several contenders in the same loop, interleaved (A B C A B C …) after warm-up,
 * so a burst of load from other processes hits them all alike and their ratio holds.
 * `contenders`: { name: { fn, runs?, warmup? } }; a contender with fewer runs drops out early.
 */
export async function interleave(contenders) {
  const names = Object.keys(contenders);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) {
    for (let i = 0; i < (contenders[n].warmup ?? 1); i++) await contenders[n].fn();
  }
  const rounds = Math.max(...names.map((n) => contenders[n].runs ?? 5));
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      if (times[n].length >= (contenders[n].runs ?? 5)) continue;
      gc();
      const t = now();
      await contenders[n].fn();
      times[n].push(now() - t);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(times[n])]));
}

/** Time one function: `warmup` untimed calls, then `runs` timed ones. */
export async function measure(fn, { runs = 10, warmup = 2 } = {}) {
  return (await interleave({ x: { fn, runs, warmup } })).x;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
