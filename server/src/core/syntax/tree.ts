/**
 * The syntax tree of one resolution: plain, immutable data with source spans.
 *
 * This file is the contract between the parser and everything built on it
 * (rules, outline, comparison, the LSP layer, the CLI). It holds types only.
 *
 * Invariants:
 * - Every span is a pair of UTF-16 offsets into `Resolution.source`, `start <= end`,
 *   `end` exclusive. JavaScript strings are UTF-16, so offsets are plain string indices;
 *   conversion to LSP line/character goes through one `LineIndex` (see `text/line-index.ts`).
 * - The tree is a value: nothing in it is mutated after `parse` returns (the parser freezes it).
 * - The tree never holds page artefacts inside paragraph text: they are listed in `artefacts`.
 */

/** A half-open range of UTF-16 offsets into the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A value read from the source, with where it was read. */
export interface Field {
  readonly value: string;
  readonly span: Span;
}

/**
 * Text assembled from pieces of the source: a paragraph's words with line breaks joined,
 * page artefacts and footnote markers removed.
 *
 * For every piece, `text.slice(piece.at, piece.at + piece.end - piece.start)` equals
 * `source.slice(piece.start, piece.end)`. Characters of `text` outside every piece are
 * joiners the parser inserted (one space where a line break or a removed marker was).
 * Pieces are in order and do not overlap, in the text and in the source.
 */
export interface MappedText {
  readonly text: string;
  readonly pieces: readonly TextPiece[];
}

export interface TextPiece {
  /** Offset in `MappedText.text`. */
  readonly at: number;
  /** Span in the source. */
  readonly start: number;
  readonly end: number;
}

/** Which of the two input formats the text was read as. */
export type SourceFormat = "official" | "unres";

/** `symbol: A/RES/80/229` lines between `---` fences at the top of a `.unres` file. */
export interface FrontMatter {
  readonly span: Span;
  readonly entries: readonly FrontMatterEntry[];
}

export interface FrontMatterEntry {
  readonly key: Field;
  readonly value: Field;
}

/**
 * The masthead of an official text (or the same facts from front matter).
 * Every field is null when the document does not carry it.
 */
export interface Header {
  /** `A/RES/80/229`, `A/C.3/80/L.3`; without a reissue asterisk. */
  readonly symbol: Field | null;
  /** True when the symbol carries the reissue asterisk (`A/RES/78/68*`). */
  readonly reissued: boolean;
  /** `General` or `Limited` from `Distr.: General`. */
  readonly distribution: Field | null;
  /** The date under the distribution line. */
  readonly distributionDate: Field | null;
  /** `Eightieth session`. */
  readonly session: Field | null;
  /** The session as a number (80), from the masthead, the symbol or front matter. */
  readonly sessionNumber: number | null;
  /** `Agenda item 107` (value `107`) and the item's title. */
  readonly agendaItem: Field | null;
  readonly agendaTitle: Field | null;
  /** `on 18 December 2025` from `Resolution adopted by the General Assembly`. */
  readonly adoptionDate: Field | null;
  /** The bracketed committee line, brackets excluded. */
  readonly committee: Field | null;
  /** The sponsors of a draft: `Italy` from `Italy: draft resolution`. */
  readonly sponsors: Field | null;
  /** The whole masthead, from the first line to just before the number or title. */
  readonly span: Span | null;
}

/** `80/229.` and the title lines after it (a draft has a title and no number). */
export interface Title {
  /** `80/229` (no trailing period), or null for drafts. */
  readonly number: Field | null;
  /** The title with its line breaks joined. */
  readonly text: MappedText;
  readonly span: Span;
}

/** `The General Assembly,` */
export interface Organ {
  /** `The General Assembly` (no comma). */
  readonly name: Field;
  /** Whether a comma follows the name (it must when a preamble follows). */
  readonly comma: boolean;
  readonly span: Span;
}

/** The italic opening phrase of a paragraph: `Recalling also`, `Takes note with appreciation`. */
export interface Opener {
  readonly text: string;
  readonly span: Span;
  /** The head word or verb with modifiers stripped: `Recalling`, `Takes`, `Requests`. */
  readonly head: string;
  /** Whether the phrase was found in the shipped list of official openers (else a head-word fallback). */
  readonly known: boolean;
}

/** A footnote marker in running text: `2002,1`, `Crime2`, `[^3]`. */
export interface FootnoteMarker {
  /** The footnote number as printed (`1`, `*` for an asterisk footnote). */
  readonly number: string;
  /** The marker itself in the source (just the digits; `[^3]` whole in `.unres`). */
  readonly span: Span;
}

/** A sub-paragraph `(a)`, `(i)`, `a.`, `i.` with its own sub-paragraphs. */
export interface Subparagraph {
  /** As printed: `(a)`, `(ii)`, `a.`. */
  readonly label: Field;
  /** 1 for (a), 2 for (i), 3 for a., 4 for i. */
  readonly level: 1 | 2 | 3 | 4;
  /** The item's words, label excluded, nested items included. */
  readonly body: MappedText;
  readonly markers: readonly FootnoteMarker[];
  readonly children: readonly Subparagraph[];
  readonly span: Span;
}

