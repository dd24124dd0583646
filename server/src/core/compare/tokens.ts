/**
 * Words for the comparison. `tokenize` cuts a text into words, whitespace runs and single
 * other characters, so joining the tokens gives the text back exactly (the `changes`
 * contract depends on that).
 *
 * A word keeps inner hyphens, slashes, dots and apostrophes: `seventy-ninth`, `A/80/327`,
 * `E/CN.15/2024/L.3`, `78/229` and a draft's blank `80/___` are one token each, so a rollover update is one
 * replacement rather than a scatter of digits.
 */

const TOKEN = /[\p{L}\p{N}\p{M}_]+(?:[-'’/.:][\p{L}\p{N}\p{M}_]+)*|\s+|[^]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function isWord(token: string): boolean {
  return /^[\p{L}\p{N}_]/u.test(token);
}

const QUOTES: Record<string, string> = { "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "‑": "-" };

/**
 * A paragraph's text with style differences levelled: quote and dash styles unified, soft
 * hyphens dropped, footnote markers left in the text (`[^3]`) without their numbers (the parser
 * already removes printed markers from `body.text`), whitespace collapsed.
 */
export function normalizeStyle(text: string): string {
  return text
    .replace(/[“”„‘’‚–—‑]/g, (c) => QUOTES[c] ?? c)
    .replace(/\u00ad/g, "")
    .replace(/\[\^[^\]\s]*\]/g, "[^]")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The identity key of a paragraph: its style-levelled text without any whitespace. Two
 * paragraphs with the same key are "the same words"; dropping all whitespace also makes text
 * extracted from PDFs with broken words (`d evelopment`, `Secretary -General`) match.
 * Case still counts: `parties` → `Parties` is an edit (a technical one, see classify.ts).
 */
export function identityKey(text: string): string {
  // Hyphens too: PDF text loses or splits them at line ends (`capacitybuilding`, `capacity -building`).
  return normalizeStyle(text).replace(/[\s-]+/g, "");
}

/**
 * Words for similarity scoring: lower case, with the tokens a rollover routinely changes
 * (numbers, years, symbols, ordinals, month names) folded to one placeholder so a technical
 * update does not lower the score.
 */
export function similarityWords(text: string): string[] {
  const words: string[] = [];
  for (const t of tokenize(normalizeStyle(text).toLowerCase())) {
    if (!isWord(t)) continue;
    words.push(isRolloverWord(t) ? "#" : t);
  }
  return words;
}

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENTHS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** Spelled-out ordinals up to ninety-ninth and "hundredth": session and meeting numbers. */
export const ORDINAL_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>([...UNITS, ...TEENS, ...TENTHS, "hundredth"]);
  for (const t of TENS) for (const u of UNITS) s.add(`${t}-${u}`);
  return s;
})();

export function isMonth(word: string): boolean {
  return MONTHS.has(word.toLowerCase());
}

export function isOrdinalWord(word: string): boolean {
  return ORDINAL_WORDS.has(word.toLowerCase());
}

/** A document symbol (`A/80/327`, `A/RES/78/229`, `E/CN.15/2024/L.3`, `A/C.3/80/L.3`). */
export function isSymbol(word: string): boolean {
  return /^[A-Z]+(?:\.\d+)?\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]*\d[A-Z0-9.-]*$/i.test(word) && /[A-Z]/i.test(word[0]!);
}

/** A resolution or decision number as cited: `78/229`, `ES-10/24`, `S-27/2`, or a draft's blank `80/___`. */
export function isResolutionNumber(word: string): boolean {
  return /^(?:ES-|S-)?\d{1,3}\/(?:\d{1,4}|_+)$/.test(word);
}

export function isYear(word: string): boolean {
  return /^(?:19|20)\d\d$/.test(word);
}

/** `80th`, `54th`, `1st`. */
export function isNumericOrdinal(word: string): boolean {
  return /^\d+(?:st|nd|rd|th)$/i.test(word);
}

export function isRolloverWord(word: string): boolean {
  return (
    /^\d+$/.test(word) ||
    isNumericOrdinal(word) ||
    isOrdinalWord(word) ||
    isMonth(word) ||
    isSymbol(word) ||
    isResolutionNumber(word)
  );
}
