/**
 * Word repair: pdftotext splits words inside justified lines (`commitme nts`, `internationa l`, `co -located`,
 * `202 5`). A space inside a line is taken out when the two pieces joined make a word the document uses whole
 * elsewhere and at least one piece is no word of the document. The repair is a cut (a span left out of the
 * paragraph's text), like a footnote marker's, so the text still maps to the source piece by piece. Line-end
 * hyphenation is kept as the official text has it: the reader joins `co-` + `located` as `co-located`, and where
 * pdftotext took the hyphen out as it joined two lines (`SecretaryGeneral`, `capacitybuilding`) it is put back
 * (an insert: joiner text in no piece) when the document writes the word with it elsewhere.
 */
import { COMMON_LEVEL, COMMONEST_LEVEL, isClosedClass, lexiconLevel } from "./lexicon";
import type { Span } from "./tree";

/** A line of a paragraph: the part read as text, and the spans cut out of it. */
export interface RepairLine {
  readonly start: number;
  readonly end: number;
  readonly cuts: Span[];
}

/** Text the reader puts into a line at a source offset (a hyphen pdftotext took out). */
export interface Insert {
  readonly at: number;
  readonly text: string;
}

/**
 * The words of a text: letters and digits with their inner hyphens and apostrophes, without surrounding
 * punctuation (what `/[\p{L}\p{N}][\p{L}\p{N}’'‑-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu` matches). Scanned by hand: the
 * reader runs this over every line of every document, and the Unicode regex was half of its time.
 */
export function eachWord(text: string, visit: (word: string, at: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A run of word characters; the word is the run from its first to its last letter or digit.
    let first = -1;
    let last = -1;
    while (i < n) {
      const cls = classAt(text, i);
      if (cls === NONE) break;
      const width = cls & WIDE ? 2 : 1;
      if (cls & ALNUM) {
        if (first < 0) first = i;
        last = i + width;
      }
      i += width;
    }
    if (first >= 0) visit(text.slice(first, last), first);
    if (i < n) i += classAt(text, i) & WIDE ? 2 : 1;
  }
}

