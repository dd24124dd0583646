/**
 * Word repair: pdftotext splits words inside justified lines (`commitme nts`, `internationa l`, `co -located`,
 * `202 5`). A space inside a line is taken out when the two pieces joined make a word the document uses whole
 * elsewhere and at least one piece is no word of the document. The repair is a cut (a span left out of the
 * paragraph's text), like a footnote marker's, so the text still maps to the source piece by piece. Line-end
 * hyphenation is kept as the official text has it: the reader joins `co-` + `located` as `co-located`, and where
 * pdftotext took the hyphen out as it joined two lines (`SecretaryGeneral`, `capacitybuilding`) it is put back
 * (an insert: joiner text in no piece) when the document writes the word with it elsewhere.
 */
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
  const lex = new Lexicon();
  const tokens = new Tokens();
  for (const l of lines) scanWords(source, l.start, l.end, lex, tokens);
  return lex.asMap();
}

/**
 * The cuts that join split words on one line: a single space between two pieces whose join is a word used
 * elsewhere, when a piece is not one (`words` counts the whole document, this line included). A piece is letters
 * and digits with a hyphen at the join side at most (`commitme` + `nts`, `co` + `-located`, `202` + `5`), standing
 * whole: no word character continues it on its far side. Existing cuts (markers) are kept; the new ones never
 * overlap them.
 */
export function repairCuts(source: string, line: RepairLine, words: ReadonlyMap<string, number>): Span[] {
  const lex = new MapWords(words);
  const tokens = new Tokens();
  scanWords(source, line.start, line.end, lex, tokens);
  return cutsOf(source, tokens, 0, tokens.length, lex, line.cuts);
}

/**
 * The hyphens to put back into a line: a word that has one hyphen fewer than a word the document writes with
 * it (`SecretaryGeneral`, `NuclearWeapon-Free`), unless the document writes it as it stands more often.
 */
export function hyphenInserts(source: string, line: RepairLine, words: ReadonlyMap<string, number>, forms: ReadonlyMap<string, string>): Insert[] {
  const lex = new MapWords(words);
  const tokens = new Tokens();
  scanWords(source, line.start, line.end, lex, tokens);
  return insertsOf(source, tokens, 0, tokens.length, lex, forms, line.cuts);
}

/**
 * Word repair of one document: its words are scanned once, over the lines that hold text (body and footnotes),
 * and interned; the paragraph lines' cuts and inserts are then read from those scans, not scanned again.
 */
export class WordRepair {
  private readonly lex = new Lexicon();
  private tokens: Tokens;
  /** Per scanned line, by its end offset: its start and its first and last token (exclusive). */
  private readonly byEnd = new Map<number, { start: number; from: number; to: number }>();
  private readonly forms: Map<string, string>;

  constructor(private readonly source: string, lines: readonly { start: number; end: number }[]) {
    // Room for a word every six characters or so from the start: growing copies the arrays.
    let chars = 0;
    for (const l of lines) chars += l.end - l.start;
    this.tokens = spareTokens.pop() ?? new Tokens(chars / 6);
    this.tokens.length = 0;
    for (const l of lines) {
      const from = this.tokens.length;
      scanWords(source, l.start, l.end, this.lex, this.tokens);
      this.byEnd.set(l.end, { start: l.start, from, to: this.tokens.length });
    }
    this.forms = formsOf(this.lex.hyphenated());
  }

  /** Gives the token arrays to the next document's repair (allocating them per document kept the collector busy). */
  release(): void {
    if (spareTokens.length < 2 && this.tokens.capacity <= MAX_SPARE) spareTokens.push(this.tokens);
    this.tokens = new Tokens();
  }

  /** The cuts that join split words on a paragraph line (see repairCuts). */
  cuts(line: RepairLine): Span[] {
    const [from, to] = this.tokensOf(line);
    return cutsOf(this.source, this.tokens, from, to, this.lex, line.cuts);
  }

  /** The hyphens to put back into a paragraph line (see hyphenInserts). */
  inserts(line: RepairLine): Insert[] {
    const [from, to] = this.tokensOf(line);
    return insertsOf(this.source, this.tokens, from, to, this.lex, this.forms, line.cuts);
  }

