/**
 * Reading the `.unres` authoring format: optional front matter between `---` lines, then one
 * block per paragraph (blocks are separated by blank lines), `1. Decides …`, `(a) …`,
 * `[^3]` markers with `[^3]: text` definitions, `<!-- comments -->` kept out of all text.
 */
import { frontMatterKeyDiagnostics } from "./front-matter-keys";
import { splitLines, type Line } from "./lines";
import { joinLines } from "./mapped";
import { withItalicOpener } from "./italic-openers";
import { startsWithOpener } from "./opener";
import { cutFor, finishParagraph, sectionSpans, type DraftLine, type DraftParagraph } from "./paragraphs";
import {
  ALT_AFTER, ALT_BEFORE, ANNEX, CLOSING_MEETING, DATE_LINE, OP_NUMBER, ORGAN, RES_NUMBER, SECTION_LABEL, SUB_LABEL, SYMBOL_LINE,
} from "./patterns";
import type {
  Annex, Closing, Comment, Field, FootnoteMarker, FrontMatter, FrontMatterEntry, Header, OperativeParagraph, Organ,
  PreambularParagraph, ReaderResult, Span, SyntaxDiagnostic, Title,
} from "./tree";

/** A line with comment spans removed: the pieces of content left, trimmed. */
interface ULine {
  line: Line;
  pieces: Span[];
  text: string;
}

function findComments(source: string, diagnostics: SyntaxDiagnostic[]): Comment[] {
  const out: Comment[] = [];
  let at = source.indexOf("<!--");
  while (at >= 0) {
    const close = source.indexOf("-->", at + 4);
    if (close < 0) {
      // Unclosed (often while typing): end it at the next blank line, so the rest of the text stays visible.
      diagnostics.push({ code: "SYN010", message: "Unclosed comment: `<!--` has no `-->`.", severity: "error", span: { start: at, end: at + 4 } });
      const blank = /\r?\n[ \t]*(?:\r?\n|$)/.exec(source.slice(at));
      const end = blank ? at + blank.index : source.length;
      out.push({ text: source.slice(at + 4, end).trim(), span: { start: at, end } });
      break;
    }
    out.push({ text: source.slice(at + 4, close).trim(), span: { start: at, end: close + 3 } });
    at = source.indexOf("<!--", close + 3);
  }
  return out;
}

function withoutComments(source: string, l: Line, comments: Comment[], ci: { i: number }): ULine {
  const pieces: Span[] = [];
  let at = l.start;
  while (ci.i < comments.length && comments[ci.i]!.span.end <= l.start) ci.i++;
  for (let j = ci.i; j < comments.length && comments[j]!.span.start < l.end; j++) {
    const c = comments[j]!.span;
    if (c.start > at) pieces.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (l.end > at) pieces.push({ start: at, end: l.end });
  // Trim white space at both ends of the piece list.
  const trimmed: Span[] = [];
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    if (!trimmed.length) while (s < e && /\s/.test(source[s]!)) s++;
    if (s < e) trimmed.push({ start: s, end: e });
  }
  while (trimmed.length) {
    const last = trimmed[trimmed.length - 1]!;
    let e = last.end;
    while (e > last.start && /\s/.test(source[e - 1]!)) e--;
    if (e > last.start) {
      trimmed[trimmed.length - 1] = { start: last.start, end: e };
      break;
    }
    trimmed.pop();
  }
  return { line: l, pieces: trimmed, text: trimmed.map((p) => source.slice(p.start, p.end)).join(" ") };
}

const FOOTNOTE_DEF = /^\[\^([A-Za-z0-9*]+)\]:\s*/;
const MARKER = /\[\^([A-Za-z0-9*]+)\]/g;
/**
 * `*Recalling also* its …` at a paragraph's start: an opener in Markdown italics: a capitalised phrase of at
 * most 80 characters, no space inside the asterisks' edges, text after it (not a whole paragraph in asterisks).
 */
const ITALIC_OPENER = /^\*([A-Z](?:[^*\n]{0,78}[^*\s])?)\*(?=\s+\S)/;
/**
 * The same after the opening bracket of a paragraph contested whole (`[*Requests* …;]`), and before a comma
 * (`*Also renews its decision*, pursuant to …`).
 */
