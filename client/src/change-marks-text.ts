/**
 * What the editor shows beside each paragraph relative to the predecessor (CodeLens titles) and
 * in the hover (the previous wording). Plain data in, strings out: no vscode import (unit-tested).
 */
import type { ParagraphDiff } from "../../server/src/core/compare/types";
import type { CompareView } from "../../server/src/protocol";
import { changedWords, hasEdits, sideText } from "../webview/model";

/** "new", "modified: 3 words", "moved from OP12", "technical only (session, date)", or null for no mark. */
export function lensTitle(p: ParagraphDiff): string | null {
  const words = changedWords(p);
  const n = `${words} word${words === 1 ? "" : "s"}`;
  const from = p.old && p.new && p.old.label !== p.new.label ? ` from ${p.old.label}` : "";
  const technical = p.technical && p.reasons.length ? `technical only (${p.reasons.join(", ")})` : "technical only";
  switch (p.status) {
    case "added":
      return "new";
    case "removed":
      return null;
    case "unchanged":
      return hasEdits(p) ? technical : null;
    case "renumbered":
      return hasEdits(p) ? `renumbered${from}, ${p.technical ? technical : `modified: ${n}`}` : `renumbered${from}, unchanged`;
    case "moved":
      return `moved${from}${hasEdits(p) ? `, ${p.technical ? technical : `modified: ${n}`}` : ""}`;
    case "split":
      return `split${from}${p.with?.length ? ` (with ${p.with.join(", ")})` : ""}`;
    case "merged":
      return `merged${p.with?.length ? ` from ${[p.old?.label, ...p.with].filter(Boolean).join(" + ")}` : from}`;
    case "modified":
      return p.technical ? technical : `modified: ${n}${p.opener ? `, opener ${p.opener.old} → ${p.opener.new}` : ""}`;
  }
}

export interface Mark {
  /** Position in `diff.paragraphs`. */
  readonly entry: number;
  readonly line: number;
  readonly title: string;
}

/**
 * One mark per paragraph of the newer text that changed, on its first line; a removed paragraph
 * is named on the line of the paragraph that now follows it.
 */
export function marks(view: CompareView): Mark[] {
  const out: Mark[] = [];
  const removed: string[] = [];
  view.diff.paragraphs.forEach((p, entry) => {
    const at = view.locations[entry]?.new;
    if (p.status === "removed") {
      if (p.old) removed.push(p.old.label);
      return;
    }
    if (!at) return;
    const title = lensTitle(p);
    if (removed.length) out.push({ entry, line: at.start.line, title: `${removed.splice(0).join(", ")} removed before this` });
    if (title) out.push({ entry, line: at.start.line, title });
  });
  return out;
}

/** The entry whose newer paragraph holds `line`, if any. */
export function entryAt(view: CompareView, line: number): number | null {
  const i = view.locations.findIndex((l) => l.new !== null && l.new.start.line <= line && line <= l.new.end.line);
  return i < 0 ? null : i;
}

/** Markdown with every character that could be markup escaped (the text is a resolution's, not ours). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, "\\$&");
}

/** The hover: the previous wording, and the changes as a redline (~~deleted~~ **inserted**). */
export function previousWording(p: ParagraphDiff, olderName: string): string | null {
  if (!p.old || p.status === "added" || (!hasEdits(p) && p.old.label === p.new?.label)) return null;
  const head = `**Previous wording** (${escapeMarkdown(p.old.label)} in ${escapeMarkdown(olderName)})`;
  if (!hasEdits(p)) return `${head}: the same words.`;
  const redline = p.changes
    .map((c) => {
      const t = escapeMarkdown(c.text);
      if (c.op === "equal" || t.trim() === "") return t;
      const lead = /^\s*/.exec(t)![0];
      const trail = /\s*$/.exec(t)![0];
      const core = t.trim();
      return c.op === "delete" ? `${lead}~~${core}~~${trail}` : `${lead}**${core}**${trail}`;
    })
    .join("");
  return `${head}:\n\n> ${escapeMarkdown(sideText(p, "old"))}\n\n**Changes:** ${redline}`;
}