  /**
   * The tokens of a paragraph line: those of the scanned line it ends (a paragraph line is a text line, or its
   * part after an operative number), from its start on; a range no scanned line holds so is scanned on its own.
   */
  private tokensOf(line: RepairLine): [number, number] {
    const held = this.byEnd.get(line.end);
    if (held && held.start <= line.start && (held.start === line.start || classBefore(this.source, line.start) === NONE)) {
      let from = held.from;
      while (from < held.to && this.tokens.runStart[from]! < line.start) from++;
      return [from, held.to];
    }
    const from = this.tokens.length;
    scanWords(this.source, line.start, line.end, this.lex.reader(), this.tokens);
    return [from, this.tokens.length];
  }
}

/** Token arrays released by a finished repair, and the largest kept (a word of a text of some 700,000 characters). */
const spareTokens: Tokens[] = [];
const MAX_SPARE = 1 << 17;

/** The words a scan looks up: an id per word (-1 for none), how often it stands whole, whether a string is one. */
interface Words {
  idOf(w: string): number;
  count(id: number): number;
  countOf(w: string): number;
  has(w: string): boolean;
  /** False when no word has this hash (hashOf): a join that cannot be a word is told without making its string. */
  mayHave(hash: number): boolean;
  /** A cache of one value per id, for decisions that depend on the word alone. */
  readonly memo: (HyphenInsert | null | undefined)[];
}

/**
 * The document's words, interned as they are scanned: id order is first-seen order (a compound before its parts).
 * A scanned word is found by its hash and characters in the source, in an open-addressing table of ids, so no
 * string is made for a word seen before (slicing and hashing every word of the text was most of the repair).
 */
class Lexicon implements Words {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly counts: number[] = [];
  /** Per id: the ids of a compound's parts, each counted twice (`multi-hazard`: `hazard` is a word); null if none. */
  private readonly parts: (number[] | null)[] = [];
  readonly memo: (HyphenInsert | null | undefined)[] = [];
  private readonly withHyphen: string[] = [];
  /** id + 1 per slot, 0 for an empty one; at most half full. */
  private slots = new Int32Array(1024);

  /** Counts one occurrence of the word source[start, end) (`hash`: hashOf it; `hyphen`: it holds one); returns its id. */
  addRange(source: string, start: number, end: number, hash: number, hyphen: boolean): number {
    const mask = this.slots.length - 1;
    let id = -1;
    for (let s = slotOf(hash, mask); ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === 0) break;
      if (this.hashes[e - 1] === hash && sameText(this.words[e - 1]!, source, start, end)) {
        id = e - 1;
        break;
      }
    }
    if (id < 0) {
      const w = source.slice(start, end);
      id = this.intern(w, hash);
      if (hyphen) {
        this.parts[id] = w.split(HYPHEN_SPLIT).filter((part) => part).map((part) => {
          const h = hashOf(part);
          const known = this.find(part, h);
          return known >= 0 ? known : this.intern(part, h);
        });
        this.withHyphen.push(w);
      }
    }
    this.counts[id]!++;
    const parts = this.parts[id];
    if (parts) for (const part of parts) this.counts[part]! += 2;
    return id;
  }

  /** The id of word w with hash h, or -1. */
  private find(w: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = slotOf(h, mask); ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === 0) return -1;
      if (this.hashes[e - 1] === h && this.words[e - 1] === w) return e - 1;
    }
  }

  mayHave(h: number): boolean {
    const mask = this.slots.length - 1;
    for (let s = slotOf(h, mask); ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === 0) return false;
      if (this.hashes[e - 1] === h) return true;
    }
  }

  private intern(w: string, hash: number): number {
    const id = this.words.length;
    this.words.push(w);
    this.hashes.push(hash);
    this.counts.push(0);
    this.parts.push(null);
    this.memo.push(undefined);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let s = slotOf(this.hashes[id]!, mask);
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }

  idOf(w: string): number {
    return this.find(w, hashOf(w));
  }
  count(id: number): number {
    return id < 0 ? 0 : this.counts[id]!;
  }
  countOf(w: string): number {
    return this.count(this.idOf(w));
  }
  has(w: string): boolean {
    return this.idOf(w) >= 0;
  }
  /** The words with a hyphen, in first-seen order. */
  hyphenated(): readonly string[] {
    return this.withHyphen;
  }
  asMap(): Map<string, number> {
    return new Map(this.words.map((w, id) => [w, this.counts[id]!]));
  }
  /** The same words for a scan that only looks them up (a line outside the text scanned). */
  reader(): Words {
    return {
      idOf: (w) => this.idOf(w), count: (id) => this.count(id), countOf: (w) => this.countOf(w), has: (w) => this.has(w),
      mayHave: (h) => this.mayHave(h), memo: this.memo,
    };
  }
}

