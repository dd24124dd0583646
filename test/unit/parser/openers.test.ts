// The shipped opener data equals the corpus lists, and matching prefers the phrase official
// typesetting sets in italics.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OPERATIVE_HEAD_VERBS, OPERATIVE_OPENERS, PREAMBULAR_HEAD_WORDS, PREAMBULAR_OPENERS } from "../../../server/src/core/data/openers";
import { matchOpener } from "../../../server/src/core/syntax/opener";

const LISTS = join(__dirname, "../../fixtures/corpus/lists");
const tsv = (f: string) => readFileSync(join(LISTS, f), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")).map(([phrase, c, r]) => ({ phrase, count: Number(c), resolutions: Number(r) }));
const words = (f: string) => readFileSync(join(LISTS, f), "utf8").split("\n").map((s) => s.trim()).filter(Boolean);

describe("opener data", () => {
  it("ships the corpus lists unchanged (regenerate with node scripts/generate-openers.mjs)", () => {
    expect(PREAMBULAR_OPENERS).toEqual(tsv("preambular-openers.tsv"));
    expect(OPERATIVE_OPENERS).toEqual(tsv("operative-openers.tsv"));
    expect(PREAMBULAR_HEAD_WORDS).toEqual(words("preambular-head-words.txt"));
    expect(OPERATIVE_HEAD_VERBS).toEqual(words("operative-head-verbs.txt"));
    expect(PREAMBULAR_OPENERS.length).toBe(265);
    expect(OPERATIVE_OPENERS.length).toBe(292);
  });
});

describe("matchOpener", () => {
  const op = (t: string) => matchOpener(t, "operative");
  const pp = (t: string) => matchOpener(t, "preamble");
  it("takes the longest known phrase", () => {
    expect(op("Takes note with appreciation of the report")).toMatchObject({ text: "Takes note with appreciation", head: "Takes", known: true });
    expect(pp("Noting with deep concern that")).toMatchObject({ text: "Noting with deep concern", known: true });
    expect(pp("Recalling also its resolution")).toMatchObject({ text: "Recalling also", head: "Recalling" });
  });
  it("leaves a rare object-like extension roman", () => {
    expect(op("Takes note of the report")?.text).toBe("Takes note");
    expect(op("Stresses the importance of")?.text).toBe("Stresses");
    expect(op("Recalls its decision to hold")?.text).toBe("Recalls");
    expect(op("Reiterates its invitation to Governments")?.text).toBe("Reiterates its invitation");
  });
  it("needs a word boundary", () => {
    expect(pp("Recallingly odd")).toBeNull();
    expect(op("Decidesx")).toBeNull();
  });
  it("falls back to head words and adverbs, marked unlisted", () => {
    expect(pp("Welcoming in this regard further the outcome")).toMatchObject({ text: "Welcoming in this regard further", known: false });
    expect(op("Warmly congratulates the new leadership")).toMatchObject({ text: "Warmly congratulates", head: "Congratulates", known: false });
    expect(op("Once again invites the Secretary-General")).toMatchObject({ text: "Once again invites", known: false });
    expect(pp("Understanding that a freeze")).toMatchObject({ text: "Understanding", known: false });
  });
  it("matches across a no-break space without moving offsets", () => {
    expect(pp("Noting\u00a0with concern the")).toMatchObject({ text: "Noting with concern", length: 19 });
  });
  it("reads any fixed space in or after a phrase as a space, and writes the phrase with plain spaces", () => {
    expect(pp("Recalling\u00a0also its resolution")).toMatchObject({ text: "Recalling also", length: 14, known: true });
    expect(op("Takes note\u2009with appreciation of")).toMatchObject({ text: "Takes note with appreciation", length: 28 });
    expect(op("Notes\u00a0also that")).toMatchObject({ text: "Notes also", known: false, listed: true });
    expect(op("Once\u00a0again\u00a0invites")).toMatchObject({ text: "Once again invites", head: "Invites", known: false });
  });
  it("joins an adverb to a phrase only where the adverb ends a word", () => {
    expect(pp("Recognizing also2")?.text).toBe("Recognizing");
    expect(pp("Recognizing also-")?.text).toBe("Recognizing");
    expect(pp("Recognizing also.")?.text).toBe("Recognizing also");
    expect(pp("Recalling1")).toMatchObject({ text: "Recalling", known: false });
  });
});
