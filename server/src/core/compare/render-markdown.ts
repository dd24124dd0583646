/** The Markdown report: a summary table, then one section per changed paragraph with ~~deleted~~ and **inserted** words. */
import type { Change, DocumentDiff } from "./types";
import { STATUSES } from "./compare";
import { docName, elide, labelPair, summaryLine, summaryRows, verdictLine, worthShowing } from "./render-common";

/** Escape everything Markdown or inline HTML would read as markup. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]#|~])/g, "\\$1");
}

/** Wrap in a marker, keeping edge spaces outside it (`** x**` would not render as bold). */
function mark(text: string, marker: string): string {
  const m = /^(\s*)([^]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${escapeMarkdown(m[2])}${marker}${m[3]}` : text;
}

/** A redline in Markdown: ~~deleted~~ and **inserted**, long unchanged stretches shortened when `shorten`. */
export function inlineMarkdown(changes: readonly Change[], shorten: boolean): string {
  return (
    changes
      .map((c) => {
        const t = c.text.replace(/\s+/g, " ");
        if (c.op === "equal") return escapeMarkdown(shorten ? elide(t) : t);
        return mark(t, c.op === "delete" ? "~~" : "**");
      })
      .join("")
      // A paragraph starting "1." or "-" would become a list item.
      .replace(/^(\s*)(\d+\.|[-+])/, "$1\\$2")
  );
}

export function renderMarkdown(d: DocumentDiff, options: { all?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(docName(d.old))} → ${escapeMarkdown(docName(d.new))}`, "");
  out.push(`| | ${STATUSES.join(" | ")} |`, `|---|${STATUSES.map(() => "---:").join("|")}|`);
  for (const r of summaryRows(d)) out.push(`| ${r.kind} | ${r.counts.join(" | ")} |`);
  out.push("", escapeMarkdown(summaryLine(d)));
  for (const p of d.paragraphs) {
    if (!options.all && !worthShowing(p)) continue;
    out.push("", `## ${escapeMarkdown(labelPair(p))}`, "", `*${escapeMarkdown(verdictLine(p))}*`, "");
    out.push(inlineMarkdown(p.changes, p.status !== "unchanged"));
  }
  return out.join("\n") + "\n";
}
