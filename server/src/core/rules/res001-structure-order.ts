/**
 * The order of a resolution: the organ line, then the preamble, then the operative part,
 * then the closing; a comma after the organ only when a preamble follows.
 */
import { defineRule } from "../lint/types";

export default defineRule({
  id: "RES001",
  name: "structure-order",
  description: "The organ line, the preamble, the operative part and the closing come in that order",
  tags: ["structure"],
  severity: "error",
  fixable: true,
  check({ tree, report }) {
    // Only `.unres` drafts have these (official texts read by position): a `Recalling …,` typed after the operative
    // part. No fix: where it belongs in the preamble is the drafter's call. A section's own preamble (Fifth
    // Committee texts: `II` / `Having considered …,` / `1. Approves …`) is in place: no operative paragraph of its
    // section comes before it.
    const firstOp = tree.operative[0];
    if (firstOp) {
      for (const p of tree.preamble) {
        if (p.span.start <= firstOp.span.start) continue;
        const ownSection = p.section !== null && !tree.operative.some((o) => o.span.start < p.span.start && o.section === p.section);
        if (!ownSection) {
          report({ span: p.opener?.span ?? p.span, message: "A preambular paragraph comes after the first operative paragraph; move it into the preamble" });
        }
      }
    }
    const first = [...tree.preamble, ...tree.operative].sort((a, b) => a.span.start - b.span.start)[0];
    const organ = tree.organ;
    if (!organ) {
      if (first && tree.format === "unres") {
        report({ span: { start: first.span.start, end: first.span.start }, message: "The organ line ('The General Assembly,') is missing before the first paragraph" });
      }
    } else {
      if (first && organ.span.start > first.span.start) {
        report({ span: organ.span, message: "The organ line must come before the paragraphs" });
      }
      const end = organ.name.span.end;
      if (tree.preamble.length > 0 && !organ.comma) {
        report({
          span: organ.name.span,
          message: "A comma follows the organ line when a preamble follows ('The General Assembly,')",
          fix: { title: "Add the comma after the organ", edits: [{ start: end, end, text: "," }] },
        });
      } else if (tree.preamble.length === 0 && tree.operative.length > 0 && organ.comma) {
        const comma = tree.source.indexOf(",", end);
        if (comma >= 0 && comma < organ.span.end) {
          report({
            span: { start: comma, end: comma + 1 },
            message: "No comma after the organ line when there is no preamble ('The General Assembly')",
            fix: { title: "Remove the comma after the organ", edits: [{ start: comma, end: comma + 1, text: "" }] },
          });
        }
      }
    }
    const lastOp = tree.operative[tree.operative.length - 1];
    if (tree.closing && lastOp && tree.closing.span.start < lastOp.span.start) {
      report({ span: tree.closing.span, message: "The closing (meeting and date) must come after the operative part" });
    }
  },
});
