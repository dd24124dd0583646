/** Text and Markdown reports of a lineage: per paragraph of the newest text, where it came from and how it changed. */
import type { Lineage, LineageParagraph } from "./lineage";
import { docName } from "./render-common";
import { escapeMarkdown } from "./render-markdown";
import { escapeHtml } from "./render-html";

function history(l: Lineage, p: LineageParagraph): string[] {
  const names = l.documents.map(docName);
  const lines = [`${p.label}: since ${names[p.firstSeen]}${p.firstLabel !== p.label ? ` (as ${p.firstLabel})` : ""}`];
  for (const s of p.changes) {
    // An unchanged step is listed only when spacing, quotes or dashes differ.
    const what = s.status === "added" ? "added" : s.status === "unchanged" ? "unchanged (formatting only)" : `${s.status}${s.technical ? " (technical)" : " (substantive)"}`;
    const opener = s.opener ? `, opener ${s.opener.old} → ${s.opener.new}` : "";
    lines.push(`  ${names[s.from]} → ${names[s.to]}: ${s.oldLabel ?? "—"} → ${s.newLabel} ${what}${opener}`);
  }
  return lines;
}

export function renderLineageText(l: Lineage): string {
  const out = [l.documents.map(docName).join(" → "), ""];
  for (const p of l.paragraphs) out.push(...history(l, p));
  return out.join("\n") + "\n";
}

export function renderLineageMarkdown(l: Lineage): string {
  const names = l.documents.map(docName);
  const out = [`# ${escapeMarkdown(names.join(" → "))}`, "", "| Paragraph | First seen | Changes |", "|---|---|---|"];
  for (const p of l.paragraphs) {
    const changes = p.changes
      .filter((s) => s.status !== "added")
      .map((s) => `${names[s.from]} → ${names[s.to]}: ${s.status}${s.technical ? " (technical)" : ""}`)
      .join("; ");
    out.push(`| ${escapeMarkdown(p.label)} | ${escapeMarkdown(`${names[p.firstSeen]} ${p.firstLabel}`)} | ${escapeMarkdown(changes || "none")} |`);
  }
  return out.join("\n") + "\n";
}

export function renderLineageHtml(l: Lineage): string {
  const names = l.documents.map(docName);
  const rows = l.paragraphs.map((p) => {
    const changes = p.changes
      .filter((s) => s.status !== "added")
      .map((s) => `${escapeHtml(names[s.from]!)} → ${escapeHtml(names[s.to]!)}: ${s.status}${s.technical ? " (technical)" : ""}`)
      .join("<br>");
    return `<tr><td>${escapeHtml(p.label)}</td><td>${escapeHtml(`${names[p.firstSeen]} ${p.firstLabel}`)}</td><td>${changes || "none"}</td></tr>`;
  });
  const title = escapeHtml(names.join(" → "));
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{font:15px/1.5 Georgia,serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;vertical-align:top}</style></head><body><h1>${title}</h1><table><thead><tr><th>Paragraph</th><th>First seen</th><th>Changes</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table></body></html>\n`;
}
