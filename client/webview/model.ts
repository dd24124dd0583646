/**
 * The comparison view's model: which category each paragraph entry falls in, what the filters
 * and the search keep, and the summary counts. No DOM here (unit-tested).
 */
import type { ChangeOp, DocumentDiff, ParagraphDiff } from "../../server/src/core/compare/types";
import type { Lineage, LineageParagraph } from "../../server/src/core/compare/lineage";

export type Category = "substantive" | "technical" | "added" | "removed" | "moved" | "opener" | "renumbered" | "unchanged";

/** The filters the toolbar offers, in order, with their button names. */
export const FILTERS: readonly { id: Category; name: string }[] = [
  { id: "substantive", name: "Substantive" },
  { id: "technical", name: "Technical" },
  { id: "added", name: "New" },
  { id: "removed", name: "Removed" },
  { id: "moved", name: "Moved" },
  { id: "opener", name: "Opener changed" },
];

const FOLDED_NAMES: Record<"renumbered" | "unchanged", string> = { renumbered: "Renumbered only", unchanged: "Unchanged" };

export interface Entry {
  /** Position in `diff.paragraphs`. */
  readonly index: number;
  readonly p: ParagraphDiff;
  /** Shown as one line unless opened: no word changed. */
  readonly folded: boolean;
  readonly categories: ReadonlySet<Category>;
  /** Lower-cased label and both texts, for the search box. */
  readonly haystack: string;
}

export function hasEdits(p: ParagraphDiff): boolean {
  return p.changes.some((c) => c.op !== "equal");
}

export function sideText(p: ParagraphDiff, side: "old" | "new"): string {
  const skip: ChangeOp = side === "old" ? "insert" : "delete";
  return p.changes
    .filter((c) => c.op !== skip)
    .map((c) => c.text)
    .join("");
}

export function categorize(p: ParagraphDiff): Set<Category> {
  const out = new Set<Category>();
  const folded = (p.status === "unchanged" || p.status === "renumbered") && !hasEdits(p);
  if (folded) {
    out.add(p.status === "renumbered" ? "renumbered" : "unchanged");
    return out;
  }
  out.add(p.technical ? "technical" : "substantive");
  if (p.status === "added") out.add("added");
  if (p.status === "removed") out.add("removed");
  if (p.status === "moved") out.add("moved");
  if (p.opener) out.add("opener");
  return out;
}

export function entriesOf(diff: DocumentDiff): Entry[] {
  return diff.paragraphs.map((p, index) => {
    const categories = categorize(p);
    const labels = [p.old?.label, p.new?.label].filter(Boolean).join(" ");
    return {
      index,
      p,
      folded: categories.has("unchanged") || categories.has("renumbered"),
      categories,
      haystack: `${labels}\n${sideText(p, "old")}\n${sideText(p, "new")}`.toLowerCase(),
    };
  });
}

export interface FilterState {
  /** Empty: every entry (folded ones as one line each). Otherwise entries in any of these. */
  readonly only: readonly Category[];
  readonly query: string;
}

export function visibleEntries(entries: readonly Entry[], f: FilterState): Entry[] {
  const q = f.query.trim().toLowerCase();
  return entries.filter((e) => (f.only.length === 0 || f.only.some((c) => e.categories.has(c))) && (q === "" || e.haystack.includes(q)));
}

export interface Count {
  readonly id: Category;
  readonly name: string;
  readonly count: number;
}

/** The summary's counts, each of which filters the list when clicked. */
export function counts(entries: readonly Entry[]): Count[] {
  const all = [...FILTERS, ...(["renumbered", "unchanged"] as const).map((id) => ({ id, name: FOLDED_NAMES[id] }))];
  return all.map((c) => ({ ...c, count: entries.filter((e) => e.categories.has(c.id)).length }));
}

const KNOWN_SUMMARY = new Set([
  "preamble", "operative", "footnote", "annex", "technical", "substantive", "openerChanges",
  "stronger", "weaker", "qualifiersAdded", "qualifiersRemoved",
]);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * How the negotiation language moved, as a delegation reads a new text first: operative openers made stronger or
 * weaker on the scale (docs/negotiation-language.md), and hedges such as "as appropriate" added or removed.
 * Empty when nothing moved.
 */
export function negotiationSummary(diff: DocumentDiff): { name: string; value: string }[] {
  const s = diff.summary;
  const out: { name: string; value: string }[] = [];
  if (s.stronger || s.weaker) out.push({ name: "Openers", value: `${plural(s.stronger, "stronger", "stronger")}, ${plural(s.weaker, "weaker", "weaker")}` });
  if (s.qualifiersAdded || s.qualifiersRemoved) {
    out.push({ name: "Qualifiers", value: `${plural(s.qualifiersAdded, "added", "added")}, ${plural(s.qualifiersRemoved, "removed", "removed")}` });
  }
  return out;
}

