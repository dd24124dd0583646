/**
 * The masthead of official text: its symbol (the first at the edge of a line before the organ line, never the
 * running header's), distribution, session, agenda item and title, adoption line, committee, sponsors; the title
 * before the organ line.
 */
import type { Furniture } from "./furniture";
import type { Line } from "./lines";
import { AGENDA, DATE_LINE, DISTR, DRAFT_LINE, NAMES_END, ORGAN, ordinalValue, RES_NUMBER, SESSION_LINE, SPONSORS_END } from "./patterns";
import type { Field, Header } from "./tree";
import type { Insert } from "./word-repair";

const field = (l: Line): Field => ({ value: l.text, span: { start: l.trimStart, end: l.trimEnd } });
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** Without a number line or sponsors line, the title is the block of lines just above the organ. */
export function titleStartGuess(body: number[], organAt: number): number {
  let k = organAt - 1;
  while (k > 0 && body[k - 1]! === body[k]! - 1 && organAt - k < 4) k--;
  return k >= 0 && k < organAt ? k : -1;
}

/** The masthead's symbol: the first symbol at the edge of a line before the organ line (`United Nations A/RES/78/11`). */
export function mastheadSymbolLine(lines: Line[], kind: Furniture["kind"]): { line: Line; symbol: string; reissued: boolean } | null {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const l = lines[i]!;
    if (ORGAN.test(l.text)) return null;
    if (kind[i] || !l.text) continue;
    const m = MASTHEAD_SYMBOL.exec(l.text.replace(/\s{2,}/g, " "));
    if (m) return { line: l, symbol: m[1]!, reissued: m[2] === "*" };
  }
  return null;
}
const MASTHEAD_SYMBOL = /(?:^|\s)((?:A|E|S)\/(?:[A-Z][A-Za-z0-9.-]*\/)*(?:ES-|S-)?\d+\/(?:L\.)?\d+(?:\/(?:Rev|Add|Corr)\.\d+)*)(\*?)(?:$|\s)/;

/** The normalised title: the lines after the resolution number (`78/11.`) up to the organ line. */
export function documentTitle(lines: Line[]): string {
  const parts: string[] = [];
  let on = false;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const t = lines[i]!.text;
    if (ORGAN.test(t)) break;
    const m = RES_NUMBER.exec(t);
    if (m && !on) {
      on = true;
      if (m[2]) parts.push(m[2]);
    } else if (!on && isSponsorsEnd(t)) on = true; // a draft: the title follows the sponsors line
    else if (on && t) parts.push(t);
  }
  return on && parts.length <= 6 ? norm(parts.join(" ")) : "";
}


/** Lines of a masthead field as one line: a line-end hyphen stays and joins (`high-` + `level` → `high-level`). */
const joinTitleLines = (texts: string[]): string => texts.reduce((acc, t) => (!acc ? t : /\p{L}-$/u.test(acc) ? acc + t : `${acc} ${t}`), "");

/**
 * The agenda title with the hyphens word repair puts back into its lines (word-repair.ts: `highlevel` where the
 * document writes `high-level`): pdftotext takes a masthead line-end hyphen out as it joins two lines, where the
 * forms that keep the break (`high-` / `level`) read the title with it. The title's lines are those of its span.
 */
export function withAgendaTitleHyphens(header: Header, lines: readonly Line[], inserts: (line: Line) => Insert[]): Header {
  const f = header.agendaTitle;
  if (!f) return header;
  const plain: string[] = [];
  const repaired: string[] = [];
  for (const l of lines) {
    if (l.trimStart >= f.span.end) break;
    if (l.trimStart < f.span.start || !l.text) continue;
    plain.push(l.text);
    let text = l.text;
    // Right to left, so each insert's offset still holds.
    for (const ins of inserts(l).sort((a, b) => b.at - a.at)) text = text.slice(0, ins.at - l.trimStart) + ins.text + text.slice(ins.at - l.trimStart);
    repaired.push(text);
  }
  // Only where the span's lines are the title's (no other line between them).
  if (joinTitleLines(plain) !== f.value) return header;
  const value = joinTitleLines(repaired);
  return value === f.value ? header : { ...header, agendaTitle: { value, span: f.span } };
}

/** The line that ends a draft's sponsors block: `…: draft resolution`, or `draft resolution` on a line of its own. */
export function isSponsorsEnd(text: string): boolean {
  return SPONSORS_END.test(text) || DRAFT_LINE.test(text);
}

/** Where the sponsors' names end: the line and the offset in it before `: draft resolution` or a wrapped `…:`. */
function namesEnd(mast: Line[], end: number): { line: number; cut: number } | null {
  const m = SPONSORS_END.exec(mast[end]!.text);
  if (m) return { line: end, cut: m[0].length };
  const prev = end > 0 ? NAMES_END.exec(mast[end - 1]!.text) : null;
  return prev ? { line: end - 1, cut: prev[0].length } : null;
}

