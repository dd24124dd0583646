/**
 * Compare two documents paragraph by paragraph: preamble with preamble, operative with
 * operative (across sections), footnotes with footnotes. Pure; never throws on odd input.
 */
import { alignParagraphs, type Pairing } from "./align";
import { classifyChanges } from "./classify";
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
} from "./types";
import { diffParagraphWords } from "./words";

export const KINDS: readonly ParagraphKind[] = ["preamble", "operative", "footnote"];
export const STATUSES: readonly ParagraphStatus[] = ["unchanged", "renumbered", "moved", "modified", "added", "removed", "split", "merged"];

export function compareDocuments(oldDoc: ComparableDocument, newDoc: ComparableDocument, options: CompareOptions = {}): DocumentDiff {
  const paragraphs: ParagraphDiff[] = [];
  for (const kind of KINDS) {
    const olds = ofKind(oldDoc, kind);
    const news = ofKind(newDoc, kind);
    const pairings = alignParagraphs(
      olds.map((p) => p.text),
      news.map((p) => p.text),
      options.threshold === undefined ? {} : { threshold: options.threshold },
    );
    for (const pairing of pairings) paragraphs.push(describe(kind, pairing, olds, news, options));
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

function describe(
  kind: ParagraphKind,
  pairing: Pairing,
  olds: readonly ComparableParagraph[],
  news: readonly ComparableParagraph[],
  options: CompareOptions,
): ParagraphDiff {
  const o = pairing.old === null ? null : olds[pairing.old]!;
  const n = pairing.new === null ? null : news[pairing.new]!;
  if (!o || !n) {
    const text = (o ?? n)!.text;
    return {
      status: o ? "removed" : "added",
      kind,
      old: o ? ref(o) : null,
      new: n ? ref(n) : null,
      technical: false,
      similarity: 0,
      changes: text ? [{ op: o ? "delete" : "insert", text }] : [],
      reasons: [],
    };
  }
  const words = diffParagraphWords(o.text, n.text, {
    ...(options.maxEditLength === undefined ? {} : { maxEditLength: options.maxEditLength }),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
  const { technical, reasons } = words.bounded ? { technical: false, reasons: [] } : classifyChanges(words.changes);
  const renumbered = kind !== "preamble" && normNumber(o.number) !== normNumber(n.number);
  if (renumbered && kind === "footnote" && technical) {
    reasons.push("footnote-number");
    reasons.sort();
  }
  const status = statusOf(pairing, renumbered);
  const diff: ParagraphDiff = {
    status,
    kind,
    old: ref(o),
    new: ref(n),
    technical,
    similarity: round(pairing.similarity),
    changes: words.changes,
    reasons,
  };
  const was = openerOf(o);
  const is = openerOf(n);
  if (kind !== "footnote" && was && is && was !== is) diff.opener = { old: was, new: is };
  if (pairing.with) {
    const side = pairing.relation === "split" ? news : olds;
    diff.with = pairing.with.map((i) => side[i]!.label);
  }
  if (words.bounded) diff.bounded = true;
  return diff;
}

function statusOf(p: Pairing, renumbered: boolean): ParagraphStatus {
  if (p.relation === "split" || p.relation === "merged") return p.relation;
  if (!p.inOrder) return "moved";
  if (p.relation === "same") return renumbered ? "renumbered" : "unchanged";
  return "modified";
}

function normNumber(n: string | null): string {
  return (n ?? "").replace(/\s+/g, " ").trim();
}

/** The opening phrase: the parser's when it found one, else the first word if capitalised. */
export function openerOf(p: ComparableParagraph): string | null {
  if (p.opener) return p.opener;
  const first = /^[^\p{L}\p{N}]*([\p{L}\p{N}\p{M}_]+)/u.exec(p.text)?.[1];
  return first && /^\p{Lu}/u.test(first) ? first : null;
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
  for (const p of paragraphs) {
    counts[p.kind][p.status]++;
    if (p.opener) openerChanges++;
    // Unchanged paragraphs are not counted even when spacing or quotes differ.
    if (p.status === "unchanged") continue;
    if (p.technical) technical++;
    else substantive++;
  }
  return { ...counts, technical, substantive, openerChanges };
}

export function hasEdits(changes: readonly Change[]): boolean {
  return changes.some((c) => c.op !== "equal");
}
