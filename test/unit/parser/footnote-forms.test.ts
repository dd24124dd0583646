// Footnote blocks in the shapes each extractor prints them, class by class (issue 11: the same footnotes in every
// form). Hand-made lines; the numbers and addresses are invented.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Resolution } from "../../../server/src/core/syntax/tree";

/** A one-page adopted text with these body lines, then the footnote block's lines as given, then the page end. */
function doc(body: string[], block: string[]): Resolution {
  const text = ["United Nations A/RES/80/1", "Distr.: General", "80/1. The title", "The General Assembly,", ...body,
    "__________________", ...block, "\f"].join("\n");
  return parse(text, { format: "official" });
}
const notes = (t: Resolution): string[] => t.footnotes.map((f) => `${f.number.value}: ${f.body.text}`);

const BODY = ["Recalling its resolution 70/1,1", "1. Requests the report on the repertory2 and its structure,3 and the list;4"];

describe("footnotes whose texts are addresses", () => {
  it("pdftotext: an address after a sentence's end starts the next note, in lower case or not", () => {
    const t = doc(BODY, ["1", "Resolution 37/10, annex.", "2", "", "http://legal.example.org/repertory.", "www.example.org/structure.", "4", "A/2170.", "3"]);
    expect(notes(t)).toEqual(["1: Resolution 37/10, annex.", "2: http://legal.example.org/repertory.", "3: www.example.org/structure.", "4: A/2170."]);
  });
  it("an address that continues a sentence stays in its note", () => {
    const t = doc(BODY, ["1", "Resolution 37/10, annex.", "2", "Available at", "www.example.org/structure.", "3", "A/2170.", "4", "A/2171."]);
    expect(notes(t)).toEqual(["1: Resolution 37/10, annex.", "2: Available at www.example.org/structure.", "3: A/2170.", "4: A/2171."]);
  });
  it("PyMuPDF and pdf.js: numbers in line before addresses", () => {
    const t = doc(BODY, ["1 Resolution 37/10, annex.", "2 http://legal.example.org/repertory.", "3 www.example.org/structure.", "4 A/2170."]);
    expect(notes(t)).toEqual(["1: Resolution 37/10, annex.", "2: http://legal.example.org/repertory.", "3: www.example.org/structure.", "4: A/2170."]);
  });
});

describe("footnotes of two sentences", () => {
  const body = ["Recalling the reports,1 the review2 and the annex,3", "1. Notes the Convention;4"];
  it("pdftotext: the texts with no number printed between them are one note each pair, as many pairs as texts too many", () => {
    const t = doc(body, ["", "Conference on Trade, document TD/2023/1.", "Available at https://example.org/td2023.", "2",
      "Conference on Trade, document RMT/2022.", "Available at https://example.org/rmt2022.", "3", "Organization, document BWM/36, annex.", "4",
      "Convention for the Prevention of Pollution, annex IV (Regulations for", "the prevention of pollution).", "1"]);
    expect(notes(t)).toEqual([
      "1: Conference on Trade, document TD/2023/1. Available at https://example.org/td2023.",
      "2: Conference on Trade, document RMT/2022. Available at https://example.org/rmt2022.",
      "3: Organization, document BWM/36, annex.",
      "4: Convention for the Prevention of Pollution, annex IV (Regulations for the prevention of pollution).",
    ]);
  });
  it("PyMuPDF and pdf.js: the second sentence after a note numbered in line", () => {
    const t = doc(body, ["1 Conference on Trade, document TD/2023/1.", "Available at https://example.org/td2023.",
      "2 Conference on Trade, document RMT/2022.", "Available at https://example.org/rmt2022.", "3 Organization, document BWM/36, annex.",
      "4 Convention for the Prevention of Pollution, annex IV (Regulations for", "the prevention of pollution)."]);
    expect(notes(t)).toEqual([
      "1: Conference on Trade, document TD/2023/1. Available at https://example.org/td2023.",
      "2: Conference on Trade, document RMT/2022. Available at https://example.org/rmt2022.",
      "3: Organization, document BWM/36, annex.",
      "4: Convention for the Prevention of Pollution, annex IV (Regulations for the prevention of pollution).",
    ]);
  });
});

