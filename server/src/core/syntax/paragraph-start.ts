/**
 * Whether a line starts a paragraph, as a score from all the cues the extracted text shows: the previous line's
 * end mark, how far each line runs against the page's justified width, blank lines where the extractor emits them
 * between paragraphs, and indentation where it keeps it (-layout). No single cue decides alone, so one cue's
 * absence (no blank lines, no indents) does not collapse the reading.
 *
 * The weights are log-odds read off the corpus in every form: a paragraph's last line ends anywhere on the line,
 * a line inside a paragraph runs to the justified width (pdftotext counts characters, so "full" is 0.85 and over of
 * the width around it), a first line is shorter by its indent, and a line the extractor broke after a footnote
 * marker (-raw) leaves a short piece that cannot be a first line.
 */
import { endsParagraph, endsWithMarker } from "./end-marks";
import type { Line } from "./lines";

/** What one document's lines show about its layout, measured once over the body lines. */
export interface PageShape {
  /** Body line k's printed width (`printedWidth`), and its first word's. */
  printed(k: number): number;
  firstWord(k: number): number;
  /** The printed width of a justified line, and of a paragraph's first line (shorter by its indent). */
  readonly measure: number;
  readonly firstMeasure: number;
  /** The justified width around body line k (its right edge in columns). */
  width(k: number): number;
  /** The right edge of body line k. */
  right(k: number): number;
  /** The indentation of body line k beyond the body's left margin, when the form keeps indentation; else null. */
  indent(k: number): number | null;
  /** A blank line (not page furniture's gap) stands between body lines k - 1 and k. */
  blankBefore(k: number): boolean;
  /** The extractor puts a blank line between paragraphs (PyMuPDF, blank-separated text). */
  readonly blankSeparated: boolean;
  /**
   * The extractor breaks printed lines after footnote markers (-raw): somewhere a short piece that does not end
   * its paragraph follows a line ending in a marker. Other forms never do, so there a marker-ended line is a
   * printed line's end, however short the two lines are.
   */
  readonly breaksAfterMarkers: boolean;
}

/** The cues of one line start, as the score reads them. */
export interface StartEvidence {
  /** How the previous line ends: a comma, another end mark (`;` `:` `.`), a footnote number, or none. */
  readonly prevEnd: "comma" | "stop" | "marker" | "none";
  /**
   * The previous line's right edge against the justified width (1 = full): of the printed line, where the
   * extractor broke it in two after a footnote marker (-raw), and counting the indent when it is a first line.
   */
  readonly prevFill: number;
  /** This line's right edge against the justified width. */
  readonly fill: number;
  /**
   * The previous line ends with a footnote marker and it and this line fit in one printed line: the extractor
   * broke a line after its marker (-raw, `…Health Assembly,7` / `highlighting the critical role …`).
   */
  readonly brokenAfterMarker: boolean;
  /** This line ends with an end mark (a one-line paragraph). */
  readonly endsHere: boolean;
  readonly blankBefore: boolean;
  readonly blankSeparated: boolean;
  /** Indentation beyond the left margin (columns), when the form keeps it; else null. */
  readonly indent: number | null;
  /**
   * Printed widths, as shares of a justified line (`printedWidth`), where the document shows a first-line indent
   * (its first lines are shorter than its other lines); else null.
   * `prevRoom`: what the line before left free for this line's first word (> 0: the word would have fitted, so
   * the line before ended its paragraph). `overFirst`: how far this line runs past a first line's width (> 0: too
   * long for an indented first line). `nextRoom`: what this line leaves free for the next line's first word on a
   * full line (> 0: it stops short of the margin, as an indented first line may).
   */
  readonly prevRoom: number | null;
  readonly overFirst: number | null;
  readonly nextRoom: number | null;
}

export interface StartScore {
  /** Above 0: a paragraph starts here. */
  readonly score: number;
  /** The cues that weighed, for a diagnostic that says why a reading was close. */
  readonly cues: readonly string[];
}

/**
 * The score of a paragraph start at a line that opens with a known opener in lower case (`recalling …`): a slip in a
 * new paragraph, or a participle continuing the sentence of the one before (`…, noting that`).
 */
