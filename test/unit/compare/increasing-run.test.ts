// The heaviest increasing run in O(n log n) is the quadratic scan's run, ties and all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { increasingRun } from "../../../server/src/core/compare/increasing-run";

/** The quadratic scan increasing-run.ts used for every weighted run (its tie rules are the contract). */
function scan(xs: readonly number[], weights: readonly number[]): number[] {
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

describe("increasingRun with weights", () => {
  it("gives the quadratic scan's run, ties included", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom(1, 2)), { maxLength: 60 }), (items) => {
        const xs = items.map((t) => t[0]);
        const ws = items.map((t) => t[1]);
        expect(increasingRun(xs, ws)).toEqual(scan(xs, ws));
      }),
      { numRuns: 3000, seed: 15 },
    );
  });
});
