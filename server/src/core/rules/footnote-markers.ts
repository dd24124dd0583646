/** Every footnote marker in the paragraphs, in source order, once each. */
import type { FootnoteMarker, Resolution, Subparagraph } from "../syntax/tree";

export function paragraphMarkers(tree: Resolution): FootnoteMarker[] {
  const all: FootnoteMarker[] = [];
  const sub = (s: Subparagraph) => {
    all.push(...s.markers);
    s.children.forEach(sub);
  };
  for (const p of [...tree.preamble, ...tree.operative]) {
    all.push(...p.markers);
    p.subparagraphs.forEach(sub);
  }
  const seen = new Set<number>();
  return all
    .filter((m) => (seen.has(m.span.start) ? false : (seen.add(m.span.start), true)))
    .sort((a, b) => a.span.start - b.span.start);
}
