/**
 * The opener as printed: where a source says where the italic run at a paragraph's start ends (a PDF's
 * fonts, `*Reaffirms its commitment*` in `.unres`), that run is the opener, whatever the shipped lists would
 * guess from the words. The same sentence is set with `its commitment` italic in one resolution and roman in
 * the next, so only the source can say. Without such a say the text reading stands.
 */
import type { SourceCues } from "./cues";
import { splitLines, type Line } from "./lines";
import { matchOpener } from "./opener";
import type { Opener, Paragraph, TextPiece } from "./tree";

/** Trailing punctuation and space set in italics with the phrase is not part of the opener. */
const TRAILING = /[\s,;:.]+$/;

/**
 * The paragraph with its opener read from an italic run that starts where its words start and ends at
 * source offset `end` (exclusive). The paragraph unchanged when the run does not fit its text.
 */
export function withItalicOpener<P extends Paragraph>(p: P, end: number): P {
  const pieces = p.body.pieces;
  const at = openingAt(p);
  if (at === null) return p;
  const endAt = textOffset(pieces, end);
  if (endAt === null || endAt <= at) return p;
  const text = p.body.text.slice(at, endAt).replace(TRAILING, "");
  if (!text || /\n/.test(text)) return p;
  const startSrc = sourceOf(pieces, at);
  const endSrc = sourceOf(pieces, at + text.length - 1) + 1;
  if (p.opener && p.opener.text === text) return p;
  const m = matchOpener(text, p.kind);
  const opener: Opener = {
    text,
    span: { start: startSrc, end: endSrc },
    head: m?.head ?? text.split(" ")[0]!,
    known: m !== null && m.known && m.length === text.length,
  };
  return { ...p, opener };
}

/** Text offset where the paragraph's words start: after a leading negotiation bracket. */
function openingAt(p: Paragraph): number | null {
  if (p.opener) return textOffset(p.body.pieces, p.opener.span.start);
  const m = /^\[*[ \u00a0]*/.exec(p.body.text)!;
  return m[0].length < p.body.text.length ? m[0].length : null;
}

/** The text offset of a source offset inside (or at the end of) a piece; null between pieces. */
function textOffset(pieces: readonly TextPiece[], src: number): number | null {
  for (const q of pieces) if (src >= q.start && src <= q.end) return q.at + (src - q.start);
  return null;
}

function sourceOf(pieces: readonly TextPiece[], at: number): number {
  for (const q of pieces) if (at >= q.at && at < q.at + (q.end - q.start)) return q.start + (at - q.at);
  return -1;
}

/**
 * Official text with cues from a PDF: each paragraph whose first line opens in italics gets the italic run
 * (continued over the next lines while a line is italic to its end) as its opener.
 */
export function openersFromCues<P extends Paragraph>(paragraphs: readonly P[], source: string, cues: SourceCues): P[] {
  if (!cues.italicsKnown || !paragraphs.length) return paragraphs as P[];
  const lines = splitLines(source);
  const cueOf = new Map(cues.lines.map((c) => [c.line, c]));
  return paragraphs.map((p) => {
    const at = openingAt(p);
    if (at === null) return p;
    const start = sourceOf(p.body.pieces, at);
    const line = lineAt(lines, start);
    if (!line || line.trimStart !== start) return p;
    const end = italicEnd(lines, line, cueOf);
    return end === null ? p : withItalicOpener(p, end);
  });
}

function italicEnd(lines: readonly Line[], line: Line, cueOf: Map<number, { italicEnd?: number }>): number | null {
  let l: Line | undefined = line;
  let end: number | null = null;
  // An opener runs over a line break at most twice (`Expressing its deep concern and` / `alarm at`).
  for (let k = 0; l && k < 3; k++) {
    const cut = cueOf.get(l.no)?.italicEnd;
    if (!cut) break;
    end = l.trimStart + cut;
    if (end < l.trimEnd) break;
    l = lines[l.no + 1];
  }
  return end;
}

function lineAt(lines: readonly Line[], offset: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}


