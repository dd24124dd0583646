// Citation lists: every resolution of "its resolutions 69/193 and 69/196 of 18 December 2014, 70/178 … and
// 78/229 of 19 December 2023" is its own reference with its own span.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const refs = (para: string, kind = "resolution") => {
  const t = parse(`The General Assembly,\n\n${para}\n\n1. Decides to act.\n`, { format: "unres" });
  return t.references.filter((r) => r.kind === kind).map((r) => [r.value, t.source.slice(r.span.start, r.span.end)]);
};

describe("resolution lists", () => {
  it("finds every member, across dates, annexes and line breaks", () => {
    const got = refs("Recalling its resolutions 69/193 and 69/196 of 18 December 2014, 70/178 and 70/182 of\n17 December 2015, 71/209, annex, of 19 December 2016, 72/1 A and B of 1 December 2017 and 78/229 of 19 December 2023,");
    expect(got).toEqual([
      ["69/193", "69/193"], ["69/196", "69/196"], ["70/178", "70/178"], ["70/182", "70/182"], ["71/209", "71/209"],
      ["72/1 A", "72/1 A"], ["78/229", "78/229"],
    ]);
    expect(refs("Recalling its resolutions 69/193 of 18 December 2014 and 78/229 of 19 December 2023,", "date").map((r) => r[0])).toEqual(["2014-12-18", "2023-12-19"]);
  });
  it("stops where the list ends", () => {
    expect(refs("Recalling its resolution 78/229 of 19 December 2023 and the report 80/12 of the Board,").map((r) => r[0])).toEqual(["78/229"]);
    expect(refs("Recalling its resolutions 77/1 to 77/3 and decision 78/501,").map((r) => r[0])).toEqual(["77/1", "77/3"]);
  });
});
