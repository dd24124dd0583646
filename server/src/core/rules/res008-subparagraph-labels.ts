/** Sub-paragraph labels run in sequence at each level: (a), (b), (c) …; (i), (ii) …; a., b. …; i., ii. … */
import { defineRule } from "../lint/types";
import { itemLists, paragraphsInOrder } from "../lint/text";
import type { Paragraph, Resolution, Subparagraph } from "../syntax/tree";

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
  "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"];

/** The n-th label (0-based) of a level, in the form the first label used: `(a)` or `a.`. */
export function labelAt(level: number, n: number, parenthesised: boolean): string | null {
  const roman = level === 2 || level === 4;
  let core: string | null;
  if (roman) core = ROMAN[n] ?? null;
  // After (z) the Editorial Manual's practice doubles the letter: (aa), (bb) …
  else core = n < 26 ? String.fromCharCode(97 + n) : n < 52 ? String.fromCharCode(97 + n - 26).repeat(2) : null;
  if (core === null) return null;
  return parenthesised ? `(${core})` : `${core}.`;
}

// A label at a line start: `(d) In accordance with …`.
const LINE_LABEL = /^\((?:[a-z]{1,2}|[ivxl]+)\)(?:[ \t]|\r?\n)/;

/** The letter label after `c` (`d`), after `z` `aa`, after `aa` `bb`. */
function successor(core: string): string {
  if (core.length === 2) return String.fromCharCode(core.charCodeAt(0) + 1).repeat(2);
  return core === "z" ? "aa" : String.fromCharCode(core.charCodeAt(0) + 1);
}

function romanSuccessor(core: string): string | null {
  const i = ROMAN.indexOf(core);
  return i >= 0 ? (ROMAN[i + 1] ?? null) : null;
}

function allItems(p: Paragraph): Subparagraph[] {
  const out: Subparagraph[] = [];
  const walk = (s: Subparagraph) => (out.push(s), s.children.forEach(walk));
  p.subparagraphs.forEach(walk);
  return out;
}

/**
 * In a PDF extraction the reader takes a label for an item only where the labels run in sequence, so an item whose
 * label breaks it (`(a)`, `(b)`, `(c)`, `(e)`) stays words of the item before. Such a label opens a line right after
 * an item's end mark (`;` or `:`, in the preamble also `,`): that is the cue. Reported without a fix (which label was
 * meant is not certain).
 */
function strayLabels(tree: Resolution, p: Paragraph, report: (r: { span: { start: number; end: number }; message: string }) => void): void {
  const labels = new Set(allItems(p).map((s) => s.label.span.start));
  const pieces = p.body.pieces;
  for (let k = 1; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const m = LINE_LABEL.exec(tree.source.slice(piece.start, piece.start + 8));
    // Items end with a semicolon, a lead-in with a colon; in the preamble items end with a comma.
    const ends = p.kind === "preamble" ? /[;:,]\s*$/ : /[;:]\s*$/;
    if (!m || labels.has(piece.start) || !ends.test(p.body.text.slice(Math.max(0, piece.at - 4), piece.at))) continue;
    const label = m[0].trim();
    // The label before it, as an item or inline (`…; (c) give …;` then `(d) ensure …` runs on in sequence).
    const before = [...p.body.text.slice(0, piece.at).matchAll(/\(([a-z]{1,2}|[ivxl]+)\)/g)].pop()?.[1];
    if (!before || label === `(${successor(before)})` || label === `(${romanSuccessor(before)})`) continue;
    report({ span: { start: piece.start, end: piece.start + label.length }, message: `Sub-paragraph label ${label} does not follow (${before}) before it (labels run in sequence)` });
  }
}

export default defineRule({
  id: "RES008",
  name: "subparagraph-labels",
  description: "Sub-paragraph labels run in sequence without gaps or repeats",
  tags: ["subparagraphs", "numbering"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const p of paragraphsInOrder(tree)) {
      if (tree.format !== "unres") strayLabels(tree, p, report);
      for (const { items } of itemLists(p)) {
        const parenthesised = items[0]!.label.value.startsWith("(");
        items.forEach((item, n) => {
          const want = labelAt(item.level, n, parenthesised);
          if (!want || item.label.value === want) return;
          report({
            span: item.label.span,
            message: `Sub-paragraph label ${item.label.value} should be ${want} (labels run in sequence)`,
            fix: { title: `Relabel as ${want}`, edits: [{ start: item.label.span.start, end: item.label.span.end, text: want }] },
          });
        });
      }
    }
  },
});
