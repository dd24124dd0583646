/**
 * Pages and page furniture, found from the document itself, whatever tool extracted it: page numbers
 * (`2/59`), job numbers (`25-21234 (E)`), release codes, barcodes, alone or glued or in columns
 * (`23-238172/2`, `2/2      23-23817`), and the running header: the symbol that recurs at the edge of
 * lines, with the short title beside it, on the same line or on the lines next to it.
 *
 * The running symbol is the one that repeats, never the document's own symbol read from the masthead:
 * a draft made from an adopted text carries another symbol, and a text whose masthead was not extracted
 * has none. Pages come from form feeds where the extractor writes them, otherwise from the furniture
 * clusters between pages.
 */
import type { Line } from "./lines";
import { endsSentence } from "./end-marks";
import { ORGAN } from "./patterns";
import type { ArtefactKind } from "./tree";

export interface Furniture {
  /** Per line: the kind of page furniture it is, or null for text. */
  readonly kind: readonly (ArtefactKind | null)[];
  /** Per line: its page, 0-based. */
  readonly page: readonly number[];
  /** The symbol of the running headers (`A/RES/78/11`, `A/80/L.12`), null when no symbol repeats. */
  readonly runningSymbol: string | null;
  /** Whether pages come from form feeds. */
  readonly formFeeds: boolean;
  /** Per line: where a page number glued to the end of its text starts (`… towards a risk16/17`); the text ends there. */
  readonly pageTails: ReadonlyMap<number, number>;
}

/** A document symbol as a token: `A/RES/80/229`, `A/C.3/80/L.3`, `A/RES/78/68*`, `A/80/L.22/Rev.1`. */
const SYMBOL = "(?:A|E|S)\\/(?:[A-Z][A-Za-z0-9.-]*\\/)*(?:ES-|S-)?\\d+\\/(?:L\\.)?\\d+(?:\\/(?:Rev|Add|Corr)\\.\\d+)*";
const SYMBOL_AT_START = new RegExp(`^(${SYMBOL})(\\*?)(?=\\s|$|${SYMBOL})`);
const SYMBOL_AT_END = new RegExp(`(?:^|\\s)(${SYMBOL})(?:\\1)?\\*?$`);

/** One token of page furniture. */
const PAGE_TOKEN = /^(\d{1,3})\/(\d{1,3})$/;
const JOB_TOKEN = /^\d{2}-\d{5}\*?$/;
/** A job number glued to the page number after it: `23-238172/2`, `23-2491712/57`. */
const JOB_PAGE_TOKEN = /^\d{2}-\d{5}(\d{1,3})\/(\d{1,3})$/;
/** The page number glued to the job number after it: `3/525-16451`. */
const PAGE_JOB_TOKEN = /^(\d{1,3})\/(\d{1,3}?)\d{2}-\d{5}$/;
const BARCODE_TOKEN = /^\*\d{6,9}\*$/;
const CODE_TOKEN = /^\d{6}$/;
const LANG_TOKEN = /^\([A-Z]\)$/;

/**
 * The furniture kind of a line made only of furniture tokens, or null: of `source` from `from` to `to` (the reader
 * passes the whole source and a line's offsets: reading a line's text, a slice, by character costs more).
 */
