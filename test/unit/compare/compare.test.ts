import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import { classifyChanges } from "../../../server/src/core/compare/classify";
import { diffParagraphWords } from "../../../server/src/core/compare/words";
import { doc, fn, op, pp } from "./helpers";

const brief = (d: ReturnType<typeof compareDocuments>) =>
  d.paragraphs.map((p) => `${p.old?.label ?? "-"} ${p.new?.label ?? "-"} ${p.status}${p.technical ? " T" : ""}`);

describe("compareDocuments: alignment", () => {
  it("finds identical paragraphs despite whitespace and quote style", () => {
    const a = doc("old", [pp("Recalling  its resolution on “oceans”,"), op("Decides to remain seized of the matter.")]);
    const b = doc("new", [pp('Recalling its resolution on "oceans",'), op("Decides to remain seized of the matter.")]);
    expect(brief(compareDocuments(a, b))).toEqual(["PP1 PP1 unchanged T", "OP1 OP1 unchanged T"]);
  });
  it("reports inserted and deleted paragraphs and renumbering after them", () => {
    const a = doc("old", [op("Welcomes the report of the Secretary-General;"), op("Requests the Secretary-General to report back;")]);
    const b = doc("new", [
      op("Welcomes the report of the Secretary-General;"),
      op("Invites Member States to share their views on the matter with the Committee;"),
      op("Requests the Secretary-General to report back;"),
    ]);
    expect(brief(compareDocuments(a, b))).toEqual(["OP1 OP1 unchanged T", "- OP2 added", "OP2 OP3 renumbered T"]);
  });
  it("places a removed paragraph where it was", () => {
    const a = doc("old", [op("Alpha beta gamma delta;"), op("Epsilon zeta eta theta;"), op("Iota kappa lambda mu.")]);
    const b = doc("new", [op("Alpha beta gamma delta;"), op("Iota kappa lambda mu.", "2")]);
    expect(brief(compareDocuments(a, b))).toEqual(["OP1 OP1 unchanged T", "OP2 - removed", "OP3 OP2 renumbered T"]);
  });
  it("detects a moved paragraph", () => {
    const texts = ["Alpha beta gamma delta;", "Epsilon zeta eta theta;", "Iota kappa lambda mu;", "Nu xi omicron pi."];
    const a = doc("old", texts.map((t) => op(t)));
    const b = doc("new", [texts[1]!, texts[2]!, texts[0]!, texts[3]!].map((t) => op(t)));
    const d = compareDocuments(a, b);
    expect(brief(d)).toEqual(["OP2 OP1 renumbered T", "OP3 OP2 renumbered T", "OP1 OP3 moved T", "OP4 OP4 unchanged T"]);
  });
  it("pairs a reworded paragraph and calls out its opener", () => {
    const a = doc("old", [op("Encourages all States to cooperate fully with the Special Rapporteur in the discharge of the mandate;")]);
    const b = doc("new", [op("Urges all States to cooperate fully with the Special Rapporteur in the discharge of the mandate;")]);
    const d = compareDocuments(a, b);
    expect(brief(d)).toEqual(["OP1 OP1 modified"]);
    expect(d.paragraphs[0]!.opener).toEqual({ old: "Encourages", new: "Urges" });
    expect(d.summary.openerChanges).toBe(1);
  });
  it("leaves unrelated paragraphs as removed and added", () => {
    const a = doc("old", [op("Decides to convene a high-level meeting on oceans in 2027;")]);
    const b = doc("new", [op("Welcomes the contribution of civil society to the work of the Committee;")]);
    expect(brief(compareDocuments(a, b))).toEqual(["OP1 - removed", "- OP1 added"]);
  });
  it("reports a split", () => {
    const a = doc("old", [
      op("Calls upon States to ratify the Convention and to implement it fully, and requests the Secretary-General to provide technical assistance to States that request it;"),
    ]);
    const b = doc("new", [
      op("Calls upon States to ratify the Convention and to implement it fully;"),
      op("Requests the Secretary-General to provide technical assistance to States that request it;"),
    ]);
    const d = compareDocuments(a, b);
    expect(brief(d)).toEqual(["OP1 OP1 split", "OP1 OP2 split"]);
    expect(d.paragraphs.map((p) => p.with)).toEqual([["OP2"], ["OP1"]]);
  });
  it("reports a merge", () => {
    const a = doc("old", [
      op("Calls upon States to ratify the Convention and to implement it fully;"),
      op("Requests the Secretary-General to provide technical assistance to States that request it;"),
    ]);
    const b = doc("new", [
      op("Calls upon States to ratify the Convention and to implement it fully, and requests the Secretary-General to provide technical assistance to States that request it;"),
    ]);
    expect(brief(compareDocuments(a, b))).toEqual(["OP1 OP1 merged", "OP2 OP1 merged"]);
  });
  it("compares footnotes apart and treats renumbering as technical", () => {
    const a = doc("old", [fn("A/79/68.", "1"), fn("United Nations, Treaty Series, vol. 75, No. 973.", "2")]);
    const b = doc("new", [fn("United Nations, Treaty Series, vol. 75, No. 973.", "1"), fn("A/80/327.", "2")]);
    const d = compareDocuments(a, b);
    expect(d.paragraphs.every((p) => p.kind === "footnote")).toBe(true);
    expect(brief(d)).toEqual(["FN2 FN1 renumbered T", "FN1 FN2 moved T"]);
    expect(d.paragraphs[1]!.reasons).toEqual(["footnote-number", "symbol"]);
  });
});

