/**
 * Paragraph alignment: which old paragraph became which new one.
 *
 * 1. Identical paragraphs (same identity key: numbering, whitespace, quote style and marker
 *    numbers ignored) in order, by a longest common subsequence over the keys (Myers, `myers.ts`).
 * 2. Moves: an identical paragraph left over on both sides.
 * 3. The rest by one global assignment (rarity.ts scores, assignment.ts): content words weighted
 *    by rarity in the document pair, containment for a text cut short or extended, a small bonus
 *    for pairs in the same gap between the anchors of step 1. Over a count bound, best pairs
 *    first among candidates that share rare words. A citation kept verbatim outweighs one that
 *    only folds alike (`verbatimCitations`).
 * 4. Splits and merges: a leftover paragraph cut out of the partner of a paragraph at most three
 *    places away (a new paragraph may stand between the parts), or, when the part was reworded,
 *    one whose rare words make up most of what that partner says beyond the paragraph beside it.
 * Pairs out of order relative to the rest (outside the longest increasing run) are moves.
 *
 * Positions here are 0-based indices into the two lists.
 */
import { DELETE, diffIds, INSERT } from "./myers";
import { identityIds, isResolutionNumber, tokenize } from "./tokens";
import { increasingRun } from "./increasing-run";
import { containment, profile, similarity, type Profile } from "./similarity";
import { pairScore, rarityBags, scoreMatrix, weightedContainment, type Bag } from "./rarity";
import { maxAssignmentSparse } from "./assignment";

export type Relation = "same" | "similar" | "split" | "merged" | "added" | "removed";

export interface Pairing {
  old: number | null;
  new: number | null;
  relation: Relation;
  similarity: number;
  /** False when the pair is out of order relative to the rest (a move). */
  inOrder: boolean;
  /** For split/merged: the other positions on the many side (new for split, old for merged). */
  with?: number[];
}

export interface AlignOptions {
  readonly threshold?: number;
  /** Profiles by text: a caller comparing several lists shares one memo (same text, same profile). */
  readonly profiles?: Map<string, Profile>;
}

/** Below this many pairs every pair is scored; above it only pairs that share rare words or a gap. */
const FULL_COMPARISON_LIMIT = 2_000;
/** Up to this many free pairs (old × new) the assignment is global (Hungarian); above, best pairs first among candidates. */
const ASSIGNMENT_LIMIT = 40_000;
/** A reworded paragraph usually stays put: a small bonus for the same gap between identical paragraphs. */
const SAME_GAP_BONUS = 0.05;
/** Where a split's or merge's other part may stand: next to it, or with one or two paragraphs between. */
const NEIGHBOURS = [-1, 1, -2, 2, -3, 3];
/** How many old paragraphs sharing rare words are scored against each new one. */
const TOP_CANDIDATES = 6;
/** A gap larger than twice this contributes only the old paragraphs this close to the expected place. */
const GAP_WINDOW = 12;

/**
 * One alignment in progress: both lists, the pairs found so far (by position), and the profiles
 * and bags read so far. Built by one literal and read by module-level functions rather than by
 * closures made per call: the engine keeps a function's optimised code only while something
 * holds the function, so closures made afresh in every comparison lost theirs at each full
 * collection and ran slowly until optimised again.
 */
interface State {
  readonly oldTexts: readonly string[];
  readonly newTexts: readonly string[];
  /** The partner of each position (-1 none). */
  readonly oldPair: number[];
  readonly newPair: number[];
  /** By new position: the relation of its pair (null while unpaired) and the pair's similarity. */
  readonly relation: (Relation | null)[];
  readonly sim: Float64Array;
  readonly oldProfiles: (Profile | null)[];
  readonly newProfiles: (Profile | null)[];
  /** Profiles by text shared with the caller (`AlignOptions.profiles`), or null. */
  readonly memo: Map<string, Profile> | null;
  /** Bags of the free paragraphs by position, old first, then new (`oldTexts.length + n`); null for the others. */
  readonly bags: (Bag | null)[];
  /** The gap (between in-order identical anchors) of every position. */
  oldGap: number[];
  newGap: number[];
}

