/**
 * Reports of a lineage (last year's adopted text, the L-document, its revisions …): one row per
 * paragraph, its wording in each version, where it entered and each change since with the words.
 * Text lists the history under each paragraph; Markdown and HTML are one table, a column per
 * version, each cell the wording with the changes from the version before marked.
 */
import type { DroppedParagraph, Lineage, LineageParagraph, LineageStep } from "./lineage";
import { docName } from "./render-common";
import { escapeMarkdown, inlineMarkdown } from "./render-markdown";
import { escapeHtml, inline } from "./render-html";
import { redline } from "./render-text";

type Row = (LineageParagraph | DroppedParagraph) & { title: string };

function rows(l: Lineage): Row[] {
  const names = l.documents.map(docName);
  return [
    ...l.paragraphs.map((p) => ({ ...p, title: p.label })),
    ...l.dropped.map((p) => ({ ...p, title: `${p.lastLabel} (dropped in ${names[p.droppedAt]})` })),
  ];
}

function stepVerdict(s: LineageStep): string {
  if (s.status === "added") return "added";
  if (s.status === "unchanged") return "unchanged (formatting only)";
  const verdict = s.technical ? `technical${s.reasons.length ? ` (${s.reasons.join(", ")})` : ""}` : "substantive";
  return `${s.status}, ${verdict}${s.opener ? `, opener ${s.opener.old} → ${s.opener.new}` : ""}`;
}

function history(l: Lineage, p: Row): string[] {
  const names = l.documents.map(docName);
  const lines = [`${p.title}: since ${names[p.firstSeen]}${p.firstLabel !== p.title ? ` (as ${p.firstLabel})` : ""}`];
  for (const s of p.changes) {
    lines.push(`  ${names[s.from]} → ${names[s.to]}: ${s.oldLabel ?? "—"} → ${s.newLabel} ${stepVerdict(s)}`);
    if (s.status !== "added") lines.push(`    ${redline(s.changes, false, true)}`);
  }
  return lines;
}

export function renderLineageText(l: Lineage): string {
  const out = [l.documents.map(docName).join(" → "), ""];
  for (const p of rows(l)) out.push(...history(l, p));
  return out.join("\n") + "\n";
}

/** The step that produced version `k` of a row, if the paragraph changed there. */
const stepInto = (p: Row, k: number) => p.changes.find((s) => s.to === k && s.status !== "added");

export function renderLineageMarkdown(l: Lineage): string {
  const names = l.documents.map(docName);
  const out = [
    `# ${escapeMarkdown(names.join(" → "))}`,
    "",
    `| Paragraph | First seen | ${names.map(escapeMarkdown).join(" | ")} |`,
    `|---|---|${names.map(() => "---").join("|")}|`,
  ];
  for (const p of rows(l)) {
    const cells = p.versions.map((text, k) => {
      if (text === null) return "—";
      const step = stepInto(p, k);
      const label = `${escapeMarkdown(p.labels[k] ?? "")}: `;
      if (!step) return label + (k === p.firstSeen ? escapeMarkdown(text.replace(/\s+/g, " ")) : "unchanged");
      return `${label}*${escapeMarkdown(stepVerdict(step))}* ${inlineMarkdown(step.changes, true)}`;
    });
    out.push(`| ${escapeMarkdown(p.title)} | ${escapeMarkdown(`${names[p.firstSeen]} ${p.firstLabel}`)} | ${cells.join(" | ").replace(/\n/g, " ")} |`);
  }
  return out.join("\n") + "\n";
}

export function renderLineageHtml(l: Lineage): string {
  const names = l.documents.map(docName);
  const body = rows(l).map((p) => {
    const cells = p.versions.map((text, k) => {
      if (text === null) return "<td class=\"absent\">—</td>";
      const step = stepInto(p, k);
      const label = `<b>${escapeHtml(p.labels[k] ?? "")}</b> `;
      if (!step) return `<td>${label}${k === p.firstSeen ? escapeHtml(text) : "<i>unchanged</i>"}</td>`;
      const cls = step.technical ? "technical" : "substantive";
      return `<td class="${cls}">${label}<i>${escapeHtml(stepVerdict(step))}</i><br>${inline(step.changes)}</td>`;
    });
    return `<tr><th>${escapeHtml(p.title)}</th><td>${escapeHtml(`${names[p.firstSeen]} ${p.firstLabel}`)}</td>${cells.join("")}</tr>`;
  });
  const title = escapeHtml(names.join(" → "));
  const style =
    "body{font:15px/1.5 Georgia,serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;vertical-align:top;text-align:left}" +
    "del{color:#a00}ins{color:#060}td.technical{background:#f6f6f6}td.absent{color:#999}";
  const head = `<tr><th>Paragraph</th><th>First seen</th>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join("")}</tr>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${style}</style></head><body><h1>${title}</h1><table><thead>${head}</thead><tbody>\n${body.join("\n")}\n</tbody></table></body></html>\n`;
}
