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
import { isWord, tokenEnd } from "./tokens";
import { increasingRun } from "./increasing-run";
import { DELETE, diffIds, INSERT } from "./myers";

export interface WordDiffOptions {
  readonly maxEditLength?: number;
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
  const textA = oldText.slice(head, oldText.length - tail);
  const textB = newText.slice(head, newText.length - tail);
  const raw: Change[] = [];
  push(raw, "equal", oldText.slice(0, head));
  const bounded = diffMiddle(textA, textB, raw, { maxEditLength: options.maxEditLength ?? 2000 });
  push(raw, "equal", oldText.slice(oldText.length - tail));
  return { changes: tidy(raw), bounded };
}

interface Bound {
  /** Most edits the diff may explore in one stretch (its cost is about edits × length). */
  readonly maxEditLength: number;
}

/** Above this many tokens on a side, the middle is first cut at anchors (see `anchors`). */
const ANCHOR_FROM = 40;

/**
 * Diff the differing middle into `out`; true when a bound was hit somewhere. Tokens become
 * small integers first (the diff compares integers). Long middles are
 * cut at anchors (words found exactly once on each side, in order: the patience-diff idea),
 * so the diff works on short stretches and its cost (edits × length) stays small.
 */
function diffMiddle(textA: string, textB: string, out: Change[], bound: Bound): boolean {
  const atA = tokenStarts(textA);
  const atB = tokenStarts(textB);
  const interned = intern(textA, atA, textB, atB);
  const s: Sides = { ...interned, textA, textB, atA, atB };
  const n = atA.length - 1;
  const m = atB.length - 1;
  if (n < ANCHOR_FROM && m < ANCHOR_FROM) return diffStretch(s, 0, n, 0, m, out, bound);
  let bounded = false;
  let i = 0;
  let j = 0;
  for (const [p, q] of anchors(s, interned.distinct)) {
    if (diffStretch(s, i, p, j, q, out, bound)) bounded = true;
    push(out, "equal", textOf(textA, atA, p, p + 1));
    i = p + 1;
    j = q + 1;
  }
  if (diffStretch(s, i, n, j, m, out, bound)) bounded = true;
  return bounded;
}

interface Sides {
  /** Token ids of each side (equal ids for equal tokens). */
  readonly x: Int32Array;
  readonly y: Int32Array;
  /** The texts the tokens were cut from, and where each token starts (one more: the end). */
  readonly textA: string;
  readonly textB: string;
  readonly atA: Int32Array;
  readonly atB: Int32Array;
}

/** Token starts, reused from call to call (grown as needed). */
let startScratch = new Int32Array(1024);

/** Where each token of `text` starts, and the text's length last (`tokenize`'s cuts, no substrings). */
function tokenStarts(text: string): Int32Array {
  let n = 0;
  let i = 0;
  for (;;) {
    if (n === startScratch.length) {
      const grown = new Int32Array(n * 2);
      grown.set(startScratch);
      startScratch = grown;
    }
    startScratch[n++] = i;
    if (i >= text.length) break;
    i = tokenEnd(text, i);
  }
  return startScratch.slice(0, n);
}

/** Tokens [from, to) of a side as one string: a slice of its text (the tokens join back to it). */
const textOf = (text: string, at: Int32Array, from: number, to: number) => text.slice(at[from]!, at[to]!);

// The token table of `intern`, reused from call to call: a slot is taken when its stamp is this call's.
let slotStamp = new Int32Array(0);
let slotHash = new Int32Array(0);
let slotId = new Int32Array(0);
let slotSide = new Uint8Array(0);
let slotToken = new Int32Array(0);
let stamp = 0;

/**
 * Small integer ids of the tokens of both sides, numbered in order of first appearance (old side
 * first): equal ids exactly for equal tokens. Tokens are read in place, hashed and compared by
 * their characters, so no substring or map entry is made per token.
 */
