// Misreadings of official texts that made lint report findings on adopted texts (issue 4's done-when):
// each case is a real corpus text, checked on the words that used to leak into paragraphs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { violations } from "./invariants";

const TEXTS = join(__dirname, "../../fixtures/corpus/texts");
const read = (stem: string) => parse(readFileSync(join(TEXTS, stem + ".txt"), "utf8"));
const paras = (stem: string) => { const t = read(stem); return [...t.preamble, ...t.operative]; };

describe("running short titles are page furniture", () => {
  it("after the symbol on a two-page text (the title was never printed before the symbol)", () => {
    for (const p of paras("A-RES-80-73")) expect(p.body.text).not.toContain("The Syrian Golan Expressing");
    const pp = read("A-RES-80-73").preamble;
    expect(pp.every((p) => /,$/.test(p.body.text))).toBe(true);
  });
  it("before the text, with the symbol printed further down the page", () => {
    for (const p of paras("A-RES-78-72")) expect(p.body.text).not.toMatch(/International cooperation in the peaceful uses of outer space (?:community|emphasizes|benefits)/);
    for (const p of paras("A-RES-80-143")) expect(p.body.text).not.toMatch(/Combating sand and dust storms (?:Takes|\d|at the|of sand)/);
  });
});

describe("a paragraph's last line printed between its number and its first line", () => {
  // `4.` / `Agency;` / `Appeals to Member States … of the`: the short last line of a two-line paragraph.
  it("is read at the paragraph's end", () => {
    expect(read("A-RES-80-7").operative[3]!.body.text).toMatch(/activities of the Agency;$/);
    expect(read("A-RES-80-107").operative[2]!.body.text).toMatch(/on 17 January 2026;$/);
    const t = read("A-RES-78-199");
    expect(t.operative[t.operative.length - 1]!.body.text).toBe("Decides to continue its consideration of the question at its seventy-ninth session.");
    expect(t.closing?.meeting?.value).toBe("50th plenary meeting");
  });
});

describe("words pdftotext lifted out of a justified line and printed, one per block, after the paragraph", () => {
  it("are artefacts, not the paragraph's tail", () => {
    const pp = read("A-RES-80-112").preamble;
    expect(pp.find((p) => p.body.text.startsWith("Reaffirming the principles of humanity"))!.body.text).toMatch(/humanitarian assistance,$/);
    const t = read("A-RES-78-72");
    expect(t.preamble.every((p) => !/ particular$/.test(p.body.text))).toBe(true);
    expect(t.artefacts.some((a) => a.kind === "other" && t.source.slice(a.span.start, a.span.end) === "particular")).toBe(true);
    // A symbol lifted out of `… of decisions ISBA/28/C/9, ISBA/28/C/24 and …`.
    const isba = read("A-RES-78-69").operative.find((p) => p.number?.text === "61")!;
    expect(isba.body.text).toMatch(/twenty-eighth session;$/);
    const ops = read("A-RES-78-27").preamble;
    expect(ops[ops.length - 1]!.body.text).toMatch(/,$/);
  });
});

describe("words lifted out of a justified line, printed after the paragraph's last line, one carrying a marker", () => {
  // A/RES/80/154, operative paragraph 1: `1.` / `Takes note of the report` / `recommendations contained therein;` /
  // (blank) `of` / `the` / `Secretary-General 7 and` / `the` / (blank) `2.`: the words of the short first line's
  // justified gaps, footnote marker 7 among them. The paragraph used to end with `… therein; of the
  // Secretary-General and the`, no end mark (RES006).
  it("are read where they were printed, with the marker recognised", () => {
    const t = read("A-RES-80-154");
    const op1 = t.operative[0]!;
    expect(op1.body.text).toBe("Takes note of the report of the Secretary-General and the recommendations contained therein;");
    expect(op1.markers.map((m) => [m.number, t.source.slice(m.span.start, m.span.end)])).toEqual([["7", "7"]]);
    const marker = op1.markers[0]!;
    expect(t.source.slice(marker.span.start - 18, marker.span.end + 4)).toBe("Secretary-General 7 and");
    expect(t.footnotes.find((f) => f.number.value === "7")!.markers).toEqual([marker]);
    // The lifted lines are listed as artefacts, never pieces of the text (pieces stay in source order).
    const others = t.artefacts.filter((a) => a.kind === "other").map((a) => t.source.slice(a.span.start, a.span.end));
    expect(others).toEqual(expect.arrayContaining(["of", "the", "Secretary-General 7 and"]));
    expect(violations(t)).toEqual([]);
    expect(t.operative[1]!.body.text).toMatch(/^Reaffirms that eradicating poverty/);
  });

  it("in a small official text", () => {
    const source = [
      "The General Assembly,", "", "1.", "Takes note of the report", "recommendations contained therein;", "", "of", "", "the", "",
      "Secretary-General 1 and", "", "the", "", "2.", "Decides to remain seized of the matter.", "", "_______________", "1 A/80/1.", "",
    ].join("\n");
    const t = parse(source, { format: "official" });
    expect(t.operative.map((p) => p.body.text)).toEqual([
      "Takes note of the report of the Secretary-General and the recommendations contained therein;",
      "Decides to remain seized of the matter.",
    ]);
    expect(t.operative[0]!.markers.map((m) => m.number)).toEqual(["1"]);
    expect(t.footnotes[0]!.markers).toHaveLength(1);
    expect(violations(t)).toEqual([]);
  });
});
