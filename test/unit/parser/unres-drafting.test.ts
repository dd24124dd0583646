// How drafters really write .unres: footnote definitions one per line, italics with asterisks,
// last year's official text pasted into a new file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const doc = (s: string) => parse(s, { format: "unres" });

describe("footnote definitions without blank lines between them", () => {
  it("are one footnote each", () => {
    const t = doc("The General Assembly,\n\nRecalling a,[^1] and b,[^2]\n\n1. Decides c.\n\n[^1]: A.\n[^2]: B.\n");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text, f.markers.length])).toEqual([["1", "A.", 1], ["2", "B.", 1]]);
    expect(t.diagnostics.filter((d) => d.code === "SYN013" || d.code === "SYN014")).toEqual([]);
  });
  it("also right after the last paragraph and with CRLF line ends", () => {
    const t = doc("The General Assembly,\r\n\r\n1. Decides c.[^1][^2]\r\n[^1]: A.\r\n[^2]: B.\r\n[^3]: C\r\ncontinued.\r\n");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text])).toEqual([["1", "A."], ["2", "B."], ["3", "C continued."]]);
    expect(t.operative.map((p) => p.body.text)).toEqual(["Decides c."]);
  });
});

describe("footnote definitions, format from the text", () => {
  it("are split the same without a format hint", () => {
    const t = parse("The General Assembly,\n\n1. Decides c.[^1][^2]\n\n[^1]: A.\n[^2]: B.\n");
    expect(t.format).toBe("unres");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text])).toEqual([["1", "A."], ["2", "B."]]);
  });
});
