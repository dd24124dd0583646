// Frozen copy of server/src/core at commit 9d9d1b5 (the reader before issue 11): a peer for bench row a only,
// never imported by the shipped code. See README.md here.
/**
 * Reading official text as pdftotext extracts it from the UN PDFs.
 *
 * Passes, each linear in the number of lines:
 * 1. lines and pages (form feeds; for extractors without them, running-header symbol lines);
 * 2. page furniture: running headers, page and job numbers, barcodes, footnote blocks;
 * 3. the masthead, title and organ;
 * 4. the body: paragraphs, numbers, sections, closing, annexes;
 * 5. footnote markers, matched against the footnote numbers that exist, in order.
 */
import { splitLines, type Line } from "./lines";
import { joinLines } from "./mapped";
import { startsWithOpener } from "./opener";
import { cutFor, finishParagraph, readingOrder, sectionSpans, type DraftParagraph } from "./paragraphs";
import {
  AGENDA, ANNEX, BARCODE, CLOSING_MEETING, DATE_LINE, DISTR, JOB_NUMBER, LONE_NUMBER, MONTHS, OP_NUMBER, ORGAN,
  ordinalValue, PAGE_NUMBER, RES_NUMBER, RULE, SECTION_LABEL, SESSION_LINE, SPONSORS_END, SUB_LABEL, SYMBOL_LINE,
} from "./patterns";
import type {
  Annex, Artefact, ArtefactKind, Closing, Field, Footnote, FootnoteMarker, Header, OperativeParagraph, Organ,
  PreambularParagraph, Section, Span, SyntaxDiagnostic, Title,
} from "../../server/src/core/syntax/tree";

export interface OfficialResult {
  header: Header;
  title: Title | null;
  organ: Organ | null;
  preamble: PreambularParagraph[];
  operative: OperativeParagraph[];
  sections: Section[];
  footnotes: Footnote[];
  closing: Closing | null;
  annexes: Annex[];
  artefacts: Artefact[];
  diagnostics: SyntaxDiagnostic[];
}

type Role = "body" | "blank" | "artefact" | "footnote";

interface FootnoteDraft {
  number: Field;
  page: number;
  lines: Line[];
  span: Span;
  inAnnex: boolean;
  markers: FootnoteMarker[];
}

