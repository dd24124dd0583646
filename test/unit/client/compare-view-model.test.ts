// The comparison view's model on a real pair (78/229 → 80/229): every paragraph lands in the
// categories a reviewer filters by, folded lines are exactly the word-for-word ones, and the
// summary keeps numbers the comparison may add later.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparableFromTree, compareDocuments, type DocumentDiff } from "../../../server/src/core/compare/index";
import { parse } from "../../../server/src/core/syntax/parse";
import { changedWords, counts, entriesOf, extraNotes, extraSummary, negotiationNotes, negotiationSummary, sideText, verdict, visibleEntries } from "../../../client/webview/model";

const samples = join(__dirname, "../../../samples");
const doc = (name: string) => comparableFromTree(parse(readFileSync(join(samples, name), "utf8")), name);
const diff: DocumentDiff = compareDocuments(doc("A-RES-78-229.txt"), doc("A-RES-80-229.txt"));
const entries = entriesOf(diff);

describe("comparison view model, 78/229 → 80/229", () => {
  it("folds exactly the paragraphs whose words did not change", () => {
    for (const e of entries) {
      const same = sideText(e.p, "old") === sideText(e.p, "new") && e.p.old !== null && e.p.new !== null;
      expect(e.folded, `${e.p.old?.label} → ${e.p.new?.label}`).toBe(same && (e.p.status === "unchanged" || e.p.status === "renumbered"));
    }
    expect(entries.filter((e) => e.folded).length).toBeGreaterThan(20);
    expect(entries.filter((e) => !e.folded).length).toBeGreaterThan(10);
  });

  it("each filter keeps only its own category, and All keeps every paragraph", () => {
    expect(visibleEntries(entries, { only: [], query: "" })).toHaveLength(entries.length);
    const c = Object.fromEntries(counts(entries).map((x) => [x.id, x.count]));
    for (const id of ["substantive", "technical", "added", "removed", "moved"] as const) {
      const kept = visibleEntries(entries, { only: [id], query: "" });
      expect(kept).toHaveLength(c[id]);
      expect(kept.every((e) => e.categories.has(id))).toBe(true);
    }
    expect(c.substantive + c.technical + c.renumbered + c.unchanged).toBe(entries.length);
    expect(c.substantive).toBe(diff.paragraphs.filter((p) => !p.technical).length);
  });

  it("search matches labels and words on either side, case-insensitively", () => {
    const op1 = visibleEntries(entries, { only: [], query: "op1 " });
    expect(op1.length).toBeGreaterThan(0);
    const word = "Development";
    const hits = visibleEntries(entries, { only: [], query: word.toLowerCase() });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((e) => (sideText(e.p, "old") + sideText(e.p, "new")).toLowerCase().includes("development"))).toBe(true);
    expect(visibleEntries(entries, { only: [], query: "zzzz-not-there" })).toEqual([]);
  });

  it("says what happened in words a screen reader can read", () => {
    const renumbered = entries.find((e) => e.folded && e.p.status === "renumbered");
    if (renumbered) expect(verdict(renumbered)).toMatch(/^OP\d+ → OP\d+, renumbered, unchanged$/);
    const modified = entries.find((e) => e.p.status === "modified" && changedWords(e.p) > 0)!;
    expect(verdict(modified)).toMatch(/, modified, (substantive|technical), \d+ words? changed/);
  });

  it("names the negotiation-language changes: openers stronger or weaker, qualifiers added or removed", () => {
    const s = diff.summary;
    expect(s.stronger + s.weaker + s.qualifiersAdded + s.qualifiersRemoved).toBeGreaterThan(0);
    expect(negotiationSummary(diff)).toEqual([
      { name: "Openers", value: `${s.stronger} stronger, ${s.weaker} weaker` },
      { name: "Qualifiers", value: `${s.qualifiersAdded} added, ${s.qualifiersRemoved} removed` },
    ]);
    const stronger = diff.paragraphs.find((p) => p.strength?.change === "stronger")!;
    expect(negotiationNotes(stronger)[0]).toBe(`Opener stronger: ${stronger.strength!.old} → ${stronger.strength!.new}`);
    const quiet = { ...diff, summary: { ...s, stronger: 0, weaker: 0, qualifiersAdded: 0, qualifiersRemoved: 0 } };
    expect(negotiationSummary(quiet)).toEqual([]);
  });

  it("shows summary numbers and paragraph notes it does not know yet under their own names", () => {
    const more = { ...diff, summary: { ...diff.summary, negotiationLanguage: 4, strength: { weakened: 2, strengthened: 0 } } } as unknown as DocumentDiff;
    expect(extraSummary(more)).toEqual([
      { name: "Negotiation language", value: "4" },
      { name: "Strength", value: "Weakened 2" },
    ]);
    expect(extraSummary(diff)).toEqual([]);
    const p = { ...diff.paragraphs[0]!, language: [{ message: "Urges → Encourages (weaker)" }] };
    expect(extraNotes(p)).toEqual(["Language: Urges → Encourages (weaker)"]);
  });
});
