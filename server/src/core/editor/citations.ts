/**
 * Resolutions cited in the text, including every member of a list: "its resolutions 69/193 and
 * 69/196 of 18 December 2014, 70/178 of 17 December 2015 … and 78/229 of 19 December 2023". The
 * parser's references name the first of such a list; hover and go to definition need each one.
 */
import type { Reference, Resolution, Span } from "../syntax/tree";

export interface Citation {
  readonly symbol: string;
  readonly span: Span;
}

const NUM = String.raw`(?:ES-|S-)?\d{1,3}\/\d{1,4}(?: [A-H](?= |,|;|\)|$))?`;
const DATE = String.raw`\d{1,2}\s+[A-Z][a-z]+\s+\d{4}`;
const ITEM = String.raw`${NUM}(?:\s+(?:and|to)\s+[A-H](?=\W))?(?:\s*,\s*annex)?(?:\s+of\s+${DATE})?`;
const LIST = new RegExp(String.raw`\bresolutions?\s+(${ITEM}(?:\s*(?:,\s*and|,|and)\s+${ITEM})*)`, "g");
const ONE = new RegExp(NUM, "g");

/** The organ a citation phrase names right before "resolution(s)". */
function organPrefix(source: string, at: number): "GA" | "ECOSOC" | "HRC" | "other" {
  const before = source.slice(Math.max(0, at - 60), at).replace(/\s+/g, " ");
  if (/Economic and Social Council $/i.test(before)) return "ECOSOC";
  if (/Human Rights Council $/i.test(before)) return "HRC";
  if (/(?:Council|Commission|Conference|Board|Committee|Assembly of [A-Z]\w+|Organization) $/.test(before) && !/General Assembly $/.test(before)) return "other";
  return "GA";
}

function symbolFor(organ: ReturnType<typeof organPrefix>, value: string): string | null {
  const v = value.replace(/ [A-H]$/, "");
  switch (organ) {
    case "GA":
      return `A/RES/${v}`;
    case "ECOSOC":
      return `E/RES/${v}`;
    case "HRC":
      return `A/HRC/RES/${v}`;
    case "other":
      return null;
  }
}

const cache = new WeakMap<Resolution, Citation[]>();

/** Every cited resolution with a document symbol, in document order. */
export function citations(tree: Resolution, symbolOfReference: (r: Reference, source: string) => string | null): Citation[] {
  const hit = cache.get(tree);
  if (hit) return hit;
  const src = tree.source;
  const out = new Map<number, Citation>();
  for (const r of tree.references) {
    if (r.kind !== "resolution") continue;
    const symbol = symbolOfReference(r, src);
    if (symbol) out.set(r.span.start, { symbol, span: r.span });
  }
  for (const m of src.matchAll(LIST)) {
    const organ = organPrefix(src, m.index!);
    const listStart = m.index! + m[0].length - m[1]!.length;
    for (const n of m[1]!.matchAll(ONE)) {
      const start = listStart + n.index!;
      if (out.has(start)) continue;
      const symbol = symbolFor(organ, n[0]);
      if (symbol) out.set(start, { symbol, span: { start, end: start + n[0].length } });
    }
  }
  const list = [...out.values()].sort((a, b) => a.span.start - b.span.start);
  cache.set(tree, list);
  return list;
}
