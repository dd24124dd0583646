/**
 * Renumbering once the text is final: operative paragraphs (`5 bis` becomes 6 and everything
 * after moves up) together with the internal references to them ("paragraphs 3 and 5 above"),
 * and footnotes in order of first citation — each as one set of edits applied at once, so a
 * reference never points at the wrong paragraph in between.
 */
import type { OperativeParagraph, ParagraphNumber, Resolution, Span } from "../syntax/tree";
import { opNumberText } from "./labels";
import { internalRefsOf, markersOf } from "./navigation";

export interface Edit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * The number each numbered operative paragraph gets once the text is final: consecutive, except
 * that some Fifth Committee texts restart at 1 in each section, and that scheme is kept.
 */
type Numbered = OperativeParagraph & { readonly number: ParagraphNumber };

function finalNumbers(tree: Resolution): { p: Numbered; n: number }[] {
  const out: { p: Numbered; n: number }[] = [];
  let n = 0;
  let prev: OperativeParagraph | null = null;
  // An `alt` paragraph is another text for paragraph N, not a paragraph of its own: it takes no number and
  // follows N's (the latest paragraph printed N, else the paragraph before it).
  let byValue = new Map<number, number>();
  for (const p of tree.operative) {
    if (!p.number) continue;
    if (isAlt(p.number)) {
      out.push({ p: p as Numbered, n: byValue.get(p.number.value) ?? (n || p.number.value) });
      continue;
    }
    if (prev && p.section !== prev.section && p.number.value === 1 && !p.number.suffix) {
      n = 0;
      byValue = new Map();
    }
    out.push({ p: p as Numbered, n: ++n });
    if (!p.number.suffix) byValue.set(p.number.value, n);
    prev = p;
  }
  return out;
}

const isAlt = (n: ParagraphNumber): boolean => n.suffix === "alt";

/** The new printed number: `3`, or for an alt paragraph its label with only N changed (`Alt 3`, `3 alt 2`). */
function newNumberText(p: Numbered, n: number): string {
  if (!isAlt(p.number)) return String(n);
  return p.number.text.replace(/^\d+/, String(n));
}

/** Old printed number (`5 bis`) → new number, for the numbers that are unambiguous. */
export function operativeNumberMap(tree: Resolution): Map<string, string> {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const { p, n } of finalNumbers(tree)) {
    const old = opNumberText(p).toLowerCase();
    if (map.has(old)) ambiguous.add(old);
    map.set(old, newNumberText(p, n));
  }
  for (const a of ambiguous) map.delete(a);
  return map;
}

export function renumberOperative(tree: Resolution): Edit[] {
  const edits: Edit[] = [];
  for (const { p, n } of finalNumbers(tree)) {
    if (isAlt(p.number)) {
      // Only N changes, in the label as the drafter wrote it (`Alt 2.`, `OP2 alt`).
      const digits = /\d+/.exec(tree.source.slice(p.number.span.start, p.number.span.end));
      if (digits && p.number.value !== n) {
        const start = p.number.span.start + digits.index;
        edits.push({ span: { start, end: start + digits[0].length }, newText: String(n) });
      }
    } else if (opNumberText(p) !== String(n)) edits.push({ span: p.number.span, newText: String(n) });
  }
  const map = operativeNumberMap(tree);
  for (const r of internalRefsOf(tree)) {
    const to = map.get(r.number);
    if (to !== undefined && to !== r.number) edits.push({ span: r.span, newText: to });
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

export function renumberFootnotes(tree: Resolution): Edit[] {
  const numeric = tree.footnotes.filter((f) => /^\d+$/.test(f.number.value));
  // Order by first citation. A footnote whose marker cannot be found (the parser missed it, or
  // it is cited from a table) keeps its place after the footnote printed before it.
  const first = new Map<object, number>();
  for (const m of markersOf(tree)) if (m.footnote && !first.has(m.footnote)) first.set(m.footnote, m.marker.span.start);
  let last = -1;
  const keyed = numeric.map((f, i) => {
    const key = first.get(f) ?? last;
    last = Math.max(last, key);
    return { f, key, i };
  });
  const order = keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((k) => k.f);
  const newNumber = new Map(order.map((f, i) => [f, String(i + 1)]));
  const edits: Edit[] = [];
  for (const f of order) {
    const to = newNumber.get(f)!;
    if (f.number.value !== to) edits.push({ span: f.number.span, newText: to });
  }
  for (const { marker, footnote } of markersOf(tree)) {
    const to = footnote ? newNumber.get(footnote) : undefined;
    if (to === undefined || marker.number === to) continue;
    const printed = tree.source.slice(marker.span.start, marker.span.end);
    edits.push({ span: marker.span, newText: printed.startsWith("[^") ? `[^${to}]` : to });
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** Apply edits to a text (for tests and the CLI); edits must not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
