// Two things negotiators write in .unres drafts that the parser used to misread:
// - `1 alt.` / `Alt 1.` / `OP1 alt`: an alternative text for paragraph 1 (conventions §5.2), read as an
//   operative paragraph numbered 1 with the suffix `alt` (the way `1 bis` is read), not as an unnumbered
//   paragraph that lint --fix then numbered `2. 1 alt. …` and everything after it pushed up;
// - `Recalling …,` after the operative part: a preambular paragraph out of place, read as one (RES001 says
//   so), not as an operative paragraph that lint --fix numbered `2. Recalling …;`.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { applyEdits, renumberOperative } from "../../../server/src/core/editor/renumber";
import { fixAll, lintSource } from "../../../server/src/core/lint/index";
import { violations } from "./invariants";

const doc = (s: string) => parse(s, { format: "unres" });
const ORGAN = "The General Assembly,\n\nRecalling its resolution 78/229,\n\n";

describe("alt paragraphs", () => {
  const forms: [string, string, string][] = [
    // written, number text, number as printed (the span)
    ["1 alt. Requests the Secretary-General to report;", "1 alt", "1 alt"],
    ["1alt. Requests the Secretary-General to report;", "1 alt", "1alt"],
    ["1 Alt. Requests the Secretary-General to report;", "1 alt", "1 Alt"],
    ["1 alt 2. Requests the Secretary-General to report;", "1 alt 2", "1 alt 2"],
    ["Alt 1. Requests the Secretary-General to report;", "1 alt", "Alt 1"],
    ["ALT 1: Requests the Secretary-General to report;", "1 alt", "ALT 1"],
    ["OP1 alt Requests the Secretary-General to report;", "1 alt", "OP1 alt"],
    ["OP1 alt. Requests the Secretary-General to report;", "1 alt", "OP1 alt"],
    ["OP 1 alt 2: Requests the Secretary-General to report;", "1 alt 2", "OP 1 alt 2"],
  ];
  it.each(forms)("%s is paragraph 1 with the suffix alt", (line, text, printed) => {
    const src = `${ORGAN}1. Takes note of the report;\n\n${line}\n\n2. Decides to remain seized of the matter.\n`;
    const t = doc(src);
    expect(violations(t)).toEqual([]);
    expect(t.preamble.length).toBe(1);
    expect(t.operative.map((p) => p.number?.text ?? null)).toEqual(["1", text, "2"]);
    const alt = t.operative[1]!;
    expect(alt.number).toMatchObject({ value: 1, suffix: "alt" });
    expect(src.slice(alt.number!.span.start, alt.number!.span.end)).toBe(printed);
    expect(alt.body.text).toBe("Requests the Secretary-General to report;");
    expect(alt.opener?.text).toBe("Requests");
  });

  it("the label alone on its line, the text on the next", () => {
    const t = doc(`${ORGAN}1. Takes note of the report;\n\nOP1 alt\nRequests the Secretary-General\nto report;\n`);
    expect(t.operative.map((p) => [p.number?.text, p.body.text])).toEqual([["1", "Takes note of the report;"], ["1 alt", "Requests the Secretary-General to report;"]]);
  });

  it("starts its own block without a blank line before it, like `2. Decides`", () => {
    const t = doc(`${ORGAN}1. Takes note of the report;\n1 alt. Requests a report;\nAlt 1. Invites States;\n2. Decides to remain seized.\n`);
    expect(t.operative.map((p) => p.number?.text)).toEqual(["1", "1 alt", "1 alt", "2"]);
  });

  it("opens the body without an organ line", () => {
    const t = doc("Alt 3. Requests a report;\n");
    expect(t.operative.map((p) => [p.number?.text, p.body.text])).toEqual([["3 alt", "Requests a report;"]]);
  });

  it("words that only look like it stay text", () => {
    const t = doc(`${ORGAN}1. Takes note of the report;\n\nAlternative development is a priority;\n\n2. Decides 1 alternative.\n`);
    expect(t.operative.map((p) => [p.number?.text ?? null, p.body.text])).toEqual([
      ["1", "Takes note of the report;"],
      [null, "Alternative development is a priority;"],
      ["2", "Decides 1 alternative."],
    ]);
  });

  it("official texts are not read for alt labels (the corpus has none; they are a drafting convention)", () => {
    const t = parse(`Distr.: General\n\nThe General Assembly,\n\n1. Takes note of the report;\n\n1 alt. Requests a report;\n\n2. Requests a report;\n`, { format: "official" });
    expect(t.format).toBe("official");
    expect(t.operative.map((p) => p.number?.text ?? null)).toEqual(["1", "2"]);
  });

  it("renumbering keeps an alt paragraph with the paragraph it is an alternative to", () => {
    const src = `${ORGAN}1. Takes note of the report;\n\n1 alt. Notes the report;\n\n1 bis. Requests a report;\n\n2. Invites States;\n\nAlt 2. Encourages States;\n\nOP2 alt 2 Urges States;\n\n3. Decides to remain seized.\n`;
    const out = applyEdits(src, renumberOperative(doc(src)));
    expect(out).toBe(`${ORGAN}1. Takes note of the report;\n\n1 alt. Notes the report;\n\n2. Requests a report;\n\n3. Invites States;\n\nAlt 3. Encourages States;\n\nOP3 alt 2 Urges States;\n\n4. Decides to remain seized.\n`);
  });

  it("lint --fix leaves a draft with alt paragraphs as it is (it used to write `2. 1 alt. …` and renumber the rest)", () => {
    const src = `---\nstatus: draft\n---\n\n${ORGAN}1. Takes note of the report;\n\n1 alt. Requests the Secretary-General to report;\n\nAlt 1. Invites Member States to report;\n\n2. Decides to remain seized of the matter.\n`;
    const opts = { format: "unres" as const };
    expect(lintSource(src, opts).diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(fixAll(src, opts).text).toBe(src);
  });
});

describe("a preambular paragraph after the operative part", () => {
  const src = `${ORGAN}1. Takes note of the report;\n\n*Recalling also* its resolution 79/1,[^1]\n\n2. Decides to remain seized of the matter.\n\nNoting with concern\nthe situation,\n\n[^1]: A/79/1.\n`;
  const t = doc(src);
  it("is read as preamble, listed in tree.preamble in source order", () => {
    expect(violations(t)).toEqual([]);
    expect(t.preamble.map((p) => [p.index, p.opener?.text, p.body.text])).toEqual([
      [1, "Recalling", "Recalling its resolution 78/229,"],
      [2, "Recalling also", "Recalling also its resolution 79/1,"],
      [3, "Noting with concern", "Noting with concern the situation,"],
    ]);
    expect(t.operative.map((p) => [p.index, p.number?.text, p.body.text])).toEqual([
      [1, "1", "Takes note of the report;"],
      [2, "2", "Decides to remain seized of the matter."],
    ]);
  });

  it("only when it opens with a preambular opener and ends with a comma: otherwise position decides, as before", () => {
    const t2 = doc(`${ORGAN}1. Takes note of the report;\n\nRecalling its resolution 79/1;\n\nNotes the report,\n\nThe situation is dire,\n`);
    expect(t2.preamble.length).toBe(1);
    expect(t2.operative.map((p) => [p.number?.text ?? null, p.body.text])).toEqual([
      ["1", "Takes note of the report;"],
      [null, "Recalling its resolution 79/1;"],
      [null, "Notes the report,"],
      [null, "The situation is dire,"],
    ]);
  });

  it("RES001 reports it, nothing numbers it or changes its comma, and lint --fix leaves it where it is", () => {
    const opts = { format: "unres" as const };
    const found = lintSource(src, opts).diagnostics.map((d) => [d.code, src.slice(d.span.start, d.span.end)]);
    expect(found).toEqual([
      ["RES001", "Recalling also"],
      ["RES001", "Noting with concern"],
    ]);
    expect(fixAll(src, opts).text).toBe(src);
  });

  it("a section's own preamble after the operative part of the section before is in place", () => {
    const s = "The General Assembly,\n\nI\nBudget\n\nRecalling its resolution 78/1,\n\n1. Approves the budget;\n\nII\nStaff\n\nHaving considered the report,\n\n1. Decides to remain seized of the matter.\n";
    const t3 = doc(s);
    expect(t3.preamble.map((p) => [p.section, p.body.text])).toEqual([["I", "Recalling its resolution 78/1,"], ["II", "Having considered the report,"]]);
    expect(lintSource(s, { format: "unres" }).diagnostics.filter((d) => d.code === "RES001")).toEqual([]);
  });
});
