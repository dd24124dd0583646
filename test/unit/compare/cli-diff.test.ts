// `resdraft diff` as users run it: the built bundle, real files, real pipes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "../../../dist/cli.js");
const TEXTS = join(__dirname, "../../fixtures/corpus/texts");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

const unres = (symbol: string, extra: string, recalling: string, opener: string, session: string) => `---
symbol: ${symbol}
${extra}---

Widgets and <script>alert("x")</script> gadgets

The General Assembly,

Recalling ${recalling},

Noting the report & the "annex",

1. ${opener} all States to build widgets;

2. Decides to include in the provisional agenda of its ${session} session the item.
`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "resdraft-diff-"));
  writeFileSync(join(dir, "old.unres"), unres("A/RES/79/5", "", "its resolution 77/5 of 1 December 2022", "Encourages", "eightieth"));
  writeFileSync(join(dir, "other.unres"), unres("A/RES/79/6", "", "its resolution 77/5 of 1 December 2022", "Encourages", "eightieth"));
  writeFileSync(
    join(dir, "new.unres"),
    unres("A/C.3/81/L.9", "", "its resolutions 77/5 of 1 December 2022 and 79/5 of 3 December 2024", "Urges", "eighty-second"),
  );
  return dir;
}

describe("resdraft diff", () => {
  it("JSON: the documented shape, and changes that rebuild the texts `resdraft outline` gives", () => {
    const a = join(TEXTS, "A-RES-78-11.txt");
    const b = join(TEXTS, "A-RES-80-73.txt");
    const r = run("diff", a, b, "--format", "json");
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual(["old", "new", "paragraphs", "summary"]);
    expect(d.old).toEqual({ symbol: "A/RES/78/11", file: a });
    const outline = (f: string) => JSON.parse(run("outline", f, "--format", "json").stdout);
    const [oa, ob] = [outline(a), outline(b)];
    const texts = (o: { preamble: { text: string }[]; operative: { text: string }[]; footnotes: { text: string }[] }) => ({
      preamble: o.preamble.map((p) => p.text),
      operative: o.operative.map((p) => p.text),
      footnote: o.footnotes.map((p) => p.text),
    });
    const [ta, tb] = [texts(oa), texts(ob)];
    for (const p of d.paragraphs as { kind: "preamble" | "operative" | "footnote"; old: { index: number } | null; new: { index: number } | null; changes: { op: string; text: string }[] }[]) {
      const side = (skip: string) => p.changes.filter((c) => c.op !== skip).map((c) => c.text).join("");
      if (p.old) expect(side("insert")).toBe(ta[p.kind][p.old.index - 1]);
      if (p.new) expect(side("delete")).toBe(tb[p.kind][p.new.index - 1]);
    }
    expect(d.summary.operative.modified).toBeGreaterThan(0);
  });

  it("text: no colour codes when the output is a pipe", () => {
    const r = run("diff", join(TEXTS, "A-RES-78-11.txt"), join(TEXTS, "A-RES-80-73.txt"));
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatch(/OP8 {2}modified, technical \(session\)/);
    expect(r.stdout).toMatch(/\[-seventy-ninth-\]\{\+eighty-first\+\}/);
  });

  it("finds the predecessor in the folder when only NEW is given (the one it recalls)", () => {
    const dir = folder();
    const r = run("diff", join(dir, "new.unres"), "--format", "json");
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.old.symbol).toBe("A/RES/79/5");
    expect(d.predecessor.reason).toBe("recalled");
  });

  it("front matter `predecessor:` wins over what the text recalls", () => {
    const dir = folder();
    writeFileSync(
      join(dir, "new.unres"),
      unres("A/C.3/81/L.9", "predecessor: A/RES/79/6\n", "its resolutions 77/5 of 1 December 2022 and 79/5 of 3 December 2024", "Urges", "eighty-second"),
    );
    const d = JSON.parse(run("diff", join(dir, "new.unres"), "--format", "json").stdout);
    expect(d.old.symbol).toBe("A/RES/79/6");
    expect(d.predecessor.reason).toBe("front-matter");
  });

  it("HTML: self-contained, everything escaped, both redlines", () => {
    const dir = folder();
    const r = run("diff", join(dir, "old.unres"), join(dir, "new.unres"), "--format", "html", "--all");
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(r.stdout).not.toMatch(/<script|<link|src=|href=/i);
    expect(r.stdout).toContain("&amp;");
    expect(r.stdout).toContain("&quot;annex&quot;");
    expect(r.stdout).toMatch(/<del>Encourages<\/del><ins>Urges<\/ins>/);
    expect(r.stdout).toMatch(/<table class="pair">/);
  });

  it("Markdown: a summary table and marked words", () => {
    const dir = folder();
    const r = run("diff", join(dir, "old.unres"), join(dir, "new.unres"), "--format", "md");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\| Operative \| 0 \| 0 \| 0 \| 2 \|/m);
    expect(r.stdout).toContain("~~Encourages~~**Urges**");
  });

  it("--lineage follows each paragraph back through three texts", () => {
    const l = JSON.parse(
      run("diff", "--lineage", ...["A-RES-78-11.txt", "A-80-L.12.txt", "A-RES-80-73.txt"].map((f) => join(TEXTS, f)), "--format", "json").stdout,
    );
    expect(l.documents.map((d: { symbol: string }) => d.symbol)).toEqual(["A/RES/78/11", "A/80/L.12", "A/RES/80/73"]);
    expect(l.paragraphs.find((p: { label: string }) => p.label === "OP8").changes[0]).toMatchObject({ from: 0, to: 1, technical: true });
  });

  it("usage errors exit 2", () => {
    expect(run("diff").status).toBe(2);
    expect(run("diff", "a", "b", "c").status).toBe(2);
    expect(run("diff", "--lineage", "a").status).toBe(2);
    expect(run("diff", "a", "b", "--format", "xml").status).toBe(2);
  });
});
