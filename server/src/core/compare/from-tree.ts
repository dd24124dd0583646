/** The parsed tree reduced to what the comparison needs: labelled paragraph texts and a few header facts. */
import type { Resolution } from "../syntax/tree";
import type { ComparableDocument, ComparableParagraph } from "./types";
import { annexParagraphs } from "./annex";

export function comparableFromTree(tree: Resolution, file: string | null = null): ComparableDocument {
  const paragraphs: ComparableParagraph[] = [];
  for (const p of tree.preamble) {
    paragraphs.push({ kind: "preamble", index: p.index, label: `PP${p.index}`, number: null, text: p.body.text, opener: p.opener?.text ?? null });
  }
  for (const p of tree.operative) {
    const number = p.number?.text ?? null;
    paragraphs.push({ kind: "operative", index: p.index, label: `OP${number ?? p.index}`, number, text: p.body.text, opener: p.opener?.text ?? null });
  }
  tree.footnotes.forEach((f, i) => {
    paragraphs.push({ kind: "footnote", index: i + 1, label: `FN${f.number.value}`, number: f.number.value, text: f.body.text });
  });
  paragraphs.push(...annexParagraphs(tree));
  const predecessor = tree.frontMatter?.entries.find((e) => e.key.value.toLowerCase() === "predecessor")?.value.value ?? null;
  return {
    symbol: tree.header.symbol?.value ?? null,
    file,
    number: tree.title?.number?.value ?? null,
    title: tree.title?.text.text ?? null,
    session: tree.header.sessionNumber,
    predecessor,
    paragraphs,
  };
}
