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
    // Per scope (the whole text, or one section), the first unsuffixed paragraph with each number, built once:
    // filtering and searching the operative paragraphs for every paragraph made the rule quadratic.
    const scopes = new Map<unknown, Map<number, OperativeParagraph>>();
    const scopeOf = (p: Paragraph): Map<number, OperativeParagraph> => {
      const key = perSection ? p.section : null;
      let byNumber = scopes.get(key);
      if (!byNumber) {
        byNumber = new Map();
        for (const o of ops) {
          if (perSection && o.section !== p.section) continue;
          if (o.number && !o.number.suffix && !byNumber.has(o.number.value)) byNumber.set(o.number.value, o);
        }
        scopes.set(key, byNumber);
      }
      return byNumber;
    };
    for (const p of all) {
      // Most paragraphs cite no paragraph: a literal search before the regex with its look-behind.
      if (!p.body.text.includes("paragraph")) continue;
      const scope = scopeOf(p);
      for (const { match } of matches(p.body, REF)) {
        const listAt = match.index + match[0].indexOf(match[1]!);
        for (const n of match[1]!.matchAll(/\d+(?!\s*\))/g)) {
          const value = Number(n[0]);
          const span = spanOf(p.body, listAt + n.index!, listAt + n.index! + n[0].length);
          const target = scope.get(value);
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
