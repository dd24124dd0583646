/**
 * Pairing scores weighted by how rare each word is in the document pair. A word found in most
 * paragraphs ("the", "Requests", "Secretary-General", "report") says little about which old
 * paragraph a new one came from; a word found in two (the subject of a paragraph) says much.
 * Weights are inverse document frequencies over all paragraphs of one kind on both sides.
 *
 * A bag is a paragraph's distinct word hashes (sorted) with their weights, so a score is one
 * linear merge.
 */
import type { Profile } from "./similarity";
import { U32Table } from "./u32-table";
import { f64Array, u32Array } from "./arena";

export interface Bag {
  /** Distinct word hashes, sorted. */
  readonly ids: Uint32Array;
  /** Weight of each id (parallel to `ids`). */
  readonly weights: Float64Array;
  /** Sum of `weights`. */
  readonly mass: number;
}

/** The distinct values of a sorted array (counted first: typed arrays only, no array of numbers to copy). */
function distinct(words: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (i === 0 || words[i] !== words[i - 1]) n++;
  // Already distinct: the profile's own array (neither is ever written after it is made).
  if (n === words.length) return words;
  const out = u32Array(n);
  let k = 0;
  for (let i = 0; i < words.length; i++) if (i === 0 || words[i] !== words[i - 1]) out[k++] = words[i]!;
  return out;
}

/** Bags of all paragraphs, weighted by rarity among them: ln((N + 1) / df). */
export function rarityBags(profiles: readonly Profile[]): Bag[] {
  const sets: Uint32Array[] = [];
  for (const p of profiles) sets.push(distinct(p.words));
  let total = 0;
  for (const s of sets) total += s.length;
  const df = new U32Table(total);
  for (const s of sets) for (let i = 0; i < s.length; i++) df.add(s[i]!, 1);
  const n = profiles.length + 1;
  // A weight depends only on the word's document frequency (1 … N): one logarithm per frequency, not per word.
  const weightOf = new Float64Array(n + 1).fill(-1);
  const bags: Bag[] = [];
  for (const ids of sets) bags.push(weighted(ids, df, weightOf, n));
  return bags;
}

/** One bag: each id weighted by its document frequency in `df` (`weightOf` keeps the logarithm of each frequency met). */
function weighted(ids: Uint32Array, df: U32Table, weightOf: Float64Array, n: number): Bag {
  const weights = f64Array(ids.length);
  let mass = 0;
  for (let i = 0; i < ids.length; i++) {
    const f = df.get(ids[i]!, 0);
    let w = weightOf[f]!;
    if (w < 0) weightOf[f] = w = Math.log(n / f);
    weights[i] = w;
    mass += w;
  }
  return { ids, weights, mass };
}

