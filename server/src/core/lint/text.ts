/**
 * Shared queries over the tree for rules: mapping paragraph text back to the source,
 * end marks, paragraphs in order, regex matches as source spans. If two rules need the
 * same fact, it lives here.
 */
import type { MappedText, Paragraph, Resolution, Span, Subparagraph } from "../syntax/tree";

/** The source offset of text offset `at` (a joiner maps to the end of the piece before it). */
export function toSource(m: MappedText, at: number): number {
  const first = m.pieces[0];
  if (!first) return 0;
  const p = pieceAt(m, at);
  if (!p) return first.start;
  return at < p.at + (p.end - p.start) ? p.start + (at - p.at) : p.end;
}

/** The text offset of source offset `src`, or -1 when it lies outside every piece. */
export function toText(m: MappedText, src: number): number {
  const ps = m.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  if (ps.length === 0 || src < ps[0]!.start) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.start <= src) lo = mid;
    else hi = mid - 1;
  }
  const p = ps[lo]!;
  return src <= p.end ? p.at + (src - p.start) : -1;
}

/** The source span of text range [from, to). */
export function spanOf(m: MappedText, from: number, to: number): Span {
  const start = toSource(m, from);
  const end = to > from ? toSource(m, to - 1) + 1 : start;
  return { start, end: Math.max(start, end) };
}

/** Whether text range [from, to) is one run of source (no joiner or removed marker inside), so an edit can replace it. */
export function contiguous(m: MappedText, from: number, to: number): boolean {
  const p = pieceAt(m, from);
  return !!p && from >= p.at && to <= p.at + (p.end - p.start);
}

/** The last piece that starts at or before text offset `at` (binary search: long paragraphs have many pieces). */
function pieceAt(m: MappedText, at: number): MappedText["pieces"][number] | null {
  const ps = m.pieces;
  if (ps.length === 0 || at < ps[0]!.at) return null;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  return ps[lo]!;
}

export interface EndMark {
  /** The last non-space character of the text (`,`, `;`, `.` or a letter). */
  readonly char: string;
  /** Its offset in the text. */
  readonly at: number;
  /** Its offset in the source. */
  readonly src: number;
}

export function endMark(m: MappedText, upTo = m.text.length): EndMark | null {
  let i = upTo - 1;
  while (i >= 0 && m.text.charCodeAt(i) <= 32) i--;
  if (i < 0) return null;
  return { char: m.text[i]!, at: i, src: toSource(m, i) };
}

/**
 * The end mark of a whole paragraph. In a PDF extraction a footnote number after the final
 * punctuation (`2024; 5`, `78/229;49`) may be left in the text when the parser could not tell it
 * from a word; the punctuation before it is the paragraph's end mark.
 */
export function paragraphEnd(m: MappedText, format: "official" | "unres"): EndMark | null {
  const end = endMark(m);
  if (!end || format !== "official" || !/\d/.test(end.char)) return throughBrackets(m, end);
  const trailing = /([,;.:])\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$/.exec(m.text);
  return trailing ? endMark(m, trailing.index + 1) : end;
}

/**
 * Negotiation brackets: every version of a contested paragraph (or item) is written whole in `[ … ]` with its
 * end mark inside (`[Requests …;]`), so a mark just inside closing brackets at the end is the end mark. Without
 * one, a text bracketed whole ends just inside its outermost bracket (a mark goes there, with the version it
 * ends), after any inner closing bracket: `[Decides … [the work]]` takes it as `[the work];]`, not inside the
 * contested words. A text that only ends with contested words (`… to act [without delay]`) ends at the bracket
 * (a mark goes after it).
 */
export function throughBrackets(m: MappedText, end: EndMark | null): EndMark | null {
  if (!end || end.char !== "]") return end;
  let inner: EndMark | null = end;
  while (inner && inner.char === "]") inner = endMark(m, inner.at);
  if (!inner) return end;
  if (/[,;.:]/.test(inner.char)) return inner;
  return bracketedWhole(m.text.slice(0, end.at + 1)) ? (endMark(m, end.at) ?? end) : end;
}

/** Whether the text's first `[` (its first character) is closed by its last character. */
function bracketedWhole(text: string): boolean {
  const t = text.trimStart();
  if (!t.startsWith("[")) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "[") depth++;
    else if (t[i] === "]" && --depth === 0) return i === t.length - 1;
  }
  return false;
}

/** Preambular then operative paragraphs in source order. */
export function paragraphsInOrder(tree: Resolution): Paragraph[] {
  return [...tree.preamble, ...tree.operative].sort((a, b) => a.span.start - b.span.start);
}

/** Every match of `re` (global) in a mapped text, with its source span. */
export function* matches(m: MappedText, re: RegExp): Generator<{ match: RegExpExecArray; span: Span }> {
  re.lastIndex = 0;
  for (let x = re.exec(m.text); x; x = re.exec(m.text)) {
    if (x[0].length === 0) re.lastIndex++;
    yield { match: x, span: spanOf(m, x.index, x.index + x[0].length) };
  }
}

/** The texts a text check should read: paragraphs, their sub-paragraphs are inside, and footnotes. */
export function textBlocks(tree: Resolution): MappedText[] {
  return [...paragraphsInOrder(tree).map((p) => p.body), ...tree.footnotes.map((f) => f.body)];
}

/** The text offset where the first sub-paragraph's label starts (the end of the lead-in), or -1. */
export function leadInEnd(body: MappedText, items: readonly Subparagraph[]): number {
  const first = items[0];
  if (!first) return -1;
  return toText(body, first.label.span.start);
}

/**
 * Every list of sub-paragraphs under a paragraph, with the body that holds the list (depth first).
 * An array, not a generator: nested `yield*` on every paragraph cost a tenth of the lint time.
 */
export function itemLists(p: Paragraph): { parent: MappedText; items: readonly Subparagraph[] }[] {
  const out: { parent: MappedText; items: readonly Subparagraph[] }[] = [];
  const walk = (parent: MappedText, items: readonly Subparagraph[]): void => {
    if (items.length === 0) return;
    out.push({ parent, items });
    for (const s of items) walk(s.body, s.children);
  };
  walk(p.body, p.subparagraphs);
  return out;
}

/** An edit that makes the character at `src` be `mark` (or inserts it after `src` when that is a word). */
export function setMark(end: EndMark, mark: string): { start: number; end: number; text: string } {
  return /[,;.:]/.test(end.char) ? { start: end.src, end: end.src + 1, text: mark } : { start: end.src + 1, end: end.src + 1, text: mark };
}

export function describeMark(c: string): string {
  return { ",": "a comma", ";": "a semicolon", ".": "a full stop", ":": "a colon" }[c] ?? `'${c}'`;
}
