/** Each operative paragraph ends with a semicolon; the last one ends with a full stop. */
import { defineRule } from "../lint/types";
import { describeMark, paragraphEnd, setMark } from "../lint/text";

export default defineRule({
  id: "RES006",
  name: "operative-end-mark",
  description: "An operative paragraph ends with a semicolon, the last one with a full stop",
  tags: ["operative", "punctuation"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const ops = tree.operative;
    ops.forEach((p, i) => {
      const last = i === ops.length - 1;
      const want = last ? "." : ";";
      const end = paragraphEnd(p.body, tree.format);
      if (!end || end.char === want) return;
      // A paragraph may end with a quotation that carries its own full stop inside the quote.
      const what = /[,;.:]/.test(end.char) ? `ends with ${describeMark(end.char)}` : "has no end mark";
      report({
        span: { start: end.src, end: end.src + 1 },
        message: last
          ? `The last operative paragraph ends with a full stop; this one ${what}`
          : `An operative paragraph ends with a semicolon (the last one with a full stop); this one ${what}`,
        fix: { title: `End the paragraph with ${describeMark(want)}`, edits: [setMark(end, want)] },
      });
    });
  },
});
