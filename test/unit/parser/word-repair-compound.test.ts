// The whole-document repair tells the words that may lack a hyphen by one filter of hashes (the compound numbers'
// and the document's hyphenated forms'): every compound number, in any letter case, must pass it and get its
// hyphen back, and a word that only begins as one must not.
import { describe, expect, it } from "vitest";
import { WordRepair } from "../../../server/src/core/syntax/word-repair";

const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** The inserts of the whole-document repair of a one-line text. */
function insertsOf(text: string): { at: number; text: string }[] {
  const repair = new WordRepair(text, Int32Array.of(0), Int32Array.of(text.length));
  return repair.inserts({ start: 0, end: text.length, cuts: [] });
}

describe("compound numbers in the whole-document repair", () => {
  it("every compound number, in lower case, capitalised or in capitals, gets its hyphen after the tens word", () => {
    for (const tens of TENS) {
      for (const unit of UNITS) {
        for (const w of [tens + unit, tens[0]!.toUpperCase() + tens.slice(1) + unit, (tens + unit).toUpperCase()]) {
          const text = `at its ${w} session`;
          expect(insertsOf(text), w).toEqual([{ at: 7 + tens.length, text: "-" }]);
        }
      }
    }
  });
  it("a word that begins as a compound number or holds one is none", () => {
    for (const w of ["seventyfold", "twentyones", "thirtyish", "fortyfive2", "xfortyfive", "seventy", "twenty-five"]) expect(insertsOf(`the ${w} here`), w).toEqual([]);
  });
  it("a compound number beside the document's hyphenated forms still gets its hyphen", () => {
    const text = "the Secretary-General and co-located SecretaryGeneral at the seventyninth session";
    expect(insertsOf(text)).toEqual([
      { at: text.indexOf("SecretaryGeneral") + 9, text: "-" },
      { at: text.indexOf("seventyninth") + 7, text: "-" },
    ]);
  });
});
