// The Word redline and clean export: a valid package; accepting every revision gives the new text's Word
// paragraphs and footnotes, rejecting every one the old text's, in order (read with the core's WordML
// reader, which follows Word's semantics for paragraph-mark revisions). LibreOffice checks the same in
// test/libreoffice/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compareDocuments, comparableFromTree } from "../../../server/src/core/compare/index";
import type { Change } from "../../../server/src/core/compare/types";
import { exportDocx, redlineChanges, redlineDocx } from "../../../server/src/core/export/docx";
import { FOOTNOTE_ANCHOR, isNoteChar, layoutOf, PARA, wordView, type WordView } from "../../../server/src/core/export/docx-layout";
import { crc32 } from "../../../server/src/core/export/zip";
import { openZip } from "../../../server/src/core/docx/unzip";
import { paragraphText, readPart, type ChangeChoice } from "../../../server/src/core/docx/wordml";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Resolution } from "../../../server/src/core/syntax/tree";
import { readDocx } from "../../../server/src/core/docx/read-docx";
import { structureOf } from "../../helpers/structure";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus/texts", name), "utf8");

function unzip(bytes: Uint8Array): Map<string, string> {
  const z = openZip(bytes, (d) => new Uint8Array(inflateRawSync(d)));
  return new Map(z.names.map((n) => [n, new TextDecoder().decode(z.read(n)!)]));
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

const structureOfRead = (bytes: Uint8Array) => {
  const r = readDocx(bytes, (d) => new Uint8Array(inflateRawSync(d)));
  if (!r.ok) throw new Error(r.message);
  return structureOf(parse(r.text, { format: "unres" }));
};

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/** What a word processor shows after accepting or rejecting every revision. */
function shown(files: Map<string, string>, choice: ChangeChoice): WordView {
  const doc = readPart(files.get("word/document.xml")!, choice);
  const notes = readPart(files.get("word/footnotes.xml")!, choice).notes;
  const footnotes: string[] = [];
  const paragraphs = doc.paragraphs.map((p) =>
    p.runs
      .map((r) => {
        if (r.note === undefined) return r.text;
        const text = (notes.get(r.note) ?? []).map((q) => paragraphText(q)).join(" ").trim();
        // A custom mark (`*`) is the footnote's label, not its text.
        footnotes.push(r.mark && text.startsWith(r.mark) ? text.slice(r.mark.length) : text);
        return FOOTNOTE_ANCHOR;
      })
      .join(""),
  );
  return { paragraphs: paragraphs.map(norm), footnotes: footnotes.map(norm) };
}

const viewOf = (t: Resolution): WordView => {
  const v = wordView(layoutOf(t));
  return { paragraphs: v.paragraphs.map(norm), footnotes: v.footnotes.map(norm) };
};

function redline(oldTree: Resolution, newTree: Resolution) {
  const diff = compareDocuments(comparableFromTree(oldTree), comparableFromTree(newTree));
  const bytes = redlineDocx(oldTree, newTree, diff, { author: "Test", date: "2026-01-01T00:00:00Z" });
  const files = unzip(bytes);
  return { bytes, files, xml: files.get("word/document.xml")! };
}

const PAIRS: readonly (readonly [string, string])[] = [
  ["A-RES-78-229.txt", "A-RES-80-229.txt"],
  ["A-RES-78-26.txt", "A-RES-80-40.txt"],
  ["A-RES-78-47.txt", "A-C.1-80-L.19.txt"],
  ["A-RES-78-58.txt", "A-RES-80-60.txt"],
  ["A-RES-78-230.txt", "A-RES-80-128.txt"],
  ["A-RES-78-68.txt", "A-80-L.17.txt"],
  // Two new footnotes paired with one old (a split): each keeps its own reference and text.
  ["A-RES-78-33.txt", "A-RES-80-33.txt"],
  ["A-RES-78-111.txt", "A-RES-80-166.txt"],
];

describe("Word redline (.docx with tracked changes)", () => {
  const r = redline(parse(corpus("A-RES-78-229.txt")), parse(corpus("A-RES-80-229.txt")));

  it("is a complete Office Open XML package with real footnotes", () => {
    expect([...r.files.keys()].sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/footnotes.xml", "word/settings.xml", "word/styles.xml"].sort(),
    );
    for (const xml of r.files.values()) expectWellFormed(xml);
    expect(r.files.get("word/settings.xml")).toContain("<w:trackRevisions/>");
    expect(r.xml).toContain("<w:footnoteReference ");
    // The ZIP's CRCs are right (a reader that checks them accepts the file).
    const view = new DataView(r.bytes.buffer, r.bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const nameLength = view.getUint16(26, true);
    expect(crc32(r.bytes.subarray(30 + nameLength, 30 + nameLength + view.getUint32(18, true)))).toBe(view.getUint32(14, true));
  });

  it.each(PAIRS)("%s -> %s: accept-all gives NEW and reject-all gives OLD, paragraph for paragraph", (o, n) => {
    const oldTree = parse(corpus(o));
    const newTree = parse(corpus(n));
    const { files } = redline(oldTree, newTree);
    expect(shown(files, "accept")).toEqual(viewOf(newTree));
    expect(shown(files, "reject")).toEqual(viewOf(oldTree));
  });

  it("the view holds every paragraph, footnote, the symbol, title and closing of the text", () => {
    const tree = parse(corpus("A-RES-80-229.txt"));
    const v = viewOf(tree).paragraphs.join("\n");
    for (const p of [...tree.preamble, ...tree.operative]) expect(v).toContain(norm(p.body.text).slice(0, 40));
    expect(v).toContain("A/RES/80/229");
    expect(v).toContain("80/229.");
    expect(v).toContain("69th plenary meeting");
    expect(viewOf(tree).footnotes).toEqual(tree.footnotes.map((f) => norm(f.body.text)));
  });

  it("tracks every change with author and date, ids unique", () => {
    expect(r.xml).toMatch(/<w:ins w:id="\d+" w:author="Test" w:date="2026-01-01T00:00:00Z">/);
    expect(r.xml).toMatch(/<w:del w:id="\d+" w:author="Test" w:date="2026-01-01T00:00:00Z">/);
    const ids = [...(r.xml + r.files.get("word/footnotes.xml")).matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The symbol is tracked.
    expect(r.xml).toMatch(/<w:delText xml:space="preserve">A\/RES\/78\/229<\/w:delText>/);
  });

  it("lays out through named styles, not direct formatting", () => {
    expect(r.xml).not.toMatch(/<w:(?:i|b|jc|ind|sz)\b/);
    for (const s of ["UNMastheadSymbol", "UNTitle", "UNOrganLine", "UNPreamble", "UNOperative", "UNClosing"]) expect(r.xml).toContain(`<w:pStyle w:val="${s}"/>`);
    expect(r.xml).toContain(`<w:rStyle w:val="UNOpener"/></w:rPr><w:t xml:space="preserve">Reaffirming</w:t>`);
    expect(r.files.get("word/styles.xml")).toContain(`w:styleId="UNOpener"`);
  });

  it("United Nations and the symbol share the masthead's first line, a right tab between them, as UN documents print them", () => {
    const first = /<w:body><w:p><w:pPr><w:pStyle w:val="(\w+)"\/><\/w:pPr>(.*?)<\/w:p>/.exec(unzip(exportDocx(parse(corpus("A-RES-80-229.txt")))).get("word/document.xml")!);
    expect(first?.[1]).toBe("UNMastheadSymbol");
    expect(first?.[2]).toBe(`<w:r><w:t xml:space="preserve">United Nations</w:t><w:tab/><w:t xml:space="preserve">A/RES/80/229</w:t></w:r>`);
    // The tab stop is the style's: at the right margin, right-aligned.
    const style = /<w:style [^>]*w:styleId="UNMastheadSymbol">.*?<\/w:style>/.exec(r.files.get("word/styles.xml")!)?.[0] ?? "";
    expect(style).toContain(`<w:tabs><w:tab w:val="right" w:pos="9412"/></w:tabs>`);
    expect(r.files.get("word/styles.xml")).not.toContain("UNMastheadUN");
  });

  it("same input, same bytes; no date unless the caller gives one", () => {
    const a = parse(corpus("A-RES-78-229.txt"));
    const b = parse(corpus("A-RES-80-229.txt"));
    const diff = compareDocuments(comparableFromTree(a), comparableFromTree(b));
    expect(redlineDocx(a, b, diff)).toEqual(redlineDocx(a, b, diff));
    expect(unzip(redlineDocx(a, b, diff)).get("word/document.xml")).not.toContain("w:date=");
  });

  it("an identical pair has no tracked change", () => {
    const tree = parse(corpus("A-RES-80-73.txt"));
    const diff = compareDocuments(comparableFromTree(tree), comparableFromTree(tree));
    const files = unzip(redlineDocx(tree, tree, diff));
    expect(files.get("word/document.xml")).not.toMatch(/<w:(ins|del) /);
  });

  it("escapes markup and drops characters XML forbids", () => {
    const a = parse("The General Assembly,\n\n1. Decides that <b> & \u0007 stay text;\n");
    const b = parse("The General Assembly,\n\n1. Decides that <i> & \u0007 stay text.\n");
    const files = unzip(redlineDocx(a, b, compareDocuments(comparableFromTree(a), comparableFromTree(b))));
    expectWellFormed(files.get("word/document.xml")!);
    expect(shown(files, "accept").paragraphs.join("\n")).toContain("Decides that <i> & stay text.");
    expect(shown(files, "reject").paragraphs.join("\n")).toContain("Decides that <b> & stay text;");
    expect(files.get("word/document.xml")).not.toContain("\u0007");
  });
});

/**
 * LibreOffice (7.4, through UNO) leaves an empty paragraph when it accepts or rejects the tracked mark of the
 * paragraph that holds the document's first footnote reference (measured on hand-made files: the same
 * paragraph after any other reference joins right). The number of that paragraph, if its mark is tracked.
 */
function firstReferenceMarkTracked(changes: readonly Change[]): number | null {
  let n = 1;
  let seen = false;
  for (const c of changes) {
    for (const ch of c.text) {
      if (isNoteChar(ch)) seen = true;
      if (ch !== PARA) continue;
      if (seen) return c.op === "equal" ? null : n;
      n++;
    }
  }
  return null;
}

describe("Word redline: paragraph marks LibreOffice accepts and rejects right", () => {
  it.each([...PAIRS, ["A-RES-78-192.txt", "A-RES-80-195.txt"], ["A-RES-78-134.txt", "A-RES-80-121.txt"]] as const)("%s -> %s: the paragraph with the first footnote reference keeps its mark untracked", (o, n) => {
    const a = parse(corpus(o));
    const b = parse(corpus(n));
    const diff = compareDocuments(comparableFromTree(a), comparableFromTree(b));
    expect(firstReferenceMarkTracked(redlineChanges(a, b, diff).changes)).toBeNull();
    const { files } = redline(a, b);
    expect(shown(files, "accept")).toEqual(viewOf(b));
    expect(shown(files, "reject")).toEqual(viewOf(a));
  });
});

describe("Word redline: the paragraph with the first footnote reference", () => {
  it("a tracked reference that ends it is followed by a space in the same revision (LibreOffice joined the next paragraph to it)", () => {
    const a = parse("The General Assembly,\n\nRecalling its resolution 1/1,[^1]\n\n1. Decides to act.\n\n[^1]: One.\n", { format: "unres" });
    const b = parse("The General Assembly,\n\nRecalling its resolution 1/1,[^1][^2]\n\n1. Decides to act.\n\n[^1]: One.\n\n[^2]: Two.\n", { format: "unres" });
    const r = redline(a, b);
    expect(r.xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="2"\/><\/w:r><\/w:ins><w:ins [^>]*><w:r><w:t xml:space="preserve"> <\/w:t><\/w:r><\/w:ins><\/w:p>/);
    expect(shown(r.files, "accept")).toEqual(viewOf(b));
    expect(shown(r.files, "reject")).toEqual(viewOf(a));
    // After the first reference's paragraph, nothing is added.
    const c = parse("The General Assembly,\n\nRecalling its resolution 1/1,[^1]\n\n1. Decides to act.[^2]\n\n[^1]: One.\n\n[^2]: Two.\n", { format: "unres" });
    const d = parse("The General Assembly,\n\nRecalling its resolution 1/1,[^1]\n\n1. Decides to act.[^2][^3]\n\n[^1]: One.\n\n[^2]: Two.\n\n[^3]: Three.\n", { format: "unres" });
    expect(redline(c, d).xml).not.toContain(`<w:t xml:space="preserve"> </w:t></w:r></w:ins></w:p>`);
  });
});

describe("Word redline: moves", () => {
  const old = parse(
    "The General Assembly,\n\n1. Decides to convene a high-level meeting on oceans in 2027;\n\n2. Requests the Secretary-General to submit a report on the implementation of the present resolution;\n\n3. Invites Member States to contribute to the trust fund for the participation of small island developing States;\n\n4. Decides to remain seized of the matter.\n",
  );
  const neu = parse(
    "The General Assembly,\n\n1. Invites Member States to contribute generously to the trust fund for the participation of small island developing States;\n\n2. Decides to convene a high-level meeting on oceans in 2027;\n\n3. Requests the Secretary-General to submit a report on the implementation of the present resolution;\n\n4. Decides to remain seized of the matter.\n",
  );
  const r = redline(old, neu);

  it("a paragraph the comparison reports as moved is a named w:moveFrom/w:moveTo pair of ranges", () => {
    const diff = compareDocuments(comparableFromTree(old), comparableFromTree(neu));
    expect(diff.paragraphs.some((p) => p.status === "moved")).toBe(true);
    const from = [...r.xml.matchAll(/<w:moveFromRangeStart w:id="(\d+)"[^>]* w:name="([^"]+)"\/>/g)];
    const to = [...r.xml.matchAll(/<w:moveToRangeStart w:id="(\d+)"[^>]* w:name="([^"]+)"\/>/g)];
    expect(from.length).toBe(1);
    expect(to.map((m) => m[2])).toEqual(from.map((m) => m[2]));
    for (const [tag, m] of [["moveFromRangeEnd", from[0]!], ["moveToRangeEnd", to[0]!]] as const) {
      expect(r.xml).toContain(`<w:${tag} w:id="${m[1]}"/>`);
      expect(r.xml.indexOf(`<w:${tag} w:id="${m[1]}"/>`)).toBeGreaterThan(m.index!);
    }
    // The words both versions share are moved (w:t inside w:moveFrom); the added word is an insertion at the new place.
    for (const tag of ["moveFrom", "moveTo"]) {
      expect(r.xml).toMatch(new RegExp(`<w:${tag} w:id="\\d+" w:author="Test" w:date="2026-01-01T00:00:00Z"><w:r><w:rPr><w:rStyle w:val="UNOpener"/></w:rPr><w:t xml:space="preserve">Invites</w:t>`));
      expect(r.xml).toMatch(new RegExp(`<w:${tag} [^>]*><w:r><w:t xml:space="preserve"> Member States to contribute`));
    }
    expect(r.xml).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> generously<\/w:t>/);
    expect(r.xml).not.toMatch(/<w:moveFrom [^>]*>(?:(?!<\/w:moveFrom>)[^])*<w:delText/);
  });

  it("accept-all gives NEW and reject-all OLD", () => {
    expect(shown(r.files, "accept")).toEqual(viewOf(neu));
    expect(shown(r.files, "reject")).toEqual(viewOf(old));
  });
});

describe("clean Word export", () => {
  it("a footnote whose reference was lost stays in its place in the numbering (Word numbers notes by reference order)", () => {
    // Footnote 2 has no reference in the text (lost in extraction); its reference goes after footnote 1's.
    const tree = parse("The General Assembly,\n\nRecalling its resolution 1/1,[^1] and 2/2,\n\nNoting the report,[^3]\n\n1. Decides to act.[^4]\n\n[^1]: One.\n\n[^2]: Two.\n\n[^3]: Three.\n\n[^4]: Four.\n", { format: "unres" });
    expect(tree.footnotes.map((f) => f.markers.length)).toEqual([1, 0, 1, 1]);
    expect(shown(unzip(exportDocx(tree)), "accept").footnotes).toEqual(["One.", "Two.", "Three.", "Four."]);
    // The first note lost: its reference goes before the next one's.
    const first = parse("The General Assembly,\n\nRecalling its resolution 1/1,\n\nNoting the report,[^2]\n\n1. Decides to act.[^3]\n\n[^1]: One.\n\n[^2]: Two.\n\n[^3]: Three.\n", { format: "unres" });
    expect(shown(unzip(exportDocx(first)), "accept").footnotes).toEqual(["One.", "Two.", "Three."]);
  });

  it("a reference that comes after a higher-numbered one's (a marker the extraction moved) goes next to its predecessor's, so Word's numbers stay the printed ones", () => {
    const tree = parse("The General Assembly,\n\nRecalling its resolution 1/1,[^1] and 3/3,[^3]\n\nNoting the report,[^4][^2]\n\n1. Decides to act.[^5]\n\n[^1]: One.\n\n[^2]: Two.\n\n[^3]: Three.\n\n[^4]: Four.\n\n[^5]: Five.\n", { format: "unres" });
    expect(tree.footnotes.map((f) => f.markers.length)).toEqual([1, 1, 1, 1, 1]);
    const files = unzip(exportDocx(tree));
    expect(shown(files, "accept").footnotes).toEqual(["One.", "Two.", "Three.", "Four.", "Five."]);
    expect(shown(files, "accept")).toEqual(viewOf(tree));
    // The paragraphs' words stay where they were.
    expect(shown(files, "accept").paragraphs.slice(1, 3)).toEqual(["Recalling its resolution 1/1,[^][^] and 3/3,[^]", "Noting the report,[^]"]);
  });

  it("a reference between a space and the next word (a marker glued to that word in extraction) follows the word before it", () => {
    // pdftotext gives "the Paris Agreement 5and its early entry into force".
    const tree = parse(corpus("A-RES-80-129.txt"));
    const text = layoutOf(tree).units.find((u) => u.text.includes("Paris Agreement"))?.text ?? "";
    expect(text).toMatch(/Paris Agreement[\uE000-\uF8FF] and its early/);
    expect(structureOfRead(exportDocx(tree))).toEqual(structureOf(tree));
  });

  it.each(["A-RES-80-229.txt", "A-C.3-80-L.3.txt", "A-RES-80-6.txt"])("%s: the text's layout, no revisions", (name) => {
    const tree = parse(corpus(name));
    const files = unzip(exportDocx(tree));
    expect(files.get("word/document.xml")).not.toMatch(/<w:(ins|del)\b/);
    expect(files.get("word/settings.xml")).not.toContain("trackRevisions");
    expect(shown(files, "accept")).toEqual(viewOf(tree));
    expect(shown(files, "reject")).toEqual(viewOf(tree));
  });
});

/**
 * A document's unnumbered notes (`*`, `**`, `***`): Word's custom mark (`w:customMarkFollows`) with the
 * mark as text after the reference. LibreOffice 7.4 took one character of a `w:t` as the label and showed
 * the rest as text (measured on files it wrote itself); one `w:t` per character it takes whole, and in the
 * note's own text it takes the mark as label only as `w:sym` characters (a `w:t` mark stays text there).
 */
describe("Word footnotes with a mark of their own (`*`, `**`)", () => {
  const starred = (extra: string) =>
    parse(
      `---\nsymbol: A/C.1/80/L.99\nsponsors: Angola\n---\n\nRegional centres\n\nThe General Assembly,\n\nRecalling its resolution 1/1,[^1]\n\nNoting the report of the Group,${extra}\n\n1. Decides to act.[^2]\n\n[^*]: Reissued for technical reasons.\n\n${extra ? "[^**]: On behalf of the Group of African States.\n\n" : ""}[^1]: One.\n\n[^2]: Two.\n`,
    );
  const ref = (deleted: boolean) => {
    const t = deleted ? "w:delText" : "w:t";
    return new RegExp(`<w:footnoteReference w:customMarkFollows="1" w:id="(\\d+)"/><${t} xml:space="preserve">\\*</${t}><${t} xml:space="preserve">\\*</${t}></w:r>`);
  };
  const SYM = `<w:sym w:font="Times New Roman" w:char="002A"/>`;

  it("a reissued document's `*` note is referenced from the symbol, where UN documents print the asterisk", () => {
    const tree = parse(corpus("A-C.1-80-L.42.txt"));
    expect(tree.header.reissued).toBe(true);
    const v = viewOf(tree);
    expect(v.paragraphs[0]).toBe(`United Nations A/C.1/80/L.42${FOOTNOTE_ANCHOR}`);
    expect(v.paragraphs.slice(1, 8).join("\n")).not.toContain(`${FOOTNOTE_ANCHOR}${FOOTNOTE_ANCHOR}`);
    const doc = unzip(exportDocx(tree)).get("word/document.xml")!;
    expect(doc).toMatch(/<w:t xml:space="preserve">A\/C\.1\/80\/L\.42<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"\/><w:t xml:space="preserve">\*<\/w:t><\/w:r><\/w:p>/);
    expect(structureOfRead(exportDocx(tree))).toEqual(structureOf(tree));
  });

  it("the reference holds its mark one w:t per character, the note its mark as w:sym characters", () => {
    const files = unzip(exportDocx(starred("[^**]")));
    const doc = files.get("word/document.xml")!;
    const id = ref(false).exec(doc)?.[1];
    expect(id).toBeDefined();
    expect(doc).not.toContain(`<w:t xml:space="preserve">**</w:t>`);
    const note = new RegExp(`<w:footnote w:id="${id}">(.*?)</w:footnote>`).exec(files.get("word/footnotes.xml")!)?.[1] ?? "";
    expect(note).toContain(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>${SYM}${SYM}</w:r>`);
    expect(note).not.toContain(`<w:t xml:space="preserve">**</w:t>`);
    expect(shown(files, "accept")).toEqual(viewOf(starred("[^**]")));
  });

  it("an inserted or deleted `**` note: the same shape, tracked; accept-all and reject-all give each side", () => {
    for (const [a, b, deleted] of [[starred(""), starred("[^**]"), false], [starred("[^**]"), starred(""), true]] as const) {
      const r = redline(a, b);
      expect(r.xml).toMatch(ref(deleted));
      expect(shown(r.files, "accept")).toEqual(viewOf(b));
      expect(shown(r.files, "reject")).toEqual(viewOf(a));
    }
  });
});
