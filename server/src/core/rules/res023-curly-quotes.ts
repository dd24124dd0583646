/** Quotation marks and apostrophes are curly: `“The future we want”`, `Court’s`. */
import { defineRule } from "../lint/types";
import { matches, textBlocks } from "../lint/text";

export default defineRule({
  id: "RES023",
  name: "curly-quotes",
  description: "Quotation marks and apostrophes are curly (“ ” ‘ ’)",
  tags: ["typography"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      for (const { match, span } of matches(body, /["']/g)) {
        const before = body.text[match.index - 1] ?? " ";
        const opening = /[\s([{—–-]/.test(before);
        const curly = match[0] === '"' ? (opening ? "“" : "”") : opening ? "‘" : "’";
        report({
          span,
          message: match[0] === '"' ? `Use a curly quotation mark (${curly})` : `Use a curly ${opening ? "quotation mark" : "apostrophe"} (${curly})`,
          fix: { title: `Replace with ${curly}`, edits: [{ start: span.start, end: span.end, text: curly }] },
        });
      }
    }
  },
});
