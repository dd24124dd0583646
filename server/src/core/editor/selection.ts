/**
 * Smart selection (expand selection): word → opener / reference / marker → sub-paragraph →
 * paragraph → section → part → whole text. Each step strictly contains the previous one.
 */
import type { Resolution, Span } from "../syntax/tree";
import { labelAt } from "./labels";

function within(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

function wordAt(source: string, offset: number): Span | null {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}’'\-]/u.test(c);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(source[start - 1])) start--;
  while (end < source.length && isWord(source[end])) end++;
  return end > start ? { start, end } : null;
}

/** The chain of spans around `offset`, innermost first. */
export function selectionChain(tree: Resolution, offset: number): Span[] {
  const candidates: Span[] = [];
  const word = wordAt(tree.source, offset);
  if (word) candidates.push(word);
  for (const r of tree.references) if (within(r.span, offset)) candidates.push(r.span);
  const hit = labelAt(tree, offset);
  if (hit) {
    const p = hit.paragraph;
    if (p.opener && within(p.opener.span, offset)) candidates.push(p.opener.span);
    for (const m of p.markers) if (within(m.span, offset)) candidates.push(m.span);
    for (const s of [...hit.path].reverse()) candidates.push(s.span);
    candidates.push(p.span);
  }
  for (const f of tree.footnotes) if (within(f.span, offset)) candidates.push(f.span);
  for (const s of tree.sections) if (within(s.span, offset)) candidates.push(s.span);
  const part = (ps: readonly { span: Span }[]): Span | null =>
    ps.length > 0 ? { start: ps[0]!.span.start, end: ps[ps.length - 1]!.span.end } : null;
  for (const s of [part(tree.preamble), part(tree.operative)]) if (s && within(s, offset)) candidates.push(s);
  for (const a of tree.annexes) if (within(a.span, offset)) candidates.push(a.span);
  candidates.push({ start: 0, end: tree.source.length });
  // Sort by size and keep only spans that strictly grow and contain the previous one.
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  const chain: Span[] = [];
  for (const c of candidates) {
    const prev = chain[chain.length - 1];
    if (!prev) chain.push(c);
    else if (c.start <= prev.start && c.end >= prev.end && (c.start < prev.start || c.end > prev.end)) chain.push(c);
  }
  return chain;
}
