// Blind cases: test/fixtures/compare/blind/*.txt, written by someone who has not read the engine.
// Each case holds `=== old ===`, `=== new ===` and `=== expect ===` bands; every expectation line is
// scored on pairing, status and verdict (technical / substantive), plus `strength` and `qualifier`
// lines. A paragraph the engine reports as changed that the expectation does not list is a failure
// too. The score over all cases must be at least 98 %; the failures are printed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare";
import type { DocumentDiff, ParagraphDiff } from "../../../server/src/core/compare/types";
import { bands, readDocument } from "./bands";

const DIR = join(__dirname, "../../fixtures/compare/blind");

/** One line of our result in the cases' notation. */
interface Outcome {
  pairing: string;
  status: string;
  technical: boolean;
  /** Labels (new side) for strength and qualifier checks. */
  newLabel: string | null;
  paragraphs: ParagraphDiff[];
}

const side = (labels: string[]) => (labels.length ? labels.join("+") : "-");

/** The cases label by position within the kind (`OP3` is the third operative paragraph, whatever its printed number). */
const PREFIX = { preamble: "PP", operative: "OP", footnote: "FN", annex: "AX" } as const;
const at = (p: ParagraphDiff, which: "old" | "new") => {
  const r = p[which];
  return r ? `${PREFIX[p.kind]}${r.index}` : null;
};

