/**
 * A list of resolutions is in chronological order: `resolutions 69/193 and 69/196 of 18 December
 * 2014, 70/178 of 17 December 2015 and 78/229 of 19 December 2023`.
 */
import { defineRule } from "../lint/types";
import { matches, spanOf, textBlocks } from "../lint/text";
import { dateKey, MONTH_RE } from "./dates";

const SYMBOL = String.raw`\d{1,3}\/\d{1,4}(?: [A-Z](?![\w/]))?`;
const DATE = String.raw`\d{1,2}\s+(?:${MONTH_RE})\s+\d{4}`;
const GROUP = String.raw`${SYMBOL}(?:(?:,\s+|,?\s+and\s+)${SYMBOL})*(?:\s+of\s+${DATE})?`;
const LIST = new RegExp(String.raw`\bresolutions\s+(${GROUP}(?:(?:,\s+|,?\s+and\s+)${GROUP})*)`, "g");

export default defineRule({
  id: "RES017",
  name: "reference-chronology",
  description: "Resolutions cited in a list come in chronological order",
  tags: ["references"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      // A list opens with the literal word: texts without it are passed over before the long pattern runs.
      if (!body.text.includes("resolutions")) continue;
      for (const { match } of matches(body, LIST)) {
        const listStart = match.index + match[0].length - match[1]!.length;
        const items = [...match[1]!.matchAll(new RegExp(String.raw`(${SYMBOL})(?:\s+of\s+(${DATE}))?`, "g"))];
        // Dates apply to every symbol grouped before them.
        const keyed: { symbol: string; session: number; number: number; date: number | null; at: number }[] = [];
        let pending: typeof keyed = [];
        for (const it of items) {
          const [session, number] = it[1]!.split(/[/ ]/).map(Number) as [number, number];
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
        const cmp = (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
          a.date !== null && b.date !== null && a.date !== b.date ? b.date - a.date : b.session - a.session || b.number - a.number;
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
              message: `Resolution ${b.symbol} is older than ${a.symbol} before it: list resolutions in chronological order`,
            });
            break;
          }
        }
      }
    }
  },
});
