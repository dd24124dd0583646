/**
 * Splitting the source into lines with offsets, in one pass. `\n`, `\r\n` and a lone `\r` end a
 * line (as in LSP and LineIndex); a form feed (pdftotext's page break) before the content of a
 * line, or inside it, marks a new page.
 */
export interface Line {
  /** Line number, 0-based. */
  readonly no: number;
  /** Offset of the first content character (after any form feed and the BOM). */
  readonly start: number;
  /** Offset just past the last character before the line break. */
  readonly end: number;
  /** Offsets of the content without surrounding white space (start == end when blank). */
  readonly trimStart: number;
  readonly trimEnd: number;
  /** The trimmed content. */
  readonly text: string;
  /** A form feed preceded the content: the line starts a new page. */
  readonly pageBreak: boolean;
}

export const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b);

/**
 * Line `l` ending earlier, at `trimEnd` with `text` (a page number or footnote rule glued to its end cut off). Made
 * by the same literal as splitLines' lines: a spread copy would have a shape of its own, which V8 holds only weakly,
 * so a full garbage collection would throw away the optimized code of every pass that saw it.
 */
export function endingAt(l: Line, trimEnd: number, text: string): Line {
  return { no: l.no, start: l.start, end: l.end, trimStart: l.trimStart, trimEnd, text, pageBreak: l.pageBreak };
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const n = source.length;
  let i = 0;
  let no = 0;
  // Next positions of \r and \f, cached: searching again for a character that is absent would
  // rescan the rest of the text on every line.
  let nextCr = -2;
  let nextFf = -2;
  for (;;) {
    let nl = source.indexOf("\n", i);
    if (nl < 0) nl = n;
    if (nextCr !== -1 && nextCr < i) nextCr = source.indexOf("\r", i);
    const end = nextCr >= 0 && nextCr < nl ? nextCr : nl;
    let start = i;
    let pageBreak = false;
    while (start < end) {
      const c = source.charCodeAt(start);
      if (c === 12) pageBreak = true;
      else if (c !== 0xfeff) break;
      start++;
    }
    if (nextFf !== -1 && nextFf < start) nextFf = source.indexOf("\f", start);
    if (nextFf >= start && nextFf < end) pageBreak = true;
    let ts = start;
    let te = end;
    while (ts < te && isSpace(source.charCodeAt(ts))) ts++;
    while (te > ts && isSpace(source.charCodeAt(te - 1))) te--;
    lines.push({ no: no++, start, end, trimStart: ts, trimEnd: te, text: source.slice(ts, te), pageBreak });
    if (end >= n) break;
    i = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (i >= n) {
      lines.push({ no: no++, start: n, end: n, trimStart: n, trimEnd: n, text: "", pageBreak: false });
      break;
    }
  }
  return lines;
}