function link(st: State, o: number, n: number, r: Relation, s: number): void {
  st.oldPair[o] = n;
  st.newPair[n] = o;
  st.relation[n] = r;
  st.sim[n] = s;
}

function oldProfile(st: State, o: number): Profile {
  return (st.oldProfiles[o] ??= profileIn(st.memo, st.oldTexts[o]!));
}

function newProfile(st: State, n: number): Profile {
  return (st.newProfiles[n] ??= profileIn(st.memo, st.newTexts[n]!));
}

/** The profile of a text, from the shared memo when there is one. */
export function profileIn(memo: Map<string, Profile> | null, text: string): Profile {
  if (memo === null) return profile(text);
  let p = memo.get(text);
  if (p === undefined) memo.set(text, (p = profile(text)));
  return p;
}

function oldBag(st: State, o: number): Bag | null {
  return st.bags[o]!;
}

function newBag(st: State, n: number): Bag | null {
  return st.bags[st.oldTexts.length + n]!;
}

/** The pair's rarity score plus the same-gap bonus. */
function score(st: State, o: number, n: number): number {
  return pairScore(oldBag(st, o)!, newBag(st, n)!) + (st.oldGap[o] === st.newGap[n] ? SAME_GAP_BONUS : 0);
}

export function alignParagraphs(oldTexts: readonly string[], newTexts: readonly string[], options: AlignOptions = {}): Pairing[] {
  const threshold = options.threshold ?? 0.45;
  // Identity keys as small integers (equal ids for equal `identityKey`s).
  const { x: oldKeys, y: newKeys } = identityIds(oldTexts, newTexts);
  const st: State = {
    oldTexts,
    newTexts,
    oldPair: new Array<number>(oldTexts.length).fill(-1),
    newPair: new Array<number>(newTexts.length).fill(-1),
    relation: new Array<Relation | null>(newTexts.length).fill(null),
    sim: new Float64Array(newTexts.length),
    oldProfiles: new Array<Profile | null>(oldTexts.length).fill(null),
    newProfiles: new Array<Profile | null>(newTexts.length).fill(null),
    memo: options.profiles ?? null,
    bags: new Array<Bag | null>(oldTexts.length + newTexts.length).fill(null),
    oldGap: [],
    newGap: [],
  };
  const { oldPair, newPair, relation } = st;

  // 1. Identical, in order.
  for (const [o, n] of commonSubsequence(oldKeys, newKeys)) link(st, o, n, "same", 1);
  // The gap (between in-order anchors) of every position, before moves blur the picture.
  st.oldGap = gaps(oldPair);
  st.newGap = gaps(newPair);

  // 2. Moves of identical paragraphs.
  linkMoves(st, oldKeys, newKeys);

  // 3. The rest: one global assignment over rarity-weighted scores.
  const freeOld = unpaired(oldPair);
  const freeNew = unpaired(newPair);
  if (freeOld.length > 0 && freeNew.length > 0) {
    // Bags of the free paragraphs: rarity among what is left to pair.
    const profiles: Profile[] = [];
    for (const o of freeOld) profiles.push(oldProfile(st, o));
    for (const n of freeNew) profiles.push(newProfile(st, n));
    const made = rarityBags(profiles);
    for (let i = 0; i < freeOld.length; i++) st.bags[freeOld[i]!] = made[i]!;
    for (let i = 0; i < freeNew.length; i++) st.bags[oldTexts.length + freeNew[i]!] = made[freeOld.length + i]!;
    let chosen: [number, number][];
    if (freeOld.length * freeNew.length <= ASSIGNMENT_LIMIT) {
      // A pair scoring below this gains nothing even with the same-gap bonus (the margin covers rounding in the bound).
      const minScore = threshold - SAME_GAP_BONUS - 1e-6;
      const gain = scoreMatrix(freeOld.map((o) => oldBag(st, o)!), freeNew.map((n) => newBag(st, n)!), minScore);
      toGains(st, gain, freeOld, freeNew, threshold);
      chosen = assignAll(freeOld, freeNew, gain);
    } else {
      chosen = assignGreedy(st, candidatePairs(st, freeOld, freeNew), threshold);
    }
    for (const [o, n] of verbatimCitations(st, chosen, freeOld, threshold)) link(st, o, n, "similar", similarity(oldProfile(st, o), newProfile(st, n)));
  }

  // 4. Splits and merges: a leftover paragraph cut out of the partner of a paragraph near it
  // (a new paragraph may stand between the parts).
  const { splitWith, mergedWith } = splitsAndMerges(st);

  // Order: the longest run of pairs increasing on both sides stays; the rest moved.
  const oneToOne: number[] = [];
  for (let n = 0; n < newTexts.length; n++) if (newPair[n] !== -1 && !mergedWith.has(n) && relation[n] !== "split") oneToOne.push(n);
  const weights: number[] = [];
  const partners: number[] = [];
  for (const n of oneToOne) {
    weights.push(relation[n] === "same" ? 2 : 1);
    partners.push(newPair[n]!);
  }
  const keep = new Set<number>();
  for (const i of increasingRun(partners, weights)) keep.add(oneToOne[i]!);

  // Emit pairs in new order; a removed paragraph goes after the new partner of its nearest old predecessor.
  const out: { at: number; p: Pairing }[] = [];
  for (let n = 0; n < newTexts.length; n++) {
    const o = newPair[n]!;
    const r = relation[n];
    if (o === -1) {
      out.push({ at: n, p: { old: null, new: n, relation: "added", similarity: 0, inOrder: true } });
    } else if (r === "merged") {
      const olds = mergedWith.get(n)!.slice().sort((x, y) => x - y);
      for (const oo of olds) {
        out.push({
          at: n,
          p: { old: oo, new: n, relation: "merged", similarity: similarity(oldProfile(st, oo), newProfile(st, n)), inOrder: true, with: olds.filter((x) => x !== oo) },
        });
      }
    } else if (r === "split") {
      const news = (splitWith.get(o) ?? [n]).slice().sort((x, y) => x - y);
      out.push({
        at: n,
        p: { old: o, new: n, relation: "split", similarity: similarity(oldProfile(st, o), newProfile(st, n)), inOrder: true, with: news.filter((x) => x !== n) },
      });
    } else {
      out.push({ at: n, p: { old: o, new: n, relation: r ?? "similar", similarity: st.sim[n]!, inOrder: keep.has(n) } });
    }
  }
  let lastAt = -1;
  for (let o = 0; o < oldTexts.length; o++) {
    const n = oldPair[o]!;
    if (n !== -1) {
      if (keep.has(n) || relation[n] === "split" || relation[n] === "merged") lastAt = n;
      continue;
    }
    out.push({ at: lastAt + 0.5, p: { old: o, new: null, relation: "removed", similarity: 0, inOrder: true } });
  }
  // Stable sort keeps same-position entries in the order pushed (pairs before later removals).
  out.sort(byPlace);
  const pairings: Pairing[] = [];
  for (const x of out) pairings.push(x.p);
  return pairings;
}