export function tokenFurniture(source: string, from = 0, to = source.length): ArtefactKind | null {
  // Every token a line may open with starts with a digit or `*`: most lines (words) are told at once.
  if (from >= to) return null;
  const c = source.charCodeAt(from);
  if (!((c >= 48 && c <= 57) || c === 42)) return null;
  // Every furniture token is digits, `/`, `-` and `*`: a first token with another character (`12.`) is no
  // furniture, told without a regex. Nor is one of digits alone but a release code's six (`3`, a footnote's
  // number before its text), which every token pattern but CODE_TOKEN needs a `/`, `-` or `*` beside.
  let digitsOnly = c !== 42;
  let end = from + 1;
  for (; end < to; end++) {
    const d = source.charCodeAt(end);
    if (d === 32 || (d >= 9 && d <= 13) || d >= 128) break;
    if (!((d >= 48 && d <= 57) || d === 47 || d === 45 || d === 42)) return null;
    if (d < 48 || d > 57) digitsOnly = false;
  }
  if (digitsOnly && end - from !== 6) return null;
  const text = from === 0 && to === source.length ? source : source.slice(from, to);
  // White space at the end leaves an empty last token, which is no furniture.
  if (/\s$/.test(text)) return null;
  // Token by token, stopping at the first that is not furniture: a numbered paragraph (`12. Requests …`) is told
  // by its first token, without splitting the whole line.
  const tokens = /\S+/g;
  let kind: ArtefactKind | null = null;
  for (let token = tokens.exec(text); token; token = tokens.exec(text)) {
    const t = token[0];
    let m: RegExpExecArray | null;
    if ((m = PAGE_TOKEN.exec(t)) || (m = JOB_PAGE_TOKEN.exec(t)) || (m = PAGE_JOB_TOKEN.exec(t))) {
      if (Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) < 2) return null;
      kind = "page-number";
    } else if (JOB_TOKEN.test(t)) kind ??= "job-number";
    else if (BARCODE_TOKEN.test(t)) kind ??= "barcode";
    else if (CODE_TOKEN.test(t)) continue;
    else if (LANG_TOKEN.test(t) && kind === "job-number") continue;
    else return null;
  }
  // A release code (`061223`) alone is furniture only beside a job number (markReleaseCodes).
  return kind;
}

/**
 * The symbol at the start or end of a line that is short enough to be a running header, or null. Column gaps
 * (-layout) change nothing at the edges, so only the length is counted with them collapsed.
 */
function edgeSymbol(text: string): string | null {
  if (text.length > 200 && collapse(text).length > 200) return null;
  const s = opensAsSymbol(text, 0, text.length) ? SYMBOL_AT_START.exec(text) : null;
  if (s) return s[1]!;
  // A symbol at the end holds a slash: asked after the last character, it spares the unanchored search.
  if (!endsAsSymbol(text, text.length) || !text.includes("/")) return null;
  const e = SYMBOL_AT_END.exec(text);
  return e ? e[1]! : null;
}

/** Whether a line (of `source` from `from` to `to`) may hold a symbol at an edge (edgeSymbol's first tests). */
function mayHoldEdgeSymbol(source: string, from: number, to: number): boolean {
  return from < to && (opensAsSymbol(source, from, to) || endsAsSymbol(source, to));
}

/** A symbol at the start opens with `A/`, `E/` or `S/`: most lines are told by two characters. */
function opensAsSymbol(source: string, from: number, to: number): boolean {
  const a = source.charCodeAt(from);
  return (a === 65 || a === 69 || a === 83) && from + 1 < to && source.charCodeAt(from + 1) === 47;
}

/** A symbol at the end ends in a digit or `*`. */
function endsAsSymbol(source: string, to: number): boolean {
  const c = source.charCodeAt(to - 1);
  return (c >= 48 && c <= 57) || c === 42;
}

/** The symbol that recurs at line edges (at least twice, the masthead included), the most frequent. */
export function findRunningSymbol(lines: readonly Line[]): string | null {
  return mostFrequentSymbol(lines.map((l) => edgeSymbol(l.text)));
}

function mostFrequentSymbol(edges: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const s of edges) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | null = null;
  let most = 1;
  for (const [s, n] of counts) if (n > most) [best, most] = [s, n];
  return best;
}

/** Column gaps of -layout (runs of spaces) read as single spaces. */
const collapse = (t: string): string => (t.includes("  ") ? t.replace(/\s{2,}/g, " ") : t);
/**
 * A text's letters and digits in lower case, one space between runs of them: `s.toLowerCase()` with every run of
 * characters other than `a-z0-9` read as one space, trimmed. Read by character, where a replace by expression made
 * two strings per line asked about; a text already in that form (most short titles, once in lower case) is
 * returned as it is.
 */
