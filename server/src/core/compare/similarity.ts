/**
 * How alike two paragraphs are: Dice overlap of their words and word pairs, with rollover
 * tokens (numbers, symbols, ordinals, months) folded so a routine update keeps the score high.
 *
 * Alignment scores thousands of pairs, so a profile is two sorted number arrays (words and
 * word pairs interned to ids by one `Interner` per comparison) and overlap is a linear merge.
 */
import { similarityWords } from "./tokens";

export class Interner {
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(s, i);
    }
    return i;
  }
}

export interface Profile {
  /** Word ids, sorted, repeated as often as the word occurs. */
  readonly words: Float64Array;
  /** Word-pair ids (first * 2^26 + second), sorted, with repeats. */
  readonly pairs: Float64Array;
}

const PAIR = 2 ** 26;

export function profile(text: string, interner: Interner): Profile {
  const ids = similarityWords(text).map((w) => interner.id(w));
  const pairs = new Float64Array(Math.max(0, ids.length - 1));
  for (let i = 1; i < ids.length; i++) pairs[i - 1] = ids[i - 1]! * PAIR + ids[i]!;
  return { words: Float64Array.from(ids).sort(), pairs: pairs.sort() };
}

/** The size of the multiset intersection of two sorted arrays. */
function common(a: Float64Array, b: Float64Array): number {
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

const dice = (a: Float64Array, b: Float64Array) => (2 * common(a, b)) / (a.length + b.length);

/** 0 … 1: the mean of the word and word-pair Dice coefficients (words only for one-word texts). */
export function similarity(a: Profile, b: Profile): number {
  if (a.words.length === 0 && b.words.length === 0) return 1;
  if (a.words.length === 0 || b.words.length === 0) return 0;
  if (a.pairs.length === 0 || b.pairs.length === 0) return dice(a.words, b.words);
  return (dice(a.words, b.words) + dice(a.pairs, b.pairs)) / 2;
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
  return common(part.pairs, whole.pairs) / part.pairs.length;
}

/** Similarity of two loose texts (titles, for instance). */
export function textSimilarity(a: string, b: string): number {
  const interner = new Interner();
  return similarity(profile(a, interner), profile(b, interner));
}
