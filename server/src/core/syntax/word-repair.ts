/**
 * Word repair: pdftotext splits words inside justified lines (`commitme nts`, `internationa l`, `co -located`,
 * `202 5`). A space inside a line is taken out when the two pieces joined make a word the document uses whole
 * elsewhere and at least one piece is no word of the document. The repair is a cut (a span left out of the
 * paragraph's text), like a footnote marker's, so the text still maps to the source piece by piece. Line-end
 * hyphenation is kept as the official text has it: the reader joins `co-` + `located` as `co-located`, and where
 * pdftotext took the hyphen out as it joined two lines (`SecretaryGeneral`, `capacitybuilding`) it is put back
 * (an insert: joiner text in no piece) when the document writes the word with it elsewhere.
 */
import {
  CLOSED_WORD, COMMON_LEVEL, COMMONEST_LEVEL, COMMONEST_WORDS_LEVEL, isClosedClass, isObjectPreposition, levelOfPieces,
  lexiconEntry, lexiconLevel, mayBeLexiconWord, NOT_A_WORD,
} from "./lexicon";
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
  const tokens = new Tokens();
  for (const l of lines) scanTokens(source, l.start, l.end, tokens);
  return new DocumentWords(source, tokens, tokens.length).asMap();
}

/**
 * The cuts that join split words on one line: a single space between two pieces whose join is a word used
 * elsewhere, when a piece is not one (`words` counts the whole document, this line included). A piece is letters
 * and digits with a hyphen at the join side at most (`commitme` + `nts`, `co` + `-located`, `202` + `5`), standing
 * whole: no word character continues it on its far side. Existing cuts (markers) are kept; the new ones never
 * overlap them.
 */
export function repairCuts(source: string, line: RepairLine, words: ReadonlyMap<string, number>): Span[] {
  const lex = new MapWords(words, source);
  const tokens = new Tokens();
  scanTokens(source, line.start, line.end, tokens);
  return cutsOf(new TokenSplit(source, tokens, lex), 0, tokens.length, line.cuts);
}

/**
 * The hyphens to put back into a line: a word that has one hyphen fewer than a word the document writes with
 * it (`SecretaryGeneral`, `NuclearWeapon-Free`), unless the document writes it as it stands more often.
 */
export function hyphenInserts(source: string, line: RepairLine, words: ReadonlyMap<string, number>, forms: ReadonlyMap<string, string>): Insert[] {
  const lex = new MapWords(words, source);
  const tokens = new Tokens();
  scanTokens(source, line.start, line.end, tokens);
  return insertsOf(source, tokens, 0, tokens.length, lex, forms, line.cuts);
}

/**
 * Word repair of one document: its words are scanned once, over the lines that hold text (body and footnotes),
 * into tokens (DocumentWords counts a word when a decision asks); the paragraph lines' cuts and inserts are then
 * read from those scans, not scanned again.
 */
export class WordRepair {
  private readonly lex: DocumentWords;
  private tokens: Tokens;
  /** Per scanned line: its end, its start, its first and last token (exclusive); in ascending order of ends (else `ordered` is false). */
  private readonly lineEnd: Int32Array;
  private readonly lineStart: Int32Array;
  private readonly lineFrom: Int32Array;
  private readonly lineTo: Int32Array;
  private readonly ordered: boolean = true;
  /** The tokens of the line last asked about (tokensOf), [from, to), and the scanned line that held them. */
  private line = 0;
  private from = 0;
  private to = 0;
  private readonly forms: Map<string, string>;
  private readonly formKeys: HashSet;
  /** The tokens scanned here (the first `scanned`) whose words may lack a hyphen, in order: a few in most texts. */
  private readonly scanned: number;
  private readonly candidates: Int32Array;
  /** The first candidate not before the tokens of the line last asked about (inserts). */
  private candidate = 0;
  /** The pair decisions' view of the tokens, one per repair (cuts asks it per line). */
  private split: TokenSplit | undefined;

  /**
   * `lineStart`, `lineEnd`: the text lines to scan, line i from lineStart[i] to lineEnd[i] (kept as they are): two
   * arrays the caller fills, not an object per line.
   */
  constructor(private readonly source: string, lineStart: Int32Array, lineEnd: Int32Array) {
    const n = lineStart.length;
    // Room for a word every six characters or so from the start: growing copies the arrays.
    let chars = 0;
    for (let i = 0; i < n; i++) chars += lineEnd[i]! - lineStart[i]!;
    this.tokens = spareTokens.pop() ?? new Tokens(chars / 6);
    this.tokens.length = 0;
    this.lineEnd = lineEnd;
    this.lineStart = lineStart;
    this.lineFrom = new Int32Array(n);
    this.lineTo = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (i > 0 && lineEnd[i]! <= lineEnd[i - 1]!) this.ordered = false;
      this.lineFrom[i] = this.tokens.length;
      scanTokens(source, lineStart[i]!, lineEnd[i]!, this.tokens);
      this.lineTo[i] = this.tokens.length;
    }
    this.lex = new DocumentWords(source, this.tokens, this.tokens.length);
    this.forms = formsOf(this.lex.hyphenated);
    this.formKeys = keyHashes(this.forms);
    this.scanned = this.tokens.length;
    this.candidates = insertCandidates(source, this.tokens, this.scanned, this.formKeys);
  }

  /** Gives the token arrays to the next document's repair (allocating them per document kept the collector busy). */
  release(): void {
    if (spareTokens.length < 2 && this.tokens.capacity <= MAX_SPARE) spareTokens.push(this.tokens);
    this.tokens = new Tokens();
    this.lex.release();
    kept.repair = this;
  }

  /** The cuts that join split words on a paragraph line (see repairCuts). */
  cuts(line: RepairLine): Span[] {
    this.tokensOf(line);
    this.split ??= new TokenSplit(this.source, this.tokens, this.lex);
    return cutsOf(this.split, this.from, this.to, line.cuts);
  }

  /** The hyphens to put back into a paragraph line (see hyphenInserts). */
  inserts(line: RepairLine): Insert[] {
    this.tokensOf(line);
    if (this.from >= this.scanned) return insertsOf(this.source, this.tokens, this.from, this.to, this.lex, this.forms, line.cuts, this.formKeys);
    let out: Insert[] | undefined;
    const c = this.candidates;
    let i = this.candidate;
    // Lines are mostly asked in order: the candidate the last line stopped at is the first of this one, else a search finds it.
    if (!((i === 0 || c[i - 1]! < this.from) && (i === c.length || c[i]! >= this.from))) i = firstAtLeast(c, this.from);
    for (; i < c.length && c[i]! < this.to; i++) out = withInsert(this.source, this.tokens, c[i]!, this.lex, this.forms, line.cuts, out);
    this.candidate = i;
    return out ?? NO_INSERTS;
  }

  /**
   * The tokens of a paragraph line: those of the scanned line it ends (a paragraph line is a text line, or its
   * part after an operative number), from its start on; a range no scanned line holds so is scanned on its own
   * (as every line is when the lines scanned were not in order).
   */
  private tokensOf(line: RepairLine): void {
    const i = this.ordered ? (this.line = lineEnding(this.lineEnd, line.end, this.line)) : -1;
    const start = i < 0 ? -1 : this.lineStart[i]!;
    if (i >= 0 && start <= line.start && (start === line.start || classBefore(this.source, line.start) === NONE)) {
      let from = this.lineFrom[i]!;
      const to = this.lineTo[i]!;
      while (from < to && this.tokens.runStart[from]! < line.start) from++;
      this.from = from;
      this.to = to;
      return;
    }
    this.from = this.tokens.length;
    scanTokens(this.source, line.start, line.end, this.tokens);
    this.to = this.tokens.length;
  }
}

