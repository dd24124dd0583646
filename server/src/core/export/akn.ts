/**
 * A resolution as Akoma Ntoso 3.0 in the UN profile (AKN4UN; the model, part by part, is docs/akn.md):
 * `<akomaNtoso><statement name="resolution" contains="originalVersion">` with `<meta>` (FRBR identification),
 * `<preface>` (masthead, number and title), `<preamble>` (the organ line as `<formula>`, one
 * `<container name="{opener}">` per preambular paragraph), `<mainBody>` (`<paragraph eId="para_N">`, sub-paragraphs
 * as `<list>`/`<point>`, sections as `<section>`), `<conclusions>` (meeting and date) and annexes as
 * `<attachments>`. Footnotes are `<authorialNote>`s where their markers stand.
 *
 * Pure and deterministic: the tree in, one XML string out; no clock (the manifestation date is the work's
 * unless the caller gives one). Every piece of document text is escaped.
 */
import type { Footnote, MappedText, Span, OperativeParagraph, Paragraph, PreambularParagraph, Resolution, Section, Subparagraph } from "../syntax/tree";
import { TextBuilder } from "../syntax/mapped";
import { escapeXml as esc } from "./docx";
import { citations, containerName, EIds, eIdNumber, frbrIdentity, readDate, type Citation, type FrbrIdentity } from "./akn-names";

export const AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

export interface AknOptions {
  /** ISO 639-2 code of the text's language (default `eng`). */
  readonly language?: string;
  /** `YYYY-MM-DD` the XML was made, for the manifestation (default: the work's date, so output is reproducible). */
  readonly generated?: string;
}

/** A footnote and where its note goes: at the first of its markers in source order. */
interface Note {
  readonly footnote: Footnote;
  readonly eId: string;
  placed: boolean;
}

interface MarkerAt {
  readonly start: number;
  readonly note: Note;
  /** The first marker of its footnote carries the note; later ones refer to it. */
  readonly first: boolean;
}

interface Writer {
  readonly tree: Resolution;
  readonly ids: EIds;
  readonly notes: Note[];
  /** Every footnote marker, by source offset. */
  readonly markers: readonly MarkerAt[];
  /** Markers already written (a marker at the edge of two rendered slices is written once). */
  readonly done: Set<number>;
  /** Resolutions cited with their date, by source offset: `<ref href>`. */
  readonly citations: readonly Citation[];
}

