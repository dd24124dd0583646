/** A readable outline for terminals: one line per paragraph, labelled PP1 … / OP1 …. */
import type { Resolution, Subparagraph } from "../syntax/tree";

const WIDTH = 72;

function clip(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1).trimEnd() + "…";
}

export function outlineText(tree: Resolution): string {
  const lines: string[] = [];
  const head = [tree.header.symbol?.value, tree.title?.number?.value].filter(Boolean).join("  ");
  if (head) lines.push(head);
  if (tree.title) lines.push(clip(tree.title.text.text, WIDTH + 8));
  if (tree.organ) lines.push(tree.organ.name.value);
  lines.push("");
  for (const p of tree.preamble) lines.push(`PP${p.index}  ${clip(p.body.text, WIDTH)}`);
  if (tree.preamble.length && tree.operative.length) lines.push("");
  let section: string | null = null;
  const subs = (items: readonly Subparagraph[], indent: string) => {
    for (const s of items) {
      lines.push(`${indent}${s.label.value} ${clip(s.body.text, WIDTH - indent.length)}`);
      subs(s.children, indent + "  ");
    }
  };
  for (const p of tree.operative) {
    if (p.section !== section) {
      section = p.section;
      const s = tree.sections.find((x) => x.label.value === section);
      if (section) lines.push(`${section}  ${s?.heading?.value ?? ""}`.trimEnd());
    }
    const n = p.number ? `${p.number.text}.` : "";
    lines.push(`OP${p.index}  ${n ? n + " " : ""}${clip(p.body.text, WIDTH - n.length)}`);
    subs(p.subparagraphs, "      ");
  }
  if (tree.footnotes.length) {
    lines.push("");
    for (const f of tree.footnotes) lines.push(`fn ${f.number.value}  ${clip(f.body.text, WIDTH)}`);
  }
  if (tree.closing) {
    lines.push("");
    lines.push([tree.closing.meeting?.value, tree.closing.date?.value].filter(Boolean).join(", "));
  }
  if (tree.annexes.length) lines.push(`Annex: ${tree.annexes.map((a) => a.heading.value).join(", ")}`);
  return lines.join("\n") + "\n";
}
