/**
 * A request for the future names a later session than the document's own: in a session-80 text,
 * "to report … at its eightieth session" or "the provisional agenda of its eightieth session" is
 * stale (left over from last year's text).
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
  description: "Reports and agenda items are requested for a session after the document's own",
  tags: ["sessions"],
  severity: "warning",
  fixable: false,
  check({ tree, facts, report }) {
    const session = facts.session;
    if (session === null) return;
    const operative = tree.operative.map((p) => p.body);
    for (const body of textBlocks(tree).filter((b) => operative.includes(b))) {
      for (const re of [AGENDA, REPORT]) {
        for (const { match, span } of matches(body, re)) {
          const n = ordinalValue(match[1]!);
          if (n === null || n > session || OTHER_BODY.test(match[0])) continue;
          const ord = match[1]!;
          const at = match[0].toLowerCase().lastIndexOf(ord.toLowerCase());
          report({
            span: { start: span.start + Math.max(0, at), end: span.end },
            message: `The ${ord.replace(/\s+/g, " ")} session is not after this document's session (${ordinalWords(session)}): a stale session left from an earlier text?`,
          });
        }
      }
    }
  },
});