/** Words given as counts (the exported one-line functions): ids are given out as words are looked up. */
class MapWords implements Words {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  readonly memo: (HyphenInsert | null | undefined)[] = [];
  constructor(private readonly counts: ReadonlyMap<string, number>) {}
  idOf(w: string): number {
    if (!this.counts.has(w)) return -1;
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.words.push(w) - 1;
      this.ids.set(w, id);
      this.memo.push(undefined);
    }
    return id;
  }
  count(id: number): number {
    return id < 0 ? 0 : (this.counts.get(this.words[id]!) ?? 0);
  }
  countOf(w: string): number {
    return this.counts.get(w) ?? 0;
  }
  has(w: string): boolean {
    return this.counts.has(w);
  }
  mayHave(): boolean {
    return true;
  }
}

/**
 * The words of scanned text, one token per run of word characters that holds a letter or digit: the run, the word
 * in it (first to last letter or digit) and its id, and whether the run can be a piece of a split word.
 */
class Tokens {
  length = 0;
  runStart: Int32Array;
  runEnd: Int32Array;
  wordStart: Int32Array;
  wordEnd: Int32Array;
  id: Int32Array;
  /** hashOf the word. */
  hash: Int32Array;
  flags: Uint8Array;

  constructor(capacity = 64) {
    const n = Math.max(16, Math.ceil(capacity));
    this.runStart = new Int32Array(n);
    this.runEnd = new Int32Array(n);
    this.wordStart = new Int32Array(n);
    this.wordEnd = new Int32Array(n);
    this.id = new Int32Array(n);
    this.hash = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  get capacity(): number {
    return this.id.length;
  }

  push(runStart: number, runEnd: number, wordStart: number, wordEnd: number, id: number, hash: number, flags: number): void {
    if (this.length === this.id.length) this.grow();
    const k = this.length++;
    this.runStart[k] = runStart;
    this.runEnd[k] = runEnd;
    this.wordStart[k] = wordStart;
    this.wordEnd[k] = wordEnd;
    this.id[k] = id;
    this.hash[k] = hash;
    this.flags[k] = flags;
  }

  private grow(): void {
    const n = this.id.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.runStart = grown(this.runStart);
    this.runEnd = grown(this.runEnd);
    this.wordStart = grown(this.wordStart);
    this.wordEnd = grown(this.wordEnd);
    this.id = grown(this.id);
    this.hash = grown(this.hash);
    this.flags = grown(this.flags);
  }
}

/** The run is the piece before a space (letters and digits, then a hyphen at most). */
const LEFT_PIECE = 1;
/** The run is the piece after a space (a hyphen at most, then letters and digits). */
const RIGHT_PIECE = 2;
/** The piece's hyphen: at its end for a left piece, at its start for a right one. */
const PIECE_HYPHEN = 4;

/**
 * Scans [start, end) of the source into tokens (the words eachWord gives), looking each word up in `words`, or
 * counting it there when `words` is the document's Lexicon.
 */
function scanWords(source: string, start: number, end: number, words: Words | Lexicon, out: Tokens): void {
  const counting = words instanceof Lexicon;
  let i = start;
  while (i < end) {
    // Between runs: what is no word character (spaces, punctuation) is passed over, ASCII by table.
    const c0 = source.charCodeAt(i);
    if ((c0 < 0x80 ? ASCII_CLASS[c0]! : classIn(source, i, end)) === NONE) {
      i++;
      continue;
    }
    const runStart = i;
    let first = -1;
    let last = -1;
    // Joiners after the first letter or digit, and whether one was a hyphen: inside the word once another follows.
    let joinerAfterFirst = false;
    let hyphenAfterFirst = false;
    let inner = false;
    let hyphen = false;
    // hashOf the word as it is scanned: of every unit from the first letter or digit, taken at the last one.
    let h = 0;
    let hash = 0;
    while (i < end) {
      const c = source.charCodeAt(i);
      const cls = c < 0x80 ? ASCII_CLASS[c]! : classIn(source, i, end);
      if (cls === NONE) break;
      const width = cls & WIDE ? 2 : 1;
      if (cls & ALNUM) {
        if (first < 0) first = i;
        else if (joinerAfterFirst) {
          inner = true;
          if (hyphenAfterFirst) hyphen = true;
          joinerAfterFirst = hyphenAfterFirst = false;
        }
        h = (Math.imul(h, 31) + c) | 0;
        if (width === 2) h = (Math.imul(h, 31) + source.charCodeAt(i + 1)) | 0;
        hash = h;
        last = i + width;
      } else if (first >= 0) {
        joinerAfterFirst = true;
        if (isHyphen(c)) hyphenAfterFirst = true;
        h = (Math.imul(h, 31) + c) | 0;
      }
      i += width;
    }
    if (first < 0) continue;
    const id = counting ? words.addRange(source, first, last, hash, hyphen) : words.idOf(source.slice(first, last));
    out.push(runStart, i, first, last, id, hash, inner ? 0 : pieceFlags(source, runStart, i, first, last));
  }
}

/** The hash of a word's UTF-16 units, as scanWords makes it. */
function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 15)) & mask;