/** The index of the line of the ascending `ends` that ends at `end`, or -1; lines are mostly asked in order, from `hint` on. */
function lineEnding(ends: Int32Array, end: number, hint: number): number {
  if (ends[hint] === end) return hint;
  if (ends[hint + 1] === end) return hint + 1;
  const i = firstAtLeast(ends, end);
  return i < ends.length && ends[i] === end ? i : -1;
}

/**
 * The last repair released, kept alive with its word table and pair view: V8's optimized code for the repair
 * depends on the shapes of these objects, and at a full collection where none is left it is thrown away, so the
 * next document was repaired in the interpreter (a large text read right after a collection took 2.5 times as
 * long). Holding one of each keeps the shapes, for the size of one document's words.
 */
const kept: { repair?: WordRepair } = {};

/** Token arrays released by a finished repair, and the largest kept (a word of a text of some 700,000 characters). */
const spareTokens: Tokens[] = [];
const MAX_SPARE = 1 << 17;

/** The words a scan looks up: an id per word (-1 for none), how often it stands whole, whether a string is one. */
interface Words {
  /** The id of token k's word (t.id[k] once found). */
  tokenId(t: Tokens, k: number): number;
  idOf(w: string): number;
  count(id: number): number;
  countOf(w: string): number;
  has(w: string): boolean;
  /** False when no word has this hash (hashOf): a join that cannot be a word is told without making its string. */
  mayHave(hash: number): boolean;
  /** Caches of one value per id, for decisions that depend on the word alone: its hyphen insert, its pieceOf (-1: not yet). */
  readonly memo: (HyphenInsert | null | undefined)[];
  readonly pieces: number[];
}

/** t.id[k] before the token's word is looked up. */
const UNKNOWN_ID = -2;

/**
 * The words of one text, counted where a decision asks about them. Each token scanned is threaded into a chain of
 * the tokens whose hashes fall in its bucket, and so is each part of a hyphenated word (counted twice:
 * `multi-hazard` makes `hazard` a word); a word gets an id, and its count from the occurrences its chain holds, the
 * first time it is asked about, and all its occurrences with it. Most words of a text are never asked about (a
 * space is mostly settled from hashes, cannotJoin): interning every word as it was scanned was most of the repair.
 * Ids are given in the order words are asked about; asMap asks in first-seen order (a compound before its parts).
 */
class DocumentWords implements Words {
  readonly memo: (HyphenInsert | null | undefined)[] = [];
  readonly pieces: number[] = [];
  /**
   * Per bucket (the first 2^log), 1 + the last token in it (0: none); per token, 1 + the one before it in its
   * bucket; one bit per hash of a word or part (mayHave's first test), a sixteenth of the bits set at most.
   */
  private readonly chains: Chains;
  private readonly bucketShift: number;
  private readonly bitShift: number;
  /** The parts of hyphenated words: where each stands, its hash, the token it is part of, its chain and id. */
  private readonly parts = { start: [] as number[], end: [] as number[], hash: [] as number[], token: [] as number[], next: [] as number[], id: [] as number[] };
  private readonly partHeads: Int32Array;
  private readonly partShift: number;
  /** Per id, its count. */
  private readonly counts: number[] = [];
  /** The hyphenated words, in first-seen order. */
  readonly hyphenated: string[] = [];

  /** The words of tokens [0, counted) of t, all scanned from source. */
  constructor(readonly source: string, private readonly t: Tokens, private readonly counted: number) {
    let log = 4;
    while (1 << log < counted) log++;
    this.bucketShift = 32 - log;
    this.bitShift = 32 - (log + 4);
    const chains = (this.chains = chainsFor(log, counted));
    const { heads, next } = chains;
    const { hash, flags } = t;
    const compounds: number[] = [];
    for (let k = 0; k < counted; k++) {
      const h = hash[k]!;
      const b = Math.imul(h, 0x9e3779b1) >>> this.bucketShift;
      next[k] = heads[b]!;
      heads[b] = k + 1;
      this.setBit(h);
      if (flags[k]! & INNER_HYPHEN) compounds.push(k);
    }
    let partLog = 4;
    while (1 << partLog < 4 * compounds.length) partLog++;
    this.partShift = 32 - partLog;
    this.partHeads = new Int32Array(1 << partLog);
    for (const k of compounds) this.addParts(k);
    for (const k of compounds) {
      if (t.id[k] !== UNKNOWN_ID) continue;
      this.tokenId(t, k);
      this.hyphenated.push(source.slice(t.wordStart[k], t.wordEnd[k]));
    }
  }

  /** Gives the chain arrays to the next document's words (these words are not asked about again). */
  release(): void {
    if (this.chains.heads.length <= MAX_SPARE && (!spareChains || spareChains.heads.length < this.chains.heads.length)) spareChains = this.chains;
  }

