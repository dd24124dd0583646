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
      const words = /[\p{L}]+/gu;
      let prev = "";
      let prevAt = -1;
      for (let w = words.exec(body.text); w; w = words.exec(body.text)) {
        const word = w[0];
        const same = prevAt >= 0 && word.length === prev.length && word.toLowerCase() === prev.toLowerCase();
        const gapStart = prevAt + prev.length;
        const [before, beforeAt] = [prev, prevAt];
        prev = word;
        prevAt = w.index;
        if (!same || ALLOWED.has(word.toLowerCase()) || !/^\s+$/.test(body.text.slice(gapStart, w.index))) continue;
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
