/**
 * Compare two documents paragraph by paragraph: preamble with preamble, operative with
 * operative (across sections), footnotes with footnotes. Pure; never throws on odd input.
 */
import { alignParagraphs, profileIn, type Pairing } from "./align";
import { classifyChanges, type ClassifyContext } from "./classify";
import { resolutionNumber, sessionOf } from "./predecessor";
import type {
  Change,
  ComparableDocument,
  ComparableParagraph,
  CompareOptions,
  DocumentDiff,
  ParagraphDiff,
  ParagraphKind,
  ParagraphRef,
  ParagraphStatus,
  Summary,
  TechnicalReason,
} from "./types";
import { diffParagraphWords, tokenTable, type WordDiff, type WordDiffOptions } from "./words";
import { qualifierChanges, strengthChange, type OpenerStrength, type QualifierChanges } from "./strength";
import { similarity, type Profile } from "./similarity";

/** An opener is at most this many characters (`Condemns in the strongest possible terms` and a little more): an edit further on cannot change it. */
const OPENER_SPAN = 60;

export const KINDS: readonly ParagraphKind[] = ["preamble", "operative", "footnote", "annex"];
export const STATUSES: readonly ParagraphStatus[] = ["unchanged", "renumbered", "moved", "modified", "added", "removed", "split", "merged"];

export function compareDocuments(oldDoc: ComparableDocument, newDoc: ComparableDocument, options: CompareOptions = {}): DocumentDiff {
  // Profiles of this comparison, by text: alignment and the cross-kind pass read the same paragraphs.
  const profiles = new Map<string, Profile>();
  const aligned = KINDS.map((kind) => {
    const olds = ofKind(oldDoc, kind);
    const news = ofKind(newDoc, kind);
    const pairings = alignParagraphs(
      olds.map((p) => p.text),
      news.map((p) => p.text),
      options.threshold === undefined ? { profiles } : { threshold: options.threshold, profiles },
    );
    return { kind, olds, news, pairings };
  });
  const context: ClassifyContext = {
    oldNumber: resolutionNumber(oldDoc.number) ?? resolutionNumber(oldDoc.symbol),
    oldSession: sessionOf(oldDoc),
    newSession: sessionOf(newDoc),
    renumbered: renumbering(aligned.find((a) => a.kind === "operative")!),
    knownCitations: undefined,
  };
  const shown = new Set<string>();
  const jobs: Job[] = [];
  for (const { kind, olds, news, pairings } of aligned) for (const pairing of pairings) jobs.push(job(kind, pairing, olds, news, undefined));
  const moved = crossKind(profiles, jobs);
  // One token table for every word diff of the pair (dropped with it).
  const wordOptions: WordDiffOptions = { maxEditLength: options.maxEditLength, tokens: tokenTable() };
  const paragraphs: ParagraphDiff[] = [];
  for (const j of moved) paragraphs.push(describe(j, wordOptions, context, shown));
  // A bare citation replaced by a later one is a rollover when another paragraph of the pair shows the same replacement.
  if (shown.size > 0) {
    const known: ClassifyContext = { oldNumber: context.oldNumber, oldSession: context.oldSession, newSession: context.newSession, renumbered: context.renumbered, knownCitations: shown };
    for (let i = 0; i < moved.length; i++) if (moved[i]!.pendingCitation) paragraphs[i] = describe(moved[i]!, wordOptions, known, shown);
  }
  return {
    old: { symbol: oldDoc.symbol ?? null, file: oldDoc.file ?? null },
    new: { symbol: newDoc.symbol ?? null, file: newDoc.file ?? null },
    paragraphs,
    summary: summarize(paragraphs),
  };
}

function ofKind(doc: ComparableDocument, kind: ParagraphKind): ComparableParagraph[] {
  return doc.paragraphs.filter((p) => p.kind === kind);
}

