/**
 * Words for the comparison. `tokenize` cuts a text into words, whitespace runs and single
 * other characters, so joining the tokens gives the text back exactly (the `changes`
 * contract depends on that).
 *
 * A word keeps inner hyphens, slashes, dots and apostrophes: `seventy-ninth`, `A/80/327`,
 * `E/CN.15/2024/L.3`, `78/229` and a draft's blank `80/___` are one token each, so a rollover update is one
 * replacement rather than a scatter of digits.
 */

/** The token grammar, as a regex: the reference the scanner below is tested against. */
export const TOKEN = /[\p{L}\p{N}\p{M}_]+(?:[-'’/.:][\p{L}\p{N}\p{M}_]+)*|\s+|[^]/gu;

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPACE_CHAR = /\s/u;
/** Token classes of a character (`classAt`, `ASCII_CLASS`). */
export const WORD = 0;
export const SPACE = 1;
export const OTHER = 2;

/** The class of the code point at `i`; its length in UTF-16 units goes to `width`. */
let width = 1;
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  width = 1;
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return WORD;
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return OTHER;
  }
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  width = ch.length;
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 58; // - ' ’ / . :
}

/** Where the tokens of a text start: `at[0 … count - 1]`, then the text's length at `at[count]`. Reused from call to call. */
export interface TokenStarts {
  at: Int32Array;
  count: number;
}

export function tokenStarts(): TokenStarts {
  return { at: new Int32Array(256), count: 0 };
}

/** Cut a text into tokens (see the grammar in `TOKEN`), as start offsets into `out`; a hand-written scanner, several times faster than the regex. */
export function cutTokens(text: string, out: TokenStarts): void {
  if (out.at.length <= text.length) out.at = new Int32Array(Math.max(text.length + 1, out.at.length * 2));
  const at = out.at;
  let n = 0;
  let i = 0;
  while (i < text.length) {
    at[n++] = i;
    i = tokenEnd(text, i);
  }
  at[n] = text.length;
  out.count = n;
}

/** The class of each ASCII unit, as `classAt` gives it: read from a table in the scanners' loops, no call per character. */
export const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classAt(String.fromCharCode(c), 0));

/**
 * Where the token that starts at `i` ends (the grammar in `TOKEN`), for a reader that may stop early.
 * ASCII units are classed by a table in the loops; `classAt` only for the rest (rare in these texts).
 * `end`: where the text being cut stops (a token never runs past it).
 */
export function tokenEnd(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  let k: number;
  if (c < 128) {
    k = ASCII_CLASS[c]!;
    i++;
  } else {
    k = classAt(text, i);
    i += width;
  }
  if (k === WORD) {
    for (;;) {
      i = runEnd(text, i, end, WORD);
      // A joiner continues the word only when a word character follows it.
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === WORD) i += 1;
      else break;
    }
  } else if (k === SPACE) i = runEnd(text, i, end, SPACE);
  return i;
}

/** Where the characters of class `k` from `i` on stop (at `end` at most). */
function runEnd(text: string, i: number, end: number, k: number): number {
  while (i < end) {
    const d = text.charCodeAt(i);
    if (d < 128) {
      if (ASCII_CLASS[d] !== k) break;
      i++;
    } else if (classAt(text, i) === k) i += width;
    else break;
  }
  return i;
}

const starts = tokenStarts();

/** Cut a text into tokens (see the grammar in `TOKEN`). */
export function tokenize(text: string): string[] {
  cutTokens(text, starts);
  const out: string[] = [];
  const at = starts.at;
  for (let k = 0; k < starts.count; k++) out.push(text.slice(at[k]!, at[k + 1]!));
  return out;
}

export function isWord(token: string): boolean {
  return isWordAt(token, 0, token.length);
}

// A constant: the bundler turns a `\p{…}` literal into `new RegExp` at each call.
const WORD_START = /^[\p{L}\p{N}_]/u;

/** `isWord` of the token `text[start, end)`, read in place. */
export function isWordAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  // ASCII fast path; the regex only for the rest (on the first code point, as on the token).
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_START.test(text.slice(start, Math.min(end, start + 2)));
}

const QUOTES: Record<string, string> = { "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'" };

