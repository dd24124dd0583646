/**
 * Recognising the opening phrase of a paragraph: the longest phrase from the shipped lists
 * of official openers, else a head word/verb (with a leading or trailing adverb) as a fallback.
 *
 * The reader asks this about most lines and about every paragraph, so a match reads the characters where they
 * stand: no copy of the text, no pattern run over it. Only a first word that starts a listed phrase, is a head or
 * is an adverb leads to more than a look at that word's own letters.
 */
import { OPERATIVE_HEAD_VERBS, OPERATIVE_OPENERS, PREAMBULAR_HEAD_WORDS, PREAMBULAR_OPENERS } from "../data/openers";
import type { Opener } from "./tree";

export type OpenerKind = "preamble" | "operative";

export interface OpenerMatch {
  readonly text: string;
  /** Length in `text` (the paragraph text the match was made on). */
  readonly length: number;
  readonly head: string;
  readonly known: boolean;
  /** The phrase, or the known phrase it extends with `also`/`further`, is in the list. */
  readonly listed: boolean;
}

/** A listed phrase with what a match on it needs, worked out once. */
interface Phrase {
  readonly phrase: string;
  readonly count: number;
  /** The match of the phrase alone (shared: it depends on nothing else). */
  readonly match: OpenerMatch;
  /** Ends in a repetition adverb already (`Recalling also`): no second one joins it. */
  readonly endsInAdverb: boolean;
  /** The phrase with a repetition adverb after it (`Welcoming in this regard further`), by adverb, made once. */
  readonly extended: Map<string, OpenerMatch>;
  /** The phrase read when this is the longest one a text opens with (see `choose`). */
  best: Phrase;
}

interface Index {
  /** First word → phrases starting with it. */
  readonly byFirst: Map<string, FirstWord>;
  readonly heads: Set<string>;
  /**
   * Every word a strict opener can start with (mayStartOpener): the listed phrases' first words, the heads, the
   * adverbs before a head. One lookup of a line's first word, where three were made for every line.
   */
  readonly starters: Set<string>;
}

/**
 * The listed phrases of one first word, longest first, and the same list cut down by the character that starts a
 * phrase's second word: a text whose second word starts otherwise opens with none of the others (their characters
 * are compared exactly there), so a match tries only the phrases that can match, in the same order.
 */
interface FirstWord {
  readonly phrases: Phrase[];
  /** The character → the phrases whose second word starts with it, and the phrases `loose` holds, longest first. */
  readonly bySecond: Map<number, Phrase[]>;
  /** The phrases with no character to ask there (one word, or a space after the first one's space), longest first. */
  readonly loose: Phrase[];
}

/** The character a text must have after its first word and a space to open with the phrase, -1 when any will do. */
function secondStart(phrase: string, firstEnd: number): number {
  const c = firstEnd + 1 < phrase.length ? phrase.charCodeAt(firstEnd + 1) : -1;
  return c === 32 ? -1 : c;
}

function firstWordPhrases(phrases: Phrase[]): FirstWord {
  const firstEnd = firstWord(phrases[0]!.phrase).length;
  const bySecond = new Map<number, Phrase[]>();
  for (const p of phrases) {
    const c = secondStart(p.phrase, firstEnd);
    if (c >= 0 && !bySecond.has(c)) bySecond.set(c, phrases.filter((q) => secondStart(q.phrase, firstEnd) === c || secondStart(q.phrase, firstEnd) < 0));
  }
  return { phrases, bySecond, loose: phrases.filter((q) => secondStart(q.phrase, firstEnd) < 0) };
}

const cap = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/** The head word of a listed phrase: its first word that is a head, else its first word. */
function headOf(phrase: string, heads: Set<string>): string {
  for (const w of phrase.split(" ")) if (heads.has(w) || heads.has(cap(w))) return cap(w);
  return phrase.split(" ")[0]!;
}

