// `markKeywords` must find exactly what `includes` finds for each qualifier keyword, on any text.
import { describe, expect, it } from "vitest";
import { markKeywords } from "../../../server/src/core/compare/strength";

const KEYWORDS = "appropriate|relevant|applicable|possible|feasible|necessary|resources|voluntary|legislation|priorities|circumstances|agreed|request|consent".split("|");

function byIncludes(t: string): number[] {
  return KEYWORDS.map((k) => (t.includes(k) ? 1 : 0));
}

describe("markKeywords", () => {
  it("agrees with includes on texts made of keyword pieces, letters, spaces and other units", () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const pieces = [...KEYWORDS, ...KEYWORDS.map((k) => k.slice(0, 1 + (k.length >> 1))), ...KEYWORDS.map((k) => k.slice(2)), "a", "r", "e", " ", "-", "\u0000", "é", "İ", "z", "`", "{", "applicablegislation", "reresources"];
    const out = new Int8Array(KEYWORDS.length);
    for (let n = 0; n < 20_000; n++) {
      let t = "";
      const parts = next() % 8;
      for (let k = 0; k < parts; k++) t += pieces[next() % pieces.length];
      markKeywords(t, out);
      expect([...out], JSON.stringify(t)).toEqual(byIncludes(t));
    }
  });

  it("finds keywords at the very start and end, and none in an empty or one-letter text", () => {
    const out = new Int8Array(KEYWORDS.length);
    markKeywords("consent", out);
    expect([...out]).toEqual(byIncludes("consent"));
    markKeywords("as appropriate", out);
    expect([...out]).toEqual(byIncludes("as appropriate"));
    for (const t of ["", "a"]) {
      markKeywords(t, out);
      expect([...out]).toEqual(byIncludes(t));
    }
  });
});