interface ParagraphBase {
  /** 1-based position within its kind (PP3 has index 3). */
  readonly index: number;
  /** The whole paragraph in the source, number included. */
  readonly span: Span;
  /** The paragraph's words: opener included, own number excluded, sub-paragraphs (with their labels) included. */
  readonly body: MappedText;
  readonly opener: Opener | null;
  readonly markers: readonly FootnoteMarker[];
  readonly subparagraphs: readonly Subparagraph[];
  /** The label of the section the paragraph sits in (`I`, `A`), or null. */
  readonly section: string | null;
}

export interface PreambularParagraph extends ParagraphBase {
  readonly kind: "preamble";
}

/** An operative paragraph number as printed: `5`, `5 bis`. */
export interface ParagraphNumber {
  /** `5 bis` as printed, without the period. */
  readonly text: string;
  /** 5 */
  readonly value: number;
  /**
   * `bis`, `ter`, …, or null. `alt` for an alternative text for paragraph `value` in a `.unres` draft
   * (`1 alt.`, `Alt 1.`, `OP1 alt 2`; `text` is then `1 alt` or `1 alt 2` whatever the label's spelling).
   */
  readonly suffix: string | null;
  readonly span: Span;
}

export interface OperativeParagraph extends ParagraphBase {
  readonly kind: "operative";
  /** Null for a lone unnumbered operative paragraph. */
  readonly number: ParagraphNumber | null;
}

export type Paragraph = PreambularParagraph | OperativeParagraph;

/** `I` / `A.` and its heading line(s). */
export interface Section {
  /** `I`, `II`, `A` (no period). */
  readonly label: Field;
  readonly heading: Field | null;
  /** 1 for the outer level (roman or letter as first used), 2 for a nested level. */
  readonly level: number;
  /** From the label to the end of the section's last paragraph. */
  readonly span: Span;
}

export interface Footnote {
  /** As printed: `1`, `*`. */
  readonly number: Field;
  readonly body: MappedText;
  /** Every marker in the text that points here. */
  readonly markers: readonly FootnoteMarker[];
  /** Whether the footnote belongs to an annex. */
  readonly inAnnex: boolean;
  readonly span: Span;
}

export type ReferenceKind =
  | "resolution" // resolution 78/229, resolutions 69/193 and 69/196
  | "decision" // decision 77/568
  | "symbol" // A/80/327, A/RES/78/229, E/CN.15/2024/L.3
  | "date" // 19 December 2023
  | "session" // eightieth session, 80th session
  | "meeting" // 69th plenary meeting
  | "paragraph"; // paragraph 12 above

/** A reference found in paragraph or footnote text. */
export interface Reference {
  readonly kind: ReferenceKind;
  /** As written in the source (line breaks kept). */
  readonly text: string;
  /** Normalised value: `78/229`, `A/80/327`, `2023-12-19`, `80` (session), `12` (paragraph). */
  readonly value: string;
  readonly span: Span;
}

/** `69th plenary meeting` / `18 December 2025`. */
export interface Closing {
  readonly meeting: Field | null;
  readonly date: Field | null;
  readonly span: Span;
}

export interface Annex {
  /** `Annex`, `Annex I`. */
  readonly heading: Field;
  readonly span: Span;
}

export type ArtefactKind =
  | "running-header" // symbol or short title repeated on each page
  | "page-number" // 2/59
  | "job-number" // 25-21234, 25-21234 (E)
  | "barcode" // *2521234*
  | "footnote-rule" // _______________
  | "reissue-note" // * Reissued for technical reasons on ...
  | "other";

/** A line of page furniture the parser skipped. */
export interface Artefact {
  readonly kind: ArtefactKind;
  readonly span: Span;
}

/** An HTML-style comment in a `.unres` file: `<!-- resdraft-disable RES005 -->`. */
export interface Comment {
  /** The text between `<!--` and `-->`, trimmed. */
  readonly text: string;
  readonly span: Span;
}

export type Severity = "error" | "warning" | "information" | "hint";

/** A problem the parser found; it never throws. */
export interface SyntaxDiagnostic {
  /** `SYN001` … (see docs/syntax-diagnostics.md). */
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
  readonly span: Span;
}

/** The whole parsed document. */
export interface Resolution {
  readonly source: string;
  readonly format: SourceFormat;
  readonly frontMatter: FrontMatter | null;
  readonly header: Header;
  readonly title: Title | null;
  readonly organ: Organ | null;
  /**
   * Each list in source order. In a `.unres` draft a preambular paragraph typed after the operative part
   * (`Recalling …,` after `1. Decides …;`) is listed here after the others, so the two lists may interleave in
   * the source: consumers that need document order sort by span (RES001 reports the misplaced paragraph).
   */
  readonly preamble: readonly PreambularParagraph[];
  readonly operative: readonly OperativeParagraph[];
  readonly sections: readonly Section[];
  readonly footnotes: readonly Footnote[];
  readonly references: readonly Reference[];
  readonly closing: Closing | null;
  readonly annexes: readonly Annex[];
  readonly artefacts: readonly Artefact[];
  readonly comments: readonly Comment[];
  readonly diagnostics: readonly SyntaxDiagnostic[];
}

/** What either reader (official.ts, unres.ts) returns: the tree but for what parse.ts adds (source, format, references). */
export type ReaderResult = Omit<Resolution, "source" | "format" | "references">;
