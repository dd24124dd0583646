/**
 * Brackets are balanced within a paragraph: negotiation brackets `[` … `]` and parentheses `(` … `)`. A paragraph's
 * sub-paragraph labels (`(a)`, `(iv)`) are balanced pairs of their own; a parenthesis lost (`(A/78/123 of …`) or a
 * `[` left from negotiation is not.
 */
import { defineRule } from "../lint/types";
import { paragraphsInOrder, spanOf, textBlocks } from "../lint/text";

const SQUARE = { open: 91, close: 93, o: "[", c: "]" } as const;
const ROUND = { open: 40, close: 41, o: "(", c: ")" } as const;

export default defineRule({
  id: "RES021",
  name: "unbalanced-brackets",
  description: "Square brackets and parentheses are balanced within each paragraph",
  tags: ["negotiation"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    // Footnotes of a PDF extraction are put together from lines by the reader's guess at their numbers
    // (`Sales No.` / `E.86.IX.7)` may come apart), so parentheses are checked there in .unres only.
    const paragraphs = new Set(paragraphsInOrder(tree).map((p) => p.body));
    for (const body of textBlocks(tree)) {
      const text = body.text;
      const pairs = tree.format === "unres" || paragraphs.has(body) ? [SQUARE, ROUND] : [SQUARE];
      for (const pair of pairs) {
        // Most paragraphs have no bracket at all: two native searches instead of a walk over every character.
        if (!text.includes(pair.o) && !text.includes(pair.c)) continue;
        const open: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === pair.open) open.push(i);
          else if (c === pair.close) {
            if (open.length === 0) report({ span: spanOf(body, i, i + 1), message: `This '${pair.c}' closes no '${pair.o}'` });
            else open.pop();
          }
        }
        for (const i of open) report({ span: spanOf(body, i, i + 1), message: `This '${pair.o}' is never closed in its paragraph` });
      }
    }
  },
});