// Comparators and the like are module-level functions: one made per call would lose its
// optimised code at each full collection (see `State`).
const byPlace = (x: { at: number }, y: { at: number }) => x.at - y.at;

/** Positions without a partner, in order. */
function unpaired(pairOf: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pairOf.length; i++) if (pairOf[i] === -1) out.push(i);
  return out;
}

/** Step 2: an identical paragraph left over on both sides is a move (equal keys paired in order). */
function linkMoves(st: State, oldKeys: readonly number[], newKeys: readonly number[]): void {
  const leftByKey = new Map<number, { list: number[]; next: number }>();
  for (let o = 0; o < oldKeys.length; o++) {
    if (st.oldPair[o] !== -1) continue;
    const e = leftByKey.get(oldKeys[o]!);
    if (e) e.list.push(o);
    else leftByKey.set(oldKeys[o]!, { list: [o], next: 0 });
  }
  for (let n = 0; n < newKeys.length; n++) {
    if (st.newPair[n] !== -1) continue;
    const e = leftByKey.get(newKeys[n]!);
    if (e && e.next < e.list.length) link(st, e.list[e.next++]!, n, "same", 1);
  }
}

/** Scores become gains in place (no second matrix): how far each pair, with its same-gap bonus, scores above the threshold. */
function toGains(st: State, gain: Float64Array[], freeOld: readonly number[], freeNew: readonly number[], threshold: number): void {
  for (let r = 0; r < gain.length; r++) {
    const row = gain[r]!;
    const g = st.oldGap[freeOld[r]!];
    for (let c = 0; c < row.length; c++) row[c] = Math.max(0, row[c]! + (g === st.newGap[freeNew[c]!] ? SAME_GAP_BONUS : 0) - threshold + 1e-9);
  }
}

