/**
 * Word repair: pdftotext splits words inside justified lines (`commitme nts`, `internationa l`, `co -located`,
 * `202 5`). A space inside a line is taken out when the two pieces joined make a word the document uses whole
 * elsewhere and at least one piece is no word of the document. The repair is a cut (a span left out of the
 * paragraph's text), like a footnote marker's, so the text still maps to the source piece by piece. Line-end
 * hyphenation is kept as the official text has it: the reader joins `co-` + `located` as `co-located`, and where
 * pdftotext took the hyphen out as it joined two lines (`SecretaryGeneral`, `capacitybuilding`) it is put back
 * (an insert: joiner text in no piece) when the document writes the word with it elsewhere.
 */
import type { Span } from "./tree";

/** A line of a paragraph: the part read as text, and the spans cut out of it. */
export interface RepairLine {
  readonly start: number;
  readonly end: number;
  readonly cuts: Span[];
}

/** Text the reader puts into a line at a source offset (a hyphen pdftotext took out). */
export interface Insert {
  readonly at: number;
  readonly text: string;
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

const HYPHENS = /[‑-]/g;
/** Compound numbers are always hyphenated (`seventy-ninth`, `twenty-five`): pdftotext's `seventyninth` is one. */
const COMPOUND_NUMBER = /^((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)$/i;

/** The hyphenated words of the document, by their letters without hyphens in lower case (`secretarygeneral` → `Secretary-General`). */
export function hyphenatedForms(words: ReadonlyMap<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  // The fullest form wins (`Nuclear-Weapon-Free` over the `NuclearWeapon-Free` pdftotext made of it).
  const hyphens = (w: string): number => w.length - w.replace(HYPHENS, "").length;
  for (const w of words.keys()) {
    if (!/[‑-]/.test(w)) continue;
    const key = w.replace(HYPHENS, "").toLowerCase();
    const had = out.get(key);
    if (!had || hyphens(w) > hyphens(had)) out.set(key, w);
  }
  return out;
}

/**
 * The hyphens to put back into a line: a word that has one hyphen fewer than a word the document writes with
 * it (`SecretaryGeneral`, `NuclearWeapon-Free`), unless the document writes it as it stands more often.
 */
export function hyphenInserts(source: string, line: RepairLine, words: ReadonlyMap<string, number>, forms: ReadonlyMap<string, string>): Insert[] {
  const out: Insert[] = [];
  const text = source.slice(line.start, line.end);
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 6) continue;
    const n = COMPOUND_NUMBER.exec(w);
    if (n) {
      out.push({ at: line.start + m.index! + n[1]!.length, text: "-" });
      continue;
    }
    const h = forms.get(w.replace(HYPHENS, "").toLowerCase());
    // The document's own usage decides: pdftotext may have joined the same word so more than once.
    if (!h || h.length !== w.length + 1 || (words.get(w) ?? 0) > (words.get(h) ?? 0)) continue;
    // Letter case aside (`NuclearWeapon-Free` beside `nuclear-weapon-free`), one hyphen more, between letters.
    const [lw, lh] = [w.toLowerCase(), h.toLowerCase()];
    let i = 0;
    while (i < lw.length && lw[i] === lh[i]) i++;
    if (!/[‑-]/.test(h[i]!) || lw.slice(i) !== lh.slice(i + 1) || i === 0 || i === w.length) continue;
    const at = line.start + m.index! + i;
    if (line.cuts.some((c) => c.start < at && at < c.end)) continue;
    out.push({ at, text: h[i]! });
  }
  return out;
}
