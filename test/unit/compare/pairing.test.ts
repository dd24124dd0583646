// Pairing that survives truncation, extension, splits and merges with a paragraph between, boilerplate decoys and moves.
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare";
import { doc, op } from "./helpers";

const pairs = (a: string[], b: string[]) =>
  compareDocuments(doc("A", a.map((t) => op(t))), doc("B", b.map((t) => op(t)))).paragraphs.map((p) => `${p.old?.label ?? "-"}>${p.new?.label ?? "-"} ${p.status}`);

const LONG =
  "Calls upon States to take all necessary measures to prevent and combat illicit trafficking in cultural property, including by strengthening border controls, training customs and law enforcement officials, establishing national inventories of protected objects and cooperating with museums, auction houses and online platforms to verify provenance before any sale";
const REPORT = "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution";

describe("pairing", () => {
  it("a paragraph cut to its first third is modified, not removed and added", () => {
    const cut = LONG.split(" ").slice(0, 18).join(" ") + ";";
    expect(pairs(["Welcomes the report;", LONG + ";", REPORT + ";"], ["Welcomes the report;", cut, REPORT + ";"])).toContain("OP2>OP2 modified");
  });
  it("a paragraph extended to three times its length is modified", () => {
    const short = LONG.split(" ").slice(0, 18).join(" ") + ";";
    expect(pairs(["Welcomes the report;", short, REPORT + ";"], ["Welcomes the report;", LONG + ";", REPORT + ";"])).toContain("OP2>OP2 modified");
  });
  it("a split with a new paragraph between the parts", () => {
    const a = "Encourages Member States to ratify the Convention against Transnational Organized Crime and its protocols without delay";
    const b = "invites donors to fund technical assistance for the drafting of implementing legislation in small island developing States";
    const x = "Decides to convene a high-level meeting on the protection of maritime archaeological heritage in 2027";
    const got = pairs([`${a}, and ${b};`, REPORT + ";"], [`${a};`, `${x};`, `Also ${b};`, REPORT + ";"]);
    expect(got).toEqual(expect.arrayContaining(["OP1>OP1 split", "OP1>OP3 split", "->OP2 added"]));
  });
  it("a merge with an old paragraph between the parts", () => {
    const a = "Encourages Member States to ratify the Convention against Transnational Organized Crime and its protocols without delay";
    const b = "invites donors to fund technical assistance for the drafting of implementing legislation in small island developing States";
    const x = "Decides to convene a high-level meeting on the protection of maritime archaeological heritage in 2025";
    const got = pairs([`${a};`, `${x};`, `Also ${b};`], [`${a}, and ${b};`]);
    expect(got).toEqual(expect.arrayContaining(["OP1>OP1 merged", "OP3>OP1 merged", "OP2>- removed"]));
  });
  it("a citation kept verbatim pairs with the paragraph citing it, not with one whose citation only folds alike", () => {
    const got = pairs(
      ["Recalls its resolution 77/208 of 15 December 2022;", "Also recalls its resolution 67/19 of 29 November 2012;", REPORT + ";"],
      ["Recalls its resolution 67/19 of 29 November 2012;", REPORT + ";"],
    );
    expect(got).toEqual(expect.arrayContaining(["OP2>OP1 modified", "OP1>- removed"]));
    // A rollover still pairs: the new paragraph cites a later resolution no old paragraph cites.
    expect(pairs(["Recalls its resolution 78/208 of 15 December 2023;", REPORT + ";"], ["Recalls its resolution 80/12 of 1 December 2025;", REPORT + ";"])).toContain("OP1>OP1 modified");
  });
  it("boilerplate openings do not pair paragraphs on different subjects", () => {
    const old = [
      "Requests the Secretary-General to submit a report on the situation of migrant workers in agriculture, including seasonal workers",
      "Requests the Secretary-General to submit a report on the protection of journalists in armed conflict",
      "Requests the Secretary-General to submit a report on the rights of older persons in humanitarian emergencies",
    ];
    const neu = [
      "Requests the Secretary-General to submit a report on the rights of persons with albinism in rural areas",
      "Requests the Secretary-General to submit a report on the protection of journalists and media workers in armed conflict",
      "Requests the Secretary-General to submit a report on the situation of migrant workers in agriculture and fisheries, including seasonal workers",
    ];
    const got = pairs(old, neu);
    expect(got).toEqual(expect.arrayContaining(["OP1>OP3 moved", "OP2>OP2 modified", "OP3>- removed", "->OP1 added"]));
  });
  it("a reworded paragraph that moved is paired across the text", () => {
    const p = "Stresses the importance of the full and effective participation of indigenous peoples in decisions on the management of protected marine areas";
    const got = pairs([p + ";", "Notes the work of the Commission;", "Welcomes the cooperation of regional fisheries bodies;", REPORT + ";"], [
      "Notes the work of the Commission;",
      "Welcomes the cooperation of regional fisheries bodies;",
      REPORT + ";",
      p.replace("full and effective", "full, equal and meaningful") + ";",
    ]);
    expect(got.some((g) => /^OP1>OP4 (moved|modified)/.test(g))).toBe(true);
  });
});
