import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wordEnd } from "../../../server/src/core/syntax/official";
import { firstWord } from "../../../server/src/core/syntax/opener";

// The reader looks up a line's first word before matching openers on it: it must be the word opener.ts reads.
describe("wordEnd", () => {
  it("ends the first word where firstWord does", () => {
    for (const t of ["", "Recalling its", "recalling", "Taking note", "Member States’ rights", "non-governmental", "l'Organisation", "12. Requests", "(a) the", "A", "Ã©"]) {
      expect(t.slice(0, wordEnd(t)), t).toBe(firstWord(t));
    }
    const chars = fc.constantFrom("a", "Z", "’", "'", "-", " ", "1", "é", "\u00a0", ".");
    fc.assert(fc.property(fc.array(chars, { maxLength: 10 }).map((a) => a.join("")), (t) => t.slice(0, wordEnd(t)) === firstWord(t)), { seed: 7, numRuns: 2000 });
  });
});
