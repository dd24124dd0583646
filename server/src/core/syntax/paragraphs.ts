/**
 * Turning located paragraph lines into tree paragraphs: body text (markers cut, lines joined),
 * opener, sub-paragraphs. Shared by both formats, which differ only in how they find lines.
 */
import { LineJoiner, sourceSpan, type Segment } from "./mapped";
import { paragraphOpener, type OpenerKind } from "./opener";
import { romanValue, SUB_LABEL } from "./patterns";
import type {
  Field, FootnoteMarker, MappedText, OperativeParagraph, Section, ParagraphNumber, PreambularParagraph, Span, Subparagraph,
} from "./tree";

/** One source line of a paragraph: the part that belongs to the text, and marker spans to cut from it. */
export interface DraftLine {
  start: number;
  end: number;
  /** Spans to remove (a marker and the white space that set it off), ordered, inside [start, end). */
  cuts: Span[];
  /**
   * Text to put in at source offsets (a hyphen pdftotext took out, word-repair.ts), ordered. Every line is made with
   * the key (undefined until word repair sets it): a line given it later would have a shape of its own, and V8 drops
   * the optimized code of the functions that read lines whenever no line of that rarer shape is left alive.
   */
  inserts: { at: number; text: string }[] | undefined;
}

export interface DraftParagraph {
  kind: OpenerKind;
  /** Start of the paragraph (its number when numbered). */
  start: number;
  number: ParagraphNumber | null;
  lines: DraftLine[];
  markers: FootnoteMarker[];
  section: string | null;
  /**
   * Official text: line starts are where pdftotext wrapped, so a label there may belong to an enumeration
   * running inside the text; only a list that starts at (a) and goes on letter by letter is sub-paragraphs.
   */
  strictLabels?: boolean;
  /**
   * Official text: a lead-in tail such as `this end:` that pdftotext lifted out of a justified line and printed
   * before the paragraph's text. It is read after the paragraph's first line, as joiner text (its source line is
   * listed as an artefact), because the pieces of a text must stay in source order.
   */
  moved?: string;
  /** Official text: the paragraph's short last line, printed before its first line (`4.` / `Agency;` / `Appeals …`). */
  movedEnd?: string;
  /**
   * Official text: words pdftotext lifted out of the justified line `after` (an index into `lines`) and printed
   * after the paragraph's last line, each alone between blank lines (`Takes note of the report` /
   * `recommendations contained therein;` / `of` / `the` / `Secretary-General 7 and` / `the`). They are read after
   * that line as joiner text, because the pieces of a text must stay in source order; their source lines are
   * artefacts. They are lines with cuts all the same, so a footnote marker among them is found and cut.
   */
  lifted?: { after: number; lines: DraftLine[] };
}

/** The lines of a paragraph in reading order: its own lines, with lifted words after the line they came from. */
export function readingOrder(d: DraftParagraph): DraftLine[] {
  if (!d.lifted) return d.lines;
  const at = d.lifted.after + 1;
  return [...d.lines.slice(0, at), ...d.lifted.lines, ...d.lines.slice(at)];
}

/** The text of lifted lines: each line with its cuts removed, lines joined by a space. */
function liftedText(source: string, lines: readonly DraftLine[]): string {
  return lines.map((l) => segments(l).map((s) => source.slice(s.start, s.end)).join("")).filter(Boolean).join(" ");
}

/**
 * The text of a paragraph's (or an item's) lines: each line with its cuts removed and its inserts put in, `after`
 * read after the line of its index. A line with no inserts (nearly all) is fed to the joiner span by span.
 */
function joinDraftLines(source: string, lines: readonly DraftLine[], after?: ReadonlyMap<number, string>): MappedText {
  const j = new LineJoiner(source);
  for (let i = 0; i < lines.length; i++) {
    j.line();
    const l = lines[i]!;
    if (l.inserts?.length) {
      for (const s of segments(l)) j.segment(s.start, s.end, s.before);
    } else {
      let at = l.start;
      for (const c of l.cuts) {
        if (c.start > at) j.segment(at, Math.min(c.start, l.end));
        at = Math.max(at, c.end);
      }
      if (l.end > at) j.segment(at, l.end);
    }
    const moved = after?.get(i);
    if (moved) j.after(moved);
  }
  return j.build();
}

function segments(line: DraftLine): Segment[] {
  const out: Segment[] = [];
  let at = line.start;
  for (const c of line.cuts) {
    if (c.start > at) out.push({ start: at, end: Math.min(c.start, line.end) });
    at = Math.max(at, c.end);
  }
  if (line.end > at) out.push({ start: at, end: line.end });
  return line.inserts?.length ? withInserts(out, line.inserts) : out;
}

