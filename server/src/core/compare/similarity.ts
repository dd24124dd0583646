/**
 * How alike two paragraphs are: Dice overlap of their words and word pairs, with rollover
 * tokens (numbers, symbols, ordinals, months) folded so a routine update keeps the score high.
 */
import { similarityWords } from "./tokens";

export interface Profile {
  readonly words: ReadonlyMap<string, number>;
  readonly pairs: ReadonlyMap<string, number>;
  readonly wordCount: number;
  readonly pairCount: number;
}

export function profile(text: string): Profile {
  const ws = similarityWords(text);
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (let i = 0; i < ws.length; i++) {
    words.set(ws[i]!, (words.get(ws[i]!) ?? 0) + 1);
    if (i > 0) {
      const p = ws[i - 1]! + " " + ws[i]!;
      pairs.set(p, (pairs.get(p) ?? 0) + 1);
    }
  }
  return { words, pairs, wordCount: ws.length, pairCount: Math.max(0, ws.length - 1) };
}

function common(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [k, c] of small) n += Math.min(c, large.get(k) ?? 0);
  return n;
}

/** 0 … 1: the mean of the word and word-pair Dice coefficients (words only for one-word texts). */
export function similarity(a: Profile, b: Profile): number {
  if (a.wordCount === 0 && b.wordCount === 0) return 1;
  if (a.wordCount === 0 || b.wordCount === 0) return 0;
  const dw = (2 * common(a.words, b.words)) / (a.wordCount + b.wordCount);
  if (a.pairCount === 0 || b.pairCount === 0) return dw;
  const dp = (2 * common(a.pairs, b.pairs)) / (a.pairCount + b.pairCount);
  return (dw + dp) / 2;
}

/** The share of `part`'s word pairs (words for one-word texts) found in `whole`: is `part` cut out of `whole`? */
export function containment(part: Profile, whole: Profile): number {
  if (part.wordCount === 0) return 0;
  if (part.pairCount === 0) return common(part.words, whole.words) / part.wordCount;
  return common(part.pairs, whole.pairs) / part.pairCount;
}
