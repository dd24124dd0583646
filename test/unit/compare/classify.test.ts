// Technical vs substantive: the misclassifications issue 15 lists, each direction, and the new reasons.
import { describe, expect, it } from "vitest";
import { classifyChanges, diffParagraphWords } from "../../../server/src/core/compare";
import type { ClassifyContext } from "../../../server/src/core/compare/classify";

const classify = (a: string, b: string, context: ClassifyContext = {}) => classifyChanges(diffParagraphWords(a, b).changes, context);

describe("flagged technical but substantive (issue 15)", () => {
  it("a bare citation of another resolution, not the series' next one", () => {
    const old = "Recalling its resolution 76/150 of 16 December 2021,";
    expect(classify(old, "Recalling its resolution 79/173 of 18 December 2024,", { oldNumber: "78/229" }).technical).toBe(false);
  });
  it("dropping 'first and second' beside a date change", () => {
    const a = "Taking note of the outcomes of the first and second sessions of the Conference, held on 3 May 2023,";
    const b = "Taking note of the outcomes of the sessions of the Conference, held on 6 May 2025,";
    expect(classify(a, b).technical).toBe(false);
  });
  it("dropping ', and the decisions of 2023' beside a date change", () => {
    const a = "Recalling its resolution 78/12 of 5 December 2023, and the decisions of 2023,";
    const b = "Recalling its resolution 78/12 of 4 December 2024,";
    expect(classify(a, b).technical).toBe(false);
  });
  it("a footnote whose document moved to another series (A/HRC → SC)", () => {
    expect(classify("See A/HRC/55/12.", "See SC/15432.").technical).toBe(false);
    expect(classify("A/HRC/55/12, para. 4.", "S/2025/110, para. 4.").technical).toBe(false);
  });
  it("a year added to widen the scope is not a rollover", () => {
    expect(classify("for the biennium starting in 2024", "for the biennium starting in 2024 and 2026").technical).toBe(false);
  });
  it("a citation of an earlier session is not a rollover", () => {
    expect(classify("Recalling its resolution 78/12 on the right to food,", "Recalling its resolution 76/3 on the right to food,").technical).toBe(false);
  });
});