function build(phrases: readonly { phrase: string; count: number }[], headList: readonly string[]): Index {
  const heads = new Set(headList);
  const byFirst = new Map<string, Phrase[]>();
  for (const { phrase, count } of phrases) {
    const head = headOf(phrase, heads);
    const entry: Phrase = {
      phrase, count, match: Object.freeze({ text: phrase, length: phrase.length, head, known: true, listed: false }),
      endsInAdverb: / (also|further|again)$/.test(phrase), extended: new Map(), best: null!,
    };
    entry.best = entry;
    const first = firstWord(phrase);
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  }
  const indexed = new Map<string, FirstWord>();
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    for (const p of list) p.best = choose(list.filter((q) => q === p || (p.phrase.startsWith(q.phrase) && !continuesWord(p.phrase.charCodeAt(q.phrase.length)))));
    indexed.set(first, firstWordPhrases(list));
  }
  return { byFirst: indexed, heads, starters: new Set([...indexed.keys(), ...heads, ...PRE_ADVERBS, "Once"]) };
}

/**
 * The phrase read among all the listed phrases a text opens with (longest first, each a prefix of the next longer
 * one). A longer phrase wins unless it is rare against the shorter one it extends: `Takes note of` (7) was italic far
 * less often than `Takes note` (709), so the words after `Takes note` are usually roman. The phrases a text opens
 * with are the longest one's listed prefixes that end where a word does, so the choice is made once per phrase.
 */
function choose(hits: readonly Phrase[]): Phrase {
  let best = hits[hits.length - 1]!;
  for (let i = hits.length - 2; i >= 0; i--) {
    const longer = hits[i]!;
    const extWords = longer.phrase.slice(best.phrase.length + 1);
    const ext = extWords.split(" ")[0]!;
    if (OBJECT_NOUNS.has(extWords) && /[Rr]ecall(s|ing)$/.test(best.phrase)) continue;
    const ratio = longer.count / Math.max(1, best.count);
    if (ratio >= (OBJECT_WORDS.has(ext) ? OBJECT_RATIO : RATIO)) best = longer;
  }
  return best;
}

let indexes: Record<OpenerKind, Index> | null = null;
function index(kind: OpenerKind): Index {
  indexes ??= {
    preamble: build(PREAMBULAR_OPENERS, PREAMBULAR_HEAD_WORDS),
    operative: build(OPERATIVE_OPENERS, OPERATIVE_HEAD_VERBS),
  };
  return indexes[kind];
}

const RATIO = 0;
const OBJECT_RATIO = 0.1;
/**
 * `Recalls its decision to …`, `Recalls its invitation to …`: the noun names an earlier act, the thing
 * recalled, and is set roman in official texts (the corpus lists hold a couple of italic exceptions).
 */
const OBJECT_NOUNS = new Set(["its decision", "its invitation"]);
/** Words that usually start the roman object after the italic phrase (`Takes note of`, `Stresses the importance`). */
const OBJECT_WORDS = new Set(["of", "to", "the", "that", "for", "on", "at", "a", "an"]);
const PRE_ADVERBS = new Set(["Also", "Further", "Again", "Strongly", "Warmly", "Resolutely", "Categorically", "Unequivocally", "Sincerely", "Deeply", "Gravely", "Seriously", "Firmly", "Urgently", "Fully", "Still", "Most", "Profoundly", "Greatly", "Particularly", "Especially", "Equally"]);
/** Repetition adverbs that join a known phrase after it, by kind (`Encourages further efforts`: the object's). */
const AFTER_ADVERBS: Record<OpenerKind, readonly string[]> = { preamble: ["also", "further"], operative: ["also", "once again"] };
/** A match reads at most this many characters: the longest phrase with its adverbs is far shorter. */
const HEAD = 120;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A word's letters after its first: letters, apostrophes, hyphens. */
const isWordTail = (c: number): boolean => isLetter(c) || c === 0x2019 || c === 39 || c === 45;
/** Characters that continue a word, so a phrase cannot end before them. */
const continuesWord = (c: number): boolean => isWordTail(c) || (c >= 48 && c <= 57);
/** Spaces a phrase's space matches: no-break and other fixed spaces, tabs. */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
/** White space as a regular expression's `\s` knows it. */
const isWhite = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** A regular expression's word character (`\b`). */
const isRegexWord = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** The end of the word starting at `from` (letters, apostrophes, hyphens; a letter first), `from` when none. */
function wordEnd(text: string, from: number, end: number): number {
  if (from >= end || !isLetter(text.charCodeAt(from))) return from;
  let i = from + 1;
  while (i < end && isWordTail(text.charCodeAt(i))) i++;
  return i;
}

