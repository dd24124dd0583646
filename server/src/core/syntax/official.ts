/**
 * Reading official text in any extractor's form, in passes over one line model, each linear in the lines:
 * 1. lines (lines.ts); 2. pages and page furniture, found from repetition (furniture.ts);
 * 3. footnote areas after the rule and asterisk notes (footnotes.ts); the masthead, title and organ (masthead.ts);
 * 4. the body: paragraphs, numbers, sections, closing, annexes;
 * 5. footnote markers, matched against the footnote numbers that exist, in order (markers.ts); word repair.
 */
import { indented, indexCues, italicOpenerEnd, withExtent, type CueIndex } from "./cue-reading";
import type { SourceCues } from "./cues";
import { finishFootnotes, readFootnoteAreas, type Role } from "./footnotes";
import { findFurniture, type Furniture } from "./furniture";
import { assignMarkers, lineAt } from "./markers";
import { documentTitle, isSponsorsEnd, mastheadSymbolLine, readHeader, titleStartGuess, withAgendaTitleHyphens } from "./masthead";
import { invisibleCuts, WordRepair } from "./word-repair";
import { endingAt, splitLines, type Line } from "./lines";
import { endsOperative, endsParagraph, endsSentence, endsWithComma, endsWithMarker, endsWithSpacedNumber } from "./end-marks";
import { joinLines } from "./mapped";
import { firstWord, mayStartOpener, startsWithOpener, type OpenerKind } from "./opener";
import { lowerCaseOpenerLine, lowerOpenerStartScore, MOST_AFTER_NO_END_MARK, pageShape, type PageShape, type StartEvidence, type StartScore } from "./paragraph-start";
import { finishParagraph, sectionSpans, type DraftLine, type DraftParagraph } from "./paragraphs";
import {
  ANNEX, CLOSING_MEETING, DATE_LINE, LONE_NUMBER, OP_NUMBER, ORGAN, RES_NUMBER, SECTION_LABEL, SUB_LABEL,
} from "./patterns";
import type {
  Annex, Artefact, ArtefactKind, Closing, Field, OperativeParagraph, Organ, PreambularParagraph, Span,
  ReaderResult, SyntaxDiagnostic, Title,
} from "./tree";

/** `Understanding that …`: a participle not in the lists, followed by a lower-case word (not `Beijing Declaration`). */
const UNLISTED_PARTICIPLE = /^[A-Z][a-z]{3,}ing (?:that|the|its|their|to|a|an|also|further|with|in)\b/;
const field = (l: Line): Field => ({ value: l.text, span: { start: l.trimStart, end: l.trimEnd } });