/** Where a split's or merge's other part may stand, as a key of the memo below: the paragraph, its neighbour, its partner. */
function triple(st: State, x: number, nb: number, y: number): number {
  return (x * NEIGHBOURS.length * 2 + (nb - x + NEIGHBOURS.length)) * (st.oldTexts.length + st.newTexts.length + 1) + y;
}

/** Is new paragraph `n` cut out of old `o`, the rest of which became `nb`? */
function splitOff(st: State, n: number, nb: number, o: number): boolean {
  const parts = { part: newBag(st, n), kept: newBag(st, nb), whole: oldBag(st, o) };
  return cutOut(newProfile(st, n), newProfile(st, nb), oldProfile(st, o), st.newTexts[nb]!, st.newTexts[n]!, parts);
}

/** Was old paragraph `o` joined with `nb` into new `n`? */
function mergedInto(st: State, o: number, nb: number, n: number): boolean {
  const parts = { part: oldBag(st, o), kept: oldBag(st, nb), whole: newBag(st, n) };
  return cutOut(oldProfile(st, o), oldProfile(st, nb), newProfile(st, n), st.oldTexts[nb]!, st.oldTexts[o]!, parts);
}

/**
 * Step 4: leftovers cut out of (split) or joined into (merged) the partner of a paragraph near
 * them. A pass that joins a part reads every leftover again: the answer for the same three
 * paragraphs is the same (profiles and bags no longer change), so it is read once.
 */
function splitsAndMerges(st: State): { splitWith: Map<number, number[]>; mergedWith: Map<number, number[]> } {
  const { oldPair, newPair, relation } = st;
  const splitWith = new Map<number, number[]>(); // old position -> new positions
  const mergedWith = new Map<number, number[]>(); // new position -> old positions
  const splitSeen = new Map<number, boolean>();
  const mergeSeen = new Map<number, boolean>();
  let grew = true;
  while (grew) {
    grew = false;
    for (let n = 0; n < st.newTexts.length; n++) {
      if (newPair[n] !== -1) continue;
      for (const d of NEIGHBOURS) {
        const nb = n + d;
        const o = newPair[nb] ?? -1;
        if (o < 0 || mergedWith.has(nb) || relation[nb] === "same") continue;
        const key = triple(st, n, nb, o);
        let split = splitSeen.get(key);
        if (split === undefined) splitSeen.set(key, (split = splitOff(st, n, nb, o)));
        if (!split) continue;
        newPair[n] = o;
        relation[n] = "split";
        relation[nb] = "split";
        st.sim[n] = similarity(newProfile(st, n), oldProfile(st, o));
        splitWith.set(o, [...(splitWith.get(o) ?? [nb]), n]);
        grew = true;
        break;
      }
    }
    for (let o = 0; o < st.oldTexts.length; o++) {
      if (oldPair[o] !== -1) continue;
      for (const d of NEIGHBOURS) {
        const nb = o + d;
        const n = oldPair[nb] ?? -1;
        if (n < 0 || splitWith.has(nb) || relation[n] === "same" || relation[n] === "split") continue;
        const key = triple(st, o, nb, n);
        let merged = mergeSeen.get(key);
        if (merged === undefined) mergeSeen.set(key, (merged = mergedInto(st, o, nb, n)));
        if (!merged) continue;
        oldPair[o] = n;
        relation[n] = "merged";
        mergedWith.set(n, [...(mergedWith.get(n) ?? [nb]), o]);
        grew = true;
        break;
      }
    }
  }
  return { splitWith, mergedWith };
}

/** The rare words of the parts of a split or merge: `part` and `kept` on one side, `whole` on the other. */
interface PartBags {
  readonly part: Bag | null;
  readonly kept: Bag | null;
  readonly whole: Bag | null;
}

