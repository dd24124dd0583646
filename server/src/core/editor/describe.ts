/**
 * What another file in the workspace is, read from its head only: its document symbol (masthead
 * or front matter, not the file name), title and adoption date. The LSP layer reads the files;
 * this stays pure. A workspace can hold hundreds of texts, so the usual layouts are read with a
 * few patterns and the parser is only the fallback.
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

const DATE = String.raw`\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`;

function frontMatter(text: string): Map<string, string> | null {
  const fm = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) return null;
  const out = new Map<string, string>();
  for (const m of fm[1]!.matchAll(/^[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/gm)) out.set(m[1]!.toLowerCase(), m[2]!.replace(/^["']|["']$/g, ""));
  return out;
}

/** The official masthead read with patterns: symbol first line, `NN/NNN. Title`, adoption date. */
function masthead(text: string): DocumentFacts | null {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim()) ?? "";
  const symbol = findDocSymbols(first.trim())[0]?.symbol;
  if (!symbol || first.trim().replace(/\*$/, "") !== symbol) return null;
  const adopted = new RegExp(String.raw`Resolution adopted by the General Assembly\s+on (${DATE})`).exec(text);
  const distributed = new RegExp(String.raw`Distr\.:\s*\w+\s+(${DATE})`).exec(text);
  let title: string | null = null;
  // An adopted text: `80/229. Title…`; a draft: the title follows `Italy: draft resolution`.
  const numbered = lines.findIndex((l) => /^\s*(?:ES-|S-)?\d{1,3}\/\d{1,4}(?: [A-Z])?\.\s+\S/.test(l));
  const sponsors = numbered >= 0 ? -1 : lines.findIndex((l) => /:\*?\s+draft (?:resolution|decision)\s*$/i.test(l));
  if (numbered >= 0 || sponsors >= 0) {
    const parts = numbered >= 0 ? [lines[numbered]!.replace(/^\s*\S+\.\s+/, "")] : [];
    let i = (numbered >= 0 ? numbered : sponsors) + 1;
    while (i < lines.length && !lines[i]!.trim() && parts.length === 0) i++;
    for (; i < lines.length && lines[i]!.trim() && !/^\s*The General Assembly/.test(lines[i]!); i++) parts.push(lines[i]!.trim());
    title = parts.join(" ").replace(/\s+/g, " ").trim() || null;
  }
  return { symbol, title, date: adopted?.[1] ?? distributed?.[1] ?? null };
}

export function describeDocument(head: string, format?: "official" | "unres"): DocumentFacts | null {
  const text = head.slice(0, HEAD_CHARS);
  const fm = frontMatter(text);
  const fmSymbol = fm?.get("symbol");
  if (fmSymbol) {
    const date = fm!.get("adopted") ?? fm!.get("date") ?? null;
    const fmTitle = fm!.get("title") ?? null;
    if (fmTitle) return { symbol: fmSymbol.replace(/\*$/, ""), title: fmTitle, date };
  }
  if (!fmSymbol && format !== "unres") {
    const m = masthead(text);
    if (m?.title) return m;
  }
  // Drafts (title after the sponsors line) and .unres files without a title key: ask the parser.
  const tree = parse(text, format ? { format } : {});
  const symbol = fmSymbol ?? tree.header.symbol?.value ?? masthead(text)?.symbol ?? null;
  if (!symbol) return null;
  const title = tree.title ? tree.title.text.text.replace(/\s+/g, " ").trim() || null : null;
  const date = tree.header.adoptionDate?.value ?? tree.header.distributionDate?.value ?? null;
  return { symbol: symbol.replace(/\*$/, ""), title, date };
}