const MARKED_OPENER = /^(\[[ \u00a0]*)?\*([A-Z](?:[^*\n]{0,78}[^*\s])?)\*(?=[,;:]?\s+\S)/;

/** An alt label at the start of a line (`1 alt.`, `Alt 1.`, `OP1 alt 2`): see ALT_AFTER / ALT_BEFORE. */
interface AltLabel {
  /** Paragraph number N the text is an alternative to. */
  value: number;
  /** `1 alt`, `1 alt 2`: one written form whatever the label's spelling, like `5 bis` for `5bis`. */
  text: string;
  /** Length of the label as printed (no full stop). */
  length: number;
  /** Offset in the line where the label and its full stop or colon end. */
  end: number;
}

function altLabel(t: string): AltLabel | null {
  const a = ALT_AFTER.exec(t);
  if (a) return { value: Number(a[2]), text: a[3] ? `${Number(a[2])} alt ${Number(a[3])}` : `${Number(a[2])} alt`, length: a[1]!.length, end: a[0].length };
  const b = ALT_BEFORE.exec(t);
  if (b) return { value: Number(b[2]), text: `${Number(b[2])} alt`, length: b[1]!.length, end: b[0].length };
  return null;
}

/**
 * After the operative part, position decides (an unnumbered block is operative, as in official texts), except
 * for a block that is plainly a preambular paragraph out of place: it opens with a listed preambular opener and
 * ends with the preamble's comma (a footnote marker may follow). It is read as preamble, so RES001 can say it is
 * out of place, instead of the numbering and end-mark rules turning it into `2. Recalling …;`.
 */
function misplacedPreamble(opening: string, block: readonly ULine[]): boolean {
  const last = block[block.length - 1]!.text.replace(/(?:\s*\[\^[A-Za-z0-9*]+\])+$/, "");
  return last.endsWith(",") && startsWithOpener(opening, "preamble", true);
}

export function parseUnres(source: string): ReaderResult {
  const diagnostics: SyntaxDiagnostic[] = [];
  const comments = findComments(source, diagnostics);
  const raw = splitLines(source);
  const ci = { i: 0 };
  const lines = raw.map((l) => withoutComments(source, l, comments, ci));

  // Front matter.
  let k = 0;
  let frontMatter: FrontMatter | null = null;
  if (lines[0]?.text === "---") {
    let end = -1;
    for (let j = 1; j < lines.length; j++) if (lines[j]!.text === "---") {
      end = j;
      break;
    }
    if (end > 0) {
      const entries: FrontMatterEntry[] = [];
      for (let j = 1; j < end; j++) {
        const l = lines[j]!.line;
        const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(l.text);
        if (!m) {
          if (l.text) diagnostics.push({ code: "SYN011", message: "Front matter lines read `key: value`.", severity: "warning", span: { start: l.trimStart, end: l.trimEnd } });
          continue;
        }
        const vStart = l.trimEnd - m[2]!.length;
        let value = m[2]!;
        let vs = vStart;
        const q = /^(["'])(.*)\1$/.exec(value);
        if (q) {
          value = q[2]!;
          vs += 1;
        }
        entries.push({ key: { value: m[1]!, span: { start: l.trimStart, end: l.trimStart + m[1]!.length } }, value: { value, span: { start: vs, end: vs + value.length } } });
      }
      frontMatter = { span: { start: lines[0]!.line.trimStart, end: lines[end]!.line.trimEnd }, entries };
      k = end + 1;
    } else {
      diagnostics.push({ code: "SYN012", message: "Front matter opened with `---` is never closed.", severity: "error", span: { start: lines[0]!.line.trimStart, end: lines[0]!.line.trimEnd } });
    }
  }

  // Blocks of non-blank lines.
  const blocks: ULine[][] = [];
  let cur: ULine[] = [];
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.text) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else {
      // A footnote definition or a numbered paragraph starts its own block even without a blank line before it.
      if (cur.length && (FOOTNOTE_DEF.test(l.text) || /^\d{1,3}(?: [a-z]+)?\.\s+[A-Z]/.test(l.text) || altStartsBlock(l.text))) {
        blocks.push(cur);
        cur = [];
      }
      cur.push(l);
    }
  }
  if (cur.length) blocks.push(cur);

  let symbol: Field | null = null;
  let title: Title | null = null;
  let organ: Organ | null = null;
  const organBlock = blocks.findIndex((b) => ORGAN.test(b[0]!.text));
  // Without an organ line (a fresh draft, an excerpt) the paragraphs start at the first block that opens like one.
  let bodyFrom = organBlock + 1;
  if (organBlock < 0) {
    bodyFrom = blocks.findIndex((b) => {
      const t = b[0]!.text.replace(ITALIC_OPENER, "$1");
      return OP_NUMBER.test(t) || altLabel(t) !== null || FOOTNOTE_DEF.test(t) || SUB_LABEL.test(t) || startsWithOpener(t, "preamble", true) || startsWithOpener(t, "operative", true);
    });
    if (bodyFrom < 0) bodyFrom = blocks.length;
    if (blocks.length) diagnostics.push({ code: "SYN001", message: "No organ line (`The General Assembly,`): paragraphs are read from the first block that opens like one.", severity: "warning", span: { start: blocks[0]![0]!.line.trimStart, end: blocks[0]![0]!.line.trimStart } });
  }
  const drafts: DraftParagraph[] = [];
  const sections: { label: Field; heading: Field | null; level: number; start: number; end: number }[] = [];
  const footnotes: { number: Field; lines: { start: number; end: number }[][]; span: Span; markers: FootnoteMarker[] }[] = [];
  let closing: Closing | null = null;
  const annexes: Annex[] = [];
  let section: string | null = null;
  let current: DraftParagraph | null = null;
  let inAnnex = false;
  let operativeSeen = false;
  const spanOf = (l: ULine): Span => ({ start: l.pieces[0]!.start, end: l.pieces[l.pieces.length - 1]!.end });
  const f = (l: ULine): Field => ({ value: l.text, span: spanOf(l) });

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const first = block[0]!;
    const t = first.text;
    if (b < bodyFrom && b !== organBlock) {
      // Before the organ: symbol, number and title.
      for (let j = 0; j < block.length; j++) {
        const l = block[j]!;
        const sm = SYMBOL_LINE.exec(l.text);
        if (sm && !symbol) {
          symbol = { value: sm[1]!, span: { start: spanOf(l).start, end: spanOf(l).start + sm[1]!.length } };
          continue;
        }
        const rest = block.slice(j);
        const nm = RES_NUMBER.exec(l.text);
        let number: Field | null = null;
        const segs: Span[][] = [];
        if (nm) {
          const s = spanOf(l).start;
          number = { value: nm[1]!, span: { start: s, end: s + nm[1]!.length } };
          if (nm[2]) segs.push([{ start: spanOf(l).end - nm[2].length, end: spanOf(l).end }]);
        } else segs.push(l.pieces);
        for (const x of rest.slice(1)) segs.push(x.pieces);
        title = { number, text: joinLines(source, segs), span: { start: spanOf(l).start, end: spanOf(rest[rest.length - 1]!).end } };
        break;
      }
      continue;
    }
    if (b === organBlock) {
      const m = ORGAN.exec(t)!;
      const s = spanOf(first).start;
      organ = { name: { value: m[1]!, span: { start: s, end: s + m[1]!.length } }, comma: m[2] === ",", span: spanOf(first) };
      if (block.length > 1) blocks.splice(b + 1, 0, block.slice(1));
      continue;
    }
    const fd = FOOTNOTE_DEF.exec(t);
    if (fd) {
      const s = spanOf(first);
      const numStart = s.start + 2;
      const bodyStart = s.start + fd[0].length;
      // The first line's pieces, not its span: a comment inside a definition is no part of the footnote's text.
      const segs = [clip(first.pieces, bodyStart), ...block.slice(1).map((x) => x.pieces)];
      footnotes.push({ number: { value: fd[1]!, span: { start: numStart, end: numStart + fd[1]!.length } }, lines: segs, span: { start: s.start, end: spanOf(block[block.length - 1]!).end }, markers: [] });
      current = null;
      continue;
    }
    if (inAnnex) continue;
    const cm = CLOSING_MEETING.exec(t);
    if (cm || (DATE_LINE.test(t) && block.length === 1 && closing)) {
      if (cm) {
        const date = block[1] && DATE_LINE.test(block[1].text) ? f(block[1]) : null;
        closing = { meeting: f(first), date, span: { start: spanOf(first).start, end: date ? date.span.end : spanOf(first).end } };
      }
      current = null;
      continue;
    }
    if (ANNEX.test(t)) {
      annexes.push({ heading: f(first), span: { start: spanOf(first).start, end: source.length } });
      inAnnex = true;
      current = null;
      continue;
    }
    const sl = SECTION_LABEL.exec(t);
    if (sl) {
      const label = sl[1] ?? sl[2]!;
      const rest = block.slice(1);
      const heading = rest.length ? { value: rest.map((x) => x.text).join(" "), span: { start: spanOf(rest[0]!).start, end: spanOf(rest[rest.length - 1]!).end } } : null;
      const level = sections.length && /^[IVXL]+$/.test(sections[0]!.label.value) !== /^[IVXL]+$/.test(label) ? 2 : 1;
      const s = spanOf(first).start;
      sections.push({ label: { value: label, span: { start: s, end: s + label.length } }, heading, level, start: s, end: spanOf(block[block.length - 1]!).end });
      if (level === 1 || section === null) section = label;
      current = null;
      continue;
    }
    const om = OP_NUMBER.exec(t);
    if (SUB_LABEL.test(t) && current) {
      for (const l of block) current.lines.push(...lineDrafts(l));
      continue;
    }
    const s = spanOf(first);
    const alt = om ? null : altLabel(t);
    if (alt) {
      // `1 alt.`: an alternative text for paragraph 1, numbered 1 with the suffix `alt`, the way `1 bis` is read.
      current = {
        kind: "operative", start: s.start, number: { text: alt.text, value: alt.value, suffix: "alt", span: { start: s.start, end: s.start + alt.length } },
        lines: [], markers: [], section,
      };
      let textStart = s.start + alt.end;
      while (textStart < s.end && /\s/.test(source[textStart]!)) textStart++;
      current.lines.push(...lineDrafts({ ...first, pieces: clip(first.pieces, textStart) }));
    } else if (om) {
      const value = Number(om[1]);
      const suffix = om[2] ?? null;
      const numEnd = s.start + t.indexOf(".");
      current = {
        kind: "operative", start: s.start, number: { text: suffix ? `${om[1]} ${suffix}` : om[1]!, value, suffix, span: { start: s.start, end: numEnd } },
        lines: [], markers: [], section,
      };
      let textStart = numEnd + 1;
      while (textStart < s.end && /\s/.test(source[textStart]!)) textStart++;
      current.lines.push(...lineDrafts({ ...first, pieces: clip(first.pieces, textStart) }));
    } else {
      // A paragraph contested whole is written in brackets (`[Requests …]`): its opener follows the bracket.
      const opening = t.replace(/^\[\s*/, "").replace(ITALIC_OPENER, "$1");
      const kind = startsWithOpener(opening, "operative", true) ? "operative" : !operativeSeen || misplacedPreamble(opening, block) ? "preamble" : "operative";
      current = { kind, start: s.start, number: null, lines: [], markers: [], section: kind === "operative" || section ? section : null };
      current.lines.push(...lineDrafts(first));
    }
    drafts.push(current);
    if (current.kind === "operative") operativeSeen = true;
    for (const l of block.slice(1)) current.lines.push(...lineDrafts(l));
  }

  // `*Recalling also* its …`, `1. *Requests* …`: drafters mark the opener italic, Markdown-style. The asterisks
  // are cut out (they are in no piece), so the text reads as without them; the marked words are the opener,
  // where the italic run ends being what the text alone cannot say (italic-openers.ts).
  const italicEnds = new Map<DraftParagraph, number>();
  for (const d of drafts) {
    const dl = d.lines[0];
    if (!dl) continue;
    const m = MARKED_OPENER.exec(source.slice(dl.start, dl.end));
    if (!m) continue;
    const open = dl.start + (m[1]?.length ?? 0);
    const close = dl.start + m[0].length - 1;
    if (dl.cuts.some((c) => c.start <= close && c.end > dl.start)) continue; // a comment inside: leave it as typed
    dl.cuts.push({ start: open, end: open + 1 }, { start: close, end: close + 1 });
    dl.cuts.sort((a, b) => a.start - b.start);
    italicEnds.set(d, close);
  }

  // Markers: `[^n]` in paragraph text, linked to definitions by label.
  const byLabel = new Map(footnotes.map((x) => [x.number.value, x]));
  for (const d of drafts) {
    for (const dl of d.lines) {
      const text = source.slice(dl.start, dl.end);
      MARKER.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MARKER.exec(text))) {
        const span = { start: dl.start + m.index, end: dl.start + m.index + m[0].length };
        const marker: FootnoteMarker = { number: m[1]!, span };
        d.markers.push(marker);
        dl.cuts.push(cutFor(source, dl.start, span));
        // A marker without its definition, or a definition no marker points to, is read as it stands: pairing
        // is RES011's finding, not a syntax diagnostic (which would show the one problem twice).
        byLabel.get(m[1]!)?.markers.push(marker);
      }
      dl.cuts.sort((a, b) => a.start - b.start);
    }
  }

  const preamble: PreambularParagraph[] = [];
  const operative: OperativeParagraph[] = [];
  for (const d of drafts) {
    const end = italicEnds.get(d);
    const italic = <P extends PreambularParagraph | OperativeParagraph>(p: P): P => (end === undefined ? p : withItalicOpener(p, end));
    if (d.kind === "preamble") preamble.push(italic(finishParagraph(source, d, preamble.length + 1) as PreambularParagraph));
    else operative.push(italic(finishParagraph(source, d, operative.length + 1) as OperativeParagraph));
  }
  const secs = sectionSpans(sections, [...preamble, ...operative]);
  const annexStart = annexes[0]?.span.start ?? Infinity;
  return {
    frontMatter, header: headerOf(frontMatter, symbol, title), title, organ, preamble, operative, sections: secs,
    footnotes: footnotes.map((x) => ({ number: x.number, body: joinLines(source, x.lines), markers: x.markers, inAnnex: x.span.start > annexStart, span: x.span })),
    closing, annexes, artefacts: [], comments, diagnostics: [...diagnostics, ...frontMatterKeyDiagnostics(frontMatter)],
  };
}

