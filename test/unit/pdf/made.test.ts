// PDFs LibreOffice made from files written here with other fonts (test/fixtures/pdf/made): italics read from a
// face named Oblique, and from a face LibreOffice slants because the family has no italic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../server/src/core/input/load";
import { registerReaders } from "../../../server/src/host/readers";
import { parse } from "../../../server/src/core/syntax/parse";
import { makePdf } from "../../helpers/make-pdf";

registerReaders();

const MADE = join(__dirname, "../../fixtures/pdf/made");

async function openers(bytes: Uint8Array) {
  const r = await loadDocument(bytes, "x.pdf");
  if (!r.ok) throw new Error(r.message);
  const tree = parse(r.text, { ...(r.cues ? { cues: r.cues } : {}), format: "official" });
  return { notes: r.notes, known: r.cues?.italicsKnown, pre: tree.preamble.map((p) => p.opener?.text), op: tree.operative.map((p) => [p.number?.text, p.opener?.text]) };
}

describe("italics from fonts that are not the UN's", () => {
  // `Reaffirming its commitment` is italic to `commitment` here; the opener lists alone would stop at `Reaffirming`.
  const want = { pre: ["Recalling also", "Reaffirming its commitment"], op: [["1", "Takes note"], ["2", "Requests"]] };

  it.each(["oblique", "slanted"])("%s.pdf: openers are the italic runs", async (name) => {
    const got = await openers(new Uint8Array(readFileSync(join(MADE, `${name}.pdf`))));
    expect(got).toMatchObject({ ...want, known: true, notes: [] });
  });

  it("fonts that do not say their style: the openers come from the text, and a note says so", async () => {
    // Type 1 fonts renamed F1/F2: nothing tells italic from roman.
    const pdf = new TextDecoder("latin1").decode(makePdf({ pages: [[
      { text: "The General Assembly,", x: 96, y: 700, font: "italic" },
      { text: "Reaffirming its commitment to reading,", x: 96, y: 680, font: "italic" },
      { text: "1.", x: 96, y: 660 },
      { text: "Decides to read;", x: 120, y: 660, font: "italic" },
    ]] })).replace(/\/BaseFont \/Times-(Roman|Italic|Bold)/g, (_m, s: string) => `/BaseFont /F${s.length}`);
    const bytes = Uint8Array.from(pdf, (c) => c.charCodeAt(0));
    const got = await openers(bytes);
    expect(got.known).toBe(false);
    expect(got.notes.join(" ")).toMatch(/do not say which text is italic/);
    const r = await loadDocument(bytes, "x.pdf");
    const plain = parse(r.ok ? r.text : "", { format: "official" });
    expect(got.pre).toEqual(plain.preamble.map((p) => p.opener?.text));
    expect(got.op).toEqual(plain.operative.map((p) => [p.number?.text, p.opener?.text]));
    expect(got.op).toEqual([["1", "Decides"]]);
  });
});
