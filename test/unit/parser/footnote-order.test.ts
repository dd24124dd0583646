// Footnote bodies map their pieces in source order (tree.ts), also when an asterisk note near the top of a
// text is read after every ruled footnote block further down.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { violations } from "./invariants";

const L12 = readFileSync(join(__dirname, "../../fixtures/corpus/texts/A-80-L.12.txt"), "utf8");

describe("an unruled asterisk note above the text", () => {
  it("keeps a second sentence in its own note, not in the last footnote of the document", () => {
    const t = parse("\n* On behalf of the States.\nMembers of the Group.\n" + L12);
    expect(violations(t)).toEqual([]);
    const notes = t.footnotes.filter((f) => f.number.value === "*");
    expect(notes.map((f) => f.body.text)).toContainEqual(expect.stringMatching(/^On behalf of the States\. Members of the Group\./));
    for (const f of t.footnotes.filter((x) => x.number.value !== "*")) expect(f.body.text).not.toContain("Members of the Group");
  });

  it("is not taken when the footnote reader cannot read it as a note", () => {
    const t = parse("\n* \u0000" + L12);
    expect(violations(t)).toEqual([]);
    expect(t.footnotes.map((f) => f.body.text)).toEqual(parse(L12).footnotes.map((f) => f.body.text));
  });
});

describe("a footnote of two sentences at the top of a page's footnote block", () => {
  // Page 1's last note ended with its sentence; page 2's first note has two sentences (`… UNCTAD/RMT/2023.` /
  // `Available at https://…`): its second line is no continuation of the note on the page before.
  const page = (notes: string[]): string[] => ["__________________", ...notes];
  const text = (p2: string[]): string => [
    "United Nations A/RES/80/1", "Distr.: General", "80/1. Title", "The General Assembly,", "Recalling the Convention,1",
    ...page(["1", "United Nations, Treaty Series, vol. 1651, No. 28395."]), "\fA/RES/80/1", "1. Notes the review of maritime transport;2",
    "2. Decides to remain seized.", ...p2,
  ].join("\n");
  const want = ["United Nations, Treaty Series, vol. 1651, No. 28395.", "United Nations Conference on Trade and Development, document UNCTAD/RMT/2023. Available at https://unctad.org/rmt2023."];
  it("numbers apart from their texts (pdftotext default)", () => {
    const t = parse(text(page(["2", "", "United Nations Conference on Trade and Development, document UNCTAD/RMT/2023.", "Available at https://unctad.org/rmt2023."])), { format: "official" });
    expect(t.footnotes.map((f) => f.body.text)).toEqual(want);
    // With the next note after it, the two texts between the numbers are the one note.
    const u = parse(text(page(["2", "", "United Nations Conference on Trade and Development, document UNCTAD/RMT/2023.", "Available at https://unctad.org/rmt2023.",
      "3", "International Maritime Organization, document BWM/CONF/36, annex."])).replace("seized.", "seized.3"), { format: "official" });
    expect(u.footnotes.map((f) => f.body.text)).toEqual([...want, "International Maritime Organization, document BWM/CONF/36, annex."]);
  });
  it("numbers with their texts (pdf.js)", () => {
    const t = parse(text(page(["2 United Nations Conference on Trade and Development, document UNCTAD/RMT/2023.", "Available at https://unctad.org/rmt2023."])), { format: "official" });
    expect(t.footnotes.map((f) => f.body.text)).toEqual(want);
    // Two such notes: each second sentence stays with its own note.
    const u = parse(text(page(["2 United Nations Conference on Trade and Development, document UNCTAD/RMT/2023.", "Available at https://unctad.org/rmt2023.",
      "3 United Nations Conference on Trade and Development, document UNCTAD/RMT/2022.", "Available at https://unctad.org/rmt2022."])).replace("seized.", "seized.3"), { format: "official" });
    expect(u.footnotes.map((f) => f.body.text)).toEqual([...want, "United Nations Conference on Trade and Development, document UNCTAD/RMT/2022. Available at https://unctad.org/rmt2022."]);
  });
});
