/**
 * A request for the future names a session that is still to come. The document's own session is still ahead
 * until it closes (a session-80 text may ask for a report "at its eightieth session", later in the same session),
 * so a report is stale only for an earlier session; a provisional agenda is drawn up before its session opens, so
 * "the provisional agenda of its eightieth session" in a session-80 text is stale too (left over from last year's).
 */
import { defineRule } from "../lint/types";
import { matches, textBlocks } from "../lint/text";
import { ORDINAL_WORDS, ordinalValue, ordinalWords } from "../text/ordinals";

const AGENDA = new RegExp(`\\bprovisional\\s+agenda\\s+of\\s+its\\s+(${ORDINAL_WORDS})\\s+session`, "gi");
const REPORT = new RegExp(`\\b(?:to\\s+report|to\\s+submit|to\\s+present)\\b[^.;:]{0,160}?\\bat\\s+its\\s+(${ORDINAL_WORDS})\\s+session`, "gi");
// A report to another body (`to the Human Rights Council at its fifty-sixth session`) follows that body's sessions.
const OTHER_BODY = /\b(?:Council|Committee|Commission|Conference|Board|Forum|Parties)\b/;

export default defineRule({
  id: "RES019",
  name: "session-stale",
  description: "Reports are requested for a session still to come, agenda items for a later one",
  tags: ["sessions"],
  severity: "warning",
  fixable: false,
  check({ tree, facts, report }) {
    const session = facts.session;
    if (session === null) return;
    const operative = tree.operative.map((p) => p.body);
    const checks = [
      { re: AGENDA, stale: (n: number) => n <= session },
      { re: REPORT, stale: (n: number) => n < session },
    ];
    for (const body of textBlocks(tree).filter((b) => operative.includes(b))) {
      for (const { re, stale } of checks) {
        for (const { match, span } of matches(body, re)) {
          const n = ordinalValue(match[1]!);
          if (n === null || !stale(n) || OTHER_BODY.test(match[0])) continue;
          const ord = match[1]!;
          const at = match[0].toLowerCase().lastIndexOf(ord.toLowerCase());
          report({
            span: { start: span.start + Math.max(0, at), end: span.end },
            message: `The ${ord.replace(/\s+/g, " ")} session is ${n < session ? "before" : "not after"} this document's session (${ordinalWords(session)}): a stale session left from an earlier text?`,
          });
        }
      }
    }
  },
});
