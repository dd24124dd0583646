/**
 * Footnotes are numbered 1, 2, 3 … in the order their markers first appear. In a `.unres` file
 * the fix renumbers markers and footnotes together (the editor's renumberer) and puts the footnote
 * texts in their new order, so footnote 2 is printed second; it is not offered where the result is
 * not certain, in particular where an `Ibid.` would come to refer to another footnote.
 */
import { defineRule, type Fix, type TextEdit } from "../lint/types";
import type { Footnote, Resolution } from "../syntax/tree";
import { numeralOrdinal } from "../text/ordinals";
import { renumberFootnotes } from "../editor/renumber";
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

const numeric = (f: Footnote) => /^\d+$/.test(f.number.value);

/**
 * Renumber markers and footnotes, and rewrite the run of footnote definitions in the new order.
 * Null when the result is not certain: a footnote without a marker or printed twice, numbered footnotes
 * in an annex, definitions not in one run (other text between them), the editor's renumberer and the
 * order of first use disagreeing, or a back-reference (`Ibid.`, `Idem`, `Op. cit.`) changing its referent.
 */
function reorderFix(tree: Resolution, rename: ReadonlyMap<string, string>): Fix | null {
  const defs = tree.footnotes.filter(numeric);
  if (defs.some((f) => f.inAnnex) || defs.length !== rename.size) return null;
  if (!defs.every((f) => rename.has(f.number.value)) || new Set(defs.map((f) => f.number.value)).size !== defs.length) return null;

  const edits = renumberFootnotes(tree);
  const newNumber = new Map<Footnote, string>();
  for (const f of defs) {
    const e = edits.find((x) => x.span.start === f.number.span.start && x.span.end === f.number.span.end);
    newNumber.set(f, e ? e.newText : f.number.value);
    if (newNumber.get(f) !== rename.get(f.number.value)) return null;
  }
  if (!backReferencesKept(defs, newNumber)) return null;

  // The definitions in source order must form one run with only blank space between them.
  const placed = [...defs].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < placed.length; i++) if (tree.source.slice(placed[i - 1]!.span.end, placed[i]!.span.start).trim() !== "") return null;
  const run = { start: placed[0]!.span.start, end: placed[placed.length - 1]!.span.end };

  const out: TextEdit[] = [];
  for (const e of edits) {
    if (e.span.start >= run.start && e.span.end <= run.end) continue; // definition numbers: rewritten with the run
    if (e.span.start < run.end && run.start < e.span.end) return null;
    out.push({ start: e.span.start, end: e.span.end, text: e.newText });
  }
  const byNew = [...defs].sort((a, b) => Number(newNumber.get(a)) - Number(newNumber.get(b)));
  let text = "";
  byNew.forEach((f, i) => {
    const src = tree.source;
    text += src.slice(f.span.start, f.number.span.start) + newNumber.get(f)! + src.slice(f.number.span.end, f.span.end);
    // The blank space that separated the i-th and (i+1)-th definitions in the source stays where it was.
    if (i + 1 < placed.length) text += src.slice(placed[i]!.span.end, placed[i + 1]!.span.start);
  });
  if (text !== tree.source.slice(run.start, run.end)) out.push({ start: run.start, end: run.end, text });
  return { title: "Renumber the footnotes in order of first use", edits: out.sort((a, b) => a.start - b.start) };
}

const IBID = /^\s*(?:Ibid|Idem)\b/i;
const OP_CIT = /\bop\.\s*cit\b/i;

/**
 * `Ibid.`/`Idem` name the footnote just before; `Op. cit.` a work cited in an earlier footnote. After
 * renumbering, an `Ibid.` must have the same footnote before it, and an `Op. cit.` every footnote it had
 * before it still before it.
 */
function backReferencesKept(defs: readonly Footnote[], newNumber: ReadonlyMap<Footnote, string>): boolean {
  const oldOrder = [...defs].sort((a, b) => Number(a.number.value) - Number(b.number.value));
  const newOrder = [...defs].sort((a, b) => Number(newNumber.get(a)) - Number(newNumber.get(b)));
  for (const f of defs) {
    const was = oldOrder.indexOf(f);
    const now = newOrder.indexOf(f);
    if (IBID.test(f.body.text) && oldOrder[was - 1] !== newOrder[now - 1]) return false;
    if (OP_CIT.test(f.body.text)) {
      const before = new Set(newOrder.slice(0, now));
      if (oldOrder.slice(0, was).some((g) => !before.has(g))) return false;
    }
  }
  return true;
}
