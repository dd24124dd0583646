/**
 * The word-level diff inside one aligned pair of paragraphs: jsdiff's algorithm (`myers.ts`, the
 * same edit script as `diffArrays`, on integer arrays) over our own tokens (words, whitespace
 * runs, single punctuation). Diffing tokens that we cut ourselves keeps the output exact: `equal` + `delete` is the old text and `equal` +
 * `insert` the new, byte for byte, which `diffWords`' whitespace handling does not promise.
 *
 * The diff is bounded by a count of edits, never by time: a stretch over the bound comes back as
 * one replacement, so no input can stall the caller and the same input gives the same output on
 * any machine.
 */
import type { Change } from "./types";
import { ASCII_CLASS, isWordAt, OTHER, SPACE, tokenEnd, tokenStarts, WORD, type TokenStarts } from "./tokens";
import { increasingRun } from "./increasing-run";
import { DELETE, diffIds, INSERT } from "./myers";
import { u8Array } from "./arena";

export interface WordDiffOptions {
  readonly maxEditLength?: number;
  /** Token numbers shared by the diffs of one comparison (`tokenTable()`): fewer entries made. */
  readonly tokens?: TokenTable;
}

/**
 * Small integers for tokens, shared by the word diffs of one comparison: the same words come back
 * in every paragraph, so most tokens are found rather than added. A token is looked up by a hash
 * of its characters where it stands and compared in place with the first one of its number, so
 * no string is made per token (only one per distinct token). Drop it with the comparison.
 */
export interface TokenTable {
  /** Open addressing on the hash: token number + 1 in each used slot, 0 free. */
  slots: Int32Array;
  /** The text of each token number. */
  readonly words: string[];
  /** The hash of each token number (for growing the slots). */
  hashes: Int32Array;
  /** Numbers of one-character ASCII tokens (spaces, punctuation: half of all tokens), -1 not yet; kept out of the slots. */
  readonly ascii: Int32Array;
  /** The next token number. */
  next: number;
  /** Per token number: a stamp and a position, for `anchors` (the only position of a token on a side). */
  stamp: Int32Array;
  at: Int32Array;
  round: number;
}

export function tokenTable(): TokenTable {
  return {
    slots: new Int32Array(1024),
    words: [],
    hashes: new Int32Array(512),
    ascii: new Int32Array(128).fill(-1),
    next: 0,
    stamp: new Int32Array(0),
    at: new Int32Array(0),
    round: 0,
  };
}

export interface WordDiff {
  changes: Change[];
  /** True when the bound was hit and the middle became one replacement. */
  bounded: boolean;
}

