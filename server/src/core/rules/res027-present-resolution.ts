/** A resolution refers to itself as "the present resolution", never "this resolution". */
import { defineRule } from "../lint/types";
import { contiguous, matches, paragraphsInOrder } from "../lint/text";

export default defineRule({
  id: "RES027",
  name: "present-resolution",
  description: "A resolution calls itself 'the present resolution'",
  tags: ["style"],
  // Official texts occasionally say "this resolution" of a resolution to come, so it advises.
  severity: "information",
  fixable: true,
  check({ tree, report }) {
    for (const p of paragraphsInOrder(tree)) {
      for (const { match, span } of matches(p.body, /\b([Tt])his(\s+)resolution\b/g)) {
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
