// Suppression directives resolve to ranges before rules run; ids and names pair up.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { lintTree } from "../../../server/src/core/lint/index";

const codes = (text: string) => lintTree(parse(text, { format: "unres" })).map((d) => d.code);
const PP = 'Noting the "report" of the Secretary-General;';

describe("suppression", () => {
  it("disable by name, enable by id", () => {
    const text = `The General Assembly,\n\n<!-- resdraft-disable curly-quotes -->\n${PP}\n\n<!-- resdraft-enable RES023 -->\n${PP}\n\nDecides to remain seized of the matter.\n`;
    expect(codes(text).filter((c) => c === "RES023")).toHaveLength(2);
    expect(codes(text).filter((c) => c === "RES003")).toHaveLength(2);
  });
  it("disable everything, then enable one rule again", () => {
    const text = `The General Assembly,\n\n<!-- resdraft-disable -->\n${PP}\n\n<!-- resdraft-enable RES003 -->\n${PP}\n\nDecides to remain seized of the matter.\n`;
    expect(codes(text)).toEqual(["RES003"]);
  });
  it("disable-next-paragraph covers only the next paragraph, every rule without ids", () => {
    const text = `The General Assembly,\n\n<!-- resdraft-disable-next-paragraph -->\n${PP}\n\n${PP}\n\nDecides to remain seized of the matter.\n`;
    expect(codes(text).sort()).toEqual(["RES003", "RES023", "RES023"]);
  });
  it("comments that are not directives change nothing", () => {
    const text = `The General Assembly,\n\n<!-- a note for the facilitator -->\n${PP}\n\nDecides to remain seized of the matter.\n`;
    expect(codes(text).sort()).toEqual(["RES003", "RES023", "RES023"]);
  });
});
