/** A word written twice in a row (`the the`) is a typing slip. */
import { defineRule } from "../lint/types";
import { spanOf, textBlocks } from "../lint/text";

// Pairs that are correct English when doubled.
const ALLOWED = new Set(["that", "had"]);

export default defineRule({
  id: "RES024",
  name: "doubled-word",
  description: "No word is written twice in a row",
  tags: ["typography"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      // Consecutive words compared pairwise (a back-reference regex is much slower on long texts);
      // source spans are computed only for the rare hit.
      // Latin letters only: every GA text is English, and a non-Unicode regex is several times faster here.
      const words = /[A-Za-z\u00C0-\u024F]+/g;
      const text = body.text;
      let prev = "";
      let prevAt = -1;
      for (let w = words.exec(text); w; w = words.exec(text)) {
        const word = w[0];
        const before = prev;
        const beforeAt = prevAt;
        prev = word;
        prevAt = w.index;
        if (beforeAt < 0 || word.length !== before.length || word.toLowerCase() !== before.toLowerCase()) continue;
        if (ALLOWED.has(word.toLowerCase()) || !/^\s+$/.test(text.slice(beforeAt + before.length, w.index))) continue;
        const span = spanOf(body, w.index, w.index + word.length);
        const prevEnd = spanOf(body, beforeAt, beforeAt + before.length).end;
        const sourceGap = tree.source.slice(prevEnd, span.start);
        // In a PDF extraction, a running header between two pages or a dropped dash (`South–South`) doubles words.
        if (tree.format !== "unres" && (!/^\s+$/.test(sourceGap) || /^\p{Lu}/u.test(word))) continue;
        report({
          span,
          message: `'${word}' is written twice`,
          // Only when nothing but spaces lies between the words in the source (no page furniture).
          ...(/^\s+$/.test(sourceGap) ? { fix: { title: `Remove the second '${word}'`, edits: [{ start: prevEnd, end: span.end, text: "" }] } } : {}),
        });
      }
    }
  },
});