describe("a footnote continued on the next page", () => {
  it("PyMuPDF and pdf.js (no form feeds): the line after the next page's rule ends the note left open", () => {
    const text = ["United Nations A/RES/80/1", "Distr.: General", "80/1. The title", "The General Assembly,",
      "Recalling its resolutions 49/7,1 and 56/4 of 9 March 2012, entitled", "__________________", "",
      "1 See Official Records of the Council, 2005, Supplement No. 7 and", "", "A/RES/80/1", "", "2/3", "",
      "“Indigenous women: key actors”,2 as well as the report,3", "1. Decides to act;", "__________________",
      "corrigendum (E/2005/27 and E/2005/27/Corr.1), chap. I, sect. D.", "2 Ibid., 2012, Supplement No. 7, chap. I,", "sect. D.",
      "", "A/RES/80/1", "", "3/3", "", "2. Decides to remain seized of the matter.", "__________________", "3 A/75/255.", ""].join("\n");
    const t = parse(text, { format: "official" });
    expect(notes(t)).toEqual(["1: See Official Records of the Council, 2005, Supplement No. 7 and corrigendum (E/2005/27 and E/2005/27/Corr.1), chap. I, sect. D.",
      "2: Ibid., 2012, Supplement No. 7, chap. I, sect. D.", "3: A/75/255."]);
    expect(t.operative.map((p) => p.body.text)).toEqual(["Decides to act;", "Decides to remain seized of the matter."]);
  });
});

describe("a marker the words around cannot place, between two markers that are placed", () => {
  const block = ["1 See A/80/1.", "2 See A/80/2.", "3 See A/80/3."];
  const texts = (t: Resolution): string[] => t.preamble.map((p) => p.body.text);
  const marked = (t: Resolution): number[] => t.footnotes.map((f) => f.markers.length);
  it("PyMuPDF, pdf.js: glued to a resolution number (`59/3002`) or a roman numeral (`Protocol I2`)", () => {
    let t = doc(["Recalling the period from 2020 to 2021,1", "Recalling its resolution 59/3002 and the report,", "Noting the report of the Committee,3"], block);
    expect(texts(t)[1]).toBe("Recalling its resolution 59/300 and the report,");
    expect(marked(t)).toEqual([1, 1, 1]);
    t = doc(["Recalling the Convention of 12 August 1949,1", "Recalling the rules codified in Additional Protocol I2 to the Conventions,3"], block);
    expect(texts(t)[1]).toBe("Recalling the rules codified in Additional Protocol I to the Conventions,");
    expect(marked(t)).toEqual([1, 1, 1]);
  });
  it("-raw and pdftotext: after a decision's symbol, glued (`1/CP.272`) or set apart (`1/CP.27 2`)", () => {
    for (const line of ["Recalling decisions 1/CP.272 and 1/CMA.4;", "Recalling decisions 1/CP.27 2 and 1/CMA.4;"]) {
      const t = doc(["Recalling the contributions 1 published,", line, "Noting the Paris Agreement,3"], block);
      expect(texts(t)[1]).toBe("Recalling decisions 1/CP.27 and 1/CMA.4;");
      expect(marked(t)).toEqual([1, 1, 1]);
    }
  });
  it("two places the number could be: none is taken", () => {
    const t = doc(["Recalling the period from 2020 to 2021,1", "Recalling its resolutions 59/3002 and 60/2002,", "Noting the report,3"], block);
    expect(texts(t)[1]).toBe("Recalling its resolutions 59/3002 and 60/2002,");
    expect(marked(t)).toEqual([1, 0, 1]);
  });
});

describe("a marker between placed ones, two places", () => {
  it("the number without the marker that the document cites elsewhere decides (`59/3002` beside `61/22 of`)", () => {
    const t = doc(["Recalling the period from 2020 to 2021,1", "Recalling its resolution 59/300 of 22 June 2005,", "Recalling its resolution 61/22 of 4 December 2006,",
      "Noting the Group established pursuant to its resolution 59/3002 and the report,", "Noting the report of the Committee,3"], ["1 See A/80/1.", "2 See A/80/2.", "3 See A/80/3."]);
    expect(t.preamble.map((p) => p.body.text).slice(2, 4)).toEqual(["Recalling its resolution 61/22 of 4 December 2006,", "Noting the Group established pursuant to its resolution 59/300 and the report,"]);
    expect(t.footnotes.map((f) => f.markers.length)).toEqual([1, 1, 1]);
  });
});
