/**
 * A resolution as the native diff editor shows it: one paragraph per block under its negotiation
 * label, page furniture, line breaks and footnote markers gone. Two texts laid out this way differ
 * only where their paragraphs do, so a page break or a reflowed line shows no change.
 */
import { comparableFromTree } from "../compare/from-tree";
import type { Resolution } from "../syntax/tree";

export function normalizedText(tree: Resolution): string {
  const doc = comparableFromTree(tree);
  const blocks: string[] = [];
  const head = [doc.symbol, tree.title ? [doc.number, tree.title.text.text].filter(Boolean).join(". ") : null].filter(Boolean);
  if (head.length > 0) blocks.push(head.join("\n"));
  const sections = new Map(tree.sections.map((s) => [s.label.value, s]));
  let section: string | null = null;
  const byKind = { preamble: tree.preamble, operative: tree.operative } as const;
  for (const p of doc.paragraphs) {
    if (p.kind === "operative") {
      const label = byKind.operative[p.index - 1]?.section ?? null;
      if (label !== section && label !== null) {
        const s = sections.get(label);
        blocks.push(`${label}. ${s?.heading?.value ?? ""}`.trim());
      }
      section = label;
    }
    blocks.push(`${p.label}  ${p.text}`);
  }
  const closing = [tree.closing?.meeting?.value, tree.closing?.date?.value].filter(Boolean).join(", ");
  if (closing) blocks.push(closing);
  return blocks.join("\n\n") + "\n";
}