/** The header from the front matter; the symbol line and the title's number where it says nothing. */
function headerOf(frontMatter: FrontMatter | null, symbolLine: Field | null, title: Title | null): Header {
  const fm = new Map((frontMatter?.entries ?? []).map((e) => [e.key.value.toLowerCase(), e.value]));
  const symbol = fm.get("symbol") ?? symbolLine;
  const sessionField = fm.get("session") ?? null;
  let sessionNumber = sessionField && /^\d+$/.test(sessionField.value) ? Number(sessionField.value) : null;
  if (sessionNumber === null && symbol) {
    const m = /^A\/(?:RES\/)?(?:C\.\d\/)?(\d+)\//.exec(symbol.value);
    if (m) sessionNumber = Number(m[1]);
  }
  if (sessionNumber === null && title?.number) sessionNumber = Number(title.number.value.split("/")[0]) || null;
  return {
    ...EMPTY_HEADER,
    symbol: symbol ?? null,
    session: sessionField,
    sessionNumber,
    agendaItem: fm.get("agenda-item") ?? fm.get("agenda") ?? null,
    adoptionDate: fm.get("adopted") ?? fm.get("date") ?? null,
    committee: fm.get("committee") ?? null,
    sponsors: fm.get("sponsors") ?? null,
    span: frontMatter?.span ?? null,
  };
}

