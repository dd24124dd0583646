/** A word written twice in a row (`the the`) is a typing slip. */
import { defineRule } from "../lint/types";
import { spanOf, textBlocks } from "../lint/text";

// Pairs that are correct English when doubled.
const ALLOWED = new Set(["that", "had"]);
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

/**
 * Words that never follow the demonstrative `that`: articles, pronouns, determiners, prepositions, conjunctions, and
 * the plural verbs (`that are`) that neither the demonstrative nor the pronoun `that` can take. A closed class of
 * English, not a list of texts.
 */
const NOT_AFTER_DEMONSTRATIVE = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all", "both",
  "each", "every", "any", "some", "no", "such", "many", "much", "several", "few", "most", "other", "another", "it",
  "they", "he", "she", "we", "you", "i", "them", "there", "which", "who", "whom", "whose", "what", "where", "when",
  "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "upon", "as", "and", "or", "nor", "but", "if",
  "not", "are", "were", "have", "do", "everyone", "everybody", "everything", "anyone", "anything", "someone",
  "something", "nobody", "nothing",
]);
/** After a preposition `that` is the demonstrative (`in that regard`), never the conjunction a legitimate pair opens with. */
const PREPOSITIONS = new Set(["of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "upon", "under", "towards", "through", "within", "without", "about", "against", "between", "among", "during", "after", "before"]);

/**
 * `that that decision` is English: the conjunction, then the demonstrative before a singular noun (or the pronoun
 * before its verb, `that that is`). Any other doubled `that` is a slip (`technologies that that avoid harm`). What
 * the word after the pair is decides, by the text's own use of it (and the word before: after a preposition the first
 * `that` is the demonstrative, so the pair is two of them): a word of the closed classes above never follows
 * the demonstrative; a plural (`States`, where the text writes `State`) does not either; and a word the text uses
 * after `to` but never after an article or a determiner is a verb (`to avoid`), which the pronoun `that` would have
 * in its -s form. (`that` itself is no evidence of a noun: it is also the relative pronoun, `technologies that avoid`.)
 */
function englishThatThat(text: string, start: number, end: number, source: string): boolean {
  const previous = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  if (previous && PREPOSITIONS.has(previous.toLowerCase())) return false;
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  const w = next.toLowerCase();
  if (NOT_AFTER_DEMONSTRATIVE.has(w)) return false;
  const used = (re: string) => new RegExp(re, "iu").test(source);
  const word = escapeWord(next);
  if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w) && used(`(?<![\\p{L}-])${escapeWord(next.slice(0, -1))}(?![\\p{L}-])`)) return false;
  const afterDeterminer = used(`\\b(?:the|a|an|this|its|their|each|any|such|no)\\s+${word}(?![\\p{L}-])`);
  return afterDeterminer || !used(`\\bto\\s+${word}(?![\\p{L}-])`);
}

/** A word for a Unicode regex: letters stand for themselves, a hyphen is written by its code (`\-` is no escape there). */
const escapeWord = (w: string): string => w.replace(/-/g, "\\x2d");

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
        if ((ALLOWED.has(word.toLowerCase()) && (word.toLowerCase() !== "that" || englishThatThat(text, beforeAt, i, tree.source))) || NAMES.has(word) || !/^\s+$/.test(text.slice(beforeAt + before.length, at))) continue;
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
          ...(!name && /^\s+$/.test(sourceGap) ? { fix: { title: `Remove the second '${word}'`, edits: [{ start: prevEnd, end: span.end, text: "" }] } } : {}),
        });
      }
    }
  },
});
