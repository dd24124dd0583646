// classify.ts refuses most runs before its layout tests (`mayBeLayout`): the refusal must never
// hide a layout change those tests would find (spacing, formatting, footnote-marker).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTests, mayBeLayout } from "../../../server/src/core/compare/classify";

const piece = fc.constantFrom(
  "a", "b", "A", "B", "x", "z", "1", "3", "12", "2025", " ", "  ", "-", "–", "\u00ad", "“", "”", '"', "'", "’",
  "[", "^", "]", "[^3]", "[^a]", "³", "¹", ",", ";", ".", ")", "(", "é", "İ", "K",
);
const text = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(""));

describe("layout guard", () => {
  it("refuses only runs the layout tests would give no reason", () => {
    fc.assert(
      fc.property(text, text, text, text, (before, deleted, inserted, after) => {
        const asciiBefore = !(before.charCodeAt(before.length - 1) >= 128);
        if (asciiBefore && !mayBeLayout(deleted, inserted)) expect(layoutTests({ before, deleted, inserted, after })).toBeNull();
      }),
      { numRuns: 20000, seed: 15 },
    );
  });
  it("refuses a plain word replacement, lets case and spacing through", () => {
    expect(mayBeLayout("Requests", "Urges")).toBe(false);
    expect(mayBeLayout("Requests", "requests")).toBe(true);
    expect(mayBeLayout("co-operate", "cooperate")).toBe(true);
    expect(mayBeLayout("Convention[^3]", "Conventions")).toBe(true);
  });
});
