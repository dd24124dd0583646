/**
 * The `resdraft outline --format json` contract (docs/cli.md): the tree reduced to plain
 * JSON with LSP-style ranges. Scripts rely on this shape; change it only with the docs.
 */
import type { Resolution, Span, Subparagraph } from "../syntax/tree";
import { LineIndex, type Range } from "../text/line-index";

export interface OutlineJson {
  symbol: string | null;
  number: string | null;
  title: string | null;
  organ: string | null;
  preamble: { opener: string | null; text: string; range: Range }[];
  operative: {
    number: string | null;
    opener: string | null;
    text: string;
    range: Range;
    section: string | null;
    subparagraphs: { label: string; text: string; range: Range }[];
  }[];
  sections: { label: string; heading: string | null }[];
  footnotes: { number: string; text: string; markers: Range[] }[];
  closing: { meeting: string | null; date: string | null } | null;
  annex: boolean;
}

export function outlineJson(tree: Resolution, lines: LineIndex = new LineIndex(tree.source)): OutlineJson {
  const range = (s: Span): Range => lines.range(s.start, s.end);
  const flatten = (items: readonly Subparagraph[]): { label: string; text: string; range: Range }[] =>
    items.flatMap((s) => [{ label: s.label.value, text: s.body.text, range: range(s.span) }, ...flatten(s.children)]);
  return {
    symbol: tree.header.symbol?.value ?? null,
    number: tree.title?.number?.value ?? null,
    title: tree.title?.text.text ?? null,
    organ: tree.organ?.name.value ?? null,
    preamble: tree.preamble.map((p) => ({ opener: p.opener?.text ?? null, text: p.body.text, range: range(p.span) })),
    operative: tree.operative.map((p) => ({
      number: p.number?.text ?? null,
      opener: p.opener?.text ?? null,
      text: p.body.text,
      range: range(p.span),
      section: p.section,
      subparagraphs: flatten(p.subparagraphs),
    })),
    sections: tree.sections.map((s) => ({ label: s.label.value, heading: s.heading?.value ?? null })),
    footnotes: tree.footnotes.map((f) => ({
      number: f.number.value,
      text: f.body.text,
      markers: f.markers.map((m) => range(m.span)),
    })),
    closing: tree.closing ? { meeting: tree.closing.meeting?.value ?? null, date: tree.closing.date?.value ?? null } : null,
    annex: tree.annexes.length > 0,
  };
}
