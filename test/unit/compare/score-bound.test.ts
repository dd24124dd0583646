// rarity.ts skips pairs whose bound falls short of a minimum score: every pair that can reach
// it must score exactly as without the bound (same bits), and the skipped ones must be below it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rarityBags, scoreMatrix } from "../../../server/src/core/compare/rarity";
import { profile } from "../../../server/src/core/compare/similarity";

// Common words in most paragraphs (their mass goes into the bound), rare ones in a few.
const common = fc.constantFrom("the", "of", "and", "to", "States", "Requests");
const rare = fc.constantFrom("report", "ocean", "fisheries", "debris", "coral", "mercury", "Secretary-General", "78/69", "a", "b", "c", "d", "e", "f", "g", "h");
const word = fc.oneof({ arbitrary: common, weight: 1 }, { arbitrary: rare, weight: 1 });
const para = fc.array(word, { minLength: 0, maxLength: 20, size: "max" }).map((ws) => ws.join(" "));

describe("score bound", () => {
  it("scores every pair that can reach the minimum exactly, and only skips pairs below it", () => {
    fc.assert(
      fc.property(fc.array(para, { minLength: 30, maxLength: 60 }), fc.array(para, { minLength: 1, maxLength: 30 }), fc.double({ min: 0.01, max: 0.9, noNaN: true }), (olds, news, min) => {
        const bags = rarityBags([...olds, ...news].map(profile));
        const o = bags.slice(0, olds.length);
        const n = bags.slice(olds.length);
        const exact = scoreMatrix(o, n);
        const bounded = scoreMatrix(o, n, min);
        exact.forEach((row, r) =>
          row.forEach((s, c) => {
            if (s >= min) expect(bounded[r]![c]).toBe(s);
            else expect(bounded[r]![c] === s || bounded[r]![c] === 0).toBe(true);
          }),
        );
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