/** How often each word stands whole in the text (one pass over the lines given). */
export function vocabulary(source: string, lines: readonly { start: number; end: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (w: string): void => {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    // The parts of a compound are words too (`multi-hazard`: `hazard exposure` is two words, not one).
    if (hasHyphen(w)) for (const part of w.split(HYPHEN_SPLIT)) if (part) counts.set(part, (counts.get(part) ?? 0) + 2);
  };
  for (const l of lines) eachWord(source.slice(l.start, l.end), count);
  return counts;
}

/**
 * The cuts that join split words on one line: a single space between two pieces whose join is a word used
 * elsewhere, when a piece is not one (`words` counts the whole document, this line included). A piece is letters
 * and digits with a hyphen at the join side at most (`commitme` + `nts`, `co` + `-located`, `202` + `5`), standing
 * whole: no word character continues it on its far side. Existing cuts (markers) are kept; the new ones never
 * overlap them.
 */
export function repairCuts(source: string, line: RepairLine, words: ReadonlyMap<string, number>): Span[] {
  const text = source.slice(line.start, line.end);
  const out: Span[] = [];
  let last: Join | undefined;
  for (let space = text.indexOf(" "); space >= 0; space = text.indexOf(" ", space + 1)) {
    const from = pieceStart(text, space);
    const to = from < 0 ? -1 : pieceEnd(text, space + 1);
    if (to < 0) continue;
    const a = text.slice(from, space);
    const b = text.slice(space + 1, beforeCut(line, space + 1, to));
    const strength = joinsSplit(a, b, words, () => occurrences(source, `${a} ${b}`));
    if (!strength) continue;
    const at = line.start + space;
    if (line.cuts.some((c) => c.start <= at && at < c.end)) continue;
    const join = { at, from: line.start + from, strength };
    if (last && chained(last, join)) {
      if (last.strength >= strength) continue;
      out.pop();
    }
    out.push({ start: at, end: at + 1 });
    last = join;
  }
  return out;
}

/**
 * Invisible format characters some extractors keep and others drop (`22\u2060–23`: a word joiner): cut, so
 * every form reads the same text. U+2060 word joiner, U+200B zero-width space, U+FEFF inside a line.
 */
export function invisibleCuts(source: string, line: RepairLine): Span[] {
  const out: Span[] = [];
  for (let i = line.start; i < line.end; i++) {
    const c = source.charCodeAt(i);
    if ((c === 0x2060 || c === 0x200b || c === 0xfeff) && !line.cuts.some((x) => x.start <= i && i < x.end)) out.push({ start: i, end: i + 1 });
  }
  return out;
}

/** Where a piece ends when a cut (a footnote marker glued to it, `Tuna s45`) starts inside it. */
function beforeCut(line: RepairLine, from: number, to: number): number {
  for (const c of line.cuts) if (c.start > line.start + from && c.start < line.start + to && c.end >= line.start + to) return c.start - line.start;
  return to;
}

/** A join the line makes: the space taken out, where its first piece starts, how strong the evidence. */
export interface Join {
  readonly at: number;
  readonly from: number;
  readonly strength: number;
}

/**
 * Two joins share a piece (`to le ave`: `tole` and `leave`): only the one with the stronger evidence is made,
 * the earlier one on a tie.
 */
export const chained = (earlier: Join, later: Join): boolean => later.from === earlier.at + 1;

/**
 * Whether the space between two pieces on a line is a split to take out, and how strong the evidence is (0:
 * keep the space). Digits join only to digits (`202 5`, `20 23`), never a number to a word. Two pieces that are
 * both English words (lexicon.ts) stay apart when one is a closed-class word (`a broad`, `in deed`, `any one`,
 * `every day`, `in demonstrable`); else they join only into an English word that the document writes at least
 * twice as often as the pair, or into one of the commonest English words when each is in lower case, the
 * document uses not both alone and writes them side by side nowhere else (`see king`). A piece that is no word
 * joins when the document uses the join and not both pieces alone (`commitme nts`), or when the join is an
 * English word (`fac ilitate`, `barrier s`).
 */
export function joinsSplit(a: string, b: string, words: ReadonlyMap<string, number>, pairCount: () => number): number {
  const pa = pieceOf(a);
  const pb = pieceOf(b);
  if ((pa & DIGITS) !== (pb & DIGITS)) return NO_JOIN;
  // This occurrence counts each piece once: a piece is a word of the document when it stands elsewhere too.
  const bothUsed = (words.get(a) ?? 0) >= 2 && (words.get(b) ?? 0) >= 2;
  const joined = words.get(a + b) ?? 0;
  if (pa & DIGITS) return isSplitYear(a, b) || (joined && !bothUsed) ? BY_DOCUMENT : NO_JOIN;
  const kindA = pa & KIND;
  const kindB = pb & KIND;
  if (kindA !== NO_WORD && kindB !== NO_WORD) {
    // Most spaces: two words of the document or of the lexicon, the join none of the document's.
    if ((bothUsed && !joined) || (pa | pb) & (CLOSED | HYPHENED)) return NO_JOIN;
    const join = lexiconJoin(a, b);
    if (join === undefined) return NO_JOIN;
    // The document writes the join at least twice as often as the pieces side by side (`inter national`).
    if (joined && joined >= 2 * pairCount()) return BY_DOCUMENT;
    const strong = !bothUsed && join <= COMMONEST_LEVEL && pa & pb & LOWER && pairCount() < 2;
    return strong ? byLexicon(ONE_PIECE_A_WORD, join) : NO_JOIN;
  }
  // Pieces that are no words the document may repeat, split the same way elsewhere (`Türki ye`).
  if (joined && (!bothUsed || (kindA === NO_WORD && kindB === NO_WORD && joined >= 2 * pairCount()))) return BY_DOCUMENT;
  if ((pa | pb) & HYPHENED) return NO_JOIN;
  const join = lexiconJoin(a, b);
  if (join === undefined) return NO_JOIN;
  if (kindA === NO_WORD && kindB === NO_WORD) return byLexicon(NO_PIECE_A_WORD, join);
  // A fragment joins a closed-class word last (`sea s and`: `seas`, not `sand`).
  return byLexicon((kindA === NO_WORD ? pb : pa) & CLOSED ? CLOSED_PIECE : ONE_PIECE_A_WORD, join);
}

/** A lexicon join's strength: its kind, then the commoner join first (`of t he`: `the`, not `oft`). */
const byLexicon = (kind: number, level: number): number => kind + (100 - level) / 1000;

/** How strong the evidence for a join is (0: none), to choose between two joins that share a piece. */
const NO_JOIN = 0;
const CLOSED_PIECE = 0.5;
const ONE_PIECE_A_WORD = 1;
const NO_PIECE_A_WORD = 2;
const BY_DOCUMENT = 3;

// What word repair knows of a piece (pieceOf): its kind as an English word, then flags.
const NO_WORD = 0;
const RARE_WORD = 1;
const COMMON_WORD = 2;
const KIND = 3;
const CLOSED = 4;
const DIGITS = 8;
const HYPHENED = 16;
const LOWER = 32;
const pieces = new Map<string, number>();

/**
 * A piece as an English word: common (SCOWL 10 to 35), rare (up to 60, four letters or more: SCOWL's rare
 * short entries are abbreviations and fragments, `ing`, `nd`, `ed`), or none; of single letters only `a` and
 * `I` are words. With it: a closed-class word, holds a digit, a hyphen, no capital. Kept per piece (the same
 * pieces recur in every document), up to a bound.
 */
function pieceOf(w: string): number {
  let info = pieces.get(w);
  if (info !== undefined) return info;
  let kind = NO_WORD;
  if (w.length === 1) kind = w === "a" || w === "A" || w === "I" ? COMMON_WORD : NO_WORD;
  else {
    const level = lexiconLevel(w);
    if (level !== undefined) kind = level <= COMMON_LEVEL ? COMMON_WORD : w.length >= 4 ? RARE_WORD : NO_WORD;
  }
  info = kind | (isClosedClass(w) ? CLOSED : 0) | (DIGIT.test(w) ? DIGITS : 0) | (hasHyphen(w) ? HYPHENED : 0) | (w === w.toLowerCase() ? LOWER : 0);
  if (pieces.size >= 200_000) pieces.clear();
  pieces.set(w, info);
  return info;
}

/**
 * The lexicon level of the join, when it is written as a word is (`seeking`, `International`, `UNESCO`), not
 * with a capital inside (`see King`, `to E`) or after capitals (`VI and`); the lexicon holds letters only.
 */
function lexiconJoin(a: string, b: string): number | undefined {
  const join = a + b;
  return WORD_CASE.test(join) ? lexiconLevel(join) : undefined;
}
const WORD_CASE = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;

/** A year pdftotext split (`20 23`, `202 5`): four digits from 1945 to 2099, the first piece two or three of them. */
function isSplitYear(a: string, b: string): boolean {
  if (a.length < 2 || a.length > 3 || a.length + b.length !== 4) return false;
  const year = Number(a + b);
  return year >= 1945 && year <= 2099;
}

/** How often the document writes `pair`, counted up to 8 (the line asking holds one). */
function occurrences(source: string, pair: string): number {
  let n = 0;
  for (let i = source.indexOf(pair); i >= 0 && n < 8; i = source.indexOf(pair, i + 1)) n++;
  return n;
}

/** Where the piece before a space starts (letters and digits, then a hyphen at most), or -1 when none stands whole. */
function pieceStart(text: string, space: number): number {
  let i = space;
  if (i > 0 && isHyphen(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0) {
    const back = classBefore(text, i);
    if (!(back & ALNUM)) break;
    i -= back & WIDE ? 2 : 1;
  }
  if (i === end) return -1;
  return i > 0 && classBefore(text, i) !== NONE ? -1 : i;
}

/** Where the piece after a space ends (a hyphen at most, then letters and digits), or -1 when none stands whole. */
function pieceEnd(text: string, from: number): number {
  let i = from;
  if (i < text.length && isHyphen(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (!(cls & ALNUM)) break;
    i += cls & WIDE ? 2 : 1;
  }
  if (i === start) return -1;
  return i < text.length && classAt(text, i) !== NONE ? -1 : i;
}

// Character classes of the scanners: a letter or digit (`\p{L}\p{N}`), or one of the joiners a word may hold
// inside (apostrophes, hyphens), else none; WIDE marks a word character written as two UTF-16 units.
const NONE = 0;
const ALNUM = 1;
const JOINER = 2;
const WIDE = 4;
const ALNUM_RE = /^[\p{L}\p{N}]$/u;
const DIGIT = /\d/;
const HYPHEN_SPLIT = /[‑-]/;
const nonAscii = new Map<number, number>();

const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2011;
const hasHyphen = (w: string): boolean => w.includes("-") || w.includes("‑");

function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return ALNUM;
    return cp === 0x27 || cp === 0x2d ? JOINER : NONE;
  }
  if (cp === 0x2019 || cp === 0x2011) return JOINER;
  let cls = nonAscii.get(cp);
  if (cls === undefined) nonAscii.set(cp, (cls = ALNUM_RE.test(String.fromCodePoint(cp)) ? ALNUM : NONE));
  return cls;
}

/** The class of the code point starting at `i`. */
function classAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  const cls = classOf(cp);
  return cp > 0xffff && cls !== NONE ? cls | WIDE : cls;
}