/** Segments split where text is put in: the piece after an insert carries it as its joiner. */
function withInserts(segs: Segment[], inserts: readonly { at: number; text: string }[]): Segment[] {
  const out: Segment[] = [];
  let k = 0;
  for (const s of segs) {
    let start = s.start;
    while (k < inserts.length && inserts[k]!.at < s.end) {
      const ins = inserts[k++]!;
      if (ins.at <= start) continue;
      out.push({ start, end: ins.at });
      out.push({ start: ins.at, end: ins.at, before: ins.text });
      start = ins.at;
    }
    out.push({ start, end: s.end });
  }
  // An empty segment holding an insert joins the one after it.
  const merged: Segment[] = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.start === prev.end && prev.before && prev.end === s.start) merged[merged.length - 1] = { ...s, before: prev.before };
    else merged.push(s);
  }
  return merged;
}

function markersIn(markers: readonly FootnoteMarker[], start: number, end: number): FootnoteMarker[] {
  return markers.filter((m) => m.span.start >= start && m.span.end <= end);
}

interface LabelInfo {
  line: number;
  label: string;
  labelEnd: number;
  bodyStart: number;
  level: 1 | 2;
}

/** Letters that are also roman numerals are letters when they follow their alphabetical predecessor. */
function levelOf(inner: string, prevLetter: string | null): 1 | 2 {
  if (!/^[ivxl]+$/.test(inner)) return 1;
  if (inner.length === 1 && prevLetter && prevLetter.charCodeAt(0) + 1 === inner.charCodeAt(0)) return 1;
  if (inner.length === 2 && inner[0] === inner[1] && prevLetter === inner) return 1;
  return romanValue(inner) > 0 ? 2 : 1;
}

/** `a` → `b`, `z` → `aa`, `aa` → `bb`. */
function nextLetter(l: string): string {
  if (l === "z") return "aa";
  const c = String.fromCharCode(l.charCodeAt(0) + 1);
  return l.length === 2 ? c + c : c;
}

function findLabels(source: string, lines: readonly DraftLine[], strict: boolean): LabelInfo[] {
  const labels: LabelInfo[] = [];
  let prevLetter: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // A label opens with `(`: other lines (nearly all) are passed over before a slice is made for them.
    if (l.end <= l.start || source.charCodeAt(l.start) !== 40) continue;
    const text = source.slice(l.start, Math.min(l.end, l.start + 12));
    const m = SUB_LABEL.exec(text);
    if (!m) continue;
    const inner = m[1]!;
    const level = levelOf(inner, prevLetter);
    // A lettered item that continues an enumeration running inside the text (`…; (c) give …;` / `(d) ensure …`)
    // is not a sub-paragraph: a list on lines of its own starts at (a) and goes on letter by letter.
    if (strict && level === 1 && inner !== "a" && (prevLetter === null || nextLetter(prevLetter) !== inner)) continue;
    if (level === 1) prevLetter = inner;
    // The first roman item must be (i); the first letter item should be (a).
    if (level === 2 && !labels.some((x) => x.level === 1) && inner !== "i") continue;
    labels.push({ line: i, label: `(${inner})`, labelEnd: l.start + inner.length + 2, bodyStart: l.start + m[0].length, level });
  }
  return labels;
}

function buildSubs(
  source: string, lines: readonly DraftLine[], markers: readonly FootnoteMarker[], strict: boolean, lifted?: { after: number; text: string },
): Subparagraph[] {
  const labels = findLabels(source, lines, strict);
  if (!labels.length) return [];
  const make = (k: number, level: 1 | 2, children: Subparagraph[]): Subparagraph => {
    const lab = labels[k]!;
    // The item runs to the next label of the same or a higher level.
    let endLine = lines.length;
    for (let j = k + 1; j < labels.length; j++) {
      if (labels[j]!.level <= level) {
        endLine = labels[j]!.line;
        break;
      }
    }
    const first = lines[lab.line]!;
    // The first line from the body on, with its cuts and the hyphens word repair put back there.
    const inserts = first.inserts?.filter((x) => x.at >= lab.bodyStart);
    const own: DraftLine[] = [{ start: lab.bodyStart, end: first.end, cuts: first.cuts.filter((c) => c.start >= lab.bodyStart), inserts: inserts?.length ? inserts : undefined }];
    for (let j = lab.line + 1; j < endLine; j++) own.push(lines[j]!);
    const end = own[own.length - 1]!.end;
    // Lifted words belong to the item that holds the line they were lifted from.
    const ownLifted = lifted && lifted.after >= lab.line && lifted.after < endLine ? new Map([[lifted.after - lab.line, lifted.text]]) : undefined;
    return {
      label: { value: lab.label, span: { start: first.start, end: lab.labelEnd } },
      level,
      body: joinDraftLines(source, own, ownLifted),
      markers: markersIn(markers, lab.bodyStart, end),
      children,
      span: { start: first.start, end: Math.max(end, lab.labelEnd) },
    };
  };
  const top: Subparagraph[] = [];
  for (let k = 0; k < labels.length; k++) {
    if (labels[k]!.level !== 1) {
      if (!labels.slice(0, k).some((x) => x.level === 1)) top.push(make(k, 1, []));
      continue;
    }
    const kids: Subparagraph[] = [];
    for (let j = k + 1; j < labels.length && labels[j]!.level === 2; j++) kids.push(make(j, 2, []));
    top.push(make(k, 1, kids));
  }
  return top;
}

