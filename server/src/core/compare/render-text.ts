/** The terminal report: summary, then each paragraph that changed with an inline redline. */
import type { Change, DocumentDiff } from "./types";
import { STATUSES } from "./compare";
import { docName, elide, labelPair, summaryLine, summaryRows, verdictLine, worthShowing } from "./render-common";

export interface TextOptions {
  /** ANSI colours (red deletions, green insertions); otherwise `[-deleted-]{+inserted+}`. */
  readonly color?: boolean;
  /** Also list unchanged paragraphs. */
  readonly all?: boolean;
}

const RED = "\x1b[31;9m";
const GREEN = "\x1b[32;4m";
const BOLD = "\x1b[1m";
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";

export function renderText(d: DocumentDiff, options: TextOptions = {}): string {
  const c = options.color ?? false;
  const paint = (code: string, s: string) => (c ? code + s + RESET : s);
  const lines: string[] = [];
  lines.push(paint(BOLD, `${docName(d.old)} → ${docName(d.new)}`));
  const width = Math.max(...STATUSES.map((s) => s.length));
  lines.push(`${"".padEnd(10)} ${STATUSES.map((s) => s.padStart(width)).join(" ")}`);
  for (const r of summaryRows(d)) lines.push(`${r.kind.padEnd(10)} ${r.counts.map((n) => String(n).padStart(width)).join(" ")}`);
  lines.push(summaryLine(d));
  for (const p of d.paragraphs) {
    if (!options.all && !worthShowing(p)) continue;
    lines.push("");
    lines.push(`${paint(BOLD, labelPair(p))}  ${paint(p.technical ? DIM : BOLD, verdictLine(p))}`);
    lines.push("  " + redline(p.changes, c, p.status !== "unchanged"));
  }
  return lines.join("\n") + "\n";
}

/** `[-deleted-]{+inserted+}` (or colours), long unchanged stretches shortened when `shorten`. */
export function redline(changes: readonly Change[], color: boolean, shorten: boolean): string {
  return changes
    .map((ch) => {
      const t = ch.text.replace(/\s+/g, " ");
      if (ch.op === "equal") return shorten ? elide(t) : t;
      if (color) return (ch.op === "delete" ? RED : GREEN) + t + RESET;
      return ch.op === "delete" ? `[-${t}-]` : `{+${t}+}`;
    })
    .join("");
}