function intern(textA: string, atA: Int32Array, textB: string, atB: Int32Array): { x: Int32Array; y: Int32Array; distinct: number } {
  const total = atA.length + atB.length;
  let size = 64;
  while (size < total * 2) size *= 2;
  if (slotStamp.length < size || stamp >= 0x7fffffff) {
    const n = Math.max(size, slotStamp.length);
    slotStamp = new Int32Array(n);
    slotHash = new Int32Array(n);
    slotId = new Int32Array(n);
    slotSide = new Uint8Array(n);
    slotToken = new Int32Array(n);
    stamp = 0;
  }
  stamp++;
  const mask = size - 1;
  let distinct = 0;
  const texts = [textA, textB];
  const starts = [atA, atB];
  const ids = (side: number): Int32Array => {
    const text = texts[side]!;
    const at = starts[side]!;
    const out = new Int32Array(at.length - 1);
    for (let k = 0; k < out.length; k++) {
      const from = at[k]!;
      const len = at[k + 1]! - from;
      let h = 0;
      for (let c = from; c < from + len; c++) h = ((h << 5) - h + text.charCodeAt(c)) | 0;
      let slot = (h ^ (h >>> 15)) & mask;
      for (;;) {
        if (slotStamp[slot] !== stamp) {
          slotStamp[slot] = stamp;
          slotHash[slot] = h;
          slotId[slot] = distinct;
          slotSide[slot] = side;
          slotToken[slot] = k;
          out[k] = distinct++;
          break;
        }
        if (slotHash[slot] === h && sameToken(texts[slotSide[slot]!]!, starts[slotSide[slot]!]!, slotToken[slot]!, text, from, len)) {
          out[k] = slotId[slot]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return out;
  };
  const x = ids(0);
  const y = ids(1);
  return { x, y, distinct };
}

/** Is token `k` of (`text`, `at`) the `len` characters of `other` from `from`? */
function sameToken(text: string, at: Int32Array, k: number, other: string, from: number, len: number): boolean {
  const start = at[k]!;
  if (at[k + 1]! - start !== len) return false;
  for (let c = 0; c < len; c++) if (text.charCodeAt(start + c) !== other.charCodeAt(from + c)) return false;
  return true;
}

/** Diff a[i0, i1) against b[j0, j1) into `out`; true when the bound was hit (one replacement). */
function diffStretch(s: Sides, i0: number, i1: number, j0: number, j1: number, out: Change[], bound: Bound): boolean {
  const oldText = (from: number, to: number) => textOf(s.textA, s.atA, from, to);
  const newText = (from: number, to: number) => textOf(s.textB, s.atB, from, to);
  const replace = () => {
    push(out, "delete", oldText(i0, i1));
    push(out, "insert", newText(j0, j1));
  };
  if (i0 >= i1 || j0 >= j1) {
    replace();
    return false;
  }
  // One token on a side: it is either found on the other side (one equal) or replaced.
  if (i1 - i0 === 1 || j1 - j0 === 1) {
    const [one, many, from, to] = i1 - i0 === 1 ? [s.x[i0]!, s.y, j0, j1] : [s.y[j0]!, s.x, i0, i1];
    let k = from;
    while (k < to && many[k] !== one) k++;
    if (k === to) {
      replace();
    } else if (i1 - i0 === 1) {
      push(out, "insert", newText(j0, k));
      push(out, "equal", oldText(i0, i0 + 1));
      push(out, "insert", newText(k + 1, j1));
    } else {
      push(out, "delete", oldText(i0, k));
      push(out, "equal", newText(j0, j0 + 1));
      push(out, "delete", oldText(k + 1, i1));
    }
    return false;
  }
  // Equal ends of the stretch need no diff (and must not be lost to a stretch over the bound).
  if (s.x[i0] === s.y[j0] || s.x[i1 - 1] === s.y[j1 - 1]) {
    let p = 0;
    while (i0 + p < i1 && j0 + p < j1 && s.x[i0 + p] === s.y[j0 + p]) p++;
    let q = 0;
    while (i0 + p < i1 - q && j0 + p < j1 - q && s.x[i1 - 1 - q] === s.y[j1 - 1 - q]) q++;
    push(out, "equal", oldText(i0, i0 + p));
    const hit = diffStretch(s, i0 + p, i1 - q, j0 + p, j1 - q, out, bound);
    push(out, "equal", oldText(i1 - q, i1));
    return hit;
  }
  const script = diffIds(s.x, i0, i1, s.y, j0, j1, bound.maxEditLength);
  if (!script) {
    replace();
    return true;
  }
  let i = i0;
  let j = j0;
  for (let k = 0; k < script.kinds.length; k++) {
    const n = script.counts[k]!;
    const kind = script.kinds[k]!;
    if (kind === INSERT) {
      push(out, "insert", newText(j, j + n));
      j += n;
    } else if (kind === DELETE) {
      push(out, "delete", oldText(i, i + n));
      i += n;
    } else {
      push(out, "equal", oldText(i, i + n));
      i += n;
      j += n;
    }
  }
  return false;
}

/**
 * Positions [i, j] of words that occur once in `a` and once in `b`, the longest in-order run of
 * them. Tokens are their small integer ids (`distinct` of them), so each side is one pass over a
 * typed array: the only position of each id, -1 none, -2 more than one.
 */
function anchors(s: Sides, distinct: number): [number, number][] {
  const only = (xs: Int32Array) => {
    const at = new Int32Array(distinct).fill(-1);
    for (let i = 0; i < xs.length; i++) at[xs[i]!] = at[xs[i]!] === -1 ? i : -2;
    return at;
  };
  const inA = only(s.x);
  const inB = only(s.y);
  // In the order of `a`: the pairs come out sorted by their old position.
  const pairs: [number, number][] = [];
  for (let i = 0; i < s.x.length; i++) {
    const k = s.x[i]!;
    if (inA[k] === i && inB[k]! >= 0 && isWordAt(s.textA, s.atA, i)) pairs.push([i, inB[k]!]);
  }
  return increasingRun(pairs.map((p) => p[1])).map((k) => pairs[k]!);
}

/** `isWord` of token `k`: its first character decides (ASCII read in place). */
function isWordAt(text: string, at: Int32Array, k: number): boolean {
  const c = text.charCodeAt(at[k]!);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return isWord(textOf(text, at, k, k + 1));
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