export function normTitle(s: string): string {
  const lower = s.toLowerCase();
  const n = lower.length;
  // Whether `lower` is already normalised: no space at either end, none doubled, no other character.
  let clean = true;
  for (let i = 0; i < n && clean; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) clean = c === 32 && i > 0 && i + 1 < n && lower.charCodeAt(i + 1) !== 32;
  }
  if (clean) return lower;
  let out = "";
  let from = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out = out ? `${out} ${lower.slice(from, i)}` : lower.slice(from, i);
      from = -1;
    }
  }
  return out;
}

/** A string's hash (31 × h + code, in 32 bits). */
export function textHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * `textHash(normTitle(s))`, without making the normalised text: its letters and digits in lower case, one space
 * between runs of them. Two characters beyond ASCII lower-case to ASCII letters: `İ` (to `i` and a combining dot,
 * which ends the run) and the Kelvin sign (to `k`). Of `s` from `from` to `to`: the reader hashes a line where it
 * stands in the source (a line's text is a slice, slower to read by character).
 */
export function normTitleHash(s: string, limit = Infinity, from = 0, to = s.length): number {
  let h = 0;
  let words = false;
  let gap = false;
  // How many characters of the normalised text are hashed: with a limit, only its first `limit`.
  let n = 0;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x212a) c = 107;
    const dotted = c === 0x130;
    if (dotted) c = 105;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = true;
      continue;
    }
    if (gap && words) {
      if (n >= limit) break;
      h = (Math.imul(h, 31) + 32) | 0;
      n++;
    }
    if (n >= limit) break;
    h = (Math.imul(h, 31) + c) | 0;
    n++;
    words = true;
    gap = dotted;
  }
  return h;
}

/**
 * How many leading characters of a line's normalised text key it among the lines near headers. Lines of one
 * normalised text share a key; lines sharing one are told apart by their normalised text, which only the lines
 * asked about get. Hashing only the head of a line spares most of the body line under each header.
 */
export const TITLE_KEY = 32;

/** The key of a normalised text: the textHash of its first TITLE_KEY characters. */
export const titleKey = (t: string): number => textHash(t.length > TITLE_KEY ? t.slice(0, TITLE_KEY) : t);

/**
 * The titleKey of the first i words and of the last i words of normalised text `t`, for every i: each key reads
 * at most TITLE_KEY characters, so the keys of a title of w words take w × TITLE_KEY steps, not its length squared.
 */
export function endKeys(t: string): Set<number> {
  const out = new Set<number>();
  // The first words: the hash of the text's head, taken at each space (and at the end) while within TITLE_KEY.
  let h = 0;
  const head = Math.min(t.length, TITLE_KEY);
  for (let i = 0; i < head; i++) {
    if (t.charCodeAt(i) === 32) out.add(h);
    h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  }
  out.add(h);
  // The last words: from each word's start, up to TITLE_KEY characters.
  for (let from = 0; from <= t.length; from++) {
    if (from > 0 && t.charCodeAt(from - 1) !== 32) continue;
    let k = 0;
    const to = Math.min(t.length, from + TITLE_KEY);
    for (let i = from; i < to; i++) k = (Math.imul(k, 31) + t.charCodeAt(i)) | 0;
    out.add(k);
  }
  return out;
}

/** The text beside the running symbol on a header line (`The Syrian Golan`), or "" (symbol alone or doubled). */
function besideSymbol(text: string, symbol: string): string {
  // Most header lines are the symbol alone.
  if (text === symbol) return "";
  return collapse(text).split(symbol).join(" ").replace(/\*/g, " ").trim();
}

/**
 * What stands beside the symbol on a running header line ("" for nothing), or null for a line that is none: the
 * running symbol at its start or end, and beside it nothing or short-title words (no end mark of a sentence, which
 * a body line citing the symbol would have).
 */
function headerRest(text: string, edge: string | null, symbol: string): string | null {
  // edgeSymbol is null for a line longer than a header.
  if (edge !== symbol) return null;
  const rest = besideSymbol(text, symbol);
  return rest === "" || !/[.;:,]$/.test(rest) ? rest : null;
}

