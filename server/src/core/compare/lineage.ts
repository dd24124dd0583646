/**
 * Lineage across three or more texts (oldest first, e.g. 78/69 → A/80/L.22 → 80/110): for
 * each paragraph of the newest text, the text it first appeared in and each change since.
 * Built from the pairwise comparisons of neighbours, followed backwards.
 */
import { compareDocuments, hasEdits } from "./compare";
import type { Change, ComparableDocument, CompareOptions, DocumentDiff, ParagraphKind, ParagraphStatus, Summary, TechnicalReason } from "./types";

export interface LineageStep {
  /** Positions in `documents` of the two texts compared. */
  from: number;
  to: number;
  status: ParagraphStatus;
  /** The paragraph's label in the older text (null when it was added here). */
  oldLabel: string | null;
  newLabel: string;
  technical: boolean;
  /** Why the step is technical (as in `resdraft diff`). */
  reasons: TechnicalReason[];
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
  /** Its wording in each document (null where it is absent), oldest first: the lineage table's row. */
  versions: (string | null)[];
  /** Its label in each document (null where it is absent). */
  labels: (string | null)[];
}

/** A paragraph of an older text that a later one dropped: where it came from, its wording, and where it went. */
export interface DroppedParagraph {
  kind: ParagraphKind;
  /** Position in `documents` of the first text without it. */
  droppedAt: number;
  firstSeen: number;
  firstLabel: string;
  /** Its label in the last text that had it. */
  lastLabel: string;
  changes: LineageStep[];
  versions: (string | null)[];
  labels: (string | null)[];
}

export interface Lineage {
  documents: { symbol: string | null; file: string | null }[];
  steps: { from: number; to: number; summary: Summary }[];
  paragraphs: LineageParagraph[];
  /** Paragraphs of older texts that did not reach the newest, in order of the step that dropped them. */
  dropped: DroppedParagraph[];
}

export function lineage(docs: readonly ComparableDocument[], options: CompareOptions = {}): Lineage {
  const diffs: DocumentDiff[] = [];
  for (let i = 1; i < docs.length; i++) diffs.push(compareDocuments(docs[i - 1]!, docs[i]!, options));
  const paragraphs: LineageParagraph[] = [];
  const last = docs.length - 1;
  for (const p of docs[last]?.paragraphs ?? []) {
    const t = trace(docs, diffs, p.kind, p.index, last);
    paragraphs.push({ kind: p.kind, index: p.index, label: p.label, firstSeen: t.firstSeen, firstLabel: t.firstLabel, changes: t.steps, versions: t.versions, labels: t.labels });
  }
  const dropped: DroppedParagraph[] = [];
  diffs.forEach((d, k) => {
    for (const e of d.paragraphs) {
      if (e.status !== "removed" || !e.old) continue;
      const t = trace(docs, diffs, e.kind, e.old.index, k);
      dropped.push({ kind: e.kind, droppedAt: k + 1, firstSeen: t.firstSeen, firstLabel: t.firstLabel, lastLabel: e.old.label, changes: t.steps, versions: t.versions, labels: t.labels });
    }
  });
  return {
    documents: docs.map((d) => ({ symbol: d.symbol ?? null, file: d.file ?? null })),
    steps: diffs.map((d, i) => ({ from: i, to: i + 1, summary: d.summary })),
    paragraphs,
    dropped,
  };
}

interface Trace {
  firstSeen: number;
  firstLabel: string;
  steps: LineageStep[];
  versions: (string | null)[];
  labels: (string | null)[];
}

/** Follow paragraph `index` of `docs[at]` back through the pairwise comparisons to where it entered. */
function trace(docs: readonly ComparableDocument[], diffs: readonly DocumentDiff[], startKind: ParagraphKind, start: number, at: number): Trace {
  // The kind changes going back when a paragraph moved across kinds (`oldKind`).
  let kind = startKind;
  const versions: (string | null)[] = docs.map(() => null);
  const labels: (string | null)[] = docs.map(() => null);
  const steps: LineageStep[] = [];
  const textOf = (k: number, i: number) => docs[k]!.paragraphs.find((q) => q.kind === kind && q.index === i) ?? null;
  let index = start;
  let firstSeen = at;
  let label = textOf(at, start)?.label ?? "";
  versions[at] = textOf(at, start)?.text ?? null;
  labels[at] = label;
  for (let k = at - 1; k >= 0; k--) {
    // A merged paragraph has several entries: follow the most similar.
    const entries = diffs[k]!.paragraphs.filter((e) => e.kind === kind && e.new?.index === index);
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
        reasons: e.reasons,
        similarity: e.similarity,
        ...(e.opener ? { opener: e.opener } : {}),
        changes: e.changes,
      });
    }
    if (!e.old) break;
    kind = e.oldKind ?? kind;
    index = e.old.index;
    label = e.old.label;
    firstSeen = k;
    versions[k] = textOf(k, index)?.text ?? null;
    labels[k] = label;
  }
  return { firstSeen, firstLabel: label, steps, versions, labels };
}