/** Whether source[start, end) is the word w. */
function sameText(w: string, source: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}

/** Whether a run with no joiner inside its word stands as a piece before or after a space, and with a hyphen. */
function pieceFlags(source: string, runStart: number, runEnd: number, first: number, last: number): number {
  if (runStart === first && runEnd === last) return LEFT_PIECE | RIGHT_PIECE;
  if (runStart === first && runEnd === last + 1 && isHyphen(source.charCodeAt(last))) return LEFT_PIECE | PIECE_HYPHEN;
  if (runEnd === last && runStart === first - 1 && isHyphen(source.charCodeAt(runStart))) return RIGHT_PIECE | PIECE_HYPHEN;
  return 0;
}

/** The cuts of tokens [from, to): between consecutive runs set apart by one space (see repairCuts). */
function cutsOf(source: string, t: Tokens, from: number, to: number, words: Words, existing: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = from; k + 1 < to; k++) {
    const space = t.runEnd[k]!;
    if (!(t.flags[k]! & LEFT_PIECE) || !(t.flags[k + 1]! & RIGHT_PIECE) || t.runStart[k + 1] !== space + 1 || source.charCodeAt(space) !== 32) continue;
    // This occurrence counts each piece once: a piece is a word of the document when it stands elsewhere too.
    // A piece with its hyphen is never a word the document counts, but asked all the same.
    const a = (k: number): number => (t.flags[k]! & PIECE_HYPHEN ? words.countOf(source.slice(t.runStart[k]!, t.runEnd[k]!)) : words.count(t.id[k]!));
    // Two words of the document stay two (most spaces): asked first, it spares building the join.
    if (a(k) >= 2 && a(k + 1) >= 2) continue;
    if (!words.mayHave(joinHash(source, t, k))) continue;
    const left = source.slice(t.runStart[k]!, space);
    const right = source.slice(space + 1, t.runEnd[k + 1]!);
    if (!words.has(left + right)) continue;
    // Digits join only to digits (`202 5`), never a number to a word.
    if (DIGIT.test(left) !== DIGIT.test(right)) continue;
    if (existing.some((c) => c.start <= space && space < c.end)) continue;
    out.push({ start: space, end: space + 1 });
  }
  return out;
}

/** hashOf the join of token k's piece and token k + 1's, from the words' hashes (h(xy) = h(x)·31^|y| + h(y)). */
function joinHash(source: string, t: Tokens, k: number): number {
  let left = t.hash[k]!;
  if (t.flags[k]! & PIECE_HYPHEN) left = (Math.imul(left, 31) + source.charCodeAt(t.runEnd[k]! - 1)) | 0;
  const r = k + 1;
  let right = t.hash[r]!;
  if (t.flags[r]! & PIECE_HYPHEN) right = (Math.imul(source.charCodeAt(t.runStart[r]!), pow31(t.wordEnd[r]! - t.wordStart[r]!)) + right) | 0;
  return (Math.imul(left, pow31(t.runEnd[r]! - t.runStart[r]!)) + right) | 0;
}

