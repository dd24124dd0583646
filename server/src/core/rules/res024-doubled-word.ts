/** A word written twice in a row (`the the`) is a typing slip. */
import { defineRule } from "../lint/types";
import { spanOf, textBlocks } from "../lint/text";
import { readThatThat } from "./that-that";

// A pair that is correct English when doubled (`had had`; a doubled `that` is read by ./that-that.ts).
const ALLOWED = new Set(["had"]);
// Place names that are one word written twice (the capital of American Samoa is Pago Pago).
const NAMES = new Set(["Pago", "Bora"]);
// Short words that start a sentence: `The the` is a slip, and removing the second word is certain.
const FUNCTION_WORDS = new Set(["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "as", "is", "be", "it", "this", "its"]);

/**
 * Whether the document uses `word` on its own, outside a doubled pair. A PDF extraction may lose the hyphen of a
 * reduplicated compound (`ro‑ro` ships, `so-so`): two short syllables that are no word of the text, where a typing
 * slip doubles a word the text uses (`held in in`). Asked only for the rare doubled pair.
 */
function standsAlone(source: string, word: string): boolean {
  const w = word.replace(/[^\p{L}]/gu, "");
  const re = new RegExp(`(?<![\\p{L}\\p{Pd}‑])(?<!\\b${w}\\s+)${w}(?![\\p{L}\\p{Pd}‑])(?!\\s+${w}\\b)`, "iu");
  return re.test(source);
}
// Reduplicated compounds are short (`ro-ro`, `lo-lo`, `tut-tut`, `hush-hush`).
const COMPOUND_PART_MAX = 4;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/**
 * Whether two words of equal length surely differ ignoring case: an ASCII letter pair that differs beyond its case
 * bit decides, without the two strings and their lower-case copies (most equal-length neighbours differ at once).
 * Words with other letters go on to the full comparison.
 */
function asciiDiffer(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x < 128 && y < 128 && (x | 32) !== (y | 32)) return true;
  }
  return false;
}

export default defineRule({
  id: "RES024",
  name: "doubled-word",
  description: "No word is written twice in a row",
  tags: ["typography"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      // Consecutive words compared pairwise (a back-reference regex is much slower on long texts);
      // source spans are computed only for the rare hit.
      // Latin letters only (A-Z, a-z, U+00C0–U+024F): every GA text is English. Words are found by char code,
      // and strings are made only for two neighbours of equal length: a regex match per word was the costliest rule.
      const text = body.text;
      const n = text.length;
      let prevAt = -1;
      let prevLen = 0;
      for (let i = 0; i < n; ) {
        if (!isLetter(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const at = i;
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        const beforeAt = prevAt;
        const beforeLen = prevLen;
        prevAt = at;
        prevLen = i - at;
        if (beforeAt < 0 || i - at !== beforeLen || asciiDiffer(text, beforeAt, at, beforeLen)) continue;
        const word = text.slice(at, i);
        const before = text.slice(beforeAt, beforeAt + beforeLen);
        if (word.toLowerCase() !== before.toLowerCase()) continue;
        // `that that decision` is English; `had had` always is.
        const that = word.toLowerCase() === "that" ? readThatThat(text, beforeAt, i, tree.source) : null;
        if (that === "english" || ALLOWED.has(word.toLowerCase()) || NAMES.has(word) || !/^\s+$/.test(text.slice(beforeAt + before.length, at))) continue;
        const span = spanOf(body, at, at + word.length);
        const prevEnd = spanOf(body, beforeAt, beforeAt + before.length).end;
        const sourceGap = tree.source.slice(prevEnd, span.start);
        // In a PDF extraction, a running header between two pages or a dropped dash (`South–South`) doubles words.
        if (tree.format !== "unres" && (!/^\s+$/.test(sourceGap) || /^\p{Lu}/u.test(word))) continue;
        const compound = word.length <= COMPOUND_PART_MAX && !FUNCTION_WORDS.has(word.toLowerCase()) && !standsAlone(tree.source, word);
        if (tree.format !== "unres" && compound) continue;
        // `South South` pasted from a PDF lost its hyphen (`South-South`): which of the two was meant is not
        // certain, so a capitalised pair other than a sentence-initial `The the` is reported without a fix.
        const name = /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
        report({
          span,
          message: name ? `'${before} ${word}': a lost hyphen ('${before}-${word}')? or a word written twice` : `'${word}' is written twice`,
          // Only when nothing but spaces lies between the words in the source (no page furniture).
          ...(!name && that !== "unsure" && /^\s+$/.test(sourceGap) ? { fix: { title: `Remove the second '${word}'`, edits: [{ start: prevEnd, end: span.end, text: "" }] } } : {}),
        });
      }
    }
  },
});
