// Hand-made documents for the comparison tests: `pp("…")`, `op("…")`, `fn("…")` in document order.
import type { ComparableDocument, ComparableParagraph, ParagraphKind } from "../../../server/src/core/compare/types";

type Spec = { kind: ParagraphKind; text: string; number?: string };

export const pp = (text: string): Spec => ({ kind: "preamble", text });
export const op = (text: string, number?: string): Spec => ({ kind: "operative", text, ...(number ? { number } : {}) });
export const fn = (text: string, number?: string): Spec => ({ kind: "footnote", text, ...(number ? { number } : {}) });

export function doc(symbol: string, specs: Spec[]): ComparableDocument {
  const count: Record<ParagraphKind, number> = { preamble: 0, operative: 0, footnote: 0, annex: 0 };
  const paragraphs: ComparableParagraph[] = specs.map((s) => {
    const index = ++count[s.kind];
    const number = s.kind === "preamble" ? null : (s.number ?? String(index));
    const label = s.kind === "preamble" ? `PP${index}` : s.kind === "operative" ? `OP${number}` : s.kind === "annex" ? `Annex ¶${index}` : `FN${number}`;
    return { kind: s.kind, index, label, number, text: s.text };
  });
  return { symbol, file: null, paragraphs };
}
