/**
 * References in paragraph and footnote text: resolution/decision numbers, document symbols, dates,
 * session ordinals, meetings and internal paragraph references. Found on the joined text (so a
 * reference broken over two lines is still found) and mapped back to the source.
 *
 * Every paragraph and footnote of every document is searched, so the text is read as few times as it can be: one
 * scan says where the first digit and the first `session` are, every kind but a session holds a digit, and each
 * pattern starts where its first possible match can start, not at the text's first character.
 */
import { sourceSpan } from "./mapped";
import { isoDate, MONTHS, ordinalValue } from "./patterns";
import type { MappedText, Reference, ReferenceKind } from "./tree";

const RES_NO = String.raw`(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z](?![a-z]))?`;

/** What one scan of a text says (-1: not in the text). */
interface Facts {
  readonly text: string;
  /** The first digit. */
  readonly digit: number;
  /** The first `/`, looked for only when there is a digit. */
  readonly slash: number;
  /** The first `session` in any case. */
  readonly session: number;
}

/**
 * `from`: the earliest offset a match can start at (-1: the text holds none), from the first digit for the kinds that
 * hold one and a literal every match holds at a bounded distance from its start. Starting there finds the same
 * matches as starting at 0.
 */
const PATTERNS: { kind: ReferenceKind; re: RegExp; value: (m: RegExpExecArray) => string; group?: number; from: (f: Facts) => number }[] = [
  {
    kind: "symbol",
    // The match's first `/` follows its prefix (`CEDAW/` at the longest).
    from: (f) => (f.slash < 0 ? -1 : Math.max(0, f.slash - "CEDAW".length)),
    re: /\b(?:A|E|S|ST|UNEP|CTOC|TD|DP|ICCD|FCCC|CRC|CCPR|HRC|CEDAW)\/(?:[A-Za-z0-9.-]+\/)*[A-Za-z0-9.-]*\d[A-Za-z0-9.-]*(?:\/(?:Rev|Add|Corr)\.\d+)*/g,
    value: (m) => m[0].replace(/[.,]$/, ""),
  },
  // A date starts with its day's digits.
  { kind: "date", re: new RegExp(String.raw`\b(\d{1,2}) (${MONTHS}) (\d{4})\b`, "g"), value: (m) => isoDate(m[1]!, m[2]!, m[3]!), from: (f) => f.digit },
  {
    kind: "meeting",
    re: /\b(\d{1,3})(?:st|nd|rd|th) plenary meeting\b/g,
    value: (m) => m[1]!,
    from: (f) => (f.digit >= 0 && f.text.includes("plenary meeting", f.digit) ? f.digit : -1),
  },
  {
    kind: "session",
    re: /\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)) (?:special |emergency special )?session\b/gi,
    value: (m) => String(ordinalValue(m[1]!) ?? ""),
    // `seventy-seventeenth emergency special session`: 38 characters before `session` at the most.
    from: (f) => (f.session < 0 ? -1 : Math.max(0, f.session - 40)),
  },
  // Security Council resolutions are numbered with the year: `resolution 497 (1981)`.
  {
    kind: "resolution",
    re: /\bresolutions? (\d{1,4}) \((\d{4})\)/g,
    value: (m) => `${m[1]} (${m[2]})`,
    group: 1,
    from: (f) => (f.digit >= 0 && f.text.includes("(", f.digit) ? from(f, "resolution", "resolutions ".length) : -1),
  },
  {
    kind: "paragraph",
    re: /\bparagraphs? (\d{1,3})(?: (?:above|below))\b/g,
    value: (m) => m[1]!,
    from: (f) => (f.digit < 0 ? -1 : from(f, "paragraph", "paragraphs ".length)),
  },
];
// A list member may carry its parts, annex and date before the next one: `69/193 and 69/196 of 18 December 2014,
// 70/178, annex, of 17 December 2015, 72/1 A and B of 1 December 2017 and 78/229 of 19 December 2023`.
const LIST_ITEM = String.raw`${RES_NO}(?: and [A-H](?=\W))?(?:, annex)?(?:,? of \d{1,2} (?:${MONTHS}) \d{4})?`;
const RESOLUTION_LIST = new RegExp(String.raw`\b(resolutions?|decisions?) (${LIST_ITEM}(?:(?:, and |, | and | to )${LIST_ITEM})*)`, "g");
const ONE = new RegExp(RES_NO, "g");
const DIGIT_OR_SESSION = /\d|session/i;
const DIGIT = /\d/g;
const SESSION = /session/gi;

