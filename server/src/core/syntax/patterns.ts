/**
 * Line patterns of official texts. Every regex here is anchored and runs on one trimmed line,
 * with no nested quantifiers, so matching is linear in the line length.
 */

/** A whole-line document symbol: `A/RES/80/229`, `A/C.3/80/L.3`, `A/RES/78/68*`, `A/80/L.22/Rev.1`. */
export const SYMBOL_LINE = /^((?:A|E|S)\/(?:[A-Z][A-Za-z0-9.-]*\/)*(?:ES-|S-)?\d+\/(?:L\.)?\d+(?:\/(?:Rev|Add|Corr)\.\d+)*(?: [A-Z])?)(\*?)$/;
/** `2/59`: page number. */
export const PAGE_NUMBER = /^(\d{1,3})\/(\d{1,3})$/;
/** `25-21234` or `25-21234 (E)`: job number. */
export const JOB_NUMBER = /^\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s+\d{6})?$/;
/** `*2521234*`: barcode. */
export const BARCODE = /^\*\d{6,9}\*$/;
/** The footnote rule. */
export const RULE = /^_{6,}$/;
/** `80/229.` (optionally followed by the title on the same line, as some extractors give it). */
export const RES_NUMBER = /^((?:ES-|S-)?\d{1,3}\/\d{1,4}(?: [A-Z])?)\.(?:\s+(\S.*))?$/;
/** `The General Assembly,`. */
export const ORGAN = /^(The General Assembly)(,?)$/;
/** `1.`, `5 bis.`, `12. Requests …`. */
export const OP_NUMBER = /^(\d{1,3})(?:\s?(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?\.(?:\s+(\S.*))?$/;
/**
 * `.unres` drafts only: an alternative text for paragraph N (conventions §5.2), as negotiators label it:
 * `1 alt.`, `1alt.`, `1 alt 2.`, `OP1 alt`, `OP 1 alt 2:` (ALT_AFTER) or `Alt 1.`, `ALT 1:` (ALT_BEFORE).
 * Group 1 is the label as printed, group 2 the paragraph number N, group 3 (ALT_AFTER) the alternative's own
 * number. The full stop or colon after the label is optional (`OP7 alt` is written without one); a letter or
 * digit right after the label means it is not one (`1 alternative`, `Alternative development`).
 */
export const ALT_AFTER = /^((?:OP ?)?(\d{1,3}) ?(?:alt|Alt|ALT)(?: ?(\d{1,2}))?)(?![A-Za-z0-9])[.:]?(?=\s|$)/;
export const ALT_BEFORE = /^((?:Alt|ALT|alt)\.? ?(\d{1,3}))(?![A-Za-z0-9])[.:]?(?=\s|$)/;

/** A number alone (an operative number printed without its full stop, or a footnote number). */
export const LONE_NUMBER = /^(\d{1,3})$/;
/** `(a)`, `(ii)`, `(aa)` at the start of a line. */
export const SUB_LABEL = /^\(([a-z]{1,2}|[ivxl]{1,6})\)(?:\s+|$)/;
/** `I`, `II`, `A.`, `B.`, `IV.` alone on a line. */
export const SECTION_LABEL = /^(?:([IVXL]{1,6})\.?|([A-Z])\.)$/;
/** `69th plenary meeting`. */
export const CLOSING_MEETING = /^(\d{1,3}(?:st|nd|rd|th)(?: \(resumed\))?) plenary meeting$/;
export const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** `18 December 2025`. */
export const DATE_LINE = new RegExp(`^\\d{1,2} (?:${MONTHS}) \\d{4}$`);
/** `Annex`, `Annex I`, `Annex to resolution …`. */
export const ANNEX = /^Annex(?:es)?(?: [IVXL]+)?$/;
/** `Distr.: General`. */
export const DISTR = /^Distr\.:\s*(\S+)$/;
/** `Eightieth session`. */
export const SESSION_LINE = /^([A-Z][a-z]+(?:-[a-z]+)?) (?:special |emergency special )?session$/;
export const AGENDA = /^Agenda items? (.+)$/;
/** `Italy: draft resolution`, `Singapore:* draft resolution`, `Iraq:* , ** draft resolution`; the sponsors may wrap. */
export const SPONSORS_END = /:\s?(?:\*{1,3}(?:\s?,\s?\*{1,3})*)?\s?(?:revised )?draft (?:resolution|decision)$/;
/**
 * `draft resolution` on a line of its own: after sponsors whose line ends in `:` (`…Uruguay:`), or alone (a Chair's
 * draft); an asterisk note may open it where the notes broke over the lines (`Iraq:*,` / `** draft resolution`).
 */
export const DRAFT_LINE = /^(?:\*{1,3}\s?)?(?:[Rr]evised )?[Dd]raft (?:resolution|decision)$/;
/** The end of the sponsors' names on the line before a lone `draft resolution`: the colon and any asterisk notes. */
export const NAMES_END = /:\s?(?:\*{1,3}(?:\s?,\s?\*{1,3})*,?)?$/;

// Session ordinals (`Eightieth session`, `eighty-first`) are read by the shared module.
export { ordinalValue } from "../text/ordinals";

/** Each month's number in two digits (`December` → `12`), looked up once per date found in every paragraph. */
const MONTH_NUMBER = new Map(MONTHS.split("|").map((m, i) => [m, String(i + 1).padStart(2, "0")]));
/** `19 December 2023` → `2023-12-19` (an unknown month → `00`). */
export function isoDate(day: string, month: string, year: string): string {
  return `${year}-${MONTH_NUMBER.get(month) ?? "00"}-${day.padStart(2, "0")}`;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
/** Value of a lower-case roman numeral, or 0. */
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!.toLowerCase()] ?? 0;
    const next = ROMAN[s[i + 1]?.toLowerCase() ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
