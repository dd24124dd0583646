// Footnote pairing against the truth: `pdftotext -layout` keeps each footnote number beside its text
// (test/fixtures/corpus/layout/), while the default mode the parser reads sets them apart.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const CORPUS = join(__dirname, "../../fixtures/corpus");

/** Footnotes of a layout text: after a rule, `N` (alone or before its text) and the text's lines, to the page end. */
function layoutFootnotes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let inBlock = false;
  let cur: string | null = null;
  for (const raw of text.split("\n")) {
    const l = raw.trim();
    if (/^_{6,}$/.test(l)) {
      inBlock = true;
      cur = null;
      continue;
    }
    if (raw.includes("\f")) inBlock = false;
    if (!inBlock) continue;
    if (!l) {
      cur = null;
      continue;
    }
    const m = /^(\d{1,3})(?:\s+(.*))?$/.exec(l);
    if (m && (!m[2] || /^[A-Z“(]/.test(m[2]))) {
      cur = m[1]!;
      out.set(cur, m[2] ?? "");
    } else if (cur && !/^\d+\/\d+|^\d{2}-\d{5}/.test(l)) out.set(cur, `${out.get(cur)} ${l}`.trim());
  }
  return out;
}

describe("footnote pairing matches the layout extraction", () => {
  const files = readdirSync(join(CORPUS, "layout")).filter((f) => f.endsWith(".layout.txt"));
  it("has layout files", () => expect(files.length).toBeGreaterThanOrEqual(5));
  for (const f of files) {
    it(f, () => {
      const truth = layoutFootnotes(readFileSync(join(CORPUS, "layout", f), "utf8"));
      const tree = parse(readFileSync(join(CORPUS, "texts", f.replace(".layout.txt", ".txt")), "utf8"));
      const got = new Map(tree.footnotes.map((fn) => [fn.number.value, fn.body.text.replace(/\s+/g, " ")]));
      expect(truth.size).toBeGreaterThan(5);
      for (const [n, text] of truth) expect(got.get(n), `footnote ${n}`).toBe(text.replace(/\s+/g, " "));
    });
  }
});
