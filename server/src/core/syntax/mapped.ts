/** Building `MappedText`: source pieces joined by parser-inserted joiners. */
import type { MappedText, Span, TextPiece } from "./tree";

export class TextBuilder {
  // The parts are joined once in build(): `+=` made a chain of cons strings that the first search flattened again.
  private readonly parts: string[] = [];
  private textLength = 0;
  // Mutable while building (the last piece is extended in place; the builder is its only holder until build()).
  private readonly pieces: { at: number; start: number; end: number }[] = [];
  // The last of them, kept aside: reading it back from the array was a fifth of add()'s time.
  private lastPiece: { at: number; start: number; end: number } | undefined = undefined;

  constructor(private readonly source: string) {}

  get length(): number {
    return this.textLength;
  }

  /** The last character so far ("" when empty). Kept aside: indexing a string built by `+=` flattens it. */
  private lastChar = "";

  last(): string {
    return this.lastChar;
  }

  /** Append the source span as a piece (empty spans are skipped). */
  add(start: number, end: number): void {
    if (end <= start) return;
    const prev = this.lastPiece;
    // Adjacent source and text: extend the previous piece rather than fragmenting it.
    if (prev && prev.end === start && prev.at + (prev.end - prev.start) === this.textLength) {
      prev.end = end;
    } else {
      const piece = { at: this.textLength, start, end };
      this.pieces.push(piece);
      this.lastPiece = piece;
    }
    this.parts.push(this.source.slice(start, end));
    this.textLength += end - start;
    this.lastChar = this.source[end - 1]!;
  }

  /** A joiner: text that is in no piece. */
  join(s: string): void {
    this.parts.push(s);
    this.textLength += s.length;
    if (s) this.lastChar = s[s.length - 1]!;
  }

  build(): MappedText {
    const pieces: TextPiece[] = this.pieces;
    kept.builder = this;
    return { text: this.parts.join(""), pieces };
  }
}

/**
 * The last builder that built, kept alive: V8's optimized code for the builder depends on its objects' shape,
 * and at a full collection where no builder is left that code is thrown away, so the reader's next text was
 * read in the interpreter until it was optimized again. One builder's parts keep the shape; the same for the joiner.
 */
const kept: { builder?: TextBuilder; joiner?: LineJoiner } = {};

/** A line's span of source text, with text the reader puts in before it (a hyphen pdftotext took out). */
export type Segment = Span & { readonly before?: string };

/**
 * Joins lines the way the contract says, segment by segment: one space at a line break (before the line's first
 * non-empty segment), nothing after a line ending in a hyphen. Callers that hold lines in their own form feed their
 * spans straight in, with no array of segments made per line.
 */
export class LineJoiner {
  private readonly b: TextBuilder;
  private lineOpen = false;

  constructor(source: string) {
    this.b = new TextBuilder(source);
  }

  /** Start the next line. */
  line(): void {
    this.lineOpen = false;
  }

  /** A span of the current line (empty spans are skipped), with text put in before it. */
  segment(start: number, end: number, before?: string): void {
    if (end <= start) return;
    if (!this.lineOpen && this.b.length && this.b.last() !== "-") this.b.join(" ");
    this.lineOpen = true;
    if (before) this.b.join(before);
    this.b.add(start, end);
  }

  /** Words pdftotext moved out of the current line (see DraftParagraph.moved): joiner text, in reading order. */
  after(text: string): void {
    this.b.join(" " + text);
  }

  build(): MappedText {
    kept.joiner = this;
    return this.b.build();
  }
}

/** Join lines given, per line, the spans left after markers were cut (see LineJoiner). */
export function joinLines(source: string, lines: readonly (readonly Segment[])[], after?: ReadonlyMap<number, string>): MappedText {
  const j = new LineJoiner(source);
  // Plain loops: a filtered copy of every line's segments was garbage on every paragraph of every parse.
  for (let i = 0; i < lines.length; i++) {
    j.line();
    const segs = lines[i]!;
    for (let k = 0; k < segs.length; k++) {
      const s = segs[k]!;
      j.segment(s.start, s.end, s.before);
    }
    const moved = after?.get(i);
    if (moved) j.after(moved);
  }
  return j.build();
}

export const EMPTY_TEXT: MappedText = { text: "", pieces: [] };

/**
 * The index of the first piece whose text end is at or after `at` (pieces.length if none). Pieces follow
 * each other in the text, so their ends only grow: a binary search, where a scan from the first piece made
 * every reference in a long paragraph cost as much as the paragraph's pieces.
 */
function firstEndingAtOrAfter(m: MappedText, at: number): number {
  const ps = m.pieces;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid]!;
    if (p.at + (p.end - p.start) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The source offset of text offset `at` (a joiner maps to the start of the next piece). */
export function sourceAt(m: MappedText, at: number, fallback: number): number {
  const p = m.pieces[firstEndingAtOrAfter(m, at)];
  if (p) return at < p.at ? p.start : p.start + (at - p.at);
  const last = m.pieces[m.pieces.length - 1];
  return last ? last.end : fallback;
}

/** The source span covering text offsets [from, to). */
export function sourceSpan(m: MappedText, from: number, to: number, fallback: number): Span {
  const start = sourceAt(m, from, fallback);
  let end = sourceAt(m, to, fallback);
  // An end that falls on a piece boundary belongs to the earlier piece (the last one ending there).
  for (let i = firstEndingAtOrAfter(m, to); i < m.pieces.length; i++) {
    const p = m.pieces[i]!;
    if (p.at + (p.end - p.start) !== to) break;
    end = p.end;
  }
  return { start, end: Math.max(start, end) };
}
