/**
 * A Security Council resolution is cited with its year in parentheses: `Security Council resolution
 * 2250 (2015)`, `resolutions 1325 (2000), 1820 (2008) and 2250 (2015)` (conventions §1.2, §1.7). The
 * Council numbers its resolutions in one series since 1946, so the year is part of the citation, as
 * the session is of `78/229`; `resolution 2325 of 15 December 2016` leaves it out.
 */
import { defineRule } from "../lint/types";
import { contiguous, spanOf, textBlocks } from "../lint/text";

const CITED = /\bSecurity Council resolutions?\s+/g;
/** One item of a list: the number, an optional year, an optional date of adoption. */
const ITEM = /^(\d{1,4})(?![\d/.])(\s*\((\d{4})\))?(?:\s+of\s+\d{1,2}\s+\p{L}+\s+(\d{4}))?/u;
/** What joins the items of a list of numbers. */
const JOIN = /^(?:,\s+and\s+|,\s+|\s+and\s+)(?=\d)/;

export default defineRule({
  id: "RES032",
  name: "security-council-year",
  description: "A Security Council resolution is cited with its year: 'resolution 2250 (2015)', not 'resolution 2250'",
  tags: ["references"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      const text = body.text;
      if (!text.includes("Security Council resolution")) continue;
      CITED.lastIndex = 0;
      for (let m = CITED.exec(text); m; m = CITED.exec(text)) {
        let at = m.index + m[0].length;
        for (;;) {
          const item = ITEM.exec(text.slice(at));
          if (!item) break;
          const number = item[1]!;
          if (!item[2]) {
            const year = item[4];
            const span = spanOf(body, at, at + number.length);
            report({
              span,
              message: year
                ? `Cite a Security Council resolution with its year: '${number} (${year})'`
                : `Cite a Security Council resolution with its year in parentheses: '${number} (year)'`,
              // The year of the date of adoption is the resolution's year: certain only when the date is given.
              ...(year && contiguous(body, at, at + number.length)
                ? { fix: { title: `Write '${number} (${year})'`, edits: [{ start: span.end, end: span.end, text: ` (${year})` }] } }
                : {}),
            });
          }
          at += item[0].length;
          const join = JOIN.exec(text.slice(at));
          if (!join) break;
          at += join[0].length;
        }
      }
    }
  },
});
