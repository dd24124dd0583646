/**
 * Recognising the opening phrase of a paragraph: the longest phrase from the shipped lists
 * of official openers, else a head word/verb (with a leading or trailing adverb) as a fallback.
 */
import { OPERATIVE_HEAD_VERBS, OPERATIVE_OPENERS, PREAMBULAR_HEAD_WORDS, PREAMBULAR_OPENERS } from "../data/openers";
import type { Opener } from "./tree";

export type OpenerKind = "preamble" | "operative";

interface Index {
  /** First word → phrases starting with it, longest first. */
  readonly byFirst: Map<string, string[]>;
  readonly counts: Map<string, number>;
  readonly heads: Set<string>;
}

function build(phrases: readonly { phrase: string; count: number }[], heads: readonly string[]): Index {
  const byFirst = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const { phrase, count } of phrases) {
    counts.set(phrase, count);
    const first = firstWord(phrase);
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, counts, heads: new Set(heads) };
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
const WORD = /^[A-Za-z][A-Za-z’'-]*/;

/** The first word of `text` (letters, apostrophes, hyphens). */
export function firstWord(text: string): string {
  return WORD.exec(text)?.[0] ?? "";
}

function endsAtBoundary(text: string, at: number): boolean {
  if (at >= text.length) return true;
  return !/[A-Za-z0-9’'-]/.test(text[at]!);
}

/** The head word of a listed phrase (memoised per phrase: the lists are fixed, and this ran on every paragraph). */
const headsOfPhrases = new WeakMap<Set<string>, Map<string, string>>();
function headOf(phrase: string, heads: Set<string>): string {
  let memo = headsOfPhrases.get(heads);
  if (!memo) headsOfPhrases.set(heads, (memo = new Map()));
  let head = memo.get(phrase);
  if (head === undefined) {
    head = phrase.split(" ")[0]!;
    for (const w of phrase.split(" ")) {
      if (heads.has(w) || heads.has(cap(w))) {
        head = cap(w);
        break;
      }
    }
    memo.set(phrase, head);
  }
  return head;
}
const cap = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

export interface OpenerMatch {
  readonly text: string;
  /** Length in `text` (the paragraph text the match was made on). */
  readonly length: number;
  readonly head: string;
  readonly known: boolean;
  /** The phrase, or the known phrase it extends with `also`/`further`, is in the list. */
  readonly listed?: boolean;
}

/**
 * The result depends only on the first 120 characters and the kind, and the parser asks about the same
 * line several times (structure detection, then the paragraph), and again for every unchanged paragraph
 * on each keystroke: recent answers are kept. Bounded: emptied when full.
 */
const MEMO_SIZE = 4096;
// One map per kind, keyed by the text itself: a concatenated key was a new string to hash on every call.
const memos: Record<OpenerKind, Map<string, OpenerMatch | null>> = { preamble: new Map(), operative: new Map() };

/** Match at the start of paragraph text (already joined: single spaces between lines). */
export function matchOpener(raw: string, kind: OpenerKind): OpenerMatch | null {
  // Only short texts (lines, short paragraphs) are kept: a key sliced from a long paragraph would keep the
  // whole paragraph text alive after its tree is gone (the server's memory with every corpus text open grew).
  if (raw.length > 120) return matchOpenerUncached(raw.slice(0, 120), kind);
  const head = raw;
  const memo = memos[kind];
  const known = memo.get(head);
  if (known !== undefined) return known;
  const m = matchOpenerUncached(head, kind);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(head, m);
  return m;
}

function matchOpenerUncached(head: string, kind: OpenerKind): OpenerMatch | null {
  // No-break and other spaces match as spaces; the replacement keeps every offset.
  const text = head.replace(/[\u00a0\u2000-\u200a\u202f\t]/g, " ");
  const idx = index(kind);
  const first = firstWord(text);
  if (!first) return null;
  // All known phrases the text starts with, longest first. A longer phrase wins unless it is rare
  // against the shorter one it extends: `Takes note of` (7) was italic far less often than
  // `Takes note` (709), so the words after `Takes note` are usually roman.
  const hits = (idx.byFirst.get(first) ?? []).filter((p) => text.startsWith(p) && endsAtBoundary(text, p.length));
  if (hits.length) {
    let best = hits[hits.length - 1]!;
    for (let i = hits.length - 2; i >= 0; i--) {
      const longer = hits[i]!;
      const extWords = longer.slice(best.length + 1);
      const ext = extWords.split(" ")[0]!;
      if (OBJECT_NOUNS.has(extWords) && /[Rr]ecall(s|ing)$/.test(best)) continue;
      const ratio = (idx.counts.get(longer) ?? 0) / Math.max(1, idx.counts.get(best) ?? 0);
      if (ratio >= (OBJECT_WORDS.has(ext) ? OBJECT_RATIO : RATIO)) best = longer;
    }
    // `Welcoming in this regard further`: a repetition adverb after a known phrase belongs to it.
    // In the operative part only `also` and `once again` (`Encourages further efforts`: the object's adverb).
    const more = (kind === "preamble" ? /^ (also|further)(?![A-Za-z0-9’'-])/ : /^ (also|once again)(?![A-Za-z0-9’'-])/).exec(text.slice(best.length));
    if (more && !/ (also|further|again)$/.test(best)) {
      const phrase = best + more[0];
      return { text: phrase, length: phrase.length, head: headOf(best, idx.heads), known: false, listed: true };
    }
    return { text: best, length: best.length, head: headOf(best, idx.heads), known: true };
  }
  if (idx.heads.has(first)) {
    // `Recalling also`, `Noting further`: the adverb follows a preambular head.
    const m = /^(\S+) (also|further|again)\b/.exec(text);
    const phrase = m ? m[0] : first;
    return { text: phrase, length: phrase.length, head: first, known: false };
  }
  const again = /^(?:Once again|Once more) /.exec(text);
  if (PRE_ADVERBS.has(first) || again) {
    const lead = again ? again[0].trimEnd() : first;
    const rest = text.slice(lead.length + 1);
    const second = firstWord(rest);
    const headCap = cap(second);
    if (idx.heads.has(headCap) || (kind === "operative" && /^[a-z]+s$/.test(second)) || (kind === "preamble" && /^[a-z]+(ing|ed)$/.test(second))) {
      const phrase = `${lead} ${second}`;
      return { text: phrase, length: phrase.length, head: headCap, known: false };
    }
  }
  // Unknown words of the right shape: a participle for the preamble, a third-person verb for the operative part.
  if (kind === "preamble" && /^[A-Z][a-z]+ing$/.test(first)) return { text: first, length: first.length, head: first, known: false };
  if (kind === "operative" && /^[A-Z][a-z]+(?:es|s)$/.test(first) && !/(ss|us|is)$/.test(first))
    return { text: first, length: first.length, head: first, known: false };
  return null;
}

/**
 * Whether a strict opener (below) can start with this word at all: a known phrase's or head's first word, or an
 * adverb before a head. A cheap test before building and matching a whole line.
 */
export function mayStartOpener(word: string, kind: OpenerKind): boolean {
  const idx = index(kind);
  return idx.byFirst.has(word) || idx.heads.has(word) || PRE_ADVERBS.has(word) || word === "Once";
}

/** Whether the line text starts with a known phrase or head word of this kind (structure detection). */
export function startsWithOpener(text: string, kind: OpenerKind, strict = false): boolean {
  const m = matchOpener(text, kind);
  if (!m) return false;
  return strict ? m.known || m.listed === true || index(kind).heads.has(m.head) : true;
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
  const at = /^\[+[ \u00a0]*/.exec(text)?.[0].length ?? 0;
  const rest = at ? text.slice(at) : text;
  const m = matchOpener(rest, kind) ?? (kind === "operative" ? matchOpener(rest, "preamble") : null);
  // A literal, not a spread: a spread's object shape dies at a full garbage collection, and the optimized code of
  // finishParagraph, which reads every match, was thrown away with it.
  return m ? { text: m.text, length: m.length, head: m.head, known: m.known, listed: m.listed, at } : null;
}