function ref(p: ComparableParagraph): ParagraphRef {
  return { index: p.index, label: p.label, number: p.number };
}

/** One pairing to describe; `words` keeps its word diff for a second reading (citations known). */
interface Job {
  readonly kind: ParagraphKind;
  readonly pairing: Pairing;
  readonly olds: readonly ComparableParagraph[];
  readonly news: readonly ComparableParagraph[];
  /** Set when the old paragraph was of another kind (`olds` are then that kind's paragraphs). */
  readonly oldKind: ParagraphKind | undefined;
  words: WordDiff | null;
  /** Substantive for a citation replaced by a later one: technical if another paragraph shows the same replacement. */
  pendingCitation: boolean;
}

/** Every job is made here, with all its fields (one shape: see `State` in align.ts for why it matters). */
function job(kind: ParagraphKind, pairing: Pairing, olds: readonly ComparableParagraph[], news: readonly ComparableParagraph[], oldKind: ParagraphKind | undefined): Job {
  return { kind, pairing, olds, news, oldKind, words: null, pendingCitation: false };
}

/** A paragraph moved across kinds must read this alike (words and word pairs, rollovers folded): more than a pairing within a kind needs. */
const CROSS_KIND_SIMILARITY = 0.6;
/** Most (removed × added) pairs read for cross-kind moves: a bound by count on a text rewritten throughout. */
const CROSS_KIND_LIMIT = 40_000;
const CROSSING: readonly [ParagraphKind, ParagraphKind][] = [
  ["preamble", "operative"],
  ["operative", "preamble"],
];

/**
 * Preambular paragraphs that became operative and the reverse (`Recognizing …,` → `Recognizes …;`):
 * a removed paragraph of one kind and an added one of the other that read alike become one pair,
 * moved, reported under the new kind with `oldKind`. Best pairs first, ties by position; the
 * removed entry is dropped and the added one becomes the pair.
 */
function crossKind(profiles: Map<string, Profile>, jobs: Job[]): Job[] {
  const candidates: { from: Job; to: Job; s: number; order: number }[] = [];
  let order = 0;
  for (const [a, b] of CROSSING) {
    const gone = unpaired(jobs, a, "new");
    const come = unpaired(jobs, b, "old");
    if (gone.length === 0 || come.length === 0 || gone.length * come.length > CROSS_KIND_LIMIT) continue;
    const goneProfiles = gone.map((j) => profileIn(profiles, j.olds[j.pairing.old!]!.text));
    for (const to of come) {
      const p = profileIn(profiles, to.news[to.pairing.new!]!.text);
      for (let k = 0; k < gone.length; k++) {
        const s = similarity(goneProfiles[k]!, p);
        if (s >= CROSS_KIND_SIMILARITY) candidates.push({ from: gone[k]!, to, s, order: order++ });
      }
    }
  }
  if (candidates.length === 0) return jobs;
  candidates.sort((x, y) => y.s - x.s || x.order - y.order);
  const taken = new Set<Job>();
  const replaced = new Map<Job, Job>();
  for (const c of candidates) {
    if (taken.has(c.from) || taken.has(c.to)) continue;
    taken.add(c.from);
    taken.add(c.to);
    const pairing: Pairing = { old: c.from.pairing.old, new: c.to.pairing.new, relation: "similar", similarity: c.s, inOrder: false };
    replaced.set(c.to, job(c.to.kind, pairing, c.from.olds, c.to.news, c.from.kind));
  }
  return jobs.flatMap((j) => (replaced.has(j) ? [replaced.get(j)!] : taken.has(j) ? [] : [j]));
}

/** The jobs of a kind whose `side` has no paragraph: removed (no new one) or added (no old one). */
function unpaired(jobs: readonly Job[], kind: ParagraphKind, side: "old" | "new"): Job[] {
  const out: Job[] = [];
  for (const j of jobs) if (j.kind === kind && j.pairing[side] === null) out.push(j);
  return out;
}

