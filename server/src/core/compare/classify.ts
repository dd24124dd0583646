/**
 * Technical or substantive? A change is technical when all it does is a routine rollover
 * update: session ordinals, years, dates and date ranges, document symbols of the same series,
 * resolution and ECOSOC resolution numbers moved on to the series' next one, meeting numbers,
 * cross-references to renumbered paragraphs ("paragraph 99 above"), appending last year's
 * resolution to a "Recalling its resolutions …" list, or only spacing, case, quotes, dashes and
 * stray footnote markers. Anything else (a new word, a dropped clause, a stronger verb, a
 * citation of another resolution) is substantive: an edit outside the spans of its reasons
 * makes the whole paragraph substantive.
 *
 * Each edited word is judged with its neighbours on its own side (`19` is a date only next
 * to a month, `eighty-first` is a session only before "session"). Glue words such as "and",
 * "of" or "resolutions" may change beside a rollover but never make one alone. A rollover
 * replaces: a run of edits that only deletes or only inserts dates, sessions or years narrows
 * or widens what the paragraph says, so it is substantive (appending to a recalling list aside).
 */
import type { Change, TechnicalReason } from "./types";
import {
  cutTokens,
  identityKey,
  isLowerMonth,
  isMonth,
  isNumericOrdinal,
  isOrdinalWord,
  isResolutionNumber,
  isSymbol,
  isWordAt,
  isYear,
  ORDINAL_WORDS,
  tokenEnd,
  tokenize,
  tokenStarts,
} from "./tokens";

const GLUE = new Set([
  "paragraph", "paragraphs", "above", "below", "and", "of", "its", "the", "resolution", "resolutions", "decision", "decisions", "session", "sessions",
  "meeting", "meetings", "plenary", "at", "in", "on", "including", "most", "recent", "latest", "as", "well",
  "adopted", "dated", "from", "to", "council", "economic", "social",
]);

/** Words that say nothing about a citation's subject (its phrase's own words do). */
const NOT_SUBJECT = new Set([...GLUE, "recalling", "reaffirming", "recalls", "reaffirms", "also", "further", "further", "all", "relevant", "general", "assembly", "a", "an", "by", "with", "for", "other"]);

const RECALLING = /^(?:Recalling|Reaffirming|Recalls|Reaffirms|Recall|Reaffirm|Bearing in mind|Taking note|Noting)\b/i;

/** What the pair's documents are, for citation rollovers: the old text's own resolution number. */
export interface ClassifyContext {
  /** `78/229`: the old document's own number (a new text citing it where the old cited the one before is a rollover). */
  readonly oldNumber?: string | null;
  /** The sessions of the two texts (78 and 80): each citing a resolution of the session just before its own is a rollover. */
  readonly oldSession?: number | null;
  readonly newSession?: number | null;
  /** Operative paragraph numbers the pair renumbered (`"99"` → `"88"`), for `paragraph 99 above`. */
  readonly renumbered?: ReadonlyMap<string, string>;
  /** Citation replacements shown to be rollovers elsewhere in the pair (`78/68>79/145`). */
  readonly knownCitations?: ReadonlySet<string>;
}

type Verdict = TechnicalReason | "glue" | null;

const TENS_WORDS = new Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);

/** `2024-2025`, `2024–2025`, `2025/26`, `1-3` (next to a month). */
function isYearRange(w: string): boolean {
  const m = /^((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)$/.exec(w);
  if (!m) return false;
  const to = m[2]!.length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2]);
  // `2024/13` is an ECOSOC resolution, not a range: a range ends after it starts.
  return to > Number(m[1]) && to - Number(m[1]) <= 10;
}

/** ECOSOC and other year-numbered resolutions: `2024/13`. */
export function isEcosocNumber(w: string): boolean {
  return /^(?:19|20)\d\d\/\d{1,3}$/.test(w);
}

/** A session ordinal as PDF text leaves it: `seventyninth` (hyphen lost at a line end). */
function isJoinedOrdinal(w: string): boolean {
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/i.exec(w);
  return m !== null;
}

/** Has the word a digit or an underscore? Without, no number, date, symbol or blank test can match. */
function numeric(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 95) return true;
  }
  return false;
}