export function exportAkn(tree: Resolution, options: AknOptions = {}): string {
  const frbr = frbrIdentity(tree, options.language ?? "eng");
  const w = writer(tree);
  // The body is written before the preface so that notes whose marker is nowhere in the body (a marker on
  // the symbol, a marker the reader could not place) are known and kept, at the end of the title.
  const preamble = writePreamble(w);
  const body = writeMainBody(w);
  const conclusions = writeConclusions(w);
  const attachments = writeAttachments(w, frbr, options);
  const preface = writePreface(w, frbr.docName === "resolutionDraft");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<akomaNtoso xmlns="${AKN_NS}">\n` +
    `<statement name="${frbr.docName}" contains="originalVersion">\n` +
    writeMeta(frbr, "main", options, references(tree.closing?.meeting != null)) +
    preface + preamble + body + conclusions + attachments +
    `</statement>\n</akomaNtoso>\n`
  );
}

function writer(tree: Resolution): Writer {
  const ids = new EIds();
  const notes: Note[] = tree.footnotes.map((f, i) => ({ footnote: f, eId: ids.take(`ftn_${noteNumber(f.number.value, i)}`), placed: false }));
  const markers: MarkerAt[] = [];
  for (const note of notes) {
    const sorted = [...note.footnote.markers].sort((a, b) => a.span.start - b.span.start);
    sorted.forEach((m, i) => markers.push({ start: m.span.start, note, first: i === 0 }));
  }
  markers.sort((a, b) => a.start - b.start);
  return { tree, ids, notes, markers, done: new Set(), citations: citations(tree) };
}

const noteNumber = (printed: string, index: number): string => (printed === "*" ? "asterisk" : /^[A-Za-z0-9]+$/.test(printed) ? printed : `n${index + 1}`);

// ---------------------------------------------------------------------------------------------------------
// Inline text: a slice of a paragraph's words, escaped, with the opener in italics and notes at their markers.

/** The offset in `m.text` of a source offset: inside a piece exactly, between pieces the end of the one before. */
function textAt(m: MappedText, source: number): number {
  let at = 0;
  for (const p of m.pieces) {
    if (source < p.start) break;
    if (source <= p.end) return p.at + (source - p.start);
    at = p.at + (p.end - p.start);
  }
  return at;
}

/**
 * `m.text[from, to)` as XML. `extent` is the source span of the element the text belongs to: its markers are
 * those inside it (a marker after a paragraph's last word lies outside every piece of its text).
 */
function inline(w: Writer, m: MappedText, extent: Span, from: number, to: number, italic: readonly [number, number] | null = null): string {
  const text = m.text;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const inserts: { at: number; order: number; xml: string }[] = [];
  if (italic && italic[0] < to && italic[1] > from && italic[1] > italic[0]) {
    inserts.push({ at: Math.max(from, italic[0]), order: 2, xml: "<i>" }, { at: Math.min(to, italic[1]), order: 0, xml: "</i>" });
  }
  if (m.pieces.length) {
    for (const mk of within(w.markers, extent)) {
      if (w.done.has(mk.start)) continue;
      const at = textAt(m, mk.start);
      if (at < from || at > to) continue;
      w.done.add(mk.start);
      inserts.push({ at, order: 1, xml: mk.first ? noteXml(w, mk.note) : noteRefXml(mk.note) });
    }
    for (const c of within(w.citations, extent)) {
      const a = textAt(m, c.start);
      const b = textAt(m, c.end);
      // Only a number printed whole in this slice, outside the italic opener, so the tags nest.
      if (b - a !== c.end - c.start || a < from || b > to || (italic && a < italic[1] && b > italic[0])) continue;
      inserts.push({ at: a, order: 2, xml: `<ref href="${c.href}">` }, { at: b, order: 0, xml: "</ref>" });
    }
  }
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = "";
  let pos = from;
  for (const ins of inserts) {
    out += esc(text.slice(pos, ins.at)) + ins.xml;
    pos = ins.at;
  }
  return out + esc(text.slice(pos, to));
}

/** The items of a list sorted by `start` that start inside `extent` (binary search to the first). */
function within<T extends { readonly start: number }>(items: readonly T[], extent: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < extent.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < extent.end; i++) out.push(items[i]!);
  return out;
}

function noteXml(w: Writer, note: Note): string {
  note.placed = true;
  const f = note.footnote;
  // A footnote's own text carries no markers (a damaged page can put body lines inside a footnote's span).
  const body = inline(w, f.body, { start: 0, end: 0 }, 0, f.body.text.length);
  return `<sup class="footnote"><authorialNote eId="${note.eId}" marker="${esc(f.number.value)}" placement="bottom"><p>${body}</p></authorialNote></sup>`;
}

const noteRefXml = (note: Note): string =>
  `<sup class="footnote"><noteRef href="#${note.eId}" marker="${esc(note.footnote.number.value)}" placement="bottom"/></sup>`;

/** The opener's extent in the paragraph's text, for `<i>`. */
function openerRange(p: Paragraph): [number, number] | null {
  if (!p.opener) return null;
  return [textAt(p.body, p.opener.span.start), textAt(p.body, p.opener.span.end)];
}

// ---------------------------------------------------------------------------------------------------------
// Sub-paragraphs: `<list>`/`<point>` in hierarchies (operative paragraphs, AKN4UN's model); `<blockList>`/
// `<item>` inside a preamble `<container>`, which holds blocks only. Every piece is a run of the paragraph's own
// text, so the export has exactly the paragraph's words: the lead-in, each item from after its label to the next
// label, the tail after the last item.

interface Run {
  readonly m: MappedText;
  /** Source span whose footnote markers belong to the run. */
  readonly extent: Span;
  readonly from: number;
  readonly to: number;
}

interface Parts {
  readonly intro: Run;
  readonly items: { readonly sub: Subparagraph; readonly run: Run }[];
  readonly wrap: Run;
}

function split(run: Run, subs: readonly Subparagraph[]): Parts {
  const { m, from, to } = run;
  const at = (source: number, min: number) => Math.min(to, Math.max(min, textAt(m, source)));
  const introEnd = at(subs[0]!.label.span.start, from);
  const items: Parts["items"][number][] = [];
  let prev = introEnd;
  const starts = subs.map((s) => s.label.span.end);
  const wrapStart = Math.max(at(subs[subs.length - 1]!.span.end, from), at(starts[starts.length - 1]!, from));
  subs.forEach((sub, i) => {
    const start = at(sub.label.span.end, prev);
    const end = i + 1 < subs.length ? at(subs[i + 1]!.label.span.start, start) : Math.max(start, wrapStart);
    items.push({ sub, run: { ...run, from: start, to: end } });
    prev = end;
  });
  return { intro: { ...run, to: introEnd }, items, wrap: { ...run, from: Math.max(prev, wrapStart) } };
}

const text = (w: Writer, r: Run, italic: [number, number] | null = null) => inline(w, r.m, r.extent, r.from, r.to, italic);

function hierContent(w: Writer, run: Run, subs: readonly Subparagraph[], id: string, italic: [number, number] | null): string {
  if (!subs.length) return `<content><p>${text(w, run, italic)}</p></content>`;
  const parts = split(run, subs);
  const listId = w.ids.take(`${id}__list_1`);
  const introXml = text(w, parts.intro, italic);
  const points = parts.items.map(({ sub, run: r }) => {
    const pid = w.ids.take(`${listId}__point_${eIdNumber(sub.label.value)}`);
    return `<point eId="${pid}"><num>${esc(sub.label.value)}</num>${hierContent(w, r, sub.children, pid, null)}</point>`;
  });
  const wrapXml = text(w, parts.wrap);
  return (
    `<list eId="${listId}">` + (introXml ? `<intro><p>${introXml}</p></intro>` : "") + points.join("") +
    (wrapXml ? `<wrapUp><p>${wrapXml}</p></wrapUp>` : "") + `</list>`
  );
}

function blockContent(w: Writer, run: Run, subs: readonly Subparagraph[], id: string, italic: [number, number] | null): string {
  if (!subs.length) return `<p>${text(w, run, italic)}</p>`;
  const parts = split(run, subs);
  const listId = w.ids.take(`${id}__list_1`);
  const introXml = text(w, parts.intro, italic);
  const items = parts.items.map(({ sub, run: r }) => {
    const iid = w.ids.take(`${listId}__item_${eIdNumber(sub.label.value)}`);
    return `<item eId="${iid}"><num>${esc(sub.label.value)}</num>${blockContent(w, r, sub.children, iid, null)}</item>`;
  });
  const wrapXml = text(w, parts.wrap);
  return (
    `<blockList eId="${listId}">` + (introXml ? `<listIntroduction>${introXml}</listIntroduction>` : "") + items.join("") +
    (wrapXml ? `<listWrapUp>${wrapXml}</listWrapUp>` : "") + `</blockList>`
  );
}

/** The whole of a paragraph's text as one run. */
const whole = (p: Paragraph): Run => ({ m: p.body, extent: p.span, from: 0, to: p.body.text.length });

// ---------------------------------------------------------------------------------------------------------
// The blocks of the statement, in document order.

function writePreamble(w: Writer): string {
  const { tree } = w;
  const own = tree.preamble.filter((p) => sectionOf(tree, p) === null);
  if (!tree.organ && !own.length) return "";
  let out = "<preamble>\n";
  if (tree.organ) {
    out += `<formula name="enactingFormula"><p><i>${esc(tree.organ.name.value)}</i>${tree.organ.comma ? "," : ""}</p></formula>\n`;
  }
  for (const p of own) {
    const id = w.ids.take(`preamble__container_${p.index}`);
    out += `<container eId="${id}" name="${esc(containerName(p.opener?.text))}">${blockContent(w, whole(p), p.subparagraphs, id, openerRange(p))}</container>\n`;
  }
  return out + "</preamble>\n";
}

function writeMainBody(w: Writer): string {
  const { tree } = w;
  const top = tree.sections.filter((s) => parentOf(tree, s) === null);
  const items: { start: number; xml: () => string }[] = [
    ...tree.operative.filter((p) => sectionOf(tree, p) === null).map((p) => ({ start: p.span.start, xml: () => operative(w, p) })),
    ...top.map((s) => ({ start: s.span.start, xml: () => section(w, s, "") })),
  ];
  items.sort((a, b) => a.start - b.start);
  const inner = items.map((i) => i.xml()).join("");
  // The schema wants at least one element in the main body; a fragment without operative part gets an empty one.
  return `<mainBody>\n${inner || "<p/>\n"}</mainBody>\n`;
}

function operative(w: Writer, p: OperativeParagraph): string {
  const n = p.number;
  const id = w.ids.take(`para_${n ? eIdNumber(n.text) : p.index}`);
  const num = n ? `<num>${esc(n.text)}.</num>` : "";
  return `<paragraph eId="${id}">${num}${hierContent(w, whole(p), p.subparagraphs, id, openerRange(p))}</paragraph>\n`;
}

/** A preambular paragraph inside a section (Fifth Committee style): a named `<hcontainer>`. */
function sectionPreamble(w: Writer, p: PreambularParagraph, prefix: string, k: number): string {
  const id = w.ids.take(`${prefix}__hcontainer_${k}`);
  return `<hcontainer eId="${id}" name="${esc(containerName(p.opener?.text))}">${hierContent(w, whole(p), p.subparagraphs, id, openerRange(p))}</hcontainer>\n`;
}

function section(w: Writer, s: Section, prefix: string): string {
  const { tree } = w;
  const id = w.ids.take(`${prefix ? `${prefix}__` : ""}sec_${eIdNumber(s.label.value)}`);
  const children: { start: number; xml: () => string }[] = [];
  let k = 0;
  for (const p of [...tree.preamble, ...tree.operative].sort((a, b) => a.span.start - b.span.start)) {
    if (sectionOf(tree, p) !== s) continue;
    children.push({ start: p.span.start, xml: p.kind === "preamble" ? () => sectionPreamble(w, p, id, ++k) : () => operative(w, p) });
  }
  for (const sub of tree.sections) if (parentOf(tree, sub) === s) children.push({ start: sub.span.start, xml: () => section(w, sub, id) });
  children.sort((a, b) => a.start - b.start);
  const heading = s.heading ? `<heading>${esc(s.heading.value)}</heading>` : "";
  return `<section eId="${id}"><num>${esc(s.label.value)}</num>${heading}\n${children.map((c) => c.xml()).join("")}</section>\n`;
}

/** The innermost section whose span holds the paragraph's start. */
function sectionOf(tree: Resolution, p: Paragraph): Section | null {
  let found: Section | null = null;
  for (const s of tree.sections) {
    if (s.span.start <= p.span.start && p.span.start < s.span.end && (!found || s.level >= found.level)) found = s;
  }
  return found;
}

/** A nested section's enclosing one. */
function parentOf(tree: Resolution, s: Section): Section | null {
  let found: Section | null = null;
  for (const o of tree.sections) {
    if (o !== s && o.level < s.level && o.span.start <= s.span.start && s.span.start < o.span.end) found = o;
  }
  return found;
}

function writeConclusions(w: Writer): string {
  const c = w.tree.closing;
  if (!c) return "";
  const parts: string[] = [];
  if (c.meeting) parts.push(`<event refersTo="#meeting">${esc(c.meeting.value)}</event>`);
  if (c.date) {
    const iso = readDate(c.date.value);
    parts.push(iso ? `<docDate date="${iso}">${esc(c.date.value)}</docDate>` : esc(c.date.value));
  }
  const id = w.ids.take("conclusions__container_1");
  return `<conclusions>\n<container eId="${id}" name="conclusion"><p>${parts.join(" ")}</p></container>\n</conclusions>\n`;
}

function writePreface(w: Writer, draft: boolean): string {
  const { tree } = w;
  const h = tree.header;
  const lines: string[] = [];
  if (h.symbol) lines.push(`<p class="symbol"><docNumber refersTo="#symbol">${esc(h.symbol.value)}</docNumber></p>`);
  if (h.distribution) {
    const d = h.distributionDate;
    const iso = readDate(d?.value);
    const date = d ? ` ${iso ? `<date date="${iso}" refersTo="#issueDate">${esc(d.value)}</date>` : esc(d.value)}` : "";
    lines.push(`<p class="distribution"><docStatus>Distr.: ${esc(h.distribution.value)}</docStatus>${date}</p>`);
  }
  if (h.session) lines.push(`<p><session value="${h.sessionNumber ?? esc(h.session.value)}">${esc(h.session.value)}</session></p>`);
  if (h.agendaItem) lines.push(`<p class="agendaItem">Agenda item ${esc(h.agendaItem.value)}</p>`);
  if (h.agendaTitle) lines.push(`<p class="agendaTitle">${esc(h.agendaTitle.value)}</p>`);
  if (h.adoptionDate) {
    const iso = readDate(h.adoptionDate.value);
    const date = iso ? `<docDate date="${iso}">${esc(h.adoptionDate.value)}</docDate>` : esc(h.adoptionDate.value);
    // A draft's front matter `date:` is when it was written, not an adoption.
    lines.push(draft ? `<p class="date">${date}</p>` : `<p class="adoption"><docStage>Resolution adopted by the General Assembly</docStage> ${date}</p>`);
  }
  if (h.committee) lines.push(`<p class="committee">[${esc(h.committee.value)}]</p>`);
  if (h.sponsors) lines.push(`<p class="sponsors"><docProponent>${esc(h.sponsors.value)}</docProponent>: <docType>draft resolution</docType></p>`);
  const masthead = lines.length ? `<container eId="${w.ids.take("preface__container_1")}" name="masthead">${lines.join("")}</container>\n` : "";
  const t = tree.title;
  const titleXml = t
    ? (t.number ? `<docNumber>${esc(t.number.value)}</docNumber>. ` : "") + `<docTitle>${inline(w, t.text, t.span, 0, t.text.text.length)}</docTitle>`
    : "";
  // Notes no marker in the written text carries (a marker on the symbol, or one the reader did not find).
  const left = w.notes.filter((n) => !n.placed).map((n) => noteXml(w, n)).join("");
  const title = titleXml || left ? `<p>${titleXml}${left}</p>\n` : "";
  if (!masthead && !title) return "";
  return `<preface>\n${masthead}${title}</preface>\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Annexes: each an attached `<doc name="annex">`, its lines joined into paragraphs, page furniture left out.

function writeAttachments(w: Writer, frbr: FrbrIdentity, options: AknOptions): string {
  const { tree } = w;
  if (!tree.annexes.length) return "";
  const out = tree.annexes.map((a, i) => {
    const id = w.ids.take(`att_${i + 1}`);
    const paras = annexParagraphs(tree, a.heading.span.end, a.span.end).map(({ text, extent }) => `<p>${inline(w, text, extent, 0, text.text.length)}</p>\n`);
    return (
      `<attachment eId="${id}"><doc name="annex">\n` + writeMeta(frbr, `annex_${i + 1}`, options, "") +
      `<preface><p><docTitle>${esc(a.heading.value)}</docTitle></p></preface>\n` +
      `<mainBody>\n${paras.join("") || "<p/>\n"}</mainBody>\n</doc></attachment>\n`
    );
  });
  return `<attachments>\n${out.join("")}</attachments>\n`;
}

/** The annex's text between `from` and `to` as paragraphs: a line ending in `.`, `;` or `:`, or a blank line, ends one. */
function annexParagraphs(tree: Resolution, from: number, to: number): { text: MappedText; extent: Span }[] {
  const skip = [...tree.artefacts.map((a) => a.span), ...tree.footnotes.map((f) => f.span), ...tree.footnotes.flatMap((f) => f.markers.map((m) => m.span))]
    .filter((s) => s.end > from && s.start < to)
    .sort((a, b) => a.start - b.start);
  const src = tree.source;
  const paras: { text: MappedText; extent: Span }[] = [];
  let b: TextBuilder | null = null;
  let start = from;
  // A paragraph's extent runs to the end of its last line, so a marker after its last word is its own.
  const end = (at: number) => {
    if (b && b.length) paras.push({ text: b.build(), extent: { start, end: at } });
    b = null;
  };
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = src.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const segments = cut(lineStart, lineEnd, skip);
    const words = segments.map(([s, e]) => trimSpan(src, s, e)).filter(([s, e]) => e > s);
    if (!words.length) {
      if (!/\S/.test(src.slice(lineStart, lineEnd))) end(lineStart);
    } else {
      if (!b) {
        b = new TextBuilder(src);
        start = lineStart;
      }
      for (const [s, e] of words) {
        if (b.length && b.last() !== " ") b.join(" ");
        b.add(s, e);
      }
      if (/[.;:]$/.test(b.last())) end(lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  end(to);
  return paras;
}

/** [start, end) minus the skipped spans. */
function cut(start: number, end: number, skip: readonly { start: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  for (const s of skip) {
    if (s.end <= at || s.start >= end) continue;
    if (s.start > at) out.push([at, s.start]);
    at = Math.max(at, s.end);
  }
  if (at < end) out.push([at, end]);
  return out;
}

function trimSpan(src: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(src[s]!)) s++;
  while (e > s && /\s/.test(src[e - 1]!)) e--;
  return [s, e];
}

// ---------------------------------------------------------------------------------------------------------
// Metadata.

/** `references` is the main document's TLC list; an annex refers to it and has none of its own (eIds stay unique). */
function writeMeta(frbr: FrbrIdentity, component: string, options: AknOptions, references: string): string {
  const made = options.generated ?? frbr.date;
  const part = `!${component}`;
  return (
    `<meta>\n<identification source="#resdraft">\n` +
    `<FRBRWork><FRBRthis value="${frbr.work}/${part}"/><FRBRuri value="${frbr.work}"/>` +
    `<FRBRdate date="${frbr.date}" name="${frbr.dateName}"/><FRBRauthor href="#ga"/><FRBRcountry value="un"/>` +
    `<FRBRsubtype value="deliberation"/><FRBRnumber value="${frbr.number}"/><FRBRname value="${frbr.docName}"/></FRBRWork>\n` +
    `<FRBRExpression><FRBRthis value="${frbr.expression}/${part}"/><FRBRuri value="${frbr.expression}"/>` +
    `<FRBRdate date="${frbr.date}" name="${frbr.dateName}"/><FRBRauthor href="#ga"/><FRBRlanguage language="${esc(frbr.language)}"/></FRBRExpression>\n` +
    `<FRBRManifestation><FRBRthis value="${frbr.expression}/${part}.xml"/><FRBRuri value="${frbr.expression}.akn"/>` +
    `<FRBRdate date="${made}" name="generation"/><FRBRauthor href="#resdraft"/></FRBRManifestation>\n` +
    `</identification>\n` +
    references + `</meta>\n`
  );
}

/** The organisations and concepts that `source`, `href="#…"` and `refersTo` point to. */
function references(meeting: boolean): string {
  return (
    `<references source="#resdraft">` +
    `<TLCOrganization eId="un" href="/ontology/organization/un/unitedNations" showAs="United Nations"/>` +
    `<TLCOrganization eId="ga" href="/ontology/organization/un/generalAssembly" showAs="General Assembly"/>` +
    `<TLCOrganization eId="resdraft" href="/ontology/organization/resdraft" showAs="resdraft"/>` +
    (meeting ? `<TLCEvent eId="meeting" href="/ontology/event/un/ga/plenaryMeeting" showAs="Plenary meeting"/>` : "") +
    `<TLCConcept eId="symbol" href="/ontology/concept/un/documentSymbol" showAs="Document symbol"/>` +
    `<TLCConcept eId="issueDate" href="/ontology/concept/un/issueDate" showAs="Date of issue"/>` +
    `</references>\n`
  );
}
