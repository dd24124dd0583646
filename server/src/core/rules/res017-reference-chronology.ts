/**
 * A list of resolutions (or decisions) is in chronological order: `resolutions 69/193 and 69/196 of 18 December
 * 2014, 70/178 of 17 December 2015 and 78/229 of 19 December 2023`, `resolutions 1653 (XVI) …, 33/71 B …`.
 */
import { defineRule } from "../lint/types";
import { matches, spanOf, textBlocks } from "../lint/text";
import { dateKey, MONTH_RE } from "./dates";

// `78/229`, `53/77 AA`, `36/87 A and B`, and the numbering before the thirty-first session: `1653 (XVI)`, `3263 (XXIX)`.
const SYMBOL = String.raw`(?:\d{1,3}\/\d{1,4}(?: [A-Z]{1,2}(?:(?:, | and )[A-Z]{1,2})*(?![\w/]))?|\d{1,4}(?: [A-Z])? \([IVXL]+\))`;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** The session and number of a cited symbol: `78/229` → [78, 229], `1653 (XVI)` → [16, 1653]. */
function sessionAndNumber(symbol: string): [number, number] {
  const old = /^(\d+)(?: [A-Z])? \(([IVXL]+)\)$/.exec(symbol);
  if (!old) return symbol.split(/[/ ]/).map(Number) as [number, number];
  const digits = [...old[2]!].map((c) => ROMAN[c]!);
  const session = digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0);
  return [session, Number(old[1])];
}
const DATE = String.raw`\d{1,2}\s+(?:${MONTH_RE})\s+\d{4}`;
const GROUP = String.raw`${SYMBOL}(?:(?:,\s+|,?\s+and\s+)${SYMBOL})*(?:\s+of\s+${DATE})?`;
const LIST = new RegExp(String.raw`\b(?:[Rr]esolutions|[Dd]ecisions)\s+(${GROUP}(?:(?:,\s+|,?\s+and\s+)${GROUP})*)`, "g");

export default defineRule({
  id: "RES017",
  name: "reference-chronology",
  description: "Resolutions and decisions cited in a list come in chronological order",
  tags: ["references"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      // A list opens with the literal word: texts without it are passed over before the long pattern runs.
      if (!/[Rr]esolutions|[Dd]ecisions/.test(body.text)) continue;
      for (const { match } of matches(body, LIST)) {
        const listStart = match.index + match[0].length - match[1]!.length;
        const noun = /^[Dd]/.test(match[0]) ? "Decision" : "Resolution";
        const items = [...match[1]!.matchAll(new RegExp(String.raw`(${SYMBOL})(?:\s+of\s+(${DATE}))?`, "g"))];
        // Dates apply to every symbol grouped before them.
        const keyed: { symbol: string; session: number; number: number; date: number | null; at: number }[] = [];
        let pending: typeof keyed = [];
        for (const it of items) {
          const [session, number] = sessionAndNumber(it[1]!);
          const entry = { symbol: it[1]!, session, number, date: null as number | null, at: listStart + it.index! };
          pending.push(entry);
          if (it[2]) {
            const d = dateKey(it[2].replace(/\s+/g, " "));
            for (const e of pending) e.date = d;
            keyed.push(...pending);
            pending = [];
          }
        }
        keyed.push(...pending);
        // Sessions follow each other in time, so a later session's resolution is never older. Within one session
        // the numbers do not follow the dates (`194 (III) of 11 December 1948, 212 (III) of 19 November 1948`, in
        // official texts): either order is chronological there, and only a list against both is reported (the numbers alone, where
        // the dates are the same or not given).
        const cmp = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => {
          if (a.session !== b.session) return b.session - a.session;
          const byDate = a.date !== null && b.date !== null ? b.date - a.date : 0;
          const byNumber = b.number - a.number;
          if (byDate === 0) return byNumber;
          return byDate < 0 && byNumber < 0 ? -1 : 1;
        };
        // `the most recent of which being resolutions 79/182, 78/219, …`: newest first, announced, is deliberate.
        const steps = keyed.slice(1).map((b, i) => cmp(keyed[i]!, b));
        const intro = body.text.slice(Math.max(0, match.index - 80), match.index);
        if (steps.every((d) => d <= 0) && /\b(most recent|latest)\b/i.test(intro)) continue;
        for (let i = 1; i < keyed.length; i++) {
          const a = keyed[i - 1]!;
          const b = keyed[i]!;
          if (cmp(a, b) < 0) {
            report({
              span: spanOf(body, b.at, b.at + b.symbol.length),
              message: `${noun} ${b.symbol} is older than ${a.symbol} before it: list ${noun.toLowerCase()}s in chronological order`,
            });
            break;
          }
        }
      }
    }
  },
});