/**
 * Is `part` cut out of `whole`, the rest of which is `kept`? Either most of its word pairs, or most
 * of its rare words, are in `whole` and `keptText` + `partText` reads as `whole` better than
 * `keptText` alone; or `part` explains what `whole` says beyond `kept` (a part reworded as it was
 * joined or cut off, see `explainsRest`).
 */
function cutOut(part: Profile, kept: Profile, whole: Profile, keptText: string, partText: string, bags: PartBags): boolean {
  if (bags.part && bags.kept && bags.whole && explainsRest(bags.part, bags.kept, bags.whole)) return true;
  const inside = Math.max(containment(part, whole), bags.part && bags.whole ? weightedContainment(bags.part, bags.whole) : 0);
  if (inside < 0.7) return false;
  return similarity(profile(keptText + " " + partText), whole) >= similarity(kept, whole) + 0.1;
}

/** `whole` must say this much (share of its rare-word mass) that `kept` does not, for a part to explain it. */
const MIN_REST = 0.2;
/** Share of that rest the part must hold. */
const REST_EXPLAINED = 0.5;
/** Share of the part's own rare words found in `whole` at least (a part, not a new paragraph sharing a phrase). */
const MIN_PART_INSIDE = 0.4;

/**
 * Does `part` explain what `whole` says beyond `kept`? A merge or split whose moved part was
 * reworded keeps too few of its own words for containment, but the words `whole` gained (or
 * lost) beyond its partner are found in the part: the rest of `whole` is largely the part's.
 */
function explainsRest(part: Bag, kept: Bag, whole: Bag): boolean {
  const rest = restMass(whole, kept, null);
  if (whole.mass === 0 || rest < MIN_REST * whole.mass) return false;
  if (weightedContainment(part, whole) < MIN_PART_INSIDE) return false;
  return restMass(whole, kept, part) >= REST_EXPLAINED * rest;
}

/** Mass of `whole`'s words absent from `kept` (and, when `within` is given, present in it). */
function restMass(whole: Bag, kept: Bag, within: Bag | null): number {
  let m = 0;
  for (let i = 0; i < whole.ids.length; i++) {
    const id = whole.ids[i]!;
    if (has(kept.ids, id)) continue;
    if (within && !has(within.ids, id)) continue;
    m += whole.weights[i]!;
  }
  return m;
}

/** Binary search in sorted ids. */
function has(ids: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ids[mid]!;
    if (x === id) return true;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Scores fold numbers so that a rollover (`resolution 78/12` → `80/7`) keeps its score, which makes
 * "Recalling its resolution 77/208 of …" and "Recalling its resolution 67/19 of …" look the same.
 * A new paragraph whose citations its partner lacks, while a leftover old paragraph cites every one
 * of them verbatim (and scores above the threshold), came from that leftover: the citation kept
 * word for word is the stronger evidence. Its first partner is left over in turn.
 */
function verbatimCitations(st: State, chosen: readonly [number, number][], freeOld: readonly number[], threshold: number): [number, number][] {
  const used = new Set(chosen.map(([o]) => o));
  const leftover = freeOld.filter((o) => !used.has(o));
  if (leftover.length === 0) return [...chosen];
  const oldCites = new Map<number, Set<string>>();
  // What the leftovers cite: a new paragraph citing none of it is passed over without tokenizing.
  const cited = new Set<string>();
  for (const o of leftover) for (const c of citesOf(st, oldCites, o)) cited.add(c);
  if (cited.size === 0) return [...chosen];
  const out: [number, number][] = [];
  for (const [o, n] of chosen) {
    if (!mayCite(st.newTexts[n]!, cited)) {
      out.push([o, n]);
      continue;
    }
    const cites = citations(st.newTexts[n]!);
    if (cites.size === 0 || [...cites].some((c) => citesOf(st, oldCites, o).has(c))) {
      out.push([o, n]);
      continue;
    }
    let best = -1;
    let bestScore = threshold;
    for (const x of leftover) {
      if (!used.has(x) && [...cites].every((c) => citesOf(st, oldCites, x).has(c)) && score(st, x, n) >= bestScore) [best, bestScore] = [x, score(st, x, n)];
    }
    if (best < 0) {
      out.push([o, n]);
      continue;
    }
    used.delete(o);
    used.add(best);
    leftover.push(o);
    out.push([best, n]);
  }
  return out;
}

/** The citations of old paragraph `o`, read once. */
function citesOf(st: State, memo: Map<number, Set<string>>, o: number): Set<string> {
  let c = memo.get(o);
  if (c === undefined) memo.set(o, (c = citations(st.oldTexts[o]!)));
  return c;
}

/** Could `text` cite one of `cited`? Every resolution number it cites is among these substrings. */
function mayCite(text: string, cited: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(/(?:ES-|S-)?\d{1,3}\/(?:\d{1,4}|_+)/g)) if (cited.has(m[0])) return true;
  return false;
}