/** The class of the code point ending just before `i`. */
function classBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      const cls = classOf(text.codePointAt(i - 2)!);
      return cls === NONE ? NONE : cls | WIDE;
    }
  }
  return classOf(low);
}

const HYPHENS = /[‑-]/g;
/** Compound numbers are always hyphenated (`seventy-ninth`, `twenty-five`): pdftotext's `seventyninth` is one. */
const COMPOUND_NUMBER = /^((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)$/i;

/** The hyphenated words of the document, by their letters without hyphens in lower case (`secretarygeneral` → `Secretary-General`). */
export function hyphenatedForms(words: ReadonlyMap<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  // The fullest form wins (`Nuclear-Weapon-Free` over the `NuclearWeapon-Free` pdftotext made of it).
  const hyphens = (w: string): number => w.length - w.replace(HYPHENS, "").length;
  for (const w of words.keys()) {
    if (!hasHyphen(w)) continue;
    const key = w.replace(HYPHENS, "").toLowerCase();
    const had = out.get(key);
    if (!had || hyphens(w) > hyphens(had)) out.set(key, w);
  }
  return out;
}

/**
 * The hyphens to put back into a line: a word that has one hyphen fewer than a word the document writes with
 * it (`SecretaryGeneral`, `NuclearWeapon-Free`), unless the document writes it as it stands more often.
 */
export function hyphenInserts(source: string, line: RepairLine, words: ReadonlyMap<string, number>, forms: ReadonlyMap<string, string>): Insert[] {
  const out: Insert[] = [];
  eachWord(source.slice(line.start, line.end), (w, index) => {
    if (w.length < 6) return;
    const n = COMPOUND_NUMBER.exec(w);
    if (n) {
      out.push({ at: line.start + index + n[1]!.length, text: "-" });
      return;
    }
    const h = forms.get(w.replace(HYPHENS, "").toLowerCase());
    // The document's own usage decides: pdftotext may have joined the same word so more than once.
    if (!h || h.length !== w.length + 1 || (words.get(w) ?? 0) > (words.get(h) ?? 0)) return;
    // Letter case aside (`NuclearWeapon-Free` beside `nuclear-weapon-free`), one hyphen more, between letters.
    const [lw, lh] = [w.toLowerCase(), h.toLowerCase()];
    let i = 0;
    while (i < lw.length && lw[i] === lh[i]) i++;
    if (!isHyphen(h.charCodeAt(i)) || lw.slice(i) !== lh.slice(i + 1) || i === 0 || i === w.length) return;
    const at = line.start + index + i;
    if (line.cuts.some((c) => c.start < at && at < c.end)) return;
    out.push({ at, text: h[i]! });
  });
  return out;
}
