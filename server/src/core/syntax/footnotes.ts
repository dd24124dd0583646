/**
 * Footnote areas of official text: the blocks after the footnote rule (to the page end, or, without form
 * feeds, over the lines that read as footnotes), asterisk notes without a rule, and the pairing of footnote
 * numbers with their texts inside one block (numbers may come apart from their texts).
 */
import { endingAt, type Line } from "./lines";
import { joinLines } from "./mapped";
import { RULE } from "./patterns";
import type { Artefact, ArtefactKind, Field, Footnote, FootnoteMarker, Span } from "./tree";

/** What the official reader has decided a line is so far. */
export type Role = "body" | "blank" | "artefact" | "footnote";

export interface FootnoteDraft {
  number: Field;
  page: number;
  lines: Line[];
  span: Span;
  inAnnex: boolean;
  markers: FootnoteMarker[];
}

/** A footnote's number and text on one line: `1 See A/57/64.`, `* On behalf of …`. */
const INLINE_NOTE = /^(\d{1,3}|\*{1,3})\s+[A-Z“"(*]/;
const INLINE_NOTE_NUMBERED = /^(\d{1,3})\s+(?:\d{4}\b|https?:|www\.)/;
const ASTERISK_NOTE = /^\*\s+[A-Z“"(*]/;
const ADDRESS = /^(?:https?:\/\/|www\.)/;

/**
 * Pass 3 (footnote areas): marks footnote rules, footnote lines and reissue notes (their `role` and artefacts),
 * and returns the footnotes read, in order. `lines` may be rewritten where pdftotext glued the rule to a line.
 */
export function readFootnoteAreas(
  source: string, lines: Line[], role: Role[], page: readonly number[], hasFormFeeds: boolean,
  artefact: (i: number, kind: ArtefactKind) => void, artefacts: Artefact[],
): FootnoteDraft[] {
  // Footnote blocks: from the rule to the page end (or, without form feeds, over `N text` lines).
  const footnotes: FootnoteDraft[] = [];
  let nextFootnote = 1;
  for (let i = 0; i < lines.length; i++) {
    if (role[i] !== "body") continue;
    const t = lines[i]!.text;
    if (t.charCodeAt(0) === 95 && RULE.test(t)) artefact(i, "footnote-rule");
    else {
      // pdftotext may glue the rule to the last body line of the page: `… cross__________`.
      // The cheap suffix test first: the regex on every body line was 5% of the parse. The last character is asked
      // before `endsWith` (a builtin call on every body line).
      const glued = t.charCodeAt(t.length - 1) === 95 && t.endsWith("______") ? /^(.*?[^_\s])\s*(_{6,})$/.exec(t) : null;
      if (!glued) continue;
      const l = lines[i]!;
      const ruleStart = l.trimEnd - glued[2]!.length;
      artefacts.push({ kind: "footnote-rule", span: { start: ruleStart, end: l.trimEnd } });
      lines[i] = endingAt(l, l.trimStart + glued[1]!.length, glued[1]!);
    }
    const block: number[] = [];
    let j = i + 1;
    if (hasFormFeeds) {
      for (; j < lines.length && !lines[j]!.pageBreak; j++) if (role[j] === "body") block.push(j);
    } else j = footnoteZoneEnd(lines, role, i + 1, block, leftOpen(footnotes));
    nextFootnote = readFootnoteBlock(source, lines, block, page[i]!, nextFootnote, footnotes, role);
    i = j - 1;
  }

  // An asterisk note without a rule (`* On behalf of the States …`, `* Reissued for technical reasons …`):
  // a block whose first line starts with `* ` (after a blank line, or `* ` and a capital), up to the next blank line.
  // The note's text must start the way readFootnoteBlock reads an inline note (`* ` and a capital, quote or
  // parenthesis): a line it cannot read as one (`* \u0000A/80/L.12`) was taken for the continuation of the last
  // footnote read, at the end of the document, whose body then mapped pieces out of source order.
  for (let i = 1; i < lines.length; i++) {
    if (role[i] !== "body" || lines[i]!.text.charCodeAt(0) !== 42 || !ASTERISK_NOTE.test(lines[i]!.text) || (lines[i - 1]!.text && !/^\*\s+[A-Z]/.test(lines[i]!.text))) continue;
    const block: number[] = [];
    for (let j = i; j < lines.length && lines[j]!.text && role[j] === "body"; j++) block.push(j);
    if (/^\*\s+Reissued/.test(lines[i]!.text)) {
      for (const j of block) artefact(j, "reissue-note");
      continue;
    }
    nextFootnote = readFootnoteBlock(source, lines, block, page[i]!, nextFootnote, footnotes, role);
  }
  return footnotes;
}

/** The last footnote read stops short of a sentence's end: the next page's footnote area may continue it. */
function leftOpen(footnotes: readonly FootnoteDraft[]): boolean {
  const last = footnotes[footnotes.length - 1];
  const tail = last?.lines[last.lines.length - 1]?.text;
  return tail !== undefined && !/[.)”]$/.test(tail);
}

/**
 * The footnotes of the tree: each text with its number cut, inside the annex when printed after its start.
 * `repair` gives the spaces word repair takes out of a line (word-repair.ts), as in paragraphs.
 */
export function finishFootnotes(source: string, footnotes: readonly FootnoteDraft[], annexStart: number, repair: (line: { start: number; end: number; cuts: Span[] }) => Span[] = () => []): Footnote[] {
  return footnotes.map((f) => {
    const segs = f.lines.map((l, i) => {
      const start = i === 0 && f.number.span.start >= l.trimStart && f.number.span.end <= l.trimEnd ? skipNumber(source, l, f.number.span.end) : l.trimStart;
      return withCuts({ start, end: l.trimEnd }, repair({ start, end: l.trimEnd, cuts: [] }));
    });
    return { number: f.number, body: joinLines(source, segs), markers: f.markers, inAnnex: f.span.start > annexStart || f.inAnnex, span: f.span };
  });
}

/** A line's segment less the spans cut out of it (in order, inside it). */
function withCuts(seg: { start: number; end: number }, cuts: readonly Span[]): { start: number; end: number }[] {
  if (!cuts.length) return [seg];
  const out: { start: number; end: number }[] = [];
  let at = seg.start;
  for (const c of cuts) {
    out.push({ start: at, end: c.start });
    at = c.end;
  }
  out.push({ start: at, end: seg.end });
  return out;
}

/**
 * Without form feeds: the footnote lines after a rule, up to the page's furniture (the next page's running
 * header, a page number) or the first line that is not a footnote's: a footnote starts with its number (or
 * asterisk), its other lines start at the margin, and a blank line is crossed only towards the next footnote.
 */
function footnoteZoneEnd(lines: Line[], role: Role[], from: number, block: number[], open: boolean): number {
  let j = from;
  for (; j < lines.length && role[j] !== "artefact"; j++) {
    const l = lines[j]!;
    if (!l.text) {
      let n = j + 1;
      while (n < lines.length && !lines[n]!.text) n++;
      if (n >= lines.length || role[n] !== "body" || !FOOTNOTE_START.test(lines[n]!.text)) break;
      continue;
    }
    // The zone's first line may end the note the page before left open (`… Supplement No. 7 and` /
    // `corrigendum (E/2005/27), chap. I.`): readFootnoteBlock joins it to that note.
    if (!FOOTNOTE_START.test(l.text) && (block.length === 0 ? !open : l.trimStart > l.start)) break;
    block.push(j);
  }
  return j;
}
const FOOTNOTE_START = /^(?:\d{1,3}|\*{1,3})(?:\s+\S|$)/;

/** A footnote number as printed in a block, with what the print order asks of it read once (not per comparison). */
interface PrintedNumber {
  readonly value: string;
  readonly line: Line;
  readonly inline: boolean;
  /** `*`, `**`: an asterisk note, before every number. */
  readonly star: boolean;
  /** Number(value). */
  readonly num: number;
}
export const printedNumber = (value: string, line: Line, inline: boolean): PrintedNumber => ({ value, line, inline, star: value.startsWith("*"), num: Number(value) });

/**
 * Print order of footnote numbers: an asterisk note first, then by number. The answers are exactly those of
 * `a.value.startsWith("*") ? -1 : b.value.startsWith("*") ? 1 : Number(a.value) - Number(b.value)` for every pair (two
 * asterisk notes included, where that is -1 both ways), so the sort orders notes as it did.
 */
export function inPrintOrder(a: { star: boolean; num: number }, b: { star: boolean; num: number }): number {
  return a.star ? -1 : b.star ? 1 : a.num - b.num;
}

/** Pair footnote numbers and texts within one block (numbers may come apart from their texts). */
function readFootnoteBlock(
  source: string, lines: Line[], block: number[], pageNo: number, next: number, out: FootnoteDraft[], role: Role[],
): number {
  const numbers: PrintedNumber[] = [];
  let maxInline = 0;
  const entries: Line[][] = [];
  for (const i of block) {
    const l = lines[i]!;
    role[i] = "footnote";
    const lone = /^(\d{1,3}|\*{1,3})$/.exec(l.text);
    if (lone) {
      numbers.push(printedNumber(lone[1]!, l, false));
      continue;
    }
    // `1 See A/57/64.`: number and text on one line (other extractors). The number must be the next one.
    // A note may open with a number or an address (`3  2000 Review Conference …`, `10 http://…`) when the entry
    // before it ended.
    const lastEntry = entries[entries.length - 1];
    const afterEnd = !lastEntry || /[.)”]$/.test(lastEntry[lastEntry.length - 1]!.text);
    const inline = INLINE_NOTE.exec(l.text) ?? (afterEnd ? INLINE_NOTE_NUMBERED.exec(l.text) : null);
    const want = maxInline > 0 ? maxInline + 1 : next;
    if (inline && (inline[1]!.startsWith("*") || Number(inline[1]) === want)) {
      numbers.push(printedNumber(inline[1]!, l, true));
      if (!inline[1]!.startsWith("*")) maxInline = Math.max(maxInline, Number(inline[1]));
      entries.push([l]);
      continue;
    }
    const prev = entries[entries.length - 1];
    const prevLine = prev?.[prev.length - 1];
    // A new entry starts after a line that ends a sentence, unless it starts in lower case: an address may
    // (`www.un.org/…`, a note of its own after `… /repertory.`).
    if (!prev || (/[.)”]$/.test(prevLine!.text) && (!/^[a-z]/.test(l.text) || ADDRESS.test(l.text)))) entries.push([l]);
    else prev.push(l);
  }
  // Numbers in print order; texts come in order, so pair them in order.
  const sorted = numbers
    .filter((n) => !n.inline)
    .sort(inPrintOrder);
  const inlineEntries = new Set(numbers.filter((n) => n.inline).map((n) => n.line));
  const free = entries.filter((e) => !inlineEntries.has(e[0]!));
  // The first text without a number may continue the previous page's footnote: one printed before it
  // (a footnote's pieces follow the source, so a text above a footnote cannot be its tail), ahead of every note
  // numbered in line in this block, when that footnote stopped short of a sentence's end.
  const firstInline = entries.findIndex((e) => inlineEntries.has(e[0]!));
  const continues = (): boolean => {
    const last = out[out.length - 1];
    const tail = last?.lines[last.lines.length - 1]?.text ?? "";
    return !!last && last.span.end <= free[0]![0]!.trimStart && !/[.)”]$/.test(tail) && (firstInline < 0 || entries.indexOf(free[0]!) < firstInline);
  };
  while (free.length > sorted.length && out.length && continues()) {
    const cont = free.shift()!;
    const last = out[out.length - 1]!;
    last.lines.push(...cont);
    last.span = { start: last.span.start, end: Math.max(last.span.end, cont[cont.length - 1]!.trimEnd) };
    entries.splice(entries.indexOf(cont), 1);
  }
  // A text after a note numbered in line (pdf.js, PyMuPDF: `116 United Nations … 2023/1.` / `Available at …`)
  // is that note's second sentence, when the block has more texts than numbers.
  for (let k = entries.length - 1; k > firstInline && firstInline >= 0 && free.length > sorted.length; k--) {
    const e = entries[k]!;
    if (inlineEntries.has(e[0]!) || !free.includes(e)) continue;
    entries[k - 1]!.push(...e);
    entries.splice(k, 1);
    free.splice(free.indexOf(e), 1);
  }
  // Too many texts: two of them are one note. Where numbers stand each before its text, two with no number
  // between them (`125` / `… UNCTAD/RMT/2023.` / `Available at …` / `126`), when there are no more such pairs
  // than texts too many; otherwise the last two.
  while (free.length > sorted.length && free.length > 1) {
    const apart = (k: number): boolean => sorted.some((n) => n.line.trimStart > free[k - 1]![0]!.trimStart && n.line.trimStart < free[k]![0]!.trimStart);
    const joined = free.map((_, k) => k).filter((k) => k > 0 && !apart(k));
    const k = joined.length >= 1 && joined.length <= free.length - sorted.length ? joined[0]! : free.length - 1;
    free[k - 1]!.push(...free[k]!);
    free.splice(k, 1);
  }
  // A text left without a number (no earlier footnote to continue) goes on the note printed just above it in the
  // block (`* On behalf of …` / `Members of …`) rather than vanishing: its lines are no longer body lines.
  if (free.length > sorted.length) {
    const k = entries.indexOf(free[0]!);
    if (k > 0) {
      entries[k - 1]!.push(...free[0]!);
      entries.splice(k, 1);
      free.shift();
    }
  }
  const all: FootnoteDraft[] = [];
  let fi = 0;
  const byLine = new Map(numbers.filter((n) => n.inline).map((n) => [n.line, n]));
  const numbered: { value: string; line: Line; entry: Line[] | null; star: boolean; num: number }[] = [];
  for (const e of entries) {
    const n = byLine.get(e[0]!);
    if (n) numbered.push({ value: n.value, line: n.line, entry: e, star: n.star, num: n.num });
  }
  for (const n of sorted) numbered.push({ value: n.value, line: n.line, entry: free[fi++] ?? null, star: n.star, num: n.num });
  numbered.sort(inPrintOrder);
  for (const n of numbered) {
    const numSpan = { start: n.line.trimStart, end: n.line.trimStart + n.value.length };
    const entry = n.entry ?? [];
    // The span over the number and the entry's lines, in a loop (two spread copies per note were garbage).
    let start = numSpan.start;
    let end = numSpan.end;
    for (let k = 0; k < entry.length; k++) {
      start = Math.min(start, entry[k]!.trimStart);
      end = Math.max(end, entry[k]!.trimEnd);
    }
    all.push({
      number: { value: n.value, span: numSpan }, page: pageNo, lines: entry,
      span: { start, end }, inAnnex: false, markers: [],
    });
    if (!n.star) next = Math.max(next, n.num + 1);
  }
  out.push(...all);
  void source;
  return next;
}

function skipNumber(source: string, l: Line, after: number): number {
  let s = after;
  while (s < l.trimEnd && /\s/.test(source[s]!)) s++;
  return s;
}