/** The page total of a page-number line (`2/59` → 59, `23-238172/2` → 2), or null. */
function pageTotal(text: string): number | null {
  for (const t of collapse(text).split(" ")) {
    const m = PAGE_TOKEN.exec(t) ?? JOB_PAGE_TOKEN.exec(t) ?? PAGE_JOB_TOKEN.exec(t);
    if (m) return Number(m[2]);
  }
  return null;
}

/**
 * Every page number of a document shows the same total (`2/4`, `3/4`): a line that reads as a page number with
 * another total (`19/25` alone on a line, a resolution cited) is text, unless no total is the most frequent.
 */
function keepDocumentPageTotal(lines: readonly Line[], kind: (ArtefactKind | null)[]): number | null {
  const totals = new Map<number, number>();
  const at: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (kind[i] !== "page-number") continue;
    const total = pageTotal(lines[i]!.text);
    if (total === null) continue;
    at.push([i, total]);
    totals.set(total, (totals.get(total) ?? 0) + 1);
  }
  const most = Math.max(0, ...totals.values());
  if (!totals.size || [...totals.values()].filter((n) => n === most).length > 1) return null;
  for (const [i, total] of at) if (totals.get(total)! < most) kind[i] = null;
  return [...totals].find(([, n]) => n === most)![0];
}

/** A page number at the end of a line of text, glued to its last word or set off by spaces. */
const PAGE_TAIL = /(?:^|[\p{L}\p{N},;.)”’\s])((\d{1,3})\/(\d{1,3}))$/u;

/**
 * pdftotext may glue the page number to the last line of a page's text (`… towards a risk16/17`, then the job
 * number): a line that ends in a page number of the document's total, page furniture or a new page next. `tailed`:
 * the lines that end in a slash and one to three digits.
 */
function findPageTails(lines: readonly Line[], kind: readonly (ArtefactKind | null)[], total: number | null, tailed: readonly number[]): Map<number, number> {
  const tails = new Map<number, number>();
  if (total === null) return tails;
  const suffix = `/${total}`;
  // Only the lines that end in a slash and digits (`tailed`, in order) can end in the page number.
  for (const i of tailed) {
    const l = lines[i]!;
    if (kind[i] || !l.text.endsWith(suffix)) continue;
    const m = PAGE_TAIL.exec(l.text);
    if (!m || Number(m[3]) !== total || Number(m[2]) < 1 || Number(m[2]) > total || m.index + m[0].length - m[1]!.length === 0) continue;
    const j = nonBlank(lines, i, 1);
    if (j >= 0 && !kind[j] && !lines[j]!.pageBreak) continue;
    let end = l.trimEnd - m[1]!.length;
    while (end > l.trimStart && /\s/.test(l.text[end - l.trimStart - 1]!)) end--;
    if (end > l.trimStart) tails.set(i, end);
  }
  return tails;
}

