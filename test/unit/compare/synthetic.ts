/**
 * Synthetic rollovers with known truth: take a real text and delete, insert, move, split and
 * reword paragraphs, then bump sessions, years and symbols as a new year's text would. The
 * truth says, for every new paragraph, which old paragraph it came from (or none).
 */
import type { ComparableDocument, ComparableParagraph, ParagraphKind } from "../../../server/src/core/compare/types";

export interface Truth {
  /** `kind:newIndex` → old index (1-based within kind) or null for an inserted paragraph. */
  origin: Map<string, number | null>;
  /** `kind:oldIndex` of deleted paragraphs. */
  removed: Set<string>;
  /** `kind:newIndex` of paragraphs whose only edits are the bumps (they should come out technical). */
  bumpedOnly: Set<string>;
  /** `kind:newIndex` of moved paragraphs. */
  moved: Set<string>;
  /** `kind:newIndex` of the parts of split paragraphs. */
  split: Set<string>;
}

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TENS = ["twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];
function ordinal(n: number): string {
  if (n % 10 === 0) return TENS[n / 10 - 2] + "ieth";
  return TENS[Math.floor(n / 10) - 2] + "y-" + UNITS[(n % 10) - 1];
}
const ORDINALS = new Map<string, number>();
for (let n = 20; n < 98; n++) ORDINALS.set(ordinal(n), n);

/** What a rollover does to every paragraph: sessions +2, years +2 (not in ECOSOC numbers such as 2017/19), symbols A/78/… +2. */
export function bump(text: string): string {
  return text
    .replace(/\b([a-z]+(?:-[a-z]+)?)(\s+session)/g, (m, w: string, rest: string) => (ORDINALS.has(w) ? ordinal(ORDINALS.get(w)! + 2) + rest : m))
    .replace(/\b(20[12]\d)\b(?!\/)/g, (_, y: string) => String(Number(y) + 2))
    .replace(/\bA\/(7[5-9])\//g, (_, s: string) => `A/${Number(s) + 2}/`);
}

const FILLER = ["comprehensive", "regional", "sustainable", "effective", "inclusive", "voluntary", "national", "technical", "relevant", "timely"];
const OPENERS: Record<string, string> = { Encourages: "Urges", Urges: "Calls upon", Invites: "Encourages", Requests: "Also requests", Welcomes: "Notes", Notes: "Welcomes" };

function reword(text: string, rnd: () => number): string {
  const words = text.split(" ");
  const edits = Math.max(1, Math.floor(words.length * (0.05 + rnd() * 0.1)));
  for (let i = 0; i < edits; i++) {
    const k = 1 + Math.floor(rnd() * Math.max(1, words.length - 1));
    const r = rnd();
    if (r < 0.4) words.splice(k, 0, FILLER[Math.floor(rnd() * FILLER.length)]!);
    else if (r < 0.7 && words.length > 8) words.splice(k, 1);
    else words[k] = FILLER[Math.floor(rnd() * FILLER.length)]!;
  }
  const first = words[0]!;
  if (OPENERS[first] && rnd() < 0.5) words[0] = OPENERS[first]!;
  return words.join(" ");
}

/** A split point near the middle: after a comma or semicolon followed by a space. */
function splitPoint(text: string): number {
  const mid = text.length / 2;
  let best = -1;
  for (const m of text.matchAll(/[;,] /g)) if (best === -1 || Math.abs(m.index! - mid) < Math.abs(best - mid)) best = m.index!;
  return best > text.length * 0.25 && best < text.length * 0.75 ? best : -1;
}

interface Work {
  text: string;
  origin: number | null;
  bumpedOnly: boolean;
  moved: boolean;
  split: boolean;
}

export function rollover(old: ComparableDocument, donor: ComparableDocument, seed: number): { doc: ComparableDocument; truth: Truth } {
  const rnd = random(seed);
  const truth: Truth = { origin: new Map(), removed: new Set(), bumpedOnly: new Set(), moved: new Set(), split: new Set() };
  const paragraphs: ComparableParagraph[] = [];
  const donorTexts = donor.paragraphs.map((p) => p.text).filter((t) => t.length > 40);
  for (const kind of ["preamble", "operative", "footnote"] as ParagraphKind[]) {
    const olds = old.paragraphs.filter((p) => p.kind === kind);
    let work: Work[] = [];
    for (const p of olds) {
      const r = rnd();
      if (r < 0.05) {
        truth.removed.add(`${kind}:${p.index}`);
        continue;
      }
      const at = splitPoint(p.text);
      if (r < 0.08 && at > 0 && p.text.length > 200) {
        const a = bump(p.text.slice(0, at + 1));
        const b = bump(p.text.slice(at + 2));
        work.push({ text: a, origin: p.index, bumpedOnly: false, moved: false, split: true });
        work.push({ text: b[0]!.toUpperCase() + b.slice(1), origin: p.index, bumpedOnly: false, moved: false, split: true });
        continue;
      }
      const reworded = r < 0.23 && p.text.split(" ").length > 6;
      const text = bump(reworded ? reword(p.text, rnd) : p.text);
      work.push({ text, origin: p.index, bumpedOnly: !reworded, moved: false, split: false });
    }
    // Moves: take a paragraph out and put it at least three places away.
    const moves = Math.floor(work.length * 0.03 * rnd() * 2);
    for (let i = 0; i < moves && work.length > 6; i++) {
      const from = Math.floor(rnd() * work.length);
      if (work[from]!.split) continue;
      const [w] = work.splice(from, 1);
      let to = Math.floor(rnd() * work.length);
      if (Math.abs(to - from) < 3) to = (from + Math.floor(work.length / 2)) % work.length;
      work.splice(to, 0, { ...w!, moved: true });
    }
    // Insertions from an unrelated text.
    const inserts = Math.round(work.length * 0.05);
    for (let i = 0; i < inserts && donorTexts.length > 0; i++) {
      const text = donorTexts[Math.floor(rnd() * donorTexts.length)]!;
      work.splice(Math.floor(rnd() * (work.length + 1)), 0, { text, origin: null, bumpedOnly: false, moved: false, split: false });
    }
    work = work.filter((w) => w.text.trim().length > 0);
    work.forEach((w, i) => {
      const index = i + 1;
      const key = `${kind}:${index}`;
      truth.origin.set(key, w.origin);
      if (w.bumpedOnly && w.origin !== null) truth.bumpedOnly.add(key);
      if (w.moved) truth.moved.add(key);
      if (w.split) truth.split.add(key);
      const number = kind === "preamble" ? null : String(index);
      const label = kind === "preamble" ? `PP${index}` : kind === "operative" ? `OP${index}` : `FN${index}`;
      paragraphs.push({ kind, index, label, number, text: w.text });
    });
  }
  return { doc: { symbol: "synthetic", file: null, paragraphs }, truth };
}
