/** Dates are real calendar dates written `19 December 2023`: no ordinal, no comma, month capitalised and in full. */
import { defineRule } from "../lint/types";
import { contiguous, spanOf, textBlocks } from "../lint/text";
import { daysIn, MONTHS, MONTH_LOOSE_RE, monthIndex } from "./dates";

const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?\\s+(${MONTH_LOOSE_RE})(,?)\\s+(\\d{4})\\b`, "gi");
const MONTH_FIRST = new RegExp(`\\b(${MONTH_LOOSE_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
/**
 * A day and a month with no year after them (`on 31 June`, `from 30 February to 2 March 2022`): impossible in every
 * year when the day is past the month's longest (29 for February). Capitalised, as a month is (`31 may be` is no date).
 */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_LOOSE_RE})(?![\\p{L}])(?!\\.?,?\\s+\\d{4})`, "gu");
/** The most days a month has in any year (a leap year's February). */
const mostDaysIn = (month: number) => daysIn(month, 2024);
/** A day and a year (`4, 2023`, `4th 2023`): where a month-first date may end. */
const DAY_YEAR = /\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/g;
const SPACE = /\s/;
/**
 * Where MONTH_FIRST may match: a day and a year after a word (or `Mar.`) and white space, the same test as
 * /[A-Za-z.]\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/ (checked equal on the corpus texts and 300,000 generated
 * strings) made from the digits: a pattern that opens with a letter class is tried at every letter of every
 * text, three times slower (a lookbehind for the letter, slower still).
 */
function monthFirstHint(text: string): boolean {
  DAY_YEAR.lastIndex = 0;
  for (let m = DAY_YEAR.exec(text); m; m = DAY_YEAR.exec(text)) {
    let i = m.index - 1;
    if (i >= 0 && SPACE.test(text[i]!)) {
      while (i >= 0 && SPACE.test(text[i]!)) i--;
      if (i >= 0 && /[A-Za-z.]/.test(text[i]!)) return true;
    }
    // Every start is tried (as the one-pattern test does): the next match may begin inside this one.
    DAY_YEAR.lastIndex = m.index + 1;
  }
  return false;
}

export default defineRule({
  id: "RES016",
  name: "date-format",
  description: "Dates are real and written day month year: '19 December 2023'",
  tags: ["references", "dates"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      // The source span and the right spelling are made only for a date that is reported (most are well written).
      const check = (match: RegExpExecArray, day: number, monthName: string, year: number, hasProblem: boolean) => {
        const mi = monthIndex(monthName);
        if (day < 1 || day > daysIn(mi, year)) {
          const span = spanOf(body, match.index, match.index + match[0].length);
          report({ span, message: `'${match[0]}' is not a calendar date (${MONTHS[mi]} ${year} has ${daysIn(mi, year)} days)` });
          return;
        }
        if (!hasProblem) return;
        const span = spanOf(body, match.index, match.index + match[0].length);
        const right = `${day} ${MONTHS[mi]} ${year}`;
        const canFix = contiguous(body, match.index, match.index + match[0].length);
        report({
          span,
          message: `Write the date as '${right}', not '${match[0].replace(/\s+/g, " ")}'`,
          ...(canFix ? { fix: { title: `Write '${right}'`, edits: [{ start: span.start, end: span.end, text: right }] } } : {}),
        });
      };
      DAY_FIRST.lastIndex = 0;
      for (let match = DAY_FIRST.exec(body.text); match; match = DAY_FIRST.exec(body.text)) {
        const monthName = match[3]!;
        check(match, Number(match[1]), monthName, Number(match[5]), !!match[2] || !!match[4] || monthName !== MONTHS[monthIndex(monthName)]);
      }
      DAY_MONTH.lastIndex = 0;
      for (let match = DAY_MONTH.exec(body.text); match; match = DAY_MONTH.exec(body.text)) {
        const mi = monthIndex(match[2]!);
        const day = Number(match[1]);
        if (mi < 0 || (day >= 1 && day <= mostDaysIn(mi))) continue;
        const span = spanOf(body, match.index, match.index + match[0].length);
        report({ span, message: `'${match[0].replace(/\s+/g, " ")}' is not a calendar date (${MONTHS[mi]} has ${mi === 1 ? "at most " : ""}${mostDaysIn(mi)} days)` });
      }
      // Month-first dates are rare: look for them only where a day and a year follow a word (or `Mar.`).
      if (!monthFirstHint(body.text)) continue;
      MONTH_FIRST.lastIndex = 0;
      for (let match = MONTH_FIRST.exec(body.text); match; match = MONTH_FIRST.exec(body.text)) {
        check(match, Number(match[2]), match[1]!, Number(match[3]), true);
      }
    }
  },
});