  private setBit(h: number): void {
    const bit = Math.imul(h, 0x85ebca6b) >>> this.bitShift;
    this.chains.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** The parts of token k's word: the non-empty runs between its hyphens. */
  private addParts(k: number): void {
    const end = this.t.wordEnd[k]!;
    const p = this.parts;
    for (let from = this.t.wordStart[k]!, i = from; i <= end; i++) {
      if (i < end && !isHyphen(this.source.charCodeAt(i))) continue;
      if (i > from) {
        const h = hashOfRange(this.source, from, i);
        const b = Math.imul(h, 0x9e3779b1) >>> this.partShift;
        p.next.push(this.partHeads[b]!);
        this.partHeads[b] = p.start.push(from);
        p.end.push(i);
        p.hash.push(h);
        p.token.push(k);
        p.id.push(UNKNOWN_ID);
        this.setBit(h);
      }
      from = i + 1;
    }
  }

  tokenId(t: Tokens, k: number): number {
    const id = t.id[k]!;
    if (id !== UNKNOWN_ID) return id;
    return (t.id[k] = this.find(t.hash[k]!, t.wordStart[k]!, t.wordEnd[k]! - t.wordStart[k]!));
  }

  /**
   * The id of the word source[start, start + n) with hash h, or -1: the first occurrence its chains hold gives it,
   * or if it has none yet (then none has: ids are given to all occurrences at once), a new id counting them all.
   */
  private find(h: number, start: number, n: number): number {
    const { hash, wordStart, wordEnd, id } = this.t;
    const { heads, next } = this.chains;
    const found = this.counts.length;
    let count = 0;
    for (let e = heads[Math.imul(h, 0x9e3779b1) >>> this.bucketShift]!; e !== 0; e = next[e - 1]!) {
      const k = e - 1;
      if (hash[k] !== h || wordEnd[k]! - wordStart[k]! !== n || !sameUnits(this.source, wordStart[k]!, start, n)) continue;
      if (!count && id[k] !== UNKNOWN_ID) return id[k]!;
      id[k] = found;
      count++;
    }
    const p = this.parts;
    for (let e = this.partHeads[Math.imul(h, 0x9e3779b1) >>> this.partShift]!; e !== 0; e = p.next[e - 1]!) {
      const q = e - 1;
      if (p.hash[q] !== h || p.end[q]! - p.start[q]! !== n || !sameUnits(this.source, p.start[q]!, start, n)) continue;
      if (!count && p.id[q] !== UNKNOWN_ID) return p.id[q]!;
      p.id[q] = found;
      count += 2;
    }
    if (!count) return -1;
    this.counts.push(count);
    this.memo.push(undefined);
    this.pieces.push(-1);
    return found;
  }

  idOf(w: string): number {
    const h = hashOf(w);
    if (!this.mayHave(h)) return -1;
    // An occurrence of w, then its id.
    const { hash, wordStart, wordEnd } = this.t;
    const { heads, next } = this.chains;
    for (let e = heads[Math.imul(h, 0x9e3779b1) >>> this.bucketShift]!; e !== 0; e = next[e - 1]!) {
      const k = e - 1;
      if (hash[k] === h && sameText(w, this.source, wordStart[k]!, wordEnd[k]!)) return this.tokenId(this.t, k);
    }
    const p = this.parts;
    for (let e = this.partHeads[Math.imul(h, 0x9e3779b1) >>> this.partShift]!; e !== 0; e = p.next[e - 1]!) {
      const q = e - 1;
      if (p.hash[q] === h && sameText(w, this.source, p.start[q]!, p.end[q]!)) return this.find(h, p.start[q]!, p.end[q]! - p.start[q]!);
    }
    return -1;
  }

  mayHave(h: number): boolean {
    const { heads, next, bits } = this.chains;
    const bit = Math.imul(h, 0x85ebca6b) >>> this.bitShift;
    if (!(bits[bit >>> 5]! & (1 << (bit & 31)))) return false;
    for (let e = heads[Math.imul(h, 0x9e3779b1) >>> this.bucketShift]!; e !== 0; e = next[e - 1]!) if (this.t.hash[e - 1] === h) return true;
    const p = this.parts;
    for (let e = this.partHeads[Math.imul(h, 0x9e3779b1) >>> this.partShift]!; e !== 0; e = p.next[e - 1]!) if (p.hash[e - 1] === h) return true;
    return false;
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

  /** Every word with its count, in first-seen order (a compound before its parts). */
  asMap(): Map<string, number> {
    const out = new Map<string, number>();
    const seen = new Set<number>();
    const p = this.parts;
    const add = (id: number, start: number, end: number): void => {
      if (!seen.has(id)) seen.add(id), out.set(this.source.slice(start, end), this.counts[id]!);
    };
    for (let k = 0, q = 0; k < this.counted; k++) {
      add(this.tokenId(this.t, k), this.t.wordStart[k]!, this.t.wordEnd[k]!);
      for (; q < p.token.length && p.token[q] === k; q++) add(this.find(p.hash[q]!, p.start[q]!, p.end[q]! - p.start[q]!), p.start[q]!, p.end[q]!);
    }
    return out;
  }
}

/** A document's word chains (DocumentWords): arrays kept from one document to the next. */
interface Chains {
  readonly heads: Int32Array;
  readonly next: Int32Array;
  readonly bits: Int32Array;
}
/** The chains of the last document released (allocating them per document kept the collector busy). */
let spareChains: Chains | undefined;

/** Chains for 2^log buckets and `tokens` tokens: the spare ones emptied where they are large enough. */
function chainsFor(log: number, tokens: number): Chains {
  const spare = spareChains;
  const n = 1 << log;
  if (spare && spare.heads.length >= n && spare.next.length >= tokens && spare.bits.length >= n >>> 1) {
    spareChains = undefined;
    spare.heads.fill(0, 0, n);
    spare.bits.fill(0, 0, n >>> 1);
    return spare;
  }
  return { heads: new Int32Array(n), next: new Int32Array(n), bits: new Int32Array(n >>> 1) };
}

/** Words given as counts (the exported one-line functions): ids are given out as words are looked up. */
class MapWords implements Words {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  readonly memo: (HyphenInsert | null | undefined)[] = [];
  readonly pieces: number[] = [];
  constructor(private readonly counts: ReadonlyMap<string, number>, private readonly source: string) {}
  tokenId(t: Tokens, k: number): number {
    const id = t.id[k]!;
    return id !== UNKNOWN_ID ? id : (t.id[k] = this.idOf(this.source.slice(t.wordStart[k], t.wordEnd[k])));
  }
  idOf(w: string): number {
    if (!this.counts.has(w)) return -1;
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.words.push(w) - 1;
      this.ids.set(w, id);
      this.memo.push(undefined);
      this.pieces.push(-1);
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
 * in it (first to last letter or digit), its id, its hashes, and what its characters are (flags).
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
  /** The hash of the word in lower case, for ASCII words (lexicon.ts's foldedHash of it). */
  fold: Int32Array;
  flags: Uint8Array;

  constructor(capacity = 64) {
    const n = Math.max(16, Math.ceil(capacity));
    this.runStart = new Int32Array(n);
    this.runEnd = new Int32Array(n);
    this.wordStart = new Int32Array(n);
    this.wordEnd = new Int32Array(n);
    this.id = new Int32Array(n);
    this.hash = new Int32Array(n);
    this.fold = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  get capacity(): number {
    return this.id.length;
  }

  push(runStart: number, runEnd: number, wordStart: number, wordEnd: number, hash: number, fold: number, flags: number): void {
    if (this.length === this.id.length) this.grow();
    const k = this.length++;
    this.runStart[k] = runStart;
    this.runEnd[k] = runEnd;
    this.wordStart[k] = wordStart;
    this.wordEnd[k] = wordEnd;
    this.id[k] = UNKNOWN_ID;
    this.hash[k] = hash;
    this.fold[k] = fold;
    this.flags[k] = wordEnd - wordStart >= 6 ? flags | LONG_WORD : flags;
  }

  private grow(): void {
    this.runStart = grown(this.runStart);
    this.runEnd = grown(this.runEnd);
    this.wordStart = grown(this.wordStart);
    this.wordEnd = grown(this.wordEnd);
    this.id = grown(this.id);
    this.hash = grown(this.hash);
    this.fold = grown(this.fold);
    this.flags = grown(this.flags);
  }
}

/** A typed array twice as long, its elements copied. */
function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

// Token flags. The run is the piece before a space (letters and digits, then a hyphen at most).
const LEFT_PIECE = 1;
/** The run is the piece after a space (a hyphen at most, then letters and digits). */
const RIGHT_PIECE = 2;
/** The piece's hyphen: at its end for a left piece, at its start for a right one. */
const PIECE_HYPHEN = 4;
/** The run holds an ASCII digit (pieceOf's DIGITS). */
const HAS_DIGIT = 8;
/** The run holds a unit outside ASCII (its fold is no lower-case hash). */
const NOT_ASCII_RUN = 16;
/** The word holds a joiner inside (`Member-States`, `State’s`): no piece; a hyphen among them (INNER_HYPHEN). */
const INNER_JOINER = 32;
const INNER_HYPHEN = 64;
/**
 * The word is six characters or more (wordEnd - wordStart >= 6), the words that may lack a hyphen: set when the
 * token is pushed, so the walk for hyphen candidates reads one array per token, not two.
 */
const LONG_WORD = 128;

/** Scans [start, end) of the source into tokens (the words eachWord gives); their ids are looked up when asked for (Words.tokenId). */
function scanTokens(source: string, start: number, end: number, out: Tokens): void {
  let i = start;
  while (i < end) {
    // Between runs: what is no word character (spaces, punctuation) is passed over, ASCII by table.
    const c = source.charCodeAt(i);
    const cls = c < 0x80 ? ASCII_CLASS[c]! : classIn(source, i, end);
    if (cls === NONE) {
      i++;
      continue;
    }
    const plain = cls & ALNUM && c < 0x80 ? plainRun(source, i, end, out) : -1;
    i = plain >= 0 ? plain : scanRun(source, i, end, out);
  }
}

/**
 * The run of word characters at `start` when it is ASCII letters and digits only (most runs of a text): its token
 * is pushed, and where the scan goes on returned: past the character that ends the run, no word character, already
 * read here. -1 when a joiner or a character outside ASCII comes first (scanRun reads it).
 */
function plainRun(source: string, start: number, end: number, out: Tokens): number {
  let h = 0;
  let f = 0;
  let digits = 0;
  let i = start;
  let c = source.charCodeAt(i);
  let cls = ASCII_CLASS[c]!;
  do {
    h = (Math.imul(h, 31) + c) | 0;
    f = (Math.imul(f, 31) + (c | 0x20)) | 0;
    digits |= cls;
    if (++i === end) break;
    c = source.charCodeAt(i);
    cls = c < 0x80 ? ASCII_CLASS[c]! : JOINER;
  } while (cls & ALNUM);
  if (i < end && cls !== NONE) return -1;
  out.push(start, i, start, i, h, f, LEFT_PIECE | RIGHT_PIECE | (digits & DIGIT));
  return i < end ? i + 1 : i;
}

/** Scans the run of word characters at `start` into a token, if it holds a letter or digit; returns its end. */
function scanRun(source: string, start: number, end: number, out: Tokens): number {
  let i = start;
  let c = source.charCodeAt(i);
  let cls = c < 0x80 ? ASCII_CLASS[c]! : classIn(source, i, end);
  let first = -1;
  let last = -1;
  // Joiners after the first letter or digit, and whether one was a hyphen: inside the word once another follows.
  let joinerAfterFirst = false;
  let hyphenAfterFirst = false;
  let flags = 0;
  // hashOf the word as it is scanned, and its lower-case hash: of every unit from the first letter or digit,
  // taken at the last one. `c | 0x20` is an ASCII letter, digit or joiner in lower case.
  let h = 0;
  let f = 0;
  let hash = 0;
  let fold = 0;
  for (;;) {
    if (c >= 0x80) flags |= NOT_ASCII_RUN;
    if (cls & ALNUM) {
      if (first < 0) first = i;
      else if (joinerAfterFirst) {
        flags |= hyphenAfterFirst ? INNER_JOINER | INNER_HYPHEN : INNER_JOINER;
        joinerAfterFirst = hyphenAfterFirst = false;
      }
      flags |= cls & DIGIT;
      h = (Math.imul(h, 31) + c) | 0;
      f = (Math.imul(f, 31) + (c | 0x20)) | 0;
      if (cls & WIDE) {
        const low = source.charCodeAt(++i);
        h = (Math.imul(h, 31) + low) | 0;
        f = (Math.imul(f, 31) + low) | 0;
      }
      i++;
      hash = h;
      fold = f;
      last = i;
    } else {
      if (first >= 0) {
        joinerAfterFirst = true;
        if (isHyphen(c)) hyphenAfterFirst = true;
        h = (Math.imul(h, 31) + c) | 0;
        f = (Math.imul(f, 31) + (c | 0x20)) | 0;
      }
      i++;
    }
    if (i >= end) break;
    c = source.charCodeAt(i);
    cls = c < 0x80 ? ASCII_CLASS[c]! : classIn(source, i, end);
    if (cls === NONE) break;
  }
  if (first >= 0) out.push(start, i, first, last, hash, fold, flags & INNER_JOINER ? flags : flags | pieceFlags(source, start, i, first, last));
  return i;
}

/** The hash of a word's UTF-16 units, as scanTokens makes it. */
function hashOf(w: string): number {
  return hashOfRange(w, 0, w.length);
}
function hashOfRange(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 15)) & mask;

/** Whether source[start, end) is the word w. */
function sameText(w: string, source: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}

/** Whether the n units of text at a and at b are the same. */
function sameUnits(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
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
function cutsOf(split: TokenSplit, from: number, to: number, existing: readonly Span[]): Span[] {
  const { source, t, words } = split;
  // No token is added while the line is read: its arrays are taken once.
  const { runStart, runEnd, flags, hash, fold } = t;
  split.line(from, to);
  let out: Span[] | undefined;
  let last: Join | undefined;
  for (let k = from; k + 1 < to; k++) {
    const space = runEnd[k]!;
    if (!(flags[k]! & LEFT_PIECE) || runStart[k + 1] !== space + 1 || source.charCodeAt(space) !== 32) continue;
    let strength: number;
    const marker = existing.length ? markerInside(existing, runStart[k + 1]!, runEnd[k + 1]!) : -1;
    if (marker >= 0) strength = gluedSplit(source, runStart[k]!, space, marker, words);
    else if (flags[k + 1]! & RIGHT_PIECE) {
      const fa = flags[k]!;
      const fb = flags[k + 1]!;
      if ((fa ^ fb) & HAS_DIGIT) continue;
      // Two pieces of ASCII letters (most spaces): cannotJoin's two hash tests, here in the loop, where the
      // arrays are at hand; the join's hash and lower-case hash are the pieces' (h(xy) = h(x)·31^|y| + h(y)).
      if (!((fa | fb) & (HAS_DIGIT | PIECE_HYPHEN | NOT_ASCII_RUN))) {
        const p = pow31(runEnd[k + 1]! - runStart[k + 1]!);
        if (!words.mayHave((Math.imul(hash[k]!, p) + hash[k + 1]!) | 0) && !mayBeLexiconWord((Math.imul(fold[k]!, p) + fold[k + 1]!) | 0)) continue;
      }
      if (cannotJoin(source, t, k, words) || split.settled(k)) continue;
      split.at(k);
      strength = decideSplit(split);
    } else continue;
    if (!strength) continue;
    if (existing.length && holds(existing, space)) continue;
    const join = { at: space, from: runStart[k]!, strength };
    if (last && chained(last, join)) {
      if (last.strength >= strength) continue;
      out!.pop();
    }
    (out ??= []).push({ start: space, end: space + 1 });
    last = join;
  }
  return out ?? NO_CUTS;
}

/**
 * Whether decideSplit keeps the space after token k whatever the counts say, told from the two tokens' flags and
 * hashes alone. A number joins a number only, and two numbers are left to decideSplit (split years); else a space is
 * taken out only where the join is a word of the document (`joined`: its hash is a word's) or of the lexicon
 * (`lexiconJoin`: its lower-case hash passes the lexicon's filter, and it is letters only), and most joins are
 * neither. (Every path of decideSplit that joins asks one of the two. Keep them in step.)
 */
function cannotJoin(source: string, t: Tokens, k: number, words: Words): boolean {
  const fa = t.flags[k]!;
  const fb = t.flags[k + 1]!;
  if ((fa ^ fb) & HAS_DIGIT) return true;
  if (fa & HAS_DIGIT) return false;
  if (words.mayHave(joinHash(source, t, k))) return false;
  // A hyphen is no letter; outside ASCII the lexicon lower-cases the string itself.
  if ((fa | fb) & PIECE_HYPHEN) return true;
  if ((fa | fb) & NOT_ASCII_RUN) return false;
  // The filter passes one join in fifty that is no word; the lexicon itself tells those (most of those passed).
  if (!mayBeLexiconWord((Math.imul(t.fold[k]!, pow31(t.wordEnd[k + 1]! - t.wordStart[k + 1]!)) + t.fold[k + 1]!) | 0)) return true;
  return lexiconJoin(source, t.runStart[k]!, t.runEnd[k]!, source, t.runStart[k + 1]!, t.runEnd[k + 1]!) === undefined;
}

/**
 * Invisible format characters some extractors keep and others drop (`22\u2060–23`: a word joiner): cut, so
 * every form reads the same text. U+2060 word joiner, U+200B zero-width space, U+FEFF inside a line.
 */
export function invisibleCuts(source: string, line: RepairLine): Span[] {
  let out: Span[] | undefined;
  for (let i = line.start; i < line.end; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0x2060 && c !== 0x200b && c !== 0xfeff) continue;
    if (!holds(line.cuts, i)) (out ??= []).push({ start: i, end: i + 1 });
  }
  return out ?? NO_CUTS;
}
const NO_CUTS: Span[] = [];

/**
 * Whether a cut holds offset `at`. (A loop here, not `cuts.some` with an arrow in the callers' loops: the arrow read
 * the loop's offset, and V8 made a context object for it on every token or unit passed, in cutsOf a fifth of all
 * the reader allocated.)
 */
function holds(cuts: readonly Span[], at: number): boolean {
  for (const c of cuts) if (c.start <= at && at < c.end) return true;
  return false;
}

/**
 * Where the piece after a space ends when a cut (a footnote marker glued to it, `Tuna s45` as pdf.js prints it)
 * starts inside its run and takes the rest of it; -1 when none does.
 */
function markerInside(cuts: readonly Span[], runStart: number, runEnd: number): number {
  for (const c of cuts) if (c.start > runStart && c.start < runEnd && c.end >= runEnd) return c.start;
  return -1;
}

/** The decision on pieces source[from, space) and source[space + 1, end), the second one ending at a marker. */
function gluedSplit(source: string, from: number, space: number, end: number, words: Words): number {
  const a = source.slice(from, space);
  const b = source.slice(space + 1, end);
  if (!/^[\p{L}\p{N}]+[‑-]?$/u.test(a) || !/^[\p{L}\p{N}]+$/u.test(b)) return NO_JOIN;
  return joinsSplit(a, b, { get: (w) => words.countOf(w) }, () => occurrences(source, `${a} ${b}`));
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
 * keep the space). Digits join only to digits (`202 5`, `20 23`), never a number to a word; Roman numerals where
 * the document writes the numeral whole (`Habitat II I`). Two pieces that are both English words (lexicon.ts)
 * stay apart when one is a closed-class word (`a broad`, `in deed`, `any one`, `every day`, `in demonstrable`)
 * but on the document's strong evidence (closedPairJoins); else they join only into an English word that the
 * document writes at least twice as often as the pair, or into a common English word when each is in lower case,
 * the document uses not both alone and writes them side by side nowhere else (`see king`, `partners hip`). A
 * piece that is no word joins when the document uses the join and not both pieces alone (`commitme nts`), or when
 * the join is an English word (`fac ilitate`, `barrier s`).
 */
export function joinsSplit(
  a: string, b: string, words: { get(w: string): number | undefined }, pairCount: () => number, context?: PairContext,
): number {
  const aUsed = (words.get(a) ?? 0) >= 2;
  const bUsed = (words.get(b) ?? 0) >= 2;
  return decideSplit({
    pa: pieceOf(a), pb: pieceOf(b), aUsed, bUsed,
    bothUsed: aUsed && bUsed,
    joined: () => words.get(a + b) ?? 0,
    wordCount: (w) => words.get(w) ?? 0,
    a: () => a, b: () => b, pairCount, lexiconJoin: () => lexiconJoin(a, 0, a.length, b, 0, b.length),
    neighbours: () => context?.neighbours ?? NO_NEIGHBOURS,
    phraseCount: (phrase) => context?.phraseCount(phrase) ?? 0,
  });
}

/** Where a pair stands, for joinsSplit: the words beside it on its line and the document's phrases. */
export interface PairContext {
  readonly neighbours: readonly [string, string];
  phraseCount(phrase: string): number;
}
const NO_NEIGHBOURS: readonly [string, string] = ["", ""];

/**
 * Two pieces as decideSplit asks about them; the line scan gives these from its tokens, making the pieces'
 * strings only when the decision needs them.
 */
interface Split {
  /** pieceOf each piece. */
  readonly pa: number;
  readonly pb: number;
  /** This occurrence counts each piece once: a piece is a word of the document when it stands elsewhere too. */
  readonly aUsed: boolean;
  readonly bUsed: boolean;
  readonly bothUsed: boolean;
  /** How often the document writes the join whole. */
  joined(): number;
  /** How often the document writes a word whole. */
  wordCount(w: string): number;
  a(): string;
  b(): string;
  /** lexiconJoin of the two pieces. */
  lexiconJoin(): number | undefined;
  /** How often the document writes the pieces side by side (the line asking holds one). */
  pairCount(): number;
  /** The words just before and after the pair on its line, each set off from it by one space ('' where none is). */
  neighbours(): readonly [string, string];
  /** How often the document writes a phrase as whole words (`calls upon`), counted up to 8. */
  phraseCount(phrase: string): number;
}

/** joinsSplit's decision. */
function decideSplit(s: Split): number {
  const { pa, pb, bothUsed } = s;
  if ((pa & DIGITS) !== (pb & DIGITS)) return NO_JOIN;
  const joined = s.joined();
  if (pa & DIGITS) return isSplitYear(s.a(), s.b()) || (joined && !bothUsed) ? BY_DOCUMENT : NO_JOIN;
  // A Roman numeral the document numbers with, split (`Habitat II I`: it writes `III` at least as often).
  if (pa & pb & ROMAN && joined && joined >= s.pairCount() && ROMAN_NUMERAL.test(s.a() + s.b())) return BY_DOCUMENT;
  const kindA = pa & KIND;
  const kindB = pb & KIND;
  if (kindA !== NO_WORD && kindB !== NO_WORD) {
    // Most spaces: two words of the document or of the lexicon, the join none of the document's. (cutsOf does
    // not ask about the pairs this settles without a string: TokenSplit.settled. Keep the two in step.)
    if ((pa | pb) & HYPHENED) return NO_JOIN;
    if ((pa | pb) & CLOSED) return closedPairJoins(s, joined) ? BY_DOCUMENT : NO_JOIN;
    if (bothUsed && !joined) return NO_JOIN;
    const join = s.lexiconJoin();
    if (join === undefined) return NO_JOIN;
    // The document writes the join at least twice as often as the pieces side by side (`inter national`), or as
    // often where it writes neither piece alone (`sustain able`, once, beside `sustainable`, once).
    if (joined && joined >= (s.aUsed || s.bUsed ? 2 : 1) * s.pairCount()) return BY_DOCUMENT;
    const strong = !bothUsed && join <= lexiconJoinLevel(s) && pa & pb & LOWER && s.pairCount() < 2;
    return strong ? byLexicon(ONE_PIECE_A_WORD, join) : NO_JOIN;
  }
  // Pieces that are no words the document may repeat, split the same way elsewhere (`Türki ye`).
  if (joined && (!bothUsed || (kindA === NO_WORD && kindB === NO_WORD && joined >= 2 * s.pairCount()))) return BY_DOCUMENT;
  if ((pa | pb) & HYPHENED) return NO_JOIN;
  const join = s.lexiconJoin();
  if (join === undefined) return NO_JOIN;
  if (kindA === NO_WORD && kindB === NO_WORD) return byLexicon(NO_PIECE_A_WORD, join);
  // A fragment joins a closed-class word last (`sea s and`: `seas`, not `sand`).
  return byLexicon((kindA === NO_WORD ? pb : pa) & CLOSED ? CLOSED_PIECE : ONE_PIECE_A_WORD, join);
}

/**
 * How common a word two lower-case words the document does not both use may join into. One of the commonest words
 * (`see king`: `seeking`); a common one where one piece is a word of the document and the other stands nowhere else
 * and is rarer than the commonest words (`partners hip`, `environment ally`, `sustain able`): such a piece is more
 * likely a fragment than a word, where a piece of the commonest words standing once (`health care`) is a word.
 */
function lexiconJoinLevel(s: Split): number {
  if (s.aUsed === s.bUsed) return COMMONEST_LEVEL;
  const lone = lexiconLevel(s.aUsed ? s.b() : s.a());
  return lone !== undefined && lone > COMMONEST_WORDS_LEVEL ? COMMON_LEVEL : COMMONEST_LEVEL;
}

/**
 * Two words beside a closed-class word make a phrase as often as a split (`a broad`, `in to`, `follow up on`): the
 * space is taken out only where the document itself shows the join, an English word, is meant here and the pair
 * stands nowhere else. The pair begins with a preposition that always takes an object, and makes a closed-class
 * word the document writes whole at least twice (`with out`, `to wards`) or a word the document inflects, written
 * at least twice in all (`under take`: `undertaken`, `undertaking`; not `day to day` for `today`); or the document
 * writes the join whole beside the same open-class word as the pair has beside it (`calls up on Parties`: `calls
 * upon`).
 */
function closedPairJoins(s: Split, joined: number): boolean {
  // Most closed-class pairs (`of the`, `in order`) are told by their flags, with no string made.
  const inflectable = s.pa & PREPOSITION && !(s.pb & CLOSED);
  if ((!joined && !inflectable) || s.lexiconJoin() === undefined) return false;
  const join = s.a() + s.b();
  const inflections = inflectable ? inflected(s, join) : 0;
  const evidence = (s.pa & PREPOSITION && joined >= 2 && isClosedClass(join)) || (inflections > 0 && joined + inflections >= 2) ||
    (joined > 0 && writtenBeside(s, join));
  return evidence && s.pairCount() < 2;
}

/** Whether the document writes the join beside the open-class word the pair has before or after it. */
function writtenBeside(s: Split, join: string): boolean {
  const [before, after] = s.neighbours();
  return (isOpenWord(before) && s.phraseCount(`${before} ${join}`) > 0) || (isOpenWord(after) && s.phraseCount(`${join} ${after}`) > 0);
}

/** How often the document writes a word's regular inflections (`undertakes`, `undertaken`, `undertaking`). */
function inflected(s: Split, w: string): number {
  const stem = w.endsWith("e") ? w.slice(0, -1) : w;
  let n = 0;
  for (const ending of INFLECTIONS) n += s.wordCount(w + ending);
  return n + (stem !== w ? s.wordCount(`${stem}ing`) : 0);
}
const INFLECTIONS = ["s", "es", "d", "ed", "n", "en", "ing"];

/** A word of letters that is no closed-class word (`calls`, `Parties`; not `the`, not `2025`). */
const isOpenWord = (w: string): boolean => w !== "" && LETTERS.test(w) && !isClosedClass(w);
const LETTERS = /^\p{L}+$/u;

/**
 * The pair of tokens k and k + 1 as a Split: what the tokens know (the words' ids, counts and hashes) is read
 * from them; the pieces' strings are made only when asked for, and a join no word's hash matches counts 0.
 */
class TokenSplit implements Split {
  pa = 0;
  pb = 0;
  aUsed = false;
  bUsed = false;
  bothUsed = false;
  private k = 0;
  private left: string | undefined;
  private right: string | undefined;

  /** The tokens of the line asked about: a pair's neighbours are read inside it. */
  private from = 0;
  private to = 0;

  /** The phrases searched for in this document, and how often they were found (searched). */
  private readonly counts = new Map<string, number>();

  constructor(readonly source: string, readonly t: Tokens, readonly words: Words) {}

  line(from: number, to: number): void {
    this.from = from;
    this.to = to;
  }

  at(k: number): void {
    this.k = k;
    this.left = this.right = undefined;
    this.pa = this.info(k);
    this.pb = this.info(k + 1);
    this.aUsed = this.count(k) >= 2;
    this.bUsed = this.count(k + 1) >= 2;
    this.bothUsed = this.aUsed && this.bUsed;
  }
  /**
   * Whether decideSplit would keep the space after token k, told from what the tokens hold without making a
   * Split: both pieces are English words without digits or hyphen that the document also uses elsewhere, no word
   * of the document is their join, and they are not a preposition before an open-class word. Most spaces of a
   * text are such.
   */
  settled(k: number): boolean {
    if (!this.usedWord(k) || !this.usedWord(k + 1)) return false;
    // A preposition before an open-class word may join where the document inflects the join (closedPairJoins).
    if (this.info(k) & PREPOSITION && !(this.info(k + 1) & CLOSED)) return false;
    return !this.words.mayHave(joinHash(this.source, this.t, k));
  }
  private usedWord(k: number): boolean {
    if (this.t.flags[k]! & PIECE_HYPHEN || this.words.count(this.words.tokenId(this.t, k)) < 2) return false;
    const info = this.info(k);
    return (info & KIND) !== NO_WORD && !(info & DIGITS);
  }
  /** lexiconJoin read from the source's characters: no piece or join string is made for ASCII text. */
  lexiconJoin(): number | undefined {
    const { runStart, runEnd } = this.t;
    const k = this.k;
    return lexiconJoin(this.source, runStart[k]!, runEnd[k]!, this.source, runStart[k + 1]!, runEnd[k + 1]!);
  }
  a(): string {
    return (this.left ??= this.piece(this.k));
  }
  b(): string {
    return (this.right ??= this.piece(this.k + 1));
  }
  joined(): number {
    return this.words.mayHave(joinHash(this.source, this.t, this.k)) ? this.words.countOf(this.a() + this.b()) : 0;
  }
  wordCount(w: string): number {
    return this.words.countOf(w);
  }
  pairCount(): number {
    return this.searched(`${this.a()} ${this.b()}`, false);
  }
  neighbours(): readonly [string, string] {
    const k = this.k;
    const before = k - 1 >= this.from && this.oneSpaceApart(k - 1, k) ? this.wholeWord(k - 1) : "";
    const after = k + 2 < this.to && this.oneSpaceApart(k + 1, k + 2) ? this.wholeWord(k + 2) : "";
    return [before, after];
  }
  phraseCount(phrase: string): number {
    return this.searched(phrase, true);
  }

  /**
   * occurrences or wholeOccurrences of a phrase, each searched once per document: a search reads the whole text
   * when the phrase is rare, and a long text that asks about the same pair in many places (a repeated paragraph)
   * made the repair quadratic (a 3 MB text spent 60 % of its reading here).
   */
  private searched(phrase: string, whole: boolean): number {
    const key = whole ? `w${phrase}` : `p${phrase}`;
    let n = this.counts.get(key);
    if (n === undefined) this.counts.set(key, (n = whole ? wholeOccurrences(this.source, phrase) : occurrences(this.source, phrase)));
    return n;
  }

  private oneSpaceApart(left: number, right: number): boolean {
    const space = this.t.runEnd[left]!;
    return this.t.runStart[right] === space + 1 && this.source.charCodeAt(space) === 32;
  }
  /** Token j's word where it is its whole run (`calls`; not `Parties,` nor `(a)`), else ''. */
  private wholeWord(j: number): string {
    const t = this.t;
    return t.runStart[j] === t.wordStart[j] && t.runEnd[j] === t.wordEnd[j] ? this.source.slice(t.wordStart[j]!, t.wordEnd[j]!) : "";
  }

  private piece(k: number): string {
    return this.source.slice(this.t.runStart[k]!, this.t.runEnd[k]!);
  }
  /** A piece without its hyphen is its word: its count and pieceOf are the word's, kept per id. */
  private count(k: number): number {
    return this.t.flags[k]! & PIECE_HYPHEN ? this.words.countOf(this.piece(k)) : this.words.count(this.words.tokenId(this.t, k));
  }
  private info(k: number): number {
    const start = this.t.runStart[k]!;
    const end = this.t.runEnd[k]!;
    if (this.t.flags[k]! & PIECE_HYPHEN) return pieceOf(this.source, start, end);
    const id = this.words.tokenId(this.t, k);
    if (id < 0) return pieceOf(this.source, start, end);
    const known = this.words.pieces[id]!;
    return known >= 0 ? known : (this.words.pieces[id] = knownPiece(this.source, start, end, this.t.hash[k]!));
  }
}

/**
 * pieceOf kept per word across documents: the same few thousand words recur in every text, and the lexicon's
 * table is large enough that asking it once per word of every document was a fifth of word repair. Found by the
 * hash the scan made and the characters in the source (no string is made for a word seen before); emptied when
 * it holds PIECE_MEMO_SIZE words, so it stays small.
 */
class PieceMemo {
  private slots = new Int32Array(PIECE_MEMO_SIZE * 2);
  private readonly hashes = new Int32Array(PIECE_MEMO_SIZE);
  private readonly infos = new Int32Array(PIECE_MEMO_SIZE);
  private words: string[] = [];

  get(source: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let s = slotOf(hash, mask);
    for (; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) break;
      if (this.hashes[e] === hash && sameText(this.words[e]!, source, start, end)) return this.infos[e]!;
    }
    const info = pieceOf(source, start, end);
    if (this.words.length === PIECE_MEMO_SIZE) {
      this.slots.fill(0);
      this.words = [];
      s = slotOf(hash, mask);
    }
    const e = this.words.push(source.slice(start, end)) - 1;
    this.hashes[e] = hash;
    this.infos[e] = info;
    this.slots[s] = e + 1;
    return info;
  }
}
const PIECE_MEMO_SIZE = 1 << 15;
const pieceMemo = new PieceMemo();
const knownPiece = (source: string, start: number, end: number, hash: number): number => pieceMemo.get(source, start, end, hash);

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
/** Capital Roman digits only (`II`, `I`, `XIV`). */
const ROMAN = 64;
/** A preposition that takes an object and is no verb's particle (lexicon.ts: `with`, `to`, `under`). */
const PREPOSITION = 128;

/**
 * A piece as an English word: common (SCOWL 10 to 35), rare (up to 60, four letters or more: SCOWL's rare
 * short entries are abbreviations and fragments, `ing`, `nd`, `ed`), or none; of single letters only `a` and
 * `I` are words. With it: a closed-class word, holds a digit, a hyphen, no capital, Roman digits only, a preposition
 * that takes an object (lexicon.ts). Asked once per distinct word of a document (the scan keeps it per word id).
 */
function pieceOf(text: string, start = 0, end = text.length): number {
  const entry = lexiconEntry(text, start, end);
  const level = entry & ~CLOSED_WORD;
  let kind = NO_WORD;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    kind = c === 0x61 || c === 0x41 || c === 0x49 ? COMMON_WORD : NO_WORD;
  } else if (level !== NOT_A_WORD) kind = level <= COMMON_LEVEL ? COMMON_WORD : end - start >= 4 ? RARE_WORD : NO_WORD;
  let closed = 0;
  if (entry & CLOSED_WORD) closed = isObjectPreposition(text.slice(start, end)) ? CLOSED | PREPOSITION : CLOSED;
  return kind | closed | charFlags(text, start, end);
}

/** DIGITS, HYPHENED, LOWER and ROMAN of text[start, end) (LOWER: the text is its own lower case). */
function charFlags(text: string, start: number, end: number): number {
  let flags = LOWER | (end > start ? ROMAN : 0);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (flags & ROMAN && !isRomanDigit(c)) flags &= ~ROMAN;
    if (c >= 0x30 && c <= 0x39) flags |= DIGITS;
    else if (c >= 0x41 && c <= 0x5a) flags &= ~LOWER;
    else if (isHyphen(c)) flags |= HYPHENED;
    else if (c > 0x7f && flags & LOWER) {
      const w = text.slice(start, end);
      if (w !== w.toLowerCase()) flags &= ~LOWER;
    }
  }
  return flags;
}

