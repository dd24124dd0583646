/** Negotiation brackets `[` … `]` are balanced within a paragraph. */
import { defineRule } from "../lint/types";
import { spanOf, textBlocks } from "../lint/text";

export default defineRule({
  id: "RES021",
  name: "unbalanced-brackets",
  description: "Square brackets are balanced within each paragraph",
  tags: ["negotiation"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      const text = body.text;
      // Most paragraphs have no bracket at all: two native searches instead of a walk over every character.
      if (!text.includes("[") && !text.includes("]")) continue;
      const open: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 91) open.push(i);
        else if (c === 93) {
          if (open.length === 0) report({ span: spanOf(body, i, i + 1), message: "This ']' closes no '['" });
          else open.pop();
        }
      }
      for (const i of open) report({ span: spanOf(body, i, i + 1), message: "This '[' is never closed in its paragraph" });
    }
  },
});
