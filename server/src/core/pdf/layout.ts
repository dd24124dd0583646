/**
 * Positioned runs → the text the official reader reads, and the cues that text cannot carry.
 *
 * The text has the shape of `pdftotext`'s default output, which the official reader was built on: lines top
 * to bottom, a form feed between pages and after the last, page furniture kept as lines (the reader removes
 * it), the footnote block after its rule, a superscript marker as a token of its own (`East, 1`), a
 * paragraph number or sub-paragraph label set off by a tab on a line of its own. Beside it, per line: where
 * the opening italic run ends, which characters are superscript, the indent from the page's text margin, and
 * the size.
 *
 * Geometry only, in units of the font size, so the same rules serve every page size and typeface.
 */
import type { LineCue, SourceCues } from "../syntax/cues";
import type { PdfPage, Run, Slant } from "./engine";
import { styleOf, type Style } from "./fonts";

interface Piece {
  readonly str: string;
  readonly x: number;
  readonly end: number;
  readonly y: number;
  readonly size: number;
  readonly style: Style;
  sup: boolean;
}

interface Row {
  y: number;
  /** The size of the row's body characters (its largest non-superscript size). */
  size: number;
  pieces: Piece[];
}

export interface Rendered {
  readonly text: string;
  readonly cues: SourceCues;
  /** Characters of text (not white space) over the whole document: 0 for a scan without a text layer. */
  readonly chars: number;
}

/** Baselines this close (in font sizes) are one row. */
const SAME_ROW = 0.25;
/** A row of smaller characters at most this far above the next row carries that row's superscripts. */
const SUP_RISE = 0.6;
const SUP_SIZE = 0.8;
/** A gap wider than this (in font sizes; a tab, wider than most word spaces) after a short label at a row start (`1.`, `(a)`) puts the label on a line of its own. */
const LABEL_GAP = 0.6;
const RULE = /^_{6,}$/;
const LABEL = /^(?:\d{1,3}(?: ?[a-z]{3,9})?\.?|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[IVXL]{1,6}\.?|[A-Za-z]\.|\*{1,3})$/;
/** A gap this wide is a column gap (the masthead's two columns). */
const COLUMN_GAP = 3;
/** The page foot: the bottom tenth of the page, where a gap of a font size or so separates fields. */
const FOOT = 0.1;
const FIELD_GAP = 0.8;
/** A word space where pdf.js gave no space run. */
const WORD_GAP = 0.12;
/**
 * A vertical gap this large (in sizes of the lower row), a change of type size, or a column gap starts a new
 * block, shown as a blank line as pdftotext does (the reader finds running headers as the page's first blocks).
 */
const BLANK_GAP = 2.2;

export function render(pages: readonly PdfPage[]): Rendered {
  const out: string[] = [];
  const cues: LineCue[] = [];
  let chars = 0;
  let unknown = 0;
  const pageRows = pages.map((page) => rowsOf(splitSlants(page.runs, page.slants)));
  const body = bodySize(pageRows);
  pageRows.forEach((rows, p) => {
    let first = true;
    for (const { seg, size, blank } of pageLines(rows, pages[p]!, body)) {
      const line = lineOf(seg);
      if (!line.text) continue;
      for (const piece of seg) {
        const n = piece.str.replace(/\s+/g, "").length;
        chars += n;
        if (piece.style === "unknown" && !piece.sup) unknown += n;
      }
      if (blank && !first) out.push("");
      // No indent cue: the reader takes an indent as a first-line indent, and in UN layout operative paragraphs
      // hang (number at the margin, text and continuation lines at the tab), so a line's distance from the
      // margin does not say where a paragraph starts; the rendered text's own cues do (see layout above).
      cues.push({ line: out.length, ...line.cue, size: round(size) });
      out.push(p > 0 && first ? "\f" + line.text : line.text);
      first = false;
    }
    // A page without text still breaks the page, so page numbers and running headers keep their pages.
    if (first && p > 0) out.push("\f");
  });
  // pdftotext ends every page with a form feed, the last one too: a one-page text is still paged, and the
  // reader reads its footnote block to the page's end.
  out.push("\f");
  return { text: out.join("\n") + "\n", cues: { lines: cues, italicsKnown: chars > 0 && unknown <= 0.02 * chars }, chars };
}

