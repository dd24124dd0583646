/** Meetings take a numeral ordinal: `69th plenary meeting`, not `sixty-ninth plenary meeting`. */
import { defineRule } from "../lint/types";
import { contiguous, matches, textBlocks } from "../lint/text";
import { numeralOrdinal, ORDINAL_WORDS, ordinalValue } from "../text/ordinals";

const WORDED = new RegExp(`\\b(${ORDINAL_WORDS})(\\s+plenary\\s+meeting)\\b`, "gi");
const PLENARY = /plenary/i;

export default defineRule({
  id: "RES020",
  name: "meeting-numeral",
  description: "Meetings are numbered with numerals: '69th plenary meeting'",
  tags: ["sessions"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const closing = tree.closing?.meeting;
    const blocks = textBlocks(tree);
    if (closing) blocks.push({ text: closing.value, pieces: [{ at: 0, start: closing.span.start, end: closing.span.end }] });
    for (const body of blocks) {
      // A literal search first: the ordinal-word alternation is tried at every position of the text.
      if (!PLENARY.test(body.text)) continue;
      for (const { match, span } of matches(body, WORDED)) {
        const n = ordinalValue(match[1]!);
        if (n === null) continue;
        const right = numeralOrdinal(n);
        const s = { start: span.start, end: span.start + match[1]!.length };
        report({
          span: s,
          message: `Number the meeting with a numeral: '${right}${match[2]!.replace(/\s+/g, " ")}'`,
          ...(contiguous(body, match.index, match.index + match[1]!.length)
            ? { fix: { title: `Write '${right}'`, edits: [{ start: s.start, end: s.end, text: right }] } }
            : {}),
        });
      }
    }
  },
});
