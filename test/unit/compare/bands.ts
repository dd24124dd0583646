// Two documents in labelled bands (`=== old ===`, `=== new ===`, then an expectation band), as the golden and blind cases hold them.
import type { ComparableDocument, ComparableParagraph, ParagraphKind } from "../../../server/src/core/compare/types";

const BAND = /^=== (old|new|aligned|expect) ===$/m;

export function bands(text: string): Record<string, string> {
  const parts = text.split(BAND);
  const out: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) out[parts[i]!] = parts[i + 1]!.replace(/^\n/, "");
  return out;
}

/** `PP: text`, `OP 5: text`, `OP 5 bis: text`, `FN 2: text`, `AX: text` (an annex paragraph); an optional `symbol: A/RES/78/229` line names the document. */
export function readDocument(band: string, name: string): ComparableDocument {
  const count: Record<ParagraphKind, number> = { preamble: 0, operative: 0, footnote: 0, annex: 0 };
  const paragraphs: ComparableParagraph[] = [];
  let symbol = name;
  for (const raw of band.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const s = /^symbol: (\S+)\s*$/.exec(line);
    if (s) symbol = s[1]!;
    const m = /^(PP|OP|FN|AX)(?: ([^:]+))?: (.*)$/.exec(line);
    if (!m) continue;
    const kind: ParagraphKind = m[1] === "PP" ? "preamble" : m[1] === "OP" ? "operative" : m[1] === "AX" ? "annex" : "footnote";
    const index = ++count[kind];
    const number = kind === "preamble" || kind === "annex" ? null : (m[2]?.trim() ?? String(index));
    const label = kind === "preamble" ? `PP${index}` : kind === "annex" ? `Annex ¶${index}` : `${m[1]}${number}`;
    paragraphs.push({ kind, index, label, number, text: m[3]! });
  }
  return { symbol, file: null, paragraphs };
}