/**
 * The lexicon level of the join of a[aStart, aEnd) and b[bStart, bEnd), when it is written as a word is
 * (`seeking`, `International`, `UNESCO`), not with a capital inside (`see King`, `to E`) or after capitals (`VI
 * and`); the lexicon holds letters only. Read where the pieces stand: no piece or join string for ASCII text.
 */
function lexiconJoin(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number | undefined {
  return wordCase(a, aStart, aEnd, b, bStart, bEnd) ? levelOfPieces(a, aStart, aEnd, b, bStart, bEnd) : undefined;
}

/** Whether the join of the two pieces is written as a word is (WORD_CASE): all capitals, or small letters after at most a first capital. */
function wordCase(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  const ua = capitals(a, aStart, aEnd);
  const ub = capitals(b, bStart, bEnd);
  if (ua === NOT_ASCII || ub === NOT_ASCII) return WORD_CASE.test(a.slice(aStart, aEnd) + b.slice(bStart, bEnd));
  if (ua === NOT_LETTERS || ub === NOT_LETTERS) return false;
  const n = aEnd - aStart + bEnd - bStart;
  const upper = ua + ub;
  return n > 0 && (upper === n || upper === 0 || (upper === 1 && ua === 1 && isCapital(a.charCodeAt(aStart))));
}
const WORD_CASE = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;

/** How many capitals text[start, end) holds, or NOT_LETTERS (an ASCII character no letter), or NOT_ASCII. */
function capitals(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return NOT_ASCII;
    if (isCapital(c)) n++;
    else if (c < 0x61 || c > 0x7a) return NOT_LETTERS;
  }
  return n;
}
const NOT_LETTERS = -1;
const NOT_ASCII = -2;
const isCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** A year pdftotext split (`20 23`, `202 5`): four digits from 1945 to 2099, the first piece two or three of them. */
function isSplitYear(a: string, b: string): boolean {
  if (a.length < 2 || a.length > 3 || a.length + b.length !== 4) return false;
  const year = Number(a + b);
  return year >= 1945 && year <= 2099;
}

