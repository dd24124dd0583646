/**
 * Folding ranges (line-based): masthead, preamble, operative part, sections, long paragraphs,
 * footnote blocks, annexes, front matter, multi-line comments. A drafter folds the preamble
 * away to work on the operative part of a 380-paragraph omnibus.
 */
import type { Resolution, Span } from "../syntax/tree";
import type { LineIndex } from "../text/line-index";

export type FoldKind = "region" | "comment" | "imports";

export interface Fold {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: FoldKind;
}

/** A paragraph folds when it spans at least this many lines. */
export const LONG_PARAGRAPH_LINES = 4;

export function foldingRanges(tree: Resolution, lines: LineIndex): Fold[] {
  const out: Fold[] = [];
  const add = (span: Span | null | undefined, kind: FoldKind = "region", minLines = 2) => {
    if (!span || span.end <= span.start) return;
    const startLine = lines.positionAt(span.start).line;
    // A span ending right after a line break ends on the previous line.
    const endLine = lines.positionAt(Math.max(span.start, span.end - 1)).line;
    if (endLine - startLine + 1 >= minLines) out.push({ startLine, endLine, kind });
  };
  add(tree.frontMatter?.span, "imports");
  add(tree.header.span, "imports");
  const first = tree.preamble[0];
  const last = tree.preamble[tree.preamble.length - 1];
  if (first && last) add({ start: first.span.start, end: last.span.end });
  const op0 = tree.operative[0];
  const opN = tree.operative[tree.operative.length - 1];
  if (op0 && opN) add({ start: op0.span.start, end: opN.span.end });
  for (const s of tree.sections) add(s.span);
  for (const p of [...tree.preamble, ...tree.operative]) {
    add(p.span, "region", LONG_PARAGRAPH_LINES);
    for (const s of p.subparagraphs) add(s.span, "region", LONG_PARAGRAPH_LINES);
  }
  // Footnotes sit in blocks (one per page in official texts, one at the end in .unres):
  // consecutive footnotes with nothing but white space or page furniture between fold together.
  const fns = [...tree.footnotes].sort((a, b) => a.span.start - b.span.start);
  let block: Span | null = null;
  const gapIsQuiet = (from: number, to: number) => {
    const gap = tree.source.slice(from, to);
    if (!gap.trim()) return true;
    return tree.artefacts.some((a) => a.span.start >= from && a.span.end <= to) && gap.split(/\r?\n/).filter((l) => l.trim()).length <= 4;
  };
  for (const f of fns) {
    if (block && f.span.start >= block.end && gapIsQuiet(block.end, f.span.start)) block = { start: block.start, end: f.span.end };
    else {
      if (block) add(block, "comment");
      block = f.span;
    }
  }
  if (block) add(block, "comment");
  for (const a of tree.annexes) add(a.span);
  for (const c of tree.comments) add(c.span, "comment");
  // Editors keep the first of two ranges starting on the same line; keep the outermost.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  const seen = new Set<number>();
  return out.filter((f) => (seen.has(f.startLine) ? false : (seen.add(f.startLine), true)));
}