/** A header with nothing known. */
export const EMPTY_HEADER: Header = {
  symbol: null, reissued: false, distribution: null, distributionDate: null, session: null, sessionNumber: null,
  agendaItem: null, agendaTitle: null, adoptionDate: null, committee: null, sponsors: null, span: null,
};

/** One DraftLine per comment-free piece of a line (comments cut the line into pieces). */
function lineDrafts(l: ULine): DraftLine[] {
  if (!l.pieces.length) return [];
  const first = l.pieces[0]!;
  const last = l.pieces[l.pieces.length - 1]!;
  const cuts: Span[] = [];
  for (let i = 1; i < l.pieces.length; i++) cuts.push({ start: l.pieces[i - 1]!.end, end: l.pieces[i]!.start });
  return [{ start: first.start, end: last.end, cuts, inserts: undefined }];
}

/** An alt label followed by the paragraph's text (`1 alt. Requests …`) starts a block, like `2. Decides …`. */
function altStartsBlock(t: string): boolean {
  const a = altLabel(t);
  return a !== null && /^\s+[[*A-Z]/.test(t.slice(a.end));
}

function clip(pieces: Span[], from: number): Span[] {
  return pieces.filter((p) => p.end > from).map((p) => ({ start: Math.max(p.start, from), end: p.end }));
}
