/**
 * What a source other than plain text knows about its lines and plain text cannot say: where the italic
 * run of a line ends, which characters are superscript, how far a line is indented. A PDF or Word reader
 * renders its document as text (the tree's spans point into that text) and hands these cues to the
 * parser beside it. Cues refine the reading; without them the text alone decides.
 */
export interface LineCue {
  /** 0-based line number in the source text the cues come with. */
  readonly line: number;
  /**
   * UTF-16 offset, from the line's first non-blank character, where the italic run that opens the line
   * ends: 0 when the line opens in roman. Absent when unknown.
   */
  readonly italicEnd?: number;
  /** The line's left edge minus the body text's left margin, in points (a first-line indent opens a paragraph). */
  readonly indent?: number;
  /** Ranges [start, end) of the trimmed line printed as superscript (footnote markers). */
  readonly superscripts?: readonly (readonly [number, number])[];
  /** The font size of the line's body characters, in points. */
  readonly size?: number;
}

export interface SourceCues {
  /** One entry per line that has cues, in line order; lines without an entry have none. */
  readonly lines: readonly LineCue[];
  /** Whether the source could tell italic from roman at all (a PDF whose fonts do not say cannot). */
  readonly italicsKnown: boolean;
}
