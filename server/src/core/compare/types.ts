/**
 * The comparison engine's data: what goes in (plain paragraph lists, so the engine does not
 * depend on parser details) and what comes out (the `resdraft diff --format json` contract,
 * documented in docs/cli.md).
 */

/** `annex`: paragraphs of the annexes, compared like the others (label `Annex I ¶3`). */
export type ParagraphKind = "preamble" | "operative" | "footnote" | "annex";

/** One paragraph as the engine sees it. `text` is exactly the paragraph's `body.text`. */
export interface ComparableParagraph {
  readonly kind: ParagraphKind;
  /** 1-based position within its kind. */
  readonly index: number;
  /** The negotiation label: `PP3`, `OP5`, `OP5 bis`, `FN2`. */
  readonly label: string;
  /** The printed number (`5`, `5 bis`, footnote `3`), or null (preambular paragraphs). */
  readonly number: string | null;
  readonly text: string;
  /** The opening phrase (`Encourages`, `Recalling also`) when the parser found one. */
  readonly opener?: string | null;
}

/** One document as the engine sees it. */
export interface ComparableDocument {
  /** `A/RES/80/229`, `A/C.3/80/L.3`, or null when unknown. */
  readonly symbol: string | null;
  /** Where it was read from (for reports only). */
  readonly file?: string | null;
  /** `80/229` for an adopted text. */
  readonly number?: string | null;
  readonly title?: string | null;
  /** The session (80), from the masthead, symbol or front matter. */
  readonly session?: number | null;
  /** The front matter `predecessor:` value, if any. */
  readonly predecessor?: string | null;
  readonly paragraphs: readonly ComparableParagraph[];
}

export type ChangeOp = "equal" | "insert" | "delete";

/** A run of text: `equal` parts plus `delete` parts give the old text, `equal` plus `insert` the new. */
export interface Change {
  op: ChangeOp;
  text: string;
}

export type ParagraphStatus =
  | "unchanged" // same words, same place, same number
  | "renumbered" // same words, the printed number changed
  | "moved" // out of order relative to the rest (words may also differ)
  | "modified" // in order, words differ
  | "added"
  | "removed"
  | "split" // one old paragraph became this and a neighbour
  | "merged"; // this and a neighbour became one new paragraph

export interface ParagraphRef {
  index: number;
  label: string;
  number: string | null;
}

/** What made a change substantive or technical, in words a reviewer can check. */
export type TechnicalReason =
  | "session" // `seventy-ninth` → `eightieth` before "session"
  | "date" // a day and month
  | "date-range" // `2024-2025` → `2026-2027`, `1–3 May`
  | "year"
  | "symbol" // a document symbol of the same series (`A/HRC/55/12` → `A/HRC/58/30`)
  | "resolution" // the series' next resolution cited
  | "ecosoc-number" // `2024/13` → `2025/7`
  | "meeting"
  | "paragraph" // `paragraph 99 above` follows the renumbering
  | "footnote-number"
  | "footnote-marker" // a stray marker glued to a word (`Convention3`)
  | "recalling-list"
  | "spacing" // only whitespace (PDF-broken words: `d evelopment`)
  | "formatting"; // case, quotes, dashes, punctuation only

export interface ParagraphDiff {
  status: ParagraphStatus;
  kind: ParagraphKind;
  /** Set when the old paragraph was of another kind (a preambular paragraph become operative, or the reverse); `kind` is the new one's. */
  oldKind?: ParagraphKind;
  old: ParagraphRef | null;
  new: ParagraphRef | null;
  /** True when nothing substantive changed: no change at all, or only routine rollover updates. */
  technical: boolean;
  /** 0 … 1; 1 for identical normalised text, 0 for added/removed. */
  similarity: number;
  changes: Change[];
  /** Why the changes count as technical (empty when none or when substantive). */
  reasons: TechnicalReason[];
  /** Set when the opening phrase changed (`Encourages` → `Urges`). */
  opener?: { old: string; new: string };
  /** Set when the operative opener moved on the strength scale (strength.ts): `Encourages` → `Urges` is stronger. */
  strength?: { old: string; new: string; change: "stronger" | "weaker" | "other-kind" };
  /** Set when qualifiers (`as appropriate`, `within existing resources`, `voluntary` …) were added or removed. */
  qualifiers?: { added: string[]; removed: string[] };
  /** For split/merged: the labels of the other paragraphs involved. */
  with?: string[];
  /** True when the word diff gave up (over the edit bound): the change is one replacement. */
  bounded?: boolean;
}

export type Summary = Record<ParagraphKind, Record<ParagraphStatus, number>> & {
  technical: number;
  substantive: number;
  openerChanges: number;
  /** Paragraphs whose opener became stronger / weaker on the scale. */
  stronger: number;
  weaker: number;
  /** Qualifiers added and removed, over all paragraphs. */
  qualifiersAdded: number;
  qualifiersRemoved: number;
};

export interface DocumentDiff {
  old: { symbol: string | null; file: string | null };
  new: { symbol: string | null; file: string | null };
  paragraphs: ParagraphDiff[];
  summary: Summary;
}

export interface CompareOptions {
  /** Minimum similarity (0 … 1) for two different paragraphs to be paired. Default 0.45. */
  readonly threshold?: number;
  /** Word-diff bound: more edits than this and the pair becomes one replacement. Default 2000. */
  readonly maxEditLength?: number;
}
