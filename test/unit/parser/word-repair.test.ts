import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { repairCuts, vocabulary } from "../../../server/src/core/syntax/word-repair";

const cutText = (text: string, words: string): string => {
  const v = vocabulary(words + "\n" + text, [{ start: 0, end: words.length }, { start: words.length + 1, end: words.length + 1 + text.length }]);
  const line = { start: words.length + 1, end: words.length + 1 + text.length, cuts: [] };
  const src = words + "\n" + text;
  let out = "";
  let at = line.start;
  for (const c of repairCuts(src, line, v)) {
    out += src.slice(at, c.start);
    at = c.end;
  }
  return out + src.slice(at, line.end);
};

describe("word repair", () => {
  it("joins a word split inside a justified line when the document uses it whole and a piece is no word", () => {
    expect(cutText("our commitme nts to the Agenda", "commitments")).toBe("our commitments to the Agenda");
    expect(cutText("internationa l law", "international")).toBe("international law");
    expect(cutText("a co -located office", "co-located")).toBe("a co-located office");
    expect(cutText("in 202 5 and", "2025")).toBe("in 2025 and");
  });
  it("leaves two words that are words of the document, alone or in compounds, and unknown joins", () => {
    expect(cutText("reduce hazard exposure", "hazardexposure multi-hazard exposure")).toBe("reduce hazard exposure");
    expect(cutText("the high level meeting", "highlevel high-level")).toBe("the high level meeting");
    expect(cutText("our commitme nts", "nothing")).toBe("our commitme nts");
    expect(cutText("paragraph 5 above", "paragraph5")).toBe("paragraph 5 above");
  });
  it("in the reader: the paragraph text is repaired and still maps to the source", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,",
      "Reaffirming its commitments to the Agenda,", "Recalling its commitme nts to the Charter,", "1.", "Decides to act."].join("\n");
    const t = parse(text, { format: "official" });
    expect(t.preamble[1]!.body.text).toBe("Recalling its commitments to the Charter,");
    for (const piece of t.preamble[1]!.body.pieces) {
      expect(t.preamble[1]!.body.text.slice(piece.at, piece.at + piece.end - piece.start)).toBe(t.source.slice(piece.start, piece.end));
    }
  });

  it("a line-end hyphen pdftotext took out as it joined the lines (`SecretaryGeneral`) is put back where the document hyphenates the word", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,",
      "Recalling the reports of the Secretary-General on the Nuclear-Weapon-Free Zone,",
      "Noting the report of the SecretaryGeneral on the NuclearWeapon-Free Zone and on decisionmaking,", "1.", "Decides to act."].join("\n");
    const t = parse(text, { format: "official" });
    const p = t.preamble[1]!;
    expect(p.body.text).toBe("Noting the report of the Secretary-General on the Nuclear-Weapon-Free Zone and on decisionmaking,");
    // Every piece still maps to the source; the hyphen is the reader's, in no piece.
    for (const piece of p.body.pieces) expect(p.body.text.slice(piece.at, piece.at + piece.end - piece.start)).toBe(t.source.slice(piece.start, piece.end));
    expect(p.body.pieces.reduce((n, x) => n + x.end - x.start, 0)).toBe(p.body.text.length - 2);
  });

  it("a compound number lost its hyphen (`seventyninth`, `eightyfirst`): always hyphenated, used elsewhere or not", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,",
      "Recalling its resolution adopted at its seventyninth session and the Eightyfirst meeting,", "1.", "Decides to act."].join("\n");
    const t = parse(text, { format: "official" });
    expect(t.preamble[0]!.body.text).toBe("Recalling its resolution adopted at its seventy-ninth session and the Eighty-first meeting,");
  });
});
