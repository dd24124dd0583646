import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftSymbols, makeDraft } from "../../helpers/make-draft";

// The head and tail of A/RES/78/11 as each extractor gives them (United Nations, A/RES/78/11).
const DEFAULT = [
  "A/RES/78/11", "", "United Nations", "", "General Assembly", "", "Distr.: General", "30 November 2023", "",
  "Seventy-eighth session", "Agenda item 34", "The situation in the Middle East", "",
  "Resolution adopted by the General Assembly on", "28 November 2023",
  "[without reference to a Main Committee (A/78/L.10)]", "", "78/11.", "", "The Syrian Golan",
  "The General Assembly,", "Recalling Security Council resolution 497 (1981) of 17 December 1981,", "",
  "A/RES/78/11", "", "The Syrian Golan", "",
  "8.", "Requests the Secretary-General to report at its seventy-ninth session.",
  "40th plenary meeting", "28 November 2023", "", "2/2", "", "23-23817", "",
].join("\n");

const LAYOUT = [
  "                 United Nations                                                                               A/RES/78/11",
  "                 General Assembly                                                   Distr.: General",
  "                                                                                    30 November 2023",
  "", "Seventy-eighth session",
  "                 Resolution adopted by the General Assembly on",
  "                 28 November 2023",
  "                 [without reference to a Main Committee (A/78/L.10)]", "",
  "    78/11.       The Syrian Golan", "",
  "                       The General Assembly,",
  "A/RES/78/11                                                                            The Syrian Golan",
  "                                                                               40th plenary meeting",
  "                                                                               28 November 2023",
].join("\n");

const RAW = [
  "United Nations A/RES/78/11", "General Assembly Distr.: General", "30 November 2023", "23-23817 (E) 061223",
  "Resolution adopted by the General Assembly on", "28 November 2023",
  "[without reference to a Main Committee (A/78/L.10)]", "78/11. The Syrian Golan", "The General Assembly,",
  "A/RES/78/11 The Syrian Golan", "23-238172/2", "8. Requests the Secretary-General to report.",
  "40th plenary meeting", "28 November 2023",
].join("\n");

const PYMUPDF = [
  "United Nations ", "A/RES/80/101 ", " ", "General Assembly ", "Distr.: General ", "8 December 2025 ", " ",
  "Resolution adopted by the General Assembly ", " ", "on 5 December 2025 ", " ",
  "[on the report of the Special Political and Decolonization Committee ",
  "(Fourth Committee) (A/80/537, para. 15)] ", " ", " ", "80/101. Question of Tokelau ", " ",
  "The General Assembly, ", " ", "Recalling its resolution 79/105, ", " ",
  "46th plenary meeting ", "5 December 2025 ", " ",
].join("\n");

function changedLines(a: string, b: string): number[] {
  const x = a.split("\n"), y = b.split("\n");
  expect(y.length).toBe(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [i]));
}

