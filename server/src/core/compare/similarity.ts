/**
 * How alike two paragraphs are: Dice overlap of their words and word pairs, with rollover
 * tokens (numbers, symbols, ordinals, months) folded so a routine update keeps the score high.
 *
 * Alignment scores thousands of pairs and profiles every unpaired paragraph, so a profile is
 * two number arrays: each word is a 32-bit polynomial hash (h·31 + c, a shift and a
 * subtraction per character: twice as fast as FNV-1a's multiply) of its lower-case letters, read
 * straight from the text (no substrings, no map). Words are sorted (rarity bags and word overlap
 * are linear merges); word pairs are not: only the few pairs of paragraphs that alignment
 * measures need their overlap, and counting one side in a table costs less than sorting every
 * paragraph's pairs. A hash collision can only nudge a score, never change a text.
 */
import { MONTH_NAMES, ORDINAL_WORDS } from "./tokens";
import { U32Table } from "./u32-table";
import { u32Array } from "./arena";

export interface Profile {
  /** Word hashes, sorted, repeated as often as the word occurs. */
  readonly words: Uint32Array;
  /** Word-pair hashes (32-bit mixes of the two word hashes), in text order, with repeats. */
  readonly pairs: Uint32Array;
}

const FNV_OFFSET = 0x811c9dc5;

function hash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = ((h << 5) - h + word.charCodeAt(i)) | 0;
  return h >>> 0;
}

/** Every rollover token folds to this one word. */
const ROLLOVER = hash("#");
const ROLLOVER_WORDS = (() => {
  const words = [...ORDINAL_WORDS, ...MONTH_NAMES];
  const t = new U32Table(words.length);
  for (const w of words) t.set(hash(w), 1);
  return t;
})();
/** A bit per 12-bit slice of the rollover words' hashes: most words are ruled out by one load, without the table. */
const ROLLOVER_BITS = (() => {
  const bits = new Uint32Array(128);
  for (const w of [...ORDINAL_WORDS, ...MONTH_NAMES]) {
    const k = hash(w) >>> 20;
    bits[k >>> 5] |= 1 << (k & 31);
  }
  return bits;
})();
const maybeRollover = (h: number) => ((ROLLOVER_BITS[h >>> 25]! >>> ((h >>> 20) & 31)) & 1) === 1 && ROLLOVER_WORDS.has(h);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}_]/u;

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 58;

/** For each ASCII unit, what a word hashes for it: letters lower-cased, digits and `_` as they are; 0 for a unit that is no word character. */
const FOLDED = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 ? c : 0));

/** What a word hashes for the unit at `i`: `FOLDED`'s unit, -1 for a non-ASCII word character (lower-cased by the string method, rare here), 0 for no word character. */
function unitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return FOLDED[c]!;
  return NON_ASCII_WORD.test(text[i]!) ? -1 : 0;
}

/** Word hashes of the text being profiled, reused from call to call (grown as needed): no array per paragraph. */
let scratch = new Uint32Array(512);

