// Annexes are compared paragraph by paragraph, not dropped.
import { describe, expect, it } from "vitest";
import { comparableFromTree, compareDocuments } from "../../../server/src/core/compare";
import { parse } from "../../../server/src/core/syntax/parse";

const draft = (annex: string) =>
  parse(
    `---\nsymbol: A/C.3/81/L.9\n---\n\nRecalling its resolution 80/229 of 18 December 2025,\n\n1. Adopts the guidelines contained in the annex to the present resolution;\n\n2. Decides to remain seized of the matter.\n\nAnnex\n\n${annex}\n`,
    { format: "unres" },
  );

describe("annexes", () => {
  const annex = [
    "1. States should establish independent oversight bodies with adequate resources.",
    "2. Oversight bodies should publish annual reports on their findings.",
    "3. States should cooperate with regional mechanisms on data collection.",
  ];
  it("reads an annex's paragraphs", () => {
    const d = comparableFromTree(draft(annex.join("\n\n")));
    expect(d.paragraphs.filter((p) => p.kind === "annex").map((p) => `${p.number}. ${p.text}`)).toEqual(annex);
  });
  it("compares them: one changed, one added, the rest unchanged", () => {
    const changed = [annex[0]!, annex[1]!.replace("annual", "biennial"), "3. States should train oversight staff in forensic accounting.", annex[2]!.replace("3.", "4.")];
    const d = compareDocuments(comparableFromTree(draft(annex.join("\n\n"))), comparableFromTree(draft(changed.join("\n\n"))));
    const got = d.paragraphs.filter((p) => p.kind === "annex").map((p) => `${p.old?.label ?? "-"} > ${p.new?.label ?? "-"} ${p.status}`);
    expect(got).toEqual(["Annex ¶1 > Annex ¶1 unchanged", "Annex ¶2 > Annex ¶2 modified", "- > Annex ¶3 added", "Annex ¶3 > Annex ¶4 renumbered"]);
    expect(d.summary.annex.added).toBe(1);
  });
});
