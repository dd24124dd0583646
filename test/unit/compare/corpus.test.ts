// Real series from the corpus: draft → adopted pairs mostly line up unchanged; 78 → 80 pairs
// show the rollover updates (sessions, dates, symbols, the Recalling list) as technical.
import { describe, expect, it } from "vitest";
import { compareDocuments, findPredecessor, lineage, oldSide, newSide } from "../../../server/src/core/compare/index";
import type { DocumentDiff } from "../../../server/src/core/compare/types";
import { load } from "./corpus-load";

const share = (d: DocumentDiff, test: (s: string) => boolean) => d.paragraphs.filter((p) => p.new && test(p.status)).length / d.paragraphs.filter((p) => p.new).length;
const find = (d: DocumentDiff, label: string) => d.paragraphs.find((p) => p.new?.label === label)!;

describe("draft → adopted", () => {
  it.each([
    ["A-80-L.22.txt", "A-RES-80-110.txt", 0.95],
    ["A-80-L.12.txt", "A-RES-80-73.txt", 0.9],
  ])("%s → %s: nearly every paragraph unchanged", (a, b, min) => {
    const d = compareDocuments(load(a), load(b));
    expect(share(d, (s) => s === "unchanged")).toBeGreaterThanOrEqual(min);
  });
  it("A/C.3/80/L.3 → 80/229 was renegotiated, yet nearly every paragraph is paired, not added or removed", () => {
    const d = compareDocuments(load("A-C.3-80-L.3.txt"), load("A-RES-80-229.txt"));
    expect(share(d, (s) => s !== "added")).toBeGreaterThanOrEqual(0.85);
    // The draft's blanks filled in at adoption ("80/___ of __ December 2025") are technical.
    const filled = d.paragraphs.find((p) => p.changes.some((c) => c.op === "delete" && c.text.includes("80/___")))!;
    expect(filled.technical).toBe(true);
  });
});

describe("78 → 80: rollover updates are technical", () => {
  it("the Syrian Golan: the session of the next report and the report symbol", () => {
    const d = compareDocuments(load("A-RES-78-11.txt"), load("A-RES-80-73.txt"));
    expect(find(d, "OP8")).toMatchObject({ status: "modified", technical: true, reasons: ["session"] });
    expect(find(d, "FN1")).toMatchObject({ status: "modified", technical: true, reasons: ["symbol"] });
    expect(d.summary.preamble.unchanged).toBe(d.paragraphs.filter((p) => p.kind === "preamble").length);
  });
  it("78/229 → 80/229: the predecessor appended to the Reaffirming list", () => {
    const d = compareDocuments(load("A-RES-78-229.txt"), load("A-RES-80-229.txt"));
    const pp1 = find(d, "PP1");
    expect(pp1.technical).toBe(true);
    expect(pp1.reasons).toContain("recalling-list");
    expect(pp1.changes.filter((c) => c.op === "insert").map((c) => c.text).join("")).toMatch(/78\/229 of 19 December 2023/);
    const sessions = d.paragraphs.filter((p) => p.changes.some((c) => c.op === "insert" && /eighty-second/.test(c.text)));
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((p) => p.technical)).toBe(true);
  });
  it("oceans 78/69 → 80/110: the provisional-agenda paragraph and the report symbols", () => {
    const d = compareDocuments(load("A-RES-78-69.txt"), load("A-RES-80-110.txt"));
    const agenda = d.paragraphs.find((p) => p.kind === "operative" && /^Decides to include in the provisional agenda/.test(newSide(p.changes)))!;
    expect(agenda).toMatchObject({ technical: true, reasons: ["session"] });
    expect(find(d, "FN2")).toMatchObject({ technical: true, reasons: ["symbol"] });
    expect(find(d, "PP1")).toMatchObject({ technical: true });
    expect(d.summary.technical).toBeGreaterThan(100);
  });
});

describe("on real pairs", () => {
  it.each([
    ["A-RES-78-229.txt", "A-RES-80-229.txt"],
    ["A-RES-78-69.txt", "A-RES-80-110.txt"],
    ["A-RES-78-11.txt", "A-C.1-80-L.3.txt"], // unrelated texts: everything added and removed is fine, but exact
  ])("%s → %s: changes reconstruct every paragraph", (a, b) => {
    const oldDoc = load(a);
    const newDoc = load(b);
    const d = compareDocuments(oldDoc, newDoc);
    for (const p of d.paragraphs) {
      if (p.old) expect(oldSide(p.changes)).toBe(oldDoc.paragraphs.find((x) => x.kind === (p.oldKind ?? p.kind) && x.index === p.old!.index)!.text);
      if (p.new) expect(newSide(p.changes)).toBe(newDoc.paragraphs.find((x) => x.kind === p.kind && x.index === p.new!.index)!.text);
    }
  });
});

describe("predecessor discovery and lineage on the corpus", () => {
  const series = ["A-RES-78-229.txt", "A-C.3-80-L.3.txt", "A-RES-78-69.txt", "A-80-L.22.txt", "A-RES-78-11.txt", "A-80-L.12.txt"];
  it.each([
    ["A-RES-80-229.txt", "A-RES-78-229.txt", "recalled"],
    ["A-RES-80-73.txt", "A-RES-78-11.txt", "title"],
    ["A-RES-80-110.txt", "A-RES-78-69.txt", "title"],
  ])("%s: the predecessor is %s (%s)", (file, expected, reason) => {
    const candidates = series.map(load);
    const m = findPredecessor(load(file), candidates)!;
    expect(candidates[m.index]!.file).toBe(expected);
    expect(m.reason).toBe(reason);
  });
  it("lineage 78/11 → A/80/L.12 → 80/73: the report paragraph changed once, technically", () => {
    const l = lineage(["A-RES-78-11.txt", "A-80-L.12.txt", "A-RES-80-73.txt"].map(load));
    const op8 = l.paragraphs.find((p) => p.label === "OP8")!;
    expect(op8.firstSeen).toBe(0);
    expect(op8.changes.map((c) => [c.from, c.to, c.status, c.technical])).toEqual([[0, 1, "modified", true]]);
    expect(l.paragraphs.filter((p) => p.kind !== "footnote").every((p) => p.firstSeen === 0)).toBe(true);
  });
});
