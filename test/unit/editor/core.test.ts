// Small pure pieces of the editor features: ordinals, openers' forms and strength, internal
// references, document symbols and their links.
import { describe, expect, it } from "vitest";
import { numeralOrdinal as ordinalNumeral, ordinalValue as parseOrdinalWords, ordinalWords } from "../../../server/src/core/text/ordinals";
import { formOf, shapeOf, strengthOf, STRENGTH_SCALE } from "../../../server/src/core/editor/openers";
import { internalRefs } from "../../../server/src/core/editor/internal-refs";
import { findDocSymbols, symbolUrl } from "../../../server/src/core/editor/doc-symbols";
import { subLabel } from "../../../server/src/core/editor/labels";
import { parse } from "../../../server/src/core/syntax/parse";
import { targetAt } from "../../../server/src/core/editor/navigation";
import { hover } from "../../../server/src/core/editor/hover";
import { SHIPPED_OPENERS } from "../../../server/src/core/editor/opener-data";

describe("ordinals", () => {
  it("spells sessions as the official texts do", () => {
    expect(ordinalWords(81)).toBe("eighty-first");
    expect(ordinalWords(80)).toBe("eightieth");
    expect(ordinalWords(12)).toBe("twelfth");
    expect(ordinalWords(100)).toBe("one hundredth");
    expect(ordinalWords(101)).toBe("one hundred and first");
    expect(ordinalWords(0)).toBeNull();
    expect(parseOrdinalWords("Eighty first")).toBe(81);
    expect(parseOrdinalWords("Seventy-ninth")).toBe(79);
  });
  it("writes meeting numerals", () => {
    expect([1, 2, 3, 11, 12, 13, 21, 69, 72, 111].map(ordinalNumeral)).toEqual(["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "69th", "72nd", "111th"]);
  });
});

describe("opener forms", () => {
  it("puts the adverb after a participle and before a verb", () => {
    expect(shapeOf("Recalling also", "preamble")).toEqual({ base: "Recalling", form: "also" });
    expect(shapeOf("Noting with concern further", "preamble")).toEqual({ base: "Noting with concern", form: "further" });
    expect(shapeOf("Also calls upon", "operative")).toEqual({ base: "Calls upon", form: "also" });
    expect(shapeOf("Decides also", "operative")).toEqual({ base: "Decides", form: "also" });
    expect(formOf("Takes note", "further", "operative")).toBe("Further takes note");
    expect(formOf("Recognizing", "also", "preamble")).toBe("Recognizing also");
  });
  it("places operative verbs on the strength scale", () => {
    expect(STRENGTH_SCALE).toEqual(["Encourages", "Calls upon", "Urges", "Demands"]);
    expect(["Encourages", "Also calls upon", "Strongly urges", "Demands once more", "Requests"].map(strengthOf)).toEqual([0, 1, 2, 3, -1]);
  });
  it("labels sub-paragraphs in one printed form", () => {
    expect(["(a)", "a.", "ii)", "(iv)"].map(subLabel)).toEqual(["(a)", "(a)", "(ii)", "(iv)"]);
  });
});

describe("internal references", () => {
  it("finds each number of 'paragraphs 3 and 5 above', across a line break, and not external ones", () => {
    const text = "as in paragraphs 3 and 5\nabove, and paragraph 3 of resolution 70/1, and paragraph 5 bis of the present resolution";
    const refs = internalRefs(text);
    expect(refs.map((r) => r.number)).toEqual(["3", "5", "5 bis"]);
    for (const r of refs) expect(text.slice(r.span.start, r.span.end).replace(/\s+/g, " ")).toBe(r.number);
  });
  it("offsets spans by a base", () => {
    expect(internalRefs("paragraph 12 above", 100)[0]!.span).toEqual({ start: 110, end: 112 });
  });
});

describe("document symbols", () => {
  it("finds the symbol forms of conventions §1.2 and leaves sentence periods out", () => {
    const text = "See A/80/327. Also A/RES/78/229, E/CN.15/2024/L.3, A/C.3/80/L.3/Rev.1, A/HRC/RES/53/11 and S/RES/1612 (2005); not 80/110 or A/80.";
    expect(findDocSymbols(text).map((s) => s.symbol)).toEqual(["A/80/327", "A/RES/78/229", "E/CN.15/2024/L.3", "A/C.3/80/L.3/Rev.1", "A/HRC/RES/53/11", "S/RES/1612 (2005)"]);
  });
  it("links to undocs.org or a configured base", () => {
    expect(symbolUrl("A/RES/78/229")).toBe("https://undocs.org/A/RES/78/229");
    expect(symbolUrl("S/RES/1612 (2005)")).toBe("https://undocs.org/S/RES/1612(2005)");
    expect(symbolUrl("A/80/L.22", "https://docs.example.org/s")).toBe("https://docs.example.org/s/A/80/L.22");
  });
});


describe("cited documents", () => {
  it("names the organ's symbol for each citation, every member of a list included", () => {
    const src =
      "The General Assembly,\n\nRecalling Security Council resolution 2250 (2015) of 9 December 2015 and Economic and Social Council " +
      "resolution 2023/16 of 23 June 2023, and its resolutions 69/193 and 69/196 of 18 December 2014 and 70/178 of\n17 December 2015,\n\n" +
      "1. Decides to remain seized of the matter.\n";
    const tree = parse(src, { format: "unres" });
    const symbolAt = (s: string) => {
      const t = targetAt(tree, src.indexOf(s) + 1);
      return t?.kind === "document" ? t.symbol : null;
    };
    expect(["2250", "2023/16", "69/193", "69/196", "70/178"].map(symbolAt)).toEqual([
      "S/RES/2250 (2015)",
      "E/RES/2023/16",
      "A/RES/69/193",
      "A/RES/69/196",
      "A/RES/70/178",
    ]);
  });
});


describe("hover on a decision", () => {
  it("says where a GA decision is published (it has no symbol)", () => {
    const src = "The General Assembly,\n\nRecalling its decision 77/568 of 1 September 2023,\n\n1. Decides to remain seized of the matter.\n";
    const tree = parse(src, { format: "unres" });
    const h = hover(tree, src.indexOf("77/568") + 1, { openers: SHIPPED_OPENERS });
    expect(h?.markdown).toContain("**Decision 77/568**");
    expect(h?.markdown).toContain("Official Records of the seventy-seventh session, Supplement No. 49");
  });
});