/** I V X L C D M. */
const isRomanDigit = (c: number): boolean => c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43 || c === 0x44 || c === 0x4d;
/** A well-formed Roman numeral, 1 to 3999 (`III`, `XIV`; not `IIII`, `IC`). */
const ROMAN_NUMERAL = /^(?=.)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** How often the document writes `phrase` with no letter or digit on either side, counted up to 8. */
function wholeOccurrences(source: string, phrase: string): number {
  let n = 0;
  for (let i = source.indexOf(phrase); i >= 0 && n < 8; i = source.indexOf(phrase, i + 1)) {
    const end = i + phrase.length;
    if ((i === 0 || classBefore(source, i) === NONE) && (end >= source.length || classAt(source, end) === NONE)) n++;
  }
  return n;
}

/** How often the document writes `pair`, counted up to 8 (the line asking holds one). */
function occurrences(source: string, pair: string): number {
  let n = 0;
  for (let i = source.indexOf(pair); i >= 0 && n < 8; i = source.indexOf(pair, i + 1)) n++;
  return n;
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
  if (n < POW31.length) return POW31[n]!;
  let p = POW31[POW31.length - 1]!;
  for (let i = POW31.length - 1; i < n; i++) p = Math.imul(p, 31);
  return p;
}
const POW31 = new Int32Array(64);
POW31[0] = 1;
for (let i = 1; i < POW31.length; i++) POW31[i] = Math.imul(POW31[i - 1]!, 31);

