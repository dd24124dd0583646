// The integer Myers diff must give jsdiff's own edit script, run for run (the comparison's output
// is defined by it), including where the edit bound is hit.
import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DELETE, diffIds, EQUAL, INSERT } from "../../../server/src/core/compare/myers";

/** jsdiff's answer as the same runs, or null over the bound. */
function reference(a: number[], b: number[], bound: number): { kinds: number[]; counts: number[] } | null {
  const parts = diffArrays(a, b, { maxEditLength: bound });
  if (!parts) return null;
  return { kinds: parts.map((p) => (p.added ? INSERT : p.removed ? DELETE : EQUAL)), counts: parts.map((p) => p.count ?? p.value.length) };
}

describe("diffIds is jsdiff diffArrays", () => {
  // Few symbols, so the arrays share much and ties between equally short scripts are common.
  const ids = (max: number) => fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: max });
  it("on random arrays, at any bound", () => {
    fc.assert(
      fc.property(ids(40), ids(40), fc.integer({ min: 0, max: 90 }), (a, b, bound) => {
        expect(diffIds(a, 0, a.length, b, 0, b.length, bound)).toEqual(reference(a, b, bound));
      }),
      { numRuns: 3000 },
    );
  });
  it("on a slice of longer arrays (offsets)", () => {
    fc.assert(
      fc.property(ids(30), ids(30), ids(5), ids(5), (a, b, pa, pb) => {
        const x = [...pa, ...a, 7, 7];
        const y = [...pb, ...b, 8];
        expect(diffIds(x, pa.length, pa.length + a.length, y, pb.length, pb.length + b.length, 2000)).toEqual(reference(a, b, 2000));
      }),
      { numRuns: 1000 },
    );
  });
  it("on long arrays with few edits and with many", () => {
    const long = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 101);
    const edited = long.filter((_, i) => i % 97 !== 0).map((v, i) => (i % 211 === 0 ? v + 1000 : v));
    for (const bound of [10, 100, 2000]) expect(diffIds(long, 0, long.length, edited, 0, edited.length, bound)).toEqual(reference(long, edited, bound));
    const other = Array.from({ length: 400 }, (_, i) => (i * 13) % 7);
    const other2 = Array.from({ length: 380 }, (_, i) => (i * 11) % 7);
    expect(diffIds(other, 0, 400, other2, 0, 380, 2000)).toEqual(reference(other, other2, 2000));
  });
  it("on empty sides", () => {
    expect(diffIds([], 0, 0, [1, 2], 0, 2, 10)).toEqual(reference([], [1, 2], 10));
    expect(diffIds([1, 2], 0, 2, [], 0, 0, 10)).toEqual(reference([1, 2], [], 10));
    expect(diffIds([], 0, 0, [], 0, 0, 10)).toEqual(reference([], [], 10));
  });
});
