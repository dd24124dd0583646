/**
 * The paragraphs of a WordprocessingML part (document.xml, footnotes.xml) as a reader of the document
 * sees them after accepting every tracked change, or after rejecting every one: never a mixture.
 *
 * Accept: insertions and moved-to text stay, deletions and moved-from text go, and a paragraph whose mark
 * is deleted runs on into the next. Reject: the other way round. Field instructions and the old
 * properties of formatting changes are not text.
 */

export type ChangeChoice = "accept" | "reject";

export interface WordRun {
  readonly text: string;
  readonly italic: boolean;
}

export interface WordParagraph {
  /** Runs in order; a footnote reference is a run whose `note` is the footnote's id (`mark` its custom mark, `*`). */
  readonly runs: readonly (WordRun & { readonly note?: string; readonly mark?: string })[];
  readonly style: string | null;
  /** Automatic numbering (`w:numPr`): the list and level, when the paragraph has it. */
  readonly numbering: { readonly numId: string; readonly level: number } | null;
}

export interface WordPart {
  readonly paragraphs: readonly WordParagraph[];
  /** How many tracked changes (insertions, deletions, moves) the part holds. */
  readonly revisions: number;
}

const TOKEN = /<(\/?)([A-Za-z][\w.-]*:)?([\w.-]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[^]*?-->|<\?[^]*?\?>|<!\[CDATA\[([^]*?)\]\]>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attrs(raw: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of raw.matchAll(ATTR)) m.set(a[1]!.replace(/^\w+:/, ""), decodeXml(a[2] ?? a[3] ?? ""));
  return m;
}

export function decodeXml(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, d, h, n) =>
    d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[n]!,
  );
}

const isOn = (a: Map<string, string>): boolean => !["0", "false", "off", "none"].includes(a.get("val") ?? "1");