interface PageLine {
  readonly seg: Segment;
  readonly size: number;
  /** Starts a new block (a blank line before it). */
  readonly blank: boolean;
}

/**
 * A page's lines in reading order. The page's zones follow from y: the running header (rows of small type at
 * the top, above the body) is read column by column, each column a block, as pdftotext reads it (the short
 * title may take two rows beside the symbol); then the body; then, once the footnote rule is drawn, footnotes.
 */
function pageLines(rows: readonly Row[], page: PdfPage, body: number): PageLine[] {
  const lines: PageLine[] = [];
  let top = 0;
  while (top < rows.length && top < 8 && rows[top]!.size < 0.9 * body && rows[top]!.y > 0.85 * page.height) top++;
  const header = rows.slice(0, top).flatMap((row) => segments(row, false).map((seg) => ({ seg, size: row.size })));
  const left = header.filter((h) => h.seg[0]!.x < page.width / 2);
  const right = header.filter((h) => h.seg[0]!.x >= page.width / 2);
  for (const column of [left, right]) column.forEach((h, i) => lines.push({ ...h, blank: i === 0 }));
  let prev: Row | null = null;
  let footnotes = false;
  for (const row of rows.slice(top)) {
    let blank = lines.length > 0 && (prev === null || prev.y - row.y > BLANK_GAP * row.size || Math.abs(prev.size - row.size) > 0.1 * row.size);
    prev = row;
    // The page foot (job number, release codes, page number, barcode): every wide gap separates fields.
    const foot = row.y < FOOT * page.height;
    for (const seg of segments(row, footnotes, foot)) {
      if (RULE.test(seg.map((q) => q.str).join("").trim())) footnotes = true;
      lines.push({ seg, size: row.size, blank });
      blank = seg.column;
    }
  }
  return lines;
}

/** The size of most characters on the pages: the body text's. */
function bodySize(pages: readonly (readonly Row[])[]): number {
  const counts = new Map<number, number>();
  for (const rows of pages)
    for (const row of rows) for (const q of row.pieces) if (!q.sup) counts.set(round(q.size), (counts.get(round(q.size)) ?? 0) + q.str.length);
  let best = 0;
  let most = 0;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/**
 * A run that starts where slanted text starts is cut after the slanted characters: the slanted part is
 * italic, the rest takes its style from its font (pdf.js gave the whole run the first glyph's matrix).
 */
function splitSlants(runs: readonly Run[], slants: readonly Slant[]): Run[] {
  if (!slants.length) return runs as Run[];
  const out: Run[] = [];
  for (const run of runs) {
    const s = slants.find((q) => Math.abs(q.x - run.x) < 0.5 && Math.abs(q.y - run.y) < 0.5);
    if (!s) {
      out.push(run);
      continue;
    }
    let cut = 0;
    for (let n = 0; cut < run.str.length && n < s.chars; cut++) if (!/\s/.test(run.str[cut]!)) n++;
    const upright = { ...run, skew: 0 };
    if (cut >= run.str.length) {
      out.push({ ...upright, italic: true });
      continue;
    }
    const w = (run.width * cut) / run.str.length;
    out.push({ ...upright, str: run.str.slice(0, cut), width: w, italic: true });
    out.push({ ...upright, str: run.str.slice(cut), x: run.x + w, width: run.width - w });
  }
  return out;
}

/** Runs into rows, top to bottom; superscripts joined to the row they belong to, marked. */
function rowsOf(runs: readonly Run[]): Row[] {
  const pieces: Piece[] = [];
  for (const r of runs) {
    if (r.rotated || !r.str.trim() || !(r.size > 0)) continue;
    pieces.push({ str: r.str, x: r.x, end: r.x + r.width, y: r.y, size: r.size, style: styleOf(r), sup: false });
  }
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const piece of pieces) {
    const row = rows[rows.length - 1];
    if (row && row.y - piece.y <= SAME_ROW * Math.max(piece.size, row.size)) {
      row.pieces.push(piece);
      if (piece.size > row.size) row.size = piece.size;
    } else rows.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  const merged: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const below = rows[i + 1];
    if (below && row.size < SUP_SIZE * below.size && row.y - below.y <= SUP_RISE * below.size && overlaps(row, below)) {
      for (const piece of row.pieces) piece.sup = true;
      below.pieces.push(...row.pieces);
      continue;
    }
    merged.push(row);
  }
  for (const row of merged) {
    row.pieces.sort((a, b) => a.x - b.x);
    // A smaller, raised piece inside the row (a marker drawn on nearly the same baseline).
    for (const piece of row.pieces) if (piece.size < SUP_SIZE * row.size && piece.y > row.y + 0.15 * row.size) piece.sup = true;
    row.y = row.pieces.find((q) => !q.sup)?.y ?? row.y;
  }
  return merged;
}

