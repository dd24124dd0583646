/**
 * What sits under the cursor, and where it leads: footnote marker ↔ footnote text,
 * "paragraph 12 above" ↔ OP12, "resolution 78/229" → that resolution (resolved by the LSP layer
 * against the workspace), and all the places that point at the same thing.
 */
import type { Footnote, FootnoteMarker, OperativeParagraph, Reference, Resolution, Span } from "../syntax/tree";
import { internalRefs, type InternalRef } from "./internal-refs";
import { opNumberText } from "./labels";
import { findDocSymbols, resolutionSymbol } from "./doc-symbols";
import { citations } from "./citations";

export type Target =
  | { readonly kind: "marker"; readonly marker: FootnoteMarker; readonly footnote: Footnote | null }
  | { readonly kind: "footnote"; readonly footnote: Footnote }
  | { readonly kind: "paragraph-ref"; readonly ref: InternalRef; readonly paragraph: OperativeParagraph | null }
  | { readonly kind: "paragraph-number"; readonly paragraph: OperativeParagraph }
  | { readonly kind: "document"; readonly reference: Reference | null; readonly symbol: string; readonly span: Span };

const inside = (s: Span, o: number) => o >= s.start && o < s.end;
const touches = (s: Span, o: number) => o >= s.start && o <= s.end;

/** Every marker with the footnote it points to (null when dangling). */
const markerCache = new WeakMap<Resolution, { marker: FootnoteMarker; footnote: Footnote | null }[]>();
export function markersOf(tree: Resolution): { marker: FootnoteMarker; footnote: Footnote | null }[] {
  let list = markerCache.get(tree);
  if (!list) {
    list = collectMarkers(tree);
    markerCache.set(tree, list);
  }
  return list;
}

function collectMarkers(tree: Resolution): { marker: FootnoteMarker; footnote: Footnote | null }[] {
  const seen = new Set<number>();
  const out: { marker: FootnoteMarker; footnote: Footnote | null }[] = [];
  for (const f of tree.footnotes) {
    for (const m of f.markers) {
      if (seen.has(m.span.start)) continue;
      seen.add(m.span.start);
      out.push({ marker: m, footnote: f });
    }
  }
  const walk = (ms: readonly FootnoteMarker[]) => {
    for (const m of ms) {
      if (seen.has(m.span.start)) continue;
      seen.add(m.span.start);
      out.push({ marker: m, footnote: tree.footnotes.find((f) => f.number.value === m.number) ?? null });
    }
  };
  for (const p of [...tree.preamble, ...tree.operative]) {
    walk(p.markers);
    const subs = (ss: typeof p.subparagraphs): void => ss.forEach((s) => (walk(s.markers), subs(s.children)));
    subs(p.subparagraphs);
  }
  return out.sort((a, b) => a.marker.span.start - b.marker.span.start);
}

/** Internal references anywhere in the text after the masthead (cached per tree). */
const refCache = new WeakMap<Resolution, InternalRef[]>();
export function internalRefsOf(tree: Resolution): InternalRef[] {
  let refs = refCache.get(tree);
  if (!refs) {
    const from = tree.organ?.span.start ?? tree.title?.span.end ?? 0;
    refs = internalRefs(tree.source.slice(from), from);
    refCache.set(tree, refs);
  }
  return refs;
}

/** The operative paragraph printed with a number (`12`, `5 bis`), or null. */
export function operativeByNumber(tree: Resolution, number: string): OperativeParagraph | null {
  const n = number.replace(/\s+/g, " ").toLowerCase();
  return tree.operative.find((p) => opNumberText(p).toLowerCase() === n) ?? null;
}

