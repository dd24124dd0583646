/** "paragraph 12 above" points to an operative paragraph that exists and is above (or below) as stated. */
import { defineRule } from "../lint/types";
import { matches, spanOf } from "../lint/text";
import type { OperativeParagraph, Paragraph } from "../syntax/tree";

const REF = /\b(?<!section [IVXLC]+,\s)paragraphs?\s+(\d+(?:\s*\([a-z]+\))*(?:(?:,\s*|,?\s+and\s+|\s+to\s+)\d+(?:\s*\([a-z]+\))*)*),?\s+(above|below)\b/g;

export default defineRule({
  id: "RES026",
  name: "internal-reference",
  description: "'paragraph 12 above' refers to a paragraph that exists and is above as stated",
  tags: ["references"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    const ops = tree.operative;
    // Fifth Committee texts number each section on its own: then a reference stays inside its section.
    const values = ops.filter((p) => p.number && !p.number.suffix).map((p) => p.number!.value);
    const perSection = new Set(values).size !== values.length;
    const all: Paragraph[] = [...tree.preamble, ...ops];
    for (const p of all) {
      const scope = perSection ? ops.filter((o) => o.section === p.section) : ops;
      for (const { match } of matches(p.body, REF)) {
        const listAt = match.index + match[0].indexOf(match[1]!);
        for (const n of match[1]!.matchAll(/\d+(?!\s*\))/g)) {
          const value = Number(n[0]);
          const span = spanOf(p.body, listAt + n.index!, listAt + n.index! + n[0].length);
          const target = scope.find((o: OperativeParagraph) => o.number?.value === value && !o.number.suffix);
          if (!target) {
            report({ span, message: `There is no paragraph ${value} for 'paragraph ${value} ${match[2]}' to refer to` });
            continue;
          }
          const above = target.span.start < p.span.start;
          if (target === p) report({ span, message: `Paragraph ${value} refers to itself as '${match[2]}'` });
          else if ((match[2] === "above") !== above) {
            report({ span, message: `Paragraph ${value} is ${above ? "above" : "below"}, not ${match[2]}` });
          }
        }
      }
    }
  },
});
