// References in a paragraph's joined text. The search starts each kind where its first match can start (from the
// first digit, the first `/`, the first `session`): the longest openings before those must still be found whole.
import { describe, expect, it } from "vitest";
import { findReferences, referencesOf } from "../../../server/src/core/syntax/references";

const refs = (text: string) =>
  findReferences({ text, pieces: [{ at: 0, start: 0, end: text.length }] }, 0).map((r) => [r.kind, r.value, r.text]);

describe("findReferences", () => {
  it("finds a list whose first number comes long after its opening word", () => {
    expect(refs("Recalling its resolution ES-10/21 of 1 May 2020,")).toEqual([
      ["resolution", "ES-10/21", "ES-10/21"], ["date", "2020-05-01", "1 May 2020"],
    ]);
  });
  it("finds the longest session ordinal whole, before or after the first digit", () => {
    expect(refs("at its seventy-seventeenth emergency special session and resolution 78/1,")[0]).toEqual(
      ["session", "", "seventy-seventeenth emergency special session"],
    );
    expect(refs("resolution 78/1 of its seventy-eighth emergency special session")[1]).toEqual(["session", "78", "seventy-eighth emergency special session"]);
    expect(refs("Noting the Eightieth Session of the Assembly,")).toEqual([["session", "80", "Eightieth Session"]]);
  });
  it("finds symbols from their prefix, internal and Security Council references, meetings", () => {
    expect(refs("document A/HRC/55/3 and CEDAW/C/GC/38, the first session")).toEqual([
      ["symbol", "A/HRC/55/3", "A/HRC/55/3"], ["symbol", "CEDAW/C/GC/38", "CEDAW/C/GC/38"], ["session", "1", "first session"],
    ]);
    expect(refs("in paragraph 12 above and resolution 2334 (2016) of the Security Council")).toEqual([
      ["paragraph", "12", "paragraph 12 above"], ["resolution", "2334 (2016)", "2334 (2016)"],
    ]);
    expect(refs("the 12th plenary meeting, on 5 May 2021, and decision 78/501")).toEqual([
      ["meeting", "12", "12th plenary meeting"], ["date", "2021-05-05", "5 May 2021"], ["decision", "78/501", "78/501"],
    ]);
  });
  it("finds nothing in a text with neither a digit nor a session", () => {
    expect(refs("Recognizing the importance of the work of the Commission,")).toEqual([]);
  });
});

describe("referencesOf", () => {
  const body = (text: string) => ({ text, pieces: [{ at: 0, start: 0, end: text.length }] });
  it("is every text's findReferences, in one stable sort by source offset", () => {
    const texts = [
      "Recalling resolutions 78/1 and 78/2 of 5 December 2023, A/78/100 and the seventy-eighth session,",
      "",
      "Noting the 69th plenary meeting and resolution 497 (1981) and paragraph 3 above,",
      "Taking note of decision 77/555 and document E/2023/1, of 1 January 2024",
    ];
    const items = texts.map((t) => ({ body: body(t), span: { start: 0 } }));
    const want = texts.flatMap((t) => findReferences(body(t), 0)).sort((a, b) => a.span.start - b.span.start);
    expect(referencesOf([items.slice(0, 2), [], items.slice(2)])).toEqual(want);
    expect(want.length).toBeGreaterThan(8);
  });
});
