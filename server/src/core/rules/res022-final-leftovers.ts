/**
 * A text marked final (front matter `status: final`) keeps no negotiation leftovers: no square
 * brackets, no `bis`/`ter` paragraph numbers, no `alt` paragraphs.
 */
import { defineRule } from "../lint/types";
import { matches, paragraphsInOrder, spanOf } from "../lint/text";
import { altLeftMessage } from "./res004-operative-numbering";

export default defineRule({
  id: "RES022",
  name: "final-leftovers",
  description: "A text marked final has no brackets, 'bis' numbers or 'alt' paragraphs left",
  tags: ["negotiation"],
  severity: "error",
  fixable: false,
  check({ tree, facts, report }) {
    if (!facts.final) return;
    for (const p of paragraphsInOrder(tree)) {
      if (p.kind === "operative" && p.number?.suffix) {
        const n = p.number;
        report({ span: n.span, message: n.suffix === "alt" ? `${altLeftMessage(n.value, n.text)} (text marked final)` : `Paragraph '${n.text}' keeps a negotiation number in a text marked final` });
      }
      const alt = /^\s*(?:\d+\s+)?(alt(?:\s+\d+)?|Alt(?:\s+\d+)?)\b\.?/.exec(p.body.text);
      if (alt) report({ span: spanOf(p.body, alt.index, alt.index + alt[0].length), message: "An 'alt' paragraph is left in a text marked final" });
      for (const { span } of matches(p.body, /\[[^\]]*\]?/g)) {
        report({ span, message: "Square brackets are left in a text marked final" });
      }
    }
  },
});