describe("flagged substantive but technical (issue 15)", () => {
  it("a session ordinal whose hyphen the PDF lost", () => {
    expect(classify("at its seventyninth session", "at its eightieth session")).toEqual({ technical: true, reasons: ["session"] });
    expect(classify("at its eightieth session", "at its eightyfirst session")).toEqual({ technical: true, reasons: ["session"] });
  });
  it("a session ordinal the PDF cut in two or joined counts once (`thirty fifth` → `thirtyseventh`)", () => {
    expect(classify("to convene the thirty fifth Meeting of States Parties", "to convene the thirtyseventh Meeting of States Parties")).toEqual({
      technical: true,
      reasons: ["meeting"],
    });
    expect(classify("at its seventy ninth session", "at its eightieth session")).toEqual({ technical: true, reasons: ["session"] });
    // Two ordinals for one is still a change of scope.
    expect(classify("at its seventy-eighth and seventy-ninth sessions", "at its eightieth sessions").technical).toBe(false);
  });

  it("a stray footnote marker glued to a word", () => {
    expect(classify("the Convention on the Rights of the Child,", "the Convention3 on the Rights of the Child,")).toEqual({ technical: true, reasons: ["footnote-marker"] });
    expect(classify("the Paris Agreement,2 and", "the Paris Agreement, and")).toEqual({ technical: true, reasons: ["footnote-marker"] });
    expect(classify("of 12 August 1949, 2 continue to apply", "of 12 August 1949, continue to apply")).toEqual({ technical: true, reasons: ["footnote-marker"] });
  });
  it("a lone number that is content is not a marker", () => {
    expect(classify("within 30 days of the request", "within days of the request").technical).toBe(false);
    expect(classify("the Goals, 5 of which", "the Goals, of which").technical).toBe(false);
  });
  it("date ranges rolled a year", () => {
    expect(classify("for the biennium 2024-2025,", "for the biennium 2026-2027,")).toEqual({ technical: true, reasons: ["date-range"] });
    expect(classify("for the period 2024/25,", "for the period 2025/26,")).toEqual({ technical: true, reasons: ["date-range"] });
    expect(classify("held from 1-3 May 2024", "held from 6-8 May 2025")).toEqual({ technical: true, reasons: ["date-range", "year"] });
    expect(classify("held in Geneva from 4 to 8 March 2024,", "held in Geneva from 3 to 7 March 2025,")).toEqual({ technical: true, reasons: ["date", "year"] });
  });
  it("ECOSOC resolution numbers", () => {
    expect(classify("Economic and Social Council resolution 2024/13 of 24 July 2024 on the subject,", "Economic and Social Council resolution 2025/7 of 23 July 2025 on the subject,")).toMatchObject({
      technical: true,
      reasons: ["date", "ecosoc-number", "year"],
    });
    expect(classify("Council resolution 2024/13,", "Council resolution 2021/4,").technical).toBe(false);
  });
  it("a recalled resolution and its date replaced by the series' next one (the old text's own number)", () => {
    expect(classify("Recalling its resolution 76/150 of 16 December 2021,", "Recalling its resolution 78/229 of 19 December 2023,", { oldNumber: "78/229" })).toEqual({
      technical: true,
      reasons: ["date", "resolution", "year"],
      shown: ["76/150>78/229"],
    });
  });
  it("a bare citation replaced by a later one is a rollover only when the pair shows that replacement elsewhere", () => {
    const [a, b] = ["Recalling its resolution 78/68 of 5 December 2023,", "Recalling its resolution 79/145 of 17 December 2024,"];
    expect(classify(a, b).technical).toBe(false);
    expect(classify(a, b, { knownCitations: new Set(["78/68>79/145"]) }).technical).toBe(true);
    expect(classify("the report requested in its resolution 78/68 on fisheries", "the report requested in its resolution 79/145 on fisheries").shown).toEqual(["78/68>79/145"]);
  });
  it("each text citing the resolution of the session just before its own (a pair two sessions apart)", () => {
    const [a, b] = ["Recalling its resolution 77/92 of 7 December 2022,", "Recalling its resolution 79/75 of 2 December 2024,"];
    expect(classify(a, b, { oldNumber: "78/64", oldSession: 78, newSession: 80 }).technical).toBe(true);
    expect(classify("Recalling its resolution 76/92 of 7 December 2021,", b, { oldNumber: "78/64", oldSession: 78, newSession: 80 }).technical).toBe(false);
  });
  it("a Security Council resolution replaced by another is substantive", () => {
    expect(classify("including resolution 2175 (2014) of 29 August 2014 on humanitarian personnel,", "including resolution 2730 (2024) of 24 May 2024 on humanitarian personnel,").technical).toBe(false);
  });
  it("a cross-reference follows the renumbering when the pair renumbered that paragraph", () => {
    const renumbered = new Map([["99", "88"]]);
    expect(classify("referred to in paragraph 99 above", "referred to in paragraph 88 above", { renumbered }).technical).toBe(true);
    expect(classify("referred to in paragraph 2 above", "referred to in paragraph 3 above", { renumbered }).technical).toBe(false);
  });
  it("a citation replaced by a later one in the same phrase with the same subject words", () => {
    expect(classify("including resolution 77/248 of 30 December 2022 on oceans and the law of the sea,", "including resolution 79/144 of 12 December 2024 on oceans and the law of the sea,", { oldNumber: "78/69" }).technical).toBe(true);
  });
  it("a draft's blanks filled in at adoption", () => {
    expect(classify("resolution 80/___ of __ December 2025,", "resolution 80/225 of 18 December 2025,", { oldNumber: "78/223" }).technical).toBe(true);
  });
  it("symbols of the same series", () => {
    expect(classify("the report (A/HRC/55/12)", "the report (A/HRC/58/30)")).toEqual({ technical: true, reasons: ["symbol"] });
  });
});

describe("a citation's date filled in", () => {
  it("is technical next to an unchanged citation, substantive elsewhere", () => {
    expect(classify("in paragraph 223 of resolution 77/118, to conduct", "in paragraph 223 of resolution 77/118 of 9 December 2022, to conduct")).toEqual({ technical: true, reasons: ["date"] });
    expect(classify("as a result of the conflict, and commending", "as a result of the conflict of 9 July 2014, and commending").technical).toBe(false);
  });
});

describe("lists grown by later members", () => {
  it("resolutions appended to a list in any paragraph", () => {
    const c = classify("Concerned that, since the adoption of resolutions 72/4, 73/8 and 75/289, the effects", "Concerned that, since the adoption of resolutions 72/4, 73/8, 75/289, 77/7 and 79/7, the effects");
    expect(c.technical).toBe(true);
    expect(c.reasons).toContain("recalling-list");
  });
  it("a list of years extended by the latest", () => {
    expect(classify("the meetings organized in 2019, 2021 and 2022 by the Secretary-General", "the meetings organized in 2019, 2021, 2022, 2023 and 2024 by the Secretary-General").technical).toBe(true);
  });
  it("an old member dropped, or an earlier one added, is substantive", () => {
    expect(classify("resolutions 72/4, 73/8 and 75/289,", "resolutions 73/8, 75/289 and 77/7,").technical).toBe(false);
    expect(classify("resolutions 73/8 and 75/289,", "resolutions 70/1, 73/8 and 75/289,").technical).toBe(false);
  });
});

describe("layout reasons", () => {
  it("whitespace only is spacing, case or quotes is formatting", () => {
    expect(classify("sustainable d evelopment,", "sustainable development,")).toEqual({ technical: true, reasons: ["spacing"] });
    expect(classify("the States parties", "the States Parties")).toEqual({ technical: true, reasons: ["formatting"] });
  });
  it("a change outside the spans of its reasons makes the paragraph substantive", () => {
    expect(classify("at its seventy-ninth session, in 2024,", "at its eightieth session, in 2025, as appropriate,").technical).toBe(false);
  });
});