function describe(job: Job, wordOptions: WordDiffOptions, context: ClassifyContext, shown: Set<string>): ParagraphDiff {
  const { kind, pairing, olds, news } = job;
  const o = pairing.old === null ? null : olds[pairing.old]!;
  const n = pairing.new === null ? null : news[pairing.new]!;
  if (!o || !n) {
    const text = (o ?? n)!.text;
    const changes: Change[] = text ? [{ op: o ? "delete" : "insert", text }] : [];
    return paragraphDiff(o ? "removed" : "added", kind, undefined, o ? ref(o) : null, n ? ref(n) : null, false, 0, changes, [], NO_EXTRAS);
  }
  // The same texts give the same diff: a second reading only classifies again.
  const words = (job.words ??= diffParagraphWords(o.text, n.text, wordOptions));
  // The changes rebuild both texts exactly (equal + insert is the new text), so the texts are passed as they are.
  const c = words.bounded ? { technical: false, reasons: [], shown: undefined } : classifyChanges(words.changes, context, n.text);
  const { technical, reasons } = c;
  for (const x of c.shown ?? []) shown.add(x);
  const renumbered = kind !== "preamble" && normNumber(o.number) !== normNumber(n.number);
  if (renumbered && kind === "footnote" && technical) {
    reasons.push("footnote-number");
    reasons.sort();
  }
  // Footnotes have no opener: their first words are not read for one.
  const was = kind === "footnote" ? null : openerOf(o);
  const is = kind === "footnote" ? null : openerOf(n);
  const opener = was && is && was !== is ? { old: was, new: is } : undefined;
  // Same words, same opener and qualifiers: only edited pairs are read for negotiation language.
  const edited = hasEdits(words.changes);
  let strength: OpenerStrength | undefined;
  if (kind === "operative" && edited && (words.changes[0]!.op !== "equal" || words.changes[0]!.text.length < OPENER_SPAN)) {
    strength = strengthChange(o.text, n.text) ?? undefined;
  }
  let qualifiers: QualifierChanges | undefined;
  if (kind !== "footnote" && edited) {
    const [a, b] = editedWindows(words.changes, o.text, n.text);
    qualifiers = qualifierChanges(a, b) ?? undefined;
  }
  const side = pairing.relation === "split" ? news : olds;
  const extras: Extras = {
    opener,
    strength,
    qualifiers,
    with: pairing.with ? pairing.with.map((i) => side[i]!.label) : undefined,
    bounded: words.bounded ? true : undefined,
  };
  job.pendingCitation = c.shown !== undefined && !technical;
  return paragraphDiff(statusOf(pairing, renumbered), kind, job.oldKind, ref(o), ref(n), technical, round(pairing.similarity), words.changes, reasons, extras);
}

/** The optional parts of a paragraph's entry. */
interface Extras {
  readonly opener: ParagraphDiff["opener"];
  readonly strength: ParagraphDiff["strength"];
  readonly qualifiers: ParagraphDiff["qualifiers"];
  readonly with: ParagraphDiff["with"];
  readonly bounded: ParagraphDiff["bounded"];
}

const NO_EXTRAS: Extras = { opener: undefined, strength: undefined, qualifiers: undefined, with: undefined, bounded: undefined };

/**
 * Every entry is made by this one literal, its optional fields undefined when absent (JSON leaves
 * them out, as it left out the fields an entry did not have): one hidden class for all entries,
 * which the engine keeps, where fields added afterwards made classes it drops at each full collection.
 */
function paragraphDiff(
  status: ParagraphStatus,
  kind: ParagraphKind,
  oldKind: ParagraphKind | undefined,
  old: ParagraphRef | null,
  neu: ParagraphRef | null,
  technical: boolean,
  similarity: number,
  changes: Change[],
  reasons: TechnicalReason[],
  x: Extras,
): ParagraphDiff {
  return {
    status,
    kind,
    oldKind,
    old,
    new: neu,
    technical,
    similarity,
    changes,
    reasons,
    opener: x.opener,
    strength: x.strength,
    qualifiers: x.qualifiers,
    with: x.with,
    bounded: x.bounded,
  };
}