/** Is a word within `from … to` places of `i` (lower-cased) one of `set`? */
function nearIn(words: readonly string[], i: number, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, i + from); k <= Math.min(words.length - 1, i + to); k++) if (k !== i && set.has(words[k]!.toLowerCase())) return true;
  return false;
}

const SESSION_WORDS: ReadonlySet<string> = new Set(["session", "sessions"]);
const MEETING_WORDS: ReadonlySet<string> = new Set(["meeting", "meetings", "plenary"]);

/**
 * `verdict` for a word without digits or underscores (most edited words): only the month, ordinal
 * and glue tests of `verdict` can match such a word, in the same order.
 */
function wordVerdict(words: readonly string[], i: number, w: string): Verdict {
  if (isMonth(w)) return "date";
  const lw = w.toLowerCase();
  const next = i + 1 < words.length ? words[i + 1]!.toLowerCase() : null;
  if (isOrdinalWord(w) || isJoinedOrdinal(w) || (TENS_WORDS.has(lw) && next !== null && isOrdinalWord(next))) {
    if (nearIn(words, i, 1, 3, SESSION_WORDS)) return "session";
    if (nearIn(words, i, 1, 3, MEETING_WORDS)) return "meeting";
    return null;
  }
  return GLUE.has(lw) ? "glue" : null;
}

function verdict(words: readonly string[], i: number): Verdict {
  const w = words[i]!;
  if (!numeric(w)) return wordVerdict(words, i, w);
  const lw = w.toLowerCase();
  const near = (from: number, to: number, test: (x: string) => boolean) => {
    for (let k = Math.max(0, i + from); k <= Math.min(words.length - 1, i + to); k++) if (k !== i && test(words[k]!.toLowerCase())) return true;
    return false;
  };
  if (isYear(w)) return "year";
  if (isYearRange(w)) return "date-range";
  if (isMonth(w)) return "date";
  // `__ December 2025`: a draft leaves the day blank until adoption; `1–3 May`: a range of days.
  if (/^(?:\d{1,2}|_+)$/.test(w) && near(-2, 2, isMonth)) return "date";
  // The first day of a range: `from 4 to 8 March`, `on 11 and 12 August`.
  if (/^\d{1,2}$/.test(w) && /^(?:to|and)$/i.test(words[i + 1] ?? "") && /^\d{1,2}$/.test(words[i + 2] ?? "") && isMonth(words[i + 3] ?? "")) return "date";
  if (/^\d{1,2}[-–]\d{1,2}$/.test(w) && near(1, 1, isMonth)) return "date-range";
  if (isEcosocNumber(w)) return "ecosoc-number";
  if (isResolutionNumber(w)) return "resolution";
  if (isSymbol(w)) return "symbol";
  const ordinal = isOrdinalWord(w) || isNumericOrdinal(w) || isJoinedOrdinal(w) || (TENS_WORDS.has(lw) && near(1, 1, isOrdinalWord));
  if (ordinal) {
    if (near(1, 3, (x) => x === "session" || x === "sessions")) return "session";
    if (near(1, 3, (x) => x === "meeting" || x === "meetings" || x === "plenary")) return "meeting";
    return null;
  }
  if (/^\d+$/.test(w) && near(-3, -1, (x) => x === "resolution" || x === "resolutions")) return "resolution";
  // "paragraph 99 above": a cross-reference that follows the renumbering.
  if (/^\d+$/.test(w) && near(-3, -1, (x) => x === "paragraph" || x === "paragraphs") && near(1, 4, (x) => x === "above" || x === "below" || x === "present")) {
    return "paragraph";
  }
  if (GLUE.has(lw)) return "glue";
  return null;
}

interface Side {
  words: string[];
  /** For each change index `ci`, the words it covers on this side: `words[first[ci], first[ci + 1])` (none for a change of the other side). */
  first: number[];
}

/** Characters of unchanged text kept on each side of an edit for context (more than three words). */
const CONTEXT = 80;

/**
 * The words of both sides of `changes` (old: equal and deleted text, new: equal and inserted).
 * An unchanged stretch is on both sides: its words are cut once and listed on each.
 */