/** A paragraph's last line: its end mark, maybe followed by a footnote marker (`2021, 13`, `1988,4`). */
const ENDS_PARA = /[,;:.]["”’)]?(?:\s?\d{1,3}|\*)?$/;
const ENDS_OP = /[;:.]["”’)]?(?:\s?\d{1,3}|\*)?$/;
/** `Understanding that …`: a participle not in the lists, followed by a lower-case word (not `Beijing Declaration`). */
const UNLISTED_PARTICIPLE = /^[A-Z][a-z]{3,}ing (?:that|the|its|their|to|a|an|also|further|with|in)\b/;
/** A footnote's number and text on one line: `1 See A/57/64.`, `* On behalf of …`. */
const INLINE_NOTE = /^(\d{1,3}|\*{1,3})\s+[A-Z“"(*]/;
const ASTERISK_NOTE = /^\*\s+[A-Z“"(*]/;
const field = (l: Line): Field => ({ value: l.text, span: { start: l.trimStart, end: l.trimEnd } });
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

export function parseOfficial(source: string): OfficialResult {
  const lines = splitLines(source);
  const diagnostics: SyntaxDiagnostic[] = [];
  const artefacts: Artefact[] = [];
  const role: Role[] = lines.map((l) => (l.text ? "body" : "blank"));
  const artefact = (i: number, kind: ArtefactKind): void => {
    role[i] = "artefact";
    const l = lines[i]!;
    artefacts.push({ kind, span: { start: l.trimStart, end: l.trimEnd } });
  };

  // --- pass 1: the document symbol (first whole-line symbol) and pages.
  let symbolLine = -1;
  for (let i = 0; i < lines.length && i < 400; i++) {
    if (SYMBOL_LINE.test(lines[i]!.text)) {
      symbolLine = i;
      break;
    }
  }
  const symbolText = symbolLine >= 0 ? SYMBOL_LINE.exec(lines[symbolLine]!.text)![1]! : null;
  // pdftotext sometimes prints the running symbol twice on one line (`A/RES/78/18A/RES/78/18`).
  const isSymbol = (t: string): boolean =>
    symbolText !== null && (t === symbolText || t === symbolText + "*" || t === symbolText + symbolText);
  // A symbol first seen after the organ line is a running header (texts whose masthead was not extracted).
  let organLine = lines.findIndex((l) => ORGAN.test(l.text));
  if (organLine < 0) organLine = lines.length;
  const mastheadSymbol = symbolLine >= 0 && symbolLine < organLine ? symbolLine : -1;
  const hasFormFeeds = lines.some((l) => l.pageBreak);
  const page: number[] = new Array(lines.length);
  {
    let p = 0;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.pageBreak) p++;
      else if (!hasFormFeeds && i !== mastheadSymbol && isSymbol(lines[i]!.text)) p++;
      page[i] = p;
    }
  }

  // --- pass 2: page furniture.
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t) continue;
    if (BARCODE.test(t)) artefact(i, "barcode");
    else if (/^\d{6}$/.test(t) && page[i] === 0) artefact(i, "other"); // the release date code beside the job number
    else if (JOB_NUMBER.test(t)) artefact(i, "job-number");
    else if (PAGE_NUMBER.test(t) && i > symbolLine + 3) {
      const m = PAGE_NUMBER.exec(t)!;
      if (Number(m[1]) <= Number(m[2]) && Number(m[2]) > 1) artefact(i, "page-number");
    } else if (i !== mastheadSymbol && isSymbol(t)) {
      artefact(i, "running-header");
      if (!hasFormFeeds) {
        // Without form feeds the page number sits beside the running symbol, across blank lines.
        for (const dir of [-1, 1]) {
          let j = i + dir;
          while (j >= 0 && j < lines.length && !lines[j]!.text) j += dir;
          if (j >= 0 && j < lines.length && LONE_NUMBER.test(lines[j]!.text) && role[j] === "body") artefact(j, "page-number");
        }
      }
    }
  }
  markShortTitles(lines, role, page, hasFormFeeds, isSymbol, artefact);

  // Footnote blocks: from the rule to the page end (or, without form feeds, over `N text` lines).
  const footnotes: FootnoteDraft[] = [];
  let nextFootnote = 1;
  for (let i = 0; i < lines.length; i++) {
    if (role[i] !== "body") continue;
    const t = lines[i]!.text;
    if (RULE.test(t)) artefact(i, "footnote-rule");
    else {
      // pdftotext may glue the rule to the last body line of the page: `… cross__________`.
      // The cheap suffix test first: the regex on every body line was 5% of the parse.
      const glued = t.endsWith("______") ? /^(.*?[^_\s])\s*(_{6,})$/.exec(t) : null;
      if (!glued) continue;
      const l = lines[i]!;
      const ruleStart = l.trimEnd - glued[2]!.length;
      artefacts.push({ kind: "footnote-rule", span: { start: ruleStart, end: l.trimEnd } });
      lines[i] = { ...l, trimEnd: l.trimStart + glued[1]!.length, text: glued[1]! };
    }
    const block: number[] = [];
    let j = i + 1;
    if (hasFormFeeds) {
      for (; j < lines.length && !lines[j]!.pageBreak; j++) if (role[j] === "body") block.push(j);
    } else {
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (!l.text) break;
        const starts = /^(\d{1,3}|\*)\s+\S/.test(l.text);
        if (!starts && (block.length === 0 || l.trimStart > l.start)) break;
        if (role[j] === "body") block.push(j);
      }
    }
    nextFootnote = readFootnoteBlock(source, lines, block, page[i]!, nextFootnote, footnotes, role);
    i = j - 1;
  }

  // An asterisk note without a rule (`* On behalf of the States …`, `* Reissued for technical reasons …`):
  // a block whose first line starts with `* ` (after a blank line, or `* ` and a capital), up to the next blank line.
  // The note's text must start the way readFootnoteBlock reads an inline note (`* ` and a capital, quote or
  // parenthesis): a line it cannot read as one (`* \u0000A/80/L.12`) was taken for the continuation of the last
  // footnote read, at the end of the document, whose body then mapped pieces out of source order.
  for (let i = 1; i < lines.length; i++) {
    if (role[i] !== "body" || !ASTERISK_NOTE.test(lines[i]!.text) || (lines[i - 1]!.text && !/^\*\s+[A-Z]/.test(lines[i]!.text))) continue;
    const block: number[] = [];
    for (let j = i; j < lines.length && lines[j]!.text && role[j] === "body"; j++) block.push(j);
    if (/^\*\s+Reissued/.test(lines[i]!.text)) {
      for (const j of block) artefact(j, "reissue-note");
      continue;
    }
    nextFootnote = readFootnoteBlock(source, lines, block, page[i]!, nextFootnote, footnotes, role);
  }

  // --- pass 3: masthead, number, title, organ.
  const body: number[] = [];
  for (let i = 0; i < lines.length; i++) if (role[i] === "body") body.push(i);
  let organAt = -1;
  for (let k = 0; k < body.length; k++) {
    if (ORGAN.test(lines[body[k]!]!.text)) {
      organAt = k;
      break;
    }
  }
  let numberAt = -1;
  let sponsorsEnd = -1;
  const mastEnd = organAt >= 0 ? organAt : Math.min(body.length, 40);
  for (let k = 0; k < mastEnd; k++) {
    const t = lines[body[k]!]!.text;
    if (numberAt < 0 && RES_NUMBER.test(t)) numberAt = k;
    if (sponsorsEnd < 0 && SPONSORS_END.test(t)) sponsorsEnd = k;
  }
  const titleFrom = numberAt >= 0 ? numberAt : sponsorsEnd >= 0 ? sponsorsEnd + 1 : organAt >= 0 ? titleStartGuess(body, organAt) : -1;
  const header = readHeader(source, lines, body, titleFrom >= 0 ? titleFrom : organAt >= 0 ? organAt : 0, symbolLine, sponsorsEnd);
  let title: Title | null = null;
  if (titleFrom >= 0 && organAt >= 0 && titleFrom < organAt) {
    const first = lines[body[titleFrom]!]!;
    let number: Field | null = null;
    const tl: Span[][] = [];
    if (numberAt === titleFrom) {
      const m = RES_NUMBER.exec(first.text)!;
      number = { value: m[1]!, span: { start: first.trimStart, end: first.trimStart + m[1]!.length } };
      if (m[2]) tl.push([{ start: first.trimEnd - m[2].length, end: first.trimEnd }]);
    } else tl.push([{ start: first.trimStart, end: first.trimEnd }]);
    for (let k = titleFrom + 1; k < organAt; k++) {
      const l = lines[body[k]!]!;
      tl.push([{ start: l.trimStart, end: l.trimEnd }]);
    }
    const last = lines[body[organAt - 1]!]!;
    title = { number, text: joinLines(source, tl), span: { start: first.trimStart, end: last.trimEnd } };
  }
  let organ: Organ | null = null;
  if (organAt >= 0) {
    const l = lines[body[organAt]!]!;
    const m = ORGAN.exec(l.text)!;
    organ = { name: { value: m[1]!, span: { start: l.trimStart, end: l.trimStart + m[1]!.length } }, comma: m[2] === ",", span: { start: l.trimStart, end: l.trimEnd } };
  } else {
    diagnostics.push({ code: "SYN001", message: "No organ line (`The General Assembly,`) found: paragraphs are read from the first line that opens like one.", severity: "warning", span: { start: 0, end: 0 } });
  }

  // --- pass 4: the body.
  const drafts: DraftParagraph[] = [];
  const sections: { label: Field; heading: Field | null; level: number; start: number; end: number }[] = [];
  let closing: Closing | null = null;
  const annexes: Annex[] = [];
  let current: DraftParagraph | null = null;
  let section: string | null = null;
  let opNumber = 0;
  let afterClosing = false;
  let operativeSeen = false;
  let prevText = organ?.comma ? "," : "";
  let prevBlank = false;
  let k = organAt + 1;
  // Without an organ line (a fragment, a pasted excerpt), the body starts at the first paragraph-like line.
  let bodyStart = organAt >= 0 ? k : body.length;
  if (organAt < 0) {
    for (let j = Math.max(0, titleFrom); j < body.length; j++) {
      const t = lines[body[j]!]!.text;
      if (OP_NUMBER.test(t) || startsWithOpener(t, "preamble", true) || startsWithOpener(t, "operative", true)) {
        bodyStart = j;
        break;
      }
    }
  }
  // Whether the current paragraph has a line ending in a colon (a lead-in), kept as a flag: scanning the
  // paragraph's lines on every line would be quadratic in a long paragraph.
  let leadIn = false;
  const pushLine = (l: Line, from: number): void => {
    current!.lines.push({ start: from, end: l.trimEnd, cuts: [] });
    if (source.charCodeAt(l.trimEnd - 1) === 58) leadIn = true;
  };
  for (k = bodyStart; k < body.length; k++) {
    const idx = body[k]!;
    const l = lines[idx]!;
    const t = l.text;
    // A blank line between two body lines of the same page (not the gap around page furniture).
    const prevIdx = k > 0 ? body[k - 1]! : -1;
    prevBlank = false;
    if (prevIdx >= 0 && idx - prevIdx > 1) {
      prevBlank = true;
      for (let j = prevIdx + 1; j <= idx; j++) if (role[j] !== "blank" && j !== idx || lines[j]!.pageBreak) prevBlank = false;
    }
    if (afterClosing) {
      if (ANNEX.test(t)) annexes.push({ heading: field(l), span: { start: l.trimStart, end: lines[body[body.length - 1]!]!.trimEnd } });
      continue;
    }
    const cm = CLOSING_MEETING.exec(t);
    if (cm) {
      const next = k + 1 < body.length ? lines[body[k + 1]!]! : null;
      const date = next && DATE_LINE.test(next.text) ? field(next) : null;
      closing = { meeting: field(l), date, span: { start: l.trimStart, end: date ? date.span.end : l.trimEnd } };
      if (date) k++;
      afterClosing = true;
      current = null;
      continue;
    }
    if (ANNEX.test(t) && /[.;]$/.test(prevText)) {
      annexes.push({ heading: field(l), span: { start: l.trimStart, end: lines[body[body.length - 1]!]!.trimEnd } });
      afterClosing = true;
      current = null;
      continue;
    }
    const endsPara = ENDS_PARA.test(prevText) || prevText === "";
    const sm = SECTION_LABEL.exec(t);
    if (sm && (endsPara || prevBlank) && isSectionStart(lines, body, k)) {
      const label = sm[1] ?? sm[2]!;
      let heading: Field | null = null;
      const hl: Line[] = [];
      while (k + 1 < body.length && hl.length < 4) {
        const n = lines[body[k + 1]!]!;
        if (OP_NUMBER.test(n.text) || startsWithOpener(n.text, "preamble", true) || startsWithOpener(n.text, "operative", true) || SECTION_LABEL.test(n.text)) break;
        hl.push(n);
        k++;
      }
      if (hl.length) heading = { value: hl.map((x) => x.text).join(" "), span: { start: hl[0]!.trimStart, end: hl[hl.length - 1]!.trimEnd } };
      const level = sections.length && /^[IVXL]+$/.test(sections[0]!.label.value) !== /^[IVXL]+$/.test(label) ? 2 : 1;
      sections.push({ label: { value: label, span: { start: l.trimStart, end: l.trimStart + label.length } }, heading, level, start: l.trimStart, end: l.trimEnd });
      if (level === 1 || section === null) section = label;
      current = null;
      prevText = ":";
      continue;
    }
    let om = OP_NUMBER.exec(t);
    if (!om && opNumber > 0 && ENDS_OP.test(prevText)) {
      // `25 Condemns …`: the number printed without its full stop, the text on the same line.
      const bare = /^(\d{1,3}) (\S.*)$/.exec(t);
      if (bare && Number(bare[1]) === opNumber + 1 && startsWithOpener(bare[2]!, "operative", true)) {
        om = Object.assign([t, bare[1]!, undefined, bare[2]!], { index: 0, input: t }) as unknown as RegExpExecArray;
      }
    }
    const lone = LONE_NUMBER.exec(t);
    // A numbered list quoted inside a paragraph (`… the following provisional agenda:` / `1.` / `Opening of the
    // Congress.`) restarts at 1: numbers that go back, after a lead-in colon, are the paragraph's text.
    const listItem = om && !om[2] && Number(om[1]) <= opNumber && current?.kind === "operative" && leadIn;
    if (om && !listItem && (endsPara || Number(om[1]) === opNumber + 1 || prevBlank)) {
      const value = Number(om[1]);
      const suffix = om[2] ?? null;
      const text = suffix ? `${om[1]} ${suffix}` : om[1]!;
      const dot = t.indexOf(".");
      const numEnd = l.trimStart + (dot >= 0 && dot <= text.length + 1 ? dot : om[1]!.length);
      current = {
        kind: "operative", start: l.trimStart, number: { text, value, suffix, span: { start: l.trimStart, end: numEnd } },
        lines: [], markers: [], strictLabels: true, section,
      };
      drafts.push(current);
      leadIn = false;
      opNumber = value;
      if (om[3]) pushLine(l, l.trimEnd - om[3].length);
      prevText = om[3] ?? "";
      if (!om[3]) prevText = "";
      continue;
    }
    if (lone && Number(lone[1]) === opNumber + 1 && ENDS_OP.test(prevText) && opNumber > 0) {
      current = {
        kind: "operative", start: l.trimStart, number: { text: lone[1]!, value: opNumber + 1, suffix: null, span: { start: l.trimStart, end: l.trimEnd } },
        lines: [], markers: [], strictLabels: true, section,
      };
      drafts.push(current);
      leadIn = false;
      opNumber++;
      prevText = "";
      continue;
    }
    const inOperative = opNumber > 0 || operativeSeen;
    const subStart = SUB_LABEL.test(t);
    let starts = false;
    let kind: "preamble" | "operative" = inOperative ? "operative" : "preamble";
    if (current && current.number && current.lines.length === 0) {
      const nextLine = k + 1 < body.length ? lines[body[k + 1]!]!.text : "";
      const stray = /^[a-z0-9]/.test(t) || (!startsWithOpener(t, "operative", true) && startsWithOpener(nextLine, "operative", true));
      if (stray && t.length < 40) {
        // `2026;`, `this end:` between `3.` and `Calls upon …`: words pdftotext lifted out of a justified line.
        // A lead-in tail (`this end:`) is read after the paragraph's first line, where it was printed; other
        // fragments with an end mark are its last line; others cannot be placed. Either way the line is listed as
        // an artefact, never a misplaced piece.
        artefact(idx, "other");
        if (t.endsWith(":")) current.moved = t;
        // `Agency;`, `session.`: the short last line of a paragraph, printed before its first line; read at the end.
        else if (/[;.,]["”’)]?$/.test(t) && /[a-z0-9]/.test(t)) current.movedEnd = t;
        continue;
      }
      pushLine(l, l.trimStart);
      prevText = t;
      continue;
    }
    // `Takes note of the report` / `recommendations contained therein;` / (blank) `of` / (blank) `the` / (blank)
    // `Secretary-General 7 and` / (blank) `the` / (blank) `2.`: words pdftotext lifted out of a justified line and
    // printed, each as its own block, after the paragraph's last line. The justified line is the one before the
    // last (the last line of a paragraph is not justified, and the words come out after the line that follows
    // theirs): they are read after it, a marker among them included. Their lines are artefacts; the paragraph
    // keeps its end mark.
    if (current && ENDS_PARA.test(prevText)) {
      const runEnd = liftedRunEnd(lines, body, k);
      if (runEnd > k) {
        const run = body.slice(k, runEnd);
        for (const i of run) artefact(i, "other");
        if (current.lines.length >= 2 && !current.lifted) {
          current.lifted = { after: current.lines.length - 2, lines: run.map((i) => ({ start: lines[i]!.trimStart, end: lines[i]!.trimEnd, cuts: [] })) };
        }
        k = runEnd - 1;
        continue;
      }
    }
    const afterBareLabel = /^\([a-z]{1,4}\)$/.test(prevText);
    // A paragraph whose end mark is missing before its footnote marker (`… for 2022 1`).
    const markerEnd = / \d{1,3}$/.test(prevText) && startsWithOpener(t, inOperative ? "operative" : "preamble", true);
    if (!subStart && !afterBareLabel && (endsPara || !current || prevBlank || markerEnd)) {
      if (!inOperative && (startsWithOpener(t, "preamble", true) || (ENDS_PARA.test(prevText) && UNLISTED_PARTICIPLE.test(t)))) starts = true;
      else if (startsWithOpener(t, "operative", true) && /^[A-Z]/.test(t)) {
        starts = true;
        kind = "operative";
      } else if (inOperative && ENDS_OP.test(prevText) && startsWithOpener(t, "preamble", true)) {
        // Position decides: an italic participle after the operative part started is still operative text.
        starts = true;
      } else if (!current) starts = true;
    }
    // A sub-paragraph label with no paragraph before it (a pasted fragment) still needs a paragraph to hold it.
    if (!current) starts = true;
    if (starts) {
      current = { kind, start: l.trimStart, number: null, lines: [], markers: [], strictLabels: true, section: kind === "operative" || section ? section : null };
      drafts.push(current);
      leadIn = false;
      if (kind === "operative") operativeSeen = true;
    }
    pushLine(l, l.trimStart);
    // A number alone is a footnote marker or number set apart: the paragraph end mark is before it.
    if (!lone) prevText = t;
  }

  // --- pass 5: footnote markers, in document order, against the footnotes that exist.
  assignMarkers(source, lines, drafts, footnotes, page);

  const preamble: PreambularParagraph[] = [];
  const operative: OperativeParagraph[] = [];
  for (const d of drafts) {
    if (d.kind === "preamble") preamble.push(finishParagraph(source, d, preamble.length + 1) as PreambularParagraph);
    else operative.push(finishParagraph(source, d, operative.length + 1) as OperativeParagraph);
  }
  const secs = sectionSpans(sections, [...preamble, ...operative]);
  const annexStart = annexes.length ? annexes[0]!.span.start : Infinity;
  const fns: Footnote[] = footnotes.map((f) => {
    const segs = f.lines.map((l, i) => [{ start: i === 0 && f.number.span.start >= l.trimStart && f.number.span.end <= l.trimEnd ? skipNumber(source, l, f.number.span.end) : l.trimStart, end: l.trimEnd }]);
    return { number: f.number, body: joinLines(source, segs), markers: f.markers, inAnnex: f.span.start > annexStart || f.inAnnex, span: f.span };
  });
  artefacts.sort((a, b) => a.span.start - b.span.start);
  return { header, title, organ, preamble, operative, sections: secs, footnotes: fns, closing, annexes, artefacts, diagnostics };
}

/**
 * A line alone between blank lines that is a lifted word or words: short and lower-case without an end mark,
 * or a lone symbol (`ISBA/28/C/9,`); "marker" when it is instead a few words carrying a footnote marker
 * (`Secretary-General 7 and`), which counts only in a run with a lower-case line.
 */
function liftedKind(lines: Line[], i: number): "plain" | "marker" | null {
  const t = lines[i]!.text;
  if (t.length >= 40 || lines[i - 1]?.text || lines[i + 1]?.text) return null;
  if ((/^[a-z]/.test(t) && !/[,;:.]$/.test(t)) || /^[A-Z][A-Za-z.]*\/[A-Za-z0-9./-]*\d[A-Za-z0-9./-]*,?$/.test(t)) return "plain";
  return LIFTED_WITH_MARKER.test(t) ? "marker" : null;
}
/** One to three words, then a marker number set off by a space, then maybe lower-case words; no end mark. */
const LIFTED_WITH_MARKER = /^[A-Za-z][A-Za-z’'-]*(?: [A-Za-z][A-Za-z’'-]*){0,2} \d{1,3}(?: [a-z][a-z’'-]*){0,3}$/;

/**
 * The end (exclusive, as a body index) of a run of lifted lines from body index k on that is followed by what
 * starts a paragraph (a number, an opener) or by nothing; k when there is no such run.
 */
function liftedRunEnd(lines: Line[], body: number[], k: number): number {
  let j = k;
  let plain = false;
  while (j < body.length && j - k < 12) {
    const kind = liftedKind(lines, body[j]!);
    if (!kind) break;
    if (kind === "plain") plain = true;
    j++;
  }
  if (j === k || !plain) return k;
  if (j >= body.length) return j;
  const n = lines[body[j]!]!.text;
  return OP_NUMBER.test(n) || LONE_NUMBER.test(n) || startsWithOpener(n, "preamble", true) || startsWithOpener(n, "operative", true) ? j : k;
}

function skipNumber(source: string, l: Line, after: number): number {
  let s = after;
  while (s < l.trimEnd && /\s/.test(source[s]!)) s++;
  return s;
}

/** A roman/letter label alone on a line starts a section when a heading or paragraph follows it. */
function isSectionStart(lines: Line[], body: number[], k: number): boolean {
  const next = k + 1 < body.length ? lines[body[k + 1]!]! : null;
  if (!next) return false;
  return /^[A-Z0-9(“"]/.test(next.text);
}

/** Without a number line or sponsors line, the title is the block of lines just above the organ. */
function titleStartGuess(body: number[], organAt: number): number {
  let k = organAt - 1;
  while (k > 0 && body[k - 1]! === body[k]! - 1 && organAt - k < 4) k--;
  return k >= 0 && k < organAt ? k : -1;
}

/**
 * Running short titles: the block of lines next to the running symbol at a page top.
 * A block before the symbol is always furniture; one after it only when it repeats a known short title
 * or consists of words of the document title.
 */
function markShortTitles(
  lines: Line[], role: Role[], page: number[], hasFormFeeds: boolean, isSymbol: (t: string) => boolean,
  artefact: (i: number, kind: ArtefactKind) => void,
): void {
  if (!hasFormFeeds) return;
  const known = new Set<string>();
  const pending: number[][] = [];
  const tops: number[][][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.pageBreak) continue;
    // The first three blank-separated blocks of the page.
    const blocks: number[][] = [];
    let j = i;
    let cur: number[] = [];
    for (; j < lines.length && blocks.length < 3 && (j === i || !lines[j]!.pageBreak); j++) {
      if (!lines[j]!.text) {
        if (cur.length) blocks.push(cur);
        cur = [];
      } else if (role[j] === "body" || role[j] === "artefact") cur.push(j);
    }
    if (cur.length && blocks.length < 3) blocks.push(cur);
    tops.push(blocks);
  }
  const text = (b: number[]): string => norm(b.map((x) => lines[x]!.text).join(" "));
  const symAt = (blocks: number[][]): number => blocks.findIndex((b) => b.length === 1 && isSymbol(lines[b[0]!]!.text));
  // The document title (from `78/11.` to the organ line) is the usual short title: a two-page text never
  // prints it before the symbol, so it is never learnt from the page tops.
  const docTitle = documentTitle(lines);
  if (docTitle.split(" ").length >= 2) known.add(docTitle);
  for (const blocks of tops) {
    const s = symAt(blocks);
    if (s === 1 && blocks[0]!.length <= 8) {
      known.add(text(blocks[0]!));
      for (const x of blocks[0]!) if (role[x] === "body") artefact(x, "running-header");
    }
    // Otherwise any of the first blocks that repeats a short title: after the symbol, or with the symbol
    // further down the page (pdftotext may print it after the first lines of text or a paragraph number).
    for (const b of blocks) if (b.length <= 8 && b !== blocks[s]) pending.push(b);
  }
  for (const b of pending) {
    if (known.has(text(b))) for (const x of b) if (role[x] === "body") artefact(x, "running-header");
  }
  void page;
}

/** The normalised title: the lines after the resolution number (`78/11.`) up to the organ line. */
function documentTitle(lines: Line[]): string {
  const parts: string[] = [];
  let on = false;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const t = lines[i]!.text;
    if (ORGAN.test(t)) break;
    const m = RES_NUMBER.exec(t);
    if (m && !on) {
      on = true;
      if (m[2]) parts.push(m[2]);
    } else if (on && t) parts.push(t);
  }
  return on && parts.length <= 6 ? norm(parts.join(" ")) : "";
}

/** Pair footnote numbers and texts within one block (numbers may come apart from their texts). */
function readFootnoteBlock(
  source: string, lines: Line[], block: number[], pageNo: number, next: number, out: FootnoteDraft[], role: Role[],
): number {
  const numbers: { value: string; line: Line; inline: boolean }[] = [];
  let maxInline = 0;
  const entries: Line[][] = [];
  for (const i of block) {
    const l = lines[i]!;
    role[i] = "footnote";
    const lone = /^(\d{1,3}|\*{1,3})$/.exec(l.text);
    if (lone) {
      numbers.push({ value: lone[1]!, line: l, inline: false });
      continue;
    }
    // `1 See A/57/64.`: number and text on one line (other extractors). The number must be the next one.
    const inline = INLINE_NOTE.exec(l.text);
    const want = maxInline > 0 ? maxInline + 1 : next;
    if (inline && (inline[1]!.startsWith("*") || Number(inline[1]) === want)) {
      numbers.push({ value: inline[1]!, line: l, inline: true });
      if (!inline[1]!.startsWith("*")) maxInline = Math.max(maxInline, Number(inline[1]));
      entries.push([l]);
      continue;
    }
    const prev = entries[entries.length - 1];
    const prevLine = prev?.[prev.length - 1];
    // A new entry starts after a line that ends a sentence, unless it starts in lower case.
    if (!prev || (/[.)”]$/.test(prevLine!.text) && !/^[a-z]/.test(l.text) && !prev.some((x) => x === prevLine && false))) entries.push([l]);
    else prev.push(l);
  }
  // Numbers in print order; texts come in order, so pair them in order.
  const sorted = numbers
    .filter((n) => !n.inline)
    .sort((a, b) => (a.value.startsWith("*") ? -1 : b.value.startsWith("*") ? 1 : Number(a.value) - Number(b.value)));
  const inlineEntries = new Set(numbers.filter((n) => n.inline).map((n) => n.line));
  const free = entries.filter((e) => !inlineEntries.has(e[0]!));
  // The first text without a number may continue the previous page's footnote: one printed before it
  // (a footnote's pieces follow the source, so a text above a footnote cannot be its tail).
  while (free.length > sorted.length && out.length && out[out.length - 1]!.span.end <= free[0]![0]!.trimStart) {
    const cont = free.shift()!;
    const last = out[out.length - 1]!;
    last.lines.push(...cont);
    last.span = { start: last.span.start, end: Math.max(last.span.end, cont[cont.length - 1]!.trimEnd) };
    entries.splice(entries.indexOf(cont), 1);
  }
  while (free.length > sorted.length && free.length > 1) {
    const a = free[free.length - 2]!;
    const b = free.pop()!;
    a.push(...b);
  }
  // A text left without a number (no earlier footnote to continue) goes on the note printed just above it in the
  // block (`* On behalf of …` / `Members of …`) rather than vanishing: its lines are no longer body lines.
  if (free.length > sorted.length) {
    const k = entries.indexOf(free[0]!);
    if (k > 0) {
      entries[k - 1]!.push(...free[0]!);
      entries.splice(k, 1);
      free.shift();
    }
  }
  const all: FootnoteDraft[] = [];
  let fi = 0;
  const byLine = new Map(numbers.filter((n) => n.inline).map((n) => [n.line, n]));
  const numbered: { value: string; line: Line; entry: Line[] | null }[] = [];
  for (const e of entries) {
    const n = byLine.get(e[0]!);
    if (n) numbered.push({ value: n.value, line: n.line, entry: e });
  }
  for (const n of sorted) numbered.push({ value: n.value, line: n.line, entry: free[fi++] ?? null });
  numbered.sort((a, b) => (a.value.startsWith("*") ? -1 : b.value.startsWith("*") ? 1 : Number(a.value) - Number(b.value)));
  for (const n of numbered) {
    const numSpan = { start: n.line.trimStart, end: n.line.trimStart + n.value.length };
    const entry = n.entry ?? [];
    const ends = [numSpan.end, ...entry.map((x) => x.trimEnd)];
    const starts = [numSpan.start, ...entry.map((x) => x.trimStart)];
    all.push({
      number: { value: n.value, span: numSpan }, page: pageNo, lines: entry,
      span: { start: Math.min(...starts), end: Math.max(...ends) }, inAnnex: false, markers: [],
    });
    if (!n.value.startsWith("*")) next = Math.max(next, Number(n.value) + 1);
  }
  out.push(...all);
  void source;
  return next;
}

const NOT_BEFORE_MARKER = new Set([
  "resolution", "resolutions", "decision", "decisions", "paragraph", "paragraphs", "para.", "paras.", "from", "of", "to", "and",
  "No.", "no.", "vol.", "vols.", "article", "articles", "Article", "section", "chapter", "annex", "Protocol", "p.", "pp.", "page",
  "item", "items", "rule", "rules", "Goal", "Goals", "goal", "target", "targets", "principle", "principles", "between", "than",
  "by", "in", "at", "on", "the", "some", "over", "about", "nearly", "almost", "least", "until", "since",
  "Agenda", "year", "years", "per", "or",
  "Conventions", "chap.", "sect.", "part", "Part", "Principle", "Step", "step", "phase", "Phase", "level", "Level", "category",
  "Category", "Additional", "recommendation", "recommendations", "Recommendation", "appendix", "table", "figure", "op.",
]);
const MONTH_BEFORE = new RegExp(`(?:${MONTHS}) $`);
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})\\b`);
const ABBREV_BEFORE_DOT = /(?:^|[^A-Za-z])(?:Add|Corr|Rev|No|Nos|para|paras|vol|vols|p|pp|art|arts|sect|chap|Sales|op|cit|Suppl|Vol|Part)$/;

/** Assign footnote markers in reading order: a marker is the next footnote number that exists, near its footnote's page. */
function assignMarkers(source: string, lines: Line[], drafts: DraftParagraph[], footnotes: FootnoteDraft[], page: number[]): void {
  const numeric = footnotes.filter((f) => /^\d+$/.test(f.number.value));
  if (!numeric.length) return;
  const lineOf = new Map<number, Line>();
  for (const l of lines) lineOf.set(l.trimStart, l);
  const pageAtOffset = (off: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= off) lo = mid;
      else hi = mid - 1;
    }
    return page[lo]!;
  };
  let fi = 0;
  for (const d of drafts) {
    for (const dl of readingOrder(d)) {
      if (fi >= numeric.length) return;
      const text = source.slice(dl.start, dl.end);
      const re = /\d+/g;
      let m: RegExpExecArray | null;
      const linePage = pageAtOffset(dl.start);
      while ((m = re.exec(text)) && fi < numeric.length) {
        let at = m.index;
        let digits = m[0];
        let gluedToYear = false;
        if (digits.length > 3) {
          // `10 October 19904`, `2024–203414`: a marker glued to the year of a date or a period.
          const y = /^((?:19|20)\d\d)(\d{1,3})$/.exec(digits);
          const lead = text.slice(Math.max(0, at - 12), at);
          if (!y || !(MONTH_BEFORE.test(lead) || /(?:19|20)\d\d[–-]$/.test(lead))) continue;
          at += 4;
          digits = y[2]!;
          gluedToYear = true;
        }
        const after = text[at + digits.length] ?? "";
        const before = at > 0 ? text[at - 1]! : "";
        if ((/[0-9]/.test(before) && !gluedToYear) || /[0-9A-Za-z/]/.test(after)) continue;
        if (after === "." && /[0-9]/.test(text[at + digits.length + 1] ?? "")) continue;
        // Which footnote could this be: the next one, or one after a missed marker.
        let target = -1;
        for (let w = fi; w < Math.min(numeric.length, fi + 3); w++) {
          if (numeric[w]!.number.value === String(Number(digits)) && digits[0] !== "0") {
            const fp = numeric[w]!.page;
            if (fp >= linePage && fp <= linePage + 1) target = w;
            break;
          }
        }
        if (target < 0) continue;
        if (!gluedToYear && !plausibleMarker(text, at, digits, before, after, target === fi)) continue;
        const span = { start: dl.start + at, end: dl.start + at + digits.length };
        const marker: FootnoteMarker = { number: numeric[target]!.number.value, span };
        numeric[target]!.markers.push(marker);
        d.markers.push(marker);
        dl.cuts.push(cutFor(source, dl.start, span));
        fi = target + 1;
      }
    }
  }
  void lineOf;
}

function plausibleMarker(text: string, at: number, digits: string, before: string, after: string, expected: boolean): boolean {
  const rest = text.slice(at + digits.length);
  if (MONTH_AFTER.test(rest)) return false;
  // `resolutions 10/6 of 16 October 2020 43 and 11/3 …`: after a date's year, the expected number is its marker.
  if (expected && /\s$/.test(before) && /(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) |\bin )(?:19|20)\d\d\s+$/.test(text.slice(0, at))) return true;
  if (/^\s*(?:%|per cent|percent|million|billion|years?|days?|months?|weeks?|hours?|and \d|to \d|or \d|\))/.test(rest)) return false;
  if (before === "" || /\s/.test(before)) {
    const head = text.slice(0, at).trimEnd();
    const prevWord = /(\S+)$/.exec(head)?.[1] ?? "";
    if (!prevWord) return expected && /^\s+[a-z]/.test(rest); // a marker at the start of a line
    if (NOT_BEFORE_MARKER.has(prevWord)) return false;
    // After a number only when it ends the line after a year (`… for 2022 1`, end mark missing).
    // After a number only after a year, before a joining word or the line end (`… for 2025 1 and the …`).
    const yearThenMarker = expected && /^(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?$/.test(prevWord) && (after === "" || /^\s+(?:and|or|the|as|which|in|on|of|to|at|by|for|with|that|including|entitled|adopted|held)\b/.test(rest));
    // After a resolution number (`resolution 5/14 11 requesting …`).
    const resThenMarker = expected && /^\d{1,4}\/\d{1,4}$/.test(prevWord) && /^\s+[a-z]/.test(rest) && !/^\s+(?:of|and|to|or)\b/.test(rest);
    if (/\d$/.test(prevWord) && !/[,;:]$/.test(prevWord) && !yearThenMarker && !resThenMarker) return false;
    if (/^[A-Z]{1,4}$/.test(prevWord)) return false;
    if (after === "" || /[\s,;:.]/.test(after)) return true;
    return false;
  }
  if (/[A-Za-z]/.test(before)) {
    const word = /([A-Za-z’'-]+)$/.exec(text.slice(0, at))?.[1] ?? "";
    const lead = text.slice(0, at - word.length);
    if (/[\d/._]$/.test(lead)) return false;
    if (word.length < 3 || /^[A-Z]+$/.test(word)) return false;
    return true;
  }
  if (before === ".") {
    const head = text.slice(0, at - 1);
    if (ABBREV_BEFORE_DOT.test(head)) return false;
    return /[a-z)”]$/.test(head) && /[a-z]{3,}\)?”?$/.test(head);
  }
  if (/[,;:)”’\]]/.test(before)) {
    if (before === "," && /\d$/.test(text.slice(0, at - 1)) && digits.length === 3) return false;
    return true;
  }
  return false;
}

const ORDINAL_SESSION = /^([A-Za-z-]+) session$/;

function readHeader(source: string, lines: Line[], body: number[], mastEnd: number, symbolLine: number, sponsorsEnd: number): Header {
  let symbol: Field | null = null;
  let reissued = false;
  if (symbolLine >= 0) {
    const l = lines[symbolLine]!;
    const m = SYMBOL_LINE.exec(l.text)!;
    symbol = { value: m[1]!, span: { start: l.trimStart, end: l.trimStart + m[1]!.length } };
    reissued = m[2] === "*";
  }
  let distribution: Field | null = null;
  let distributionDate: Field | null = null;
  let session: Field | null = null;
  let sessionNumber: number | null = null;
  let agendaItem: Field | null = null;
  let agendaTitle: Field | null = null;
  let adoptionDate: Field | null = null;
  let committee: Field | null = null;
  let sponsors: Field | null = null;
  const mast = body.slice(0, mastEnd).map((i) => lines[i]!);
  for (let k = 0; k < mast.length; k++) {
    const l = mast[k]!;
    const t = l.text;
    let m: RegExpExecArray | null;
    if ((m = DISTR.exec(t))) {
      const at = l.trimStart + t.indexOf(m[1]!);
      distribution = { value: m[1]!, span: { start: at, end: at + m[1]!.length } };
      if (mast[k + 1] && DATE_LINE.test(mast[k + 1]!.text)) distributionDate = field(mast[k + 1]!);
    } else if ((m = SESSION_LINE.exec(t)) && !session) {
      session = field(l);
      sessionNumber = ordinalValue(m[1]!);
    } else if ((m = AGENDA.exec(t))) {
      const at = l.trimStart + t.indexOf(m[1]!);
      agendaItem = { value: m[1]!, span: { start: at, end: at + m[1]!.length } };
      const tl: Line[] = [];
      for (let j = k + 1; j < mast.length; j++) {
        const n = mast[j]!;
        if (/^Resolution adopted/.test(n.text) || n.text.startsWith("[") || SPONSORS_END.test(n.text) || RES_NUMBER.test(n.text)) break;
        if (sponsorsEnd >= 0 && body.indexOf(n.no) >= 0 && j >= firstSponsorLine(mast, sponsorsEnd)) break;
        tl.push(n);
        if (lines[n.no + 1] && !lines[n.no + 1]!.text) break;
      }
      if (tl.length) agendaTitle = { value: tl.map((x) => x.text).join(" "), span: { start: tl[0]!.trimStart, end: tl[tl.length - 1]!.trimEnd } };
    } else if (/^Resolution adopted by the General Assembly/.test(t)) {
      const on = /on (\d{1,2} [A-Z][a-z]+ \d{4})$/.exec(t) ? { l, v: /on (\d{1,2} [A-Z][a-z]+ \d{4})$/.exec(t)![1]! } : mast[k + 1] && /^on (\d{1,2} [A-Z][a-z]+ \d{4})$/.test(mast[k + 1]!.text) ? { l: mast[k + 1]!, v: mast[k + 1]!.text.slice(3) } : null;
      if (on) adoptionDate = { value: on.v, span: { start: on.l.trimEnd - on.v.length, end: on.l.trimEnd } };
    } else if (t.startsWith("[") && !committee) {
      const parts: Line[] = [l];
      let j = k;
      while (!mast[j]!.text.endsWith("]") && j + 1 < mast.length && j - k < 4) parts.push(mast[++j]!);
      const start = l.trimStart + 1;
      const last = parts[parts.length - 1]!;
      const end = last.text.endsWith("]") ? last.trimEnd - 1 : last.trimEnd;
      committee = { value: source.slice(start, end).replace(/\s*\n\s*/g, " "), span: { start, end } };
    }
  }
  if (sponsorsEnd >= 0) {
    const first = firstSponsorLine(mast, sponsorsEnd);
    const last = mast[sponsorsEnd]!;
    const cut = SPONSORS_END.exec(last.text)!;
    const start = mast[first]!.trimStart;
    const end = last.trimEnd - cut[0].length;
    sponsors = { value: source.slice(start, end).replace(/\s*\n\s*/g, " "), span: { start, end } };
  }
  if (sessionNumber === null && symbol) {
    const m = /\/(?:[A-Z][A-Za-z0-9.-]*\/)*(\d+)\//.exec(symbol.value.replace(/^A\/RES\//, "A/"));
    if (m) sessionNumber = Number(m[1]);
  }
  const spanEnd = mast.length ? mast[mast.length - 1]!.trimEnd : null;
  const spanStart = symbol ? symbol.span.start : mast.length ? mast[0]!.trimStart : null;
  void ORDINAL_SESSION;
  return {
    symbol, reissued, distribution, distributionDate, session, sessionNumber, agendaItem, agendaTitle, adoptionDate,
    committee, sponsors, span: spanStart !== null && spanEnd !== null && spanEnd >= spanStart ? { start: spanStart, end: spanEnd } : null,
  };
}

/** Sponsors may wrap over lines: walk back from `…: draft resolution` to the line after the agenda title block. */
function firstSponsorLine(mast: Line[], end: number): number {
  let k = end;
  while (k > 0) {
    const prev = mast[k - 1]!;
    if (/[,]$/.test(prev.text) || / and$/.test(prev.text)) k--;
    else break;
  }
  return k;
}
