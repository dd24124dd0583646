// Official PDFs read directly: the tree from the PDF matches the manifest (the structure as typeset, italic
// extents included) and the tree from the same document's pdftotext text (metamorphic: one document, two forms).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDocument, type LoadedText } from "../../../server/src/core/input/load";
import { registerReaders } from "../../../server/src/host/readers";
import { parse } from "../../../server/src/core/syntax/parse";
import { outlineJson } from "../../../server/src/core/outline/outline-json";
import { applyExceptions, compareDoc, CORPUS, loadExceptions, loadManifest } from "../parser/corpus-compare";

registerReaders();

const DIR = join(__dirname, "../../fixtures/pdf");
const stems = readdirSync(DIR).filter((f) => f.endsWith(".pdf")).map((f) => f.replace(/\.pdf$/, "")).sort();

async function load(path: string): Promise<LoadedText> {
  const r = await loadDocument(new Uint8Array(readFileSync(path)), path);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("official PDFs", () => {
  const manifest = loadManifest();
  applyExceptions(manifest, loadExceptions());
  const loaded = new Map<string, LoadedText>();
  beforeAll(async () => {
    for (const s of stems) loaded.set(s, await load(join(DIR, `${s}.pdf`)));
  });

  it("has a sample of fixtures", () => expect(stems.length).toBeGreaterThanOrEqual(10));

  it.each(stems)("%s: structure and every opener, italic extent included, match the manifest", (stem) => {
    const doc = loaded.get(stem)!;
    expect(doc.kind).toBe("pdf");
    expect(doc.cues?.italicsKnown).toBe(true);
    const d = compareDoc(stem, doc.text, manifest[stem]!, parse(doc.text, { cues: doc.cues }));
    expect([...d.structure, ...d.openers]).toEqual([]);
  });

  it.each(stems)("%s: the same structure and paragraph texts as its pdftotext text", (stem) => {
    const doc = loaded.get(stem)!;
    const fromPdf = outlineJson(parse(doc.text, { cues: doc.cues! }));
    const fromText = outlineJson(parse(readFileSync(join(CORPUS, "texts", `${stem}.txt`), "utf8"), { format: "official" }));
    const shape = (o: typeof fromPdf) => ({
      symbol: o.symbol, number: o.number, title: o.title,
      preamble: o.preamble.map((p) => squash(p.text)),
      operative: o.operative.map((p) => [p.number, squash(p.text), p.subparagraphs.length, p.section]),
      footnotes: o.footnotes.map((f) => [f.number, squash(f.text), f.markers.length]),
      closing: o.closing, sections: o.sections,
    });
    expect(shape(fromPdf)).toEqual(shape(fromText));
  });

  it("the italic run of each paragraph's first line, from the font names, is the manifest's opener", () => {
    // The cues alone, without the parser: the runs in reading order contain the manifest's openers in order.
    for (const stem of stems) {
      const doc = loaded.get(stem)!;
      const lines = doc.text.split("\n");
      const runs = doc.cues!.lines.filter((c) => c.italicEnd).map((c) => lines[c.line]!.replace(/^\f/, "").trim().slice(0, c.italicEnd).replace(/[\s,;:.]+$/, ""));
      const want = [...manifest[stem]!.preamble, ...manifest[stem]!.operative].map((p) => p.opener);
      let k = 0;
      const missing: string[] = [];
      for (const opener of want) {
        const at = runs.indexOf(opener, k);
        if (at < 0) missing.push(opener);
        else k = at + 1;
      }
      expect({ stem, missing }).toEqual({ stem, missing: [] });
    }
  });
});

/**
 * pdftotext splits some words (`Secretary -General`, `treaty b odies`) and drops some hyphens at a line end
 * (`SecretaryGeneral`) where the PDF reader does not: compare without spaces and hyphens.
 */
function squash(s: string): string {
  return s.replace(/[\s\u00ad-]+/g, "");
}
