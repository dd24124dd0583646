/**
 * Annex paragraphs for the comparison. The parser gives an annex its heading and extent only, so
 * the body is cut here: a new paragraph at a blank line, at a numbered or lettered line (`1.`,
 * `(a)`, `Article 3`), or after a line that ends a sentence when the next starts with a capital.
 * Lines of page furniture the parser found (running headers, page numbers) are left out.
 */
import type { Resolution } from "../syntax/tree";
import type { ComparableParagraph } from "./types";

/** A constant: the bundler turns a `\p{…}` literal into `new RegExp` at each call. */
const UPPER_FIRST = /^\p{Lu}/u;
const STARTS_PARAGRAPH = /^(?:\d{1,3}\.\s|\([a-z]{1,4}\)\s|\([ivx]+\)\s|(?:Article|Rule|Section|Chapter|Part)\s+[\dIVXLC]+\b)/;

export function annexParagraphs(tree: Resolution): ComparableParagraph[] {
  const out: ComparableParagraph[] = [];
  const furniture = tree.artefacts.map((a) => a.span);
  tree.annexes.forEach((annex, k) => {
    const body = tree.source.slice(annex.heading.span.end, annex.span.end);
    const start = annex.heading.span.end;
    const paragraphs: string[] = [];
    let current: string[] = [];
    const flush = () => {
      const text = current.join(" ").replace(/\s+/g, " ").trim();
      if (text) paragraphs.push(text);
      current = [];
    };
    let at = 0;
    for (const line of body.split("\n")) {
      const from = start + at;
      at += line.length + 1;
      if (furniture.some((s) => s.start <= from && from < s.end)) continue;
      const t = line.trim();
      if (!t) {
        flush();
        continue;
      }
      const last = current[current.length - 1];
      if (STARTS_PARAGRAPH.test(t) || (last !== undefined && /[.;:]$/.test(last) && UPPER_FIRST.test(t))) flush();
      current.push(t);
    }
    flush();
    const name = annex.heading.value.trim() || `Annex ${k + 1}`;
    paragraphs.forEach((text, i) => {
      // A printed number (`3.`) is the paragraph's number, as for operative paragraphs: renumbering is technical.
      const m = /^(\d{1,3})\.\s+(.*)$/s.exec(text);
      const number = m ? m[1]! : null;
      out.push({ kind: "annex", index: out.length + 1, label: `${name} ¶${number ?? i + 1}`, number, text: m ? m[2]! : text });
    });
  });
  return out;
}
