/**
 * The HTML report: one self-contained, printable file (no scripts, no external resources)
 * with a summary table and, for every changed paragraph, the two versions side by side and
 * an inline redline. Every piece of document text goes through `escapeHtml`.
 */
import type { Change, DocumentDiff, ParagraphDiff } from "./types";
import { STATUSES } from "./compare";
import { docName, labelPair, summaryLine, summaryRows, verdictLine, worthShowing } from "./render-common";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
body{font:15px/1.5 Georgia,"Times New Roman",serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:1.6rem 0 .3rem}
table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.2rem .5rem;vertical-align:top}
.summary td{text-align:right}.summary td:first-child{text-align:left}
.pair{width:100%;table-layout:fixed}.pair th{background:#f3f3f3;text-align:left}
del{background:#fdd;color:#900;text-decoration:line-through}ins{background:#dfd;color:#060;text-decoration:underline}
.verdict{font-style:italic;color:#444}.technical h2{color:#666}.substantive h2{color:#000}
.inline{margin:.4rem 0 0;padding:.4rem .6rem;border-left:3px solid #ccc}
section{break-inside:avoid}
@media print{body{margin:0;max-width:none;font-size:11pt}del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

export function renderHtml(d: DocumentDiff, options: { all?: boolean } = {}): string {
  const title = `${docName(d.old)} → ${docName(d.new)}`;
  const out: string[] = [];
  out.push(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<h1>${escapeHtml(title)}</h1>`);
  out.push(`<table class="summary"><thead><tr><th></th>${STATUSES.map((s) => `<th>${s}</th>`).join("")}</tr></thead><tbody>`);
  for (const r of summaryRows(d)) out.push(`<tr><td>${r.kind}</td>${r.counts.map((n) => `<td>${n}</td>`).join("")}</tr>`);
  out.push(`</tbody></table>`);
  out.push(`<p>${escapeHtml(summaryLine(d))}</p>`);
  for (const p of d.paragraphs) {
    if (!options.all && !worthShowing(p)) continue;
    out.push(section(p));
  }
  out.push(`</body></html>`);
  return out.join("\n") + "\n";
}

function section(p: ParagraphDiff): string {
  const cls = p.technical ? "technical" : "substantive";
  const old = p.old ? side(p.changes, "insert") : "";
  const neu = p.new ? side(p.changes, "delete") : "";
  return [
    `<section class="${cls}">`,
    `<h2>${escapeHtml(labelPair(p))}</h2>`,
    `<p class="verdict">${escapeHtml(verdictLine(p))}</p>`,
    `<table class="pair"><thead><tr><th>${escapeHtml(p.old?.label ?? "—")} (old)</th><th>${escapeHtml(p.new?.label ?? "—")} (new)</th></tr></thead>`,
    `<tbody><tr><td>${old}</td><td>${neu}</td></tr></tbody></table>`,
    `<p class="inline">${inline(p.changes)}</p>`,
    `</section>`,
  ].join("\n");
}

/** One side of the pair: its own edits marked, the other side's left out. */
function side(changes: readonly Change[], skip: Change["op"]): string {
  return changes
    .filter((c) => c.op !== skip)
    .map((c) => (c.op === "equal" ? escapeHtml(c.text) : c.op === "delete" ? `<del>${escapeHtml(c.text)}</del>` : `<ins>${escapeHtml(c.text)}</ins>`))
    .join("");
}

export function inline(changes: readonly Change[]): string {
  return changes
    .map((c) => (c.op === "equal" ? escapeHtml(c.text) : c.op === "delete" ? `<del>${escapeHtml(c.text)}</del>` : `<ins>${escapeHtml(c.text)}</ins>`))
    .join("");
}
