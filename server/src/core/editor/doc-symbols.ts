/**
 * UN document symbols in running text (`A/80/327`, `A/RES/78/229`, `E/CN.15/2024/L.3`,
 * `A/HRC/RES/53/11`, `S/RES/1612 (2005)`) and the link each one gets. The server never fetches
 * anything: it only hands the editor a URL.
 */
import type { Span } from "../syntax/tree";

export interface DocSymbol {
  readonly symbol: string;
  readonly span: Span;
}

// Organ prefix (A, E, S, …), then slash-separated parts made of capitals, dots, digits and dashes
// (RES, C.3, CN.15, HRC, ES-10, L.22, Rev.1, Add.3, Corr.1), ending in a number part.
const SYMBOL =
  /(?<![\w/.])(?:A|E|S|ST|TD|UNEP|DP|ICCD|FCCC|CEDAW|CRC|CCPR)\/(?:(?:[A-Z]{1,6}(?:\.\d{1,3})?|(?:ES-|S-)?\d{1,4}|[A-Z]\.\d{1,4})\/){0,5}(?:(?:ES-|S-)?\d{1,4}|[A-Z]\.\d{1,4})(?:\/(?:Rev|Add|Corr|Amend)\.\d{1,3})*(?: \(\d{4}\))?(?![\w/])/g;

/** Every document symbol in `text`; a trailing period (end of sentence) is not part of it. */
export function findDocSymbols(text: string): DocSymbol[] {
  const out: DocSymbol[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const symbol = m[0];
    // A bare "A/80" or "S/2024" is not a symbol: require at least two slash-separated parts after the organ.
    if (symbol.split("/").length < 3 && !/ \(\d{4}\)$/.test(symbol)) continue;
    out.push({ symbol, span: { start: m.index!, end: m.index! + symbol.length } });
  }
  return out;
}

export const DEFAULT_LINK_BASE = "https://undocs.org/";

/** `https://undocs.org/A/RES/78/229`; the base is configurable (a mirror, an intranet). */
export function symbolUrl(symbol: string, base: string = DEFAULT_LINK_BASE): string {
  const b = base.trim() || DEFAULT_LINK_BASE;
  // undocs.org writes Security Council years without the space: S/RES/1612(2005).
  const s = symbol.replace(/ \((\d{4})\)$/, "($1)");
  return (b.endsWith("/") ? b : b + "/") + encodeURI(s);
}

/** The symbol of a General Assembly resolution cited as `78/229`, `ES-10/21`, `S-27/2`. */
export function resolutionSymbol(value: string): string {
  return `A/RES/${value.trim()}`;
}
