/**
 * Internal paragraph references: "paragraph 12 above", "paragraphs 3 and 5 above",
 * "paragraphs 4 to 7 of the present resolution". Only these point inside the text; "paragraph 3
 * of resolution 70/1" points elsewhere and must never be renumbered or linked to our OP3.
 */
import type { Span } from "../syntax/tree";

/** One paragraph number inside an internal reference. */
export interface InternalRef {
  /** The number as written, normalised: `12`, `5 bis`. */
  readonly number: string;
  /** The span of the number (with its suffix) in the source. */
  readonly span: Span;
  /** The whole phrase "paragraphs 3 and 5 above" it belongs to. */
  readonly phrase: Span;
}

const SUFFIX = "(?:bis|ter|quater|quinquies|sexies|septies|octies)";
// A number, an optional Latin suffix, optional sub-paragraph letters: `5`, `5 bis`, `5 (a)`.
const NUM = `\\d{1,4}(?:\\s+${SUFFIX})?(?:\\s*\\([a-z]{1,4}\\))*`;
const LIST = `${NUM}(?:\\s*(?:,|and|or|to|-|–)\\s*${NUM})*`;
const PHRASE = new RegExp(
  `\\b(?:paragraphs?|paras?\\.)\\s+(${LIST})\\s*,?\\s+(?:above|below|of\\s+the\\s+present\\s+resolution|of\\s+this\\s+resolution|hereof)\\b`,
  "gi",
);
const ONE = new RegExp(`\\d{1,4}(?:\\s+${SUFFIX})?`, "gi");

/** Every number of every internal paragraph reference in `text` (offsets relative to `base`). */
export function internalRefs(text: string, base = 0): InternalRef[] {
  const out: InternalRef[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const listStart = m.index! + m[0].indexOf(m[1]!, m[0].search(/\s/));
    const phrase = { start: base + m.index!, end: base + m.index! + m[0].length };
    // Sub-paragraph letters "(a)" hold no numbers, so scanning digits in the list is safe.
    for (const n of m[1]!.matchAll(ONE)) {
      const start = base + listStart + n.index!;
      out.push({ number: n[0].replace(/\s+/g, " ").toLowerCase(), span: { start, end: start + n[0].length }, phrase });
    }
  }
  return out;
}
