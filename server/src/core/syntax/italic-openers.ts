/**
 * The opener as printed: where a source says where the italic run at a paragraph's start ends (a PDF's
 * fonts, read by the official reader's cue pass; `*Reaffirms its commitment*` in `.unres`), that run is the opener, whatever the shipped lists would
 * guess from the words. The same sentence is set with `its commitment` italic in one resolution and roman in
 * the next, so only the source can say. Without such a say the text reading stands.
 */
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