/**
 * The identity key of a paragraph: its text with quote styles unified, soft hyphens, hyphens,
 * dashes and all whitespace dropped, and footnote markers left in the text (`[^3]`) without
 * their numbers (the parser already removes printed markers from `body.text`). Two
 * paragraphs with the same key are "the same words"; dropping all whitespace also makes text
 * extracted from PDFs with broken words (`d evelopment`, `Secretary -General`) match.
 * Case still counts: `parties` → `Parties` is an edit (a technical one, see classify.ts).
 */
export function identityKey(text: string): string {
  // Hyphens go too: PDF text loses or splits them at line ends (`capacitybuilding`, `capacity -building`).
  let t = text.includes("[^") ? text.replace(/\[\^[^\]\s]*\]/g, "[^]") : text;
  t = withoutSpacesAndHyphens(t);
  return /[“”„‘’‚]/.test(t) ? t.replace(/[“”„‘’‚]/g, (c) => QUOTES[c] ?? c) : t;
}

/** `[^3]` → `[^]`, as in `identityKey`. */
function withoutMarkerNumbers(text: string): string {
  return text.includes("[^") ? text.replace(/\[\^[^\]\s]*\]/g, "[^]") : text;
}

/** A UTF-16 unit of a key: curly quotes as straight ones (`QUOTES`). */
function keyUnit(c: number): number {
  if (c < 0x2018 || c > 0x201e) return c;
  if (c === 0x201c || c === 0x201d || c === 0x201e) return 34;
  return c === 0x2018 || c === 0x2019 || c === 0x201a ? 39 : c;
}

/**
 * A hash of `identityKey(text)` (markers already normalised), read from the text without building
 * the key. Texts of one hash are compared in place (`sameKey`), so the hash only has to spread
 * keys: 30 bits, a small integer for the map.
 */
function keyHash(text: string): number {
  let h = 0;
  let i = 0;
  // Two ASCII units at a time, without a branch on either (a space every few letters made a skip a
  // coin toss for the processor): (h·f1 + a1)·f2 + a2 = h·(f1·f2) + (a1·f2 + a2), one multiply on h per two units.
  for (; i + 1 < text.length; i += 2) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if ((c | d) < 128) {
      const f = KEY_FACTOR[d]!;
      h = (Math.imul(h, Math.imul(KEY_FACTOR[c]!, f)) + Math.imul(KEY_ADD[c]!, f) + KEY_ADD[d]!) | 0;
    } else h = keyStep(keyStep(h, c), d);
  }
  return (i < text.length ? keyStep(h, text.charCodeAt(i)) : h) & 0x3fffffff;
}

/** The hash `h` followed by one more unit of the text (h·31 + its key unit, or `h` for a unit the key drops). */
function keyStep(h: number, c: number): number {
  if (c < 128) return (Math.imul(h, KEY_FACTOR[c]!) + KEY_ADD[c]!) | 0;
  return dropped(c) ? h : ((h << 5) - h + keyUnit(c)) | 0;
}

/** h·31 + c for an ASCII unit of the key, h·1 + 0 (h as it was) for one the key drops: `keyHash` reads these. */
const KEY_FACTOR = new Int32Array(128);
const KEY_ADD = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  KEY_FACTOR[c] = dropped(c) ? 1 : 31;
  KEY_ADD[c] = dropped(c) ? 0 : c;
}