export function lowerOpenerStartScore(e: StartEvidence): StartScore {
  const cues: string[] = [];
  let score = -0.5;
  const add = (w: number, cue: string): void => {
    score += w;
    cues.push(`${cue} (${w > 0 ? "+" : ""}${w})`);
  };
  if (e.prevEnd === "none") add(-6, "no end mark before");
  if (e.brokenAfterMarker) add(-5, "one printed line broken after a footnote marker");
  else if (e.prevEnd === "stop") add(0.5, "previous line ends with ; : or .");
  if (e.blankSeparated) add(e.blankBefore ? 5 : -4, e.blankBefore ? "blank line before" : "no blank line before, in a text that has them between paragraphs");
  else if (e.blankBefore) add(1.5, "blank line before");
  if (e.indent !== null) {
    if (e.indent >= 3) add(5, "first-line indent");
    else if (e.indent <= 1) add(-4, "at the margin, in a text that keeps indents");
  }
  // Printed widths, where the document shows its first-line indent: whether the line before had room for this
  // line's first word (then it ended its paragraph), and whether this line is short enough to be an indented first
  // line. Log-odds read off the corpus (pdftotext default, -raw, pdf.js text): no line inside a paragraph had room
  // left for the next word; nearly every first line fits the first-line width.
  // (Not for the rest of a printed line the extractor broke after a marker: neither piece is a whole line.)
  if (e.overFirst !== null && e.indent === null && !e.brokenAfterMarker) {
    // Room left on a line without an end mark is a piece the extractor broke off, not a paragraph's end.
    const r = e.prevRoom!;
    if (e.prevEnd === "none") cues.push("no end mark: the room before not read");
    else if (r > 0.1) add(5, "the line before stops well short of the margin");
    else if (r > 0.03) add(2, "the line before had room for this line's first word");
    else if (r > 0) add(1.2, "the line before had just room for this line's first word");
    else if (r > -0.03) add(-1.8, "the line before is full");
    else add(-2.5, "the line before is justified");
    const o = e.overFirst;
    // A line far wider than the measure is two printed lines pdftotext joined: its width says nothing.
    if (o > 0.25) cues.push("a joined line, its width not read");
    else if (o > 0.025) add(-4, "too long for an indented first line");
    else if (o > 0.01) add(-2.8, "a little long for an indented first line");
    else if (o <= 0 && !(e.nextRoom !== null && e.nextRoom > 0.2)) add(2, "fits an indented first line");
    const n = e.nextRoom;
    if (n !== null && o <= 0.25) {
      if (n > 0.2) add(-3, "a short line that does not end its paragraph: a broken piece");
      else if (n > 0.01) add(3, "stops short of the margin with room for the next word");
      else if (n > 0) add(0.4, "stops just short of the margin");
      else if (n > -0.05) add(-0.5, "runs to the margin");
      else add(-1.5, "runs to the margin, the next word long");
    }
  } else {
    const f = e.prevFill;
    if (f < 0.7) add(3, "short previous line");
    else if (f < 0.8) add(1, "previous line ends before the margin");
    else if (f < 0.85) add(-0.5, "previous line nearly full");
    else if (f < 0.9) add(-1.3, "previous line full");
    else add(-2, "previous line justified");
    // A first line runs to the margin less its indent; a short line that does not end the paragraph is a piece of a
    // line the extractor broke (after a marker), never a first line. With indents shown, the right edge says nothing.
    if (e.indent === null) {
      if (e.fill < 0.7 && !e.endsHere) add(-3, "short line that does not end");
      else if (e.fill < 0.85) add(1.2, "indented first line");
      else if (e.fill < 0.9) add(0.6, "line a little short");
      else if (e.fill >= 0.95) add(-1.2, "line runs to the margin");
    }
  }
  return { score, cues };
}

/**
 * The most lowerOpenerStartScore gives a line start after a line without an end mark, with no blank line before it
 * and no indent of 3 or more: the missing end mark outweighs every other cue together, widths included. Such a start
 * is a continuation whatever the widths say, so the reader does not measure the page for it.
 */
export const MOST_AFTER_NO_END_MARK = -1.5;

/**
 * Glyph widths of Times New Roman, the typeface of UN documents, in thousandths of an em (the Times Roman metrics,
 * by character). Counting characters misleads by a tenth of a line (`minimum` against `illicit`), as much as a
 * first-line indent; only ratios within one document are used, so another typeface shifts nothing but the noise.
 * One entry per UTF-16 code unit, so a character costs one lookup (a branch for characters past ASCII made the
 * loop a third slower); a space and a tab are 0 there, as printedWidth counts a run of them once.
 */
const GLYPH = (() => {
  const w = new Uint16Array(0x10000).fill(500);
  const set = (chars: string, v: number): void => {
    for (const c of chars) w[c.charCodeAt(0)] = v;
  };
  set(",.\u00a0", 250);
  set("!'()-[]`fr\u2018\u2019", 333);
  set("\"", 408);
  set("/:;iltj", 278);
  set("?acez\u201c\u201d", 444);
  set("+<=>", 564);
  set("AKDGHNOQUVXY", 722);
  set("BCR", 667);
  set("EFLTZ", 611);
  set("PS", 556);
  set("F", 556);
  set("I", 333);
  set("J", 389);
  set("M", 889);
  set("W", 944);
  set("s", 389);
  set("m", 778);
  set("w", 722);
  set("%", 833);
  set("&", 778);
  set("@", 921);
  set("\u2014", 1000);
  set(" \t", 0);
  return w;
})();
const SPACE_WIDTH = 250;