/**
 * Text read after a line (its index in `lines`): lifted words, a lead-in tail, a last line printed first. Null for
 * nearly every paragraph, which has none.
 */
function textAfterLines(d: DraftParagraph, lifted: { after: number; text: string } | undefined): Map<number, string> | undefined {
  if (!lifted && !d.moved && !d.movedEnd) return undefined;
  const after = new Map<number, string>();
  const add = (i: number, text: string): void => {
    if (text) after.set(i, after.has(i) ? `${after.get(i)} ${text}` : text);
  };
  // Lifted words come from inside their line, a lead-in tail (`this end:`) from its end.
  if (lifted) add(lifted.after, lifted.text);
  if (d.moved) add(0, d.moved);
  if (d.movedEnd) add(Math.max(0, d.lines.length - 1), d.movedEnd);
  return after.size ? after : undefined;
}

export function finishParagraph(source: string, d: DraftParagraph, index: number): PreambularParagraph | OperativeParagraph {
  const lifted = d.lifted ? { after: d.lifted.after, text: liftedText(source, d.lifted.lines) } : undefined;
  const body = joinDraftLines(source, d.lines, textAfterLines(d, lifted));
  const last = d.lines[d.lines.length - 1];
  // The span runs over lifted words printed after the last line, so the paragraph holds a marker among them.
  const liftedEnd = d.lifted?.lines[d.lifted.lines.length - 1]?.end ?? 0;
  const end = Math.max(last ? last.end : d.number ? d.number.span.end : d.start, liftedEnd);
  // Position decides the kind; a leading negotiation bracket is skipped (opener.ts).
  const m = paragraphOpener(body.text, d.kind);
  const opener = m ? { text: m.text, span: sourceSpan(body, m.at, m.at + m.length, d.start), head: m.head, known: m.known } : null;
  const span = { start: d.start, end: Math.max(end, d.start) };
  const subparagraphs = buildSubs(source, d.lines, d.markers, d.strictLabels === true, lifted);
  // One literal per kind, its keys always in this order: one object shape per kind, and the same JSON.
  return d.kind === "preamble"
    ? { kind: "preamble", index, span, body, opener, markers: d.markers, subparagraphs, section: d.section }
    : { kind: "operative", number: d.number, index, span, body, opener, markers: d.markers, subparagraphs, section: d.section };
}

/** Cut spans for markers: the marker and the white space before it (or after it at a line start). */
export function cutFor(source: string, lineStart: number, marker: Span): Span {
  let s = marker.start;
  while (s > lineStart && /[ \t\u00a0]/.test(source[s - 1]!)) s--;
  if (s === lineStart) {
    let e = marker.end;
    while (e < source.length && /[ \t\u00a0]/.test(source[e]!)) e++;
    return { start: marker.start, end: e };
  }
  return { start: s, end: marker.end };
}

/** Whether the spans start in order (equal starts allowed): the order a stable sort by start keeps as it is. */
export function inSourceOrder(items: readonly { span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.span.start > items[i]!.span.start) return false;
  return true;
}

/** Section spans run from the label to the end of the last paragraph before the next section (one sweep). */
export function sectionSpans(
  sections: readonly { label: Field; heading: Field | null; level: number; start: number; end: number }[],
  paragraphs: readonly { span: Span }[],
): Section[] {
  // The paragraphs come in source order nearly always (preamble, then operative part): a stable sort of a sorted
  // list is that list, so it is copied and sorted only when it is not.
  const paras = inSourceOrder(paragraphs) ? paragraphs : [...paragraphs].sort((a, b) => a.span.start - b.span.start);
  let j = 0;
  return sections.map((s, i) => {
    const nextStart = sections[i + 1]?.start ?? Infinity;
    let end = s.end;
    while (j < paras.length && paras[j]!.span.start < s.start) j++;
    while (j < paras.length && paras[j]!.span.start < nextStart) end = Math.max(end, paras[j++]!.span.end);
    return { label: s.label, heading: s.heading, level: s.level, span: { start: s.start, end } };
  });
}