/** `identityKey(a) === identityKey(b)` (markers already normalised), compared in place. */
function sameKey(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && dropped(a.charCodeAt(i))) i++;
    while (j < b.length && dropped(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (keyUnit(a.charCodeAt(i)) !== keyUnit(b.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

/**
 * Small integer ids of the identity keys of two lists of texts: equal ids for equal keys
 * (`identityKey`), without building a key string per paragraph. Texts are bucketed by a hash of
 * their keys' two ends, read from the ends of the texts, and texts of one bucket compared in place
 * (`sameKey`), so a collision cannot join two different keys; a paragraph is not read whole to
 * find its bucket, only when it meets one that holds a text much like it.
 */
export function identityIds(a: readonly string[], b: readonly string[]): { x: number[]; y: number[] } {
  const keys: KeyIds = { byEnds: new Map(), byHash: new Map(), reps: [], byText: new Map() };
  const x: number[] = [];
  const y: number[] = [];
  for (const t of a) x.push(idOfText(keys, t));
  for (const t of b) y.push(idOfText(keys, t));
  return { x, y };
}

/** The ids handed out so far (module-level functions read it, so their optimised code outlives a comparison). */
interface KeyIds {
  /** Hash of a key's ends (`keyEndsHash`) → ids with those ends; more than `CROWDED` of them, and the bucket is split by `byHash`. */
  readonly byEnds: Map<number, number[]>;
  /** Whole-key hash (`keyHash`) → ids, for the texts of crowded buckets only. */
  readonly byHash: Map<number, number[]>;
  /** A text of each id (markers normalised). */
  readonly reps: string[];
  /** Ids by exact text. */
  readonly byText: Map<string, number>;
}

/** Units of a key read from each end for its bucket: enough to part most paragraphs, a small share of a paragraph's length. */
const KEY_ENDS = 24;
/** A bucket holding more ids than this is split by a hash of whole keys: texts that all share both ends (a hostile input) stay linear. */
const CROWDED = 8;

/**
 * Most paragraphs of a pair come back word for word: a text seen before has its id without a
 * pass over its characters (the engine's string hash, computed once per string, then one compare).
 */
function idOfText(keys: KeyIds, text: string): number {
  const seen = keys.byText.get(text);
  if (seen !== undefined) return seen;
  const id = keyId(keys, text);
  keys.byText.set(text, id);
  return id;
}

function keyId(keys: KeyIds, text: string): number {
  const t = withoutMarkerNumbers(text);
  const ends = keyEndsHash(t);
  const bucket = keys.byEnds.get(ends);
  const id = keys.reps.length;
  if (bucket === undefined) keys.byEnds.set(ends, [id]);
  else if (bucket.length <= CROWDED) {
    for (const k of bucket) if (sameKey(keys.reps[k]!, t)) return k;
    bucket.push(id);
    // Crowded now: its texts are found by their whole keys from here on (the bucket keeps this length as the mark).
    if (bucket.length > CROWDED) for (const k of bucket) byWholeKey(keys, k === id ? t : keys.reps[k]!, k);
  } else {
    const list = keys.byHash.get(keyHash(t));
    if (list) for (const k of list) if (sameKey(keys.reps[k]!, t)) return k;
    byWholeKey(keys, t, id);
  }
  keys.reps.push(t);
  return id;
}

/** File id `id` (of text `t`) under the hash of its whole key. */
function byWholeKey(keys: KeyIds, t: string, id: number): void {
  const h = keyHash(t);
  const list = keys.byHash.get(h);
  if (list) list.push(id);
  else keys.byHash.set(h, [id]);
}

/** A hash of the first and the last `KEY_ENDS` units of `identityKey(text)` (markers already normalised), read from the two ends of the text. */
function keyEndsHash(text: string): number {
  let h = 0;
  let n = 0;
  for (let i = 0; i < text.length && n < KEY_ENDS; i++) {
    const c = text.charCodeAt(i);
    if (dropped(c)) continue;
    h = ((h << 5) - h + keyUnit(c)) | 0;
    n++;
  }
  n = 0;
  for (let i = text.length - 1; i >= 0 && n < KEY_ENDS; i--) {
    const c = text.charCodeAt(i);
    if (dropped(c)) continue;
    h = ((h << 5) - h + keyUnit(c)) | 0;
    n++;
  }
  return h & 0x3fffffff;
}

/** Is this UTF-16 unit whitespace (as regex `\s`), a soft hyphen or a hyphen or dash? */
function dropped(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return c === 45;
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2011 || c === 0x2013 || c === 0x2014 ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `text` without whitespace, soft hyphens, hyphens and dashes: one pass over the characters (the key of every paragraph is built). */
function withoutSpacesAndHyphens(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!dropped(text.charCodeAt(i))) continue;
    if (i > from) out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export const MONTH_NAMES: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
const MONTHS = new Set(MONTH_NAMES);

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

/** `isMonth` of a word already lower-cased. */
export function isLowerMonth(lw: string): boolean {
  return MONTHS.has(lw);
}

export function isMonth(word: string): boolean {
  return MONTHS.has(word) || MONTHS.has(word.toLowerCase());
}

export function isOrdinalWord(word: string): boolean {
  return ORDINAL_WORDS.has(word) || ORDINAL_WORDS.has(word.toLowerCase());
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
  // Most words are plain words: two set lookups, no regex.
  if (!/[\d/]/.test(word)) return isOrdinalWord(word) || isMonth(word);
  return (
    /^\d+$/.test(word) ||
    isNumericOrdinal(word) ||
    isOrdinalWord(word) ||
    isMonth(word) ||
    isSymbol(word) ||
    isResolutionNumber(word)
  );
}