function sides(changes: readonly Change[]): { oldSide: Side; newSide: Side } {
  const oldSide: Side = { words: [], first: [] };
  const newSide: Side = { words: [], first: [] };
  for (let ci = 0; ci < changes.length; ci++) {
    const c = changes[ci]!;
    oldSide.first.push(oldSide.words.length);
    newSide.first.push(newSide.words.length);
    if (c.op === "delete") pushWords(c.text, oldSide.words);
    else if (c.op === "insert") pushWords(c.text, newSide.words);
    else {
      const from = oldSide.words.length;
      // A long unchanged stretch only matters for its few words next to the edits.
      if (c.text.length > 2 * CONTEXT) {
        wordsIn(c.text, 0, CONTEXT, oldSide.words);
        wordsIn(c.text, c.text.length - CONTEXT, c.text.length, oldSide.words);
      } else pushWords(c.text, oldSide.words);
      for (let k = from; k < oldSide.words.length; k++) newSide.words.push(oldSide.words[k]!);
    }
  }
  oldSide.first.push(oldSide.words.length);
  newSide.first.push(newSide.words.length);
  return { oldSide, newSide };
}

/** The words of `text`, in order, onto `out`. */
function pushWords(text: string, out: string[]): void {
  cutTokens(text, cut);
  for (let k = 0; k < cut.count; k++) {
    const from = cut.at[k]!;
    const to = cut.at[k + 1]!;
    if (isWordAt(text, from, to)) out.push(text.slice(from, to));
  }
}

/**
 * The words of `text.slice(from, to)` onto `out`, read in place. A character made of two units
 * that `to` cuts in half would be read whole in place: that rare piece is sliced first.
 */
function wordsIn(text: string, from: number, to: number, out: string[]): void {
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) return pushWords(text.slice(from, to), out);
  for (let i = from; i < to; ) {
    const end = tokenEnd(text, i, to);
    if (isWordAt(text, i, end)) out.push(text.slice(i, end));
    i = end;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Token starts of the text being read (reused: no reading here runs inside another). */
const cut = tokenStarts();

const SUBSTANTIVE: Classification = { technical: false, reasons: [], shown: undefined };

/** One run of edits between equal stretches, with its judged words on each side. */
interface Run {
  deleted: string;
  inserted: string;
  /** The new side's text before and after the run, up to `WINDOW` characters (for markers glued to a word, and a citation's phrase). */
  before: string;
  after: string;
  oldWords: { word: string; v: Verdict }[];
  newWords: { word: string; v: Verdict }[];
}

/** How much text either side of a run is kept: more than a citation's phrase, bounded so long paragraphs stay linear. */
const WINDOW = 300;

/** Where `nextRun` reads: the change index and the offset in the new text. */
interface RunCursor {
  i: number;
  at: number;
  readonly oldSide: Side;
  readonly newSide: Side;
}

function runCursor(changes: readonly Change[]): RunCursor {
  const { oldSide, newSide } = sides(changes);
  return { i: 0, at: 0, oldSide, newSide };
}

/** The next run of edits (null after the last), one at a time: the caller often stops at the first (a plain loop, cheaper than a generator). */
function nextRun(changes: readonly Change[], newText: string, cur: RunCursor): Run | null {
  let at = cur.at;
  let i = cur.i;
  while (i < changes.length && changes[i]!.op === "equal") {
    at += changes[i]!.text.length;
    i++;
  }
  if (i >= changes.length) {
    cur.i = i;
    cur.at = at;
    return null;
  }
  const run: Run = { deleted: "", inserted: "", before: newText.slice(Math.max(0, at - WINDOW), at), after: "", oldWords: [], newWords: [] };
  for (; i < changes.length && changes[i]!.op !== "equal"; i++) {
    const c = changes[i]!;
    const s = c.op === "delete" ? cur.oldSide : cur.newSide;
    if (c.op === "delete") run.deleted += c.text;
    else {
      run.inserted += c.text;
      at += c.text.length;
    }
    const list = c.op === "delete" ? run.oldWords : run.newWords;
    for (let w = s.first[i]!; w < s.first[i + 1]!; w++) list.push({ word: s.words[w]!, v: verdict(s.words, w) });
  }
  run.after = newText.slice(at, at + WINDOW);
  cur.i = i;
  cur.at = at;
  return run;
}

/** A footnote marker glued to the word before it (`Convention3`, `Convention,3`, `[^3]`, `³`), removed. */
function withoutMarkers(before: string, text: string): string {
  const t = (before.slice(-1) + text).replace(/\[\^[^\]\s]*\]/g, "").replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, "");
  return t.replace(/(?<=[\p{L},;:)”’"])\d{1,3}(?=\s|[,;.:)]|$)/gu, "").slice(before ? 1 : 0);
}

/** Words a real number follows or precedes (`within 30 days`, `paragraph 5`): a lone number next to them is content, not a marker. */
const NUMBER_BEFORE = new Set(["within", "than", "of", "to", "by", "at", "least", "paragraph", "paragraphs", "resolution", "article", "articles", "annex", "para", "paras", "section", "chapter", "and", "or", "rule", "principle", "goal", "target", "phase", "level", "for", "over", "under", "about", "some", "nearly", "almost", "up"]);
const NUMBER_AFTER = /^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|per|percent|%|members?|states?|countries|times|million|billion|thousand|hundred|and|to|or|of)\b/i;

