/** Pieces the text, Markdown and HTML reports share. */
import type { DocumentDiff, ParagraphDiff, ParagraphKind, ParagraphStatus } from "./types";
import { KINDS, STATUSES, hasEdits } from "./compare";

export const KIND_NAMES: Record<ParagraphKind, string> = { preamble: "Preamble", operative: "Operative", footnote: "Footnotes", annex: "Annexes" };

/** A cross-kind move's verdict: `moved (preambular → operative)`. */
const KIND_ADJECTIVES: Record<ParagraphKind, string> = { preamble: "preambular", operative: "operative", footnote: "footnote", annex: "annex" };

/** `PP3 → PP4`, `OP5` (same label both sides), `— → OP6` (added). */
export function labelPair(p: ParagraphDiff): string {
  const o = p.old?.label;
  const n = p.new?.label;
  if (o && n) return o === n ? o : `${o} → ${n}`;
  return o ? `${o} → —` : `— → ${n}`;
}

/** One line saying what happened: `modified, technical (session, year)`, `split (with OP6)`. */
export function verdictLine(p: ParagraphDiff): string {
  const parts: string[] = [p.status];
  if (p.with && p.with.length > 0) parts[0] += ` (with ${p.with.join(", ")})`;
  if (p.oldKind) parts[0] += ` (${KIND_ADJECTIVES[p.oldKind]} → ${KIND_ADJECTIVES[p.kind]})`;
  if (p.status !== "added" && p.status !== "removed" && (p.status !== "unchanged" || hasEdits(p.changes))) {
    parts.push(p.technical ? `technical${p.reasons.length ? ` (${p.reasons.join(", ")})` : ""}` : "substantive");
  }
  if (p.opener) parts.push(`opener ${p.opener.old} → ${p.opener.new}`);
  if (p.strength) parts.push(p.strength.change === "other-kind" ? `opener of another kind (${p.strength.old} → ${p.strength.new})` : `${p.strength.change} (${p.strength.old} → ${p.strength.new})`);
  if (p.qualifiers) parts.push(`qualifiers ${[...p.qualifiers.added.map((q) => `+${q}`), ...p.qualifiers.removed.map((q) => `−${q}`)].join(" ")}`);
  if (p.bounded) parts.push("too different for a word diff");
  return parts.join(", ");
}

/** The summary in one line: verdict counts and negotiation language. */
export function summaryLine(d: DocumentDiff): string {
  const s = d.summary;
  return (
    `Changed paragraphs: ${s.technical} technical, ${s.substantive} substantive. Opener changes: ${s.openerChanges} ` +
    `(${s.stronger} stronger, ${s.weaker} weaker). Qualifiers: ${s.qualifiersAdded} added, ${s.qualifiersRemoved} removed.`
  );
}

/**
 * Whether a report shows this paragraph by default. Unchanged ones are only counted, even when
 * spacing or quotes differ (PDF text is full of that; `--all` shows them).
 */
export function worthShowing(p: ParagraphDiff): boolean {
  return p.status !== "unchanged";
}

/** Rows of the summary table: kind, then one count per status. */
export function summaryRows(d: DocumentDiff): { kind: string; counts: number[] }[] {
  return KINDS.map((k) => ({ kind: KIND_NAMES[k], counts: STATUSES.map((s: ParagraphStatus) => d.summary[k][s]) }));
}

export function docName(side: { symbol: string | null; file: string | null }): string {
  return side.symbol ?? side.file ?? "(unnamed)";
}

/** Shorten a long unchanged stretch to its ends so a report shows the edits, not the whole text. */
export function elide(text: string, keep = 70): string {
  if (text.length <= keep * 2 + 20) return text;
  return text.slice(0, keep) + " … " + text.slice(text.length - keep);
}