/** `source`: the text `lines` were split from (each line's text is `source` from its trimStart to its trimEnd). */
export function findFurniture(source: string, lines: readonly Line[], documentTitle = ""): Furniture {
  // One pass over the lines reads what each alone can be (furniture tokens, a symbol at an edge) and lists the few
  // lines the later passes ask about (a release code, a page number at the end): each line's text is read once.
  // Made at their length (as lines.map made them): grown by push, each was copied as it grew.
  const kind: (ArtefactKind | null)[] = new Array(lines.length);
  const edges: (string | null)[] = new Array(lines.length);
  const codes: number[] = [];
  const tailed: number[] = [];
  let formFeeds = false;
  // Each line is read where it stands in the source, by its offsets: most lines are told by a character at each
  // end, and their text is never read.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const from = l.trimStart;
    const to = l.trimEnd;
    kind[i] = tokenFurniture(source, from, to);
    edges[i] = mayHoldEdgeSymbol(source, from, to) ? edgeSymbol(l.text) : null;
    if (to - from === 6 && CODE_TOKEN.test(l.text)) codes.push(i);
    if (endsInSlashNumber(source, from, to)) tailed.push(i);
    if (l.pageBreak) formFeeds = true;
  }
  const total = keepDocumentPageTotal(lines, kind);
  const runningSymbol = mostFrequentSymbol(edges);
  const headers: number[] = [];
  // What stands beside the symbol on each of them, for the short titles.
  const beside: string[] = [];
  if (runningSymbol) {
    // The first occurrence before the organ line is the masthead's symbol (read by the header pass), the
    // others running headers (a text whose masthead was not extracted starts with a page of body).
    const organ = lines.findIndex((l) => l.text.charCodeAt(0) === 84 && ORGAN.test(l.text));
    let first = true;
    for (let i = 0; i < lines.length; i++) {
      if (kind[i] || edges[i] !== runningSymbol) continue;
      const rest = headerRest(lines[i]!.text, edges[i]!, runningSymbol);
      if (rest === null) continue;
      if (first && (organ < 0 || i < organ)) {
        first = false;
        continue;
      }
      first = false;
      kind[i] = "running-header";
      headers.push(i);
      beside.push(rest);
    }
    markShortTitles(source, lines, kind, headers, beside, documentTitle);
  }
  markReleaseCodes(lines, kind, codes);
  return { kind, page: pagesOf(lines, kind, formFeeds), runningSymbol, formFeeds, pageTails: findPageTails(lines, kind, total, tailed) };
}

/** Whether a line (`text` from `from` to `to`) ends in `/` and one to three digits, as a page number does (`… a risk16/17`). */
export function endsInSlashNumber(text: string, from = 0, to = text.length): boolean {
  const n = to - from;
  for (let k = 1; k <= 4 && k <= n; k++) {
    const c = text.charCodeAt(to - k);
    if (c === 47) return k > 1;
    if (c < 48 || c > 57) return false;
  }
  return false;
}

/** A six-digit release code next to a job number or barcode (`061223`), across blank lines; `codes`: the lines that are one. */
function markReleaseCodes(lines: readonly Line[], kind: (ArtefactKind | null)[], codes: readonly number[]): void {
  for (const i of codes) {
    if (kind[i]) continue;
    const near = [nonBlank(lines, i, -1), nonBlank(lines, i, 1), nonBlank(lines, nonBlank(lines, i, -1), -1)];
    if (near.some((j) => j >= 0 && (kind[j] === "job-number" || kind[j] === "barcode"))) kind[i] = "other";
  }
}

/**
 * Short-title lines next to a running header or a page number: text that stands beside the symbol on some header line,
 * text that recurs next to header lines, or words of the document title. Up to eight lines each side
 * (a long short title wraps). `beside`: what stands beside the symbol on each header line.
 */