/** The resolution numbers a text cites (`67/19`, `ES-10/21`). */
function citations(text: string): Set<string> {
  // Every resolution number has a slash: a text without one cites none (no need to cut it into words).
  return text.includes("/") ? new Set(tokenize(text).filter(isResolutionNumber)) : new Set();
}

/** The global assignment over every free pair: `gain[r][c]` is how far the pair scores above the threshold. */
function assignAll(freeOld: readonly number[], freeNew: readonly number[], gain: readonly Float64Array[]): [number, number][] {
  const col = maxAssignmentSparse(gain, freeNew.length);
  const out: [number, number][] = [];
  for (let r = 0; r < col.length; r++) if (col[r]! >= 0) out.push([freeOld[r]!, freeNew[col[r]!]!]);
  return out;
}

/** Too many free pairs for the assignment (a bound by count): best pairs first among the candidates. */
function assignGreedy(st: State, candidates: Map<number, Iterable<number>>, threshold: number): [number, number][] {
  const scored: { o: number; n: number; s: number }[] = [];
  for (const [n, olds] of candidates) {
    for (const o of olds) {
      const s = score(st, o, n);
      if (s >= threshold) scored.push({ o, n, s });
    }
  }
  scored.sort((x, y) => y.s - x.s || x.n - y.n || x.o - y.o);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: [number, number][] = [];
  for (const c of scored) {
    if (usedOld.has(c.o) || usedNew.has(c.n)) continue;
    usedOld.add(c.o);
    usedNew.add(c.n);
    out.push([c.o, c.n]);
  }
  return out;
}

/**
 * Which old paragraphs to score against each new one. Small inputs: all. Otherwise those in the
 * same gap, plus those sharing the most words that few old paragraphs have (a reworded or
 * moved paragraph keeps some of its distinctive words; "the" says nothing).
 */
function candidatePairs(st: State, freeOld: readonly number[], freeNew: readonly number[]): Map<number, Iterable<number>> {
  const { oldGap, newGap } = st;
  const out = new Map<number, Iterable<number>>();
  if (freeOld.length * freeNew.length <= FULL_COMPARISON_LIMIT) {
    for (const n of freeNew) out.set(n, freeOld);
    return out;
  }
  // Postings by word hash: which free old paragraphs have the word.
  const postings = new Map<number, number[]>();
  const byGap = new Map<number, number[]>();
  for (const o of freeOld) {
    const words = oldProfile(st, o).words;
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && words[i] === words[i - 1]) continue;
      const list = postings.get(words[i]!);
      if (list) list.push(o);
      else postings.set(words[i]!, [o]);
    }
    const g = byGap.get(oldGap[o]!);
    if (g) g.push(o);
    else byGap.set(oldGap[o]!, [o]);
  }
  const newByGap = new Map<number, number[]>();
  for (const n of freeNew) {
    const g = newByGap.get(newGap[n]!);
    if (g) g.push(n);
    else newByGap.set(newGap[n]!, [n]);
  }
  const rare = Math.max(3, Math.ceil(freeOld.length / 25));
  const shared = new Map<number, number>();
  for (const n of freeNew) {
    shared.clear();
    const words = newProfile(st, n).words;
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && words[i] === words[i - 1]) continue;
      const list = postings.get(words[i]!);
      if (list && list.length <= rare) for (const o of list) shared.set(o, (shared.get(o) ?? 0) + 1);
    }
    // The few old paragraphs sharing the most distinctive words, plus the same gap.
    const best = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, TOP_CANDIDATES).map((x) => x[0]);
    out.set(n, new Set([...nearInGap(byGap.get(newGap[n]!) ?? [], newByGap.get(newGap[n]!)!, n), ...best]));
  }
  return out;
}

