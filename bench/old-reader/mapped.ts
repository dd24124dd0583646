// Frozen copy of server/src/core at commit 9d9d1b5 (the reader before issue 11): a peer for bench row a only,
// never imported by the shipped code. See README.md here.
/** Building `MappedText`: source pieces joined by parser-inserted joiners. */
import type { MappedText, Span, TextPiece } from "../../server/src/core/syntax/tree";

export class TextBuilder {
  // The parts are joined once in build(): `+=` made a chain of cons strings that the first search flattened again.
  private readonly parts: string[] = [];
  private textLength = 0;
  // Mutable while building (the last piece is extended in place; the builder is its only holder until build()).
  private readonly pieces: { at: number; start: number; end: number }[] = [];

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
    const prev = this.pieces[this.pieces.length - 1];
    // Adjacent source and text: extend the previous piece rather than fragmenting it.
    if (prev && prev.end === start && prev.at + (prev.end - prev.start) === this.textLength) {
      prev.end = end;
    } else {
      this.pieces.push({ at: this.textLength, start, end });
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
    return { text: this.parts.join(""), pieces };
  }
}

/**
 * Join line segments the way the contract says: one space at a line break, nothing after a
 * line ending in a hyphen; `lines` holds, per line, the spans left after markers were cut.
 */
export function joinLines(source: string, lines: readonly (readonly Span[])[], after?: ReadonlyMap<number, string>): MappedText {
  const b = new TextBuilder(source);
  // Plain loops: a filtered copy of every line's segments was garbage on every paragraph of every parse.
  for (let i = 0; i < lines.length; i++) {
    const segs = lines[i]!;
    let first = true;
    for (let j = 0; j < segs.length; j++) {
      const s = segs[j]!;
      if (s.end <= s.start) continue;
      // The line-break joiner goes before the line's first non-empty segment, as before.
      if (first && b.length && b.last() !== "-") b.join(" ");
      first = false;
      b.add(s.start, s.end);
    }
    // Words pdftotext moved out of this line (see DraftParagraph.moved): joiner text, in reading order.
    const moved = after?.get(i);
    if (moved) b.join(" " + moved);
  }
  return b.build();
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
