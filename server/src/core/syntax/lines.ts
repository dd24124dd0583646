/**
 * Splitting the source into lines with offsets. One pass, no regexes over the whole text,
 * so parsing stays linear. `\n`, `\r\n` and a lone `\r` end a line (as in LSP and LineIndex);
 * a form feed (pdftotext's page break) at the start of a line marks a new page.
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

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b);

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = source.length;
  let no = 0;
  while (i <= n) {
    let start = i;
    let pageBreak = false;
    while (start < n && (source.charCodeAt(start) === 12 || source.charCodeAt(start) === 0xfeff)) {
      if (source.charCodeAt(start) === 12) pageBreak = true;
      start++;
    }
    let end = start;
    while (end < n) {
      const c = source.charCodeAt(end);
      if (c === 10 || c === 13) break;
      if (c === 12) pageBreak = true; // a form feed inside a line still separates pages
      end++;
    }
    let ts = start;
    let te = end;
    while (ts < te && isSpace(source.charCodeAt(ts))) ts++;
    while (te > ts && isSpace(source.charCodeAt(te - 1))) te--;
    lines.push({ no: no++, start, end, trimStart: ts, trimEnd: te, text: source.slice(ts, te), pageBreak });
    if (end >= n) break;
    i = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (i > n) break;
    if (i === n) {
      lines.push({ no: no++, start: n, end: n, trimStart: n, trimEnd: n, text: "", pageBreak: false });
      break;
    }
  }
  return lines;
}

export { isSpace };
