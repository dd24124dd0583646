/** A preambular paragraph ends with a comma (a footnote marker may follow it). */
import { defineRule } from "../lint/types";
import { describeMark, paragraphEnd, setMark } from "../lint/text";

export default defineRule({
  id: "RES003",
  name: "preambular-comma",
  description: "A preambular paragraph ends with a comma",
  tags: ["preamble", "punctuation"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const p of tree.preamble) {
      const end = paragraphEnd(p.body, tree.format);
      if (!end || end.char === ",") continue;
      const what = /[;.:]/.test(end.char) ? `ends with ${describeMark(end.char)}` : "has no end mark";
      report({
        span: { start: end.src, end: end.src + 1 },
        message: `A preambular paragraph ends with a comma; this one ${what}`,
        fix: { title: "End the paragraph with a comma", edits: [setMark(end, ",")] },
      });
    }
  },
});
