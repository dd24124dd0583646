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
import { isWord, tokenize } from "./tokens";
import { increasingRun } from "./increasing-run";
import { DELETE, diffIds, INSERT } from "./myers";

export interface WordDiffOptions {
  readonly maxEditLength?: number;
  /** Token numbers shared by the diffs of one comparison (`tokenTable()`): fewer map entries made. */
  readonly tokens?: TokenTable;
}

/**
 * Small integers for tokens, shared by the word diffs of one comparison: the same words come back
 * in every paragraph, so most tokens are found rather than added. Drop it with the comparison.
 */
export interface TokenTable {
  readonly ids: Map<string, number>;
  /** Numbers of one-character ASCII tokens (spaces, punctuation: half of all tokens), -1 not yet; kept out of the map. */
  readonly ascii: Int32Array;
  /** The next token number. */
  next: number;
  /** Per token number: a stamp and a position, for `anchors` (the only position of a token on a side). */
  stamp: Int32Array;
  at: Int32Array;
  round: number;
}

export function tokenTable(): TokenTable {
  return { ids: new Map(), ascii: new Int32Array(128).fill(-1), next: 0, stamp: new Int32Array(0), at: new Int32Array(0), round: 0 };
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
  const bounded = diffMiddle(textA, tokenize(textA), textB, tokenize(textB), raw, { maxEditLength: options.maxEditLength ?? 2000 }, options.tokens ?? tokenTable());
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
function diffMiddle(textA: string, a: readonly string[], textB: string, b: readonly string[], out: Change[], bound: Bound, table: TokenTable): boolean {
  const { ids, ascii } = table;
  const id = (t: string): number => {
    if (t.length === 1) {
      const c = t.charCodeAt(0);
      if (c < 128) return ascii[c]! >= 0 ? ascii[c]! : (ascii[c] = table.next++);
    }
    const known = ids.get(t);
    if (known !== undefined) return known;
    ids.set(t, table.next);
    return table.next++;
  };
  const s: Sides = { a, b, x: a.map(id), y: b.map(id), textA, textB, atA: offsets(a), atB: offsets(b) };
  if (a.length < ANCHOR_FROM && b.length < ANCHOR_FROM) return diffStretch(s, 0, a.length, 0, b.length, out, bound);
  let bounded = false;
  let i = 0;
  let j = 0;
  for (const [p, q] of anchors(s, table)) {
    if (diffStretch(s, i, p, j, q, out, bound)) bounded = true;
    push(out, "equal", a[p]!);
    i = p + 1;
    j = q + 1;
  }
  if (diffStretch(s, i, a.length, j, b.length, out, bound)) bounded = true;
  return bounded;
}

interface Sides {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The texts the tokens were cut from, and where each token starts (one more: the end). */
  readonly textA: string;
  readonly textB: string;
  readonly atA: Int32Array;
  readonly atB: Int32Array;
}

/** Start of each token in the text it was cut from, and the text's length last. */
function offsets(tokens: readonly string[]): Int32Array {
  const at = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) at[k + 1] = at[k]! + tokens[k]!.length;
  return at;
}

/** Tokens [from, to) of a side as one string: a slice of its text (the tokens join back to it). */
const textOf = (text: string, at: Int32Array, from: number, to: number) => text.slice(at[from]!, at[to]!);

/** Diff a[i0, i1) against b[j0, j1) into `out`; true when the bound was hit (one replacement). */
function diffStretch(s: Sides, i0: number, i1: number, j0: number, j1: number, out: Change[], bound: Bound): boolean {
  const text = (t: readonly string[], from: number, to: number) => (t === s.a ? textOf(s.textA, s.atA, from, to) : textOf(s.textB, s.atB, from, to));
  const replace = () => {
    push(out, "delete", text(s.a, i0, i1));
    push(out, "insert", text(s.b, j0, j1));
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
      push(out, "insert", text(s.b, j0, k));
      push(out, "equal", s.a[i0]!);
      push(out, "insert", text(s.b, k + 1, j1));
    } else {
      push(out, "delete", text(s.a, i0, k));
      push(out, "equal", s.b[j0]!);
      push(out, "delete", text(s.a, k + 1, i1));
    }
    return false;
  }
  // Equal ends of the stretch need no diff (and must not be lost to a stretch over the bound).
  if (s.x[i0] === s.y[j0] || s.x[i1 - 1] === s.y[j1 - 1]) {
    let p = 0;
    while (i0 + p < i1 && j0 + p < j1 && s.x[i0 + p] === s.y[j0 + p]) p++;
    let q = 0;
    while (i0 + p < i1 - q && j0 + p < j1 - q && s.x[i1 - 1 - q] === s.y[j1 - 1 - q]) q++;
    push(out, "equal", text(s.a, i0, i0 + p));
    const hit = diffStretch(s, i0 + p, i1 - q, j0 + p, j1 - q, out, bound);
    push(out, "equal", text(s.a, i1 - q, i1));
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
      push(out, "insert", text(s.b, j, j + n));
      j += n;
    } else if (kind === DELETE) {
      push(out, "delete", text(s.a, i, i + n));
      i += n;
    } else {
      push(out, "equal", text(s.a, i, i + n));
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
function anchors(s: Sides, table: TokenTable): [number, number][] {
  const size = table.next;
  if (table.stamp.length < size) {
    const grown = Math.max(size, table.stamp.length * 2, 256);
    const stamp = new Int32Array(grown);
    stamp.set(table.stamp);
    table.stamp = stamp;
    const at = new Int32Array(grown);
    at.set(table.at);
    table.at = at;
  }
  // One round per side: a token's stamp says whether `at` holds its position on this side (-2 more than one).
  const only = (xs: readonly number[]): number => {
    const round = ++table.round;
    for (let i = 0; i < xs.length; i++) {
      const k = xs[i]!;
      if (table.stamp[k] !== round) {
        table.stamp[k] = round;
        table.at[k] = i;
      } else table.at[k] = -2;
    }
    return round;
  };
  const onlyA = new Int32Array(s.x.length);
  only(s.x);
  for (let i = 0; i < s.x.length; i++) onlyA[i] = table.at[s.x[i]!] === i ? 1 : 0;
  const roundB = only(s.y);
  // In the order of `a`: the pairs come out sorted by their old position.
  const pairs: [number, number][] = [];
  for (let i = 0; i < s.x.length; i++) {
    const k = s.x[i]!;
    if (onlyA[i] === 1 && table.stamp[k] === roundB && table.at[k]! >= 0 && isWord(s.a[i]!)) pairs.push([i, table.at[k]!]);
  }
  return increasingRun(pairs.map((p) => p[1])).map((k) => pairs[k]!);
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
