/**
 * A Word file (.docx) as text the parser reads: one block per Word paragraph in the `.unres` form (blank
 * lines between paragraphs, `[^n]` references and `[^n]: text` definitions for real Word footnotes),
 * automatic numbering written out as the numbers Word shows, and the extent of each paragraph's opening
 * italic run handed over as a cue. Tracked changes are all accepted, or all rejected when the caller
 * asks for the text before them: never a mixture.
 */
import type { LoadOptions, LoadResult, Reader } from "../input/load";
import type { LineCue } from "../syntax/cues";
import { CLOSING_MEETING } from "../syntax/patterns";
import { openZip, ZipError, type Inflate } from "./unzip";
import { paragraphText, readPart, type WordParagraph } from "./wordml";

const MAIN = "word/document.xml";

export function docxReader(inflate: Inflate): Reader {
  return async (bytes, options) => readDocx(bytes, inflate, options);
}

export function readDocx(bytes: Uint8Array, inflate: Inflate, options: LoadOptions = {}): LoadResult {
  let zip;
  try {
    zip = openZip(bytes, inflate);
  } catch (e) {
    return { ok: false, message: `this file is a damaged ZIP archive, not a readable Word file (${(e as Error).message}).` };
  }
  const text = (name: string): string | null => {
    const data = zip.read(name);
    return data ? new TextDecoder("utf-8").decode(data) : null;
  };
  let main: string | null;
  try {
    main = text(MAIN);
  } catch (e) {
    return { ok: false, message: `the Word file is damaged: ${e instanceof ZipError ? e.message : (e as Error).message}.` };
  }
  if (main === null) return { ok: false, message: notWord(zip.names, text) };
  const choice = options.changes ?? "accept";
  const styles = italicStyles(text("word/styles.xml") ?? "");
  const body = readPart(main, choice, styles);
  const notesPart = text("word/footnotes.xml");
  const notes = notesPart ? readPart(notesPart, choice, styles) : null;
  const rendered = render(body.paragraphs, notes?.notes ?? new Map(), numberingFormats(text("word/numbering.xml") ?? ""));
  const revisions = body.revisions + (notes?.revisions ?? 0);
  const notesOut = revisions
    ? [`${revisions} tracked change${revisions === 1 ? "" : "s"} ${choice === "accept" ? "accepted" : "rejected"}: this is the text ${choice === "accept" ? "after" : "before"} them.`]
    : [];
  return { ok: true, text: rendered.text, format: "unres", cues: { lines: rendered.cues, italicsKnown: true }, notes: notesOut, kind: "docx" };
}

/** What a ZIP that is not a Word document is, in one sentence. */
function notWord(names: readonly string[], text: (name: string) => string | null): string {
  const mime = names.includes("mimetype") ? (text("mimetype") ?? "").trim() : "";
  if (mime === "application/vnd.oasis.opendocument.text") return "this is an OpenDocument text (.odt), not a Word file: open it in LibreOffice or Word and save it as .docx.";
  if (names.some((n) => n.startsWith("xl/"))) return "this is an Excel workbook, not a Word document.";
  if (names.some((n) => n.startsWith("ppt/"))) return "this is a PowerPoint presentation, not a Word document.";
  return "this is a ZIP archive but not a Word document (it has no word/document.xml).";
}

/** Style ids set in italics (the opener character style, an italic organ-line style). */
function italicStyles(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([^]*?)<\/w:style>/g)) {
    if (/<w:rPr>(?:(?!<\/w:rPr>)[^])*<w:i(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(m[2]!)) out.add(m[1]!);
  }
  return out;
}

type Format = { readonly fmt: string; readonly text: string; readonly start: number };

/** numId -> level -> how Word writes the number (`%1.`, `(%2)`), from numbering.xml. */
function numberingFormats(xml: string): Map<string, Format[]> {
  const abstract = new Map<string, Format[]>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([^]*?)<\/w:abstractNum>/g)) {
    const levels: Format[] = [];
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([^]*?)<\/w:lvl>/g)) {
      levels[Number(l[1])] = {
        fmt: /<w:numFmt w:val="([^"]+)"/.exec(l[2]!)?.[1] ?? "decimal",
        text: /<w:lvlText w:val="([^"]*)"/.exec(l[2]!)?.[1] ?? "%1.",
        start: Number(/<w:start w:val="(\d+)"/.exec(l[2]!)?.[1] ?? 1),
      };
    }
    abstract.set(m[1]!, levels);
  }
  const out = new Map<string, Format[]>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([^]*?)<\/w:num>/g)) {
    const a = /<w:abstractNumId w:val="(\d+)"/.exec(m[2]!)?.[1];
    if (a && abstract.has(a)) out.set(m[1]!, abstract.get(a)!);
  }
  return out;
}

