// similarity.ts counts shared word pairs without sorting them (a table of one side): the counts must
// be those of the multiset intersection, repeats included, at any size (the table grows).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containment, profile, similarity } from "../../../server/src/core/compare/similarity";

/** The multiset intersection of two arrays, by sorting both and merging (the definition). */
function commonSorted(a: Uint32Array, b: Uint32Array): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      n++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return n;
}

const word = fc.constantFrom("the", "of", "States", "report", "ocean", "coral", "a", "b", "c");
const para = (max: number) => fc.array(word, { minLength: 0, maxLength: max, size: "max" }).map((ws) => ws.join(" "));

describe("similarity", () => {
  it("is the mean of the word and word-pair Dice coefficients, repeated pairs counted as often as both sides have them", () => {
    fc.assert(
      fc.property(fc.oneof(para(12), para(1500)), fc.oneof(para(12), para(1500)), (a, b) => {
        const pa = profile(a);
        const pb = profile(b);
        if (pa.pairs.length === 0 || pb.pairs.length === 0) return;
        const words = (2 * commonSorted(pa.words, pb.words)) / (pa.words.length + pb.words.length);
        const pairs = (2 * commonSorted(pa.pairs, pb.pairs)) / (pa.pairs.length + pb.pairs.length);
        expect(similarity(pa, pb)).toBe((words + pairs) / 2);
        expect(containment(pa, pb)).toBe(commonSorted(pa.pairs, pb.pairs) / pa.pairs.length);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("counts a pair repeated on both sides once per repeat the other side has", () => {
    const a = profile("the ocean the ocean the ocean");
    const b = profile("the ocean and the ocean");
    // Pairs: a has "the ocean" ×3, "ocean the" ×2; b has "the ocean" ×2, "ocean and", "and the".
    expect(containment(b, a)).toBe(2 / 4);
    expect(containment(a, b)).toBe(2 / 5);
  });
});
