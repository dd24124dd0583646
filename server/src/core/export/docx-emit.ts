/**
 * WordprocessingML for a list of changes over two laid-out documents (the clean export is the case where
 * every change is `equal`).
 *
 * The changes run over each side's whole text (its units joined by PARA): `equal` + `delete` is the old
 * text and `equal` + `insert` the new, character for character. A PARA inside a change ends a Word
 * paragraph whose mark carries the change (`w:pPr/w:rPr/w:ins|w:del`), so accepting or rejecting every
 * revision joins exactly the paragraphs one side does not have: Word and LibreOffice then give back that
 * side's paragraphs, in order, by construction. A footnote reference character becomes a real Word
 * footnote; a reference both sides keep gets the footnote's own tracked word changes.
 */
import type { Change } from "../compare/types";
import { diffParagraphWords } from "../compare/words";
import { isNoteChar, PARA, type Layout } from "./docx-layout";
import { escapeXml } from "./docx-package";

export interface Revisions {
  readonly author: string;
  /** ISO 8601, or absent (the attribute is optional): the core never reads the clock. */
  readonly date?: string;
}

/** One document side as the emitter reads it. */
interface Side {
  readonly text: string;
  readonly italic: Uint8Array;
  readonly styles: readonly string[];
  readonly notes: ReadonlyMap<string, string>;
  readonly marks: ReadonlyMap<string, string>;
}

export function sideOf(layout: Layout): Side {
  let text = "";
  const ranges: [number, number][] = [];
  layout.units.forEach((u, i) => {
    if (i > 0) text += PARA;
    for (const [s, e] of u.italic) ranges.push([text.length + s, text.length + e]);
    text += u.text;
  });
  const italic = new Uint8Array(text.length);
  for (const [s, e] of ranges) italic.fill(1, s, e);
  return { text, italic, styles: layout.units.flatMap((u) => u.styles), notes: layout.notes, marks: layout.marks };
}

export const streamText = (layout: Layout): string => sideOf(layout).text;

/**
 * Moved text: per side, the move number (1-based) of each character of the side's text, 0 where the
 * character is not moved. A deleted character with a number is written as `w:moveFrom`, an inserted one
 * as `w:moveTo`, inside the move's named `w:moveFromRange…`/`w:moveToRange…` container; paragraph
 * marks and footnote references keep plain `w:del`/`w:ins` (a moved paragraph's mark is an ordinary
 * paragraph-mark revision, which the mark rules of docx-marks.ts place).
 */
export interface Moves {
  readonly old: Uint32Array;
  readonly new: Uint32Array;
}

interface Output {
  readonly body: string;
  readonly footnotes: string;
}

class Emitter {
  private nextRevision = 1;
  private nextNote = 1;
  private readonly paragraphs: string[] = [];
  private readonly notes: string[] = [];
  private runs: string[] = [];
  private pending: { op: Change["op"]; italic: boolean; move: number; text: string } | null = null;
  /** Per side: move number -> [first, end) offsets of its moved characters, and the open container's id. */
  private readonly ranges: { old: Map<number, [number, number]>; new: Map<number, [number, number]> };
  private readonly open = new Map<string, number>();
  /** The document's first footnote reference is in this paragraph (see endParagraph). */
  private firstReference: "before" | "here" | "after" = "before";
  /** The op of the reference that ends the runs so far, if one does. */
  private lastReference: Change["op"] | null = null;
  private oldAt = 0;
  private newAt = 0;
  private oldPara = 0;
  private newPara = 0;

  constructor(
    private readonly old: Side,
    private readonly neu: Side,
    private readonly rev: Revisions | null,
    private readonly moves: Moves | null = null,
  ) {
    this.ranges = { old: extents(moves?.old, old.text), new: extents(moves?.new, neu.text) };
  }

  emit(changes: readonly Change[]): Output {
    for (const c of changes) for (const ch of c.text) this.char(c.op, ch);
    this.flushRun();
    this.endParagraph("equal", this.neu.styles[this.newPara] ?? this.old.styles[this.oldPara] ?? "Normal");
    return { body: this.paragraphs.join(""), footnotes: this.notes.join("") };
  }

