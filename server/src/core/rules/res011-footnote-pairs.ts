/** Every footnote marker has a footnote text, and every footnote text is referenced by a marker. */
import { defineRule } from "../lint/types";
import { paragraphMarkers } from "./footnote-markers";

export default defineRule({
  id: "RES011",
  name: "footnote-pairs",
  description: "Every footnote marker has a footnote and every footnote a marker",
  tags: ["footnotes"],
  severity: "error",
  fixable: false,
  check({ tree, report }) {
    // Only in the authoring format: in a PDF extraction footnote numbers and spacing come apart from the text,
    // and an official text is correct by definition.
    if (tree.format !== "unres") return;
    const numbers = new Set(tree.footnotes.map((f) => f.number.value));
    for (const m of paragraphMarkers(tree)) {
      if (!numbers.has(m.number)) report({ span: m.span, message: `Footnote marker ${m.number} has no footnote text` });
    }
    const referenced = new Set([
      ...paragraphMarkers(tree).map((m) => m.number),
      ...tree.footnotes.flatMap((f) => f.markers.map((m) => m.number)),
    ]);
    for (const f of tree.footnotes) {
      if (f.inAnnex || f.number.value === "*") continue;
      if (f.markers.length === 0 && !referenced.has(f.number.value)) {
        report({ span: f.number.span, message: `Footnote ${f.number.value} is not referenced by any marker in the text` });
      }
    }
  },
});