function markShortTitles(
  source: string, lines: readonly Line[], kind: (ArtefactKind | null)[], headers: readonly number[], beside: readonly string[], documentTitle: string,
): void {
  // Each line's normalised text, made once: the same lines are asked about from several headers.
  // Only lines near headers and page numbers are normalised: a map, not an array the length of the document.
  const normed = new Map<number, string>();
  const norm = (j: number): string => {
    let t = normed.get(j);
    if (t === undefined) normed.set(j, (t = normTitle(lines[j]!.text)));
    return t;
  };
  const hashed: (number | undefined)[] = new Array(lines.length);
  const hashOf = (j: number): number => (hashed[j] ??= normTitleHash(source, TITLE_KEY, lines[j]!.trimStart, lines[j]!.trimEnd));
  const known = new Set<string>();
  for (const b of beside) {
    const rest = normTitle(b);
    if (rest) known.add(rest);
  }
  // Recurrence is counted over distinct pages, told apart by the page number printed near the header: a text
  // repeated whole (two copies of a resolution back to back) repeats its body lines next to the same pages.
  // The lines next to headers are grouped by the key of their normalised text (made without normalising it);
  // only the lines of a group asked about are normalised, to compare.
  // Kept as chains in flat arrays: entry e is line `nearLine[e]` by page `nearPage[e]`, and `nearPrev[e]` the entry
  // before it with the same key (-1 at the first); `nearHeaders` maps a key to its last entry. Most keys have one
  // line (body text under a header), and an array and an object made for each was most of the grouping's cost.
  const nearHeaders = new Map<number, number>();
  const nearLine: number[] = [];
  const nearPage: string[] = [];
  const nearPrev: number[] = [];
  // The neighbours of a line h in direction dir: up to 8 text lines, up to the first furniture. Walked line by line
  // (`next`), never listed: most walks from a page number stop at the first line.
  const first = (h: number, dir: 1 | -1): number => {
    const j = nonBlank(lines, h, dir);
    return j >= 0 && !kind[j] ? j : -1;
  };
  const next = (j: number, dir: 1 | -1, taken: number): number => (taken >= 8 ? -1 : first(j, dir));
  for (const h of headers) {
    const page = nearbyPageNumber(lines, kind, h) ?? "";
    for (const dir of [1, -1] as const) {
      for (let j = first(h, dir), n = 1; j >= 0; j = next(j, dir, n++)) {
        const key = hashOf(j);
        nearPrev.push(nearHeaders.get(key) ?? -1);
        nearHeaders.set(key, nearLine.length);
        nearLine.push(j);
        nearPage.push(page);
      }
    }
  }
  // The hash of a line's whole normalised text, made when a group's lines are compared: lines sharing a key
  // (their heads alike) are told apart by it before any is normalised.
  const whole: (number | undefined)[] = new Array(lines.length);
  const wholeOf = (j: number): number => (whole[j] ??= normTitleHash(source, Infinity, lines[j]!.trimStart, lines[j]!.trimEnd));
  // A short title is asked about from every anchor of every page, and its chain holds a line by every page:
  // the answer for a text is kept, or each page walked the whole chain again (the groups are complete by now).
  const recurring = new Map<string, boolean>();
  const recurs = (t: string): boolean => {
    let r = recurring.get(t);
    if (r === undefined) recurring.set(t, (r = recursNearHeaders(t)));
    return r;
  };
  const recursNearHeaders = (t: string): boolean => {
    const last = nearHeaders.get(titleKey(t));
    if (last === undefined || nearPrev[last]! < 0) return false;
    const th = textHash(t);
    const pages = new Set<string>();
    for (let e = last; e >= 0; e = nearPrev[e]!) if (wholeOf(nearLine[e]!) === th && norm(nearLine[e]!) === t) pages.add(nearPage[e]!);
    return pages.size >= 2;
  };
  const title = ` ${normTitle(documentTitle)} `;
  // What a line alone can be: a known short title, a recurring line, or the title's first or last words. Their
  // keys pass over most lines (body text under a header) without normalising them.
  const knownHashes = new Set([...known].map(titleKey));
  const titleEnds = endKeys(title.trim());
  // Whether two or more lines near headers share key h.
  const twoNear = (h: number): boolean => {
    const last = nearHeaders.get(h);
    return last !== undefined && nearPrev[last]! >= 0;
  };
  const mayBeAlone = (h: number): boolean => knownHashes.has(h) || twoNear(h) || titleEnds.has(h);
  /** `run`: the title lines accepted so far on this side of the header, nearest first. */
  const isTitle = (j: number, run: readonly string[], dir: 1 | -1): boolean => {
    const text = lines[j]!.text;
    // A sentence ends there: the body line under the header, not the title (`… International Law”.`).
    if (endsSentence(text)) return false;
    if (run.length === 0 && !mayBeAlone(hashOf(j))) return false;
    const t = norm(j);
    if (!t) return false;
    // A wrapped short title may break after a comma; a line of text ending in one must recur to count.
    if (known.has(t) || recurs(t)) return true;
    if (title.length <= 2) return false;
    // Words of the document title, with the lines already taken on this side: its start or its end (a short
    // title wraps where the title does, the symbol beside its first or last line; a line citing the title's
    // middle is text). A line ending in a comma only when it completes the whole title with the lines already
    // taken: a title never ends in a comma, so a lone line that reads as the whole title with one is a paragraph's end.
    const joined = ` ${run.length === 0 ? t : normTitle(dir === 1 ? [...run, text].join(" ") : [text, ...[...run].reverse()].join(" "))} `;
    if (/,$/.test(text)) return run.length > 0 && joined === title;
    return joined.trim().includes(" ") && (title.startsWith(joined) || title.endsWith(joined));
  };
  const marked = new Set<string>(normTitle(documentTitle) ? [normTitle(documentTitle)] : []);
  // A page number anchors the short title too: on a page whose header shows no symbol (the last page, as
  // -layout and pdf.js give it) the title stands next to the page and job numbers alone.
  const anchors = [...headers];
  for (let i = 0; i < lines.length; i++) if (kind[i] === "page-number") anchors.push(i);
  for (const h of anchors) {
    for (const dir of [1, -1] as const) {
      const run: string[] = [];
      for (let j = first(h, dir), n = 1; j >= 0; j = next(j, dir, n++)) {
        if (!isTitle(j, run, dir)) break;
        run.push(lines[j]!.text);
        kind[j] = "running-header";
        marked.add(norm(j));
      }
    }
  }
  markTitlesAtPageTops(lines, kind, marked, norm, hashOf);
}