  private char(op: Change["op"], ch: string): void {
    const side = op === "delete" ? this.old : this.neu;
    const at = op === "delete" ? this.oldAt : this.newAt;
    if (op !== "insert") this.rangeStart("old", this.oldAt);
    if (op !== "delete") this.rangeStart("new", this.newAt);
    if (ch === PARA) {
      this.flushRun();
      this.endParagraph(op, side.styles[op === "delete" ? this.oldPara : this.newPara] ?? "Normal");
      if (op !== "insert") this.oldPara++;
      if (op !== "delete") this.newPara++;
    } else if (isNoteChar(ch)) {
      this.flushRun();
      // An asterisk note keeps its mark (w:customMarkFollows), so Word's numbers stay the printed ones.
      const mark = side.marks.get(ch);
      const ref = mark ? `<w:footnoteReference w:customMarkFollows="1" w:id="${this.footnote(op, ch, mark)}"/>${referenceMark(mark, op === "delete")}` : `<w:footnoteReference w:id="${this.footnote(op, ch, null)}"/>`;
      this.runs.push(this.wrap(op, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>${ref}</w:r>`));
      if (this.firstReference === "before") this.firstReference = "here";
      this.lastReference = op;
    } else {
      const italic = side.italic[at] === 1;
      const move = op === "equal" ? 0 : ((op === "delete" ? this.moves?.old[at] : this.moves?.new[at]) ?? 0);
      if (this.pending && (this.pending.op !== op || this.pending.italic !== italic || this.pending.move !== move)) this.flushRun();
      if (this.pending) this.pending.text += ch;
      else this.pending = { op, italic, move, text: ch };
    }
    if (op !== "insert") this.oldAt += ch.length;
    if (op !== "delete") this.newAt += ch.length;
    if (op !== "insert") this.rangeEnd("old", this.oldAt);
    if (op !== "delete") this.rangeEnd("new", this.newAt);
  }

  /** Opens the container of the move whose first moved character on this side is at `at`. */
  private rangeStart(side: "old" | "new", at: number): void {
    const move = (side === "old" ? this.moves?.old[at] : this.moves?.new[at]) ?? 0;
    if (!move || this.ranges[side].get(move)?.[0] !== at) return;
    this.flushRun();
    const id = this.nextRevision++;
    this.open.set(`${side}:${move}`, id);
    const tag = side === "old" ? "w:moveFromRangeStart" : "w:moveToRangeStart";
    const date = this.rev?.date ? ` w:date="${escapeXml(this.rev.date)}"` : "";
    this.runs.push(`<${tag} w:id="${id}" w:author="${escapeXml(this.rev?.author ?? "")}"${date} w:name="move${move}"/>`);
  }

  /** Closes a move's container after its last moved character on this side (`end` is one past it). */
  private rangeEnd(side: "old" | "new", end: number): void {
    const move = (side === "old" ? this.moves?.old[end - 1] : this.moves?.new[end - 1]) ?? 0;
    const id = this.open.get(`${side}:${move}`);
    if (!move || id === undefined || this.ranges[side].get(move)?.[1] !== end) return;
    this.flushRun();
    this.open.delete(`${side}:${move}`);
    this.runs.push(`<${side === "old" ? "w:moveFromRangeEnd" : "w:moveToRangeEnd"} w:id="${id}"/>`);
  }

  private attrs(): string {
    const date = this.rev?.date ? ` w:date="${escapeXml(this.rev.date)}"` : "";
    return `w:id="${this.nextRevision++}" w:author="${escapeXml(this.rev?.author ?? "")}"${date}`;
  }

  private wrap(op: Change["op"], runXml: string, moved = false): string {
    if (op === "equal" || runXml === "") return runXml;
    const tag = moved ? (op === "insert" ? "w:moveTo" : "w:moveFrom") : op === "insert" ? "w:ins" : "w:del";
    return `<${tag} ${this.attrs()}>${runXml}</${tag}>`;
  }

  private flushRun(): void {
    const p = this.pending;
    this.pending = null;
    // Moved-away text is w:t inside w:moveFrom (ECMA-376 §17.13.5.22), deleted text w:delText inside w:del.
    if (p) this.runs.push(this.wrap(p.op, textRun(p.text, p.italic ? "UNOpener" : null, p.op === "delete" && !p.move), p.move > 0));
    if (p) this.lastReference = null;
  }

  private endParagraph(mark: Change["op"], style: string): void {
    // LibreOffice (7.4) joins the paragraph holding the document's first footnote reference with the next
    // one when it removes a tracked reference that ends it (measured on hand-made files); a space in the
    // same revision after that reference, invisible at a paragraph's end, keeps the paragraphs apart.
    if (this.firstReference === "here" && this.lastReference && this.lastReference !== "equal") {
      this.runs.push(this.wrap(this.lastReference, textRun(" ", null, this.lastReference === "delete")));
    }
    if (this.firstReference === "here") this.firstReference = "after";
    this.lastReference = null;
    const markXml = mark === "equal" ? "" : `<w:rPr>${mark === "insert" ? `<w:ins ${this.attrs()}/>` : `<w:del ${this.attrs()}/>`}</w:rPr>`;
    this.paragraphs.push(`<w:p><w:pPr><w:pStyle w:val="${style}"/>${markXml}</w:pPr>${this.runs.join("")}</w:p>`);
    this.runs = [];
  }

  /** A Word footnote for a reference; its content tracked as the reference is (or word by word when both sides keep it). */
  private footnote(op: Change["op"], ch: string, mark: string | null | undefined): number {
    const id = this.nextNote++;
    const oldText = this.old.notes.get(ch) ?? "";
    const newText = this.neu.notes.get(ch) ?? "";
    const changes: Change[] =
      op === "equal" ? diffParagraphWords(oldText, newText).changes : [{ op, text: op === "delete" ? oldText : newText }];
    // A custom mark inside the note stays untracked: LibreOffice takes it for the note's label only then.
    const ref = mark
      ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>${noteMark(mark)}</w:r>`
      : this.wrap(op, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`);
    const tab = this.wrap(op, textRun("\t", null, op === "delete"));
    const body = changes.map((c) => this.wrap(c.op, textRun(c.text, null, c.op === "delete"))).join("");
    this.notes.push(`<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>${ref}${tab}${body}</w:p></w:footnote>`);
    return id;
  }
}

const textTag = (text: string, deleted: boolean): string =>
  deleted ? `<w:delText xml:space="preserve">${escapeXml(text)}</w:delText>` : `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;

/**
 * A custom mark after its `w:footnoteReference`: one `w:t` per character, the same run text to Word.
 * LibreOffice (7.4) takes only one character of a `w:t` as the label and shows the rest as text (`**`
 * became `*` + `*`, measured on files it wrote itself); one character per `w:t` it takes whole.
 */
const referenceMark = (mark: string, deleted: boolean): string => [...mark].map((c) => textTag(c, deleted)).join("");

/**
 * The mark a custom-marked note repeats before its text, as `w:sym` characters in the document's font:
 * LibreOffice (7.4) drops a `w:sym` mark there as the label, but keeps a `w:t` mark of more than one
 * character as the note's text (measured). Word shows the symbol characters as they are.
 */
const noteMark = (mark: string): string =>
  [...mark]
    .map((c) => c.codePointAt(0)!)
    // w:char is four hex digits: a character beyond them stays text.
    .map((u) => (u > 0xffff ? textTag(String.fromCodePoint(u), false) : `<w:sym w:font="Times New Roman" w:char="${u.toString(16).toUpperCase().padStart(4, "0")}"/>`))
    .join("");

/** A run of text; tabs as `w:tab` (a tab character inside `w:t` is not a tab to Word). */
function textRun(text: string, charStyle: string | null, deleted: boolean): string {
  if (text === "") return "";
  const tag = deleted ? "w:delText" : "w:t";
  const parts = text.split("\t").map((t) => (t ? `<${tag} xml:space="preserve">${escapeXml(t)}</${tag}>` : ""));
  const props = charStyle ? `<w:rPr><w:rStyle w:val="${charStyle}"/></w:rPr>` : "";
  return `<w:r>${props}${parts.join("<w:tab/>")}</w:r>`;
}

/** Per move number, the [first, end) offsets of its characters (marks and references are not moved text). */
function extents(moves: Uint32Array | undefined, text: string): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  if (!moves) return out;
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i]!;
    if (!m || text[i] === PARA || isNoteChar(text[i]!)) continue;
    const e = out.get(m);
    if (e) e[1] = i + 1;
    else out.set(m, [i, i + 1]);
  }
  return out;
}

/** Body and footnotes for changes from `old` to `neu` (`rev` null: a clean document, no revisions). */
export function emitDocument(old: Layout, neu: Layout, changes: readonly Change[], rev: Revisions | null, moves: Moves | null = null): Output {
  return new Emitter(sideOf(old), sideOf(neu), rev, moves).emit(changes);
}
