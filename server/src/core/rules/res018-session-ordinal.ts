/** Sessions are spelled out: `at its eighty-first session`, never `81st session`. */
import { defineRule } from "../lint/types";
import { contiguous, matches, textBlocks } from "../lint/text";
import { ordinalValue, ordinalWords } from "../text/ordinals";
import { ownedByAnotherBody } from "./owner";

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
        // GA texts spell out every body's sessions up to the ninety-ninth (`the twenty-seventh session of the
        // Conference of the Parties`, `the Conference of the Parties at its fifteenth session`: no numeral below 100
        // in the corpus but a title as published, `the 69th Regular Session of the General Conference` of the IAEA).
        // Past its hundredth a body may keep numerals where it is named as the owner (`the 108th session of the
        // Executive Committee`, `the Council of FAO at its 144th session`).
        const titled = /S/.test(match[2]!);
        if (titled || (Number(match[1]) >= 100 && ownedByAnotherBody(body.text, match.index, match.index + match[0].length))) continue;
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
