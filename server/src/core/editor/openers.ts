/**
 * What the editor knows about openers: how often the official texts use each phrase, their
 * "also"/"further" forms, and how strongly an operative verb asks for something.
 *
 * The counts come from the shipped lists (italic openers of 902 resolutions, sessions 78–80);
 * this module takes them as data so it stays pure and testable.
 */

export interface OpenerCount {
  readonly phrase: string;
  readonly count: number;
  /** In how many resolutions the phrase occurs. */
  readonly resolutions: number;
}

export interface OpenerData {
  readonly preamble: readonly OpenerCount[];
  readonly operative: readonly OpenerCount[];
}

export type Part = "preamble" | "operative";

/** Which repetition form a phrase is: `Recalling`, `Recalling also`, `Recalling further`. */
export type Form = "base" | "also" | "further";

export interface OpenerShape {
  /** The phrase without its also/further adverb, capitalised: `Recalling`, `Requests`. */
  readonly base: string;
  readonly form: Form;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const uncap = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * The preamble puts the adverb after the participle (`Recalling also`), the operative part before
 * the verb (`Also requests`): conventions §1.10, thousands of cases against a handful.
 */
export function shapeOf(phrase: string, part: Part): OpenerShape {
  const p = phrase.trim().replace(/\s+/g, " ");
  if (part === "preamble") {
    const m = /^(.*\S) (also|further)$/i.exec(p);
    if (m) return { base: cap(m[1]!), form: m[2]!.toLowerCase() as Form };
    const lead = /^(Also|Further) (\S.*)$/i.exec(p);
    if (lead) return { base: cap(lead[2]!), form: lead[1]!.toLowerCase() as Form };
    return { base: cap(p), form: "base" };
  }
  const m = /^(Also|Further) (\S.*)$/i.exec(p);
  if (m) return { base: cap(m[2]!), form: m[1]!.toLowerCase() as Form };
  const trail = /^(\S+) (also|further)\b(.*)$/i.exec(p);
  if (trail) return { base: cap(`${trail[1]}${trail[3]}`), form: trail[2]!.toLowerCase() as Form };
  return { base: cap(p), form: "base" };
}

/** The house-style spelling of a base phrase in a form. */
export function formOf(base: string, form: Form, part: Part): string {
  if (form === "base") return base;
  return part === "preamble" ? `${base} ${form}` : `${cap(form)} ${uncap(base)}`;
}

/** Exact-phrase lookups over one list, built once per list. */
export class OpenerIndex {
  private readonly byPhrase = new Map<string, { entry: OpenerCount; rank: number }>();
  constructor(readonly part: Part, readonly list: readonly OpenerCount[]) {
    list.forEach((entry, i) => {
      const key = entry.phrase.toLowerCase();
      if (!this.byPhrase.has(key)) this.byPhrase.set(key, { entry, rank: i + 1 });
    });
  }
  /** The list entry of a phrase and its 1-based frequency rank. */
  get(phrase: string): { entry: OpenerCount; rank: number } | undefined {
    return this.byPhrase.get(phrase.trim().replace(/\s+/g, " ").toLowerCase());
  }
}

/**
 * How strongly an operative paragraph asks for something, weakest first. Issue 5 fixes the
 * ladder Encourages < Calls upon < Urges < Demands; reviewers watch for moves along it.
 */
export const STRENGTH_SCALE: readonly string[] = ["Encourages", "Calls upon", "Urges", "Demands"];

/** The position of an operative opener on the strength scale (modifiers ignored), or -1. */
export function strengthOf(phrase: string): number {
  const base = shapeOf(phrase, "operative").base.toLowerCase();
  const stripped = base.replace(/^(strongly|urgently|once again|again|firmly) /, "");
  return STRENGTH_SCALE.findIndex((s) => {
    const k = s.toLowerCase();
    return stripped === k || stripped.startsWith(k + " ");
  });
}

/** Indexes over both lists, built once per data set. */
export interface OpenerIndexes {
  readonly preamble: OpenerIndex;
  readonly operative: OpenerIndex;
}

const built = new WeakMap<OpenerData, OpenerIndexes>();
export function indexesOf(data: OpenerData): OpenerIndexes {
  let ix = built.get(data);
  if (!ix) {
    ix = { preamble: new OpenerIndex("preamble", data.preamble), operative: new OpenerIndex("operative", data.operative) };
    built.set(data, ix);
  }
  return ix;
}