/** Old paragraphs of a gap to score against new paragraph `n`: all of a small gap, else those near n's relative place in it. */
function nearInGap(olds: readonly number[], news: readonly number[], n: number): readonly number[] {
  if (olds.length <= GAP_WINDOW * 2) return olds;
  const at = Math.round((news.indexOf(n) / Math.max(1, news.length)) * olds.length);
  return olds.slice(Math.max(0, at - GAP_WINDOW), at + GAP_WINDOW);
}

/**
 * Matching positions of a longest common subsequence of two key lists. Keys found once on
 * each side anchor it first (in order, the patience-diff idea); a Myers diff then fills the short
 * stretches between anchors, so a long document with many edits stays cheap.
 */
function commonSubsequence(x: readonly number[], y: readonly number[]): [number, number][] {
  const inA = onlyPlaces(x);
  const inB = onlyPlaces(y);
  const unique: [number, number][] = [];
  for (const [k, i] of inA) {
    const j = inB.get(k);
    if (i >= 0 && j !== undefined && j >= 0) unique.push([i, j]);
  }
  unique.sort(byFirst);
  const seconds: number[] = [];
  for (const u of unique) seconds.push(u[1]);
  const anchors: [number, number][] = [];
  for (const k of increasingRun(seconds)) anchors.push(unique[k]!);
  const pairs: [number, number][] = [];
  let i0 = 0;
  let j0 = 0;
  for (const [i, j] of [...anchors, [x.length, y.length] as [number, number]]) {
    for (const [p, q] of stretch(x.slice(i0, i), y.slice(j0, j))) pairs.push([i0 + p, j0 + q]);
    if (i < x.length) pairs.push([i, j]);
    i0 = i + 1;
    j0 = j + 1;
  }
  return pairs;
}

/** The only place of each key in `xs`, -1 for a key found more than once. */
function onlyPlaces(xs: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < xs.length; i++) m.set(xs[i]!, m.has(xs[i]!) ? -1 : i);
  return m;
}

const byFirst = (p: [number, number], q: [number, number]) => p[0] - q[0];

/** Most edits the diff of one stretch of keys may explore (its cost is about edits × length); beyond, equal keys pair greedily in order. */
const STRETCH_EDITS = 500;

function stretch(a: number[], b: number[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (a.length === 0 || b.length === 0) return pairs;
  // Nothing in common (unrelated stretches): skip the diff, which would walk every edit to find out.
  const inB = new Set(b);
  if (!a.some((k) => inB.has(k))) return pairs;
  const script = diffIds(a, 0, a.length, b, 0, b.length, STRETCH_EDITS);
  if (script) {
    let i = 0;
    let j = 0;
    for (let s = 0; s < script.kinds.length; s++) {
      const n = script.counts[s]!;
      if (script.kinds[s] === INSERT) j += n;
      else if (script.kinds[s] === DELETE) i += n;
      else for (let k = 0; k < n; k++) pairs.push([i++, j++]);
    }
    return pairs;
  }
  // Over the bound: pair equal keys greedily in order (still linear, still correct pairs).
  const next = new Map<number, { list: number[]; at: number }>();
  b.forEach((k, j) => {
    const e = next.get(k);
    if (e) e.list.push(j);
    else next.set(k, { list: [j], at: 0 });
  });
  let after = -1;
  a.forEach((k, i) => {
    const e = next.get(k);
    if (!e) return;
    while (e.at < e.list.length && e.list[e.at]! <= after) e.at++;
    if (e.at < e.list.length) {
      after = e.list[e.at++]!;
      pairs.push([i, after]);
    }
  });
  return pairs;
}

/** For each position, how many paired positions come before it on its side (its gap between anchors). */
function gaps(pairOf: readonly number[]): number[] {
  let seen = 0;
  const out: number[] = [];
  for (const p of pairOf) out.push(p !== -1 ? ++seen : seen);
  return out;
}

