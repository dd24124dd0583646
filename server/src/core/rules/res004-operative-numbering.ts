/**
 * Operative paragraphs are numbered 1, 2, 3 … without gaps or duplicates; `5 bis` is allowed in
 * drafts; a lone operative paragraph is not numbered. Numbering may restart at 1 in a new section
 * (Fifth Committee texts number each section on its own).
 */
import { defineRule, type Fix } from "../lint/types";
import type { OperativeParagraph, Resolution } from "../syntax/tree";
import { numberEnd, operativeRenumbering } from "../editor/renumber";
import { internalRefsOf } from "../editor/navigation";
import { keepsStructure } from "./keeps-structure";

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
        const edits = [{ start: n.span.start, end: numberEnd(tree.source, n.span.end), text: "" }];
        // Unnumbered, `Asks for the report.` is read as preambular: then the number stays, and the drafter decides.
        const fix = keepsStructure(tree, edits) ? { title: "Remove the number", edits } : undefined;
        report({ span: n.span, message: "A lone operative paragraph is not numbered", ...(fix ? { fix } : {}) });
      }
      return;
    }
    // "paragraph 3 above" must follow its paragraph: a fix that moves numbers moves the references
    // with them, or is not offered.
    const refs = internalRefsOf(tree);
    const renumber = renumberFix(tree, refs.length > 0);
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
        // Numbering it pushes the later numbers up: a reference to one of them would then name another paragraph.
        const shifts = refs.some((r) => parseInt(r.number, 10) >= expected);
        report({
          span: { start: at, end: at },
          message: `Operative paragraph ${expected} has no number`,
          ...(shifts ? {} : { fix: { title: `Number it ${expected}.`, edits: [{ start: at, end: at, text: `${expected}. ` }] } }),
        });
        expected++;
        prev = p;
        continue;
      }
      if (n.suffix) {
        if (!facts.draft) {
          report({ span: n.span, message: n.suffix === "alt" ? altLeftMessage(n.value, n.text) : `'${n.text}': 'bis'/'ter' numbers belong in drafts; renumber the adopted text` });
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
          ...(renumber !== undefined
            ? renumber === null ? {} : { fix: renumber }
            : { fix: { title: `Renumber to ${expected}`, edits: [{ start: n.span.start, end: n.span.end, text: String(expected) }] } }),
        });
      }
      expected++;
      prev = p;
    }
  },
});

/**
 * The whole renumbering as one fix (every diagnostic carries the same one; the engine applies it once),
 * built by the editor's renumberer so internal references move with their paragraphs.
 * It numbers as this rule counts: a `bis`/`alt` paragraph keeps its label and takes its paragraph's new number
 * (`3 alt` after `3`, renumbered 2, becomes `2 alt`), never a number of its own.
 * - undefined: the renumberer does not apply (an unnumbered paragraph) and there is neither an internal reference
 *   nor a `bis`/`alt` label, so each number is fixed on its own;
 * - null: no fix: a reference names a number that is printed twice or not at all, so what it meant is unknown,
 *   or one in an annex would change (it may name the annex's own paragraph), or a `bis`/`alt` paragraph does not
 *   follow its paragraph, or the renumberer does not apply and references or `bis`/`alt` labels would go stale.
 */
function renumberFix(tree: Resolution, hasRefs: boolean): Fix | null | undefined {
  if (!tree.operative.every((p) => p.number)) return hasRefs || tree.operative.some((p) => p.number?.suffix) ? null : undefined;
  const plan = operativeRenumbering(tree, { keepSuffixes: true });
  if (plan.reason !== null) return null;
  const edits = plan.edits.map((e) => ({ start: e.span.start, end: e.span.end, text: e.newText }));
  return { title: hasRefs ? "Renumber the operative paragraphs and the references to them" : "Renumber the operative paragraphs", edits };
}

/**
 * An `alt` paragraph is a second version of paragraph N, not an extra paragraph: renumbering would keep both
 * versions, so the advice is to keep one (shared with RES022, which reports the same leftover in a final text).
 */
export function altLeftMessage(value: number, text: string): string {
  return `'${text}' is another version of paragraph ${value}: choose one version (${value} or ${text}) and delete the other`;
}
