/**
 * A resolution laid out as Word paragraphs: the one layout the clean export and the redline share.
 *
 * The document is a list of units (a masthead line, the title, the organ line, one resolution paragraph
 * with its sub-paragraphs, a section heading, the closing, an annex paragraph). A unit's `text` holds its
 * Word paragraphs joined by PARA (U+2029) and its footnote references as one private-use character each,
 * so that a word diff of two units' texts says, in one pass, which words, paragraph marks and footnote
 * references changed. Each Word paragraph has a named style (`styles`), so the Secretariat's template can
 * restyle the file; openers are the only character formatting (`italic`).
 */
import type { Footnote, FootnoteMarker, MappedText, Paragraph, Resolution, Span, Subparagraph } from "../syntax/tree";

/** Ends one Word paragraph inside a unit's text. */
export const PARA = "\u2029";

export interface Unit {
  /** What the unit is, for pairing across versions: `symbol`, `title`, `section:II`, `para`, `annex`. */
  readonly key: string;
  readonly text: string;
  /** One named paragraph style per Word paragraph of `text`. */
  readonly styles: readonly string[];
  /** [start, end) ranges of `text` in the opener character style. */
  readonly italic: readonly (readonly [number, number])[];
  /** For a resolution paragraph: its kind and 1-based index, as the comparison counts them. */
  readonly paragraph?: { readonly kind: "preamble" | "operative"; readonly index: number };
  /** Where the unit starts in the source (document order). */
  readonly at: number;
}

export interface Layout {
  readonly units: readonly Unit[];
  /** The text of each footnote a reference character stands for. */
  readonly notes: ReadonlyMap<string, string>;
  /** Footnotes printed with a mark of their own (`*`) rather than a number: Word's custom mark. */
  readonly marks: ReadonlyMap<string, string>;
}

/** The character a footnote's reference is written as (the redline gives paired footnotes one character). */
export type NoteChar = (footnoteIndex: number) => string;

/** Footnote reference characters: the Private Use Area from U+E000 (6,400 of them). */
export const NOTE_BASE = 0xe000;
export const isNoteChar = (c: string): boolean => c.length === 1 && c.charCodeAt(0) >= NOTE_BASE && c.charCodeAt(0) <= 0xf8ff;
export const defaultNoteChar: NoteChar = (i) => String.fromCharCode(NOTE_BASE + i);

const OPERATIVE_NUMBER_SEPARATOR = ".\t";

