/**
 * Reading the cues a PDF or Word reader hands the parser beside its text (cues.ts): a first-line indent
 * opens a paragraph, superscript digits are footnote markers, and where italics are known the opener is
 * the italic run, extended to the end of its last word. Without cues the text alone decides.
 */
import type { LineCue, SourceCues } from "./cues";
import type { Line } from "./lines";
import type { Opener, Span } from "./tree";

export interface CueIndex {
  /** The cue of a line by its number, if any. */
  of(line: number): LineCue | undefined;
  readonly italicsKnown: boolean;
}

const NONE: CueIndex = { of: () => undefined, italicsKnown: false };

export function indexCues(cues: SourceCues | undefined): CueIndex {
  if (!cues || cues.lines.length === 0) return NONE;
  const byLine = new Map<number, LineCue>();
  for (const c of cues.lines) byLine.set(c.line, c);
  return { of: (line) => byLine.get(line), italicsKnown: cues.italicsKnown };
}

/** A first-line indent: the strongest sign that a line opens a paragraph. */
export function indented(cues: CueIndex, line: Line): boolean {
  // A first-line indent is deeper than the line after it. In a hanging layout (an operative number at the
  // margin, its text and every continuation line at the tab) each line is indented alike: none opens a paragraph.
  const here = cues.of(line.no)?.indent ?? 0;
  return here > 0 && here > (cues.of(line.no + 1)?.indent ?? 0);
}

/** Whether the source offsets [start, end) of `line` are printed as superscript. */
export function isSuperscript(cues: CueIndex, line: Line, start: number, end: number): boolean {
  const ranges = cues.of(line.no)?.superscripts;
  if (!ranges) return false;
  const from = start - line.trimStart;
  const to = end - line.trimStart;
  return ranges.some(([s, e]) => s <= from && to <= e);
}

/** Whether the line's superscripts are known at all (then digits outside them are not markers). */
export function hasSuperscripts(cues: CueIndex, line: Line): boolean {
  return cues.of(line.no)?.superscripts !== undefined;
}

/**
 * The opener as the source typesets it: from `start` (the paragraph's text, after its number) to the end of
 * the italic run on the same line, extended to the end of its last word. Null when italics are unknown, the
 * line opens in roman, or the run ends before `start`.
 */
export function italicOpenerEnd(cues: CueIndex, line: Line, source: string, start: number): number | null {
  if (!cues.italicsKnown) return null;
  const italicEnd = cues.of(line.no)?.italicEnd;
  if (italicEnd === undefined || italicEnd <= 0) return null;
  let end = Math.min(line.trimStart + italicEnd, line.trimEnd);
  while (end < line.trimEnd && /[A-Za-z’'-]/.test(source[end]!)) end++;
  while (end > start && /[\s,;:]/.test(source[end - 1]!)) end--;
  return end > start ? end : null;
}

/** An opener whose extent the cues give: the text and span change, the head word and list status stay. */
export function withExtent(opener: Opener | null, source: string, span: Span): Opener {
  const text = source.slice(span.start, span.end).replace(/\s+/g, " ");
  return {
    text,
    span,
    head: opener?.head ?? (/^[A-Za-z][A-Za-z’'-]*/.exec(text)?.[0] ?? text),
    known: opener?.known ?? false,
  };
}