/** Mass of the words two bags share. */
function sharedMass(a: Bag, b: Bag): number {
  let i = 0;
  let j = 0;
  let m = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      m += a.weights[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return m;
}

/** Containment counts only when the smaller text is a real part of the larger (a tenth of its mass at least) and has a few distinct words. */
const MIN_PART = 0.1;
const MIN_PART_WORDS = 4;
/** A text wholly contained in another scores this much: less than identity, more than a threshold. */
const CONTAINED = 0.8;

/**
 * 0 … 1: weighted Dice of the word sets, or, for a text cut short or extended (one text's rare
 * words mostly inside the other's), the weighted containment scaled by `CONTAINED`.
 */
export function pairScore(a: Bag, b: Bag): number {
  return scoreOf(a, b, sharedMass(a, b));
}

function scoreOf(a: Bag, b: Bag, shared: number): number {
  if (a.mass === 0 && b.mass === 0) return a.ids.length === b.ids.length ? 1 : 0;
  const dice = (2 * shared) / (a.mass + b.mass || 1);
  const small = a.mass <= b.mass ? a : b;
  const large = small === a ? b : a;
  if (small.ids.length < MIN_PART_WORDS || small.mass < MIN_PART * large.mass || small.mass === 0) return dice;
  return Math.max(dice, CONTAINED * (shared / small.mass));
}

/** A word held by more old bags than this is common: its mass enters a pair's bound, not its postings walk. */
const COMMON_FROM = 8;

/**
 * `pairScore` of every old bag against every new one, as rows per old bag. Shared masses are
 * summed through postings (which old bags hold each word), so the cost is the number of
 * (word, bag) incidences, not pairs × words.
 *
 * With `minScore` > 0 a pair that cannot reach it scores 0: its shared mass is at most the mass
 * of the rare words it shares (walked through their short postings) plus the smaller of the two
 * bags' common-word masses, and a pair whose bound falls short is never merged. The others are
 * scored exactly (`sharedMass`, the same sum in the same order as the postings walk).
 */
export function scoreMatrix(olds: readonly Bag[], news: readonly Bag[], minScore = 0): Float64Array[] {
  // Postings as flat arrays: for each word (its list number in `listOf`), the old bags holding it, in order.
  let total = 0;
  for (const b of olds) total += b.ids.length;
  const listOf = new U32Table(total);
  const sizes = new Int32Array(total + 1);
  // The list number of each (word, old bag) incidence, bags and words in order: looked up once, read again by the passes below.
  const listAt = new Int32Array(total);
  let lists = 0;
  let p = 0;
  for (const b of olds) {
    for (let i = 0; i < b.ids.length; i++) {
      let k = listOf.get(b.ids[i]!, -1);
      if (k < 0) listOf.set(b.ids[i]!, (k = lists++));
      sizes[k]++;
      listAt[p++] = k;
    }
  }
  const start = new Int32Array(lists + 1);
  for (let k = 0; k < lists; k++) start[k + 1] = start[k]! + sizes[k]!;
  const fill = start.slice(0, lists);
  const postings = new Int32Array(total);
  p = 0;
  for (let at = 0; at < olds.length; at++) {
    const n = olds[at]!.ids.length;
    for (let i = 0; i < n; i++) postings[fill[listAt[p++]!]!++] = at;
  }
  const rows: Float64Array[] = [];
  for (let r = 0; r < olds.length; r++) rows.push(f64Array(news.length));
  const acc = new Float64Array(olds.length);
  if (minScore > 0) {
    const common = Math.max(COMMON_FROM, Math.ceil(olds.length / 8));
    const commonOld = new Float64Array(olds.length);
    p = 0;
    for (let r = 0; r < olds.length; r++) {
      const b = olds[r]!;
      let m = 0;
      for (let i = 0; i < b.ids.length; i++) if (sizes[listAt[p++]!]! > common) m += b.weights[i]!;
      commonOld[r] = m;
    }
    // The masses as one array: the bound below reads every old bag's mass for every new one.
    const oldMass = new Float64Array(olds.length);
    for (let r = 0; r < olds.length; r++) oldMass[r] = olds[r]!.mass;
    for (let c = 0; c < news.length; c++) {
      const nb = news[c]!;
      const nm = nb.mass;
      acc.fill(0);
      let commonNew = 0;
      for (let i = 0; i < nb.ids.length; i++) {
        const k = listOf.get(nb.ids[i]!, -1);
        if (k < 0) continue;
        const w = nb.weights[i]!;
        if (sizes[k]! > common) commonNew += w;
        else for (let p = start[k]!; p < start[k + 1]!; p++) acc[postings[p]!] += w;
      }
      for (let r = 0; r < olds.length; r++) {
        const bound = acc[r]! + Math.min(commonOld[r]!, commonNew);
        if (bound === 0) continue;
        const om = oldMass[r]!;
        // Both the Dice and the containment bound below `minScore` (multiplied out: no division per pair).
        if (om > 0 && nm > 0 && 2 * bound < minScore * (om + nm) && CONTAINED * bound < minScore * Math.min(om, nm)) continue;
        const ob = olds[r]!;
        const shared = sharedMass(ob, nb);
        rows[r]![c] = shared > 0 ? scoreOf(ob, nb, shared) : 0;
      }
    }
    return rows;
  }
  for (let c = 0; c < news.length; c++) {
    const nb = news[c]!;
    acc.fill(0);
    for (let i = 0; i < nb.ids.length; i++) {
      const k = listOf.get(nb.ids[i]!, -1);
      if (k < 0) continue;
      const w = nb.weights[i]!;
      for (let p = start[k]!; p < start[k + 1]!; p++) acc[postings[p]!] += w;
    }
    for (let r = 0; r < olds.length; r++) rows[r]![c] = acc[r]! > 0 ? scoreOf(olds[r]!, nb, acc[r]!) : 0;
  }
  return rows;
}

/** Share of `part`'s weighted words found in `whole`. */
export function weightedContainment(part: Bag, whole: Bag): number {
  return part.mass === 0 ? 0 : sharedMass(part, whole) / part.mass;
}
