/**
 * Organs are named in full when their acts are cited: `Economic and Social Council resolution 2023/16`, not
 * `ECOSOC resolution 2023/16`. Official texts never abbreviate an organ there; an abbreviation comes from notes or
 * another organisation's style. A symbol (`A/HRC/55/1`, `S/2024/1`) is not a name and is left alone.
 */
import { defineRule } from "../lint/types";
import { contiguous, matches, textBlocks } from "../lint/text";

const FULL: Readonly<Record<string, string>> = {
  GA: "General Assembly",
  UNGA: "General Assembly",
  SC: "Security Council",
  UNSC: "Security Council",
  ECOSOC: "Economic and Social Council",
  HRC: "Human Rights Council",
  UNHRC: "Human Rights Council",
};
const CITED = new RegExp(`(?<![\\p{L}/.-])(${Object.keys(FULL).join("|")})(?![\\p{L}/.:-])(?=\\s+(?:resolutions?|decisions?|presidential\\s+statements?)\\b)`, "gu");

export default defineRule({
  id: "RES029",
  name: "organ-name",
  description: "An organ whose act is cited is named in full: 'Economic and Social Council resolution', not 'ECOSOC resolution'",
  tags: ["references"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      for (const { match, span } of matches(body, CITED)) {
        const full = FULL[match[1]!]!;
        report({
          span,
          message: `Name the organ in full: '${full}', not '${match[1]}'`,
          ...(contiguous(body, match.index, match.index + match[0].length) ? { fix: { title: `Write '${full}'`, edits: [{ start: span.start, end: span.end, text: full }] } } : {}),
        });
      }
    }
  },
});
