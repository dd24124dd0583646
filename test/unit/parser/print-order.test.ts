/**
 * Helpers the reader's speed work added in place of expressions it ran per comparison or per call: each must answer
 * exactly what the expression did.
 */
import { describe, expect, it } from "vitest";
import { inPrintOrder, printedNumber } from "../../../server/src/core/syntax/footnotes";
import type { Line } from "../../../server/src/core/syntax/lines";
import { inSourceOrder } from "../../../server/src/core/syntax/paragraphs";

const line: Line = { no: 0, start: 0, end: 0, trimStart: 0, trimEnd: 0, text: "", pageBreak: false };
const old = (a: string, b: string): number => (a.startsWith("*") ? -1 : b.startsWith("*") ? 1 : Number(a) - Number(b));

describe("footnote print order", () => {
  it("answers the old comparison for every pair of printed numbers", () => {
    const values = ["*", "**", "***", ...Array.from({ length: 1000 }, (_, i) => String(i))];
    // The pairs that disagree, listed (one expect for a million pairs: an expect per pair took 15 s).
    const wrong: string[] = [];
    for (const a of values) {
      for (const b of values) {
        if (inPrintOrder(printedNumber(a, line, false), printedNumber(b, line, true)) !== old(a, b)) wrong.push(`${a} ${b}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("inSourceOrder", () => {
  it("is true exactly when a stable sort by start leaves the list as it is", () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let t = 0; t < 2000; t++) {
      const items = Array.from({ length: rand(8) }, (_, i) => ({ span: { start: rand(6), end: 0 }, i }));
      const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
      expect(inSourceOrder(items)).toBe(sorted.every((x, k) => x === items[k]));
    }
  });
});
