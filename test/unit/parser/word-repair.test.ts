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
    // A join neither the document nor the lexicon knows (`commitments` is in the lexicon now: lexicon.ts).
    expect(cutText("our commitme ntz", "nothing")).toBe("our commitme ntz");
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

  it("a hyphen put back on a sub-paragraph's first line is in the sub-paragraph's text as in the paragraph's", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,",
      "Recalling the report of the Secretary-General,", "1.", "Requests:", "(a) The SecretaryGeneral to report;", "(b) The Secretary-General to act.", "2.", "Decides to act."].join("\n");
    const op = parse(text, { format: "official" }).operative[0]!;
    expect(op.body.text).toContain("(a) The Secretary-General to report;");
    expect(op.subparagraphs.map((s) => s.body.text)).toEqual(["The Secretary-General to report;", "The Secretary-General to act."]);
  });

  it("a compound number lost its hyphen (`seventyninth`, `eightyfirst`): always hyphenated, used elsewhere or not", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,",
      "Recalling its resolution adopted at its seventyninth session and the Eightyfirst meeting,", "1.", "Decides to act."].join("\n");
    const t = parse(text, { format: "official" });
    expect(t.preamble[0]!.body.text).toBe("Recalling its resolution adopted at its seventy-ninth session and the Eighty-first meeting,");
  });
});

describe("word repair with the lexicon (words the document writes nowhere else whole)", () => {
  it("joins a split whose join is an English word and a piece is none", () => {
    expect(cutText("to remove barrier s to trade", "")).toBe("to remove barriers to trade");
    expect(cutText("to fac ilitate access", "")).toBe("to facilitate access");
    expect(cutText("all thes e measures", "")).toBe("all these measures");
    expect(cutText("the I nternational Court", "")).toBe("the International Court");
    expect(cutText("its meet ings and", "")).toBe("its meetings and");
    expect(cutText("natural dis asters and", "")).toBe("natural disasters and");
    expect(cutText("the confer ence room", "")).toBe("the conference room");
    expect(cutText("in the Dom inican Republic", "")).toBe("in the Dominican Republic");
  });
  it("joins a year split in two, never other numbers", () => {
    expect(cutText("by 20 23 and", "")).toBe("by 2023 and");
    expect(cutText("by 202 5 and", "")).toBe("by 2025 and");
    expect(cutText("paragraphs 12 13 and", "")).toBe("paragraphs 12 13 and");
    expect(cutText("in 2023 1 and", "")).toBe("in 2023 1 and");
  });
  it("joins two common words only into one of the commonest words, never beside a closed-class word", () => {
    expect(cutText("Goals and see king to complete", "")).toBe("Goals and seeking to complete");
    for (const kept of ["nationals a broad", "in word and in deed", "by any one State", "every day of the year", "it may be that",
      "one per cent of", "primary health care", "to set up a fund", "to see King Charles", "with out"]) {
      expect(cutText(kept, "")).toBe(kept);
    }
  });
  it("a broad stays apart even where the document writes abroad", () => {
    expect(cutText("nationals a broad range", "abroad abroad")).toBe("nationals a broad range");
  });
  it("two common words the document writes side by side elsewhere stay apart", () => {
    expect(cutText("to see king penguins", "we see king penguins")).toBe("to see king penguins");
  });
});

describe("word repair: two joins that share a piece", () => {
  it("makes only the one with the stronger evidence (`to le ave`: `leave`, not `tole` and `leave`)", () => {
    expect(cutText("and to le ave no one behind", "")).toBe("and to leave no one behind");
  });
});

describe("word repair: pieces the document repeats", () => {
  it("a piece that is no English word joins even where other splits made it a word of the document", () => {
    expect(cutText("intimidation a nd harassment", "a nd a nd t he t he")).toBe("intimidation and harassment");
    expect(cutText("reports of t he Secretary-General", "a nd t he t he")).toBe("reports of the Secretary-General");
  });
  it("a closed-class word beside a rarer English word stays apart (`in demonstrable`)", () => {
    expect(cutText("made in demonstrable ways", "")).toBe("made in demonstrable ways");
  });
});

