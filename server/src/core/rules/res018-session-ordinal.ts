/** Sessions are spelled out: `at its eighty-first session`, never `81st session`. */
import { defineRule } from "../lint/types";
import { contiguous, matches, textBlocks } from "../lint/text";
import { ordinalValue, ordinalWords } from "../text/ordinals";
import { ownerNamedAfter, ownerNamedBefore } from "./owner";

const NUMERAL = /\b(\d{1,3})(?:st|nd|rd|th)(\s+(?:regular\s+|special\s+|emergency\s+special\s+)?session)\b/gi;
const UNHYPHENATED = new RegExp(`\\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))(\\s+session)\\b`, "gi");

export default defineRule({
  id: "RES018",
  name: "session-ordinal",
  description: "Sessions are spelled-out ordinals: 'eighty-first session', not '81st session'",
  tags: ["sessions"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      for (const { match, span } of matches(body, NUMERAL)) {
        // A session named with its owner after it keeps that body's style (`the 108th session of the Executive
        // Committee`, an IAEA title `the 69th Regular Session of the General Conference`). A body's session `at its`
        // is spelled out up to the ninety-ninth (`the Conference of the Parties at its fifteenth session`: no numeral
        // below 100 that way in the corpus); past its hundredth it may keep numerals (`the Council of FAO at its 144th session`).
        const end = match.index + match[0].length;
        if (ownerNamedAfter(body.text, end) || (Number(match[1]) >= 100 && ownerNamedBefore(body.text, match.index))) continue;
        const words = ordinalWords(Number(match[1]));
        if (!words) continue;
        const numeral = match[0].slice(0, match[0].length - match[2]!.length);
        const right = capitalLike(numeral, words, body.text, match.index);
        const numeralSpan = { start: span.start, end: span.start + numeral.length };
        report({
          span: numeralSpan,
          message: `Spell out the session: '${right}${match[2]!.replace(/\s+/g, " ")}', not '${match[0].replace(/\s+/g, " ")}'`,
          ...(contiguous(body, match.index, match.index + numeral.length)
            ? { fix: { title: `Write '${right}'`, edits: [{ start: numeralSpan.start, end: numeralSpan.end, text: right }] } }
            : {}),
        });
      }
      // PDF extraction drops the non-breaking hyphen of official texts (`seventy ninth`), so only drafts are checked.
      if (tree.format !== "unres") continue;
      for (const { match, span } of matches(body, UNHYPHENATED)) {
        const n = ordinalValue(match[1]!);
        if (n === null) continue;
        const right = capitalLike(match[1]!, ordinalWords(n)!, body.text, match.index);
        const s = { start: span.start, end: span.start + match[1]!.length };
        report({
          span: s,
          message: `Hyphenate the ordinal: '${right}'`,
          ...(contiguous(body, match.index, match.index + match[1]!.length)
            ? { fix: { title: `Write '${right}'`, edits: [{ start: s.start, end: s.end, text: right }] } }
            : {}),
        });
      }
    }
  },
});

/** Capitalise the replacement when the original was, or when it starts the text. */
function capitalLike(original: string, words: string, text: string, at: number): string {
  const upper = /^[A-Z]/.test(original) || text.slice(0, at).trim() === "";
  return upper ? words[0]!.toUpperCase() + words.slice(1) : words;
}
