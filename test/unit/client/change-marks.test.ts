// The editor's marks relative to the predecessor, on 78/229 → 80/229 as the server answers it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparableFromTree, compareDocuments } from "../../../server/src/core/compare/index";
import { parse } from "../../../server/src/core/syntax/parse";
import { LineIndex } from "../../../server/src/core/text/line-index";
import type { CompareView } from "../../../server/src/protocol";
import { entryAt, escapeMarkdown, lensTitle, marks, previousWording } from "../../../client/src/change-marks-text";

const samples = join(__dirname, "../../../samples");
function view(): CompareView {
  const load = (name: string) => {
    const text = readFileSync(join(samples, name), "utf8");
    return { tree: parse(text), lines: new LineIndex(text) };
  };
  const a = load("A-RES-78-229.txt");
  const b = load("A-RES-80-229.txt");
  const diff = compareDocuments(comparableFromTree(a.tree), comparableFromTree(b.tree));
  const at = (side: typeof a, kind: string, ref: { index: number } | null) => {
    const list = kind === "preamble" ? side.tree.preamble : kind === "operative" ? side.tree.operative : side.tree.footnotes;
    const span = ref ? list[ref.index - 1]?.span : undefined;
    return span ? side.lines.range(span.start, span.end) : null;
  };
  return { diff, locations: diff.paragraphs.map((p) => ({ old: at(a, p.kind, p.old), new: at(b, p.kind, p.new) })) };
}

describe("change marks in the editor", () => {
  const v = view();

  it("marks every changed paragraph of the newer text once, on its first line, and nothing unchanged", () => {
    const m = marks(v).filter((x) => !x.title.endsWith("removed before this"));
    const changed = v.diff.paragraphs.filter((p, i) => p.status !== "removed" && v.locations[i]!.new && lensTitle(p) !== null);
    expect(m).toHaveLength(changed.length);
    for (const x of m) expect(x.line).toBe(v.locations[x.entry]!.new!.start.line);
    const unchanged = v.diff.paragraphs.filter((p) => p.status === "unchanged" && p.changes.every((c) => c.op === "equal"));
    expect(unchanged.every((p) => lensTitle(p) === null)).toBe(true);
  });

  it("says how: new, modified with a word count, moved or renumbered from, technical only with why", () => {
    const titles = marks(v).map((x) => x.title);
    expect(titles.some((t) => t === "new")).toBe(true);
    expect(titles.some((t) => /^modified: \d+ words?/.test(t))).toBe(true);
    expect(titles.some((t) => /^technical only \(.+\)$/.test(t))).toBe(true);
    expect(titles.some((t) => /^(renumbered|moved) from OP\d+/.test(t))).toBe(true);
  });

  it("finds the entry under the cursor and shows its previous wording, markup escaped", () => {
    const i = v.diff.paragraphs.findIndex((p) => p.status === "modified" && !p.technical);
    const loc = v.locations[i]!.new!;
    expect(entryAt(v, loc.start.line)).toBe(i);
    const hover = previousWording(v.diff.paragraphs[i]!, "A/RES/78/229")!;
    expect(hover).toMatch(/^\*\*Previous wording\*\* \((PP|OP)\d+ in A\/RES\/78\/229\):\n\n> /);
    expect(hover).toMatch(/~~[^~]+~~|\*\*Changes:\*\* .*\*\*[^*]+\*\*/);
    expect(escapeMarkdown("<img src=x onerror=alert(1)> *a* [l](u)")).toBe("\\<img src=x onerror=alert\\(1\\)\\> \\*a\\* \\[l\\]\\(u\\)");
  });
});