/** A footnote marker PDF text left standing apart: `of 12 August 1949, 2 continue` (a lone small number, nothing on the other side). */
function loneMarker(run: Pick<Run, "before" | "deleted" | "inserted" | "after">): boolean {
  const one = run.deleted && run.inserted ? "" : (run.deleted || run.inserted).trim();
  if (!/^\d{1,2}$/.test(one)) return false;
  const before = run.before.trimEnd();
  if (!/[\p{L},;:.)”"’]$/u.test(before)) return false;
  const lastWord = /([\p{L}]+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  if (LETTER_AT_END.test(before) && NUMBER_BEFORE.has(lastWord)) return false;
  if (isMonth(FIRST_LETTERS.exec(run.after)?.[1] ?? "") || isMonth(lastWord)) return false;
  return !NUMBER_AFTER.test(run.after);
}

// Unicode-property patterns as constants: the bundler turns such a literal into `new RegExp` at each call.
const LETTER_AT_END = /\p{L}$/u;
const FIRST_LETTERS = /^\s*(\p{L}+)/u;
const LETTER_FIRST = /^\p{L}/u;
const OF_DATE = /^\s*of\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*$/u;

/** What a footnote marker can be made of: digits, `[^…]`, superscript digits. */
const MARKER_CHARS = /[\d\u00b9\u00b2\u00b3\u2070-\u2079]|\[\^/;

/**
 * Could `layoutReason` find a layout change here? Each of its tests (spacing, identity keys
 * lower-cased, markers removed) keeps the letters of both sides: when the texts are ASCII, hold
 * no `[` or `^` (a marker's letters, or one made with the character before), the character
 * before the run is ASCII (not a superscript removed with the run's first character), and the
 * letters differ (case aside), none can match. Read in place: most runs replace words by other words.
 */
export function mayBeLayout(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    const p = nextLetter(a, i);
    if (p === UNSAFE) return true;
    const q = nextLetter(b, j);
    if (q === UNSAFE) return true;
    const x = p < 0 ? -1 : a.charCodeAt(p) | 32;
    const y = q < 0 ? -1 : b.charCodeAt(q) | 32;
    i = p < 0 ? a.length : p + 1;
    j = q < 0 ? b.length : q + 1;
    // The rest must still be read for a character that makes the test unsafe.
    if (x !== y) return unsafeFrom(a, i) || unsafeFrom(b, j);
    if (x === -1) return true;
  }
}

const UNSAFE = -2;
const isUnsafe = (c: number): boolean => c >= 128 || c === 91 || c === 94;

/** Where the next ASCII letter of `t` from `from` stands, -1 when none is left, UNSAFE at a character before it that makes the test unsafe. */
function nextLetter(t: string, from: number): number {
  for (let k = from; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (isUnsafe(c)) return UNSAFE;
    const l = c | 32;
    if (l >= 97 && l <= 122) return k;
  }
  return -1;
}

function unsafeFrom(t: string, from: number): boolean {
  for (let k = from; k < t.length; k++) if (isUnsafe(t.charCodeAt(k))) return true;
  return false;
}

function layoutReason(run: Run): TechnicalReason | null {
  // The character before the run joins the marker test (`withoutMarkers`): a superscript there is removed with it.
  if (!(run.before.charCodeAt(run.before.length - 1) >= 128) && !mayBeLayout(run.deleted, run.inserted)) return null;
  return layoutTests(run);
}

/** The layout tests themselves (`layoutReason` without its quick refusal); exported for the test that holds the two together. */
export function layoutTests(run: Pick<Run, "before" | "deleted" | "inserted" | "after">): TechnicalReason | null {
  // Cheap tests first: most runs are word replacements of different lengths of letters.
  const squash = (s: string) => s.replace(/\s+/g, "");
  const d = squash(run.deleted);
  const i = squash(run.inserted);
  if (d === i) return "spacing";
  if (identityKey(d).toLowerCase() === identityKey(i).toLowerCase()) return "formatting";
  if (!MARKER_CHARS.test(run.deleted) && !MARKER_CHARS.test(run.inserted)) return null;
  const a = withoutMarkers(run.before, run.deleted);
  const b = withoutMarkers(run.before, run.inserted);
  if (identityKey(a).toLowerCase() === identityKey(b).toLowerCase() || loneMarker(run)) return "footnote-marker";
  return null;
}

function sessionOf(number: string): number {
  return Number(/(\d+)\//.exec(number)?.[1] ?? NaN);
}

/** The series of a symbol: its segments before the first purely numeric one (`A/HRC/55/12` → `A/HRC`). */
function symbolSeries(symbol: string): string {
  const parts = symbol.toUpperCase().split("/");
  const k = parts.findIndex((p) => /^\d+$/.test(p));
  return parts.slice(0, k < 0 ? parts.length - 1 : k).join("/");
}

/**
 * Subject words of the phrase a citation stands in: the unchanged words before it back to the
 * clause's start (`;` or the paragraph's start) and after it up to the next comma, rollover
 * words, glue and the opener left out. "Recalling its resolution 78/12," has none.
 */
function subjectWords(run: Run): string[] {
  const before = run.before.split(/[;:]/).pop() ?? "";
  const after = run.after.split(/[;,.()]/)[0] ?? "";
  return tokenize(before + " " + after)
    .filter((t) => LETTER_FIRST.test(t) && !NOT_SUBJECT.has(t.toLowerCase()) && verdict([t], 0) === null)
    .map((t) => t.toLowerCase());
}

/** A citation replaced in one run, with whether its phrase keeps subject words. */
interface Replacement {
  from: string;
  to: string;
  subject: boolean;
}

/**
 * A citation replaced by another is a rollover only when the pair shows it: the new text cites
 * the old text's own number, or the citation's phrase keeps its subject words and the new one is
 * of a later session (year for ECOSOC), or the same replacement is shown so elsewhere in the pair.
 * A Security Council number (`2175`) has no session: replaced, it is another resolution.
 */
function citationShown(r: Replacement, context: ClassifyContext): "shown" | "later" | false {
  const { from: x, to: y } = r;
  if (context.oldNumber && y === context.oldNumber) return "shown";
  // Each text cites its own predecessor session's resolution (78/64 cites 77/92, 80/68 cites 79/75).
  const { oldSession: so, newSession: sn } = context;
  if (so && sn && sn > so && sessionOf(x) === so - 1 && sessionOf(y) === sn - 1) return "shown";
  // A draft's blank filled in at adoption: `80/___` → `80/225`.
  if (/_/.test(x) && x.split("/")[0] === y.split("/")[0]) return "shown";
  if (!/\//.test(x) || !/\//.test(y) || isEcosocNumber(x) !== isEcosocNumber(y)) return false;
  const later = isEcosocNumber(x) ? Number(y.slice(0, 4)) > Number(x.slice(0, 4)) : sessionOf(y) > sessionOf(x);
  if (!later) return false;
  if (r.subject) return "shown";
  return context.knownCitations?.has(`${x}>${y}`) ? "shown" : "later";
}

function symbolRollover(gone: readonly string[], come: readonly string[]): boolean {
  const olds = gone.map(symbolSeries);
  const news = come.map(symbolSeries);
  return news.every((s) => olds.includes(s)) && olds.every((s) => news.includes(s));
}

/**
 * How many rollover items of kind `k` a list holds. An ordinal the PDF cut in two (`thirty fifth`)
 * is one item, as `thirty-fifth` and `thirtyseventh` are: its tens word is not counted.
 */
function count(list: readonly { v: TechnicalReason; word: string }[], k: TechnicalReason): number {
  const ordinal = k === "session" || k === "meeting";
  return list.filter((w) => w.v === k && !(ordinal && TENS_WORDS.has(w.word.toLowerCase()))).length;
}

/** Reasons a rollover replaces one for one: "2023 and 2024" → "2025" narrows the paragraph, "first and second sessions" → "sessions" too. */
const BALANCED: readonly TechnicalReason[] = ["session", "meeting", "year", "date-range", "symbol", "ecosoc-number", "resolution", "paragraph"];

interface Judged {
  reasons: TechnicalReason[];
  /** Citation numbers and symbols dropped and added by this run (for the paragraph's balance). */
  gone: { v: TechnicalReason; word: string }[];
  come: { v: TechnicalReason; word: string }[];
  subject: boolean;
}

/** One run: its reasons, or `glue` when it only changes glue words, or null when it is substantive on its own. */
function judgeRun(run: Run, recalling: boolean): Judged | "glue" | { appended: TechnicalReason[] } | null {
  const all = [...run.oldWords, ...run.newWords];
  // Punctuation only, spacing, case, quotes, dashes, markers.
  if (all.length === 0) return { reasons: ["formatting"], gone: [], come: [], subject: false };
  const layout = layoutReason(run);
  if (layout) return { reasons: [layout], gone: [], come: [], subject: false };
  if (all.some((w) => w.v === null)) return null;
  const gone = rollovers(run.oldWords);
  const come = rollovers(run.newWords);
  if (gone.length === 0 && come.length === 0) return "glue";
  // `resolution 77/118{+ of 9 December 2022+}`: the date of an unchanged citation filled in, nothing replaced.
  if (gone.length === 0 && /(?:^|\s)(?:\d{1,4}\/\d{1,4})\s*$/.test(run.before) && OF_DATE.test(run.inserted) && come.every((w) => w.v === "date" || w.v === "year")) {
    return { reasons: ["date"], gone: [], come: [], subject: false };
  }
  // Only added: technical as resolutions appended to a recalling list (with their dates).
  if (gone.length === 0 && recalling && come.some((w) => w.v === "resolution") && come.every((w) => ["resolution", "date", "year"].includes(w.v))) {
    return { appended: come.map((w) => (w.v === "resolution" ? "recalling-list" : w.v)) };
  }
  const cites = [...gone, ...come].some((w) => w.v === "resolution" || w.v === "ecosoc-number");
  return { reasons: [...gone, ...come].map((w) => w.v), gone, come, subject: cites && subjectWords(run).length > 0 };
}

/** The judged words that are not glue: the run's rollover items. */
function rollovers(ws: readonly { word: string; v: Verdict }[]): { v: TechnicalReason; word: string }[] {
  const out: { v: TechnicalReason; word: string }[] = [];
  for (const w of ws) if (w.v !== "glue") out.push({ v: w.v as TechnicalReason, word: w.word });
  return out;
}

/**
 * A word no neighbour makes technical: no digit or underscore (no number, date, symbol or blank),
 * not a month, an ordinal or a tens word (`seventy` before `ninth`), not glue. `verdict` gives it
 * null wherever it stands.
 */
function plainWord(w: string): boolean {
  if (numeric(w)) return false;
  // The month and ordinal sets are lower case: the lower-cased word is looked up once.
  const lw = w.toLowerCase();
  return !isLowerMonth(lw) && !ORDINAL_WORDS.has(lw) && !TENS_WORDS.has(lw) && !GLUE.has(lw) && !isJoinedOrdinal(w);
}

/** Has the text a plain word (`plainWord`)? Read token by token in place, up to the first; only words become strings. */
function hasPlainWord(text: string): boolean {
  for (let from = 0; from < text.length; ) {
    const to = tokenEnd(text, from);
    if (isWordAt(text, from, to) && plainWord(text.slice(from, to))) return true;
    from = to;
  }
  return false;
}

/**
 * Is some run of edits substantive on its own because it changes a plain word (see `plainWord`)
 * and is no layout change? Then `judgeRun` gives that run null and the paragraph is substantive:
 * found here from the edited texts alone, before both sides are cut into judged words (most edited
 * paragraphs are substantive).
 */
function plainlySubstantive(changes: readonly Change[], newText: string): boolean {
  let at = 0; // offset in newText
  let i = 0;
  while (i < changes.length) {
    if (changes[i]!.op === "equal") {
      at += changes[i]!.text.length;
      i++;
      continue;
    }
    const start = at;
    let deleted = "";
    let inserted = "";
    let plain = false;
    for (; i < changes.length && changes[i]!.op !== "equal"; i++) {
      const c = changes[i]!;
      if (c.op === "delete") deleted += c.text;
      else {
        inserted += c.text;
        at += c.text.length;
      }
      if (!plain) plain = hasPlainWord(c.text);
    }
    if (!plain) continue;
    const run: Run = { deleted, inserted, before: newText.slice(Math.max(0, start - WINDOW), start), after: newText.slice(at, at + WINDOW), oldWords: [], newWords: [] };
    if (layoutReason(run) === null) return true;
  }
  return false;
}

function newSideOf(changes: readonly Change[]): string {
  return changes.filter((c) => c.op !== "delete").map((c) => c.text).join("");
}

export interface Classification {
  technical: boolean;
  reasons: TechnicalReason[];
  /** Citation replacements this paragraph shows to be rollovers (`78/68>79/145`), for the rest of the pair. */
  shown?: string[];
}

/** `newText`, when the caller has it, is the new side of `changes` (saves joining it again). */
export function classifyChanges(changes: readonly Change[], context: ClassifyContext = {}, newText = newSideOf(changes)): Classification {
  if (changes.every((c) => c.op === "equal")) return { technical: true, reasons: [], shown: undefined };
  if (plainlySubstantive(changes, newText)) return SUBSTANTIVE;
  const recalling = RECALLING.test(newText.slice(0, 80).replace(/^[^\p{L}]+/u, ""));
  const reasons = new Set<TechnicalReason>();
  const judged: Judged[] = [];
  let glue = false;
  let appended = false;
  const cur = runCursor(changes);
  for (let run = nextRun(changes, newText, cur); run; run = nextRun(changes, newText, cur)) {
    const r = judgeRun(run, recalling);
    if (!r) return SUBSTANTIVE;
    if (r === "glue") glue = true;
    else if ("appended" in r) {
      appended = true;
      for (const x of r.appended) reasons.add(x);
    } else {
      judged.push(r);
      for (const x of r.reasons) reasons.add(x);
    }
  }
  // Over the paragraph (a word diff may cut one replacement into a deletion here and an insertion there).
  const gone = judged.flatMap((j) => j.gone);
  const come = judged.flatMap((j) => j.come);
  // A list of resolutions (or years) that keeps every old member and adds later ones has grown by the latest: the additions need no partner.
  const listed = [...gone, ...come].some((w) => w.v === "resolution" || w.v === "year");
  const grown = listed ? listGrown(changes) : { resolutions: false, years: false };
  if (grown.resolutions) {
    reasons.delete("resolution");
    reasons.add("recalling-list");
  }
  for (const k of BALANCED) {
    if ((k === "resolution" && grown.resolutions) || (k === "year" && (grown.years || grown.resolutions))) continue;
    if (count(gone, k) !== count(come, k)) return SUBSTANTIVE;
  }
  if (!symbolRollover(wordsOf(gone, "symbol"), wordsOf(come, "symbol"))) return SUBSTANTIVE;
  if (!paragraphsFollow(wordsOf(gone, "paragraph"), wordsOf(come, "paragraph"), context)) return SUBSTANTIVE;
  // Citations pair in order; a run's phrase says whether it keeps subject words.
  const from = grown.resolutions ? [] : citations(judged, "gone");
  const to = grown.resolutions ? [] : citations(judged, "come");
  const shown: string[] = [];
  for (let k = 0; k < from.length; k++) {
    const r = { from: from[k]!.word, to: to[k]!.word, subject: from[k]!.subject && to[k]!.subject };
    const verdict = citationShown(r, context);
    if (verdict !== "shown") return { technical: false, reasons: [], shown: verdict === "later" ? [] : undefined };
    shown.push(`${r.from}>${r.to}`);
  }
  // Glue words change only beside a rollover.
  if (glue && !appended && ![...reasons].some((r) => r !== "formatting" && r !== "spacing" && r !== "footnote-marker")) return SUBSTANTIVE;
  return { technical: true, reasons: [...reasons].sort(), shown: shown.length ? shown : undefined };
}

/** The words of `list` judged `k`. */
function wordsOf(list: readonly { v: TechnicalReason; word: string }[], k: TechnicalReason): string[] {
  const out: string[] = [];
  for (const w of list) if (w.v === k) out.push(w.word);
  return out;
}

/** The citations (resolution and ECOSOC numbers) the runs dropped (`gone`) or added (`come`), in order, with whether their phrase keeps subject words. */
function citations(judged: readonly Judged[], side: "gone" | "come"): { word: string; subject: boolean }[] {
  const out: { word: string; subject: boolean }[] = [];
  for (const j of judged) for (const w of j[side]) if (w.v === "resolution" || w.v === "ecosoc-number") out.push({ word: w.word, subject: j.subject });
  return out;
}

/**
 * Did a list grow by later members only? Every resolution number (year) of the old text is still
 * in the new one, and each added one is of a session (year) no earlier than the latest old one:
 * `72/4, 73/8 and 75/289` → `72/4, 73/8, 75/289, 77/7 and 79/7`.
 */
function listGrown(changes: readonly Change[]): { resolutions: boolean; years: boolean } {
  const a = numberedWords(changes, "insert");
  const b = numberedWords(changes, "delete");
  const grew = (test: (w: string) => boolean, order: (w: string) => number, least: number) => {
    const olds = a.filter(test);
    const news = b.filter(test);
    if (olds.length < least || news.length <= olds.length) return false;
    const left = [...news];
    for (const x of olds) {
      const k = left.indexOf(x);
      if (k < 0) return false;
      left.splice(k, 1);
    }
    const latest = Math.max(...olds.map(order));
    return left.every((y) => order(y) >= latest);
  };
  return {
    resolutions: grew((w) => isResolutionNumber(w) && !/_/.test(w), sessionOf, 1),
    // Years only as a list already (`in 2019, 2021 and 2022`): `in 2024` → `in 2024 and 2026` widens a scope.
    years: grew(isYear, Number, 2),
  };
}

/**
 * The words of one side of `changes` that could be a resolution number or a year: those that
 * start with a digit, or with `E` or `S` (`ES-10/21`, `S-27/2`). Only these are cut out as strings.
 */
function numberedWords(changes: readonly Change[], skip: Change["op"]): string[] {
  const text = changes.filter((c) => c.op !== skip).map((c) => c.text).join("");
  cutTokens(text, cut);
  const out: string[] = [];
  for (let k = 0; k < cut.count; k++) {
    const c = text.charCodeAt(cut.at[k]!);
    if ((c >= 48 && c <= 57) || c === 69 || c === 83) out.push(text.slice(cut.at[k]!, cut.at[k + 1]!));
  }
  return out;
}

/** `paragraph 99 above` → `88`: technical when the pair renumbered paragraph 99 to 88 (or when the renumbering is not known). */
function paragraphsFollow(gone: readonly string[], come: readonly string[], context: ClassifyContext): boolean {
  if (!context.renumbered) return true;
  return gone.every((x, k) => context.renumbered!.get(x) === come[k]);
}
