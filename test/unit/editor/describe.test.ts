// Workspace documents are recognised by what they say they are (masthead, front matter), fast.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeDocument, HEAD_CHARS } from "../../../server/src/core/editor/describe";

const corpus = join(__dirname, "../../fixtures/corpus");
const rows = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));

describe("describeDocument", () => {
  it("reads the symbol of every corpus text from its head, as MANIFEST.tsv lists it", () => {
    const wrong: string[] = [];
    for (const [file, symbol] of rows) {
      const head = readFileSync(join(corpus, "texts", file!), "utf8").slice(0, HEAD_CHARS);
      const facts = describeDocument(head);
      if (facts?.symbol !== symbol) wrong.push(`${file}: ${facts?.symbol}`);
    }
    expect(wrong).toEqual([]);
  });

  it("reads the title and adoption date of 78/229", () => {
    const head = readFileSync(join(corpus, "texts", "A-RES-78-229.txt"), "utf8");
    expect(describeDocument(head)).toEqual({
      symbol: "A/RES/78/229",
      title: "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity",
      date: "19 December 2023",
    });
  });

  it("reads front matter of a .unres draft", () => {
    const text = "---\nsymbol: A/C.3/81/L.99\n---\n\nStrengthening cooperation\n\nThe General Assembly,\n";
    expect(describeDocument(text, "unres")?.symbol).toBe("A/C.3/81/L.99");
    expect(describeDocument("---\nsymbol: A/RES/81/1\ntitle: A title\ndate: 1 May 2027\n---\n", "unres")).toEqual({ symbol: "A/RES/81/1", title: "A title", date: "1 May 2027" });
  });

  it("returns null for a file that is not a resolution", () => {
    expect(describeDocument("Shopping list\n\nMilk\n")).toBeNull();
  });
});

describe("describeDocument on drafts", () => {
  it("reads the title of a draft after its sponsors line", () => {
    const head = readFileSync(join(corpus, "texts", "A-80-L.12.txt"), "utf8");
    expect(describeDocument(head)).toEqual({ symbol: "A/80/L.12", title: "The Syrian Golan", date: "10 November 2025" });
  });
});
