// Word in: a .docx read back gives the document it was made from; tracked changes all accepted or all
// rejected, never mixed; files that are not Word documents get one clear sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compareDocuments, comparableFromTree } from "../../../server/src/core/compare/index";
import { readDocx } from "../../../server/src/core/docx/read-docx";
import { exportDocx, redlineDocx } from "../../../server/src/core/export/docx";
import { zip } from "../../../server/src/core/export/zip";
import { loadDocument, registerReader } from "../../../server/src/core/input/load";
import { docxReader } from "../../../server/src/core/docx/read-docx";
import { parse } from "../../../server/src/core/syntax/parse";
import { structureOf } from "../../helpers/structure";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus/texts", name), "utf8");
const inflate = (d: Uint8Array) => new Uint8Array(inflateRawSync(d));

function read(bytes: Uint8Array, changes: "accept" | "reject" = "accept") {
  const r = readDocx(bytes, inflate, { changes });
  if (!r.ok) throw new Error(r.message);
  return { tree: parse(r.text, { ...(r.format ? { format: r.format } : {}) }), loaded: r };
}

// Adopted texts, drafts, sections, sub-paragraphs, many footnotes.
const SAMPLE = ["A-RES-80-229.txt", "A-RES-78-229.txt", "A-RES-80-6.txt", "A-RES-80-40.txt", "A-RES-80-128.txt", "A-RES-78-68.txt"];

describe("reading .docx", () => {
  it.each(SAMPLE)("%s exported clean and read back: same structure and texts", (name) => {
    const tree = parse(corpus(name));
    expect(structureOf(read(exportDocx(tree)).tree)).toEqual(structureOf(tree));
  });

  it("a redline reads as NEW with changes accepted and as OLD with them rejected, and says so", () => {
    const a = parse(corpus("A-RES-78-229.txt"));
    const b = parse(corpus("A-RES-80-229.txt"));
    const bytes = redlineDocx(a, b, compareDocuments(comparableFromTree(a), comparableFromTree(b)));
    const accepted = read(bytes, "accept");
    const rejected = read(bytes, "reject");
    expect(structureOf(accepted.tree)).toEqual(structureOf(b));
    expect(structureOf(rejected.tree)).toEqual(structureOf(a));
    expect(accepted.loaded.notes.join(" ")).toMatch(/\d+ tracked changes accepted/);
    expect(rejected.loaded.notes.join(" ")).toMatch(/\d+ tracked changes rejected/);
  });

  it("italic runs become the opener cue of their line", () => {
    const r = readDocx(exportDocx(parse(corpus("A-RES-80-229.txt"))), inflate);
    if (!r.ok) throw new Error(r.message);
    const lines = r.text.split("\n");
    const cue = r.cues!.lines.find((c) => lines[c.line]!.startsWith("Reaffirming also"))!;
    expect(cue.italicEnd).toBe("Reaffirming also".length);
    expect(r.cues!.lines.find((c) => lines[c.line]!.startsWith("1.\t"))!.italicEnd).toBe(0);
  });

  it("automatic numbering gives the numbers Word shows", () => {
    const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
    const p = (text: string, num = "") => `<w:p><w:pPr>${num}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const numPr = (lvl: number) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="3"/></w:numPr>`;
    const doc = `<w:document ${W}><w:body>${p("The General Assembly,")}${p("Decides to do A;", numPr(0))}${p("Requests:", numPr(0))}${p("first;", numPr(1))}${p("second;", numPr(1))}${p("Decides to remain seized of the matter.", numPr(0))}</w:body></w:document>`;
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const enc = new TextEncoder();
    const bytes = zip([
      { name: "[Content_Types].xml", data: enc.encode("<Types/>") },
      { name: "word/document.xml", data: enc.encode(doc) },
      { name: "word/numbering.xml", data: enc.encode(numbering) },
    ]);
    const { tree } = read(bytes);
    expect(tree.operative.map((o) => o.number?.text)).toEqual(["1", "2", "3"]);
    expect(tree.operative[1]!.subparagraphs.map((s) => s.label.value)).toEqual(["(a)", "(b)"]);
  });

  it("moves: accepted, the moved-to text stays and the moved-from text goes; rejected, the other way round", () => {
    // As Word writes a paragraph moved up: containers at body level, the marks moved too, the text as w:t.
    const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
    const rev = (id: number) => `w:id="${id}" w:author="A" w:date="2026-01-01T00:00:00Z"`;
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const moved = (tag: "moveFrom" | "moveTo", id: number) =>
      `<w:${tag}RangeStart ${rev(id)} w:name="move1"/><w:p><w:pPr><w:rPr><w:${tag} ${rev(id + 1)}/></w:rPr></w:pPr><w:${tag} ${rev(id + 2)}><w:r><w:t xml:space="preserve">Invites Member States to contribute;</w:t></w:r></w:${tag}></w:p><w:${tag}RangeEnd w:id="${id}"/>`;
    const body = [p("The General Assembly,"), moved("moveTo", 1), p("Decides to convene a meeting;"), p("Requests a report;"), moved("moveFrom", 10), p("Decides to remain seized of the matter.")];
    const doc = `<w:document ${W}><w:body>${body.join("")}</w:body></w:document>`;
    const bytes = zip([{ name: "word/document.xml", data: new TextEncoder().encode(doc) }]);
    const paras = (changes: "accept" | "reject") => {
      const r = readDocx(bytes, inflate, { changes });
      if (!r.ok) throw new Error(r.message);
      return r.text.trim().split(/\n\n/);
    };
    expect(paras("accept")).toEqual(["The General Assembly,", "Invites Member States to contribute;", "Decides to convene a meeting;", "Requests a report;", "Decides to remain seized of the matter."]);
    expect(paras("reject")).toEqual(["The General Assembly,", "Decides to convene a meeting;", "Requests a report;", "Invites Member States to contribute;", "Decides to remain seized of the matter."]);
  });

  it("a ZIP that is not a Word document, an .odt, a damaged file and an old .doc get one clear sentence", async () => {
    registerReader("zip", docxReader(inflate));
    const enc = new TextEncoder();
    const odt = zip([{ name: "mimetype", data: enc.encode("application/vnd.oasis.opendocument.text") }]);
    const plain = zip([{ name: "notes.txt", data: enc.encode("hello") }]);
    const msg = async (bytes: Uint8Array, name: string) => {
      const r = await loadDocument(bytes, name);
      return r.ok ? "ok" : r.message;
    };
    expect(await msg(odt, "x.docx")).toMatch(/OpenDocument text.*save it as \.docx/);
    expect(await msg(plain, "x.docx")).toMatch(/ZIP archive but not a Word document/);
    expect(await msg(zip([{ name: "a", data: enc.encode("b") }]).subarray(0, 40), "x.docx")).toMatch(/damaged ZIP/);
    expect(await msg(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "old.doc")).toMatch(/save it as \.docx/);
  });
});