/** The first word of `text` (letters, apostrophes, hyphens). */
export function firstWord(text: string): string {
  return text.slice(0, wordEnd(text, 0, text.length));
}

/** Whether the characters of `words` from `from` on stand in `text` from `at + from` on, any fixed space matching a space. */
function sameFrom(text: string, at: number, words: string, from: number): boolean {
  for (let i = from; i < words.length; i++) {
    const w = words.charCodeAt(i);
    const c = text.charCodeAt(at + i);
    if (w === 32 ? !isSpace(c) : c !== w) return false;
  }
  return true;
}

/** Whether `words` stand at `at` in `text`, before `end`. */
const wordsAt = (text: string, at: number, end: number, words: string): boolean => at + words.length <= end && sameFrom(text, at, words, 0);

/** Whether the phrase opens the text and ends where a word does (its first `from` characters are known to match). */
function opensWith(text: string, end: number, from: number, phrase: string): boolean {
  const at = phrase.length;
  return at <= end && sameFrom(text, 0, phrase, from) && (at >= end || !continuesWord(text.charCodeAt(at)));
}

/** The known phrase the text opens with (the longest listed one, as `choose` reads it), null when none. */
function listedMatch(text: string, end: number, firstEnd: number, phrases: readonly Phrase[], kind: OpenerKind): OpenerMatch | null {
  let longest: Phrase | null = null;
  for (const p of phrases) {
    if (opensWith(text, end, firstEnd, p.phrase)) {
      longest = p;
      break;
    }
  }
  if (!longest) return null;
  const best = longest.best;
  // `Welcoming in this regard further`: a repetition adverb after a known phrase belongs to it.
  const at = best.phrase.length;
  if (best.endsInAdverb || at >= end || !isSpace(text.charCodeAt(at))) return best.match;
  for (const adverb of AFTER_ADVERBS[kind]) {
    const after = at + 1 + adverb.length;
    if (!wordsAt(text, at + 1, end, adverb) || (after < end && continuesWord(text.charCodeAt(after)))) continue;
    let m = best.extended.get(adverb);
    if (!m) {
      const phrase = `${best.phrase} ${adverb}`;
      best.extended.set(adverb, (m = Object.freeze({ text: phrase, length: phrase.length, head: best.match.head, known: false, listed: true })));
    }
    return m;
  }
  return best.match;
}

const unlisted = (text: string, head: string): OpenerMatch => ({ text, length: text.length, head, known: false, listed: false });

/** `Recalling also`, `Noting further`: a head with the adverb after it, else the head alone. */
function headMatch(text: string, end: number, first: string): OpenerMatch {
  // The word as far as white space: `\S+` followed by a space and the adverb.
  let run = 0;
  while (run < end && !isWhite(text.charCodeAt(run))) run++;
  if (run < end && isSpace(text.charCodeAt(run))) {
    for (const adverb of ["also", "further", "again"]) {
      const after = run + 1 + adverb.length;
      if (wordsAt(text, run + 1, end, adverb) && (after >= end || !isRegexWord(text.charCodeAt(after)))) {
        return unlisted(`${text.slice(0, run)} ${adverb}`, first);
      }
    }
  }
  return unlisted(first, first);
}

