/**
 * Lineage across three or more texts (oldest first, e.g. 78/69 → A/80/L.22 → 80/110): for
 * each paragraph of the newest text, the text it first appeared in and each change since.
 * Built from the pairwise comparisons of neighbours, followed backwards.
 */
import { compareDocuments, hasEdits } from "./compare";
import type { Change, ComparableDocument, CompareOptions, DocumentDiff, ParagraphKind, ParagraphStatus, Summary } from "./types";

export interface LineageStep {
  /** Positions in `documents` of the two texts compared. */
  from: number;
  to: number;
  status: ParagraphStatus;
  /** The paragraph's label in the older text (null when it was added here). */
  oldLabel: string | null;
  newLabel: string;
  technical: boolean;
  similarity: number;
  opener?: { old: string; new: string };
  changes: Change[];
}

export interface LineageParagraph {
  kind: ParagraphKind;
  index: number;
  label: string;
  /** Position in `documents` of the first text that has this paragraph (0 = the oldest given). */
  firstSeen: number;
  /** Its label in that text. */
  firstLabel: string;
  /** The steps where it changed (unchanged steps left out), oldest first. */
  changes: LineageStep[];
}

export interface Lineage {
  documents: { symbol: string | null; file: string | null }[];
  steps: { from: number; to: number; summary: Summary }[];
  paragraphs: LineageParagraph[];
}

export function lineage(docs: readonly ComparableDocument[], options: CompareOptions = {}): Lineage {
  const diffs: DocumentDiff[] = [];
  for (let i = 1; i < docs.length; i++) diffs.push(compareDocuments(docs[i - 1]!, docs[i]!, options));
  const newest = docs[docs.length - 1];
  const paragraphs: LineageParagraph[] = [];
  for (const p of newest?.paragraphs ?? []) {
    const steps: LineageStep[] = [];
    let index = p.index;
    let label = p.label;
    let firstSeen = 0;
    for (let k = diffs.length - 1; k >= 0; k--) {
      // A merged paragraph has several entries: follow the most similar.
      const entries = diffs[k]!.paragraphs.filter((e) => e.kind === p.kind && e.new?.index === index);
      const e = entries.sort((a, b) => b.similarity - a.similarity)[0];
      if (!e) break;
      if (e.status !== "unchanged" || hasEdits(e.changes)) {
        steps.unshift({
          from: k,
          to: k + 1,
          status: e.status,
          oldLabel: e.old?.label ?? null,
          newLabel: e.new!.label,
          technical: e.technical,
          similarity: e.similarity,
          ...(e.opener ? { opener: e.opener } : {}),
          changes: e.changes,
        });
      }
      if (!e.old) {
        firstSeen = k + 1;
        break;
      }
      index = e.old.index;
      label = e.old.label;
    }
    paragraphs.push({ kind: p.kind, index: p.index, label: p.label, firstSeen, firstLabel: label, changes: steps });
  }
  return {
    documents: docs.map((d) => ({ symbol: d.symbol ?? null, file: d.file ?? null })),
    steps: diffs.map((d, i) => ({ from: i, to: i + 1, summary: d.summary })),
    paragraphs,
  };
}
