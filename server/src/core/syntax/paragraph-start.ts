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
import type { Line } from "./lines";

/** What one document's lines show about its layout, measured once over the body lines. */
export interface PageShape {
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
  return { score, cues };
}

/** `recalling …`: a known opener of this kind written in lower case. */
export function lowerCaseOpenerLine(text: string, isOpener: (capitalised: string) => boolean): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return false;
  return isOpener(text[0]!.toUpperCase() + text.slice(1));
}

/**
 * The document's shape from its body lines (`body`: line indices in order; `page`: each line's page). `isStart` says whether a capitalised
 * line is a sure paragraph start (a known opener after an end mark), to learn from those whether the extractor
 * puts blank lines between paragraphs and keeps first-line indents.
 */
export function pageShape(lines: readonly Line[], page: readonly number[], body: readonly number[], blankBetween: (a: number, b: number) => boolean, isStart: (k: number) => boolean): PageShape {
  const n = body.length;
  const right = new Int32Array(n);
  const lead = new Int32Array(n);
  const long: number[] = [];
  for (let k = 0; k < n; k++) {
    const l = lines[body[k]!]!;
    right[k] = l.trimEnd - l.start;
    lead[k] = l.trimStart - l.start;
    if (l.text.length > 20) long.push(k);
  }
  const sorted = long.map((k) => right[k]!).sort((a, b) => a - b);
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
  const blank = new Uint8Array(n);
  for (let k = 1; k < n; k++) blank[k] = blankBetween(body[k - 1]!, body[k]!) ? 1 : 0;
  // Sure starts: how many have a blank line before, how many an indent.
  let starts = 0;
  let blanks = 0;
  let indents = 0;
  for (let k = 1; k < n && starts < 60; k++) {
    if (!isStart(k)) continue;
    starts++;
    if (blank[k]) blanks++;
    if (lead[k]! - marginOf(k) >= 3) indents++;
  }
  const blankSeparated = starts >= 2 && blanks > starts * 0.6;
  const indentsShown = [...margins.values()].some((m) => m > 0) && starts >= 2 && indents > starts * 0.6;
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
    indent: (k) => (indentsShown ? lead[k]! - marginOf(k) : null),
    blankBefore: (k) => blank[k] === 1,
    blankSeparated,
  };
}