export function readHeader(
  source: string, lines: Line[], body: number[], mastEnd: number, symbolLine: ReturnType<typeof mastheadSymbolLine>, sponsorsEnd: number,
): Header {
  let symbol: Field | null = null;
  let reissued = false;
  if (symbolLine) {
    const l = symbolLine.line;
    const at = l.trimStart + l.text.indexOf(symbolLine.symbol);
    symbol = { value: symbolLine.symbol, span: { start: at, end: at + symbolLine.symbol.length } };
    reissued = symbolLine.reissued;
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
  // Built by push, one elements kind always: the array `map` made (its kind read from feedback when inlined) sent
  // readHeader and firstSponsorLine back to the interpreter ("wrong map") after a full collection.
  const mast: Line[] = [];
  for (let k = 0; k < mastEnd && k < body.length; k++) mast.push(lines[body[k]!]!);
  const agendaAt = mast.findIndex((l) => AGENDA.test(l.text));
  const names = sponsorsEnd >= 0 ? namesEnd(mast, sponsorsEnd) : null;
  // Where the agenda title stops: the first sponsor's line, or a lone `Draft resolution` (a draft without sponsors).
  const sponsorsFrom = names ? firstSponsorLine(mast, names.line, agendaAt + 2) : sponsorsEnd;
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
        if (/^Resolution adopted/.test(n.text) || n.text.startsWith("[") || isSponsorsEnd(n.text) || RES_NUMBER.test(n.text)) break;
        if (sponsorsFrom >= 0 && j >= sponsorsFrom) break;
        tl.push(n);
        if (lines[n.no + 1] && !lines[n.no + 1]!.text) break;
      }
      if (tl.length) agendaTitle = { value: joinTitleLines(tl.map((x) => x.text)), span: { start: tl[0]!.trimStart, end: tl[tl.length - 1]!.trimEnd } };
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
  if (names) {
    const start = mast[sponsorsFrom]!.trimStart;
    const end = mast[names.line]!.trimEnd - names.cut;
    if (end > start) sponsors = { value: joinTitleLines(source.slice(start, end).split(/\s*\n\s*/)), span: { start, end } };
  }
  if (sessionNumber === null && symbol) {
    const m = /\/(?:[A-Z][A-Za-z0-9.-]*\/)*(\d+)\//.exec(symbol.value.replace(/^A\/RES\//, "A/"));
    if (m) sessionNumber = Number(m[1]);
  }
  const spanEnd = mast.length ? mast[mast.length - 1]!.trimEnd : null;
  const spanStart = symbol ? symbol.span.start : mast.length ? mast[0]!.trimStart : null;
  return {
    symbol, reissued, distribution, distributionDate, session, sessionNumber, agendaItem, agendaTitle, adoptionDate,
    committee, sponsors, span: spanStart !== null && spanEnd !== null && spanEnd >= spanStart ? { start: spanStart, end: spanEnd } : null,
  };
}

/**
 * Sponsors wrap anywhere: walk back from the line where their names end while the line before continues a list of
 * names (it ends in a comma, `and`, `the`, `of` or inside parentheses, or it reads as names: `, Name` items and no
 * lower-case word but the particles of names) or this line continues a name (`of Great Britain…`, `(Bolivarian
 * Republic of)`, `Republic of), …`), never onto the agenda item or the first line of its title (`from`). An agenda
 * title's own list (`the Development, Production, Stockpiling and Use of …`) has other lower-case words.
 */
function firstSponsorLine(mast: Line[], end: number, from: number): number {
  let k = end;
  while (k > Math.max(from, 0) && continuesNames(mast[k - 1]!.text, mast[k]!.text)) k--;
  return k;
}

function continuesNames(prev: string, line: string): boolean {
  if (/(?:,|\b(?:and|the|of))$/.test(prev) || unclosed(prev) > 0) return true;
  if (/^(?:[a-z(]|[^(]*\))/.test(line)) return true;
  return readsAsNames(prev);
}

function readsAsNames(text: string): boolean {
  if (!/, [A-Z]/.test(text)) return false;
  for (const w of text.match(/(?<![\p{L}’'])\p{Ll}[\p{L}’'-]*/gu) ?? []) if (!NAME_PARTICLES.has(w)) return false;
  return true;
}

/** Lower-case words inside Member States' names (`Bosnia and Herzegovina`, `Netherlands (Kingdom of the)`). */
const NAME_PARTICLES = new Set(["and", "of", "the"]);
const unclosed = (s: string): number => (s.match(/\(/g) ?? []).length - (s.match(/\)/g) ?? []).length;

