/**
 * Footnotes are numbered 1, 2, 3 … in the order their markers first appear. In a `.unres` file
 * the fix renumbers markers and footnotes together.
 */
import { defineRule, type TextEdit } from "../lint/types";
import { numeralOrdinal } from "../text/ordinals";
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
    const defs = tree.footnotes.filter((f) => !f.inAnnex && /^\d+$/.test(f.number.value));
    const fixable =
      tree.format === "unres" &&
      defs.length === order.length &&
      defs.every((f) => rename.has(f.number.value)) &&
      new Set(defs.map((f) => f.number.value)).size === defs.length;
    const edits: TextEdit[] = [];
    if (fixable) {
      for (const m of markers) {
        const text = tree.source.slice(m.span.start, m.span.end);
        edits.push({ start: m.span.start, end: m.span.end, text: text.replace(m.number, rename.get(m.number)!) });
      }
      for (const f of defs) edits.push({ start: f.number.span.start, end: f.number.span.end, text: rename.get(f.number.value)! });
    }
    report({
      span: first.span,
      message: `Footnote ${first.number} is the ${numeralOrdinal(wrong + 1)} footnote used; footnotes are numbered in the order of first use`,
      ...(fixable ? { fix: { title: "Renumber the footnotes in order of first use", edits: edits.filter((e) => e.text !== tree.source.slice(e.start, e.end)) } } : {}),
    });
  },
});