/**
 * The earliest start of a match that opens with `word` and has its first digit at most `before` characters after
 * its start: the word's first occurrence from `before` characters ahead of the text's first digit (-1 when none).
 */
function from(f: Facts, word: string, before: number): number {
  return f.text.indexOf(word, Math.max(0, f.digit - before));
}

/** The first digit and the first `session` in one scan (the first of either, then the other after it); null when neither. */
function facts(text: string): Facts | null {
  const m = DIGIT_OR_SESSION.exec(text);
  if (!m) return null;
  let digit = m.index;
  let session = m.index;
  if (m[0].length === 1) {
    SESSION.lastIndex = digit;
    session = SESSION.test(text) ? SESSION.lastIndex - "session".length : -1;
  } else {
    DIGIT.lastIndex = session;
    digit = DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
  }
  return { text, digit, slash: digit < 0 ? -1 : text.indexOf("/"), session };
}

export function findReferences(body: MappedText, fallback: number): Reference[] {
  const out: Reference[] = [];
  collectReferences(body, fallback, out);
  return out.sort(byStart);
}

const byStart = (a: Reference, b: Reference): number => a.span.start - b.span.start;

/**
 * The references of every paragraph and footnote of a tree, in text order: one array and one sort for the whole
 * tree (a stable sort of the texts' references in text order gives what sorting each text's and then all of them
 * gave), where a sorted array per text, spread into the result, was garbage for every paragraph.
 */
export function referencesOf(texts: readonly (readonly { body: MappedText; span: { start: number } }[])[]): Reference[] {
  const out: Reference[] = [];
  for (const list of texts) for (let i = 0; i < list.length; i++) collectReferences(list[i]!.body, list[i]!.span.start, out);
  return out.sort(byStart);
}

/** One reference found, for its text's source map. */
function addReference(out: Reference[], body: MappedText, fallback: number, kind: ReferenceKind, from: number, to: number, value: string): void {
  out.push({ kind, text: body.text.slice(from, to), value, span: sourceSpan(body, from, to, fallback) });
}

/** The references of one text appended to `out`, unsorted (in the order the patterns find them). */
function collectReferences(body: MappedText, fallback: number, out: Reference[]): void {
  const text = body.text;
  const f = facts(text);
  if (!f) return;
  let m: RegExpExecArray | null;
  // A list opens with `resolutions ` or `decisions ` and holds a `/` (`ES-` may come before the first digit).
  const listFrom = f.slash >= 0 && text.includes("/", f.digit) ? Math.max(0, f.digit - "resolutions ES-".length) : -1;
  const lists = listFrom >= 0 && (text.includes("resolution", listFrom) || text.includes("decision", listFrom));
  RESOLUTION_LIST.lastIndex = listFrom;
  while (lists && (m = RESOLUTION_LIST.exec(text))) {
    const kind: ReferenceKind = m[1]!.startsWith("decision") ? "decision" : "resolution";
    const listStart = m.index + m[1]!.length + 1;
    ONE.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = ONE.exec(m[2]!))) addReference(out, body, fallback, kind, listStart + n.index, listStart + n.index + n[0].length, n[0]);
  }
  for (const p of PATTERNS) {
    const start = p.from(f);
    if (start < 0) continue;
    p.re.lastIndex = start;
    while ((m = p.re.exec(text))) {
      if (p.kind === "symbol" && !/\//.test(m[0])) continue;
      const v = p.value(m);
      // With `group`, the reference starts at that group (`497 (1981)`, not `resolution 497 (1981)`).
      const from = p.group ? m.index + m[0].indexOf(m[p.group]!) : m.index;
      const end = m.index + (p.kind === "symbol" ? v.length : m[0].length);
      addReference(out, body, fallback, p.kind, from, end, v);
    }
  }
}