export function parseOfficial(source: string, sourceCues?: SourceCues): ReaderResult {
  const lines = splitLines(source);
  const cues = indexCues(sourceCues);
  const diagnostics: SyntaxDiagnostic[] = [];
  const artefacts: Artefact[] = [];
  const role: Role[] = lines.map((l) => (l.text ? "body" : "blank"));
  const artefact = (i: number, kind: ArtefactKind): void => {
    role[i] = "artefact";
    const l = lines[i]!;
    artefacts.push({ kind, span: { start: l.trimStart, end: l.trimEnd } });
  };

  // --- passes 1–2: pages and page furniture, found from repetition (furniture.ts).
  const furniture = findFurniture(source, lines, documentTitle(lines));
  const page = furniture.page as number[];
  const hasFormFeeds = furniture.formFeeds;
  for (let i = 0; i < lines.length; i++) {
    const kind = furniture.kind[i];
    if (kind) artefact(i, kind);
  }
  // A page number glued to the end of a line of text: the line ends before it.
  for (const [i, end] of furniture.pageTails) {
    const l = lines[i]!;
    artefacts.push({ kind: "page-number", span: { start: source.indexOf(l.text.slice(end - l.trimStart).trim(), end), end: l.trimEnd } });
    lines[i] = endingAt(l, end, source.slice(l.trimStart, end));
  }
  const symbolLine = mastheadSymbolLine(lines, furniture.kind);
  if (!hasFormFeeds) markLonePageNumbers(lines, furniture.kind, role, artefact);

  // Footnote areas after the rule, and asterisk notes (footnotes.ts).
  const footnotes = readFootnoteAreas(source, lines, role, page, hasFormFeeds, artefact, artefacts);

  // --- pass 3: masthead, number, title, organ.
  const body: number[] = [];
  for (let i = 0; i < lines.length; i++) if (role[i] === "body") body.push(i);
  let organAt = -1;
  for (let k = 0; k < body.length; k++) {
    if (lines[body[k]!]!.text.charCodeAt(0) === 84 && ORGAN.test(lines[body[k]!]!.text)) {
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
    if (sponsorsEnd < 0 && isSponsorsEnd(t)) sponsorsEnd = k;
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
      if (OP_NUMBER.test(t) || opens(t, "preamble") || opens(t, "operative")) {
        bodyStart = j;
        break;
      }
    }
  }
  // Whether the current paragraph has a line ending in a colon (a lead-in), kept as a flag: scanning the
  // paragraph's lines on every line would be quadratic in a long paragraph.
  let leadIn = false;
  const pushLine = (l: Line, from: number): void => {
    current!.lines.push(draftLine(from, l.trimEnd));
    if (source.charCodeAt(l.trimEnd - 1) === 58) leadIn = true;
  };
  // A blank line between two body lines of the same page (not the gap around page furniture).
  const blankBetween = (a: number, b: number): boolean => {
    if (b - a <= 1) return false;
    for (let j = a + 1; j <= b; j++) if ((role[j] !== "blank" && j !== b) || lines[j]!.pageBreak) return false;
    return true;
  };
  const shape = pageShape(source, lines, page, body, blankBetween, (j) => {
    const t = lines[body[j]!]!.text;
    const c = t.charCodeAt(0);
    const before = lines[body[j - 1]!]!.text;
    // After an operative number on its own line the text is the same paragraph's.
    return c >= 65 && c <= 90 && endsParagraph(before) && !/^\d{1,3}\.?$/.test(before) && (opens(t, "preamble") || opens(t, "operative"));
  });
  for (k = bodyStart; k < body.length; k++) {
    const idx = body[k]!;
    const l = lines[idx]!;
    const t = l.text;
    prevBlank = shape.blankBefore(k);
    // Most line patterns can match only a line that opens with a digit, a capital, `A` or `(`: the first character
    // is asked before any regular expression runs (they ran on every line).
    const c0 = t.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57;
    const mayBeAnnex = c0 === 65;
    if (afterClosing) {
      if (mayBeAnnex && ANNEX.test(t)) annexes.push({ heading: field(l), span: { start: l.trimStart, end: lines[body[body.length - 1]!]!.trimEnd } });
      continue;
    }
    const cm = digit ? CLOSING_MEETING.exec(t) : null;
    if (cm) {
      const next = k + 1 < body.length ? lines[body[k + 1]!]! : null;
      const date = next && DATE_LINE.test(next.text) ? field(next) : null;
      closing = { meeting: field(l), date, span: { start: l.trimStart, end: date ? date.span.end : l.trimEnd } };
      if (date) k++;
      afterClosing = true;
      current = null;
      continue;
    }
    if (mayBeAnnex && ANNEX.test(t) && /[.;]$/.test(prevText)) {
      annexes.push({ heading: field(l), span: { start: l.trimStart, end: lines[body[body.length - 1]!]!.trimEnd } });
      afterClosing = true;
      current = null;
      continue;
    }
    const endsPara = endsParagraph(prevText) || prevText === "";
    const sm = t.length <= 7 && c0 >= 65 && c0 <= 90 ? SECTION_LABEL.exec(t) : null;
    if (sm && (endsPara || prevBlank) && isSectionStart(lines, body, k)) {
      const label = sm[1] ?? sm[2]!;
      let heading: Field | null = null;
      const hl: Line[] = [];
      while (k + 1 < body.length && hl.length < 4) {
        const n = lines[body[k + 1]!]!;
        if (OP_NUMBER.test(n.text) || opens(n.text, "preamble") || opens(n.text, "operative") || SECTION_LABEL.test(n.text)) break;
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
    // [whole, number, suffix, text after it], as OP_NUMBER gives them.
    let om: readonly [string, string, string | undefined, string | undefined] | null = digit ? (OP_NUMBER.exec(t) as [string, string, string | undefined, string | undefined] | null) : null;
    if (!om && digit && opNumber > 0 && endsOperative(prevText)) {
      // `25 Condemns …`: the number printed without its full stop, the text on the same line.
      const bare = /^(\d{1,3})\s+(\S.*)$/.exec(t);
      if (bare && Number(bare[1]) === opNumber + 1 && opens(bare[2]!, "operative")) om = [t, bare[1]!, undefined, bare[2]!];
    }
    const lone = digit && t.length <= 3 ? LONE_NUMBER.exec(t) : null;
    // A numbered list quoted inside a paragraph (`… the following provisional agenda:` / `1.` / `Opening of the
    // Congress.`) restarts at 1: numbers that go back, after a lead-in colon, are the paragraph's text.
    const listItem = om && !om[2] && Number(om[1]) <= opNumber && current?.kind === "operative" && leadIn;
    if (om && !listItem && (endsPara || Number(om[1]) === opNumber + 1 || prevBlank)) {
      const value = Number(om[1]);
      const suffix = om[2] ?? null;
      const text = suffix ? `${om[1]} ${suffix}` : om[1]!;
      const dot = t.indexOf(".");
      const numEnd = l.trimStart + (dot >= 0 && dot <= text.length + 1 ? dot : om[1]!.length);
      current = draftParagraph("operative", l.trimStart, { text, value, suffix, span: { start: l.trimStart, end: numEnd } }, section);
      drafts.push(current);
      leadIn = false;
      opNumber = value;
      if (om[3]) pushLine(l, l.trimEnd - om[3].length);
      prevText = om[3] ?? "";
      if (!om[3]) prevText = "";
      continue;
    }
    if (lone && Number(lone[1]) === opNumber + 1 && endsOperative(prevText) && opNumber > 0) {
      current = draftParagraph("operative", l.trimStart, { text: lone[1]!, value: opNumber + 1, suffix: null, span: { start: l.trimStart, end: l.trimEnd } }, section);
      drafts.push(current);
      leadIn = false;
      opNumber++;
      prevText = "";
      continue;
    }
    const inOperative = opNumber > 0 || operativeSeen;
    const subStart = c0 === 40 && SUB_LABEL.test(t);
    let starts = false;
    let kind: "preamble" | "operative" = inOperative ? "operative" : "preamble";
    if (current && current.number && current.lines.length === 0) {
      const nextLine = k + 1 < body.length ? lines[body[k + 1]!]!.text : "";
      const stray = /^[a-z0-9]/.test(t) || (!opens(t, "operative") && opens(nextLine, "operative"));
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
    if (current && endsParagraph(prevText)) {
      const runEnd = liftedRunEnd(lines, body, k);
      if (runEnd > k) {
        const run = body.slice(k, runEnd);
        for (const i of run) artefact(i, "other");
        if (current.lines.length >= 2 && !current.lifted) {
          current.lifted = { after: current.lines.length - 2, lines: run.map((i) => draftLine(lines[i]!.trimStart, lines[i]!.trimEnd)) };
        }
        k = runEnd - 1;
        continue;
      }
    }
    const afterBareLabel = prevText.charCodeAt(0) === 40 && /^\([a-z]{1,4}\)$/.test(prevText);
    // A paragraph whose end mark is missing before its footnote marker (`… for 2022 1`).
    // `… for 20221`: the marker glued to the year (-raw, pdf.js).
    const markerEnd = endsWithDigit(prevText) && (endsWithSpacedNumber(prevText) || / (?:19|20)\d{3,5}$/.test(prevText)) && opens(t, inOperative ? "operative" : "preamble");
    // A first-line indent (a PDF or Word reader's cue) opens a paragraph whatever the words.
    const cueStart = indented(cues, l);
    if (!subStart && !afterBareLabel && (endsPara || !current || prevBlank || markerEnd || cueStart)) {
      if (!inOperative && (opens(t, "preamble") || (endsParagraph(prevText) && UNLISTED_PARTICIPLE.test(t)))) starts = true;
      else if (opens(t, "operative") && /^[A-Z]/.test(t)) {
        starts = true;
        kind = "operative";
      } else if (inOperative && endsOperative(prevText) && opens(t, "preamble")) {
        // Position decides: an italic participle after the operative part started is still operative text.
        starts = true;
      } else if (!current) starts = true;
    }
    // `recalling …`: a known opener in lower case (a slip) after a line that could end a paragraph is a scored
    // decision: a comma also ends many lines inside a paragraph (`…, noting that`).
    // After a line without an end mark, at the margin and with no blank line before, the score is a clear
    // continuation whatever the widths say (most lines inside a paragraph): neither the line's opener nor the page
    // is looked at for it.
    if (!starts && current && !subStart && !afterBareLabel && !inOperative && !settledContinuation(prevText, shape.blankBefore(k), l) && lowerOpener(t)) {
      const sc = lowerOpenerStartScore(startEvidence(lines, body, shape, k, prevText, current.lines.length === 1));
      if (sc.score > 0) starts = true;
      if (Math.abs(sc.score) < AMBIGUOUS) diagnostics.push(ambiguousStart(lines[body[k - 1]!]!, l, sc));
    }
    if (cueStart && !subStart) starts = true;
    // A sub-paragraph label with no paragraph before it (a pasted fragment) still needs a paragraph to hold it.
    if (!current) starts = true;
    if (starts) {
      current = draftParagraph(kind, l.trimStart, null, kind === "operative" || section ? section : null);
      drafts.push(current);
      leadIn = false;
      if (kind === "operative") operativeSeen = true;
    }
    pushLine(l, l.trimStart);
    // A number alone is a footnote marker or number set apart: the paragraph end mark is before it.
    if (!lone) prevText = t;
  }

  // --- pass 5: footnote markers, in document order, against the footnotes that exist.
  assignMarkers(source, lines, drafts, footnotes, page, cues);
  const invisible = holdsInvisible(source);
  const repair = repairWords(source, lines, role, drafts, invisible);

  const preamble: PreambularParagraph[] = [];
  const operative: OperativeParagraph[] = [];
  for (const d of drafts) {
    const p = withCueOpener(finishParagraph(source, d, d.kind === "preamble" ? preamble.length + 1 : operative.length + 1), d, source, lines, cues);
    if (p.kind === "preamble") preamble.push(p);
    else operative.push(p);
  }
  // Most resolutions have no sections: the sorted copy of every paragraph is made only for those that do.
  const secs = sections.length ? sectionSpans(sections, [...preamble, ...operative]) : [];
  const annexStart = annexes.length ? annexes[0]!.span.start : Infinity;
  const fns = finishFootnotes(source, footnotes, annexStart, (l) => (invisible ? withInvisible(repair.cuts(l), source, l) : repair.cuts(l)));
  const repairedHeader = withAgendaTitleHyphens(header, lines, (l) => repair.inserts({ start: l.trimStart, end: l.trimEnd, cuts: [] }));
  repair.release();
  artefacts.sort((a, b) => a.span.start - b.span.start);
  return { frontMatter: null, header: repairedHeader, title, organ, preamble, operative, sections: secs, footnotes: fns, closing, annexes, artefacts, comments: [], diagnostics };
}

/**
 * A paragraph line and a paragraph as the body pass makes them, with every property later passes set (inserts,
 * moved, lifted) already in the literal: one object shape per kind. A shape made by adding a property later dies
 * at a full garbage collection, and V8 then throws away the optimized code of every function that saw it.
 */
function draftLine(start: number, end: number): DraftLine {
  return { start, end, cuts: [], inserts: undefined };
}
function draftParagraph(kind: DraftParagraph["kind"], start: number, number: DraftParagraph["number"], section: string | null): DraftParagraph {
  return { kind, start, number, lines: [], markers: [], section, strictLabels: true, moved: undefined, movedEnd: undefined, lifted: undefined };
}

const endsWithDigit = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  return c >= 48 && c <= 57;
};

/**
 * Whether a line starts with a strict opener of this kind (`startsWithOpener`, strict). Most lines' first word can
 * start none (`mayStartOpener`), which a lookup of that word tells: the whole line is matched only when it can.
 */
function opens(t: string, kind: OpenerKind): boolean {
  return mayStartOpener(firstWord(t), kind) && startsWithOpener(t, kind, true);
}

/** `recalling …`: a preambular opener in lower case (paragraph-start.ts), its first word looked up first. */
function lowerOpener(t: string): boolean {
  const c = t.charCodeAt(0);
  if (!(c >= 97 && c <= 122) || !mayStartOpener(String.fromCharCode(c - 32) + firstWord(t).slice(1), "preamble")) return false;
  return lowerCaseOpenerLine(t, (capitalised) => startsWithOpener(capitalised, "preamble", true));
}

/** A score this close to 0 is a reading the text cannot settle: said with a syntax diagnostic. */
const AMBIGUOUS = 0.5;

/** A continuation whatever the widths say: after a line without an end mark, at the margin, no blank line before. */
function settledContinuation(prevText: string, blankBefore: boolean, l: Line): boolean {
  return MOST_AFTER_NO_END_MARK < -AMBIGUOUS && endOf(prevText) === "none" && !blankBefore && l.trimStart - l.start < 3;
}

/** SYN002: the line start could be read either way; the message says which reading was taken and why. */
function ambiguousStart(prev: Line, line: Line, sc: StartScore): SyntaxDiagnostic {
  const word = /^\S+/.exec(line.text)?.[0] ?? "";
  const taken = sc.score > 0 ? "read as a new paragraph with a lower-case opener" : "read as the continuation of the paragraph before";
  const other = sc.score > 0 ? "the continuation of the paragraph before" : "a new paragraph with a lower-case opener";
  return {
    code: "SYN002",
    message: `Ambiguous paragraph start: the line opening '${word}' is ${taken}; it could also be ${other} (cues: ${sc.cues.join(", ")}).`,
    severity: "information",
    span: { start: prev.trimStart, end: line.trimEnd },
  };
}

/** How a line ends: a comma, another end mark, a footnote number after one, or none. */
function endOf(text: string): StartEvidence["prevEnd"] {
  return endsWithComma(text) ? "comma" : endsSentence(text) ? "stop" : endsParagraph(text) ? "marker" : "none";
}

/** The cues of the line start at body index k (paragraph-start.ts), `prevText` the last text line before it. */
function startEvidence(lines: Line[], body: number[], shape: PageShape, k: number, prevText: string, firstLine: boolean): StartEvidence {
  // The line that ended the text before: not a footnote number set apart on its own line.
  let p = k - 1;
  while (p > 0 && k - p < 3 && LONE_NUMBER.test(lines[body[p]!]!.text)) p--;
  const prevEnd = endOf(prevText);
  const t = lines[body[k]!]!.text;
  let prevFill = p >= 0 ? shape.right(p) / shape.width(p) : 1;
  const fill = shape.right(k) / shape.width(k);
  // The two fit in one printed line, by the characters or by the printed widths where they are read (each is off
  // by some hundredths on some lines).
  const onePrinted = prevFill + fill <= 1.1 || (shape.firstMeasure < shape.measure && shape.printed(p) + SPACE + shape.printed(k) <= shape.measure * 1.01);
  const brokenAfterMarker = shape.breaksAfterMarkers && prevEnd === "marker" && p === k - 1 && shape.indent(k) === null && onePrinted;
  // `…the Paris Agreement 1` / `and its early entry into force,`: one printed line that -raw broke after the marker.
  const before = p > 0 ? lines[body[p - 1]!]!.text : "";
  const piece = shape.breaksAfterMarkers && p > 0 && endsWithMarker(before) && !shape.blankBefore(p);
  if (piece) prevFill += shape.right(p - 1) / shape.width(p - 1);
  // A paragraph's first line is shorter by its indent: full for a first line is less.
  else if (shape.indent(p) === null && firstLine) prevFill += 0.05;
  const room = printedRoom(shape, body.length, k, p, piece ? p - 1 : -1, firstLine, endsParagraph(t));
  // Every property in the literal (no spread): a spread's shape is held weakly and dies at a full collection.
  return {
    prevRoom: room.prevRoom,
    overFirst: room.overFirst,
    nextRoom: room.nextRoom,
    prevEnd,
    prevFill,
    fill,
    brokenAfterMarker,
    endsHere: endsParagraph(t),
    blankBefore: shape.blankBefore(k),
    blankSeparated: shape.blankSeparated,
    indent: shape.indent(k),
  };
}

/**
 * The printed-width cues of the line start at body index k after the line p (with the piece `piece` of the same
 * printed line before it, -raw, or -1), where the document shows its first-line indent (paragraph-start.ts).
 */
function printedRoom(shape: PageShape, n: number, k: number, p: number, piece: number, prevFirst: boolean, endsHere: boolean): Pick<StartEvidence, "prevRoom" | "overFirst" | "nextRoom"> {
  const w = shape.measure;
  if (p < 0 || !(shape.firstMeasure < w)) return { prevRoom: null, overFirst: null, nextRoom: null };
  const prev = shape.printed(p) + (piece >= 0 ? shape.printed(piece) + SPACE : 0);
  return {
    prevRoom: ((prevFirst ? shape.firstMeasure : w) - prev - SPACE - shape.firstWord(k)) / w,
    overFirst: (shape.printed(k) - shape.firstMeasure) / w,
    nextRoom: !endsHere && k + 1 < n ? (w - shape.printed(k) - SPACE - shape.firstWord(k + 1)) / w : null,
  };
}
const SPACE = 250;

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
  return OP_NUMBER.test(n) || LONE_NUMBER.test(n) || opens(n, "preamble") || opens(n, "operative") ? j : k;
}


/** A roman/letter label alone on a line starts a section when a heading or paragraph follows it. */
function isSectionStart(lines: Line[], body: number[], k: number): boolean {
  const next = k + 1 < body.length ? lines[body[k + 1]!]! : null;
  if (!next) return false;
  return /^[A-Z0-9(“"]/.test(next.text);
}



/** Without form feeds a page number may stand alone beside the running header, across blank lines. */
function markLonePageNumbers(lines: Line[], kind: Furniture["kind"], role: Role[], artefact: (i: number, kind: ArtefactKind) => void): void {
  for (let i = 0; i < lines.length; i++) {
    if (kind[i] !== "running-header") continue;
    for (const dir of [-1, 1]) {
      let j = i + dir;
      while (j >= 0 && j < lines.length && !lines[j]!.text) j += dir;
      if (j >= 0 && j < lines.length && LONE_NUMBER.test(lines[j]!.text) && role[j] === "body") artefact(j, "page-number");
    }
  }
}


/**
 * Whether the text holds an invisible format character that invisibleCuts cuts (a byte order mark at its start is
 * in no line): most texts hold none, and their lines are not scanned for one.
 */
function holdsInvisible(source: string): boolean {
  const re = /[\u2060\u200b\ufeff]/g;
  re.lastIndex = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  return re.test(source);
}

/** A line's repair cuts with its invisible format characters cut too, in order (word-repair.ts). */
function withInvisible(cuts: Span[], source: string, line: { start: number; end: number; cuts: Span[] }): Span[] {
  const invisible = invisibleCuts(source, line);
  return invisible.length ? [...cuts, ...invisible].sort((a, b) => a.start - b.start) : cuts;
}

/** Words pdftotext split inside justified lines joined back, and hyphens it took out put back (word-repair.ts), invisible format characters cut where the text holds any; the repair, for the footnotes. */
function repairWords(source: string, lines: Line[], role: Role[], drafts: DraftParagraph[], invisible: boolean): WordRepair {
  // The text lines' offsets in two arrays, counted first (an object per line was most of this pass's allocation).
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (role[i] === "body" || role[i] === "footnote") n++;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0, j = 0; i < lines.length; i++) {
    if (role[i] !== "body" && role[i] !== "footnote") continue;
    starts[j] = lines[i]!.trimStart;
    ends[j++] = lines[i]!.trimEnd;
  }
  const repair = new WordRepair(source, starts, ends);
  for (const d of drafts) {
    for (const dl of d.lines) {
      const cuts = invisible ? withInvisible(repair.cuts(dl), source, dl) : repair.cuts(dl);
      if (cuts.length) dl.cuts = [...dl.cuts, ...cuts].sort((a, b) => a.start - b.start);
      const inserts = repair.inserts(dl);
      if (inserts.length) dl.inserts = inserts;
    }
  }
  return repair;
}

/** Where italics are known, the opener is the italic run of the paragraph's first line (cue-reading.ts). */
function withCueOpener(p: PreambularParagraph | OperativeParagraph, d: DraftParagraph, source: string, lines: Line[], cues: CueIndex): PreambularParagraph | OperativeParagraph {
  const first = d.lines[0];
  if (!cues.italicsKnown || !first || d.moved) return p;
  const end = italicOpenerEnd(cues, lines[lineAt(lines, first.start)]!, source, first.start);
  if (end === null || first.cuts.some((c) => c.start < end)) return p;
  return { ...p, opener: withExtent(p.opener, source, { start: first.start, end }) };
}

