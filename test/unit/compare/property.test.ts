// Property: for any two documents, every paragraph's `changes` reconstruct both texts exactly,
// and every paragraph of either side appears in the report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import { diffParagraphWords, newSide, oldSide } from "../../../server/src/core/compare/words";
import type { ComparableDocument } from "../../../server/src/core/compare/types";
import { doc, fn, op, pp } from "./helpers";

// Few distinct words so that random paragraphs overlap and get paired, with the odd characters
// that have broken tokenisers before: quotes, dashes, symbols, combining marks, astral emoji, tabs.
const piece = fc.constantFrom(
  "the", "States", "Assembly", "resolution", "78/229", "A/80/327", "seventy-ninth", "eightieth", "session",
  "2023", "19", "December", "“", "”", "–", ",", ";", ".", " ", "  ", "\n", "\t", "e\u0301", "😀", "[^2]", "Urges", "Encourages",
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(""));
const kind = fc.constantFrom("preamble", "operative", "footnote");
const document = (name: string) =>
  fc
    .array(fc.record({ kind, text }), { maxLength: 12 })
    .map((ps): ComparableDocument => doc(name, ps.map((p) => (p.kind === "preamble" ? pp(p.text) : p.kind === "operative" ? op(p.text) : fn(p.text)))));

describe("changes reconstruct both sides", () => {
  it("for any pair of paragraph texts", () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 50 }), (a, b, bound) => {
        const { changes } = diffParagraphWords(a, b, { maxEditLength: bound });
        expect(oldSide(changes)).toBe(a);
        expect(newSide(changes)).toBe(b);
        expect(changes.every((c) => c.text.length > 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it("for any pair of documents, and no paragraph goes missing", () => {
    fc.assert(
      fc.property(document("old"), document("new"), (a, b) => {
        const d = compareDocuments(a, b);
        for (const p of d.paragraphs) {
          // The old paragraph is of `oldKind` when it moved across kinds.
          const o = p.old ? a.paragraphs.find((x) => x.kind === (p.oldKind ?? p.kind) && x.index === p.old!.index)!.text : "";
          const n = p.new ? b.paragraphs.find((x) => x.kind === p.kind && x.index === p.new!.index)!.text : "";
          expect(oldSide(p.changes)).toBe(o);
          expect(newSide(p.changes)).toBe(n);
        }
        for (const [side, list] of [["old", a], ["new", b]] as const) {
          const seen = new Set(d.paragraphs.flatMap((p) => (p[side] ? [`${side === "old" ? (p.oldKind ?? p.kind) : p.kind}:${p[side]!.index}`] : [])));
          expect(seen.size).toBe(list.paragraphs.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
