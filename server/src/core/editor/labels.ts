/**
 * Negotiation labels: PP3, OP5, OP5 bis, OP5(a)(ii). Delegates use them in informal drafts
 * (conventions §5.2); hovers, the outline and comparisons show them.
 */
import type { OperativeParagraph, Paragraph, Resolution, Subparagraph } from "../syntax/tree";

/** `(a)`, `a.`, `a)` → `(a)`: one printed form whatever the level's punctuation. */
export function subLabel(printed: string): string {
  const core = printed.replace(/[().\s]/g, "");
  return core ? `(${core})` : printed;
}

/** PP3; OP5 from the printed number (so `5 bis` gives `OP5 bis`), else from the position. */
export function paragraphLabel(p: Paragraph): string {
  if (p.kind === "preamble") return `PP${p.index}`;
  return `OP${opNumberText(p)}`;
}

/** The printed number of an operative paragraph (`5 bis`), or its position when unnumbered. */
export function opNumberText(p: OperativeParagraph): string {
  return p.number ? p.number.text.replace(/\s+/g, " ") : String(p.index);
}

/** A paragraph or sub-paragraph at an offset, with its full label. */
export interface LabelledNode {
  readonly label: string;
  readonly paragraph: Paragraph;
  /** The chain of sub-paragraphs from the paragraph down to the innermost one containing the offset. */
  readonly path: readonly Subparagraph[];
}

function contains(span: { start: number; end: number }, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}

/** Paragraphs in document order (preamble first: a resolution never interleaves them). */
export function allParagraphs(tree: Resolution): Paragraph[] {
  return [...tree.preamble, ...tree.operative].sort((a, b) => a.span.start - b.span.start);
}

/** The paragraph containing `offset`, by binary search over document order. */
export function paragraphAt(tree: Resolution, offset: number): Paragraph | null {
  const ps = allParagraphs(tree);
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid]!;
    if (offset < p.span.start) hi = mid - 1;
    else if (offset >= p.span.end) lo = mid + 1;
    else return p;
  }
  return null;
}

/** `OP5(a)(ii)` for an offset inside sub-paragraph (ii) of (a) of OP5; null outside paragraphs. */
export function labelAt(tree: Resolution, offset: number): LabelledNode | null {
  const paragraph = paragraphAt(tree, offset);
  if (!paragraph) return null;
  const path: Subparagraph[] = [];
  let level: readonly Subparagraph[] = paragraph.subparagraphs;
  for (;;) {
    const hit = level.find((s) => contains(s.span, offset));
    if (!hit) break;
    path.push(hit);
    level = hit.children;
  }
  return { label: paragraphLabel(paragraph) + path.map((s) => subLabel(s.label.value)).join(""), paragraph, path };
}