/** A paragraph's negotiation-language changes, one line each. */
export function negotiationNotes(p: ParagraphDiff): string[] {
  const out: string[] = [];
  if (p.strength && p.strength.change !== "other-kind") out.push(`Opener ${p.strength.change}: ${p.strength.old} → ${p.strength.new}`);
  if (p.qualifiers?.added.length) out.push(`Qualifier added: ${p.qualifiers.added.join(", ")}`);
  if (p.qualifiers?.removed.length) out.push(`Qualifier removed: ${p.qualifiers.removed.join(", ")}`);
  return out;
}

/**
 * Numbers the comparison adds to its summary beyond the ones this view knows (negotiation-language
 * changes and whatever comes next): shown under their own names rather than dropped.
 */
export function extraSummary(diff: DocumentDiff): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const [key, value] of Object.entries(diff.summary as unknown as Record<string, unknown>)) {
    if (KNOWN_SUMMARY.has(key)) continue;
    if (typeof value === "number") out.push({ name: humanize(key), value: String(value) });
    else if (value && typeof value === "object" && !Array.isArray(value)) {
      const parts = Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === "number" && v > 0);
      if (parts.length) out.push({ name: humanize(key), value: parts.map(([k, v]) => `${humanize(k)} ${v}`).join(", ") });
    }
  }
  return out;
}

const KNOWN_PARAGRAPH = new Set(["status", "kind", "old", "new", "technical", "similarity", "changes", "reasons", "opener", "with", "bounded", "strength", "qualifiers"]);

/** A paragraph entry's fields beyond the known ones, as readable lines (e.g. negotiation-language notes). */
export function extraNotes(p: ParagraphDiff): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(p as unknown as Record<string, unknown>)) {
    if (KNOWN_PARAGRAPH.has(key) || value === undefined || value === null) continue;
    const items = Array.isArray(value) ? value : [value];
    const text = items.map(describe).filter(Boolean).join("; ");
    if (text) out.push(`${humanize(key)}: ${text}`);
  }
  return out;
}

function describe(v: unknown): string {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    for (const k of ["message", "text", "description", "label"]) if (typeof o[k] === "string") return o[k] as string;
    if (typeof o.old === "string" && typeof o.new === "string") return `${o.old} → ${o.new}`;
  }
  return "";
}

/** `openerChanges` → `Opener changes`. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[-_]/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const VERBS: Record<ParagraphDiff["status"], string> = {
  unchanged: "unchanged",
  renumbered: "renumbered",
  moved: "moved",
  modified: "modified",
  added: "new",
  removed: "removed",
  split: "split",
  merged: "merged",
};

/** `OP12 → OP14`, `new OP3`, `PP2`. */
export function labelPair(p: ParagraphDiff): string {
  const o = p.old?.label;
  const n = p.new?.label;
  if (o && n) return o === n ? n : `${o} → ${n}`;
  return n ?? o ?? "?";
}

/** The line a screen reader hears for an entry: `OP12 → OP14, modified, substantive, 3 words changed`. */
export function verdict(e: Entry): string {
  const p = e.p;
  if (e.folded) return `${labelPair(p)}, ${p.status === "renumbered" ? "renumbered, unchanged" : "unchanged"}`;
  const parts = [labelPair(p), VERBS[p.status], p.technical ? "technical" : "substantive"];
  const words = changedWords(p);
  if (words > 0 && p.status !== "added" && p.status !== "removed") parts.push(`${words} word${words === 1 ? "" : "s"} changed`);
  if (p.opener) parts.push(`opener ${p.opener.old} → ${p.opener.new}`);
  if (p.with?.length) parts.push(`${p.status} with ${p.with.join(", ")}`);
  return parts.join(", ");
}

/** Words inserted or deleted (the larger side), what "modified: 3 words" counts. */
export function changedWords(p: ParagraphDiff): number {
  let ins = 0;
  let del = 0;
  for (const c of p.changes) {
    const n = (c.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    if (c.op === "insert") ins += n;
    else if (c.op === "delete") del += n;
  }
  return Math.max(ins, del);
}

/** For each entry with a new side, its history across the lineage's texts (by kind and new index). */
export function historyIndex(l: Lineage | undefined): Map<string, LineageParagraph> {
  const m = new Map<string, LineageParagraph>();
  for (const p of l?.paragraphs ?? []) m.set(`${p.kind}:${p.index}`, p);
  return m;
}
