/**
 * How a line ends, read from its last characters. The reader asks this of nearly every line, several times: a
 * regular expression anchored only at the end (`…$`) is tried from every position of the line, where these look
 * at no more than its last six characters. Each function is exactly the regular expression its comment gives.
 */

/** `,` `;` `:` `.` */
const isMark = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 46;
/** `;` `:` `.` */
const isStop = (c: number): boolean => c === 59 || c === 58 || c === 46;
/** `"` `”` `’` `)` */
const isClose = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 41;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `,`: a module-level function, not an arrow made on every call (each was garbage). */
const isComma = (c: number): boolean => c === 44;

/** A character regular expressions read as `\s`. */
export function isRegexSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether text[0, end) ends with an end mark (of `mark`), maybe followed by a closing quote or bracket. */
function markBefore(text: string, end: number, mark: (c: number) => boolean): boolean {
  if (end < 1) return false;
  const c = text.charCodeAt(end - 1);
  if (mark(c)) return true;
  return isClose(c) && end >= 2 && mark(text.charCodeAt(end - 2));
}

/** An end mark, maybe a closing quote, then maybe a footnote marker (a number set off or not, or `*`), at the end. */
function endsWith(text: string, mark: (c: number) => boolean): boolean {
  const n = text.length;
  if (markBefore(text, n, mark)) return true;
  if (n === 0) return false;
  if (text.charCodeAt(n - 1) === 42) return markBefore(text, n - 1, mark);
  for (let k = 1; k <= 3 && k <= n && isDigit(text.charCodeAt(n - k)); k++) {
    if (markBefore(text, n - k, mark)) return true;
    if (n - k >= 1 && isRegexSpace(text.charCodeAt(n - k - 1)) && markBefore(text, n - k - 1, mark)) return true;
  }
  return false;
}

/** `/[,;:.]["”’)]?(?:\s?\d{1,3}|\*)?$/`: a line that may end its paragraph (`…;`, `… 2021, 13`, `1988,4`). */
export const endsParagraph = (text: string): boolean => endsWith(text, isMark);

/** `/[;:.]["”’)]?(?:\s?\d{1,3}|\*)?$/`: the same without the comma (what ends an operative paragraph). */
export const endsOperative = (text: string): boolean => endsWith(text, isStop);

/** `/,["”’)]?$/`: a comma ends the line. */
export const endsWithComma = (text: string): boolean => markBefore(text, text.length, isComma);

/** `/[;:.]["”’)]?$/`: a sentence ends there (no marker after it). */
export const endsSentence = (text: string): boolean => markBefore(text, text.length, isStop);

/** `/[A-Za-z,;.)”’]\s?\d{1,3}$/`: a footnote number after a word or an end mark at the end (`Agreement 1`, `2016,9`). */
export function endsWithMarker(text: string): boolean {
  const n = text.length;
  for (let k = 1; k <= 3 && k <= n && isDigit(text.charCodeAt(n - k)); k++) {
    if (n - k >= 1 && beforeMarker(text.charCodeAt(n - k - 1))) return true;
    if (n - k >= 2 && isRegexSpace(text.charCodeAt(n - k - 1)) && beforeMarker(text.charCodeAt(n - k - 2))) return true;
  }
  return false;
}
const beforeMarker = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 44 || c === 59 || c === 46 || c === 41 || c === 0x201d || c === 0x2019;

/** `/ \d{1,3}$/`: a number of one to three digits set off by a space at the end. */
export function endsWithSpacedNumber(text: string): boolean {
  const n = text.length;
  for (let k = 1; k <= 3 && k <= n && isDigit(text.charCodeAt(n - k)); k++) if (n - k >= 1 && text.charCodeAt(n - k - 1) === 32) return true;
  return false;
}
