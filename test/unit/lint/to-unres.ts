/**
 * Test helper: an official text's tree written back as a `.unres` draft (organ, paragraphs one per
 * block with sub-paragraphs on their own lines, `[^n]` markers where the official markers were,
 * footnote definitions at the end). The mutation test edits this model and renders it.
 */
import type { FootnoteMarker, MappedText, Paragraph, Resolution, Subparagraph } from "../../../server/src/core/syntax/tree";

export interface DraftModel {
  /** Written to the front matter when set (an A/RES symbol makes the text an adopted one). */
  symbol?: string;
  session: number | null;
  status: string | null;
  organComma: boolean;
  preamble: string[];
  operative: { number: string | null; text: string }[];
  footnotes: { number: string; text: string }[];
}

/** The text offset just after the last piece that ends at or before a source offset. */
function textOffsetBefore(m: MappedText, src: number): number {
  let at = 0;
  for (const p of m.pieces) {
    if (p.end <= src) at = p.at + (p.end - p.start);
    else if (p.start < src) return p.at + (src - p.start);
    else break;
  }
  return at;
}

function allMarkers(p: Paragraph): FootnoteMarker[] {
  const out = [...p.markers];
  const walk = (s: Subparagraph) => {
    out.push(...s.markers);
    s.children.forEach(walk);
  };
  p.subparagraphs.forEach(walk);
  const seen = new Set<number>();
  return out.filter((m) => !seen.has(m.span.start) && seen.add(m.span.start));
}

/**
 * The text offset of a source offset a piece holds; else the offset just before it. A label must be found
 * where it is, not before words the reader lifted into place ahead of it from later in the source (a lead-in
 * tail such as `this end:` printed after a page break): the line break goes at the label, after them.
 */
function textOffsetAt(m: MappedText, src: number): number {
  const p = m.pieces.find((q) => q.start <= src && src < q.end);
  return p ? p.at + (src - p.start) : textOffsetBefore(m, src);
}

function labels(p: Paragraph): Subparagraph[] {
  const out: Subparagraph[] = [];
  const walk = (s: Subparagraph) => {
    out.push(s);
    s.children.forEach(walk);
  };
  p.subparagraphs.forEach(walk);
  return out;
}

/** The paragraph's text with `[^n]` markers put back and a line break before each sub-paragraph. */
export function paragraphText(p: Paragraph): string {
  const inserts: { at: number; text: string }[] = [];
  for (const m of allMarkers(p)) if (/^\d+$/.test(m.number)) inserts.push({ at: textOffsetBefore(p.body, m.span.start), text: `[^${m.number}]` });
  for (const s of labels(p)) inserts.push({ at: textOffsetAt(p.body, s.label.span.start), text: "\n" });
  let text = p.body.text;
  for (const i of inserts.sort((a, b) => b.at - a.at)) text = text.slice(0, i.at).replace(/ +$/, i.text === "\n" ? "" : "$&") + i.text + text.slice(i.at).replace(i.text === "\n" ? /^ +/ : /^$/, "");
  return text.trim();
}

export function toModel(tree: Resolution): DraftModel {
  return {
    session: tree.header.sessionNumber,
    status: null,
    organComma: true,
    preamble: tree.preamble.map(paragraphText),
    operative: tree.operative.map((p) => ({ number: p.number?.text ?? null, text: paragraphText(p) })),
    footnotes: tree.footnotes.filter((f) => /^\d+$/.test(f.number.value) && !f.inAnnex).map((f) => ({ number: f.number.value, text: f.body.text.trim() })),
  };
}

export function render(m: DraftModel): string {
  const front = [m.symbol ? `symbol: ${m.symbol}` : null, m.session !== null ? `session: ${m.session}` : null, m.status ? `status: ${m.status}` : null].filter(Boolean);
  const blocks: string[] = [];
  if (front.length) blocks.push(`---\n${front.join("\n")}\n---`);
  blocks.push(`The General Assembly${m.organComma ? "," : ""}`);
  blocks.push(...m.preamble);
  blocks.push(...m.operative.map((o) => (o.number ? `${o.number}. ${o.text}` : o.text)));
  blocks.push(...m.footnotes.map((f) => `[^${f.number}]: ${f.text}`));
  return blocks.join("\n\n") + "\n";
}
