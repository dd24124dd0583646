/**
 * Footnotes are numbered 1, 2, 3 … in the order their markers first appear. In a `.unres` file
 * the fix renumbers markers and footnotes together (the editor's renumberer) and puts the footnote
 * texts in their new order, so footnote 2 is printed second; it is not offered where the result is
 * not certain, in particular where an `Ibid.` would come to refer to another footnote.
 */
import { defineRule, type Fix } from "../lint/types";
import type { Resolution } from "../syntax/tree";
import { numeralOrdinal } from "../text/ordinals";
import { footnoteRenumbering } from "../editor/renumber";
import { paragraphMarkers } from "./footnote-markers";

export default defineRule({
  id: "RES012",
  name: "footnote-order",
  description: "Footnotes are numbered consecutively in the order of first use",
  tags: ["footnotes", "numbering"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    // Only in the authoring format: in a PDF extraction footnote numbers and spacing come apart from the text,
    // and an official text is correct by definition.
    if (tree.format !== "unres") return;
    const markers = paragraphMarkers(tree).filter((m) => /^\d+$/.test(m.number));
    const order: string[] = [];
    for (const m of markers) if (!order.includes(m.number)) order.push(m.number);
    const wrong = order.findIndex((n, i) => Number(n) !== i + 1);
    if (wrong < 0) return;
    const first = markers.find((m) => m.number === order[wrong])!;
    const rename = new Map(order.map((n, i) => [n, String(i + 1)]));
    const fix = reorderFix(tree, rename);
    report({
      span: first.span,
      message: `Footnote ${first.number} is the ${numeralOrdinal(wrong + 1)} footnote used; footnotes are numbered in the order of first use`,
      ...(fix ? { fix } : {}),
    });
  },
});

/**
 * The editor's renumbering (markers, numbers, and the footnote texts in their new order), or null where it is
 * refused (a footnote without a marker or printed twice, numbered footnotes in an annex, texts not in one run,
 * an `Ibid.`, `Idem` or `Op. cit.` changing its referent) or where it and the order of first use in the
 * paragraphs disagree (it also reads markers outside paragraphs).
 */
function reorderFix(tree: Resolution, rename: ReadonlyMap<string, string>): Fix | null {
  const plan = footnoteRenumbering(tree);
  if (plan.reason !== null || plan.edits.length === 0) return null;
  if (plan.renamed.size !== rename.size || [...rename].some(([from, to]) => plan.renamed.get(from) !== to)) return null;
  return { title: "Renumber the footnotes in order of first use", edits: plan.edits.map((e) => ({ start: e.span.start, end: e.span.end, text: e.newText })) };
}
