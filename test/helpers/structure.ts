/** The structure and texts of a parsed resolution, for "the same document in another form" checks. */
import type { Resolution } from "../../server/src/core/syntax/tree";

const n = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, " ").trim());

export function structureOf(t: Resolution) {
  return {
    symbol: t.header.symbol?.value ?? null,
    number: t.title?.number?.value ?? null,
    title: n(t.title?.text.text),
    organ: t.organ?.name.value ?? null,
    preamble: t.preamble.map((p) => ({ opener: p.opener?.text ?? null, text: n(p.body.text) })),
    operative: t.operative.map((p) => ({ number: p.number?.text ?? null, opener: p.opener?.text ?? null, text: n(p.body.text), subparagraphs: p.subparagraphs.length })),
    sections: t.sections.map((s) => s.label.value),
    // Numbered footnotes in order, then those with a mark of their own in the marks' order (`*`, `**`):
    // Word orders footnotes by where they are referenced, and an asterisk note's reference sits in the
    // masthead (a reissue's on the symbol), so the order of their definitions is not the document's.
    footnotes: [
      ...t.footnotes.filter((f) => /^\d+$/.test(f.number.value)),
      ...t.footnotes.filter((f) => !/^\d+$/.test(f.number.value)).sort((a, b) => a.number.value.length - b.number.value.length || (a.number.value < b.number.value ? -1 : a.number.value > b.number.value ? 1 : 0)),
    ].map((f) => n(f.body.text)),
    closing: [t.closing?.meeting?.value ?? null, t.closing?.date?.value ?? null],
  };
}
