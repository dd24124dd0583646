// The Word redline: a valid package whose tracked changes give back both texts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments, comparableFromTree } from "../../../server/src/core/compare/index";
import { redlineDocx } from "../../../server/src/core/export/docx";
import { crc32 } from "../../../server/src/core/export/zip";
import { parse } from "../../../server/src/core/syntax/parse";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus/texts", name), "utf8");

/** Read a stored (uncompressed) ZIP the way a consumer would: local headers, checking each CRC. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    expect(view.getUint16(at + 8, true)).toBe(0);
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const data = bytes.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, new TextDecoder().decode(data));
    at += 30 + nameLength + size;
  }
  expect(view.getUint32(at, true)).toBe(0x02014b50); // the central directory follows
  return files;
}

/** Tags must nest; a broken document is refused by Word. */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** The text Word shows after "accept all" (insertions kept) or "reject all" (deletions kept). */
function view(xml: string, which: "accept" | "reject"): string {
  const dropped = which === "accept" ? /<w:del [^>]*>.*?<\/w:del>/g : /<w:ins [^>]*>.*?<\/w:ins>/g;
  const kept = xml.replace(dropped, "");
  return [...kept.matchAll(/<w:(?:t|delText) xml:space="preserve">([^<]*)<\/w:(?:t|delText)>/g)].map((m) => unescape(m[1]!)).join("");
}

const squash = (s: string) => s.replace(/\s+/g, "");

function redline(oldName: string, newName: string) {
  const oldTree = parse(corpus(oldName));
  const newTree = parse(corpus(newName));
  const diff = compareDocuments(comparableFromTree(oldTree), comparableFromTree(newTree));
  const files = unzip(redlineDocx(oldTree, newTree, diff, { author: "Test", date: "2026-01-01T00:00:00Z" }));
  return { oldTree, newTree, diff, files, xml: files.get("word/document.xml")! };
}

describe("Word redline (.docx with tracked changes)", () => {
  const r = redline("A-RES-78-229.txt", "A-RES-80-229.txt");

  it("is a complete Office Open XML package", () => {
    expect([...r.files.keys()].sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/settings.xml", "word/styles.xml"].sort(),
    );
    for (const xml of r.files.values()) expectWellFormed(xml);
    expect(r.files.get("word/settings.xml")).toContain("<w:trackRevisions/>");
  });

  it("accepting every change gives each paragraph of the new text", () => {
    const accepted = squash(view(r.xml, "accept"));
    for (const p of [...r.newTree.preamble, ...r.newTree.operative, ...r.newTree.footnotes]) {
      expect(accepted).toContain(squash(p.body.text));
    }
  });

  it("rejecting every change gives each paragraph of the old text", () => {
    const rejected = squash(view(r.xml, "reject"));
    for (const p of [...r.oldTree.preamble, ...r.oldTree.operative, ...r.oldTree.footnotes]) {
      expect(rejected).toContain(squash(p.body.text));
    }
  });

  it("tracks insertions and deletions with author and date", () => {
    expect(r.xml).toMatch(/<w:ins w:id="\d+" w:author="Test" w:date="2026-01-01T00:00:00Z">/);
    expect(r.xml).toMatch(/<w:del w:id="\d+" w:author="Test" w:date="2026-01-01T00:00:00Z">/);
    const ids = [...r.xml.matchAll(/w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sets openers in italics", () => {
    const opener = r.newTree.preamble[0]!.opener!.text;
    expect(r.xml).toContain(`<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${opener}`);
  });

  it("an identical pair has no tracked change", () => {
    const tree = parse(corpus("A-RES-80-73.txt"));
    const diff = compareDocuments(comparableFromTree(tree), comparableFromTree(tree));
    const xml = unzip(redlineDocx(tree, tree, diff)).get("word/document.xml")!;
    expect(xml).not.toMatch(/<w:(ins|del) /);
  });

  it("escapes markup and drops characters XML forbids", () => {
    const a = parse("The General Assembly,\n\n1. Decides that <b> & \u0007 stay text;\n");
    const b = parse("The General Assembly,\n\n1. Decides that <i> & \u0007 stay text.\n");
    const xml = unzip(redlineDocx(a, b, compareDocuments(comparableFromTree(a), comparableFromTree(b)))).get("word/document.xml")!;
    expectWellFormed(xml);
    expect(view(xml, "accept")).toContain("Decides that <i> &  stay text.");
    expect(view(xml, "reject")).toContain("Decides that <b> &  stay text;");
    expect(xml).not.toContain("\u0007");
  });
});
