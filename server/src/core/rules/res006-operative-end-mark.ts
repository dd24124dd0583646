/** Each operative paragraph ends with a semicolon; the last one ends with a full stop. */
import { defineRule } from "../lint/types";
import type { OperativeParagraph } from "../syntax/tree";
import { describeMark, endMark, paragraphEnd, setMark } from "../lint/text";

const CLOSING_QUOTES = "”’\"'";

/** Whether `text` ends with a numbered list (`: 1. … 2. … n. …`) whose items all end with `mark`. */
export function endsWithQuotedList(text: string, mark: string): boolean {
  const start = /:\s+1\.\s/.exec(text);
  if (!start) return false;
  const items = text.slice(start.index + 1).trim().split(/\s(?=\d{1,2}\.\s)/).map((t) => t.trim());
  if (items.length < 2) return false;
  return items.every((t, i) => t.startsWith(`${i + 1}. `) && t.endsWith(mark) && t.length > `${i + 1}. `.length + 1);
}

export default defineRule({
  id: "RES006",
  name: "operative-end-mark",
  description: "An operative paragraph ends with a semicolon, the last one with a full stop",
  tags: ["operative", "punctuation"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const ops = tree.operative;
    const lastOnes = lastParagraph(ops);
    ops.forEach((p) => {
      const last = lastOnes.has(p);
      const want = last ? "." : ";";
      const last_ = paragraphEnd(p.body, tree.format);
      // A paragraph may end with a quotation that carries its end mark inside the quote
      // (`… the sub-item entitled “Follow-up to the … Countries.”`, A/RES/80/150): judge that mark.
      const quoted = last_ && CLOSING_QUOTES.includes(last_.char) ? endMark(p.body, last_.at) : null;
      const end = quoted && /[,;.:]/.test(quoted.char) ? quoted : last_;
      if (!end || end.char === want) return;
      // A list quoted whole after a colon (`Approves the following provisional agenda: 1. Opening of
      // the Congress. 2. … 7. Adoption of the report.`, A/RES/78/223) keeps its own punctuation: the
      // paragraph's last mark is the last item's.
      if (!last && endsWithQuotedList(p.body.text.slice(0, end.at + 1), end.char)) return;
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

/**
 * The last operative paragraph with its `alt` versions (`2.`, `2 alt.`, `Alt 2.`): an alt paragraph is another
 * text of the same paragraph, so every version ends as the paragraph does. A `bis` paragraph is a paragraph
 * of its own: after the last one it is the last.
 */
function lastParagraph(ops: readonly OperativeParagraph[]): Set<OperativeParagraph> {
  const isAlt = (p: OperativeParagraph) => p.number?.suffix === "alt";
  const main = [...ops].reverse().find((p) => !isAlt(p));
  if (!main) return new Set(ops.slice(-1));
  const n = main.number;
  return new Set(ops.filter((p) => p === main || (n && !n.suffix && isAlt(p) && p.number!.value === n.value && p.section === main.section)));
}
