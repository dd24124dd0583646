/**
 * A doubled `that` (RES024). `Noting that that decision was` is English: the conjunction, then the demonstrative,
 * which only a noun phrase follows. Any other doubled `that` is a slip (`technologies that that avoid harm`,
 * `in that that regard`). What the words around the pair are decides; the text itself says what a word is where the
 * word's form does not.
 */

/**
 * Words that never follow the demonstrative `that`: articles, pronouns, determiners and quantifiers, prepositions,
 * conjunctions, and the plural verbs (`that are`) that neither the demonstrative nor the pronoun `that` can take.
 * A closed class of English, not a list of texts.
 */
const NOT_AFTER_DEMONSTRATIVE = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all", "both",
  "each", "every", "any", "some", "no", "such", "many", "much", "several", "few", "fewer", "more", "less", "most",
  "other", "another", "it", "they", "he", "she", "we", "you", "i", "them", "there", "which", "who", "whom", "whose",
  "what", "where", "when", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "upon", "as", "and", "or",
  "nor", "but", "if", "not", "are", "were", "have", "do", "everyone", "everybody", "everything", "anyone", "anything",
  "someone", "something", "nobody", "nothing",
]);
/** After a preposition `that` is the demonstrative (`in that regard`), never the conjunction a legitimate pair opens with. */
const PREPOSITIONS = new Set([
  "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "upon", "under", "towards", "through", "within",
  "without", "about", "against", "between", "among", "during", "after", "before",
]);
/** Endings of English nouns and adjectives (`decision`, `Agreement`, `transparency`, `practical`). */
const NOUN_OR_ADJECTIVE = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|age|ogy|cy|al|ive|ic|ous|able|ible|ful|less|ary|ory|ant|ent)$/;

/**
 * - `english`: the second `that` is the demonstrative before a noun phrase;
 * - `slip`: it cannot be (a closed-class word after it, a preposition before the pair, a plural after it, a verb the
 *   text uses after `to` and never after a determiner): the second `that` goes;
 * - `unsure`: no evidence of a noun (`that that may`, `that that bridging`): most likely a slip, but the pronoun
 *   (`that that is`) would be English, so it is reported without a fix.
 */
export type ThatThat = "english" | "slip" | "unsure";

/** The pair is `text[start, end)`, `that that`; `source` is the whole text, for how it uses the next word. */
export function readThatThat(text: string, start: number, end: number, source: string): ThatThat {
  const previous = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  if (previous && PREPOSITIONS.has(previous.toLowerCase())) return "slip";
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(text.slice(end, end + 40))?.[1];
  if (!next) return "slip";
  const w = next.toLowerCase();
  if (NOT_AFTER_DEMONSTRATIVE.has(w)) return "slip";
  const used = (re: string) => new RegExp(re, "iu").test(source);
  const word = escapeWord(next);
  // `that` itself is no evidence of a noun: it is also the relative pronoun (`technologies that avoid`).
  const afterDeterminer = used(`\\b(?:the|a|an|this|its|their|each|any|such|no)\\s+${word}(?![\\p{L}-])`);
  // A plural noun, which the demonstrative does not take: the text uses its singular, or uses it after a determiner
  // (`the improvements`). An -s word the text never uses so may be the verb after the pronoun (`that that requires`).
  if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) {
    return afterDeterminer || used(`(?<![\\p{L}-])${escapeWord(next.slice(0, -1))}(?![\\p{L}-])`) ? "slip" : "unsure";
  }
  if (afterDeterminer) return "english";
  if (used(`\\bto\\s+${word}(?![\\p{L}-])`)) return "slip";
  if (NOUN_OR_ADJECTIVE.test(w) && !w.endsWith("ing")) return "english";
  // A name or defined term (`that Convention`): the demonstrative takes it.
  if (/^\p{Lu}/u.test(next)) return "english";
  return "unsure";
}

/** A word for a Unicode regex: letters stand for themselves, a hyphen is written by its code (`\-` is no escape there). */
const escapeWord = (w: string): string => w.replace(/-/g, "\\x2d");
