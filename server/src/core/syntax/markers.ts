/**
 * Footnote markers in paragraph text, assigned in reading order: a marker is the next footnote number that exists,
 * near its footnote's page; superscripts decide where a PDF reader knows them, otherwise the words around.
 */
import { hasSuperscripts, isSuperscript, type CueIndex } from "./cue-reading";
import type { FootnoteDraft } from "./footnotes";
import { isRegexSpace } from "./end-marks";
import type { Line } from "./lines";
import { cutFor, readingOrder, type DraftLine, type DraftParagraph } from "./paragraphs";
import { MONTHS } from "./patterns";
import type { FootnoteMarker } from "./tree";

const NOT_BEFORE_MARKER = new Set([
  "resolution", "resolutions", "decision", "decisions", "paragraph", "paragraphs", "para.", "paras.", "from", "of", "to", "and",
  "No.", "no.", "vol.", "vols.", "article", "articles", "Article", "section", "chapter", "annex", "Protocol", "p.", "pp.", "page",
  "item", "items", "rule", "rules", "Goal", "Goals", "goal", "target", "targets", "principle", "principles", "between", "than",
  "by", "in", "at", "on", "the", "some", "over", "about", "nearly", "almost", "least", "until", "since",
  "Agenda", "year", "years", "per", "or",
  "Conventions", "chap.", "sect.", "part", "Part", "Principle", "Step", "step", "phase", "Phase", "level", "Level", "category",
  "Category", "Additional", "recommendation", "recommendations", "Recommendation", "appendix", "table", "figure", "op.",
]);
/** Words that follow a reference number (`paragraph 5 above`, `article 5 of`, `Goal 5 on …`). */
const AFTER_REFERENCE_NUMBER = /^\s+(?:of|and|or|to|on|in|for|as|at|by|bis|ter|above|below|thereof|therein|hereto|herein|which|where)\b/;
const MONTH_BEFORE = new RegExp(`(?:${MONTHS}) $`);
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})\\b`);
/** Digits that can lead a thousands group: one to three, not after a slash or dot, or a group before them. */
/** The numbers of a line, one match each (one expression for every line: its lastIndex is set to 0 first). */
const DIGITS = /\d+/g;
const THOUSANDS_BEFORE = /(?:^|[^\d/.,])\d{1,3}(?:,\d{3})*$/;
const ABBREV_BEFORE_DOT = /(?:^|[^A-Za-z])(?:Add|Corr|Rev|No|Nos|para|paras|vol|vols|p|pp|art|arts|sect|chap|Sales|op|cit|Suppl|Vol|Part)$/;

/** The index of the line holding source offset `off`. */
export function lineAt(lines: Line[], off: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function assignMarkers(source: string, lines: Line[], drafts: DraftParagraph[], footnotes: FootnoteDraft[], page: number[], cues: CueIndex): void {
  const numeric = footnotes.filter((f) => /^\d+$/.test(f.number.value));
  if (!numeric.length) return;
  // Paragraph lines are asked about in order, mostly: the line found last, or the one after it, is tried before
  // the binary search (which ran for every line of every paragraph).
  let near = 0;
  const lineOf = (off: number): number => {
    if (lines[near]!.start > off || (near + 1 < lines.length && lines[near + 1]!.start <= off)) {
      near = near + 2 < lines.length && lines[near + 1]!.start <= off && lines[near + 2]!.start > off ? near + 1 : lineAt(lines, off);
    }
    return near;
  };
  const pageAtOffset = (off: number): number => page[lineOf(off)]!;
  // Each footnote's number as a number, to compare with the digits of a line (NaN for a number written with a
  // leading zero, which no digits match: `String(Number(digits))` never has one).
  const values = numeric.map((f) => (String(Number(f.number.value)) === f.number.value ? Number(f.number.value) : NaN));
  let glued = 0;
  let spaced = 0;
  // A marker glued to the word after it is cut alone: the space before it is the text's.
  const place = (d: DraftParagraph, dl: DraftLine, target: number, start: number, end: number, alone = false): void => {
    const marker: FootnoteMarker = { number: numeric[target]!.number.value, span: { start, end } };
    if (/\s/.test(source[start - 1] ?? " ")) spaced++;
    else glued++;
    numeric[target]!.markers.push(marker);
    insertSorted(d.markers, marker, (x) => x.span.start);
    insertSorted(dl.cuts, alone ? marker.span : cutFor(source, dl.start, marker.span), (x) => x.start);
  };
  let fi = 0;
  let tokens: Map<string, number> | undefined;
  // The expected footnote's number where it reads as a reference (`Agenda 21 and`): its marker if the marker
  // of a later footnote comes before any other place for it.
  let weak: { d: DraftParagraph; dl: DraftLine; fi: number; start: number; end: number; alone: boolean } | null = null;
  for (const d of drafts) {
    let lineBefore = "";
    for (const dl of readingOrder(d)) {
      if (fi >= numeric.length) break;
      const text = source.slice(dl.start, dl.end);
      const previous = lineBefore;
      lineBefore = text;
      const linePage = pageAtOffset(dl.start);
      // Every place below is on the page of one of the next three footnotes or the page before it: a line on an
      // earlier page holds none, and its numbers are not read.
      if (linePage + 1 < firstPage(numeric, fi)) continue;
      // Every place below holds the number of one of the next three footnotes (alone, or glued to a number or
      // year before it): a line holding none of them has none, and its numbers are not read one by one.
      if (!holdsNumberOf(text, numeric, fi)) continue;
      const re = DIGITS;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && fi < numeric.length) {
        let at = m.index;
        let digits = m[0];
        let gluedToYear = false;
        // `Agenda 216`, `55/197`: the next footnote's number glued to a number the document cites whole.
        // Only where this document's markers are glued (PyMuPDF, pdf.js, -raw): set off by a space, a number is one.
        const split = glued >= 2 && glued > spaced ? gluedToNumber(text, at, digits, numeric[fi]!.number.value, () => (tokens ??= tokenCounts(source, drafts))) : null;
        if (split) {
          const fp = numeric[fi]!.page;
          if (fp >= linePage && fp <= linePage + 1 && !hasSuperscripts(cues, lines[lineOf(dl.start + at)]!)) {
            const span = { d, dl, fi, start: dl.start + at + split.at, end: dl.start + at + digits.length, alone: true };
            // Without the number cited whole elsewhere, it is the marker only if no other place comes first.
            if (split.cited) {
              weak = null;
              place(d, dl, fi, span.start, span.end, true);
              fi++;
              continue;
            }
            weak ??= span;
          }
        }
        if (digits.length > 3) {
          // `10 October 19904`, `2024–203414`: a marker glued to the year of a date or a period.
          const y = /^((?:19|20)\d\d)(\d{1,3})$/.exec(digits);
          if (!y) continue;
          const lead = text.slice(Math.max(0, at - 12), at);
          // After a month or in a period the year is certain; otherwise (`of 19934`, `in 200627`, as -raw and
          // pdf.js glue them) only the very next footnote's number is taken off the year.
          if (!(MONTH_BEFORE.test(lead) || /(?:19|20)\d\d[–-]$/.test(lead)) && numeric[fi]!.number.value !== String(Number(y[2]))) continue;
          at += 4;
          digits = y[2]!;
          gluedToYear = true;
        }
        // Which footnote could this be: the next one, or one after a missed marker. Asked first: most numbers
        // of a text are none of the next three footnotes', and every test below only passes a number over.
        let target = -1;
        for (let w = fi; w < Math.min(numeric.length, fi + 3); w++) {
          if (values[w] === Number(digits) && digits[0] !== "0") {
            const fp = numeric[w]!.page;
            if (fp >= linePage && fp <= linePage + 1) target = w;
            break;
          }
        }
        if (target < 0) continue;
        const after = text[at + digits.length] ?? "";
        const before = at > 0 ? text[at - 1]! : "";
        // `Weapons 6and`: -raw glues a marker to the joining word after it.
        const gluedToNext = /[a-z]/.test(after) && /^[\s,;:)”’]?$/.test(before) && GLUED_BEFORE_WORD.test(text.slice(at + digits.length));
        if ((/[0-9]/.test(before) && !gluedToYear) || (/[0-9A-Za-z/]/.test(after) && !gluedToNext)) continue;
        if (after === "." && /[0-9]/.test(text[at + digits.length + 1] ?? "")) continue;
        if (gluedToNext && target !== fi) continue;
        // Superscripts, where the source says which characters are, decide; otherwise the words around.
        const line = lines[lineOf(dl.start + at)]!;
        if (hasSuperscripts(cues, line)) {
          if (!isSuperscript(cues, line, dl.start + at, dl.start + at + digits.length)) continue;
        } else if (!gluedToYear && !gluedToNext && !plausibleMarker(text, at, digits, before, after, target === fi, previous)) {
          if (target === fi && !weak && referenceLike(text, at, digits, before)) weak = { d, dl, fi, start: dl.start + at, end: dl.start + at + digits.length, alone: false };
          continue;
        }
        if (weak && weak.fi < target) place(weak.d, weak.dl, weak.fi, weak.start, weak.end, weak.alone);
        weak = null;
        place(d, dl, target, dl.start + at, dl.start + at + digits.length, gluedToNext);
        fi = target + 1;
      }
    }
  }
  // The last footnote read as a reference: no later marker came, and no other place.
  if (weak && !numeric[weak.fi]!.markers.length) place(weak.d, weak.dl, weak.fi, weak.start, weak.end, weak.alone);
  placeLoneMarkers(source, drafts, numeric, pageAtOffset, place);
  placeBetweenMarkers(source, drafts, numeric, pageAtOffset, place);
}

/** Whether `text` holds the number of footnote fi, fi + 1 or fi + 2 (the footnotes a marker found next may belong to). */
export function holdsNumberOf(text: string, numeric: readonly FootnoteDraft[], fi: number): boolean {
  for (let w = fi; w < Math.min(numeric.length, fi + 3); w++) if (text.includes(numeric[w]!.number.value)) return true;
  return false;
}

/** The first page of footnotes fi, fi + 1 and fi + 2 (the footnotes a marker found next may belong to). */
function firstPage(numeric: readonly FootnoteDraft[], fi: number): number {
  let page = Infinity;
  for (let w = fi; w < Math.min(numeric.length, fi + 3); w++) page = Math.min(page, numeric[w]!.page);
  return page;
}

/**
 * A footnote still without a marker, between two footnotes whose markers are placed: its number at the end of a
 * token the words around could not settle (`59/3009`, `78/22126`, `Protocol I6`, `1/CP.2731`, `1/CP.27 31`),
 * between those two markers, on its page or the page before. Order is the evidence, so only a single such place
 * is taken; two or more are left alone.
 */
function placeBetweenMarkers(
  source: string, drafts: DraftParagraph[], numeric: FootnoteDraft[], pageAtOffset: (off: number) => number,
  place: (d: DraftParagraph, dl: DraftLine, target: number, start: number, end: number, alone?: boolean) => void,
): void {
  let tokens: Map<string, number> | undefined;
  for (let i = 1; i + 1 < numeric.length; i++) {
    const f = numeric[i]!;
    const before = numeric[i - 1]!.markers;
    const after = numeric[i + 1]!.markers;
    if (f.markers.length || !before.length || !after.length) continue;
    const lo = before[before.length - 1]!.span.end;
    const hi = after[0]!.span.start;
    const found: { d: DraftParagraph; dl: DraftLine; start: number; glued: boolean; head: string }[] = [];
    for (const d of drafts) {
      for (const dl of readingOrder(d)) {
        if (dl.end <= lo || dl.start >= hi) continue;
        const fp = f.page;
        const lp = pageAtOffset(dl.start);
        if (fp !== lp && fp !== lp + 1) continue;
        for (const { at, head } of numberEnds(source, dl, f.number.value)) {
          if (at > lo && at + f.number.value.length <= hi) found.push({ d, dl, start: at, glued: !/\s/.test(source[at - 1] ?? " "), head });
        }
      }
    }
    // Of two or more, the one whose number without the marker the document cites elsewhere (`59/300 of 22 June`
    // beside `61/29 of 4 December` and `59/3009 and`), when the number with it it never does.
    let pick = found.length === 1 ? found : [];
    if (found.length > 1) {
      const counts = (tokens ??= tokenCounts(source, drafts));
      const n = f.number.value;
      pick = found.filter((c) => c.glued && (counts.get(c.head) ?? 0) >= 1 && (counts.get(c.head + n) ?? 0) <= 1);
    }
    if (pick.length !== 1) continue;
    const c = pick[0]!;
    place(c.d, c.dl, i, c.start, c.start + f.number.value.length, c.glued);
  }
}

/**
 * Where `n` ends a token of a line, outside its cuts: glued to a number, a symbol, a roman numeral or a word in
 * lower case however short (`59/3009`, `1/CP.2731`, `I6`, `Tuna s45`, as PyMuPDF and pdf.js glue them), or set
 * apart after a symbol (`1/CP.27 31`), before white space or closing punctuation.
 * Never a year's end (`2021`), a number alone after a word or a part of a longer number.
 */
function numberEnds(source: string, dl: DraftLine, n: string): { at: number; head: string }[] {
  const out: { at: number; head: string }[] = [];
  const text = source.slice(dl.start, dl.end);
  for (let k = text.indexOf(n); k >= 0; k = text.indexOf(n, k + 1)) {
    const end = k + n.length;
    if (/\d/.test(text[end] ?? "") || !/^(?:[,;:)”’]*(?:\s|$)|[.](?!\d))/.test(text.slice(end))) continue;
    const token = text.slice(tokenStart(text, k), k);
    let ok: boolean;
    if (token) ok = /(?:\d|\/[A-Z]*|\b[IVX]+|[a-z])$/.test(token) && !/^(?:19|20)\d\d$/.test(token + n) && !/^\d{1,3}$/.test(token);
    else ok = /(?:^|\s)\d+\/[A-Z]+\.\d+\s+$/.test(text.slice(0, k));
    const at = dl.start + k;
    if (ok && !dl.cuts.some((c) => c.start < at + n.length && at < c.end)) out.push({ at, head: token });
  }
  return out;
}

/**
 * Where the next footnote's number `want` starts inside the digits at `at` when it may be glued to a number before
 * it (`Agenda 216`, `55/197`, `VII/1115`, `COVID-1915`), and whether the document cites the number without it
 * elsewhere (the token with it it never does); null when it cannot be.
 */
function gluedToNumber(text: string, at: number, digits: string, want: string, tokens: () => Map<string, number>): { at: number; cited: boolean } | null {
  if (digits.length <= want.length || !digits.endsWith(want)) return null;
  const rest = text.slice(at + digits.length);
  // The token ends with the digits (`55/197,`, not `51/53` or `1.5`), and no month or unit follows.
  if (!/^(?:[,;:)”’]*(?:\s|$)|[.](?!\d))/.test(rest) || MONTH_AFTER.test(rest) || /^\s*(?:%|per cent|million|billion)/.test(rest)) return null;
  const start = tokenStart(text, at);
  const token = text.slice(start, at + digits.length);
  const head = token.slice(0, token.length - want.length);
  // A year, with a marker or not, is the year-glued case's (`2022` is no `20` + marker 22); a lone digit is no
  // number cited whole.
  if (/^(?:19|20)\d\d\d{0,3}$/.test(token) || /^\d$/.test(head) || (!/\d$/.test(head) && !/[A-Z]$/.test(head))) return null;
  const counts = tokens();
  // Digits alone are cited whole only with the word before them (`Agenda 21`, not any `21`).
  const prev = /(\S+)\s+$/.exec(text.slice(0, start))?.[1]?.replace(/[,;:.)”"’\]]+$/, "") ?? "";
  const cited = /^\d+$/.test(head) ? `${prev} ${head}` : head;
  if ((counts.get(token) ?? 0) > 1) return null;
  const whole = (counts.get(cited) ?? 0) >= 1;
  // Not cited elsewhere, a number followed by what follows a reference (`69/313 of 27 July`) is whole.
  if (!whole && REFERENCE_AFTER.test(rest)) return null;
  return { at: digits.length - want.length, cited: whole };
}

/** Where the token holding offset `at` starts: after white space or an opening bracket or quote. */
function tokenStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !/[\s(“"\[]/.test(text[s - 1]!)) s--;
  return s;
}

/** Tokens of the paragraphs' text, between white space and commas, without the punctuation around them. */
function tokenCounts(source: string, drafts: readonly DraftParagraph[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    for (const dl of readingOrder(d)) {
      // Split at commas and semicolons too: a glued marker (`21,4`) leaves the number cited (`21`) a token.
      let prev = "";
      for (const raw of source.slice(dl.start, dl.end).split(/[\s,;:]+/)) {
        const t = raw.replace(/^[(“"[]+/, "").replace(/[,;:.)”"’\]]+$/, "");
        if (!t) continue;
        counts.set(t, (counts.get(t) ?? 0) + 1);
        // A number with the word before it: `Agenda 21`.
        if (/^\d+$/.test(t) && prev) counts.set(`${prev} ${t}`, (counts.get(`${prev} ${t}`) ?? 0) + 1);
        prev = t;
      }
    }
  }
  return counts;
}

const REFERENCE_AFTER = /^\s+(?:of|bis|ter|above|below|thereof|therein|hereto|herein)\b/;

/** The joining words a marker is glued to by -raw (`6and`, `16including`, `1as`); never an ordinal's ending. */
const GLUED_BEFORE_WORD = /^\d*(?:and|or|as|in|on|of|to|for|the|that|which|with|by|at|from|including|is|are|was|were|has|have|its|their|but|nor|where|whereby|who)(?![\p{L}\p{N}])/u;

/**
 * Whether a number the words around reject could still be a marker (`Agenda 21 and`, `decision 21 to`,
 * `of 1993 2 have`): after a word or number, not before a month, a unit or another number of a range.
 */
function referenceLike(text: string, at: number, digits: string, before: string): boolean {
  const rest = text.slice(at + digits.length);
  if (!/\s/.test(before) || !/\S/.test(text.slice(0, at))) return false;
  if (MONTH_AFTER.test(rest) || /^\s*(?:%|per cent|percent|million|billion|years?|days?|months?|weeks?|hours?|to \d|or \d|and \d|\))/.test(rest)) return false;
  // What only a reference number is followed by (`paragraph 1 above`, `article 5 of`, `5 bis`).
  if (REFERENCE_AFTER.test(rest)) return false;
  return /^(?:[\s,;:.]|$)/.test(rest);
}

/**
 * A footnote still without a marker whose number stands alone on a line of a paragraph, on its page or the
 * page before: pdftotext printed the superscript it could not place there (after the line it belongs to in
 * -layout, at the end of the page's text in the default form).
 */
function placeLoneMarkers(
  source: string, drafts: DraftParagraph[], numeric: FootnoteDraft[], pageAtOffset: (off: number) => number,
  place: (d: DraftParagraph, dl: DraftLine, target: number, start: number, end: number) => void,
): void {
  const missing = new Map<string, number>();
  numeric.forEach((f, i) => !f.markers.length && missing.set(f.number.value, i));
  if (!missing.size) return;
  for (const d of drafts) {
    for (const dl of readingOrder(d)) {
      const text = source.slice(dl.start, dl.end).trim();
      const i = /^\d{1,3}$/.test(text) ? missing.get(text) : undefined;
      if (i === undefined || dl.cuts.length) continue;
      const fp = numeric[i]!.page;
      const lp = pageAtOffset(dl.start);
      if (fp !== lp && fp !== lp + 1) continue;
      const start = dl.start + source.slice(dl.start, dl.end).indexOf(text);
      place(d, dl, i, start, start + text.length);
      missing.delete(text);
    }
  }
}

/**
 * The last run of characters other than white space of a text that ends in one (`head`, trimmed), or "": what
 * `/(\S+)$/` captures, read back from the end, where the expression tried every start in the text.
 */
function lastToken(head: string): string {
  let k = head.length;
  while (k > 0 && !isRegexSpace(head.charCodeAt(k - 1))) k--;
  return head.slice(k);
}

function insertSorted<T>(list: T[], item: T, key: (x: T) => number): void {
  let i = list.length;
  while (i > 0 && key(list[i - 1]!) > key(item)) i--;
  list.splice(i, 0, item);
}

function plausibleMarker(text: string, at: number, digits: string, before: string, after: string, expected: boolean, lineBefore = ""): boolean {
  const rest = text.slice(at + digits.length);
  if (MONTH_AFTER.test(rest)) return false;
  // `resolutions 10/6 of 16 October 2020 43 and 11/3 …`: after a date's year, the expected number is its marker;
  // the date may start on the line before (`on 6 November` / `2017 19 and 10 March 2021, 20`).
  const lead = at < 8 && lineBefore ? `${lineBefore.slice(-24)} ${text.slice(0, at)}` : text.slice(0, at);
  if (expected && /\s$/.test(before) && /(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) |\bin )(?:19|20)\d\d\s+$/.test(lead)) return true;
  // `5 and 6` is a range of numbers, but the expected number before `and 54/5` (another resolution) is a marker.
  if (/^\s*(?:%|per cent|percent|million|billion|years?|days?|months?|weeks?|hours?|to \d|or \d|\))/.test(rest)) return false;
  if (/^\s*and \d/.test(rest) && !(expected && /^\s*and \d{1,3}\/\d/.test(rest))) return false;
  if (before === "" || /\s/.test(before)) {
    const head = text.slice(0, at).trimEnd();
    const prevWord = lastToken(head);
    // A marker at the start of a line, or alone on one (`Programme,` / `5`).
    if (!prevWord) return expected && (/^\s+[a-z]/.test(rest) || rest.trim() === "");
    // `Sustainable Development Goals 5 and to …`, `resolutions 3 and the …`: after a plural the expected number
    // before a word (not another number, `Goals 5 and 6`) is a marker; `paragraph 5 of` is a reference.
    // After a singular, the expected number before a word that cannot follow a reference number
    // (`draft resolution 7 submitted by`, `decision 6 that`), not `paragraph 5 above` or `article 5 of`.
    if (NOT_BEFORE_MARKER.has(prevWord)) {
      if (!expected) return false;
      if (/s$/.test(prevWord)) return /^\s+(?:and|or)\s+[a-z]/.test(rest);
      return /^\s+[a-z]/.test(rest) && !AFTER_REFERENCE_NUMBER.test(rest);
    }
    // After a number only when it ends the line after a year (`… for 2022 1`, end mark missing).
    // After a number only after a year, before a joining word or the line end (`… for 2025 1 and the …`).
    // (`the 2010 8 Review Conference`: a capital after the year's marker, but never a month.)
    const yearThenMarker = expected && /^[–-]?(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?$/.test(prevWord) && (after === "" || /^\s+(?:and|or|the|as|which|in|on|of|to|at|by|for|with|that|including|entitled|adopted|held)\b/.test(rest) || /^\s+[A-Z][a-z]+ [A-Z]/.test(rest));
    // After a resolution number (`resolution 5/14 11 requesting …`, `resolutions 71/205 19 and 72/190, 20 and`).
    const resThenMarker = expected && /^\d{1,4}\/\d{1,4}$/.test(prevWord) && /^\s+[a-z]/.test(rest) && (!/^\s+(?:of|and|to|or)\b/.test(rest) || /^\s+(?:and|or) \d{1,4}\/\d/.test(rest));
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
    // `5,120` is a number; `2008,143` and `5/14,120` (-raw, pdf.js) are a year and a resolution with a marker.
    if (before === "," && digits.length === 3 && THOUSANDS_BEFORE.test(text.slice(0, at - 1))) return false;
    return true;
  }
  return false;
}
