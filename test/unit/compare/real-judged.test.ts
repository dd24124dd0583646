// Real year pairs judged by hand (test/fixtures/compare/real-judged/), by a reviewer who had not read the engine.
// Each line names paragraphs by the start of their text (not by position, so a parser that miscounts a preamble
// cannot shift the judgment) and says what a reviewer should be told: the pairing, the status and the verdict.
// The share of lines the engine gets right in all three must stay at or above the floor; failures are printed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare";
import type { ComparableDocument, DocumentDiff, ParagraphDiff, ParagraphKind } from "../../../server/src/core/compare/types";
import { load } from "./corpus-load";

const DIR = join(__dirname, "../../fixtures/compare/real-judged");
/**
 * Issue 15 asks for 97 % on hand-judged real pairs; the engine is at 97.8 % (220/225) today; this floor
 * guards against regressions and is raised as pairing improves (the misses are printed).
 */
const FLOOR = 0.97;

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

interface Quote {
  footnote: boolean;
  text: string;
}

/** `"words"`, `fn "words"`, joined by `+`; `-` is none. */
function quotes(side: string): Quote[] {
  if (side.trim() === "-") return [];
  return [...side.matchAll(/(fn\s+)?"([^"]+)"/g)].map((m) => ({ footnote: Boolean(m[1]), text: norm(m[2]!) }));
}

type Found = { kind: ParagraphKind; index: number } | string;

/** The one paragraph of its document whose text starts with the quote, or why there is none. */
function find(doc: ComparableDocument, q: Quote): Found {
  const hits = doc.paragraphs.filter((p) => (q.footnote ? p.kind === "footnote" : p.kind !== "footnote") && norm(p.text).startsWith(q.text));
  if (hits.length === 1) return { kind: hits[0]!.kind, index: hits[0]!.index };
  return `${hits.length ? "several paragraphs" : "no paragraph"} of ${doc.file} start with "${q.text}"`;
}

const same = (f: Found, kind: ParagraphKind, index: number | undefined) => typeof f !== "string" && f.kind === kind && f.index === index;

/** The engine's lines that involve one of the quoted paragraphs. */
function involving(d: DocumentDiff, olds: Found[], news: Found[]): ParagraphDiff[] {
  // The old paragraph is of `oldKind` when it moved across kinds (docs/cli.md).
  return d.paragraphs.filter((p) => olds.some((f) => same(f, p.oldKind ?? p.kind, p.old?.index)) || news.some((f) => same(f, p.kind, p.new?.index)));
}

const describeDiff = (p: ParagraphDiff) =>
  `${p.old?.label ?? "-"} → ${p.new?.label ?? "-"} ${p.status}${p.status === "added" || p.status === "removed" ? "" : p.technical ? " technical" : " substantive"}`;

/**
 * Same words are unchanged or renumbered by the printed number alone. The reviewer marked differences of
 * spacing, hyphen glyphs and split words "modified technical"; the engine compares the words after that
 * normalisation (docs/cli.md) and calls such a pair unchanged or renumbered, which tells the reader the same
 * thing: nothing of substance. Both figures are printed; the strict one counts these as misses.
 */
const SAME_WORDS = ["unchanged", "renumbered"];
function sameStatus(want: string, verdict: string | undefined, got: ParagraphDiff, strict: boolean): boolean {
  if (want === got.status) return true;
  if (SAME_WORDS.includes(want) && SAME_WORDS.includes(got.status)) return true;
  return !strict && want === "modified" && verdict === "technical" && SAME_WORDS.includes(got.status);
}

export function judge(oldDoc: ComparableDocument, newDoc: ComparableDocument, d: DocumentDiff, line: string, strict = false): string | null {
  const m = /^(.*?)\s*→\s*(.*?)\s+(unchanged|renumbered|moved|modified|added|removed|split|merged)(?:\s+(technical|substantive))?\s*$/.exec(line);
  if (!m) return `unreadable line: ${line}`;
  const [, left, right, status, verdict] = m as unknown as [string, string, string, string, string | undefined];
  const olds = quotes(left).map((q) => find(oldDoc, q));
  const news = quotes(right).map((q) => find(newDoc, q));
  const missing = [...olds, ...news].filter((f): f is string => typeof f === "string");
  if (missing.length) return missing.join("; ");
  const ours = involving(d, olds, news);
  const ok = ours.length > 0 && ours.every((p) => {
    const pairedOld = olds.length ? olds.some((f) => same(f, p.oldKind ?? p.kind, p.old?.index)) : p.old === null;
    const pairedNew = news.length ? news.some((f) => same(f, p.kind, p.new?.index)) : p.new === null;
    return pairedOld && pairedNew && sameStatus(status, verdict, p, strict) && (verdict === undefined || p.technical === (verdict === "technical"));
  }) && (status === "split" ? ours.length === news.length : status === "merged" ? ours.length === olds.length : ours.length === 1);
  return ok ? null : `expected ${line.replace(/\s+/g, " ")}; got ${ours.map(describeDiff).join(" | ") || "nothing"}`;
}

describe("real year pairs judged by hand", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
  it("covers at least 10 pairs and 50 changed paragraphs", () => {
    const lines = files.flatMap((f) => judgedLines(f));
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(lines.filter((l) => !/\s(unchanged)\s*$/.test(l)).length).toBeGreaterThanOrEqual(50);
  });

  it(`gets at least ${(FLOOR * 100).toFixed(1)} % of the judged lines right (pairing, status and verdict)`, () => {
    let total = 0;
    let changed = 0;
    let changedRight = 0;
    let strictMisses = 0;
    const failures: string[] = [];
    for (const f of files) {
      const [oldStem, newStem] = f.replace(/\.txt$/, "").split("__") as [string, string];
      const oldDoc = load(`${oldStem}.txt`);
      const newDoc = load(`${newStem}.txt`);
      const d = compareDocuments(oldDoc, newDoc);
      for (const line of judgedLines(f)) {
        total++;
        const isChanged = !/\sunchanged\s*$/.test(line);
        if (isChanged) changed++;
        const failure = judge(oldDoc, newDoc, d, line);
        if (judge(oldDoc, newDoc, d, line, true)) strictMisses++;
        if (failure) failures.push(`${f}: ${failure}`);
        else if (isChanged) changedRight++;
      }
    }
    const right = total - failures.length;
    console.log(`real-judged: ${right}/${total} lines right (${((100 * right) / total).toFixed(1)} %), changed paragraphs ${changedRight}/${changed}; strict (spacing-only differences must be "modified"): ${total - strictMisses}/${total}`);
    if (failures.length) console.log(failures.join("\n"));
    expect(right / total).toBeGreaterThanOrEqual(FLOOR);
  });
});

function judgedLines(file: string): string[] {
  return readFileSync(join(DIR, file), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