export function layoutOf(tree: Resolution, noteChar: NoteChar = defaultNoteChar): Layout {
  const noteIndex = new Map<Footnote, number>(tree.footnotes.map((f, i) => [f, i]));
  const byMarker = new Map<number, Footnote>();
  for (const f of tree.footnotes) for (const m of f.markers) byMarker.set(m.span.start, f);
  const used = new Set<Footnote>();
  const refChar = (m: FootnoteMarker): string | null => {
    const f = byMarker.get(m.span.start);
    if (!f || f.inAnnex) return null;
    used.add(f);
    return noteChar(noteIndex.get(f)!);
  };
  const units: Unit[] = [...masthead(tree)];
  const body: Unit[] = [];
  if (tree.title) body.push(titleUnit(tree));
  if (tree.organ) body.push(unit("organ", clean(tree.organ.name.value) + (tree.organ.comma ? "," : ""), ["UNOrganLine"], tree.organ.span.start));
  for (const p of tree.preamble) body.push(paragraphUnit(p, "", refChar));
  for (const p of tree.operative) body.push(paragraphUnit(p, p.number ? p.number.text + OPERATIVE_NUMBER_SEPARATOR : "", refChar));
  const sectionCount = new Map<string, number>();
  for (const s of tree.sections) {
    const n = (sectionCount.get(s.label.value) ?? 0) + 1;
    sectionCount.set(s.label.value, n);
    const lines = [clean(s.label.value), ...(s.heading ? [clean(s.heading.value)] : [])];
    body.push(unit(`section:${s.label.value}:${n}`, lines.join(PARA), lines.map((_, i) => (i === 0 ? "UNSectionLabel" : "UNSectionHeading")), s.span.start));
  }
  if (tree.closing) {
    const lines = [tree.closing.meeting?.value, tree.closing.date?.value].filter((x): x is string => !!x).map(clean);
    if (lines.length) body.push(unit("closing", lines.join(PARA), lines.map(() => "UNClosing"), tree.closing.span.start));
  }
  body.push(...annexUnits(tree));
  body.sort((a, b) => a.at - b.at);
  units.push(...body);
  // Word numbers footnotes in the order of their references: a numbered note referenced after a
  // higher-numbered one (its marker moved in extraction) would show another number. Its reference is
  // taken out and placed as a lost one's is (below).
  const numberOf = new Map(tree.footnotes.filter((f) => used.has(f) && /^\d+$/.test(f.number.value)).map((f) => [noteChar(noteIndex.get(f)!), f]));
  for (const ch of outOfOrder(units, (c) => Number(numberOf.get(c)?.number.value ?? NaN))) {
    units.forEach((u, i) => (units[i] = withoutChar(u, ch)));
    used.delete(numberOf.get(ch)!);
  }
  // A footnote no marker points to (its marker was lost in extraction) stays a footnote: an asterisk
  // note (a reissue, the sponsors) on the last masthead line; a numbered one where its number puts it,
  // since Word numbers footnotes in the order of their references: right after the reference of the
  // nearest note numbered before it, else right before the nearest after it, else after the last
  // paragraph before its text.
  const numbered = tree.footnotes.filter((f) => !f.inAnnex && /^\d+$/.test(f.number.value));
  tree.footnotes.forEach((f) => {
    if (used.has(f) || f.inAnnex) return;
    const ch = noteChar(noteIndex.get(f)!);
    if (/^\d+$/.test(f.number.value)) {
      const k = numbered.indexOf(f);
      const before = numbered.slice(0, k).reverse().find((g) => used.has(g));
      const after = numbered.slice(k + 1).find((g) => used.has(g));
      const anchor = before ?? after;
      if (anchor && insertNextTo(units, noteChar(noteIndex.get(anchor)!), ch, before ? "after" : "before")) {
        used.add(f);
        return;
      }
    }
    // A reissue's `*` is printed after the symbol: the reference takes the asterisk's place there.
    const symbol = f.number.value === "*" && tree.header.reissued ? units.findIndex((u) => u.key === "symbol" && u.text.endsWith("*")) : -1;
    if (symbol >= 0) {
      used.add(f);
      units[symbol] = { ...units[symbol]!, text: units[symbol]!.text.slice(0, -1) + ch };
      return;
    }
    const target = /^\d+$/.test(f.number.value) ? lastIndexBefore(units, f.span.start) : lastMasthead(units);
    if (target < 0) {
      units.push(unit(`orphan-note:${f.number.value}`, `${clean(f.number.value)}\t${clean(f.body.text)}`, ["UNFootnoteOrphan"], Infinity));
      return;
    }
    used.add(f);
    units[target] = { ...units[target]!, text: units[target]!.text + ch };
  });
  const notes = new Map<string, string>();
  const marks = new Map<string, string>();
  for (const f of used) {
    notes.set(noteChar(noteIndex.get(f)!), clean(f.body.text));
    if (!/^\d+$/.test(f.number.value)) marks.set(noteChar(noteIndex.get(f)!), clean(f.number.value));
  }
  return { units: units.filter((u) => u.text !== ""), notes, marks };
}

/**
 * The numbered references (`numberOf` gives NaN for the others) that are out of order: those outside
 * one longest run of references whose numbers rise in document order (patience sorting, n log n).
 */