const ROMAN: readonly [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

function formatNumber(n: number, fmt: string): string {
  if (fmt === "lowerLetter" || fmt === "upperLetter") {
    const s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
    return fmt === "upperLetter" ? s.toUpperCase() : s;
  }
  if (fmt === "lowerRoman" || fmt === "upperRoman") {
    let s = "";
    for (const [v, r] of ROMAN) while (n >= v) (s += r), (n -= v);
    return fmt === "upperRoman" ? s.toUpperCase() : s;
  }
  return fmt === "bullet" || fmt === "none" ? "" : String(n);
}

/** Without numbering.xml: numbers, then (a), then (i), as UN texts number. */
const DEFAULT_LEVELS: readonly Format[] = [
  { fmt: "decimal", text: "%1.", start: 1 },
  { fmt: "lowerLetter", text: "(%2)", start: 1 },
  { fmt: "lowerRoman", text: "(%3)", start: 1 },
  { fmt: "lowerLetter", text: "%4.", start: 1 },
];

const SECTION_LABEL_ALONE = /^\s*(?:[IVXL]+|[A-Z])\.?\s*$/;

function render(paragraphs: readonly WordParagraph[], notes: ReadonlyMap<string, readonly WordParagraph[]>, formats: ReadonlyMap<string, Format[]>): { text: string; cues: LineCue[] } {
  const counters = new Map<string, number[]>();
  const noteIds: { id: string; label: string; mark: string | null }[] = [];
  let numbered = 0;
  const blocks: { text: string; italicEnd: number }[] = [];
  for (const p of paragraphs) {
    const label = numberLabel(p, counters, formats);
    const words = p.runs
      .map((r) => {
        if (r.note === undefined) return r.text;
        // A custom mark (`*`) stays the footnote's label; numbered footnotes are numbered in order.
        const mark = r.mark?.trim() || null;
        const label = mark && /^[A-Za-z0-9*]+$/.test(mark) ? mark : String(++numbered);
        noteIds.push({ id: r.note, label, mark });
        return `[^${label}]`;
      })
      .join("");
    const text = (label ? `${label}\t` : "") + words.replace(/[\r\n]+/g, " ");
    if (!text.trim()) continue;
    const fields = label ? null : mastheadFields(text);
    if (fields) for (const f of fields) blocks.push({ text: f, italicEnd: 0 });
    else blocks.push({ text, italicEnd: label ? 0 : leadingItalic(p) });
  }
  let out = "";
  const cues: LineCue[] = [];
  let line = 0;
  blocks.forEach((b, i) => {
    if (i > 0) {
      // The closing's meeting and date are one block, and so are a section's label and heading;
      // everything else is a block of its own.
      const joined = CLOSING_MEETING.test(blocks[i - 1]!.text.trim()) || SECTION_LABEL_ALONE.test(blocks[i - 1]!.text);
      out += joined ? "\n" : "\n\n";
      line += joined ? 1 : 2;
    }
    cues.push({ line, italicEnd: b.italicEnd });
    out += b.text;
  });
  const defs = noteIds.map(({ id, label, mark }) => {
    let body = (notes.get(id) ?? []).map((q) => paragraphText(q)).join(" ").replace(/[\r\n]+/g, " ").replace(/^\s+/, "");
    // The footnote repeats its custom mark before its text.
    if (mark && body.startsWith(mark)) body = body.slice(mark.length).replace(/^\s+/, "");
    return `[^${label}]: ${body}`;
  });
  if (defs.length) out += "\n\n" + defs.join("\n\n");
  return { text: out + "\n", cues };
}

/**
 * The masthead's first line as UN documents print it, the name at the left and the symbol at a right tab
 * stop ("United Nations⇥A/RES/80/6"): two fields, each a line of its own to the parser. A reissue's
 * asterisk after the symbol may be the `*` note's reference: it is read as the printed asterisk (the
 * note's definition stays, as a note with no reference in the text).
 */
function mastheadFields(text: string): string[] | null {
  const m = /^\s*(United Nations)\t+(\S.*)$/.exec(text);
  return m ? [m[1]!, m[2]!.trim().replace(/\[\^\*\]$/, "*")] : null;
}

/** The number Word shows before an automatically numbered paragraph. */
function numberLabel(p: WordParagraph, counters: Map<string, number[]>, formats: ReadonlyMap<string, Format[]>): string {
  if (!p.numbering) return "";
  const levels = formats.get(p.numbering.numId) ?? DEFAULT_LEVELS;
  const c = counters.get(p.numbering.numId) ?? [];
  const lvl = p.numbering.level;
  c[lvl] = (c[lvl] ?? (levels[lvl]?.start ?? 1) - 1) + 1;
  c.length = lvl + 1; // deeper levels restart
  counters.set(p.numbering.numId, c);
  const f = levels[lvl] ?? DEFAULT_LEVELS[Math.min(lvl, 3)]!;
  return f.text.replace(/%(\d)/g, (_, k) => formatNumber(c[Number(k) - 1] ?? levels[Number(k) - 1]?.start ?? 1, levels[Number(k) - 1]?.fmt ?? "decimal"));
}

/** UTF-16 length of the italic run that opens the paragraph (after leading blanks), 0 if it opens in roman. */
function leadingItalic(p: WordParagraph): number {
  let n = 0;
  let started = false;
  for (const r of p.runs) {
    if (r.note !== undefined) break;
    const text = started ? r.text : r.text.replace(/^\s+/, "");
    if (!text) continue;
    started = true;
    if (!r.italic) break;
    n += text.length;
  }
  return n;
}
