// Misreadings of official texts that made lint report findings on adopted texts (issue 4's done-when):
// each case is a real corpus text, checked on the words that used to leak into paragraphs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

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