describe("makeDraft", () => {
  it("default form: symbol, distribution, sponsors, adoption lines, number and closing", () => {
    const d = makeDraft(DEFAULT).split("\n");
    expect(d[0]).toBe("A/78/L.11");
    expect(d[6]).toBe("Distr.: Limited");
    expect(d[13]).toBe("Freedonia: draft resolution");
    expect(d.slice(14, 16)).toEqual(["", ""]);
    expect(d[17]).toBe("");
    expect(d[19]).toBe("The Syrian Golan");
    expect(d[23]).toBe("A/78/L.11");
    expect(d.slice(29, 31)).toEqual(["", ""]);
    expect(changedLines(DEFAULT, d.join("\n"))).toEqual([0, 6, 13, 14, 15, 17, 23, 29, 30]);
  });

  it("-layout: columns kept, the title stays at its column", () => {
    const d = makeDraft(LAYOUT).split("\n");
    expect(d[0]).toMatch(/^ {17}United Nations +A\/78\/L\.11$/);
    expect(d[1]).toMatch(/Distr\.: Limited$/);
    expect(d[5]).toBe("                 Freedonia: draft resolution");
    expect(d.slice(6, 8)).toEqual(["", ""]);
    expect(d[9]).toBe("                 The Syrian Golan");
    expect(d[12]).toMatch(/^A\/78\/L\.11 +The Syrian Golan$/);
    expect(d.slice(13, 15)).toEqual(["", ""]);
    expect(changedLines(LAYOUT, d.join("\n"))).toEqual([0, 1, 5, 6, 7, 9, 12, 13, 14]);
  });

  it("-raw and pdf.js: the number before the title on one line", () => {
    const d = makeDraft(RAW, { sponsors: "Egypt: draft resolution" }).split("\n");
    expect(d[0]).toBe("United Nations A/78/L.11");
    expect(d[1]).toBe("General Assembly Distr.: Limited");
    expect(d[4]).toBe("Egypt: draft resolution");
    expect(d.slice(5, 7)).toEqual(["", ""]);
    expect(d[7]).toBe("The Syrian Golan");
    expect(d[9]).toBe("A/78/L.11 The Syrian Golan");
    expect(d[10]).toBe("23-238172/2");
    expect(d.slice(12, 14)).toEqual(["", ""]);
  });

  it("PyMuPDF: blank lines between, a report bracket over two lines", () => {
    const d = makeDraft(PYMUPDF).split("\n");
    expect(d[1]).toBe("A/80/L.101 ");
    expect(d[4]).toBe("Distr.: Limited ");
    expect(d[7]).toBe("Freedonia: draft resolution");
    expect([d[9], d[11], d[12]]).toEqual(["", "", ""]);
    expect(d[15]).toBe("Question of Tokelau ");
    expect([d[21], d[22]]).toEqual(["", ""]);
    expect(changedLines(PYMUPDF, d.join("\n"))).toEqual([1, 4, 7, 9, 11, 12, 15, 21, 22]);
  });

  it("keeps CRLF line ends and touches no other symbol", () => {
    const text = "A/RES/78/1\r\nDistr.: General\r\nRecalling resolution A/RES/78/10 and A/RES/78/1,\r\n";
    expect(makeDraft(text)).toBe("A/78/L.1\r\nDistr.: Limited\r\nRecalling resolution A/RES/78/10 and A/78/L.1,\r\n");
  });

  it("without a masthead (another extractor's 57/173) the number still goes", () => {
    expect(draftSymbols(" 57/173. Strengthening the Programme \n")).toEqual({ adopted: null, draft: "A/57/L.173", number: "57/173" });
    expect(makeDraft(" 57/173. Strengthening the Programme \n")).toBe(" Strengthening the Programme \n");
  });

  it("refuses a text that is not an adopted resolution", () => {
    expect(() => makeDraft("A/80/L.12\nDistr.: Limited\n")).toThrow(/not an adopted text/);
  });

  // Every adopted text of the fixture corpus: only the lines the recipe names change.
  const dir = join(__dirname, "../../fixtures/corpus/texts");
  const adopted = readdirSync(dir).filter((f) => f.startsWith("A-RES-") && f !== "A-RES-57-173.txt");
  it(`every adopted corpus text (${adopted.length}) becomes a draft with nothing else changed`, () => {
    for (const file of adopted) {
      const text = readFileSync(join(dir, file), "utf8");
      const draft = makeDraft(text);
      const { adopted: symbol, draft: drafted, number } = draftSymbols(text);
      expect(draft.includes(symbol! + "\n"), file).toBe(false);
      expect(draft.split(drafted!).length, file).toBe(text.split(symbol!).length);
      expect(draft, file).not.toMatch(/Resolution adopted by the General Assembly|Distr\.: General/);
      expect(draft, file).toContain("Freedonia: draft resolution");
      expect(draft, file).not.toMatch(/^\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting$/m);
      expect(draft.split("\n").some((l) => l.startsWith(number + ".")), file).toBe(false);
      const changed = changedLines(text, draft).filter((i) => !text.split("\n")[i]!.includes(symbol!));
      // Distribution, sponsors, date (one or two lines), report (one to three lines), number, closing (two lines).
      expect(changed.length, file).toBeGreaterThanOrEqual(6);
      expect(changed.length, file).toBeLessThanOrEqual(11);
    }
  });
});
