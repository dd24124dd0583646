// `resdraft normalize` is lossless in words: the .unres it writes parses to the same structure, openers
// (italic extent included) and paragraph and footnote texts as its source: official PDFs and official texts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../server/src/core/input/load";
import { registerReaders } from "../../../server/src/host/readers";
import { toUnres } from "../../../server/src/core/normalize/to-unres";
import { parse } from "../../../server/src/core/syntax/parse";
import { CORPUS } from "../parser/corpus-compare";
import { shape } from "./shape";

registerReaders();

const PDFS = join(__dirname, "../../fixtures/pdf");
const pdfs = readdirSync(PDFS).filter((f) => f.endsWith(".pdf")).sort();
// A spread of the corpus texts: every 12th file, so every kind of text (drafts, resolutions, sessions) is in.
const texts = readdirSync(join(CORPUS, "texts")).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 12 === 0);

function roundTrip(tree: ReturnType<typeof parse>) {
  const unres = toUnres(tree);
  const back = parse(unres, { format: "unres" });
  expect(back.format).toBe("unres");
  expect(shape(back)).toEqual(shape(tree));
  return { unres, back };
}

describe("normalize round trip", () => {
  it.each(pdfs)("%s", async (f) => {
    const r = await loadDocument(new Uint8Array(readFileSync(join(PDFS, f))), f);
    if (!r.ok) throw new Error(r.message);
    roundTrip(parse(r.text, { cues: r.cues!, format: "official" }));
  });

  it.each(texts)("%s (pdftotext)", (f) => {
    roundTrip(parse(readFileSync(join(CORPUS, "texts", f), "utf8"), { format: "official" }));
  });

  it("writes front matter, the title, markers and definitions, and marks only openers the words would not give", async () => {
    const r = await loadDocument(new Uint8Array(readFileSync(join(PDFS, "A-RES-80-229.pdf"))), "x.pdf");
    if (!r.ok) throw new Error(r.message);
    const { unres } = roundTrip(parse(r.text, { cues: r.cues!, format: "official" }));
    expect(unres).toMatch(/^---\nsymbol: A\/RES\/80\/229\nsession: 80\npredecessor: A\/RES\/78\/229\nagenda-item: 107\n/);
    expect(unres).toMatch(/\nadopted: 18 December 2025\n---\n\n80\/229\. Strengthening the United Nations crime prevention/);
    expect(unres).toMatch(/the Protocols thereto,\[\^1\] the Single Convention/);
    expect(unres).toMatch(/\n\[\^1\]: United Nations, Treaty Series, vols\. 2225, 2237, 2241 and 2326, No\. 39574\.\n/);
    // `Reaffirming its commitment …` is italic only to `Reaffirming` in this PDF; the lists would read further.
    expect(unres).toMatch(/\n\*Reaffirming\* its commitment and strong political will/);
    expect(unres).toMatch(/\n10\. \*Recalls its invitation\* to the Conference/);
    expect(unres).toMatch(/\n69th plenary meeting\n18 December 2025\n/);
    expect(unres.match(/\*[A-Z]/g)!.length).toBeLessThan(10);
  });
});
