/**
 * Meetings take a numeral ordinal: `69th plenary meeting`, not `sixty-ninth plenary meeting`; so do the
 * numbered sittings of the Main Committees and Councils (`the 9th meeting of the Special Political and
 * Decolonization Committee`, `the 320th meeting of the Committee on Relations with the Host Country`).
 * Meetings that are events of a series keep their words (`the sixteenth meeting of the Conference of the
 * Parties`, `the Informal Consultative Process at its twenty-fifth meeting`): 37 times `at its … meeting` in
 * words in the corpus, so a meeting without a named organ is not judged. Other bodies hold plenary meetings
 * too (`the twentieth plenary meeting of the Kimberley Process`, `the Kimberley Process, at its twenty-first
 * plenary meeting`): a plenary meeting is the Assembly's unless another body is named as its owner.
 */
import { defineRule } from "../lint/types";
import { contiguous, matches, textBlocks } from "../lint/text";
import { numeralOrdinal, ORDINAL_WORDS, ordinalValue } from "../text/ordinals";
import { ownedByAnotherBody } from "./owner";

const PLENARY_MEETING = new RegExp(`\\b(${ORDINAL_WORDS})(\\s+plenary\\s+meeting)\\b`, "gi");
// Organs whose meetings are numbered sittings (the Main Committees by their names as the GA writes them).
const ORGANS = [
  "(?:First|Second|Third|Fourth|Fifth|Sixth) Committee",
  "Special Political and Decolonization Committee",
  "General Committee",
  "Committee on Relations with the Host Country",
  "Security Council",
  "Economic and Social Council",
  "Trusteeship Council",
  "Human Rights Council",
].join("|");
const ORGAN_MEETING = new RegExp(`\\b(${ORDINAL_WORDS})(\\s+(?:\\(resumed\\)\\s+)?meetings?\\s+of\\s+the\\s+(?:${ORGANS}))\\b`, "gi");
const LIST_BEFORE = new RegExp(`(?:${ORDINAL_WORDS})\\s*(?:,|and|to)\\s*$`, "i");
const PLENARY = /plenary/i;
const ORGAN_WORD = /Committee|Council/i;

export default defineRule({
  id: "RES020",
  name: "meeting-numeral",
  description: "Meetings are numbered with numerals: '69th plenary meeting'",
  tags: ["sessions"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const closing = tree.closing?.meeting;
    const blocks = textBlocks(tree);
    if (closing) blocks.push({ text: closing.value, pieces: [{ at: 0, start: closing.span.start, end: closing.span.end }] });
    for (const body of blocks) {
      // Literal searches first: the ordinal-word alternation is tried at every position of the text.
      const found = [
        ...(PLENARY.test(body.text) ? matches(body, PLENARY_MEETING) : []),
        ...(ORGAN_WORD.test(body.text) && /meeting/i.test(body.text) ? matches(body, ORGAN_MEETING) : []),
      ];
      for (const { match, span } of found) {
        const n = ordinalValue(match[1]!);
        if (n === null) continue;
        if (PLENARY.test(match[2]!) && ownedByAnotherBody(body.text, match.index, match.index + match[0].length)) continue;
        const right = numeralOrdinal(n);
        const s = { start: span.start, end: span.start + match[1]!.length };
        // `the fourteenth and fifteenth meetings`: writing out one ordinal of a list would leave it half words.
        const inList = LIST_BEFORE.test(body.text.slice(Math.max(0, match.index - 60), match.index));
        report({
          span: s,
          message: `Number the meeting with a numeral: '${right}${match[2]!.replace(/\s+/g, " ")}'${inList ? " (and the other ordinals of the list)" : ""}`,
          ...(!inList && contiguous(body, match.index, match.index + match[1]!.length)
            ? { fix: { title: `Write '${right}'`, edits: [{ start: s.start, end: s.end, text: right }] } }
            : {}),
        });
      }
    }
  },
});
