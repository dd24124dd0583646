/**
 * A resolution refers to itself as "the present resolution", never "this resolution". "This resolution" after a
 * resolution the paragraph has named without a number (`the annual resolution on sustainable fisheries …, the
 * consultations on this resolution`) points back to that one, a resolution to come, and is not a self-reference.
 */
import { defineRule } from "../lint/types";
import { contiguous, matches, paragraphsInOrder } from "../lint/text";

// A resolution named without its number (`resolution 78/229` is cited, not pointed back to), and not this one.
const ANTECEDENT = /\bresolution\b(?!\s+(?:[A-Z]+\/)*(?:ES-|S-)?\d)(?<!\b(?:present|this)\s+resolution)/;

export default defineRule({
  id: "RES027",
  name: "present-resolution",
  description: "A resolution calls itself 'the present resolution'",
  tags: ["style"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const p of paragraphsInOrder(tree)) {
      for (const { match, span } of matches(p.body, /\b([Tt])his(\s+)resolution\b/g)) {
        if (ANTECEDENT.test(p.body.text.slice(0, match.index))) continue;
        const right = `${match[1] === "T" ? "The" : "the"} present resolution`;
        report({
          span,
          message: `A resolution refers to itself as '${right}'`,
          ...(contiguous(p.body, match.index, match.index + match[0].length)
            ? { fix: { title: `Write '${right}'`, edits: [{ start: span.start, end: span.end, text: right }] } }
            : {}),
        });
      }
    }
  },
});
