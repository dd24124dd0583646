/**
 * Word repair: pdftotext splits words inside justified lines (`commitme nts`, `internationa l`, `co -located`,
 * `202 5`). A space inside a line is taken out when the two pieces joined make a word the document uses whole
 * elsewhere and at least one piece is no word of the document. The repair is a cut (a span left out of the
 * paragraph's text), like a footnote marker's, so the text still maps to the source piece by piece. Line-end
 * hyphenation is not touched: the official text's own hyphens stay.
 */
import type { Span } from "./tree";

/** A line of a paragraph: the part read as text, and the spans cut out of it. */
export interface RepairLine {
  readonly start: number;
  readonly end: number;
  readonly cuts: Span[];
}

/** Letters and digits of a word with its inner hyphens and apostrophes, without surrounding punctuation. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'‑-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** How often each word stands whole in the text (one pass over the lines given). */
export function vocabulary(source: string, lines: readonly { start: number; end: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const text = source.slice(l.start, l.end);
    for (const m of text.matchAll(WORD)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      // The parts of a compound are words too (`multi-hazard`: `hazard exposure` is two words, not one).
      if (/[‑-]/.test(m[0])) for (const part of m[0].split(/[‑-]/)) if (part) counts.set(part, (counts.get(part) ?? 0) + 2);
    }
  }
  return counts;
}

/** Word pieces either side of one space: `commitme` + `nts`, `co` + `-located`, `202` + `5`. */
const SPLIT = /([\p{L}\p{N}]+[‑-]?) ([‑-]?[\p{L}\p{N}]+)/gu;

/**
 * The cuts that join split words on one line: a single space between two pieces whose join is a word used
 * elsewhere, when a piece is not one (`words` counts the whole document, this line included). Existing cuts (markers) are kept; the new ones never overlap them.
 */
export function repairCuts(source: string, line: RepairLine, words: ReadonlyMap<string, number>): Span[] {
  const text = source.slice(line.start, line.end);
  const out: Span[] = [];
  SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPLIT.exec(text))) {
    const [whole, a, b] = m as unknown as [string, string, string];
    // Only whole words: the pieces must not continue a longer token on either side.
    const before = text[m.index - 1] ?? " ";
    const after = text[m.index + whole.length] ?? " ";
    SPLIT.lastIndex = m.index + a.length + 1; // the second piece may be the first of the next pair
    if (/[\p{L}\p{N}’'‑-]/u.test(before) || /[\p{L}\p{N}’'‑-]/u.test(after)) continue;
    const joined = a + b;
    // This occurrence counts each piece once: a piece is a word of the document when it stands elsewhere too.
    const isWord = (w: string): boolean => (words.get(w) ?? 0) >= 2;
    if (!words.has(joined) || (isWord(a) && isWord(b))) continue;
    // Digits join only to digits (`202 5`), never a number to a word.
    if (/\d/.test(a) !== /\d/.test(b)) continue;
    const space = line.start + m.index + a.length;
    if (line.cuts.some((c) => c.start <= space && space < c.end)) continue;
    out.push({ start: space, end: space + 1 });
  }
  return out;
}