/** Our paragraphs as case lines: a split is one line `OP1 → OP1+OP2`, a merge `OP2+OP3 → OP3`. */
export function outcomes(d: DocumentDiff): Outcome[] {
  const out: Outcome[] = [];
  const groups = new Map<string, ParagraphDiff[]>();
  for (const p of d.paragraphs) {
    if (p.status === "split" || p.status === "merged") {
      const key = `${p.kind}:${p.status}:${p.status === "split" ? at(p, "old") : at(p, "new")}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
      continue;
    }
    out.push({ pairing: `${at(p, "old") ?? "-"} → ${at(p, "new") ?? "-"}`, status: p.status, technical: p.technical, newLabel: at(p, "new"), paragraphs: [p] });
  }
  for (const ps of groups.values()) {
    const olds = [...new Set(ps.map((p) => at(p, "old")!))];
    const news = [...new Set(ps.map((p) => at(p, "new")!))];
    out.push({ pairing: `${side(olds)} → ${side(news)}`, status: ps[0]!.status, technical: ps.every((p) => p.technical), newLabel: news[0] ?? null, paragraphs: ps });
  }
  return out;
}

const norm = (pairing: string) => pairing.replace(/\s*(?:→|->)\s*/, " → ").replace(/\s*\+\s*/g, "+").trim();

/** Statuses the cases may name that our JSON names otherwise: same words are unchanged or renumbered by the number alone. */
function sameStatus(expected: string, ours: string): boolean {
  if (expected === ours) return true;
  const same = new Set(["unchanged", "renumbered"]);
  return same.has(expected) && same.has(ours);
}

interface Score {
  checks: number;
  passed: number;
  failures: string[];
}

export function scoreCase(name: string, text: string): Score {
  const b = bands(text);
  const d = compareDocuments(readDocument(b["old"] ?? "", "old"), readDocument(b["new"] ?? "", "new"));
  const ours = outcomes(d);
  const byPairing = new Map(ours.map((o) => [norm(o.pairing), o]));
  const s: Score = { checks: 0, passed: 0, failures: [] };
  const check = (ok: boolean, what: string) => {
    s.checks++;
    if (ok) s.passed++;
    else s.failures.push(`${name}: ${what}`);
  };
  const listed = new Set<string>();
  const got = (o: Outcome | undefined) => (o ? `${o.pairing} ${o.status} ${o.technical ? "technical" : "substantive"}` : "nothing");
  for (const raw of (b["expect"] ?? "").split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const strength = /^strength\s+(\S+)\s+(up|down)$/i.exec(line);
    if (strength) {
      const o = ours.find((x) => x.newLabel === strength[1]);
      const change = o?.paragraphs.map((p) => p.strength?.change).find(Boolean);
      const want = strength[2]!.toLowerCase() === "up" ? "stronger" : "weaker";
      check(change === want, `strength ${strength[1]}: expected ${want}, got ${change ?? "none"}`);
      continue;
    }
    const qualifier = /^qualifier\s+(\S+)\s+([+-−])\s*(.+)$/i.exec(line);
    if (qualifier) {
      const o = ours.find((x) => x.newLabel === qualifier[1]);
      const q = o?.paragraphs.map((p) => p.qualifiers).find(Boolean);
      const list = qualifier[2] === "+" ? q?.added : q?.removed;
      check(list?.includes(qualifier[3]!.trim().toLowerCase()) ?? false, `qualifier ${qualifier[1]} ${qualifier[2]}${qualifier[3]}: got ${JSON.stringify(q ?? null)}`);
      continue;
    }
    const m = /^(.+?(?:→|->)\s*\S+)\s+(\w+)(?:\s+(technical|substantive))?\s*$/.exec(line);
    if (!m) {
      check(false, `unreadable expectation line "${line}"`);
      continue;
    }
    const pairing = norm(m[1]!);
    listed.add(pairing);
    const o = byPairing.get(pairing);
    check(o !== undefined, `pairing ${pairing}: not found (ours for these paragraphs: ${related(ours, pairing).map(got).join("; ") || "none"})`);
    check(o !== undefined && sameStatus(m[2]!, o.status), `status ${pairing}: expected ${m[2]}, got ${o?.status ?? "nothing"}`);
    if (m[3]) check(o !== undefined && o.technical === (m[3] === "technical"), `verdict ${pairing}: expected ${m[3]}, got ${o ? (o.technical ? "technical" : "substantive") : "nothing"}`);
  }
  // What we call changed that the case does not list.
  for (const o of ours) {
    if (o.status === "unchanged" || listed.has(norm(o.pairing))) continue;
    check(false, `unexpected ${got(o)}`);
  }
  return s;
}

/** Our lines that involve any label of an expected pairing (to show what we did instead). */
function related(ours: Outcome[], pairing: string): Outcome[] {
  const labels = pairing.split(/ → |\+/).filter((l) => l !== "-");
  return ours.filter((o) => o.pairing.split(/ → |\+/).some((l) => labels.includes(l)));
}

describe("blind cases", () => {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort() : [];
  it("score pairing, status and verdict at 98 % or better", () => {
    expect(files.length, `no blind cases in ${DIR}`).toBeGreaterThan(0);
    const total: Score = { checks: 0, passed: 0, failures: [] };
    for (const f of files) {
      const s = scoreCase(f, readFileSync(join(DIR, f), "utf8"));
      total.checks += s.checks;
      total.passed += s.passed;
      total.failures.push(...s.failures);
    }
    const score = total.passed / Math.max(1, total.checks);
    console.log(`blind cases: ${files.length} files, ${total.passed}/${total.checks} checks (${(score * 100).toFixed(1)} %)`);
    for (const f of total.failures) console.log("  " + f);
    expect(score).toBeGreaterThanOrEqual(0.98);
  });
});

describe("the blind-case scorer", () => {
  const CASE = `=== old ===
PP: Recalling its resolution 78/12 of 5 December 2023 on the safety of journalists,
OP 1: Encourages States to protect journalists and media workers from violence;
OP 2: Requests the Secretary-General to report at its eightieth session;
=== new ===
PP: Recalling its resolution 80/14 of 4 December 2025 on the safety of journalists,
OP 1: Urges States to protect journalists and media workers from violence, as appropriate;
OP 2: Decides to convene a panel on the safety of journalists in 2027;
OP 3: Requests the Secretary-General to report at its eighty-second session;
=== expect ===
PP1 → PP1  modified technical
OP1 → OP1  modified substantive
- → OP2  added
OP2 → OP3  modified technical
strength OP1 up
qualifier OP1 +as appropriate
`;
  it("passes a case the engine gets right and names what a wrong expectation gets", () => {
    expect(scoreCase("self", CASE)).toEqual({ checks: 13, passed: 13, failures: [] });
    const wrong = scoreCase("self", CASE.replace("OP2 → OP3  modified technical", "OP2 → OP3  moved substantive"));
    expect(wrong.failures).toEqual(["self: status OP2 → OP3: expected moved, got modified", "self: verdict OP2 → OP3: expected substantive, got technical"]);
  });
});
