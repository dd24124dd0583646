// similarity.ts counts shared word pairs without sorting them (a table of one side): the counts must
// be those of the multiset intersection, repeats included, at any size (the table grows).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containment, profile, similarity } from "../../../server/src/core/compare/similarity";
import { MONTH_NAMES, ORDINAL_WORDS } from "../../../server/src/core/compare/tokens";

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

/** A word's hash as profiles have always read it: each unit of the word lower-cased (one unit at a time), h·31 + unit from the FNV offset. */
function plainHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = ((h << 5) - h + word[i]!.toLowerCase().charCodeAt(0)) | 0;
  return h >>> 0;
}

/** The words of a text, read unit by unit with the grammar of `TOKEN` (word characters, joiners before another word character). */
function plainWords(text: string): string[] {
  const wordUnit = (i: number) => i < text.length && /[\p{L}\p{N}\p{M}_]/u.test(text[i]!);
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!wordUnit(i)) {
      i++;
      continue;
    }
    const start = i;
    while (wordUnit(i) || ("-'’/.:".includes(text[i] ?? "x") && wordUnit(i + 1))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

describe("profile", () => {
  it("hashes the words a plain reading finds, rollover tokens (numbers, symbols, ordinals, months) folded to one", () => {
    const rollover = plainHash("#");
    const folded = (w: string) => (/[\d/]/.test(w) || ORDINAL_WORDS.has(w.toLowerCase()) || MONTH_NAMES.includes(w.toLowerCase()) ? rollover : plainHash(w));
    const unit = fc.constantFrom("a", "Z", "q", "7", "_", "-", "'", "’", "/", ".", ":", " ", ",", "é", "Ä", "\u0301", "İ", "\u00a0", "𝐀", "May", "Ninth", "A/80/1");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join("")), (text) => {
        const words = plainWords(text).map(folded);
        const pairs = words.slice(1).map((w, k) => (Math.imul(words[k]!, 0x9e3779b1) ^ w) >>> 0);
        const p = profile(text);
        expect([...p.words]).toEqual([...words].sort((x, y) => x - y));
        expect([...p.pairs]).toEqual(pairs);
      }),
      { numRuns: 3000 },
    );
  });
});
