// The official reader honours what a PDF or Word reader knows beyond the text (syntax/cues.ts); without cues
// the same text reads as before. Cues here are made by hand, as the PDF reader would give them.
import { describe, expect, it } from "vitest";
import type { LineCue } from "../../../server/src/core/syntax/cues";
import { parse } from "../../../server/src/core/syntax/parse";

const HEAD = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,"];
const doc = (body: string[]): string => [...HEAD, ...body, "", "__________________", "1 A/80/1.", ""].join("\n");
const lineNo = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.startsWith(needle));
const read = (text: string, lines: LineCue[], italicsKnown = true) => parse(text, { format: "official", cues: { lines, italicsKnown } });

describe("cues from a richer source", () => {
  it("italic extent: the opener is the italic run, extended to its last word", () => {
    const text = doc(["Recalling its resolution 79/1,", "1.", "Takes note of the report;", "2.", "Requests the Secretary-General to report."]);
    const plain = parse(text, { format: "official" });
    expect(plain.operative[0]!.opener?.text).toBe("Takes note");
    const op1 = lineNo(text, "Takes note");
    // This text sets `of` italic too, and the run stops inside it (a kerning gap): the opener ends with the word.
    const t = read(text, [{ line: op1, italicEnd: 12 }, { line: lineNo(text, "Requests"), italicEnd: 8 }]);
    expect(t.operative[0]!.opener?.text).toBe("Takes note of");
    expect(t.operative[0]!.opener?.head).toBe(plain.operative[0]!.opener?.head);
    expect(t.operative[1]!.opener?.text).toBe("Requests");
    const o = t.operative[0]!.opener!;
    expect(t.source.slice(o.span.start, o.span.end)).toBe("Takes note of");
  });

  it("italic extent is ignored where the source cannot tell italics", () => {
    const text = doc(["Recalling its resolution 79/1,", "1.", "Takes note of the report."]);
    const t = read(text, [{ line: lineNo(text, "Takes note"), italicEnd: 13 }], false);
    expect(t.operative[0]!.opener?.text).toBe("Takes note");
  });

  it("a first-line indent opens a paragraph the words alone would not", () => {
    const text = doc(["Recalling its resolution 79/1 on the matter,", "Thoughtful of the work done so far,", "1.", "Decides to act."]);
    expect(parse(text, { format: "official" }).preamble.length).toBe(1);
    const t = read(text, [{ line: lineNo(text, "Thoughtful"), indent: 36 }]);
    expect(t.preamble.map((p) => p.body.text)).toEqual(["Recalling its resolution 79/1 on the matter,", "Thoughtful of the work done so far,"]);
  });

  it("superscripts are the footnote markers, and digits printed in line are not", () => {
    const text = doc(["Recalling paragraph 1 above,", "1.", "Decides to act."]);
    const plain = parse(text, { format: "official" });
    expect(plain.preamble[0]!.markers).toEqual([]);
    const line = lineNo(text, "Recalling paragraph");
    const at = "Recalling paragraph ".length;
    const t = read(text, [{ line, superscripts: [[at, at + 1]] }]);
    expect(t.preamble[0]!.markers.map((m) => m.number)).toEqual(["1"]);
    expect(t.preamble[0]!.body.text).toBe("Recalling paragraph above,");
    // `2002,1`-style glued digits that the cues say are roman stay text.
    const glued = doc(["Recalling its resolution of 2002,1", "1.", "Decides to act."]);
    const roman = read(glued, [{ line: lineNo(glued, "Recalling its"), superscripts: [] }]);
    expect(roman.preamble[0]!.markers).toEqual([]);
    expect(parse(glued, { format: "official" }).preamble[0]!.markers.map((m) => m.number)).toEqual(["1"]);
  });
});