/** Operative numbers the pair changed: `"99"` → `"88"` for every paragraph paired under a new number. */
function renumbering(a: { olds: readonly ComparableParagraph[]; news: readonly ComparableParagraph[]; pairings: readonly Pairing[] }): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of a.pairings) {
    if (p.old === null || p.new === null) continue;
    const o = normNumber(a.olds[p.old]!.number);
    const n = normNumber(a.news[p.new]!.number);
    if (o && n && !out.has(o)) out.set(o, n);
  }
  return out;
}

/**
 * The two texts (the old and new sides of `changes`) without the unchanged start and end (less `OPENER_SPAN` characters kept on each
 * side): cut at the same places on both sides, so anything found in one and not the other lies
 * in the edited middle.
 */
function editedWindows(changes: readonly Change[], oldText: string, newText: string): [string, string] {
  const first = changes[0]!.op === "equal" ? Math.max(0, changes[0]!.text.length - OPENER_SPAN) : 0;
  const lastChange = changes[changes.length - 1]!;
  const last = lastChange.op === "equal" && changes.length > 1 ? Math.max(0, lastChange.text.length - OPENER_SPAN) : 0;
  return [oldText.slice(first, oldText.length - last), newText.slice(first, newText.length - last)];
}

function statusOf(p: Pairing, renumbered: boolean): ParagraphStatus {
  if (p.relation === "split" || p.relation === "merged") return p.relation;
  if (!p.inOrder) return "moved";
  if (p.relation === "same") return renumbered ? "renumbered" : "unchanged";
  return "modified";
}

function normNumber(n: string | null): string {
  if (n === null) return "";
  // Most numbers are digits and letters (`12`, `5 bis`): only a space or other whitespace needs the rewrite.
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c <= 32 || c >= 127) return n.replace(/\s+/g, " ").trim();
  }
  return n;
}

// A constant: the bundler turns a `\p{…}` literal into `new RegExp` at each call.
const UPPER_FIRST = /^\p{Lu}/u;

/** The opening phrase: the parser's when it found one, else the first word if capitalised. */
export function openerOf(p: ComparableParagraph): string | null {
  if (p.opener) return p.opener;
  const first = /^[^\p{L}\p{N}]*([\p{L}\p{N}\p{M}_]+)/u.exec(p.text)?.[1];
  return first && UPPER_FIRST.test(first) ? first : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function summarize(paragraphs: readonly ParagraphDiff[]): Summary {
  const counts = {} as Record<ParagraphKind, Record<ParagraphStatus, number>>;
  for (const k of KINDS) counts[k] = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ParagraphStatus, number>;
  let technical = 0;
  let substantive = 0;
  let openerChanges = 0;
  let stronger = 0;
  let weaker = 0;
  let qualifiersAdded = 0;
  let qualifiersRemoved = 0;
  for (const p of paragraphs) {
    counts[p.kind][p.status]++;
    if (p.opener) openerChanges++;
    if (p.strength?.change === "stronger") stronger++;
    if (p.strength?.change === "weaker") weaker++;
    qualifiersAdded += p.qualifiers?.added.length ?? 0;
    qualifiersRemoved += p.qualifiers?.removed.length ?? 0;
    // Unchanged paragraphs are not counted even when spacing or quotes differ.
    if (p.status === "unchanged") continue;
    if (p.technical) technical++;
    else substantive++;
  }
  return { ...counts, technical, substantive, openerChanges, stronger, weaker, qualifiersAdded, qualifiersRemoved };
}

export function hasEdits(changes: readonly Change[]): boolean {
  return changes.some((c) => c.op !== "equal");
}
