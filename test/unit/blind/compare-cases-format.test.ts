/**
 * The blind comparison cases (test/fixtures/compare/blind) are read by the comparison's harness; this test
 * only checks that each case is well formed and self-consistent, so a typo in a case is not scored as an
 * engine error: every paragraph of both sides is covered exactly once, statuses and verdicts fit the
 * words (an `unchanged` pair has the same words and number, a `renumbered` pair the same words only).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(__dirname, "../../fixtures/compare/blind");

type Kind = "PP" | "OP" | "FN";
interface Para { kind: Kind; number: string | null; text: string; label: string }

const STATUSES = ["unchanged", "renumbered", "moved", "modified", "added", "removed", "split", "merged"];

function readSide(band: string): Para[] {
  const counts: Record<Kind, number> = { PP: 0, OP: 0, FN: 0 };
  return band.split("\n").filter((l) => l.trim() !== "").map((line) => {
    const m = /^(PP|OP|FN)(?: ([0-9]+(?: [a-z]+)?))?: (.+)$/.exec(line);
    if (!m) throw new Error(`bad paragraph line: ${line}`);
    const kind = m[1] as Kind;
    counts[kind] += 1;
    return { kind, number: m[2] ?? null, text: m[3]!, label: `${kind}${counts[kind]}` };
  });
}

function bands(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of source.split(/^=== (\w+) ===\n/m).slice(1).reduce<string[][]>((acc, x, i) => {
    if (i % 2 === 0) acc.push([x]); else acc[acc.length - 1]!.push(x);
    return acc;
  }, [])) out[part[0]!] = part[1] ?? "";
  return out;
}

function labels(side: string): string[] {
  return side === "-" ? [] : side.split("+");
}

const files = readdirSync(DIR).filter((f) => /^\d{3}-[a-z0-9-]+\.txt$/.test(f)).sort();

describe("blind comparison cases", () => {
  it("there are at least 60", () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  for (const file of files) {
    it(file, () => {
      const b = bands(readFileSync(join(DIR, file), "utf8"));
      expect(Object.keys(b)).toEqual(["old", "new", "expect"]);
      const olds = readSide(b.old!);
      const news = readSide(b.new!);
      const byOld = new Map(olds.map((p) => [p.label, p]));
      const byNew = new Map(news.map((p) => [p.label, p]));
      const seenOld = new Set<string>();
      const seenNew = new Set<string>();
      for (const line of b.expect!.split("\n").filter((l) => l.trim() !== "")) {
        const extra = /^(strength) (OP\d+) (up|down)$|^(qualifier) (OP\d+) ([+-]).+$/.exec(line);
        if (extra) {
          const label = extra[2] ?? extra[5]!;
          expect(byNew.has(label) || byOld.has(label), line).toBe(true);
          continue;
        }
        const m = /^(\S+) → (\S+) {2}(\w+)(?: (technical|substantive))?$/.exec(line);
        expect(m, `bad expect line: ${line}`).not.toBeNull();
        const [, from, to, status, verdict] = m!;
        expect(STATUSES, line).toContain(status);
        const o = labels(from!);
        const n = labels(to!);
        for (const l of o) { expect(byOld.has(l), line).toBe(true); expect(seenOld.has(l), line).toBe(false); seenOld.add(l); }
        for (const l of n) { expect(byNew.has(l), line).toBe(true); expect(seenNew.has(l), line).toBe(false); seenNew.add(l); }
        const kinds = new Set([...o, ...n].map((l) => l.slice(0, 2)));
        expect(kinds.size, line).toBe(1);
        if (status === "added") { expect(o.length).toBe(0); expect(n.length).toBe(1); expect(verdict).toBeUndefined(); continue; }
        if (status === "removed") { expect(o.length).toBe(1); expect(n.length).toBe(0); expect(verdict).toBeUndefined(); continue; }
        if (status === "split") { expect(o.length).toBe(1); expect(n.length).toBeGreaterThan(1); }
        else if (status === "merged") { expect(o.length).toBeGreaterThan(1); expect(n.length).toBe(1); }
        else { expect(o.length, line).toBe(1); expect(n.length, line).toBe(1); }
        const op = byOld.get(o[0]!)!;
        const np = byNew.get(n[0]!)!;
        if (status === "unchanged") {
          expect(verdict, line).toBeUndefined();
          expect(np.text, line).toBe(op.text);
          expect(np.number, line).toBe(op.number);
        } else {
          expect(verdict, line).toBeDefined();
        }
        if (status === "renumbered") {
          expect(verdict, line).toBe("technical");
          expect(np.text, line).toBe(op.text);
          expect(np.number, line).not.toBe(op.number);
        }
        if (status === "modified") expect(np.text, line).not.toBe(op.text);
      }
      expect([...seenOld].sort()).toEqual(olds.map((p) => p.label).sort());
      expect([...seenNew].sort()).toEqual(news.map((p) => p.label).sort());
    });
  }
});
