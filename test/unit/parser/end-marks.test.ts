import { describe, expect, it } from "vitest";
import { endsOperative, endsParagraph, endsSentence, endsWithComma, endsWithMarker, endsWithSpacedNumber, isRegexSpace } from "../../../server/src/core/syntax/end-marks";

// Each test of end-marks.ts is a regular expression read from the end: it must give exactly what the expression gives.
const CASES: [string, (t: string) => boolean, RegExp][] = [
  ["endsParagraph", endsParagraph, /[,;:.]["”’)]?(?:\s?\d{1,3}|\*)?$/],
  ["endsOperative", endsOperative, /[;:.]["”’)]?(?:\s?\d{1,3}|\*)?$/],
  ["endsWithMarker", endsWithMarker, /[A-Za-z,;.)”’]\s?\d{1,3}$/],
  ["endsWithSpacedNumber", endsWithSpacedNumber, / \d{1,3}$/],
  ["endsSentence", endsSentence, /[.;:]["”’)]?$/],
  ["endsWithComma", endsWithComma, /,["”’)]?$/],
];

/** Every string over `alphabet` of length up to `max`, in order. */
function* strings(alphabet: string[], max: number): Generator<string> {
  let level = [""];
  yield "";
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

describe("end marks read from the end", () => {
  // The characters the expressions tell apart: marks, closing quotes, digits, spaces of several kinds, letters.
  const alphabet = [",", ";", ".", ":", "”", ")", "*", "7", " ", "\u00a0", "\t", "a", "Z", "’"];
  for (const [name, fn, re] of CASES) {
    it(`${name} agrees with ${re} on every short string of the characters it tells apart`, () => {
      const wrong: string[] = [];
      for (const s of strings(alphabet, 5)) if (fn(s) !== re.test(s)) wrong.push(JSON.stringify(s));
      expect(wrong.slice(0, 10)).toEqual([]);
    });
    it(`${name} agrees with ${re} on six-character endings, the longest a match can take (\`,” 123\`)`, () => {
      const wrong: string[] = [];
      for (const s of strings([",", ";", "”", " ", "\u00a0", "7", "a", "*"], 6)) if (s.length === 6 && fn(s) !== re.test(s)) wrong.push(JSON.stringify(s));
      expect(wrong.slice(0, 10)).toEqual([]);
    });
    it(`${name} agrees on lines as they end in official text`, () => {
      const lines = ["Recalling its resolution 77/1,", "the Paris Agreement 1", "in 2021, 13", "1988,4", "the year 2020.”", "(a)", "Agenda 216", "session; *", "2023 12", "of 1234", "", "*", "5"];
      for (const l of lines) expect(fn(l), JSON.stringify(l)).toBe(re.test(l));
    });
  }
  it("isRegexSpace is \\s", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});