function outOfOrder(units: readonly Unit[], numberOf: (ch: string) => number): string[] {
  const refs: { ch: string; n: number }[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    for (const c of u.text) {
      const n = isNoteChar(c) && !seen.has(c) ? numberOf(c) : NaN;
      if (!Number.isNaN(n)) refs.push({ ch: c, n }), seen.add(c);
    }
  }
  const tails: number[] = []; // tails[k]: index of the last reference of the best rising run of length k + 1
  const previous: number[] = [];
  refs.forEach((r, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (refs[tails[mid]!]!.n < r.n) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) keep.add(i);
  return refs.filter((_, i) => !keep.has(i)).map((r) => r.ch);
}

/** The unit without reference character `ch` (its italic ranges shifted to match). */
function withoutChar(u: Unit, ch: string): Unit {
  let at = u.text.indexOf(ch);
  if (at < 0) return u;
  let text = u.text;
  let italic = u.italic;
  while (at >= 0) {
    const cut = at;
    text = text.slice(0, cut) + text.slice(cut + 1);
    italic = italic.map(([s, e]): [number, number] => [s > cut ? s - 1 : s, e > cut ? e - 1 : e]);
    at = text.indexOf(ch);
  }
  return { ...u, text, italic };
}

/** Put reference character `ch` right before or after reference `anchor` in the unit that holds it. */
function insertNextTo(units: Unit[], anchor: string, ch: string, side: "before" | "after"): boolean {
  const i = units.findIndex((u) => u.text.includes(anchor));
  if (i < 0) return false;
  const u = units[i]!;
  const at = u.text.indexOf(anchor) + (side === "after" ? anchor.length : 0);
  const italic = u.italic.map(([s, e]): [number, number] => [s >= at ? s + 1 : s, e > at ? e + 1 : e]);
  units[i] = { ...u, text: u.text.slice(0, at) + ch + u.text.slice(at), italic };
  return true;
}

const lastMasthead = (units: readonly Unit[]): number => units.reduce((best, u, i) => (u.at === -1 ? i : best), -1);

function lastIndexBefore(units: readonly Unit[], at: number): number {
  let best = -1;
  units.forEach((u, i) => {
    if (u.paragraph && u.at < at) best = i;
  });
  return best;
}

function unit(key: string, text: string, styles: readonly string[], at: number, italic: readonly (readonly [number, number])[] = []): Unit {
  return { key, text, styles, italic, at };
}

/**
 * Control characters XML 1.0 forbids, line breaks, and our own marker characters must not come from the
 * source: each becomes a space (one for one, so offsets into the text stay right).
 */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u2028\u2029\uE000-\uF8FF\uFFFE\uFFFF]/g, " ");
}

function masthead(tree: Resolution): Unit[] {
  const h = tree.header;
  const out: Unit[] = [];
  const add = (key: string, text: string | null | undefined, style: string) => {
    if (text) out.push(unit(key, clean(text), [style], -1));
  };
  if (h.symbol) {
    // One line, as UN documents print it: the name at the left, the symbol at the style's right tab stop
    // (one unit, so the symbol pairs with the other version's and only the symbol is tracked).
    add("symbol", `United Nations\t${h.symbol.value}${h.reissued ? "*" : ""}`, "UNMastheadSymbol");
    if (h.symbol.value.startsWith("A/")) add("masthead-organ", "General Assembly", "UNMastheadOrgan");
  }
  add("distribution", h.distribution ? `Distr.: ${h.distribution.value}` : null, "UNMastheadDistr");
  add("distribution-date", h.distributionDate?.value, "UNMastheadDistr");
  add("session", h.session?.value, "UNMastheadSession");
  add("agenda-item", h.agendaItem ? `Agenda item ${h.agendaItem.value}` : null, "UNMastheadAgenda");
  add("agenda-title", h.agendaTitle?.value, "UNMastheadAgendaTitle");
  add("sponsors", h.sponsors ? `${h.sponsors.value}: draft resolution` : null, "UNSponsors");
  add("adoption", h.adoptionDate ? `Resolution adopted by the General Assembly on ${h.adoptionDate.value}` : null, "UNAdoption");
  add("committee", h.committee ? `[${h.committee.value}]` : null, "UNCommittee");
  return out;
}

function titleUnit(tree: Resolution): Unit {
  const t = tree.title!;
  const text = (t.number ? `${clean(t.number.value)}.\t` : "") + clean(t.text.text);
  return unit("title", text, ["UNTitle"], t.span.start);
}

/** Where a source offset falls in a mapped text: a removed marker stands right after the text before it. */
export function textOffset(body: MappedText, source: number): number {
  let at = 0;
  for (const p of body.pieces) {
    if (source >= p.start && source < p.end) return p.at + (source - p.start);
    if (p.end <= source) at = p.at + (p.end - p.start);
    else break;
  }
  return at;
}

interface Cut {
  readonly at: number;
  /** A paragraph break before a sub-paragraph of this level, or a footnote reference. */
  readonly level?: number;
  readonly note?: string;
}

function subparagraphCuts(body: MappedText, items: readonly Subparagraph[], out: Cut[]): void {
  for (const s of items) {
    const at = textOffset(body, s.label.span.start);
    if (at > 0) out.push({ at, level: s.level });
    subparagraphCuts(body, s.children, out);
  }
}

