// The paragraph-start score (paragraph-start.ts) and the page shape it reads, on hand-made evidence: each cue moves
// the decision the way the corpus says, and no single cue's absence decides alone.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lowerCaseOpenerLine, lowerOpenerStartScore, MOST_AFTER_NO_END_MARK, pageShape, type StartEvidence } from "../../../server/src/core/syntax/paragraph-start";
import { splitLines } from "../../../server/src/core/syntax/lines";

const plain: StartEvidence = { prevEnd: "comma", prevFill: 1, fill: 1, brokenAfterMarker: false, endsHere: false, blankBefore: false, blankSeparated: false, indent: null, prevRoom: null, overFirst: null, nextRoom: null };
const score = (e: Partial<StartEvidence>) => lowerOpenerStartScore({ ...plain, ...e }).score;

describe("lowerOpenerStartScore", () => {
  it("a short previous line ending in a comma, then an indented first line: a paragraph", () => {
    expect(score({ prevFill: 0.5, fill: 0.88 })).toBeGreaterThan(0);
  });
  it("a justified previous line ending in a comma, then a line to the margin: a continuation", () => {
    expect(score({ prevFill: 0.97, fill: 0.98 })).toBeLessThan(0);
  });
  it("no end mark before: never a paragraph, whatever the lengths", () => {
    expect(score({ prevEnd: "none", prevFill: 0.3, fill: 0.85 })).toBeLessThan(0);
  });
  it("a blank line decides in a text that puts blank lines between paragraphs, both ways", () => {
    expect(score({ blankSeparated: true, blankBefore: true, prevFill: 0.98 })).toBeGreaterThan(0);
    expect(score({ blankSeparated: true, blankBefore: false, prevFill: 0.5, fill: 0.85 })).toBeLessThan(0);
  });
  it("an indent decides where the text keeps indents, both ways; the right edge then says nothing of the line", () => {
    expect(score({ indent: 6, prevFill: 0.97 })).toBeGreaterThan(0);
    expect(score({ indent: 0, prevFill: 0.5 })).toBeLessThan(0);
  });
  it("a short line that does not end the paragraph is a broken piece, not a first line", () => {
    expect(score({ prevFill: 0.5, fill: 0.4, endsHere: false })).toBeLessThan(score({ prevFill: 0.5, fill: 0.4, endsHere: true }));
    expect(score({ prevFill: 0.5, fill: 0.4 })).toBeLessThan(0);
  });
  it("a line broken after a footnote marker (-raw) is one printed line, however short its first piece", () => {
    expect(score({ prevEnd: "marker", prevFill: 0.2, fill: 0.8, brokenAfterMarker: true })).toBeLessThan(0);
    expect(score({ prevEnd: "marker", prevFill: 0.2, fill: 0.88 })).toBeGreaterThan(0);
  });
  describe("printed widths, where the document shows a first-line indent", () => {
    const printed = { prevFill: 1, fill: 1, prevRoom: -0.05, overFirst: -0.04, nextRoom: -0.02 };
    it("the line before had room for this line's first word: it ended its paragraph", () => {
      expect(score({ ...printed, prevRoom: 0.05 })).toBeGreaterThan(0.5);
      expect(score({ ...printed, prevRoom: 0.2, overFirst: 0.03 })).toBeGreaterThan(-0.5);
    });
    it("no end mark before: never a paragraph, however much room the line before left (-raw pieces)", () => {
      expect(score({ ...printed, prevEnd: "none", prevRoom: 0.4, nextRoom: 0.05 })).toBeLessThan(-0.5);
    });
    it("a full line before and a line too long for an indented first line: a continuation", () => {
      expect(score({ ...printed, overFirst: 0.04 })).toBeLessThan(-0.5);
    });
    it("a full line before, and this line fits a first line and stops short with room for the next word: a paragraph", () => {
      expect(score({ ...printed, nextRoom: 0.04 })).toBeGreaterThan(0.5);
    });
    it("no single width cue decides: a full line before and a line that fits a first line but runs on is not read as a start", () => {
      expect(score(printed)).toBeLessThan(0);
    });
    it("a line twice the measure is two printed lines pdftotext joined: its width says nothing either way", () => {
      const joined = score({ ...printed, prevRoom: 0.2, overFirst: 0.9, nextRoom: -0.95 });
      expect(joined).toBeGreaterThan(0);
      expect(lowerOpenerStartScore({ ...plain, ...printed, overFirst: 0.9 }).cues.join("; ")).toMatch(/joined line/);
    });
    it("a line of a paragraph broken short (not its end) is a piece, not an indented first line", () => {
      expect(score({ ...printed, prevRoom: 0.05, overFirst: -0.5, nextRoom: 0.45 })).toBeLessThan(score({ ...printed, prevRoom: 0.05 }));
    });
  });
  it("says which cues weighed", () => {
    const r = lowerOpenerStartScore({ ...plain, prevFill: 0.5, fill: 0.88 });
    expect(r.cues.join("; ")).toMatch(/short previous line/);
  });
});

describe("lowerCaseOpenerLine", () => {
  const isOpener = (t: string) => /^(Recalling|Noting)\b/.test(t);
  it("is a known opener written in lower case", () => {
    expect(lowerCaseOpenerLine("recalling its resolution", isOpener)).toBe(true);
    expect(lowerCaseOpenerLine("Recalling its resolution", isOpener)).toBe(false);
    expect(lowerCaseOpenerLine("the Recalling", isOpener)).toBe(false);
    expect(lowerCaseOpenerLine("", isOpener)).toBe(false);
  });
});