describe("word repair: letter case and shared pieces", () => {
  it("never joins a capital inside a word or a numeral to a word (`VI and`, `to E`)", () => {
    expect(cutText("annexes VI and VII", "")).toBe("annexes VI and VII");
    expect(cutText("from A to E and", "")).toBe("from A to E and");
  });
  it("of two joins sharing a piece with like evidence, the commoner word (`of t he`: `the`, not `oft`)", () => {
    expect(cutText("the reports of t he Secretary-General", "")).toBe("the reports of the Secretary-General");
  });
  it("two words join where the document writes the join at least twice as often as the pair", () => {
    expect(cutText("applicable inter national instruments", "international law inter alia national international")).toBe("applicable international instruments");
    expect(cutText("primary health care", "health care healthcare")).toBe("primary health care");
  });
});

describe("word repair in footnotes", () => {
  it("a footnote's text is repaired as a paragraph's is, and still maps to the source", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1.", "Title", "The General Assembly,",
      "Recalling the report,1", "1.", "Decides to act.", "", "__________________", "1 See the report of the Dom inican Republic, A/80/1.", ""].join("\n");
    const t = parse(text, { format: "official" });
    const fn = t.footnotes[0]!;
    expect(fn.body.text).toBe("See the report of the Dominican Republic, A/80/1.");
    for (const piece of fn.body.pieces) expect(fn.body.text.slice(piece.at, piece.at + piece.end - piece.start)).toBe(t.source.slice(piece.start, piece.end));
  });
});

describe("word repair: the document's own joins that pdftotext made", () => {
  it("two words never join into a word the document has only because pdftotext took its hyphen out", () => {
    expect(cutText("request that the Secretary General ensure", "the SecretaryGeneral and the SecretaryGeneral")).toBe("request that the Secretary General ensure");
    expect(cutText("for capacity building", "capacitybuilding capacitybuilding")).toBe("for capacity building");
  });
  it("a fragment joins the open-class word beside it before a closed-class one (`sea s and`)", () => {
    expect(cutText("the oceans, sea s and marine resources", "")).toBe("the oceans, seas and marine resources");
  });
  it("pieces the document repeats, split the same way, join where it writes the word more often (`Türki ye`)", () => {
    expect(cutText("the Government of Türki ye", "Türkiye, Türkiye, Türki, ye")).toBe("the Government of Türkiye");
  });
});

describe("word repair beside a footnote marker", () => {
  it("a piece with a marker glued to it joins without the marker (`Tuna s45`, pdf.js)", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1. Title", "The General Assembly,", "Recalling the report,1",
      "Recalling the Commission for the Conservation of Atlantic Tuna s2 and the Indian Ocean,", "Noting the report,3", "1. Decides to act.",
      "__________________", "1 See A/80/1.", "2 See A/80/2.", "3 See A/80/3.", "\f"].join("\n");
    const t = parse(text, { format: "official" });
    expect(t.preamble[1]!.body.text).toBe("Recalling the Commission for the Conservation of Atlantic Tunas and the Indian Ocean,");
    expect(t.footnotes[1]!.markers.length).toBe(1);
  });
});

describe("invisible format characters", () => {
  it("a word joiner some extractors keep (`22\\u2060–23`) is no text", () => {
    const text = ["A/RES/80/1", "Distr.: General", "80/1. Title", "The General Assembly,",
      "Recalling the Summit of the Future on 22\u2060–23 September 2024,", "1. Decides to act.", ""].join("\n");
    const t = parse(text, { format: "official" });
    expect(t.preamble[0]!.body.text).toBe("Recalling the Summit of the Future on 22–23 September 2024,");
  });
});
