/** The tree contract's invariants (tree.ts), checked on any parse result. Returns the violations. */
import type { MappedText, Resolution, Span } from "../../../server/src/core/syntax/tree";

export function violations(tree: Resolution): string[] {
  const src = tree.source;
  const bad: string[] = [];
  const span = (what: string, s: Span | null | undefined): void => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= src.length)) {
      bad.push(`${what}: span ${s.start}-${s.end} outside 0-${src.length}`);
    }
  };
  const mapped = (what: string, m: MappedText): void => {
    let lastAt = -1;
    let lastEnd = -1;
    for (const p of m.pieces) {
      span(`${what} piece`, p);
      if (m.text.slice(p.at, p.at + p.end - p.start) !== src.slice(p.start, p.end)) bad.push(`${what}: piece at ${p.at} does not map to ${p.start}-${p.end}`);
      if (p.at < lastAt || p.start < lastEnd) bad.push(`${what}: pieces out of order at ${p.at}`);
      lastAt = p.at + (p.end - p.start);
      lastEnd = p.end;
    }
  };
  const h = tree.header;
  for (const [k, f] of Object.entries(h)) if (f && typeof f === "object" && "span" in f) span(`header.${k}`, (f as { span: Span }).span);
  span("header", h.span);
  if (tree.title) {
    span("title", tree.title.span);
    mapped("title", tree.title.text);
  }
  span("organ", tree.organ?.span);
  // Each list is in source order with indexes 1, 2, 3 …; the two lists interleave only when a `.unres` draft has a
  // preambular paragraph after the operative part (RES001 reports it). No two paragraphs overlap.
  for (const list of [tree.preamble, tree.operative]) {
    list.forEach((p, i) => {
      if (p.index !== i + 1) bad.push(`${p.kind} ${p.index}: index is not its position ${i + 1}`);
      if (i > 0 && p.span.start < list[i - 1]!.span.start) bad.push(`${p.kind} ${p.index}: out of source order`);
    });
  }
  if (tree.format === "official") {
    const firstOp = tree.operative[0];
    if (firstOp && tree.preamble.some((p) => p.span.start > firstOp.span.start)) bad.push("official text: a preambular paragraph after the operative part");
  }
  let prev = -1;
  for (const p of [...tree.preamble, ...tree.operative].sort((a, b) => a.span.start - b.span.start)) {
    const name = `${p.kind} ${p.index}`;
    span(name, p.span);
    if (p.span.start < prev) bad.push(`${name}: overlaps the previous paragraph`);
    prev = p.span.end;
    mapped(name, p.body);
    span(`${name} opener`, p.opener?.span);
    // The opener's span holds the opener's words (white space aside: line breaks, no-break spaces), read through
    // the body's pieces: what the text leaves out (a marker typed inside the word, `R[^1]ecognizing`, or the
    // asterisks of `*Recalling* also`) may lie inside the span, nothing else.
    const o = p.opener?.span;
    const openerSource = o ? p.body.pieces.map((q) => src.slice(Math.max(q.start, o.start), Math.min(q.end, o.end))).join("") : "";
    if (p.opener && (openerSource.replace(/\s+/g, "") !== p.opener.text.replace(/\s+/g, "") || !/^\S/.test(src.slice(o!.start, o!.end)))) {
      bad.push(`${name}: opener span “${src.slice(p.opener.span.start, p.opener.span.end)}” is not “${p.opener.text}”`);
    }
    for (const m of p.markers) span(`${name} marker`, m.span);
    const subs = [...p.subparagraphs];
    while (subs.length) {
      const s = subs.shift()!;
      span(`${name} ${s.label.value}`, s.span);
      mapped(`${name} ${s.label.value}`, s.body);
      subs.push(...s.children);
    }
  }
  for (const f of tree.footnotes) {
    span(`footnote ${f.number.value}`, f.span);
    mapped(`footnote ${f.number.value}`, f.body);
  }
  let last = -1;
  for (const r of tree.references) {
    span(`ref ${r.value}`, r.span);
    if (r.span.start < last) bad.push(`references out of order at ${r.span.start}`);
    last = r.span.start;
  }
  for (const a of tree.artefacts) span(`artefact ${a.kind}`, a.span);
  for (const c of tree.comments) span("comment", c.span);
  for (const d of tree.diagnostics) span(`diagnostic ${d.code}`, d.span);
  span("closing", tree.closing?.span);
  return bad;
}
