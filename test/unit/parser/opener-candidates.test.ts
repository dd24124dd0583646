/**
 * The opener match tries, for a first word, only the listed phrases whose second word can start with the text's
 * character there (opener.ts, FirstWord): every other phrase compares that character exactly and fails. The cut-down
 * lists must be the whole list filtered by exactly that test, in the same (longest first) order.
 */
import { describe, expect, it } from "vitest";
import { OPERATIVE_OPENERS, PREAMBULAR_OPENERS } from "../../../server/src/core/data/openers";
import { firstWord, listedCandidates, matchOpener } from "../../../server/src/core/syntax/opener";
import type { OpenerKind } from "../../../server/src/core/syntax/opener";

const LISTS: [OpenerKind, readonly { phrase: string }[]][] = [["preamble", PREAMBULAR_OPENERS], ["operative", OPERATIVE_OPENERS]];

describe("listed phrases tried by the second word's first character", () => {
  for (const [kind, list] of LISTS) {
    it(`keeps every ${kind} phrase that can match, longest first`, () => {
      const firsts = new Set(list.map((p) => firstWord(p.phrase)));
      // Every character a phrase holds there, a space, one no phrase holds, and none (a text that ends).
      const chars = new Set<number>([32, 0x263a, NaN]);
      for (const { phrase } of list) for (let i = 0; i < phrase.length; i++) chars.add(phrase.charCodeAt(i));
      for (const first of firsts) {
        const all = list.map((p) => p.phrase).filter((p) => firstWord(p) === first);
        const at = first.length + 1;
        for (const c of chars) {
          const want = all
            .filter((p) => p.length <= at || p.charCodeAt(at) === 32 || p.charCodeAt(at) === c)
            .sort((a, b) => b.length - a.length);
          expect(listedCandidates(first, c, kind)).toEqual(want);
        }
      }
    });
    it(`matches each ${kind} phrase, whatever follows it, as one of its own first word's`, () => {
      for (const { phrase } of list) {
        for (const tail of ["", " the", " also", ", ", "\u00a0of"]) {
          const m = matchOpener(phrase + tail, kind);
          expect(m, phrase + tail).not.toBeNull();
          expect(firstWord(m!.text)).toBe(firstWord(phrase));
        }
      }
    });
  }
});
