/** The longest (or heaviest) increasing run of a sequence: what stays in order when some items move. */

/**
 * Indices (into `xs`) of a heaviest strictly increasing subsequence: identical pairs weigh
 * more than similar ones, so when the order is ambiguous the reworded paragraph is the one
 * that moved. Quadratic, so long inputs fall back to the unweighted O(n log n) run.
 */
export function increasingRun(xs: readonly number[], weights?: readonly number[]): number[] {
  // Positive whole weights (sums exact): the same run in O(n log n).
  if (weights && xs.length <= 1500 && positiveWhole(weights)) return heaviestRun(xs, weights);
  if (weights && xs.length <= 1500) {
    const best = xs.map((_, i) => weights[i]!);
    const from = new Array<number>(xs.length).fill(-1);
    let top = -1;
    for (let i = 0; i < xs.length; i++) {
      for (let j = 0; j < i; j++) {
        if (xs[j]! < xs[i]! && best[j]! + weights[i]! > best[i]!) {
          best[i] = best[j]! + weights[i]!;
          from[i] = j;
        }
      }
      if (top === -1 || best[i]! > best[top]!) top = i;
    }
    const run: number[] = [];
    for (let i = top; i !== -1; i = from[i]!) run.push(i);
    return run.reverse();
  }
  const tails: number[] = []; // index into xs of the smallest tail of a run of length k+1
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const run: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i !== -1; i = prev[i]!) run.push(i);
  return run.reverse();
}

function positiveWhole(weights: readonly number[]): boolean {
  for (const w of weights) if (!(w > 0 && Number.isInteger(w))) return false;
  return true;
}

// Module-level, not made per call: such a function keeps its optimised code across full collections.
const ascending = (a: number, b: number) => a - b;

/**
 * The quadratic scan above for positive weights, in O(n log n): the best run ending at `i` is
 * `weights[i]` plus the best of those ending at an earlier `j` with a smaller value, the first
 * such `j` on ties (the scan takes a later one only when strictly better). A Fenwick tree over
 * the values' ranks answers "best among smaller values" with that tie rule, so the run, its
 * sums and its ties are the scan's own.
 */
function heaviestRun(xs: readonly number[], weights: readonly number[]): number[] {
  const n = xs.length;
  const values = [...new Set(xs)].sort(ascending);
  const rank = new Map<number, number>();
  values.forEach((v, k) => rank.set(v, k + 1));
  const treeBest = new Float64Array(values.length + 1).fill(-1);
  const treeAt = new Int32Array(values.length + 1).fill(-1);
  const best = new Float64Array(n);
  const from = new Int32Array(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    const r = rank.get(xs[i]!)!;
    // Best among ranks below r: the largest sum, then the earliest index.
    let b = -1;
    let at = -1;
    for (let k = r - 1; k > 0; k -= k & -k) {
      const v = treeBest[k]!;
      if (v > b || (v === b && v >= 0 && treeAt[k]! < at)) {
        b = v;
        at = treeAt[k]!;
      }
    }
    best[i] = at >= 0 ? b + weights[i]! : weights[i]!;
    from[i] = at;
    for (let k = r; k <= values.length; k += k & -k) {
      // Later indices win only when strictly better (an equal sum keeps the earlier one).
      if (best[i]! > treeBest[k]!) {
        treeBest[k] = best[i]!;
        treeAt[k] = i;
      }
    }
    if (top === -1 || best[i]! > best[top]!) top = i;
  }
  const run: number[] = [];
  for (let i = top; i !== -1; i = from[i]!) run.push(i);
  return run.reverse();
}
