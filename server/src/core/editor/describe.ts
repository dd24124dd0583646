/**
 * What another file in the workspace is, read from its head only: its document symbol (masthead
 * or front matter, not the file name), title and adoption date. The LSP layer reads the files;
 * this stays pure.
 */
import { parse } from "../syntax/parse";
import { findDocSymbols } from "./doc-symbols";

export interface DocumentFacts {
  readonly symbol: string;
  readonly title: string | null;
  readonly date: string | null;
}

/** How much of a file the masthead, title and front matter fit in (omnibus titles included). */
export const HEAD_CHARS = 6000;

export function describeDocument(head: string, format?: "official" | "unres"): DocumentFacts | null {
  const text = head.slice(0, HEAD_CHARS);
  const tree = parse(text, format ? { format } : {});
  let symbol = tree.header.symbol?.value ?? null;
  if (!symbol) {
    const fm = /^---\s*\n([\s\S]*?)\n---/.exec(text);
    const line = fm ? /^symbol:\s*(\S.*?)\s*$/m.exec(fm[1]!) : null;
    symbol = line?.[1] ?? null;
  }
  if (!symbol) {
    // The masthead of an official text opens with its symbol on the first non-empty line.
    const first = text.split(/\r?\n/).find((l) => l.trim()) ?? "";
    symbol = findDocSymbols(first.trim())[0]?.symbol ?? null;
  }
  if (!symbol) return null;
  const title = tree.title ? tree.title.text.text.replace(/\s+/g, " ").trim() || null : null;
  const date = tree.header.adoptionDate?.value ?? tree.header.distributionDate?.value ?? null;
  return { symbol: symbol.replace(/\*$/, ""), title, date };
}
