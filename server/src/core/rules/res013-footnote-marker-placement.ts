/** A footnote marker comes after punctuation: `2002,[^1]`, not `2002[^1],`. */
import { defineRule, type Fix } from "../lint/types";
import type { FootnoteMarker } from "../syntax/tree";
import { paragraphMarkers } from "./footnote-markers";

const PUNCTUATION = ",;:.";

export default defineRule({
  id: "RES013",
  name: "footnote-marker-placement",
  description: "A footnote marker comes after punctuation, not before it",
  tags: ["footnotes", "punctuation"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const src = tree.source;
    const markers = paragraphMarkers(tree);
    // In a PDF extraction the marker is a number set apart by spaces (`Convention, 1 which`); one written before
    // the punctuation (`Convention 1, which`) is the same slip. Spacing there is the extractor's, so no fix.
    const extracted = tree.format !== "unres";
    markers.forEach((m, i) => {
      const next = src[m.span.end];
      if (!next || !PUNCTUATION.includes(next)) return;
      if (extracted) {
        const before = /\S(?=\s*$)/.exec(src.slice(Math.max(0, m.span.start - 8), m.span.start))?.[0] ?? "";
        if (PUNCTUATION.includes(before)) return;
        report({ span: m.span, message: `Footnote marker ${m.number} comes before '${next}'; put it after the punctuation` });
        return;
      }
      // Markers written next to each other (`reports[^3][^4],`) move together, so the text stays `reports,[^3][^4]`.
      let first = i;
      while (first > 0 && markers[first - 1]!.span.end === markers[first]!.span.start) first--;
      const group: FootnoteMarker[] = markers.slice(first, i + 1);
      const start = group[0]!.span.start;
      const before = src[start - 1] ?? "";
      const fix = group.every((g) => src.startsWith("[^", g.span.start)) ? placementFix(src, start, m.span.end, before, next) : null;
      report({
        span: m.span,
        message: PUNCTUATION.includes(before) && before !== ""
          ? `Footnote marker ${m.number} comes before '${next}' after '${before}': one punctuation mark too many`
          : `Footnote marker ${m.number} comes before '${next}'; put it after the punctuation`,
        ...(fix ? { fix } : {}),
      });
    });
  },
});

/**
 * The certain repairs only. The markers from `start` to `end` stand before the punctuation `next`:
 * - after a word: move them after `next` (`Convention[^1],` → `Convention,[^1]`);
 * - after the same mark (`Agreement,[^5],`), or before another marker (`Convention,[^1],[^2]`, a separator
 *   between markers): the second mark goes, and the markers stay together after the first;
 * - after a different mark (`Treaty,[^6];`): which one was meant is not certain, so no fix.
 */
function placementFix(src: string, start: number, end: number, before: string, next: string): Fix | null {
  if (before !== "" && PUNCTUATION.includes(before)) {
    if (before === next || src.startsWith("[^", end + 1)) {
      return { title: `Remove the '${next}' after the marker`, edits: [{ start: end, end: end + 1, text: "" }] };
    }
    return null;
  }
  const markers = src.slice(start, end);
  return {
    title: `Move the marker after '${next}'`,
    edits: [
      { start, end, text: "" },
      { start: end + 1, end: end + 1, text: markers },
    ],
  };
}