/** Whether a row of small characters sits over the row below (not a separate note at the page's edge). */
function overlaps(small: Row, row: Row): boolean {
  const left = row.pieces.reduce((m, q) => Math.min(m, q.x), Infinity) - 2 * row.size;
  const right = row.pieces.reduce((m, q) => Math.max(m, q.end), -Infinity) + 2 * row.size;
  return small.pieces.every((q) => q.x >= left && q.end <= right);
}

/**
 * A row split where it has a column gap, or a label set off by a tab; in the footnote zone, a footnote's
 * superscript number goes on a line of its own, as pdftotext prints it (`1` / `See …`): a note may open
 * with a digit (`3 2000 Review Conference …`), and the number alone cannot be mistaken.
 */
function segments(row: Row, footnotes: boolean, foot = false): Segment[] {
  const segs: Segment[] = [];
  let cur: Segment = Object.assign([], { column: false });
  for (const piece of row.pieces) {
    const prev = cur[cur.length - 1];
    if (prev && !piece.sup) {
      const gap = piece.x - prev.end;
      const column = gap > (foot ? FIELD_GAP : COLUMN_GAP) * row.size;
      const head = cur.map((q) => q.str).join("").trim();
      // A label is set off by a tab, or (a word processor's `1. Takes note`) by the italics after its stop.
      const setOff = LABEL.test(head) && (gap > LABEL_GAP * row.size || (/[.)]$/.test(head) && piece.style === "italic" && prev.style !== "italic"));
      if (column || (footnotes && cur.every((q) => q.sup)) || setOff) {
        cur.column = column;
        segs.push(cur);
        cur = Object.assign([], { column: false });
      }
    }
    cur.push(piece);
  }
  if (cur.length) segs.push(cur);
  return segs;
}

/** A segment of a row; `column`: a column gap follows it. */
type Segment = Piece[] & { column: boolean };

/** One line's text and cues. */
function lineOf(seg: readonly Piece[]): { text: string; cue: Omit<LineCue, "line"> } {
  let text = "";
  const superscripts: [number, number][] = [];
  // The opening italic run: pieces from the start while italic; then to the end of its last word.
  let italicEnd: number | undefined = 0;
  let inItalic = true;
  for (let i = 0; i < seg.length; i++) {
    const piece = seg[i]!;
    const prev = seg[i - 1];
    let str = piece.str.replace(/\s+/g, " ");
    if (!text || /\s$/.test(text)) str = str.trimStart();
    else if (piece.sup || prev?.sup) {
      if (!/\s$/.test(text)) text += " ";
      str = str.trimStart();
    } else if (prev && piece.x - prev.end > WORD_GAP * piece.size && !/\s$/.test(text) && !/^\s/.test(str)) text += " ";
    const at = text.length;
    text += str;
    if (piece.sup) superscripts.push([at, at + str.trimEnd().length]);
    if (inItalic) {
      if (piece.sup) continue;
      if (piece.style === "italic") italicEnd = text.trimEnd().length;
      else {
        inItalic = false;
        if (piece.style === "unknown" && italicEnd === 0) italicEnd = undefined;
      }
    }
  }
  text = text.trimEnd();
  if (italicEnd !== undefined && italicEnd > 0) {
    // An opener is the italic run extended to the end of its last word (`Recallin` + `g`).
    while (italicEnd < text.length && /[\p{L}\p{N}’'-]/u.test(text[italicEnd]!) && /[\p{L}\p{N}]/u.test(text[italicEnd - 1]!)) italicEnd++;
  }
  return { text, cue: { ...(italicEnd !== undefined ? { italicEnd: Math.min(italicEnd, text.length) } : {}), ...(superscripts.length ? { superscripts } : {}) } };
}

const round = (n: number): number => Math.round(n * 10) / 10;
