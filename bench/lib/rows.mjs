/** Table rows: one shape for every measurement, so the table and the JSON agree. */

/** A row from time samples in ms (`stats` from lib/stats.mjs). */
export function row(id, name, stats, extra = {}) {
  return { id, name, ...stats, ...extra };
}

/** Throughput in MB/s from time samples: faster runs give the upper end of the spread. */
export function rate(mb, t) {
  const r = (ms) => mb / (ms / 1000);
  return { unit: "MB/s", median: r(t.median), p25: r(t.p75), p75: r(t.p25), min: r(t.max), max: r(t.min), n: t.n, timesMs: t.samples };
}

/** Time in ms as a row's value. */
export function ms(t) {
  return { unit: "ms", median: t.median, p25: t.p25, p75: t.p75, min: t.min, max: t.max, n: t.n, timesMs: t.samples };
}

/** A single value (memory, a statement). */
export function value(v, unit) {
  return { unit, median: v, n: 1 };
}

export function unavailable(id, name, reason) {
  return { id, name, unavailable: reason };
}