/** A hyphen to put into a word: where (from the word's start) and which. */
interface HyphenInsert {
  readonly offset: number;
  readonly text: string;
}

/** The hyphen inserts of tokens [from, to) (see hyphenInserts); decided once per word, placed per occurrence. */
function insertsOf(source: string, t: Tokens, from: number, to: number, words: Words, forms: ReadonlyMap<string, string>, cuts: readonly Span[], formKeys?: HashSet): Insert[] {
  let out: Insert[] | undefined;
  for (let k = from; k < to; k++) {
    if (t.flags[k]! & LONG_WORD && (!formKeys || mayLackHyphen(source, t, k, formKeys))) out = withInsert(source, t, k, words, forms, cuts, out);
  }
  return out ?? NO_INSERTS;
}
const NO_INSERTS: Insert[] = [];

/** `out` with token k's hyphen insert added, if its word lacks one and no cut holds the place. */
function withInsert(source: string, t: Tokens, k: number, words: Words, forms: ReadonlyMap<string, string>, cuts: readonly Span[], out: Insert[] | undefined): Insert[] | undefined {
  const start = t.wordStart[k]!;
  const id = words.tokenId(t, k);
  let h = id >= 0 ? words.memo[id] : undefined;
  if (h === undefined) {
    h = hyphenInsert(source.slice(start, t.wordEnd[k]), id, words, forms);
    if (id >= 0) words.memo[id] = h;
  }
  if (!h) return out;
  const at = start + h.offset;
  if (cuts.some((c) => c.start < at && at < c.end)) return out;
  (out ??= []).push({ at, text: h.text });
  return out;
}

