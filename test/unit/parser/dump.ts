/**
 * A readable dump of the syntax tree for golden files: one line per node, spans as
 * `line:col-line:col` (0-based), text quoted. Everything a consumer reads is in it.
 */
import type { MappedText, Resolution, Span, Subparagraph } from "../../../server/src/core/syntax/tree";
import { LineIndex } from "../../../server/src/core/text/line-index";

export function dumpTree(tree: Resolution): string {
  const lines = new LineIndex(tree.source);
  const at = (s: Span): string => {
    const a = lines.positionAt(s.start);
    const b = lines.positionAt(s.end);
    return `${a.line}:${a.character}-${b.line}:${b.character}`;
  };
  const q = (s: string): string => JSON.stringify(s);
  const text = (m: MappedText): string => q(m.text);
  const out: string[] = [`format ${tree.format}`];
  if (tree.frontMatter) {
    out.push(`front-matter ${at(tree.frontMatter.span)}`);
    for (const e of tree.frontMatter.entries) out.push(`  ${e.key.value} = ${q(e.value.value)} ${at(e.value.span)}`);
  }
  const h = tree.header;
  const fields: [string, { value: string; span: Span } | null][] = [
    ["symbol", h.symbol], ["distribution", h.distribution], ["distribution-date", h.distributionDate], ["session", h.session],
    ["agenda-item", h.agendaItem], ["agenda-title", h.agendaTitle], ["adoption-date", h.adoptionDate], ["committee", h.committee],
    ["sponsors", h.sponsors],
  ];
  for (const [name, f] of fields) if (f) out.push(`header ${name} ${q(f.value)} ${at(f.span)}`);
  if (h.sessionNumber !== null) out.push(`header session-number ${h.sessionNumber}`);
  if (h.reissued) out.push(`header reissued`);
  if (tree.title) out.push(`title ${tree.title.number ? `number=${tree.title.number.value} ` : ""}${text(tree.title.text)} ${at(tree.title.span)}`);
  if (tree.organ) out.push(`organ ${q(tree.organ.name.value)}${tree.organ.comma ? " comma" : ""} ${at(tree.organ.span)}`);
  for (const s of tree.sections) out.push(`section ${s.label.value} level=${s.level} ${s.heading ? q(s.heading.value) : "-"} ${at(s.span)}`);
  const subs = (items: readonly Subparagraph[], indent: string): void => {
    for (const s of items) {
      out.push(`${indent}${s.label.value} level=${s.level} ${at(s.span)} ${text(s.body)}`);
      subs(s.children, indent + "  ");
    }
  };
  for (const p of [...tree.preamble, ...tree.operative]) {
    const name = p.kind === "preamble" ? `PP${p.index}` : `OP${p.index}`;
    const num = p.kind === "operative" && p.number ? ` number=${q(p.number.text)}` : "";
    const op = p.opener ? ` opener=${q(p.opener.text)}${p.opener.known ? "" : " (unlisted)"} head=${p.opener.head}` : " opener=-";
    const sec = p.section ? ` section=${p.section}` : "";
    out.push(`${name} ${at(p.span)}${num}${op}${sec}`);
    out.push(`  ${text(p.body)}`);
    for (const m of p.markers) out.push(`  marker ${m.number} ${at(m.span)}`);
    subs(p.subparagraphs, "  ");
  }
  for (const f of tree.footnotes) {
    out.push(`footnote ${f.number.value} ${at(f.span)}${f.inAnnex ? " annex" : ""} ${text(f.body)} markers=[${f.markers.map((m) => at(m.span)).join(", ")}]`);
  }
  for (const r of tree.references) out.push(`ref ${r.kind} ${q(r.value)} ${q(r.text)} ${at(r.span)}`);
  if (tree.closing) out.push(`closing ${q(tree.closing.meeting?.value ?? "")} ${q(tree.closing.date?.value ?? "")} ${at(tree.closing.span)}`);
  for (const a of tree.annexes) out.push(`annex ${q(a.heading.value)} ${at(a.span)}`);
  for (const a of tree.artefacts) out.push(`artefact ${a.kind} ${at(a.span)}`);
  for (const c of tree.comments) out.push(`comment ${q(c.text)} ${at(c.span)}`);
  for (const d of tree.diagnostics) out.push(`diagnostic ${d.code} ${d.severity} ${at(d.span)} ${d.message}`);
  return out.join("\n") + "\n";
}
