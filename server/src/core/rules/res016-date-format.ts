/** Dates are real calendar dates written `19 December 2023`: no ordinal, no comma, month capitalised and in full. */
import { defineRule } from "../lint/types";
import { contiguous, matches, textBlocks } from "../lint/text";
import { daysIn, MONTHS, MONTH_LOOSE_RE, monthIndex } from "./dates";

const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?\\s+(${MONTH_LOOSE_RE})\\s+(\\d{4})\\b`, "gi");
const MONTH_FIRST = new RegExp(`\\b(${MONTH_LOOSE_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
/** Where MONTH_FIRST may match: a day and a year after a word (or `Mar.`). */
const MONTH_FIRST_HINT = /(?<=[A-Za-z.]\s+)\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/;

export default defineRule({
  id: "RES016",
  name: "date-format",
  description: "Dates are real and written day month year: '19 December 2023'",
  tags: ["references", "dates"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      const check = (match: RegExpExecArray, span: { start: number; end: number }, day: number, monthName: string, year: number, hasProblem: boolean) => {
        const mi = monthIndex(monthName);
        const right = `${day} ${MONTHS[mi]} ${year}`;
        if (day < 1 || day > daysIn(mi, year)) {
          report({ span, message: `'${match[0]}' is not a calendar date (${MONTHS[mi]} ${year} has ${daysIn(mi, year)} days)` });
          return;
        }
        if (!hasProblem) return;
        const canFix = contiguous(body, match.index, match.index + match[0].length);
        report({
          span,
          message: `Write the date as '${right}', not '${match[0].replace(/\s+/g, " ")}'`,
          ...(canFix ? { fix: { title: `Write '${right}'`, edits: [{ start: span.start, end: span.end, text: right }] } } : {}),
        });
      };
      for (const { match, span } of matches(body, DAY_FIRST)) {
        const monthName = match[3]!;
        check(match, span, Number(match[1]), monthName, Number(match[4]), !!match[2] || monthName !== MONTHS[monthIndex(monthName)]);
      }
      // Month-first dates are rare: look for them only where a day and a year follow a word (or `Mar.`).
      // Anchored on the day's digits, with the word behind them a lookbehind: a pattern that opened with a letter
      // class was tried at every letter of every text (3% of the lint time).
      if (!MONTH_FIRST_HINT.test(body.text)) continue;
      for (const { match, span } of matches(body, MONTH_FIRST)) {
        check(match, span, Number(match[2]), match[1]!, Number(match[3]), true);
      }
    }
  },
});
