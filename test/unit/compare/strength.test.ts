// The strength scale covers every operative head verb seen in 902 resolutions; changes are named both ways.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments, qualifierChanges, rankedVerb, STRENGTH_SCALE, strengthChange, strengthOf, UNRANKED_VERBS } from "../../../server/src/core/compare";
import { doc, op } from "./helpers";

const verbs = readFileSync(join(__dirname, "../../fixtures/compare/lists/operative-head-verbs.txt"), "utf8").split("\n").map((v) => v.trim()).filter(Boolean);

describe("strength scale", () => {
  it("places every listed head verb on the scale or marks it unranked, never both", () => {
    expect(verbs.length).toBeGreaterThanOrEqual(70);
    const missing = verbs.filter((v) => !rankedVerb(v) && !UNRANKED_VERBS.includes(v));
    const both = verbs.filter((v) => rankedVerb(v) && UNRANKED_VERBS.includes(v));
    expect({ missing, both }).toEqual({ missing: [], both: [] });
  });
  it("orders the asks: Encourages < Urges < Calls upon < Requests < Demands", () => {
    const order = ["Encourages States", "Urges States", "Calls upon States", "Requests States", "Demands that States"].map((t) => strengthOf(t)!);
    expect(order.every((s) => s.family === "action")).toBe(true);
    for (let i = 1; i < order.length; i++) expect(order[i]!.level).toBeGreaterThan(order[i - 1]!.level);
  });
  it("reads longer phrases first and ignores Also / Further", () => {
    expect(strengthOf("Notes with concern the decline")!.family).toBe("concern");
    expect(strengthOf("Also notes the report")!.family).toBe("appreciation");
    expect(strengthOf("Further requests the Secretary-General")!.phrase).toBe("requests");
    expect(strengthOf("Calls once again upon States")!.phrase).toBe("calls upon");
    expect(strengthOf("Decides to remain seized of the matter")).toBeNull();
  });
  it("spells every phrase in lower-case ASCII letters and hyphens, words parted by one space (openers are looked up by their first word)", () => {
    const phrases = Object.values(STRENGTH_SCALE).flat(2);
    expect(phrases.filter((p) => !/^[a-z-]+(?: [a-z-]+)*$/.test(p))).toEqual([]);
  });
  it("reads an opener's first word whatever follows it, and only a whole word", () => {
    expect(strengthOf("Urges, once again, States")!.phrase).toBe("urges");
    expect(strengthOf("Urges\u00a0States")!.phrase).toBe("urges");
    expect(strengthOf("1. Urges States")!.phrase).toBe("urges");
    expect(strengthOf("Urgesé States")).toBeNull();
    expect(strengthOf("Urges-States")).toBeNull();
    expect(strengthOf("Re-emphasizes the need")!.phrase).toBe("re-emphasizes");
    expect(strengthOf("Strongly  condemns the attacks")!.phrase).toBe("strongly condemns");
    expect(strengthOf("Also  strongly supports the work")!.phrase).toBe("strongly supports");
  });
  it("names changes both ways, and a change of kind as such", () => {
    expect(strengthChange("Encourages States to act", "Urges States to act")!.change).toBe("stronger");
    expect(strengthChange("Condemns the attacks", "Expresses concern about the attacks")!.change).toBe("weaker");
    expect(strengthChange("Takes note of the report", "Welcomes the report")!.change).toBe("stronger");
    expect(strengthChange("Welcomes the report", "Notes with concern the report")!.change).toBe("other-kind");
    expect(strengthChange("Encourages States", "Also encourages States")).toBeNull();
    expect(strengthChange("Condemns the attacks", "Strongly condemns the attacks")!.change).toBe("stronger");
  });
});

describe("qualifiers", () => {
  it("added and removed, longest phrase first", () => {
    expect(qualifierChanges("Invites States to contribute to the fund", "Invites States to contribute, on a voluntary basis, to the fund, as appropriate")).toEqual({
      added: ["as appropriate", "on a voluntary basis"],
      removed: [],
    });
    expect(qualifierChanges("within existing resources, where appropriate", "where appropriate")).toEqual({ added: [], removed: ["within existing resources"] });
    expect(qualifierChanges("the same text", "the same text")).toBeNull();
  });
  it("in the comparison's summary and verdict line", () => {
    const d = compareDocuments(
      doc("A", [op("Encourages States to strengthen cooperation on the protection of migrants, within existing resources;"), op("Urges States to ratify the Convention;")]),
      doc("B", [op("Urges States to strengthen cooperation on the protection of migrants;"), op("Encourages States to ratify the Convention, as appropriate;")]),
    );
    expect(d.summary).toMatchObject({ stronger: 1, weaker: 1, qualifiersAdded: 1, qualifiersRemoved: 1 });
    expect(d.paragraphs[0]!.strength).toEqual({ old: "encourages", new: "urges", change: "stronger" });
    expect(d.paragraphs[1]!.qualifiers).toEqual({ added: ["as appropriate"], removed: [] });
  });
});

describe("docs/negotiation-language.md", () => {
  it("holds the scale, the unranked verbs and the qualifiers exactly as the core ships them", async () => {
    const { STRENGTH_SCALE, QUALIFIERS } = await import("../../../server/src/core/compare");
    const doc = readFileSync(join(__dirname, "../../../docs/negotiation-language.md"), "utf8");
    expect(doc).toContain(scaleTable(STRENGTH_SCALE));
    expect(doc).toContain(UNRANKED_VERBS.join(", "));
    expect(doc).toContain(QUALIFIERS.map((q) => `\`${q}\``).join(", "));
  });
});

/** The scale as the doc prints it: one table per family, a row per level. */
export function scaleTable(scale: Record<string, readonly (readonly string[])[]>): string {
  return Object.entries(scale)
    .map(([family, levels]) => [`### ${family}`, "", "| level | phrases |", "|---|---|", ...levels.map((p, i) => `| ${i} | ${p.join(", ")} |`)].join("\n"))
    .join("\n\n");
}

describe("every qualifier is found", () => {
  it("alone in a text", async () => {
    const { QUALIFIERS } = await import("../../../server/src/core/compare");
    for (const q of QUALIFIERS) expect(qualifierChanges("Invites States to act.", `Invites States to act ${q}.`)?.added, q).toEqual([q]);
  });
});