/** The document symbol a reference names, or null (decisions, dates, sessions have none). */
export function symbolOfReference(r: Reference, source = ""): string | null {
  if (r.kind === "symbol") return r.value;
  if (r.kind !== "resolution") return null;
  const value = r.value.trim();
  // Security Council resolutions are bare numbers with a year: "resolution 2250 (2015)".
  const year = /^\s*\((\d{4})\)/.exec(source.slice(r.span.end, r.span.end + 10)) ?? /\((\d{4})\)/.exec(r.text);
  if (/^\d{1,4}$/.test(value.replace(/\s*\(\d{4}\)$/, ""))) return year ? `S/RES/${value.replace(/\s*\(\d{4}\)$/, "")} (${year[1]})` : null;
  // Other organs are named right before: "Economic and Social Council resolution 2023/16".
  const before = source.slice(Math.max(0, r.span.start - 60), r.span.start).replace(/\s+/g, " ");
  if (/Economic and Social Council resolutions? $/i.test(before)) return `E/RES/${value}`;
  if (/Human Rights Council resolutions? $/i.test(before)) return `A/HRC/RES/${value}`;
  if (/(?:Council|Commission|Conference|Board|Committee) resolutions? $/i.test(before)) return null;
  if (!/^(?:(?:ES|S)-)?\d+\/\d+(?: [A-Z])?$/.test(value)) return null;
  return resolutionSymbol(value.replace(/ [A-Z]$/, ""));
}

/** What the cursor is on, most specific first. */
export function targetAt(tree: Resolution, offset: number): Target | null {
  for (const m of markersOf(tree)) if (touches(m.marker.span, offset)) return { kind: "marker", ...m };
  for (const f of tree.footnotes) if (touches(f.number.span, offset)) return { kind: "footnote", footnote: f };
  for (const ref of internalRefsOf(tree)) {
    if (touches(ref.span, offset)) return { kind: "paragraph-ref", ref, paragraph: operativeByNumber(tree, ref.number) };
  }
  for (const p of tree.operative) if (p.number && touches(p.number.span, offset)) return { kind: "paragraph-number", paragraph: p };
  for (const r of tree.references) {
    if (!inside(r.span, offset)) continue;
    const symbol = symbolOfReference(r, tree.source);
    if (symbol) return { kind: "document", reference: r, symbol, span: r.span };
  }
  for (const c of citations(tree, symbolOfReference)) {
    if (inside(c.span, offset)) return { kind: "document", reference: null, symbol: c.symbol, span: c.span };
  }
  // Symbols the parser does not list as references (masthead, committee line) still resolve.
  const lineStart = tree.source.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = tree.source.indexOf("\n", offset);
  const line = tree.source.slice(lineStart, lineEnd < 0 ? tree.source.length : lineEnd);
  for (const s of findDocSymbols(line)) {
    const span = { start: lineStart + s.span.start, end: lineStart + s.span.end };
    if (touches(span, offset)) return { kind: "document", reference: null, symbol: s.symbol, span };
  }
  return null;
}

/** Where a target is defined in this document (null when it is outside, e.g. another resolution). */
export function definitionSpan(t: Target): Span | null {
  switch (t.kind) {
    case "marker":
      return t.footnote ? t.footnote.span : null;
    case "footnote":
      return t.footnote.markers[0]?.span ?? null;
    case "paragraph-ref":
      return t.paragraph ? t.paragraph.span : null;
    case "paragraph-number":
      return t.paragraph.span;
    case "document":
      return null;
  }
  return null;
}

/** Every place in this document that points at the same thing as `t`, in document order. */
export function referenceSpans(tree: Resolution, t: Target, includeDeclaration: boolean): Span[] {
  const out: Span[] = [];
  if (t.kind === "marker" || t.kind === "footnote") {
    const f = t.kind === "footnote" ? t.footnote : t.footnote;
    const number = t.kind === "marker" ? t.marker.number : t.footnote.number.value;
    for (const m of markersOf(tree)) {
      if (f ? m.footnote === f : m.marker.number === number) out.push(m.marker.span);
    }
    if (includeDeclaration && f) out.push(f.number.span);
  } else if (t.kind === "paragraph-ref" || t.kind === "paragraph-number") {
    const number = t.kind === "paragraph-ref" ? t.ref.number : opNumberText(t.paragraph).toLowerCase();
    for (const r of internalRefsOf(tree)) if (r.number === number) out.push(r.span);
    const p = t.kind === "paragraph-number" ? t.paragraph : t.paragraph;
    if (includeDeclaration && p?.number) out.push(p.number.span);
  } else {
    for (const c of citations(tree, symbolOfReference)) if (c.symbol === t.symbol) out.push(c.span);
    for (const s of findDocSymbols(tree.source)) if (s.symbol === t.symbol) out.push(s.span);
  }
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.start - b.start)
    .filter((s) => (seen.has(`${s.start}:${s.end}`) ? false : (seen.add(`${s.start}:${s.end}`), true)));
}
