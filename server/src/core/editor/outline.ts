/**
 * The hierarchical outline a drafter navigates by: title → Preamble (PP1…) → Operative part
 * (sections → OP1… → sub-paragraphs) → Footnotes → Annex. Labels (PP3, OP5 bis, OP5(a)) go in
 * `detail`, so the outline reads like the text and the label is still visible.
 */
import type { Paragraph, Resolution, Section, Span, Subparagraph } from "../syntax/tree";
import { paragraphLabel, subLabel } from "./labels";

export type OutlineKind = "document" | "part" | "section" | "preamble" | "operative" | "subparagraph" | "footnotes" | "footnote" | "annex";

export interface OutlineNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** Always covers `selection` and every child's span (editors reject outlines that do not). */
  readonly span: Span;
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

/** One line of at most `n` characters, cut at a word boundary. */
export function clip(text: string, n = 60): string {
  // Normalise only the head: a paragraph body can run to kilobytes.
  const t = text.slice(0, n * 4).replace(/\s+/g, " ").trim();
  if (t.length <= n && text.length <= n * 4) return t;
  const cut = t.slice(0, n - 1);
  const sp = cut.lastIndexOf(" ");
  return (sp > n / 2 ? cut.slice(0, sp) : cut).replace(/[\s,;:]+$/, "") + "…";
}

function node(name: string, detail: string, kind: OutlineKind, span: Span, selection: Span, children: OutlineNode[] = []): OutlineNode {
  let start = Math.min(span.start, selection.start);
  let end = Math.max(span.end, selection.end);
  for (const c of children) {
    start = Math.min(start, c.span.start);
    end = Math.max(end, c.span.end);
  }
  return { name: name.trim() || "(empty)", detail, kind, span: { start, end }, selection, children };
}

function subNodes(parentLabel: string, subs: readonly Subparagraph[]): OutlineNode[] {
  return subs.map((s) => {
    const label = parentLabel + subLabel(s.label.value);
    // The body includes nested items; show only the item's own first words.
    return node(`${s.label.value} ${clip(s.body.text, 50)}`, label, "subparagraph", s.span, s.label.span, subNodes(label, s.children));
  });
}

function paragraphNode(p: Paragraph): OutlineNode {
  const label = paragraphLabel(p);
  const subs = subNodes(label, p.subparagraphs);
  if (p.kind === "preamble") return node(clip(p.body.text), label, "preamble", p.span, p.opener?.span ?? p.span, subs);
  const num = p.number ? `${p.number.text}. ` : "";
  return node(`${num}${clip(p.body.text)}`, label, "operative", p.span, p.number?.span ?? p.opener?.span ?? p.span, subs);
}

function cover(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/** Paragraphs grouped under the sections that contain them, nested by section span. */
function withSections(paragraphs: readonly Paragraph[], sections: readonly Section[]): OutlineNode[] {
  const sorted = [...sections].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Each section takes the paragraphs that start inside it and inside none of its sub-sections.
  interface Open { section: Section; items: { at: number; node: OutlineNode }[] }
  const build = (s: Section, items: { at: number; node: OutlineNode }[]): OutlineNode => {
    const heading = s.heading ? ` ${clip(s.heading.value, 50)}` : "";
    const children = items.sort((a, b) => a.at - b.at).map((i) => i.node);
    return node(`${s.label.value}.${heading}`, `Section ${s.label.value}`, "section", s.span, s.label.span, children);
  };
  const top: { at: number; node: OutlineNode }[] = [];
  const stack: Open[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.section.span.end <= until) {
      const done = stack.pop()!;
      const item = { at: done.section.span.start, node: build(done.section, done.items) };
      (stack.length > 0 ? stack[stack.length - 1]!.items : top).push(item);
    }
  };
  let si = 0;
  for (const p of paragraphs) {
    while (si < sorted.length && sorted[si]!.span.start <= p.span.start) {
      close(sorted[si]!.span.start);
      stack.push({ section: sorted[si]!, items: [] });
      si++;
    }
    close(p.span.start);
    const item = { at: p.span.start, node: paragraphNode(p) };
    (stack.length > 0 ? stack[stack.length - 1]!.items : top).push(item);
  }
  while (si < sorted.length) {
    close(sorted[si]!.span.start);
    stack.push({ section: sorted[si]!, items: [] });
    si++;
  }
  close(Number.MAX_SAFE_INTEGER);
  return top.sort((a, b) => a.at - b.at).map((i) => i.node);
}

export function outline(tree: Resolution): OutlineNode[] {
  const parts: OutlineNode[] = [];
  const pre = tree.preamble.filter((p) => p.section === null || tree.sections.length === 0);
  const preSpan = cover(pre.map((p) => p.span));
  if (preSpan) parts.push(node("Preamble", `${pre.length} PP`, "part", preSpan, preSpan, pre.map(paragraphNode)));
  // Sectioned texts (Fifth Committee omnibus) may carry preambular paragraphs inside sections:
  // they stay in their section, in document order with its operative paragraphs.
  const rest: Paragraph[] = [...tree.preamble.filter((p) => !pre.includes(p)), ...tree.operative].sort((a, b) => a.span.start - b.span.start);
  const opSpan = cover([...rest.map((p) => p.span), ...tree.sections.map((s) => s.span)]);
  if (opSpan) {
    const children = tree.sections.length > 0 ? withSections(rest, tree.sections) : rest.map(paragraphNode);
    parts.push(node("Operative part", `${tree.operative.length} OP`, "part", opSpan, opSpan, children));
  }
  const fns = tree.footnotes.map((f) => node(`${f.number.value} ${clip(f.body.text)}`, `fn ${f.number.value}`, "footnote", f.span, f.number.span));
  const fnSpan = cover(tree.footnotes.map((f) => f.span));
  if (fnSpan) parts.push(node("Footnotes", `${fns.length}`, "footnotes", fnSpan, fnSpan, fns));
  for (const a of tree.annexes) parts.push(node(a.heading.value, "Annex", "annex", a.span, a.heading.span));
  if (!tree.title) return parts;
  const number = tree.title.number?.value;
  const name = `${number ? number + ". " : ""}${clip(tree.title.text.text, 80)}`;
  const start = tree.title.span.start;
  const end = Math.max(tree.source.length, ...parts.map((p) => p.span.end));
  return [node(name, tree.header.symbol?.value ?? "", "document", { start, end }, tree.title.span, parts)];
}