/** The words of a text as hashes into `scratch` (cut as `tokenize` cuts words), rollover tokens folded to one; returns their count. */
function wordHashes(text: string): number {
  const end = text.length;
  let n = 0;
  let i = 0;
  while (i < end) {
    let u = unitAt(text, i);
    if (u === 0) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    // A digit or "/": a number, symbol or resolution.
    let rollover = false;
    // Each pass hashes `u` (ASCII folded by the table, the rest lower-cased here) and reads the next unit.
    for (;;) {
      if (u < 0) u = text[i]!.toLowerCase().charCodeAt(0);
      else if (u <= 57 && u >= 47) rollover = true;
      h = ((h << 5) - h + u) | 0;
      if (++i >= end) break;
      u = unitAt(text, i);
      if (u !== 0) continue;
      // A joiner continues the word only when a word character follows it; it is hashed as it is.
      const c = text.charCodeAt(i);
      if (!isJoiner(c) || i + 1 >= end || unitAt(text, i + 1) === 0) break;
      u = c < 128 ? c : -1;
    }
    if (n === scratch.length) {
      const grown = new Uint32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    h >>>= 0;
    scratch[n++] = rollover || maybeRollover(h) ? ROLLOVER : h;
  }
  return n;
}

export function profile(text: string): Profile {
  const n = wordHashes(text);
  // Views on shared chunks (`arena.ts`): no backing store of their own to allocate and sweep.
  const pairs = u32Array(Math.max(0, n - 1));
  for (let i = 1; i < n; i++) pairs[i - 1] = (Math.imul(scratch[i - 1]!, 0x9e3779b1) ^ scratch[i]!) >>> 0;
  const words = u32Array(n);
  for (let i = 0; i < n; i++) words[i] = scratch[i]!;
  return { words: words.sort(), pairs };
}

/** Counts of one side's pair hashes for `commonPairs`: open addressing, a slot current only when its stamp is this call's. */
let countKeys = new Uint32Array(1024);
let counts = new Int32Array(1024);
let stamps = new Int32Array(1024);
let countBits = 10;
let stamp = 0;

/** The size of the multiset intersection of two unsorted arrays: the smaller one counted in the table, the larger one read against it. */
function commonPairs(a: Uint32Array, b: Uint32Array): number {
  const small = a.length <= b.length ? a : b;
  const large = small === a ? b : a;
  // At most half full: a free slot ends every search soon.
  if (2 * small.length > countKeys.length || stamp === 0x7fffffff) {
    while (2 * small.length > 1 << countBits) countBits++;
    countKeys = new Uint32Array(1 << countBits);
    counts = new Int32Array(1 << countBits);
    stamps = new Int32Array(1 << countBits);
    stamp = 0;
  }
  const now = ++stamp;
  const shift = 32 - countBits;
  const mask = (1 << countBits) - 1;
  for (let i = 0; i < small.length; i++) {
    const x = small[i]!;
    let slot = Math.imul(x, 0x9e3779b1) >>> shift;
    while (stamps[slot] === now && countKeys[slot] !== x) slot = (slot + 1) & mask;
    if (stamps[slot] === now) counts[slot]++;
    else {
      stamps[slot] = now;
      countKeys[slot] = x;
      counts[slot] = 1;
    }
  }
  let n = 0;
  for (let i = 0; i < large.length; i++) {
    const x = large[i]!;
    let slot = Math.imul(x, 0x9e3779b1) >>> shift;
    while (stamps[slot] === now && countKeys[slot] !== x) slot = (slot + 1) & mask;
    if (stamps[slot] === now && counts[slot]! > 0) {
      counts[slot]--;
      n++;
    }
  }
  return n;
}

/** The size of the multiset intersection of two sorted arrays. */
function common(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

const dice = (a: Uint32Array, b: Uint32Array) => (2 * common(a, b)) / (a.length + b.length);
const pairDice = (a: Uint32Array, b: Uint32Array) => (2 * commonPairs(a, b)) / (a.length + b.length);

/** 0 … 1: the mean of the word and word-pair Dice coefficients (words only for one-word texts). */
export function similarity(a: Profile, b: Profile): number {
  if (a.words.length === 0 && b.words.length === 0) return 1;
  if (a.words.length === 0 || b.words.length === 0) return 0;
  if (a.pairs.length === 0 || b.pairs.length === 0) return dice(a.words, b.words);
  return (dice(a.words, b.words) + pairDice(a.pairs, b.pairs)) / 2;
}

/**
 * The most `similarity(a, b)` can be given only the sizes: Dice is at most 2·min/(sum).
 * Lets alignment skip pairs of very different lengths without merging.
 */
export function similarityBound(a: Profile, b: Profile): number {
  const bound = (x: number, y: number) => (x + y === 0 ? 1 : (2 * Math.min(x, y)) / (x + y));
  if (a.pairs.length === 0 || b.pairs.length === 0) return bound(a.words.length, b.words.length);
  return (bound(a.words.length, b.words.length) + bound(a.pairs.length, b.pairs.length)) / 2;
}

/** The share of `part`'s word pairs (words for one-word texts) found in `whole`: is `part` cut out of `whole`? */
export function containment(part: Profile, whole: Profile): number {
  if (part.words.length === 0) return 0;
  if (part.pairs.length === 0) return common(part.words, whole.words) / part.words.length;
  return commonPairs(part.pairs, whole.pairs) / part.pairs.length;
}

/** Similarity of two loose texts (titles, for instance). */
export function textSimilarity(a: string, b: string): number {
  return similarity(profile(a), profile(b));
}
