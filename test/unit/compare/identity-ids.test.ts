// identityIds gives equal ids exactly when identityKey gives equal keys (alignment's step 1 reads the ids).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identityIds, identityKey } from "../../../server/src/core/compare/tokens";

const piece = fc.constantFrom("a", "b", "A", " ", "  ", "\n", "\u00a0", "\u00ad", "-", "–", "—", "“", "”", '"', "‘", "’", "'", "[^1]", "[^12]", "[^", "]", "\ud800", "😀", "é");
const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(""));

describe("identityIds", () => {
  it("agrees with identityKey on every pair of texts", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.array(text, { maxLength: 8 }), (a, b) => {
        const { x, y } = identityIds(a, b);
        const ids = [...x, ...y];
        const keys = [...a, ...b].map(identityKey);
        for (let i = 0; i < keys.length; i++) for (let j = 0; j < keys.length; j++) expect(ids[i] === ids[j]).toBe(keys[i] === keys[j]);
      }),
      { numRuns: 2000 },
    );
  });
  it("agrees with identityKey on many long texts that share both ends (buckets crowded, then split by whole keys)", () => {
    const end = "Requests the Secretary-General to report";
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), fc.array(text, { maxLength: 40 }), (a, b) => {
        const wrap = (t: string) => `${end} ${t} ${end}`;
        const olds = a.map(wrap);
        const news = b.map(wrap);
        const { x, y } = identityIds(olds, news);
        const ids = [...x, ...y];
        const keys = [...olds, ...news].map(identityKey);
        for (let i = 0; i < keys.length; i++) for (let j = 0; j < keys.length; j++) expect(ids[i] === ids[j]).toBe(keys[i] === keys[j]);
      }),
      { numRuns: 300 },
    );
  });
  it("joins texts that differ in spacing, hyphens, quote style and marker numbers only", () => {
    const { x, y } = identityIds(["Calls upon “States”[^3] to co-operate"], ["Calls upon \"States\"[^7] to cooperate", "Calls upon States to cooperate"]);
    expect(x[0]).toBe(y[0]);
    expect(y[1]).not.toBe(x[0]);
  });
});