/** `Warmly congratulates`, `Once again invites`: an adverb before a head or a word of the kind's shape. */
function adverbMatch(text: string, end: number, first: string, kind: OpenerKind, idx: Index): OpenerMatch | null {
  const lead = first === "Once" ? (wordsAt(text, 0, end, "Once again ") ? "Once again" : wordsAt(text, 0, end, "Once more ") ? "Once more" : "") : PRE_ADVERBS.has(first) ? first : "";
  if (!lead) return null;
  // The next word is read one character after the adverb, whatever that character is.
  const from = lead.length + 1;
  const second = from < end ? text.slice(from, wordEnd(text, from, end)) : "";
  const headCap = cap(second);
  if (idx.heads.has(headCap) || (kind === "operative" && /^[a-z]+s$/.test(second)) || (kind === "preamble" && /^[a-z]+(ing|ed)$/.test(second))) {
    return unlisted(`${lead} ${second}`, headCap);
  }
  return null;
}

/**
 * The listed phrases a match tries for a text opening with the word `first` followed by one character and `c`, in
 * the order it tries them (a view for the tests: the cut-down lists must keep every phrase that can match, in order).
 */
export function listedCandidates(first: string, c: number, kind: OpenerKind): readonly string[] {
  const phrases = index(kind).byFirst.get(first);
  return phrases ? (phrases.bySecond.get(c) ?? phrases.loose).map((p) => p.phrase) : [];
}

/** Match at the start of paragraph text (already joined: single spaces between lines). */
export function matchOpener(text: string, kind: OpenerKind): OpenerMatch | null {
  const end = Math.min(text.length, HEAD);
  const firstEnd = wordEnd(text, 0, end);
  if (firstEnd === 0) return null;
  const idx = index(kind);
  const first = text.slice(0, firstEnd);
  const phrases = idx.byFirst.get(first);
  const listed = phrases ? listedMatch(text, end, firstEnd, phrases.bySecond.get(text.charCodeAt(firstEnd + 1)) ?? phrases.loose, kind) : null;
  if (listed) return listed;
  if (idx.heads.has(first)) return headMatch(text, end, first);
  const adverb = adverbMatch(text, end, first, kind, idx);
  if (adverb) return adverb;
  // Unknown words of the right shape: a participle for the preamble, a third-person verb for the operative part.
  if (kind === "preamble" && /^[A-Z][a-z]+ing$/.test(first)) return unlisted(first, first);
  if (kind === "operative" && /^[A-Z][a-z]+(?:es|s)$/.test(first) && !/(ss|us|is)$/.test(first)) return unlisted(first, first);
  return null;
}

/**
 * Whether a strict opener (below) can start with this word at all: a known phrase's or head's first word, or an
 * adverb before a head. A cheap test before building and matching a whole line.
 */
export function mayStartOpener(word: string, kind: OpenerKind): boolean {
  return index(kind).starters.has(word);
}

/** Whether the line text starts with a known phrase or head word of this kind (structure detection). */
export function startsWithOpener(text: string, kind: OpenerKind, strict = false): boolean {
  const m = matchOpener(text, kind);
  if (!m) return false;
  return strict ? m.known || m.listed || index(kind).heads.has(m.head) : true;
}

/** Build the tree's Opener from a match on mapped text starting at source offset `start`. */
export function toOpener(m: OpenerMatch, span: { start: number; end: number }): Opener {
  return { text: m.text, span, head: m.head, known: m.known };
}

export interface ParagraphOpenerMatch extends OpenerMatch {
  /** Offset of the phrase in the paragraph text (after a leading negotiation bracket, else 0). */
  readonly at: number;
}

/**
 * The opener of a whole paragraph's text. Position decides the kind, so an operative paragraph may open
 * with a participle (`Alarmed by …`). A contested paragraph is written whole in negotiation brackets
 * (`[Requests …;]`): its opener is the phrase after the bracket, and the bracket stays out of the span.
 * Only here, not in line-level structure detection (`startsWithOpener`), so official texts read as before.
 */
export function paragraphOpener(text: string, kind: OpenerKind): ParagraphOpenerMatch | null {
  const at = text.charCodeAt(0) === 91 ? /^\[+[ \u00a0]*/.exec(text)![0].length : 0;
  const rest = at ? text.slice(at) : text;
  const m = matchOpener(rest, kind) ?? (kind === "operative" ? matchOpener(rest, "preamble") : null);
  return m ? { text: m.text, length: m.length, head: m.head, known: m.known, listed: m.listed, at } : null;
}