/** The tokens of [0, n) whose words may lack a hyphen (six characters or more, mayLackHyphen), in order. */
function insertCandidates(source: string, t: Tokens, n: number, formKeys: HashSet): Int32Array {
  const out: number[] = [];
  const { flags, fold } = t;
  for (let k = 0; k < n; k++) {
    const f = flags[k]!;
    if (!(f & LONG_WORD)) continue;
    // Most long words are ASCII without a hyphen: the filter is asked for their lower-case hash as it stands.
    if (f & (NOT_ASCII_RUN | INNER_HYPHEN) ? mayLackHyphen(source, t, k, formKeys) : formKeys.has(fold[k]!)) out.push(k);
  }
  return Int32Array.from(out);
}

/** The index of the first element of the ascending `a` that is at least x (a.length if none is). */
function firstAtLeast(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether hyphenInsert can find a hyphen for token k's word, told without making the word: its letters without
 * hyphens in lower case hash as a compound number or a key of the document's hyphenated forms does (keyHashes; for
 * a word of ASCII letters without a hyphen, the token's lower-case hash). Words outside ASCII always go on to
 * hyphenInsert.
 */
function mayLackHyphen(source: string, t: Tokens, k: number, formKeys: HashSet): boolean {
  let h = t.fold[k]!;
  if (t.flags[k]! & (NOT_ASCII_RUN | INNER_HYPHEN)) {
    h = 0;
    for (let i = t.wordStart[k]!; i < t.wordEnd[k]!; i++) {
      const c = source.charCodeAt(i);
      if (c > 0x7f) return true;
      if (c !== 0x2d) h = (Math.imul(h, 31) + (c >= 0x41 && c <= 0x5a ? c | 0x20 : c)) | 0;
    }
  }
  return formKeys.has(h);
}

/**
 * The hashes of the forms' keys (ASCII keys; mayLackHyphen passes every other word on) and of the compound numbers:
 * one set, so a long word is told by one filter (a test of the word's start for a tens word, beside it, cost as much
 * as the filter itself).
 */
function keyHashes(forms: ReadonlyMap<string, string>): HashSet {
  const out = new HashSet(COMPOUND_NUMBER_KEYS);
  for (const key of forms.keys()) out.add(hashOf(key));
  return out;
}

/** A set of hashes behind a filter of one bit per hash: most hashes asked about (every long word's) are none. */
class HashSet {
  private readonly bits: Int32Array;
  private readonly hashes: Set<number>;
  /** `base`: a set whose hashes this one starts with. */
  constructor(base?: HashSet) {
    this.bits = base ? base.bits.slice() : new Int32Array(HASH_FILTER_BITS >>> 5);
    this.hashes = new Set(base?.hashes);
  }
  add(h: number): void {
    const bit = h & (HASH_FILTER_BITS - 1);
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
    this.hashes.add(h);
  }
  has(h: number): boolean {
    const bit = h & (HASH_FILTER_BITS - 1);
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0 && this.hashes.has(h);
  }
}
/** Room for the compound numbers and a document's forms (a few dozen), a few bits in a hundred set. */
const HASH_FILTER_BITS = 8192;

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
/** An ASCII digit, in ASCII_CLASS only (the token flag HAS_DIGIT). */
const DIGIT = HAS_DIGIT;
const ALNUM_RE = /^[\p{L}\p{N}]$/u;
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
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) => classOf(c) | (c >= 0x30 && c <= 0x39 ? DIGIT : 0));
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
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/** Compound numbers are always hyphenated (`seventy-ninth`, `twenty-five`): pdftotext's `seventyninth` is one. */
const COMPOUND_NUMBER = new RegExp(`^((?:${TENS.join("|")}))(?:${UNITS.join("|")})$`, "i");
/** The compound numbers without their hyphen, in lower case, as keyHashes hashes a form's key. */
const COMPOUND_NUMBER_KEYS = new HashSet();
for (const tens of TENS) for (const unit of UNITS) COMPOUND_NUMBER_KEYS.add(hashOf(tens + unit));

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