/** The printed width of a line of text (runs of spaces, which -layout uses to justify, count as one). */
export function printedWidth(text: string, from = 0, to = text.length): number {
  let w = 0;
  let space = false;
  for (let i = from; i < to; i++) {
    const g = GLYPH[text.charCodeAt(i)]!;
    if (g === 0) {
      if (!space) w += SPACE_WIDTH;
      space = true;
    } else {
      space = false;
      w += g;
    }
  }
  return w;
}

/**
 * The width a set of lines runs to: share q of them, counting only those within a tenth above their median (lines
 * pdftotext joined, a line-end hyphen taken out, run twice as long). Lines set to one measure each stop where their
 * next word would not fit, so they spread below it; a high share is the measure. 0 when there are no lines.
 */
function upperWidth(widths: number[], q: number): number {
  if (!widths.length) return 0;
  const values = Float64Array.from(widths).sort();
  const cap = values[values.length >> 1]! * 1.1;
  let n = values.length;
  while (n > 1 && values[n - 1]! > cap) n--;
  return values[Math.min(n - 1, Math.floor(n * q))]!;
}

/** `recalling …`: a known opener of this kind written in lower case. */
export function lowerCaseOpenerLine(text: string, isOpener: (capitalised: string) => boolean): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return false;
  // Only the head of the line is matched (nearly every continuation line starts in lower case).
  const head = text.length > 120 ? text.slice(0, 120) : text;
  return isOpener(head[0]!.toUpperCase() + head.slice(1));
}

/**
 * The document's shape from its body lines (`body`: line indices in order; `page`: each line's page). Widths are
 * read from `source` by each line's offsets (its text is `source` from trimStart to trimEnd): a line's text is a
 * slice, and reading a slice character by character costs more than reading the source it points into. `isStart` says whether a capitalised
 * line is a sure paragraph start (a known opener after an end mark), to learn from those whether the extractor
 * puts blank lines between paragraphs and keeps first-line indents.
 */
export function pageShape(source: string, lines: readonly Line[], page: readonly number[], body: readonly number[], blankBetween: (a: number, b: number) => boolean, isStart: (k: number) => boolean): PageShape {
  const n = body.length;
  const blank = new Uint8Array(n);
  for (let k = 1; k < n; k++) blank[k] = blankBetween(body[k - 1]!, body[k]!) ? 1 : 0;
  // Every line start asks about blank lines; only a lower-case opener's (a few documents in a hundred) asks about
  // widths, indents and sure starts, which take a printed width of every line: those are measured on first use.
  let shape: PageShape | null = null;
  const measured = (): PageShape => (shape ??= measureShape(source, lines, page, body, blank, isStart));
  return {
    width: (k) => measured().width(k),
    right: (k) => measured().right(k),
    printed: (k) => measured().printed(k),
    firstWord: (k) => measured().firstWord(k),
    get measure() {
      return measured().measure;
    },
    get firstMeasure() {
      return measured().firstMeasure;
    },
    indent: (k) => measured().indent(k),
    blankBefore: (k) => blank[k] === 1,
    get blankSeparated() {
      return measured().blankSeparated;
    },
    get breaksAfterMarkers() {
      return measured().breaksAfterMarkers;
    },
  };
}