/** 31^n modulo 2^32, as the hashes multiply. */
function pow31(n: number): number {
  let p = 1;
  for (let i = 0; i < n; i++) p = Math.imul(p, 31);
  return p;
}

/** A hyphen to put into a word: where (from the word's start) and which. */
interface HyphenInsert {
  readonly offset: number;
  readonly text: string;
}

/** The hyphen inserts of tokens [from, to) (see hyphenInserts); decided once per word, placed per occurrence. */
function insertsOf(source: string, t: Tokens, from: number, to: number, words: Words, forms: ReadonlyMap<string, string>, cuts: readonly Span[]): Insert[] {
  const out: Insert[] = [];
  for (let k = from; k < to; k++) {
    const start = t.wordStart[k]!;
    const end = t.wordEnd[k]!;
    if (end - start < 6) continue;
    const id = t.id[k]!;
    let h = id >= 0 ? words.memo[id] : undefined;
    if (h === undefined) {
      h = hyphenInsert(source.slice(start, end), id, words, forms);
      if (id >= 0) words.memo[id] = h;
    }
    if (!h) continue;
    const at = start + h.offset;
    if (cuts.some((c) => c.start < at && at < c.end)) continue;
    out.push({ at, text: h.text });
  }
  return out;
}

/** The hyphen a word of six or more characters lacks, if any: a compound number, or one fewer than the document's form. */
function hyphenInsert(w: string, id: number, words: Words, forms: ReadonlyMap<string, string>): HyphenInsert | null {
  const n = TENS_INITIAL.test(w) ? COMPOUND_NUMBER.exec(w) : null;
  if (n) return { offset: n[1]!.length, text: "-" };
  if (!forms.size) return null;
  const h = forms.get((hasHyphen(w) ? w.replace(HYPHENS, "") : w).toLowerCase());
  // The document's own usage decides: pdftotext may have joined the same word so more than once.
  if (!h || h.length !== w.length + 1 || words.count(id) > words.countOf(h)) return null;
  // Letter case aside (`NuclearWeapon-Free` beside `nuclear-weapon-free`), one hyphen more, between letters.
  const [lw, lh] = [w.toLowerCase(), h.toLowerCase()];
  let i = 0;
  while (i < lw.length && lw[i] === lh[i]) i++;
  if (!isHyphen(h.charCodeAt(i)) || lw.slice(i) !== lh.slice(i + 1) || i === 0 || i === w.length) return null;
  return { offset: i, text: h[i]! };
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

/** The class of each ASCII unit. */
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) => classOf(c));
/** The class of each UTF-16 unit outside the surrogates, filled in as units are met (UNKNOWN until then). */
const UNKNOWN = 255;
const unitClass = new Uint8Array(0x10000).fill(UNKNOWN);

/** The class of the code point starting at `i` in text that ends at `end` (a pair cut by the end is one unit). */
function classIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    const cls = unitClass[c]!;
    return cls !== UNKNOWN ? cls : (unitClass[c] = classOf(c));
  }
  const cp = i + 1 < end ? text.codePointAt(i)! : c;
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
/** The first letters of twenty … ninety: a cheap test before COMPOUND_NUMBER. */
const TENS_INITIAL = /^[tfsenTFSEN]/;
/** Compound numbers are always hyphenated (`seventy-ninth`, `twenty-five`): pdftotext's `seventyninth` is one. */
const COMPOUND_NUMBER = /^((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)$/i;

/** The hyphenated words of the document, by their letters without hyphens in lower case (`secretarygeneral` → `Secretary-General`). */
export function hyphenatedForms(words: ReadonlyMap<string, number>): Map<string, string> {
  return formsOf([...words.keys()].filter(hasHyphen));
}

function formsOf(hyphenated: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  // The fullest form wins (`Nuclear-Weapon-Free` over the `NuclearWeapon-Free` pdftotext made of it).
  const hyphens = (w: string): number => w.length - w.replace(HYPHENS, "").length;
  for (const w of hyphenated) {
    const key = w.replace(HYPHENS, "").toLowerCase();
    const had = out.get(key);
    if (!had || hyphens(w) > hyphens(had)) out.set(key, w);
  }
  return out;
}
