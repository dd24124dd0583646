// Footnote markers as each extractor prints them: set off by a space (pdftotext default, -layout), glued to the
// word or number before (-raw, PyMuPDF, pdf.js), glued to the word after (-raw), or lifted onto a line of their own.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Resolution } from "../../../server/src/core/syntax/tree";

/** A one-page adopted text with these preambular lines and footnotes (numbers on their own line, as pdftotext prints them). */
function doc(body: string[], notes: [number, string][]): Resolution {
  const text = [
    "United Nations A/RES/80/1", "Distr.: General", "80/1. The title", "The General Assembly,", ...body,
    "1. Decides to remain seized of the matter.", "__________________", ...notes.flatMap(([n, t]) => [String(n), t]),
  ].join("\n");
  return parse(text, { format: "official" });
}
const texts = (t: Resolution): string[] => t.preamble.map((p) => p.body.text);
const markers = (t: Resolution): string[] => t.footnotes.map((f) => `${f.number.value}:${f.markers.length}`);

describe("footnote markers in every form", () => {
  it("a three-digit marker glued after a comma that ends a year or a resolution number is no thousands group", () => {
    const t = doc(["Recalling the decision adopted from 19 to 30 May 2008,143 in which the Conference of the Parties,",
      "Recalling also resolution 5/14,144 and notes that the committee met,"], [[143, "See A/80/1."], [144, "See A/80/2."]]);
    expect(texts(t)).toEqual(["Recalling the decision adopted from 19 to 30 May 2008, in which the Conference of the Parties,",
      "Recalling also resolution 5/14, and notes that the committee met,"]);
    expect(markers(t)).toEqual(["143:1", "144:1"]);
  });
  it("a thousands group stays a number even when it reads as the next footnote's", () => {
    const t = doc(["Noting that 5,120 persons were displaced in 2008,", "Recalling its resolution,120"], [[120, "See A/80/1."]]);
    expect(texts(t)[0]).toBe("Noting that 5,120 persons were displaced in 2008,");
    expect(markers(t)).toEqual(["120:1"]);
  });

  it("the next footnote's number after a reference word is its marker when the marker after it comes first", () => {
    // `Agenda 21 and`, `decision 21 to`, `of 1993 2 have`: set off by a space, the number reads as a reference;
    // the extractors that glue markers (`Agenda21`) show it is one. Footnote 21 has no other place before 22's.
    const t = doc(["Recalling the report,20 the New Urban Agenda 21 and national policies, and the Programme,22",
      "Noting the Convention on Chemical Weapons of 1993 23 have established regimes,"],
      [[20, "See A/80/1."], [21, "See A/80/2."], [22, "See A/80/3."], [23, "See A/80/4."]]);
    expect(texts(t)[0]).toBe("Recalling the report, the New Urban Agenda and national policies, and the Programme,");
    expect(markers(t)).toEqual(["20:1", "21:1", "22:1", "23:1"]);
    expect(t.preamble[0]!.markers.map((m) => m.number)).toEqual(["20", "21", "22"]);
  });
  it("a reference number stays text when its footnote's marker follows (`paragraph 5 of`)", () => {
    const t = doc(["Recalling paragraph 5 of resolution 70/1,5 and the Programme,6"], [[5, "See A/80/1."], [6, "See A/80/2."]]);
    expect(texts(t)[0]).toBe("Recalling paragraph 5 of resolution 70/1, and the Programme,");
    expect(markers(t)).toEqual(["5:1", "6:1"]);
  });
  it("a marker lifted onto a line of its own, out of order, is cut where it stands", () => {
    // pdftotext prints a superscript it could not place at the end of the page's text (default) or under its
    // line (-layout): `Agenda` / `21, the Programme …, 6 the Johannesburg` / `5` / `Declaration …`.
    const t = doc(["Recalling the Rio Declaration, 4 Agenda", "21, the Programme for the Further Implementation of Agenda 21, 6 the Johannesburg",
      "5", "Declaration on Sustainable Development,"], [[4, "See A/80/1."], [5, "See A/80/2."], [6, "See A/80/3."]]);
    expect(texts(t)[0]).toBe("Recalling the Rio Declaration, Agenda 21, the Programme for the Further Implementation of Agenda 21, the Johannesburg Declaration on Sustainable Development,");
    expect(markers(t)).toEqual(["4:1", "5:1", "6:1"]);
  });
  it("a marker glued to the joining word after it (-raw: `Weapons 6and`, `Rights, 1as`), never an ordinal", () => {
    const t = doc(["Recalling the Treaty on the Non-Proliferation of Nuclear Weapons 6and the advisory opinion,",
      "Recalling also the Declaration of Human Rights, 7as well as the Covenants,", "Noting the 8th session of the Council,"],
      [[6, "See A/80/1."], [7, "See A/80/2."], [8, "See A/80/3."]]);
    expect(texts(t)).toEqual(["Recalling the Treaty on the Non-Proliferation of Nuclear Weapons and the advisory opinion,",
      "Recalling also the Declaration of Human Rights, as well as the Covenants,", "Noting the 8th session of the Council,"]);
    expect(markers(t)).toEqual(["6:1", "7:1", "8:0"]);
  });

  it("a marker glued to the number before it (PyMuPDF, pdf.js: `Agenda 216`, `55/197`) when the document cites that number whole", () => {
    // Only in a document whose markers are glued: set off by a space, `Agenda 216` is a number.
    const t = doc(["Recalling Agenda 21,4 and resolution 55/19 of the Council,5", "Recalling also the Programme for the Further Implementation of Agenda 216 and",
      "Council resolution 55/197 and the Declaration,8"], [[4, "See A/80/4."], [5, "See A/80/5."], [6, "See A/80/1."], [7, "See A/80/2."], [8, "See A/80/3."]]);
    expect(texts(t)[1]).toBe("Recalling also the Programme for the Further Implementation of Agenda 21 and Council resolution 55/19 and the Declaration,");
    expect(markers(t)).toEqual(["4:1", "5:1", "6:1", "7:1", "8:1"]);
    const spaced = doc(["Recalling Agenda 21, 4 and resolution 55/19 of the Council, 5", "Recalling also the report of 2016 and the Declaration, 7"],
      [[4, "See A/80/4."], [5, "See A/80/5."], [6, "See A/80/1."], [7, "See A/80/2."]]);
    expect(texts(spaced)[1]).toBe("Recalling also the report of 2016 and the Declaration,");
  });
  it("a number that ends in the next footnote's number, not cited without it, stays whole when the marker comes after it", () => {
    const t = doc(["Recalling resolution 73/196 of the Council,5 and 73/1,6", "Recalling also resolution 73/197 and the Declaration,7 and the report,8"],
      [[5, "See A/80/5."], [6, "See A/80/1."], [7, "See A/80/2."], [8, "See A/80/3."]]);
    expect(texts(t)[1]).toBe("Recalling also resolution 73/197 and the Declaration, and the report,");
    // With no other place for footnote 7 before 8's marker, it was glued there.
    const u = doc(["Recalling resolution 73/196 of the Council,9 and 73/1,10", "Recalling also resolution 5/1411 requesting the report,12"],
      [[9, "See A/80/9."], [10, "See A/80/1."], [11, "See A/80/2."], [12, "See A/80/3."]]);
    expect(texts(u)[1]).toBe("Recalling also resolution 5/14 requesting the report,");
  });

  it("a marker after each resolution of a list (`resolutions 71/205 19 and 72/190, 20 and the reports`)", () => {
    const t = doc(["Noting the reports submitted pursuant to resolutions 71/205 19 and 72/190, 20 and the reports of the Council,"],
      [[19, "See A/80/1."], [20, "See A/80/2."]]);
    expect(texts(t)[0]).toBe("Noting the reports submitted pursuant to resolutions 71/205 and 72/190, and the reports of the Council,");
    expect(markers(t)).toEqual(["19:1", "20:1"]);
  });

  it("a marker after a date's year at a line start, the month on the line before (`on 6 November` / `2017 19 and`)", () => {
    const t = doc(["Recalling the statements issued by the Council on 6 November", "2017 19 and 10 March 2021, 20 and the press statements,"],
      [[19, "See A/80/1."], [20, "See A/80/2."]]);
    expect(texts(t)[0]).toBe("Recalling the statements issued by the Council on 6 November 2017 and 10 March 2021, and the press statements,");
    expect(markers(t)).toEqual(["19:1", "20:1"]);
  });
});