/** pageShape's measurements, `blank` the blank lines between body lines (1 before body line k). */
function measureShape(source: string, lines: readonly Line[], page: readonly number[], body: readonly number[], blank: Uint8Array, isStart: (k: number) => boolean): PageShape {
  const n = body.length;
  const right = new Int32Array(n);
  const lead = new Int32Array(n);
  const long: number[] = [];
  for (let k = 0; k < n; k++) {
    const l = lines[body[k]!]!;
    right[k] = l.trimEnd - l.start;
    lead[k] = l.trimStart - l.start;
    if (l.trimEnd - l.trimStart > 20) long.push(k);
  }
  const sorted = new Int32Array(long.length);
  for (let i = 0; i < long.length; i++) sorted[i] = right[long[i]!]!;
  sorted.sort();
  const typical = sorted[Math.floor(sorted.length * 0.8)] ?? 80;
  // The margin of each page (recto and verso pages are set at different offsets in -layout): the most common
  // indentation of its long lines, since continuation lines outnumber first lines.
  const counts = new Map<number, Map<number, number>>();
  for (const k of long) {
    const pg = page[body[k]!] ?? 0;
    let m = counts.get(pg);
    if (!m) counts.set(pg, (m = new Map()));
    m.set(lead[k]!, (m.get(lead[k]!) ?? 0) + 1);
  }
  const margins = new Map<number, number>();
  for (const [pg, m] of counts) {
    let margin = 0;
    let best = -1;
    for (const [at, c] of m) if (c > best || (c === best && at < margin)) [margin, best] = [at, c];
    margins.set(pg, margin);
  }
  const marginOf = (k: number): number => margins.get(page[body[k]!] ?? 0) ?? 0;
  // Printed widths, made when asked for (NaN until then): the measures read only the long lines.
  const printed = new Float64Array(n).fill(NaN);
  const printedOf = (k: number): number => {
    if (!Number.isNaN(printed[k]!)) return printed[k]!;
    const l = lines[body[k]!]!;
    return (printed[k] = printedWidth(source, l.trimStart, l.trimEnd));
  };
  const longPrinted: number[] = [];
  // Sure starts: how many have a blank line before, how many an indent, and how wide a first line runs.
  let starts = 0;
  let blanks = 0;
  let indents = 0;
  const firstPrinted: number[] = [];
  const start = new Uint8Array(n);
  for (let k = 1; k < n && firstPrinted.length < 200; k++) {
    if (!isStart(k)) continue;
    start[k] = 1;
    starts++;
    if (starts <= 60) {
      if (blank[k]) blanks++;
      if (lead[k]! - marginOf(k) >= 3) indents++;
    }
    if (k + 1 < n && lines[body[k]!]!.text.length > 40 && !endsParagraph(lines[body[k]!]!.text)) firstPrinted.push(printedOf(k));
  }
  // The measure from lines inside paragraphs: not first lines, not ending with an end mark (in a short text, first
  // and last lines may outnumber the others).
  for (let k = 0; k + 1 < n; k++) {
    const t = lines[body[k]!]!.text;
    if (!start[k] && !start[k + 1] && t.length > 40 && !endsParagraph(t)) longPrinted.push(printedOf(k));
  }
  const measure = upperWidth(longPrinted, 0.95);
  // The indent shows when first lines run shorter than the others; else the printed-width cues are not read.
  const first = firstPrinted.length >= 3 ? upperWidth(firstPrinted, 0.9) : measure;
  const firstMeasure = first < measure * 0.975 ? first : measure;
  let breaksAfterMarkers = false;
  for (let k = 1; k + 1 < n && !breaksAfterMarkers; k++) {
    const t = lines[body[k]!]!.text;
    const c = t.charCodeAt(0);
    breaksAfterMarkers = c >= 97 && c <= 122 && right[k]! < typical * 0.7 && !endsParagraph(t) && endsWithMarker(lines[body[k - 1]!]!.text) && !blank[k] && !blank[k + 1];
  }
  const sampled = Math.min(starts, 60);
  const blankSeparated = sampled >= 2 && blanks > sampled * 0.6;
  const indentsShown = [...margins.values()].some((m) => m > 0) && sampled >= 2 && indents > sampled * 0.6;
  // The justified width around a line: the longest of the nearest long lines on either side (capped, so a
  // line that overruns, a table row or a heading set wide, does not make every line look short).
  const longIndex = new Int32Array(n).fill(-1);
  for (let i = 0, j = 0; i < n; i++) {
    while (j < long.length && long[j]! < i) j++;
    longIndex[i] = j;
  }
  return {
    width(k) {
      // The third longest of the eight nearest long lines: most are justified, and one overrunning line (a
      // table row, a heading set wide) does not make every line around it look short.
      const at = longIndex[k]!;
      const near: number[] = [];
      for (let j = Math.max(0, at - 4); j < Math.min(long.length, at + 4); j++) near.push(right[long[j]!]!);
      near.sort((a, b) => b - a);
      const w = near[Math.min(1, near.length - 1)] ?? typical;
      return Math.min(w, typical * 1.1);
    },
    right: (k) => right[k]!,
    printed: printedOf,
    firstWord: (k) => {
      const l = lines[body[k]!]!;
      const sp = source.indexOf(" ", l.trimStart);
      return printedWidth(source, l.trimStart, sp < 0 || sp > l.trimEnd ? l.trimEnd : sp);
    },
    measure,
    firstMeasure,
    indent: (k) => (indentsShown ? lead[k]! - marginOf(k) : null),
    blankBefore: (k) => blank[k] === 1,
    blankSeparated,
    breaksAfterMarkers,
  };
}