describe("technical vs substantive", () => {
  const classify = (a: string, b: string) => classifyChanges(diffParagraphWords(a, b).changes);
  it("session ordinals before 'session'", () => {
    expect(classify("to include in the provisional agenda of its seventy-ninth session the item", "to include in the provisional agenda of its eightieth session the item")).toEqual({
      technical: true,
      reasons: ["session"],
    });
  });
  it("an ordinal that is not a session is substantive", () => {
    expect(classify("the third review conference", "the fourth review conference").technical).toBe(false);
  });
  it("dates, years and symbols", () => {
    expect(classify("the report of 19 December 2023 (A/78/123)", "the report of 2 December 2025 (A/80/327)")).toEqual({
      technical: true,
      reasons: ["date", "symbol", "year"],
    });
  });
  it("a lone day number with no month is substantive", () => {
    expect(classify("within 30 days", "within 60 days").technical).toBe(false);
  });
  it("appending the predecessor to a Recalling list", () => {
    expect(
      classify(
        "Recalling its resolutions 76/185 of 16 December 2021 and 77/232 of 15 December 2022,",
        "Recalling its resolutions 76/185 of 16 December 2021, 77/232 of 15 December 2022 and 78/229 of 19 December 2023,",
      ),
    ).toEqual({ technical: true, reasons: ["date", "recalling-list", "year"] });
  });
  it("glue words alone are substantive", () => {
    expect(classify("the rights of women", "the rights and of women").technical).toBe(false);
  });
  it("meeting numbers", () => {
    expect(classify("adopted at the 54th plenary meeting", "adopted at the 61st plenary meeting")).toEqual({ technical: true, reasons: ["meeting"] });
  });
  it("a new word is substantive", () => {
    expect(classify("Calls upon States to act", "Calls upon all States to act").technical).toBe(false);
  });
  it("a quote-style change is formatting", () => {
    expect(classify("the item entitled “Oceans”", 'the item entitled "Oceans"')).toEqual({ technical: true, reasons: ["formatting"] });
  });
});

describe("cross-references", () => {
  const classify = (a: string, b: string) => classifyChanges(diffParagraphWords(a, b).changes);
  it("a paragraph number referred to 'above' follows the renumbering: technical", () => {
    expect(classify("the trust fund referred to in paragraph 99 above", "the trust fund referred to in paragraph 88 above")).toEqual({ technical: true, reasons: ["paragraph"] });
  });
  it("a paragraph of another instrument is substantive", () => {
    expect(classify("in accordance with paragraph 5 of annex III", "in accordance with paragraph 7 of annex III").technical).toBe(false);
  });
});