export function diffParagraphWords(oldText: string, newText: string, options: WordDiffOptions = {}): WordDiff {
  if (oldText === newText) return { changes: oldText ? [{ op: "equal", text: oldText }] : [], bounded: false };
  // Strip the common ends first, on characters and back to a space so no word is cut: most
  // pairs differ in a few words, and only the middle is tokenized and diffed.
  let head = 0;
  const max = Math.min(oldText.length, newText.length);
  while (head < max && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  while (head > 0 && !/\s/.test(oldText[head - 1]!)) head--;
  let tail = 0;
  while (tail < max - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  while (tail > 0 && !/\s/.test(oldText[oldText.length - tail]!)) tail--;
  const raw: Change[] = [];
  push(raw, "equal", oldText.slice(0, head));
  // The middles are read in place (a slice is a sliced string, whose every `charCodeAt` goes through its parent).
  const bounded = diffMiddle(oldText, head, oldText.length - tail, newText, newText.length - tail, raw, options.maxEditLength ?? 2000, options.tokens ?? tokenTable());
  push(raw, "equal", oldText.slice(oldText.length - tail));
  return { changes: tidy(raw), bounded };
}

/** Above this many tokens on a side, the middle is first cut at anchors (see `anchors`). */
const ANCHOR_FROM = 40;

/** Token starts and numbers of the two middles, reused from diff to diff (a diff never runs inside another). */
const startsA = tokenStarts();
const startsB = tokenStarts();
let idsA = new Int32Array(256);
let idsB = new Int32Array(256);

/**
 * Diff the differing middles `textA[head, endA)` and `textB[head, endB)` into `out`; true when a bound was hit somewhere (`bound`: most edits
 * the diff may explore in one stretch, its cost being about edits × length). Tokens become
 * small integers first (the diff compares integers). Long middles are
 * cut at anchors (words found exactly once on each side, in order: the patience-diff idea),
 * so the diff works on short stretches and its cost (edits × length) stays small.
 */
function diffMiddle(textA: string, head: number, endA: number, textB: string, endB: number, out: Change[], bound: number, table: TokenTable): boolean {
  if (idsA.length < endA - head) idsA = new Int32Array(Math.max(endA - head, idsA.length * 2));
  if (idsB.length < endB - head) idsB = new Int32Array(Math.max(endB - head, idsB.length * 2));
  cutAndNumber(table, textA, startsA, idsA, head, endA);
  cutAndNumber(table, textB, startsB, idsB, head, endB);
  const s: Sides = { x: idsA, y: idsB, textA, textB, atA: startsA.at, atB: startsB.at };
  const a = startsA.count;
  const b = startsB.count;
  if (a < ANCHOR_FROM && b < ANCHOR_FROM) return diffStretch(s, 0, a, 0, b, out, bound);
  let bounded = false;
  let i = 0;
  let j = 0;
  for (const [p, q] of anchors(s, a, b, table)) {
    if (diffStretch(s, i, p, j, q, out, bound)) bounded = true;
    push(out, "equal", textOf(textA, s.atA, p, p + 1));
    i = p + 1;
    j = q + 1;
  }
  if (diffStretch(s, i, a, j, b, out, bound)) bounded = true;
  return bounded;
}

/** The ASCII joiners that continue a word before a word character (`-`, `'`, `/`, `.`, `:`; `’` is not ASCII). */
const asciiJoiner = (c: number) => c === 45 || c === 39 || c === 47 || c === 46 || c === 58;
/** An ASCII word character (false for any other unit). */
const asciiWord = (c: number) => c >= 0 && c < 128 && ASCII_CLASS[c] === WORD;

/**
 * Cut `text[from, to)` into tokens (as `cutTokens`) and number each one into `ids` (`ids` holds `to - from`
 * at least), in one pass: a token of ASCII units is hashed while it is cut, so its characters are
 * read once to find it and once to compare it with its number's token. A token that meets a
 * non-ASCII unit (rare in these texts) is cut again by `tokenEnd`, whose grammar decides.
 */
export function cutAndNumber(table: TokenTable, text: string, starts: TokenStarts, ids: Int32Array, from = 0, to = text.length): void {
  if (starts.at.length <= to - from) starts.at = new Int32Array(Math.max(to - from + 1, starts.at.length * 2));
  const at = starts.at;
  const end = to;
  let n = 0;
  let i = from;
  while (i < end) {
    const start = i;
    at[n] = start;
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII_CLASS[c]! : -1;
    if (k === OTHER) {
      ids[n++] = asciiId(table, c);
      i++;
      continue;
    }
    let h = c;
    i++;
    if (k === WORD) {
      for (;;) {
        let d = i < end ? text.charCodeAt(i) : -1;
        while (asciiWord(d)) {
          h = ((h << 5) - h + d) | 0;
          d = ++i < end ? text.charCodeAt(i) : -1;
        }
        if (asciiJoiner(d) && i + 1 < end && asciiWord(text.charCodeAt(i + 1))) {
          h = ((h << 5) - h + d) | 0;
          i++;
          continue;
        }
        // The word ends here unless a non-ASCII unit (a letter, a joiner `’`) or a joiner before one continues it.
        if (d >= 128 || (asciiJoiner(d) && i + 1 < end && text.charCodeAt(i + 1) >= 128)) i = -1;
        break;
      }
    } else if (k === SPACE) {
      let d = i < end ? text.charCodeAt(i) : -1;
      while (d >= 0 && d < 128 && ASCII_CLASS[d] === SPACE) {
        h = ((h << 5) - h + d) | 0;
        d = ++i < end ? text.charCodeAt(i) : -1;
      }
      if (d >= 128) i = -1;
    } else i = -1;
    if (i < 0) {
      i = tokenEnd(text, start, end);
      ids[n++] = i - start === 1 && c < 128 ? asciiId(table, c) : tokenId(table, text, start, i);
    } else ids[n++] = i - start === 1 ? asciiId(table, c) : idOfHash(table, text, start, i, h);
  }
  at[n] = end;
  starts.count = n;
}

function asciiId(table: TokenTable, c: number): number {
  const known = table.ascii[c]!;
  return known >= 0 ? known : (table.ascii[c] = table.next++);
}

/** The number of the token `text[from, to)`: found by the hash of its characters and compared in place, or added. */
function tokenId(table: TokenTable, text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = ((h << 5) - h + text.charCodeAt(i)) | 0;
  return idOfHash(table, text, from, to, h);
}

/** `tokenId` of a token whose hash `h` is known. */
function idOfHash(table: TokenTable, text: string, from: number, to: number, h: number): number {
  let mask = table.slots.length - 1;
  let slot = Math.imul(h, 0x9e3779b1) & mask;
  for (;;) {
    const id = table.slots[slot]! - 1;
    if (id < 0) break;
    if (table.hashes[id] === h && sameToken(table.words[id]!, text, from, to)) return id;
    slot = (slot + 1) & mask;
  }
  const id = table.next++;
  table.words[id] = text.slice(from, to);
  if (table.hashes.length <= id) table.hashes = grown(table.hashes, table.hashes.length * 2);
  table.hashes[id] = h;
  table.slots[slot] = id + 1;
  // At most half full: a free slot ends every search soon.
  if (2 * table.words.length > table.slots.length) {
    table.slots = new Int32Array(table.slots.length * 2);
    mask = table.slots.length - 1;
    for (let k = 0; k < table.words.length; k++) {
      let at = Math.imul(table.hashes[k]!, 0x9e3779b1) & mask;
      while (table.slots[at] !== 0) at = (at + 1) & mask;
      table.slots[at] = k + 1;
    }
  }
  return id;
}

function sameToken(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

interface Sides {
  /** Token numbers of each side. */
  readonly x: Int32Array;
  readonly y: Int32Array;
  /** The texts the tokens were cut from, and where each token starts (one more: the end). */
  readonly textA: string;
  readonly textB: string;
  readonly atA: Int32Array;
  readonly atB: Int32Array;
}

/** Tokens [from, to) of a side as one string: a slice of its text (the tokens join back to it). */
const textOf = (text: string, at: Int32Array, from: number, to: number) => text.slice(at[from]!, at[to]!);

/** Old tokens [i0, i1) become new tokens [j0, j1). */
function replace(s: Sides, i0: number, i1: number, j0: number, j1: number, out: Change[]): void {
  push(out, "delete", textOf(s.textA, s.atA, i0, i1));
  push(out, "insert", textOf(s.textB, s.atB, j0, j1));
}

/** One token on a side (the old one when both have one): it is either found on the other side (one equal) or replaced. */
function oneToken(s: Sides, i0: number, i1: number, j0: number, j1: number, out: Change[]): void {
  const oldOne = i1 - i0 === 1;
  const one = oldOne ? s.x[i0]! : s.y[j0]!;
  const many = oldOne ? s.y : s.x;
  const from = oldOne ? j0 : i0;
  const to = oldOne ? j1 : i1;
  let k = from;
  while (k < to && many[k] !== one) k++;
  if (k === to) return replace(s, i0, i1, j0, j1, out);
  // The other side's tokens around the one found.
  const op = oldOne ? "insert" : "delete";
  const text = oldOne ? s.textB : s.textA;
  const at = oldOne ? s.atB : s.atA;
  push(out, op, textOf(text, at, from, k));
  push(out, "equal", oldOne ? textOf(s.textA, s.atA, i0, i1) : textOf(s.textB, s.atB, j0, j1));
  push(out, op, textOf(text, at, k + 1, to));
}

/** Diff a[i0, i1) against b[j0, j1) into `out`; true when the bound was hit (one replacement). */
function diffStretch(s: Sides, i0: number, i1: number, j0: number, j1: number, out: Change[], bound: number): boolean {
  if (i0 >= i1 || j0 >= j1) {
    replace(s, i0, i1, j0, j1, out);
    return false;
  }
  if (i1 - i0 === 1 || j1 - j0 === 1) {
    oneToken(s, i0, i1, j0, j1, out);
    return false;
  }
  // Equal ends of the stretch need no diff (and must not be lost to a stretch over the bound).
  if (s.x[i0] === s.y[j0] || s.x[i1 - 1] === s.y[j1 - 1]) {
    let p = 0;
    while (i0 + p < i1 && j0 + p < j1 && s.x[i0 + p] === s.y[j0 + p]) p++;
    let q = 0;
    while (i0 + p < i1 - q && j0 + p < j1 - q && s.x[i1 - 1 - q] === s.y[j1 - 1 - q]) q++;
    push(out, "equal", textOf(s.textA, s.atA, i0, i0 + p));
    const hit = diffStretch(s, i0 + p, i1 - q, j0 + p, j1 - q, out, bound);
    push(out, "equal", textOf(s.textA, s.atA, i1 - q, i1));
    return hit;
  }
  const script = diffIds(s.x, i0, i1, s.y, j0, j1, bound);
  if (!script) {
    replace(s, i0, i1, j0, j1, out);
    return true;
  }
  let i = i0;
  let j = j0;
  for (let k = 0; k < script.kinds.length; k++) {
    const n = script.counts[k]!;
    const kind = script.kinds[k]!;
    if (kind === INSERT) {
      push(out, "insert", textOf(s.textB, s.atB, j, j + n));
      j += n;
    } else if (kind === DELETE) {
      push(out, "delete", textOf(s.textA, s.atA, i, i + n));
      i += n;
    } else {
      push(out, "equal", textOf(s.textA, s.atA, i, i + n));
      i += n;
      j += n;
    }
  }
  return false;
}

/** Room for a stamp and a position per token number. */
function fitStamps(table: TokenTable): void {
  const size = table.next;
  if (table.stamp.length >= size) return;
  const room = Math.max(size, table.stamp.length * 2, 256);
  table.stamp = grown(table.stamp, room);
  table.at = grown(table.at, room);
}

/** One round per side: a token's stamp says whether `at` holds its position on this side (-2 more than one). */
function onlyPositions(table: TokenTable, xs: Int32Array, count: number): number {
  const round = ++table.round;
  for (let i = 0; i < count; i++) {
    const k = xs[i]!;
    if (table.stamp[k] !== round) {
      table.stamp[k] = round;
      table.at[k] = i;
    } else table.at[k] = -2;
  }
  return round;
}

/**
 * Positions [i, j] of words that occur once in `a` and once in `b` (`a`, `b`: the token counts),
 * the longest in-order run of them. Tokens are their small integer ids, so each side is one pass
 * over a typed array: the only position of each id, -1 none, -2 more than one.
 */
function anchors(s: Sides, a: number, b: number, table: TokenTable): [number, number][] {
  fitStamps(table);
  const onlyA = u8Array(a);
  onlyPositions(table, s.x, a);
  for (let i = 0; i < a; i++) onlyA[i] = table.at[s.x[i]!] === i ? 1 : 0;
  const roundB = onlyPositions(table, s.y, b);
  // In the order of `a`: the pairs come out sorted by their old position.
  const pairs: [number, number][] = [];
  const ends: number[] = [];
  for (let i = 0; i < a; i++) {
    const k = s.x[i]!;
    if (onlyA[i] === 1 && table.stamp[k] === roundB && table.at[k]! >= 0 && isWordAt(s.textA, s.atA[i]!, s.atA[i + 1]!)) {
      pairs.push([i, table.at[k]!]);
      ends.push(table.at[k]!);
    }
  }
  return increasingRun(ends).map((k) => pairs[k]!);
}

function push(list: Change[], op: Change["op"], text: string): void {
  if (text) list.push({ op, text });
}

/**
 * Make the redline readable without changing what it reconstructs: a stretch of only
 * spaces or punctuation between a deletion and an insertion joins them (it goes into both),
 * and within each run of edits the deletion comes before the insertion.
 */
const SPACE_OR_PUNCTUATION = /^[\s\p{P}]*$/u;

export function tidy(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  let del = "";
  let ins = "";
  let inRun = false;
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = ins = "";
    inRun = false;
  };
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.op === "equal") {
      const next = changes[i + 1];
      const mixed = (del && ins) || (del && next?.op === "insert") || (ins && next?.op === "delete");
      if (inRun && mixed && next && next.op !== "equal" && c.text.length <= 3 && SPACE_OR_PUNCTUATION.test(c.text)) {
        del += c.text;
        ins += c.text;
        continue;
      }
      flush();
      const last = out[out.length - 1];
      if (last && last.op === "equal") last.text += c.text;
      else out.push({ op: "equal", text: c.text });
    } else {
      inRun = true;
      if (c.op === "delete") del += c.text;
      else ins += c.text;
    }
  }
  flush();
  return out;
}

/** The old side of a change list. */
export function oldSide(changes: readonly Change[]): string {
  return changes.filter((c) => c.op !== "insert").map((c) => c.text).join("");
}

/** The new side of a change list. */
export function newSide(changes: readonly Change[]): string {
  return changes.filter((c) => c.op !== "delete").map((c) => c.text).join("");
}