/**
 * pdftotext may print the short title at the page top and the symbol further down, after the first lines of
 * text: a block (lines between blank lines) among the first three of a page (after a form feed) whose every
 * line repeats a line of the short title, with no end mark, is one.
 */
function markTitlesAtPageTops(
  lines: readonly Line[], kind: (ArtefactKind | null)[], titles: ReadonlySet<string>, norm: (j: number) => string, hashOf: (j: number) => number,
): void {
  // A line's key (of its normalised text, made without normalising it) tells most lines apart from the titles.
  const hashes = new Set([...titles].map(titleKey));
  // A block is the lines [from, to).
  const isTitleBlock = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (kind[j] || endsSentence(lines[j]!.text) || !hashes.has(hashOf(j)) || !titles.has(norm(j))) return false;
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.pageBreak) continue;
    let blocks = 0;
    let from = -1;
    for (let j = i; j <= lines.length && blocks < 3; j++) {
      const end = j === lines.length || !lines[j]!.text || (j > i && lines[j]!.pageBreak);
      if (!end) {
        if (from < 0) from = j;
        continue;
      }
      if (from >= 0) {
        if (isTitleBlock(from, j)) for (let b = from; b < j; b++) kind[b] = "running-header";
        blocks++;
        from = -1;
      }
      if (j < lines.length && j > i && lines[j]!.pageBreak) break;
    }
  }
}

/** The page number printed within a few lines of line h (`2/59`, `23-238172/2`), as text. */
function nearbyPageNumber(lines: readonly Line[], kind: readonly (ArtefactKind | null)[], h: number): string | null {
  for (let d = 1; d <= 6; d++) {
    if (h - d >= 0 && kind[h - d] === "page-number") return lines[h - d]!.text.replace(/\s+/g, " ");
    if (h + d < lines.length && kind[h + d] === "page-number") return lines[h + d]!.text.replace(/\s+/g, " ");
  }
  return null;
}

/**
 * Pages from form feeds; without them, a new page at each cluster of furniture that holds a running
 * header or a page number (lines of furniture with only blank lines between are one cluster).
 */
function pagesOf(lines: readonly Line[], kind: readonly (ArtefactKind | null)[], formFeeds: boolean): number[] {
  const page: number[] = new Array(lines.length);
  let p = 0;
  let inCluster = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (formFeeds) {
      if (l.pageBreak) p++;
    } else if (l.text) {
      const k = kind[i];
      const opens = k === "running-header" || k === "page-number";
      if (opens && !inCluster) p++;
      if (k) inCluster = inCluster || opens;
      else inCluster = false;
    }
    page[i] = p;
  }
  return page;
}

/** The next non-blank line from i in direction dir, or -1. */
function nonBlank(lines: readonly Line[], i: number, dir: 1 | -1): number {
  if (i < 0) return -1;
  for (let j = i + dir; j >= 0 && j < lines.length; j += dir) if (lines[j]!.text) return j;
  return -1;
}
