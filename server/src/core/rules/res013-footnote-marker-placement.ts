/** A footnote marker comes after punctuation: `2002,[^1]`, not `2002[^1],`. */
import { defineRule } from "../lint/types";
import { paragraphMarkers } from "./footnote-markers";

export default defineRule({
  id: "RES013",
  name: "footnote-marker-placement",
  description: "A footnote marker comes after punctuation, not before it",
  tags: ["footnotes", "punctuation"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    // Only in the authoring format: in a PDF extraction footnote numbers and spacing come apart from the text,
    // and an official text is correct by definition.
    if (tree.format !== "unres") return;
    for (const m of paragraphMarkers(tree)) {
      const next = tree.source[m.span.end];
      if (!next || !",;:.".includes(next)) continue;
      const marker = tree.source.slice(m.span.start, m.span.end);
      const canFix = tree.format === "unres" && marker.startsWith("[^");
      report({
        span: m.span,
        message: `Footnote marker ${m.number} comes before '${next}'; put it after the punctuation`,
        ...(canFix
          ? {
              fix: {
                title: `Move the marker after '${next}'`,
                edits: [
                  { start: m.span.start, end: m.span.end, text: "" },
                  { start: m.span.end + 1, end: m.span.end + 1, text: marker },
                ],
              },
            }
          : {}),
      });
    }
  },
});
