/**
 * Sub-paragraphs: the lead-in ends with a colon, each item but the last ends with a semicolon
 * (`; and`, `; or` too); the last item takes its parent's end mark, which the paragraph rules check.
 */
import { defineRule } from "../lint/types";
import { describeMark, endMark, itemLists, leadInEnd, paragraphsInOrder, setMark, throughBrackets } from "../lint/text";

export default defineRule({
  id: "RES007",
  name: "subparagraph-punctuation",
  description: "A lead-in ends with a colon and each sub-paragraph but the last ends with a semicolon",
  tags: ["subparagraphs", "punctuation"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const p of paragraphsInOrder(tree)) {
      const itemMark = p.kind === "preamble" ? /[;,]/ : /;/;
      for (const { parent, items } of itemLists(p)) {
        const cut = leadInEnd(parent, items);
        if (cut > 0) {
          const lead = endMark(parent, cut);
          if (lead && lead.char !== ":" && !/[—–-]/.test(lead.char)) {
            report({
              span: { start: lead.src, end: lead.src + 1 },
              message: `The words before sub-paragraph ${items[0]!.label.value} end with a colon`,
              fix: { title: "End the lead-in with a colon", edits: [setMark(lead, ":")] },
            });
          }
        }
        items.slice(0, -1).forEach((item) => {
          const text = item.body.text.replace(/\s+(and|or)\s*$/, "");
          const end = throughBrackets(item.body, endMark(item.body, text.length));
          if (!end || itemMark.test(end.char)) return;
          report({
            span: { start: end.src, end: end.src + 1 },
            message: `Sub-paragraph ${item.label.value} ends with a semicolon, not ${describeMark(end.char)}`,
            fix: { title: "End the sub-paragraph with a semicolon", edits: [setMark(end, ";")] },
          });
        });
      }
    }
  },
});