describe("a start after a line without an end mark, no blank line and no indent before it", () => {
  it(`scores at most MOST_AFTER_NO_END_MARK (${MOST_AFTER_NO_END_MARK}) whatever the widths, fills and other cues`, () => {
    const share = fc.double({ min: -1.5, max: 1.5, noNaN: true });
    const evidence = fc.record({
      prevFill: share, fill: share, brokenAfterMarker: fc.boolean(), endsHere: fc.boolean(), blankSeparated: fc.boolean(),
      indent: fc.option(fc.integer({ min: -5, max: 2 })), prevRoom: fc.option(share), overFirst: fc.option(share), nextRoom: fc.option(share),
    });
    fc.assert(
      fc.property(evidence, (e) => lowerOpenerStartScore({ ...e, prevEnd: "none", blankBefore: false, brokenAfterMarker: false, prevRoom: e.overFirst === null ? null : (e.prevRoom ?? 0) }).score <= MOST_AFTER_NO_END_MARK),
      { numRuns: 5000, seed: 15 },
    );
    // The bound is reached: it is the score's, not a loose one.
    expect(score({ prevEnd: "none", prevRoom: 0, overFirst: -0.1, nextRoom: 0.1 })).toBe(MOST_AFTER_NO_END_MARK);
  });
});

describe("pageShape", () => {
  const long = "x".repeat(80);
  /** `starts`: which line texts are sure paragraph starts. */
  const shapeOf = (text: string, starts: (t: string) => boolean) => {
    const lines = splitLines(text);
    const body = lines.flatMap((l, i) => (l.text ? [i] : []));
    const blankBetween = (a: number, b: number) => b - a > 1;
    return pageShape(text, lines, lines.map(() => 0), body, blankBetween, (k) => starts(lines[body[k]!]!.text));
  };
  it("measures the justified width from the lines around, and one overrunning line does not stretch it", () => {
    const shape = shapeOf([long, long, long, "x".repeat(120), long, long, "x".repeat(30)].join("\n"), () => false);
    expect(shape.width(6)).toBe(80);
    expect(shape.right(6) / shape.width(6)).toBeLessThan(0.5);
  });
  it("learns blank lines between paragraphs from the sure paragraph starts", () => {
    const text = ["Recalling " + long, long + ",", "", "Noting " + long, long + ",", "", "Stressing " + long, long + "."].join("\n");
    const shape = shapeOf(text, (t) => /^[A-Z]/.test(t));
    expect(shape.blankSeparated).toBe(true);
    expect(shape.blankBefore(2)).toBe(true);
    expect(shape.blankBefore(1)).toBe(false);
    expect(shape.indent(0)).toBeNull();
  });
  it("learns the measure from the lines inside paragraphs and the first-line width from the sure starts", () => {
    // Justified lines are about 80 characters of x (500 each), first lines 74; a line pdftotext joined runs twice.
    const par = (head: string) => [head + " " + "x".repeat(64), "x".repeat(80), "x".repeat(160), "x".repeat(79), "x".repeat(30) + ","];
    const text = [...par("Recalling"), ...par("Noting"), ...par("Stressing"), ...par("Bearing")].join("\n");
    const shape = shapeOf(text, (t) => /^[A-Z]/.test(t));
    expect(shape.measure).toBe(80 * 500);
    expect(shape.firstMeasure).toBeLessThan(shape.measure * 0.975);
    expect(shape.firstMeasure).toBeGreaterThan(shape.measure * 0.85);
  });
  it("without first lines shorter than the others, the first-line width is the measure (the printed cues are not read)", () => {
    const par = (head: string) => [head + " " + "x".repeat(70), "x".repeat(80), "x".repeat(79), "x".repeat(30) + ","];
    const shape = shapeOf([...par("Recalling"), ...par("Noting"), ...par("Stressing")].join("\n"), (t) => /^[A-Z]/.test(t));
    expect(shape.firstMeasure).toBe(shape.measure);
  });
  it("learns whether the extractor breaks printed lines after footnote markers (-raw) from a short piece after one", () => {
    const raw = ["Recalling " + long, "x".repeat(40) + " Agreement 1", "and its early entry into force of the", long + ",", "Noting " + long, long + "."].join("\n");
    expect(shapeOf(raw, (t) => /^[A-Z]/.test(t)).breaksAfterMarkers).toBe(true);
    const plainText = ["Recalling " + long, long + " Agreement, 1", "noting its early entry into force,", "Noting " + long, long + "."].join("\n");
    expect(shapeOf(plainText, (t) => /^[A-Z]/.test(t)).breaksAfterMarkers).toBe(false);
  });
  it("learns first-line indents against each page's margin (-layout)", () => {
    const m = " ".repeat(10);
    const text = [m + "      Recalling " + long, m + long + ",", m + "      Noting " + long, m + long + ",", m + "      Stressing " + long, m + long + "."].join("\n");
    const shape = shapeOf(text, (t) => /^[A-Z]/.test(t));
    expect(shape.blankSeparated).toBe(false);
    expect(shape.indent(2)).toBe(6);
    expect(shape.indent(3)).toBe(0);
  });
});
