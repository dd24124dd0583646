/**
 * Operative paragraphs are numbered 1, 2, 3 … without gaps or duplicates; `5 bis` is allowed in
 * drafts; a lone operative paragraph is not numbered. Numbering may restart at 1 in a new section
 * (Fifth Committee texts number each section on its own).
 */
import { defineRule } from "../lint/types";
import type { OperativeParagraph } from "../syntax/tree";

export default defineRule({
  id: "RES004",
  name: "operative-numbering",
  description: "Operative paragraphs are numbered consecutively; a lone operative paragraph is unnumbered",
  tags: ["operative", "numbering"],
  severity: "error",
  fixable: true,
  check({ tree, facts, report }) {
    const ops = tree.operative;
    if (ops.length === 1) {
      const n = ops[0]!.number;
      if (n) {
        const end = skipNumberTail(tree.source, n.span.end);
        report({
          span: n.span,
          message: "A lone operative paragraph is not numbered",
          fix: { title: "Remove the number", edits: [{ start: n.span.start, end, text: "" }] },
        });
      }
      return;
    }
    let expected = 1;
    let section: string | null | undefined = undefined;
    let prev: OperativeParagraph | null = null;
    for (const p of ops) {
      const n = p.number;
      if (section !== undefined && p.section !== section && n && n.value === 1 && !n.suffix) expected = 1;
      section = p.section;
      if (!n) {
        // At the paragraph's start, not its first word: `*Takes note* …` keeps its italics mark after the number.
        const at = p.span.start;
        report({
          span: { start: at, end: at },
          message: `Operative paragraph ${expected} has no number`,
          fix: { title: `Number it ${expected}.`, edits: [{ start: at, end: at, text: `${expected}. ` }] },
        });
        expected++;
        prev = p;
        continue;
      }
      if (n.suffix) {
        if (!facts.draft) {
          report({ span: n.span, message: `'${n.text}': 'bis'/'ter' numbers belong in drafts; renumber the adopted text` });
        } else if (prev?.number && n.value !== prev.number.value) {
          report({ span: n.span, message: `'${n.text}' must follow paragraph ${n.value}` });
        }
        prev = p;
        continue;
      }
      if (n.value !== expected) {
        const why = prev?.number && n.value === prev.number.value ? "a duplicate" : n.value > expected ? "a gap" : "out of order";
        report({
          span: n.span,
          message: `Operative paragraph number ${n.value} should be ${expected} (${why})`,
          fix: { title: `Renumber to ${expected}`, edits: [{ start: n.span.start, end: n.span.end, text: String(expected) }] },
        });
      }
      expected++;
      prev = p;
    }
  },
});

/** The number's period and the space after it, removed along with a lone paragraph's number. */
function skipNumberTail(source: string, at: number): number {
  let i = at;
  if (source[i] === ".") i++;
  while (source[i] === " " || source[i] === "\t") i++;
  return i;
}
