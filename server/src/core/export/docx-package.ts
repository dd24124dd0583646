/**
 * The fixed parts of a WordprocessingML package (ECMA-376 Part 1): content types, relationships,
 * settings, and the named styles of the UN layout. The body and the footnotes come from `docx-emit.ts`.
 */
import { zip } from "./zip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** Text for XML: markup characters escaped, characters XML 1.0 forbids (most C0 controls) dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`;

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R_NS}/settings" Target="settings.xml"/><Relationship Id="rId3" Type="${R_NS}/footnotes" Target="footnotes.xml"/></Relationships>`;

// A4 with the UN's margins (twips): the section's page and the masthead's tab stop.
const PAGE_WIDTH = 11906;
const MARGIN = 1247;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** A paragraph style: id, what it looks like (pPr and rPr contents). */
type StyleDef = readonly [id: string, name: string, pPr: string, rPr: string];

// UN documents: Times New Roman 10 pt, 12 pt leading, body justified; twips (1/20 pt) for indents.
const PARAGRAPH_STYLES: readonly StyleDef[] = [
  // "United Nations" past the emblem's place, the symbol at the right margin (a right tab stop at the
  // text width, A4 less both margins), a rule under the line.
  ["UNMastheadSymbol", "UN Masthead United Nations and Symbol", `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/><w:ind w:left="1134"/><w:jc w:val="left"/>`, `<w:sz w:val="28"/>`],
  ["UNMastheadOrgan", "UN Masthead Organ", `<w:spacing w:before="120" w:after="240"/><w:ind w:left="1134"/><w:jc w:val="left"/>`, `<w:b/><w:sz w:val="40"/>`],
  ["UNMastheadDistr", "UN Masthead Distribution", `<w:spacing w:after="0"/><w:ind w:left="6804"/><w:jc w:val="left"/>`, ""],
  ["UNMastheadSession", "UN Masthead Session", `<w:spacing w:before="240" w:after="0"/><w:jc w:val="left"/>`, ""],
  ["UNMastheadAgenda", "UN Masthead Agenda Item", `<w:spacing w:after="0"/><w:jc w:val="left"/>`, ""],
  ["UNMastheadAgendaTitle", "UN Masthead Agenda Title", `<w:spacing w:after="240"/><w:jc w:val="left"/>`, `<w:b/>`],
  ["UNSponsors", "UN Sponsors Line", `<w:spacing w:before="240" w:after="240"/><w:jc w:val="left"/>`, `<w:b/>`],
  ["UNAdoption", "UN Adoption Line", `<w:spacing w:before="240" w:after="0"/><w:jc w:val="left"/>`, `<w:b/><w:sz w:val="28"/>`],
  ["UNCommittee", "UN Committee Line", `<w:spacing w:after="240"/><w:jc w:val="left"/>`, ""],
  ["UNTitle", "UN Resolution Title", `<w:spacing w:before="240" w:after="240"/><w:ind w:left="1134" w:hanging="1134"/><w:jc w:val="left"/>`, `<w:b/><w:sz w:val="28"/>`],
  ["UNOrganLine", "UN Organ Line", `<w:ind w:firstLine="567"/>`, `<w:i/>`],
  ["UNPreamble", "UN Preambular Paragraph", `<w:ind w:firstLine="567"/>`, ""],
  ["UNOperative", "UN Operative Paragraph", `<w:ind w:left="1134" w:hanging="567"/>`, ""],
  ["UNOperativeUnnumbered", "UN Operative Paragraph Unnumbered", `<w:ind w:firstLine="567"/>`, ""],
  ["UNSubparagraph1", "UN Subparagraph 1", `<w:ind w:left="1701" w:hanging="567"/>`, ""],
  ["UNSubparagraph2", "UN Subparagraph 2", `<w:ind w:left="2268" w:hanging="567"/>`, ""],
  ["UNSubparagraph3", "UN Subparagraph 3", `<w:ind w:left="2835" w:hanging="567"/>`, ""],
  ["UNSubparagraph4", "UN Subparagraph 4", `<w:ind w:left="3402" w:hanging="567"/>`, ""],
  ["UNSectionLabel", "UN Section Label", `<w:keepNext/><w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/>`, `<w:b/>`],
  ["UNSectionHeading", "UN Section Heading", `<w:keepNext/><w:jc w:val="center"/>`, `<w:b/>`],
  ["UNClosing", "UN Closing", `<w:spacing w:after="0"/><w:ind w:left="4536"/><w:jc w:val="left"/>`, `<w:i/>`],
  ["UNAnnexHeading", "UN Annex Heading", `<w:pageBreakBefore/><w:jc w:val="right"/>`, `<w:b/>`],
  ["UNAnnexText", "UN Annex Text", `<w:ind w:firstLine="567"/>`, ""],
  ["UNFootnoteOrphan", "UN Footnote Without Reference", `<w:ind w:left="567" w:hanging="567"/>`, `<w:sz w:val="17"/>`],
  ["FootnoteText", "footnote text", `<w:spacing w:after="0"/><w:ind w:left="567" w:hanging="567"/>`, `<w:sz w:val="17"/>`],
];

const paragraphStyle = ([id, name, pPr, rPr]: StyleDef): string =>
  `<w:style w:type="paragraph" w:customStyle="${id.startsWith("UN") ? 1 : 0}" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${pPr}</w:pPr>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}</w:style>`;

const STYLES =
  `${XML_HEAD}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  PARAGRAPH_STYLES.map(paragraphStyle).join("") +
  `<w:style w:type="character" w:customStyle="1" w:styleId="UNOpener"><w:name w:val="UN Opener"/><w:rPr><w:i/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
  `</w:styles>`;

const settings = (track: boolean): string =>
  `${XML_HEAD}<w:settings xmlns:w="${W_NS}">${track ? "<w:trackRevisions/>" : ""}<w:defaultTabStop w:val="567"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>`;

const SEPARATORS =
  `<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>` +
  `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;

const SECTION = `<w:sectPr><w:footnotePr><w:numRestart w:val="continuous"/></w:footnotePr><w:pgSz w:w="${PAGE_WIDTH}" w:h="16838"/><w:pgMar w:top="1440" w:right="${MARGIN}" w:bottom="1440" w:left="${MARGIN}" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;

export interface PackageParts {
  /** The body's paragraphs (`<w:p>` elements). */
  readonly body: string;
  /** The footnotes (`<w:footnote>` elements, ids from 1). */
  readonly footnotes: string;
  /** Whether Word keeps tracking what the user edits next (the redline). */
  readonly trackRevisions: boolean;
}

export function packageDocx(parts: PackageParts): Uint8Array {
  const enc = new TextEncoder();
  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}"><w:body>${parts.body}${SECTION}</w:body></w:document>`;
  const footnotes = `${XML_HEAD}<w:footnotes xmlns:w="${W_NS}">${SEPARATORS}${parts.footnotes}</w:footnotes>`;
  return zip([
    { name: "[Content_Types].xml", data: enc.encode(CONTENT_TYPES) },
    { name: "_rels/.rels", data: enc.encode(ROOT_RELS) },
    { name: "word/document.xml", data: enc.encode(document) },
    { name: "word/_rels/document.xml.rels", data: enc.encode(DOCUMENT_RELS) },
    { name: "word/styles.xml", data: enc.encode(STYLES) },
    { name: "word/settings.xml", data: enc.encode(settings(parts.trackRevisions)) },
    { name: "word/footnotes.xml", data: enc.encode(footnotes) },
  ]);
}