/** Elements whose whole content is not the document's text now. */
const SKIPPED = new Set(["rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "instrText", "delInstrText"]);

/**
 * Read a part. `italicStyles` are character and paragraph style ids whose runs are italic;
 * `inFootnote`: the part is footnotes.xml (each `w:footnote` gives its paragraphs and its id).
 */
export function readPart(xml: string, choice: ChangeChoice, italicStyles: ReadonlySet<string> = new Set()): WordPart & { notes: Map<string, WordParagraph[]> } {
  const paragraphs: WordParagraph[] = [];
  const notes = new Map<string, WordParagraph[]>();
  let noteId: string | null = null;
  let noteParas: WordParagraph[] = [];
  let revisions = 0;
  let skip = 0; // depth inside a SKIPPED element
  let gone = 0; // depth inside a change the choice removes
  let inPPr = false;
  let inRPr = false;
  let markGone = false; // this paragraph's mark goes
  let runs: (WordRun & { note?: string; mark?: string })[] = [];
  let customMark = false; // the text after this footnote reference is its mark, not text
  let style: string | null = null;
  let numId: string | null = null;
  let level = 0;
  let italic = false;
  let runStyleItalic = false;
  let field = 0; // inside a complex field's instruction (begin .. separate)
  let carry: (WordRun & { note?: string; mark?: string })[] | null = null; // runs of a paragraph whose mark went
  const removed = (tag: string): boolean =>
    (choice === "accept" && (tag === "del" || tag === "moveFrom")) || (choice === "reject" && (tag === "ins" || tag === "moveTo"));
  const push = (text: string) => {
    if (gone || skip || field || text === "") return;
    const it = italic || runStyleItalic || (style !== null && italicStyles.has(style));
    const last = runs[runs.length - 1];
    if (last && !last.note && last.italic === it) runs[runs.length - 1] = { text: last.text + text, italic: it };
    else runs.push({ text, italic: it });
  };
  for (const m of xml.matchAll(TOKEN)) {
    if (m[7] !== undefined || m[6] !== undefined) {
      // Character data matters inside w:t / w:delText only; it is pushed there.
      continue;
    }
    if (!m[3]) continue;
    const close = m[1] === "/";
    const selfClose = m[5] === "/";
    const tag = m[3];
    const a = close ? new Map<string, string>() : attrs(m[4] ?? "");
    if (SKIPPED.has(tag)) {
      if (!selfClose) skip += close ? -1 : 1;
      continue;
    }
    if (skip) continue;
    switch (tag) {
      case "footnote":
      case "endnote":
        if (close) {
          if (noteId !== null) notes.set(noteId, noteParas);
          noteId = null;
        } else if (!a.get("type") || a.get("type") === "normal") {
          noteId = a.get("id") ?? null;
          noteParas = [];
        }
        break;
      case "ins":
      case "del":
      case "moveFrom":
      case "moveTo":
        if (inPPr && inRPr) {
          // The paragraph mark's own revision.
          revisions++;
          if (removed(tag)) markGone = true;
        } else if (!selfClose) {
          if (!close) revisions++;
          if (removed(tag)) gone += close ? -1 : 1;
        }
        break;
      case "p":
        if (!close) {
          runs = carry ?? [];
          carry = null;
          style = null;
          numId = null;
          level = 0;
          markGone = false;
        } else {
          if (markGone) carry = runs;
          else {
            const numbering = numId && numId !== "0" ? { numId, level } : null;
            const p: WordParagraph = { runs, style, numbering };
            if (noteId !== null) noteParas.push(p);
            else paragraphs.push(p);
          }
          runs = [];
        }
        if (selfClose && !close) paragraphs.push({ runs: [], style: null, numbering: null });
        break;
      case "pPr":
        inPPr = !close && !selfClose;
        break;
      case "rPr":
        inRPr = !close && !selfClose;
        break;
      case "pStyle":
        if (inPPr && !inRPr) style = a.get("val") ?? null;
        break;
      case "numId":
        if (inPPr && !inRPr) numId = a.get("val") ?? null;
        break;
      case "ilvl":
        if (inPPr && !inRPr) level = Number(a.get("val") ?? 0) || 0;
        break;
      case "r":
        if (!close) {
          italic = false;
          runStyleItalic = false;
        }
        customMark = false;
        break;
      case "i":
        if (inRPr && !inPPr) italic = isOn(a);
        break;
      case "rStyle":
        if (inRPr) runStyleItalic = italicStyles.has(a.get("val") ?? "");
        break;
      case "t":
      case "delText":
        if (!close && !selfClose) {
          // The text up to the closing tag.
          const at = (m.index ?? 0) + m[0].length;
          const end = xml.indexOf("<", at);
          const t = decodeXml(xml.slice(at, end < 0 ? xml.length : end));
          const last = runs[runs.length - 1];
          if (customMark && last?.note !== undefined) {
            if (!gone) runs[runs.length - 1] = { ...last, mark: (last.mark ?? "") + t };
          } else push(t);
        }
        break;
      case "tab":
        if (!inPPr) push("\t");
        break;
      case "br":
      case "cr":
        push(" ");
        break;
      case "noBreakHyphen":
        push("\u2011");
        break;
      case "sym":
        push(String.fromCharCode(parseInt(a.get("char") ?? "20", 16) & 0xffff));
        break;
      case "fldChar": {
        const t = a.get("fldCharType");
        if (t === "begin") field++;
        else if (t === "separate" || t === "end") field = Math.max(0, field - 1);
        break;
      }
      case "footnoteReference":
        if (!gone && !skip) runs.push({ text: "", italic: false, note: a.get("id") ?? "" });
        customMark = !gone && isOn(new Map([["val", a.get("customMarkFollows") ?? "0"]]));
        break;
    }
  }
  if (carry) paragraphs.push({ runs: carry, style: null, numbering: null });
  return { paragraphs, revisions, notes };
}

export const paragraphText = (p: WordParagraph, noteMark: (id: string) => string = () => ""): string =>
  p.runs.map((r) => (r.note !== undefined ? noteMark(r.note) : r.text)).join("");
