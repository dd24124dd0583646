/** Words are separated by one space. */
import { defineRule } from "../lint/types";
import { textBlocks } from "../lint/text";

export default defineRule({
  id: "RES025",
  name: "doubled-space",
  description: "Words are separated by a single space",
  tags: ["typography"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    // Only in the authoring format: in a PDF extraction footnote numbers and spacing come apart from the text,
    // and an official text is correct by definition.
    if (tree.format !== "unres") return;
    for (const body of textBlocks(tree)) {
      for (const piece of body.pieces) {
        const src = tree.source.slice(piece.start, piece.end);
        for (const m of src.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
          const start = piece.start + m.index!;
          report({
            span: { start, end: start + m[0].length },
            message: "Two or more spaces between words",
            fix: { title: "Use one space", edits: [{ start, end: start + m[0].length, text: " " }] },
          });
        }
      }
    }
  },
});
