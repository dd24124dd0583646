/** Sub-paragraph labels run in sequence at each level: (a), (b), (c) …; (i), (ii) …; a., b. …; i., ii. … */
import { defineRule } from "../lint/types";
import { itemLists, paragraphsInOrder } from "../lint/text";

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
  "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"];

/** The n-th label (0-based) of a level, in the form the first label used: `(a)` or `a.`. */
export function labelAt(level: number, n: number, parenthesised: boolean): string | null {
  const roman = level === 2 || level === 4;
  let core: string | null;
  if (roman) core = ROMAN[n] ?? null;
  // After (z) the Editorial Manual's practice doubles the letter: (aa), (bb) …
  else core = n < 26 ? String.fromCharCode(97 + n) : n < 52 ? String.fromCharCode(97 + n - 26).repeat(2) : null;
  if (core === null) return null;
  return parenthesised ? `(${core})` : `${core}.`;
}

export default defineRule({
  id: "RES008",
  name: "subparagraph-labels",
  description: "Sub-paragraph labels run in sequence without gaps or repeats",
  tags: ["subparagraphs", "numbering"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const p of paragraphsInOrder(tree)) {
      for (const { items } of itemLists(p)) {
        const parenthesised = items[0]!.label.value.startsWith("(");
        items.forEach((item, n) => {
          const want = labelAt(item.level, n, parenthesised);
          if (!want || item.label.value === want) return;
          report({
            span: item.label.span,
            message: `Sub-paragraph label ${item.label.value} should be ${want} (labels run in sequence)`,
            fix: { title: `Relabel as ${want}`, edits: [{ start: item.label.span.start, end: item.label.span.end, text: want }] },
          });
        });
      }
    }
  },
});