/** A resolution paragraph: number prefix, opener in italics, a Word paragraph per sub-paragraph, references in place. */
function paragraphUnit(p: Paragraph, prefix: string, refChar: (m: FootnoteMarker) => string | null): Unit {
  const body = p.body;
  const cuts: Cut[] = [];
  subparagraphCuts(body, p.subparagraphs, cuts);
  for (const m of p.markers) {
    const note = refChar(m);
    if (note) cuts.push({ at: textOffset(body, m.span.start), note });
  }
  // Notes before breaks at one offset: the reference follows the words it annotates.
  cuts.sort((a, b) => a.at - b.at || (a.note ? 0 : 1) - (b.note ? 0 : 1));
  const source = clean(body.text);
  const base = p.kind === "preamble" ? "UNPreamble" : p.number ? "UNOperative" : "UNOperativeUnnumbered";
  const styles = [base];
  let text = prefix;
  let from = 0;
  const openerEnd = p.opener && body.text.startsWith(p.opener.text) ? p.opener.text.length : 0;
  let italicEnd = -1;
  const take = (to: number) => {
    if (italicEnd < 0 && openerEnd <= to) italicEnd = text.length + Math.max(0, openerEnd - from);
    text += source.slice(from, to);
    from = to;
  };
  for (const c of cuts) {
    take(c.at);
    if (c.note) {
      // A reference follows the word it annotates, never a space (a marker glued to the next word in
      // extraction, "Agreement 5and"): it goes before the spaces.
      const at = text.length - (/\s+$/.exec(text)?.[0].length ?? 0);
      text = text.slice(0, at) + c.note + text.slice(at);
      if (italicEnd > at) italicEnd++;
    } else {
      // The space before a sub-paragraph label becomes the paragraph break.
      text = text.replace(/\s+$/, "") + PARA;
      styles.push(`UNSubparagraph${c.level}`);
    }
  }
  take(source.length);
  const italic: [number, number][] = openerEnd > 0 ? [[prefix.length, italicEnd]] : [];
  return { key: "para", text, styles, italic, paragraph: { kind: p.kind, index: p.index }, at: p.span.start };
}

/** Annex text is not parsed into paragraphs: its lines are joined back, a paragraph ending at an end mark. */
function annexUnits(tree: Resolution): Unit[] {
  const out: Unit[] = [];
  const skip: Span[] = tree.artefacts.map((a) => a.span);
  tree.annexes.forEach((a, k) => {
    out.push(unit("annex-heading", a.heading.value, ["UNAnnexHeading"], a.heading.span.start));
    const end = k + 1 < tree.annexes.length ? tree.annexes[k + 1]!.heading.span.start : a.span.end;
    let para = "";
    let paraAt = a.heading.span.end;
    let offset = a.heading.span.end;
    const flush = () => {
      if (para.trim()) out.push(unit("annex", para.trim(), ["UNAnnexText"], paraAt));
      para = "";
    };
    for (const line of tree.source.slice(a.heading.span.end, end).split("\n")) {
      const start = offset;
      offset += line.length + 1;
      const t = clean(line).trim();
      if (!t || skip.some((s) => start < s.end && s.start < start + line.length)) {
        if (!t) flush();
        continue;
      }
      if (!para) paraAt = start;
      para = para ? `${para} ${t}` : t;
      if (/[.;:]$/.test(t)) flush();
    }
    flush();
  });
  return out;
}

/** What a word processor shows of a laid-out document: its paragraphs (a footnote reference as `[^]`) and its footnotes in order. */
export interface WordView {
  readonly paragraphs: readonly string[];
  readonly footnotes: readonly string[];
}

export const FOOTNOTE_ANCHOR = "[^]";

export function wordView(layout: Layout): WordView {
  const paragraphs: string[] = [];
  const footnotes: string[] = [];
  for (const u of layout.units) {
    for (const p of u.text.split(PARA)) {
      let text = "";
      for (const c of p) {
        if (isNoteChar(c)) {
          text += FOOTNOTE_ANCHOR;
          footnotes.push(layout.notes.get(c) ?? "");
        } else text += c;
      }
      paragraphs.push(text);
    }
  }
  return { paragraphs, footnotes };
}
