/**
 * A Word file (.docx) of the new text with tracked changes against the old one.
 *
 * Submission rules ask for the last adopted text as the base and every change shown with
 * Word's Track Changes. The paragraph alignment and the word changes come from the
 * comparison engine, so Word shows what `resdraft diff` shows: a renumbered paragraph
 * keeps its words and shows only its number changed, a moved paragraph stands where it
 * now is. Opening phrases are set in italics as in the official text.
 *
 * Footnotes are written as a block of paragraphs after the text (with their own tracked
 * changes), not as Word footnote objects.
 */
import type { Change, DocumentDiff, ParagraphDiff } from "../compare/types";
import { diffParagraphWords } from "../compare/words";
import type { MappedText, Paragraph, Resolution, Subparagraph } from "../syntax/tree";
import { zip } from "./zip";

export interface RedlineOptions {
  /** Shown as the author of every revision. */
  readonly author?: string;
  /** ISO 8601 timestamp of the revisions (the caller decides: the core does not read the clock). */
  readonly date?: string;
}

interface Writer {
  readonly author: string;
  readonly date: string;
  nextId: number;
  readonly body: string[];
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (most C0 controls) are dropped: Word refuses the file otherwise.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function revision(w: Writer): string {
  return `w:id="${w.nextId++}" w:author="${escapeXml(w.author)}" w:date="${escapeXml(w.date)}"`;
}

function run(text: string, italic: boolean, deleted: boolean): string {
  if (text === "") return "";
  const props = italic ? "<w:rPr><w:i/></w:rPr>" : "";
  const tag = deleted ? "w:delText" : "w:t";
  return `<w:r>${props}<${tag} xml:space="preserve">${escapeXml(text)}</${tag}></w:r>`;
}

/** A run inside `<w:ins>` / `<w:del>` as the change requires. */
function changeRun(w: Writer, op: Change["op"], text: string, italic: boolean): string {
  if (op === "equal") return run(text, italic, false);
  if (op === "insert") return `<w:ins ${revision(w)}>${run(text, italic, false)}</w:ins>`;
  return `<w:del ${revision(w)}>${run(text, italic, true)}</w:del>`;
}

type ParagraphMark = "insert" | "delete" | null;

function paragraph(w: Writer, content: string, options: { indent?: boolean; mark?: ParagraphMark; align?: "right" | "center" } = {}): void {
  const props: string[] = [];
  if (options.align) props.push(`<w:jc w:val="${options.align}"/>`);
  if (options.indent) props.push(`<w:ind w:firstLine="567"/>`);
  if (options.mark === "insert") props.push(`<w:rPr><w:ins ${revision(w)}/></w:rPr>`);
  if (options.mark === "delete") props.push(`<w:rPr><w:del ${revision(w)}/></w:rPr>`);
  w.body.push(`<w:p>${props.length ? `<w:pPr>${props.join("")}</w:pPr>` : ""}${content}</w:p>`);
}

/** The offset in `body.text` of a source offset inside one of its pieces. */
function textOffsetOf(body: MappedText, source: number): number | null {
  for (const p of body.pieces) {
    if (source >= p.start && source < p.end) return p.at + (source - p.start);
  }
  return null;
}

/** Where sub-paragraphs start in the paragraph's text: Word gets a new paragraph there. */
function breakOffsets(p: Paragraph | undefined): Set<number> {
  const out = new Set<number>();
  const visit = (items: readonly Subparagraph[]) => {
    for (const s of items) {
      const at = p ? textOffsetOf(p.body, s.label.span.start) : null;
      if (at !== null && at > 0) out.add(at);
      visit(s.children);
    }
  };
  if (p) visit(p.subparagraphs);
  return out;
}

/**
 * Write a compared paragraph: its changes as runs, split into Word paragraphs where
 * sub-paragraphs begin (offsets on the new side, or the old side for a removed paragraph).
 */
function writeChanges(
  w: Writer,
  changes: readonly Change[],
  prefix: string,
  opts: { oldOpener: number; newOpener: number; breaks: Set<number>; oldBreaks: Set<number>; mark: ParagraphMark; indent: boolean },
): void {
  let parts: string[] = [prefix];
  let oldAt = 0;
  let newAt = 0;
  const flush = () => {
    paragraph(w, parts.join(""), { indent: opts.indent, mark: opts.mark });
    parts = [];
  };
  for (const c of changes) {
    // Cut the change at opener ends (italics) and at paragraph breaks on the side it belongs to.
    const onNew = c.op !== "delete";
    const onOld = c.op !== "insert";
    let start = 0;
    while (start < c.text.length) {
      const here = onNew ? newAt : oldAt;
      const openerEnd = onNew ? opts.newOpener : opts.oldOpener;
      const breaks = c.op === "delete" ? opts.oldBreaks : opts.breaks;
      let end = c.text.length;
      if (here < openerEnd) end = Math.min(end, start + (openerEnd - here));
      for (const b of breaks) if (b > here && b - here + start < end) end = b - here + start;
      const piece = c.text.slice(start, end);
      parts.push(changeRun(w, c.op, piece, here < openerEnd));
      if (onNew) newAt += piece.length;
      if (onOld) oldAt += piece.length;
      start = end;
      const after = onNew ? newAt : oldAt;
      if (breaks.has(after)) flush();
    }
  }
  if (parts.length) flush();
}

function openerLength(p: Paragraph | undefined): number {
  return p?.opener && p.body.text.startsWith(p.opener.text) ? p.opener.text.length : 0;
}

function numberPrefix(w: Writer, d: ParagraphDiff): string {
  const oldN = d.old?.number ?? null;
  const newN = d.new?.number ?? null;
  if (oldN === newN) return newN ? run(`${newN}.\t`, false, false) : "";
  // The tab belongs to whichever side has a number: a removed paragraph loses it too.
  const tab = !oldN || !newN ? changeRun(w, oldN ? "delete" : "insert", "\t", false) : run("\t", false, false);
  return (oldN ? changeRun(w, "delete", `${oldN}.`, false) : "") + (newN ? changeRun(w, "insert", `${newN}.`, false) : "") + tab;
}

function writeHeader(w: Writer, oldTree: Resolution, newTree: Resolution): void {
  const symbol = newTree.header.symbol?.value ?? oldTree.header.symbol?.value;
  if (symbol) paragraph(w, run(symbol, false, false), { align: "right" });
  const oldTitle = oldTree.title ? [oldTree.title.number?.value, oldTree.title.text.text].filter(Boolean).join(". ") : "";
  const newTitle = newTree.title ? [newTree.title.number?.value, newTree.title.text.text].filter(Boolean).join(". ") : "";
  if (oldTitle || newTitle) {
    const changes = diffParagraphWords(oldTitle, newTitle).changes;
    paragraph(w, changes.map((c) => changeRun(w, c.op, c.text, false)).join(""));
  }
  const organ = newTree.organ ?? oldTree.organ;
  if (organ) paragraph(w, run(organ.name.value, true, false) + run(organ.comma ? "," : "", false, false), { indent: true });
}

function writeBody(w: Writer, oldTree: Resolution, newTree: Resolution, diff: DocumentDiff): void {
  let section: string | null = null;
  for (const d of diff.paragraphs) {
    // Annex paragraphs (compared since issue 15) are not written into the redline body yet.
    if (d.kind === "footnote" || d.kind === "annex") continue;
    const list = (t: Resolution): readonly Paragraph[] => (d.kind === "preamble" ? t.preamble : t.operative);
    const oldP = d.old ? list(oldTree)[d.old.index - 1] : undefined;
    const newP = d.new ? list(newTree)[d.new.index - 1] : undefined;
    const here = (newP ?? oldP)?.section ?? null;
    if (d.kind === "operative" && here !== section) {
      section = here;
      const s = (newP ? newTree : oldTree).sections.find((x) => x.label.value === here);
      if (s) paragraph(w, run([s.label.value, s.heading?.value].filter(Boolean).join("\t"), false, false), { align: "center" });
    }
    const mark: ParagraphMark = d.status === "added" ? "insert" : d.status === "removed" ? "delete" : null;
    writeChanges(w, d.changes, d.kind === "operative" ? numberPrefix(w, d) : "", {
      oldOpener: openerLength(oldP),
      newOpener: openerLength(newP),
      breaks: breakOffsets(newP),
      oldBreaks: d.status === "removed" ? breakOffsets(oldP) : new Set(),
      mark,
      indent: true,
    });
  }
}

function writeFootnotes(w: Writer, diff: DocumentDiff): void {
  const notes = diff.paragraphs.filter((d) => d.kind === "footnote");
  if (notes.length === 0) return;
  paragraph(w, run("_______________", false, false));
  for (const d of notes) {
    const mark: ParagraphMark = d.status === "added" ? "insert" : d.status === "removed" ? "delete" : null;
    writeChanges(w, d.changes, numberPrefix(w, d), { oldOpener: 0, newOpener: 0, breaks: new Set(), oldBreaks: new Set(), mark, indent: false });
  }
}

function writeClosing(w: Writer, oldTree: Resolution, newTree: Resolution): void {
  const text = (t: Resolution) => (t.closing ? [t.closing.meeting?.value, t.closing.date?.value].filter(Boolean).join("\n") : "");
  const oldText = text(oldTree);
  const newText = text(newTree);
  if (!oldText && !newText) return;
  const oldLines = oldText ? oldText.split("\n") : [];
  const newLines = newText ? newText.split("\n") : [];
  for (let i = 0; i < Math.max(oldLines.length, newLines.length); i++) {
    const changes = diffParagraphWords(oldLines[i] ?? "", newLines[i] ?? "").changes;
    const mark: ParagraphMark = newLines[i] === undefined ? "delete" : oldLines[i] === undefined ? "insert" : null;
    paragraph(w, changes.map((c) => changeRun(w, c.op, c.text, true)).join(""), { align: "right", mark });
  }
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;

// UN documents are set in Times New Roman 10 pt with 12 pt leading; the body is justified.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

// trackRevisions: what the delegation edits next is tracked too.
const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${W_NS}"><w:trackRevisions/><w:defaultTabStop w:val="567"/></w:settings>`;

/** The .docx bytes. */
export function redlineDocx(oldTree: Resolution, newTree: Resolution, diff: DocumentDiff, options: RedlineOptions = {}): Uint8Array {
  const w: Writer = { author: options.author ?? "resdraft", date: options.date ?? "2000-01-01T00:00:00Z", nextId: 1, body: [] };
  writeHeader(w, oldTree, newTree);
  writeBody(w, oldTree, newTree, diff);
  writeClosing(w, oldTree, newTree);
  writeFootnotes(w, diff);
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}"><w:body>${w.body.join("")}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const enc = new TextEncoder();
  return zip([
    { name: "[Content_Types].xml", data: enc.encode(CONTENT_TYPES) },
    { name: "_rels/.rels", data: enc.encode(ROOT_RELS) },
    { name: "word/document.xml", data: enc.encode(document) },
    { name: "word/_rels/document.xml.rels", data: enc.encode(DOCUMENT_RELS) },
    { name: "word/styles.xml", data: enc.encode(STYLES) },
    { name: "word/settings.xml", data: enc.encode(SETTINGS) },
  ]);
}
