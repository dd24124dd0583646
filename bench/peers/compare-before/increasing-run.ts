/** The longest (or heaviest) increasing run of a sequence: what stays in order when some items move. */

/**
 * Indices (into `xs`) of a heaviest strictly increasing subsequence: identical pairs weigh
 * more than similar ones, so when the order is ambiguous the reworded paragraph is the one
 * that moved. Quadratic, so long inputs fall back to the unweighted O(n log n) run.
 */
export function increasingRun(xs: readonly number[], weights?: readonly number[]): number[] {
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
