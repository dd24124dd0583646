/**
 * Drafting errors to inject into a resolution, one per call, for the lint harness.
 *
 * Written from ../shared/domain/conventions.md (the Editorial Manual's rules and what official texts do),
 * without reading the rules that should catch them. Each mutation edits one paragraph inside its span and
 * keeps every other character of the text byte for byte, so it works the same on official extracted text
 * (lines broken inside paragraphs, page furniture between them) and on `.unres`. Edits stay inside one piece
 * of the paragraph's body (one line of the source), except where the error is itself about a line-spanning
 * pair (a bracket), so page furniture between pieces is never touched.
 *
 * Uses only the paragraphs' `span`, `body`, `opener`, `number` and `kind` from the tree.
 */
import type { MappedText, OperativeParagraph, Paragraph, Resolution, Span } from "../../server/src/core/syntax/tree";

export interface Mutation {
  kind: string;
  description: string;
  apply(text: string, tree: Resolution, rng: () => number): { text: string; span: Span } | null;
}

/** A replacement of `source.slice(start, end)` by `insert`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

interface Candidate {
  readonly para: Paragraph;
  readonly edits: readonly Edit[];
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;
const MONTH_RE = MONTHS.join("|");
const THIRTY_DAY = new Set(["April", "June", "September", "November"]);

// ---------------------------------------------------------------------------------------------------------
// Plumbing: paragraphs in document order, body offsets to source offsets, applying edits.

function paragraphs(tree: Resolution): Paragraph[] {
  return [...tree.preamble, ...tree.operative].sort((a, b) => a.span.start - b.span.start);
}

function operatives(tree: Resolution): OperativeParagraph[] {
  return [...tree.operative].sort((a, b) => a.span.start - b.span.start);
}

/** The source span of body text `[from, to)` when it lies inside one piece, else null. */
function toSource(body: MappedText, from: number, to: number): Span | null {
  for (const piece of body.pieces) {
    const len = piece.end - piece.start;
    if (from >= piece.at && to <= piece.at + len) {
      return { start: piece.start + (from - piece.at), end: piece.start + (to - piece.at) };
    }
  }
  return null;
}

/** Every match of `re` in the paragraph's body that lies inside one piece, with its source span. */
function matches(para: Paragraph, re: RegExp): { m: RegExpExecArray; span: Span }[] {
  const out: { m: RegExpExecArray; span: Span }[] = [];
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  for (let m = g.exec(para.body.text); m; m = g.exec(para.body.text)) {
    if (m[0] === "") { g.lastIndex++; continue; }
    const span = toSource(para.body, m.index, m.index + m[0].length);
    if (span) out.push({ m, span });
  }
  return out;
}

/** Source offset of a group of a match found by `matches` (the match lies in one piece, so offsets add). */
function groupStart(hit: { m: RegExpExecArray; span: Span }, group: number): number {
  const m = hit.m;
  let offset = 0;
  for (let g = 1; g < group; g++) offset += (m[g] ?? "").length;
  return hit.span.start + offset;
}

/** The source offset of the body's last non-space character, or null. */
function lastCharAt(para: Paragraph): { at: number; ch: string } | null {
  const t = para.body.text.replace(/\s+$/, "");
  if (t === "") return null;
  const span = toSource(para.body, t.length - 1, t.length);
  return span ? { at: span.start, ch: t[t.length - 1]! } : null;
}

function pick<T>(items: readonly T[], rng: () => number): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.min(items.length - 1, Math.floor(rng() * items.length))];
}

function applyCandidate(text: string, c: Candidate): { text: string; span: Span } {
  const edits = [...c.edits].sort((a, b) => b.start - a.start);
  let out = text;
  let delta = 0;
  for (const e of edits) {
    if (e.start < c.para.span.start || e.end > c.para.span.end || e.start > e.end) {
      throw new Error(`mutation edit ${e.start}-${e.end} outside paragraph ${c.para.span.start}-${c.para.span.end}`);
    }
    out = out.slice(0, e.start) + e.insert + out.slice(e.end);
    delta += e.insert.length - (e.end - e.start);
  }
  return { text: out, span: { start: c.para.span.start, end: c.para.span.end + delta } };
}

/** Build a mutation from a function listing every place it could be made; one is chosen with `rng`. */
function mutation(kind: string, description: string,
  candidates: (text: string, tree: Resolution) => Candidate[]): Mutation {
  return {
    kind,
    description,
    apply(text, tree, rng) {
      const c = pick(candidates(text, tree), rng);
      return c ? applyCandidate(text, c) : null;
    },
  };
}

function one(para: Paragraph, start: number, end: number, insert: string): Candidate {
  return { para, edits: [{ start, end, insert }] };
}

/** The opener as it stands in the source, when it is on one line. */
function openerSource(text: string, para: Paragraph): { s: string; span: Span } | null {
  if (!para.opener) return null;
  const s = text.slice(para.opener.span.start, para.opener.span.end);
  if (/[\r\n]/.test(s) || s.trim() === "") return null;
  return { s, span: para.opener.span };
}

function lcFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function ucFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------------
// Ordinals

const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
  "seventeenth", "eighteenth", "nineteenth"];
const TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
  "eightieth", "ninetieth"];
const TENS_CARD = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** `eighty-first` for 81 (1 to 99). */
function ordinalWords(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? TENS_ORD[t]! : `${TENS_CARD[t]}-${UNITS[u]}`;
}

const ORDINAL_VALUE = new Map<string, number>();
for (let n = 1; n < 100; n++) ORDINAL_VALUE.set(ordinalWords(n), n);

/** `81st`, `82nd`, `83rd`, `80th`, `11th`. */
function numeralOrdinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

// ---------------------------------------------------------------------------------------------------------
// The mutations

/** §1.6: each preambular paragraph ends with a comma. */
const ppSemicolon = mutation("pp-semicolon",
  "A preambular paragraph ends with a semicolon instead of a comma (conventions.md §1.6, §6.2)",
  (_text, tree) => tree.preamble.flatMap((p) => {
    const last = lastCharAt(p);
    return last && last.ch === "," ? [one(p, last.at, last.at + 1, ";")] : [];
  }));

/** §1.6: only the last operative paragraph ends with a full stop. */
const opFullStopMid = mutation("op-full-stop-mid",
  "An operative paragraph other than the last ends with a full stop instead of a semicolon (conventions.md §1.6, §6.3)",
  (_text, tree) => {
    const ops = operatives(tree);
    return ops.slice(0, -1).flatMap((p) => {
      const last = lastCharAt(p);
      return last && last.ch === ";" ? [one(p, last.at, last.at + 1, ".")] : [];
    });
  });

/** §1.6: the last operative paragraph ends with a full stop. */
const lastOpSemicolon = mutation("last-op-semicolon",
  "The last operative paragraph ends with a semicolon instead of a full stop (conventions.md §1.6, §6.3)",
  (_text, tree) => {
    const p = operatives(tree).at(-1);
    const last = p ? lastCharAt(p) : null;
    return p && last && last.ch === "." ? [one(p, last.at, last.at + 1, ";")] : [];
  });

function lastNumbered(text: string, tree: Resolution): { p: OperativeParagraph; at: number; digits: string } | null {
  const ops = operatives(tree);
  const p = ops.at(-1);
  if (!p || ops.length < 2 || !p.number || p.number.suffix) return null;
  const digits = String(p.number.value);
  const s = text.slice(p.number.span.start, p.number.span.end);
  const at = s.indexOf(digits);
  if (at < 0) return null;
  return { p, at: p.number.span.start + at, digits };
}

/** §1.4, §6.3: operative paragraphs are numbered consecutively (the last one skips a number). */
const numberingGap = mutation("numbering-gap",
  "The operative numbering skips a number: the last paragraph is numbered one too high (conventions.md §1.4, §6.3)",
  (text, tree) => {
    const n = lastNumbered(text, tree);
    return n ? [one(n.p, n.at, n.at + n.digits.length, String(Number(n.digits) + 1))] : [];
  });

/** §1.4, §6.3: no duplicate operative numbers (the last paragraph repeats the number before it). */
const numberingDuplicate = mutation("numbering-duplicate",
  "Two operative paragraphs carry the same number: the last repeats the previous one's (conventions.md §1.4, §6.3)",
  (text, tree) => {
    const n = lastNumbered(text, tree);
    return n ? [one(n.p, n.at, n.at + n.digits.length, String(Number(n.digits) - 1))] : [];
  });

/** The base form a drafter writes for a present-indicative verb: Requests → Request, Stresses → Stress. */
function baseForm(verb: string): string | null {
  if (verb.length <= 3 || !/s$/i.test(verb) || /ss$/i.test(verb) || /^(has|is|was|does)$/i.test(verb)) return null;
  if (/(ss|sh|ch|x|zz)es$/i.test(verb)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/i.test(verb)) return verb.slice(0, -3) + "y";
  return verb.slice(0, -1);
}

/** §1.3: each operative paragraph opens with a verb in the present indicative (`Request` for `Requests`). */
const verbForm = mutation("verb-form",
  "An operative paragraph opens with the base form of its verb (Request for Requests) instead of the present indicative (conventions.md §1.3, §6.3)",
  (text, tree) => tree.operative.flatMap((p) => {
    const o = openerSource(text, p);
    if (!o || !p.opener) return [];
    const m = new RegExp(`\\b${p.opener.head.replace(/[^A-Za-z]/g, "")}\\b`, "i").exec(o.s);
    if (!m || p.opener.head.replace(/[^A-Za-z]/g, "") === "") return [];
    const base = baseForm(m[0]);
    return base ? [one(p, o.span.start + m.index, o.span.start + m.index + m[0].length, base)] : [];
  }));

/** §1.10, §6.4: in the preamble the adverb follows the participle (`Recalling also`, never `Also recalling`). */
const adverbFirstPreamble = mutation("also-recalling",
  "A repeated preambular opener puts the adverb first (Also recalling for Recalling also) (conventions.md §1.10, §6.4)",
  (text, tree) => tree.preamble.flatMap((p) => {
    const o = openerSource(text, p);
    const m = o ? /^(\p{Lu}[\p{L}' ]*?)\s+(also|further)$/u.exec(o.s) : null;
    return o && m ? [one(p, o.span.start, o.span.end, `${ucFirst(m[2]!)} ${lcFirst(m[1]!)}`)] : [];
  }));

/** §1.10, §6.4: in the operative part the adverb comes first (`Also requests`, not `Requests also`). */
const adverbLastOperative = mutation("requests-also",
  "A repeated operative opener puts the adverb after the verb (Requests also for Also requests) (conventions.md §1.10, §6.4)",
  (text, tree) => tree.operative.flatMap((p) => {
    const o = openerSource(text, p);
    // The adverb goes right after the verb: `Also reiterates its call upon` → `Reiterates also its call upon`.
    const m = o ? /^(Also|Further)\s+(\p{Ll}+)((?: [\p{L}']+)*)$/u.exec(o.s) : null;
    return o && m ? [one(p, o.span.start, o.span.end, `${ucFirst(m[2]!)} ${lcFirst(m[1]!)}${m[3]}`)] : [];
  }));

/** Opener text without its adverb of repetition, for comparing openers: `Recalling also` → `recalling`. */
function openerBase(s: string): string {
  return s.toLowerCase().replace(/^(also|further)\s+/, "").replace(/\s+(also|further)$/, "").trim();
}

function repetition(s: string): "also" | "further" | null {
  const m = /^(also|further)\s|\s(also|further)$/i.exec(s);
  return m ? ((m[1] ?? m[2])!.toLowerCase() as "also" | "further") : null;
}

interface Placed {
  readonly p: Paragraph;
  /** The opener as it stands in the source (on one line). */
  readonly o: { s: string; span: Span };
}

/**
 * Walk each part (preamble, operative part) in document order, offering every paragraph with a one-line
 * opener together with the earlier ones of its part; collect what `visit` makes of it.
 */
function byOpener(text: string, tree: Resolution,
  visit: (here: Placed, earlier: readonly { text: string; head: string }[]) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const list of [tree.preamble, tree.operative]) {
    // Every earlier opener counts, also one broken over two lines (which is not edited itself).
    const earlier: { text: string; head: string }[] = [];
    for (const p of [...list].sort((a, b) => a.span.start - b.span.start)) {
      const o = openerSource(text, p);
      const c = o ? visit({ p, o }, earlier) : null;
      if (c) out.push(c);
      if (p.opener) earlier.push({ text: p.opener.text.replace(/\s+/g, " "), head: p.opener.head.toLowerCase() });
    }
  }
  return out;
}


/** §1.10, §6.4: `X further` needs an earlier `X also` (the first `X also` becomes `X further`). */
const furtherBeforeAlso = mutation("further-before-also",
  "A \"further\" opener comes before any \"also\" one (Recalling further before Recalling also) (conventions.md §1.10, §6.4)",
  (text, tree) => byOpener(text, tree, ({ p, o }, earlier) => {
    const base = openerBase(o.s);
    if (repetition(o.s) !== "also" || earlier.some((e) => repetition(e.text) && openerBase(e.text) === base)) return null;
    const m = /also/i.exec(o.s)!;
    return one(p, o.span.start + m.index, o.span.start + m.index + 4, m[0] === "Also" ? "Further" : "further");
  }));

/** §1.10 (a), §6.4: `X also` needs an earlier `X` (the first plain `X` is made `X also` / `Also X`). */
const alsoWithoutAntecedent = mutation("also-without-antecedent",
  "An \"also\" opener has no earlier paragraph with the same opener (Recalling also as the first Recalling) (conventions.md §1.10, §6.4)",
  (text, tree) => byOpener(text, tree, ({ p, o }, earlier) => {
    // The parser's head has the modifiers stripped: `Strongly condemns` after `Condemns` is no first.
    const head = p.opener!.head.toLowerCase();
    if (repetition(o.s) || !/^\p{Lu}/u.test(o.s) || earlier.some((e) => e.head === head)) return null;
    return p.kind === "preamble"
      ? one(p, o.span.end, o.span.end, " also")
      : one(p, o.span.start, o.span.start + 1, `Also ${o.s.charAt(0).toLowerCase()}`);
  }));

/** §6.9: the opener's first word is capitalized. */
const lowercaseOpener = mutation("lowercase-opener",
  "A paragraph's opener starts with a lower-case letter (conventions.md §6.9; §1.3)",
  (text, tree) => paragraphs(tree).flatMap((p) => {
    if (!p.opener) return [];
    const at = p.opener.span.start;
    const ch = text.charAt(at);
    return /\p{Lu}/u.test(ch) && ch.toLowerCase() !== ch ? [one(p, at, at + 1, ch.toLowerCase())] : [];
  }));

/** §1.8, §6.7: sessions are spelled-out ordinals (`at its eighty-first session`, never `81st session`). */
const sessionNumerals = mutation("session-numerals",
  "A session is written in numerals (81st session) instead of a spelled-out ordinal (conventions.md §1.8, §6.7)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, /\b([a-z]+(?:-[a-z]+)?)(?=\s+(?:special\s+|emergency\s+special\s+)?session\b)/).flatMap((hit) => {
      // Not the unit of an ordinal whose hyphen the PDF broke (`seventy -sixth`, `seventy sixth`).
      if (brokenCompound(p.body.text.slice(0, hit.m.index))) return [];
      const n = ORDINAL_VALUE.get(hit.m[1]!);
      return n ? [one(p, hit.span.start, hit.span.start + hit.m[1]!.length, numeralOrdinal(n))] : [];
    })));

function brokenCompound(before: string): boolean {
  return /(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s*[-‑]?\s*$/i.test(before) || /[-‑]\s*$/.test(before);
}

/** §1.8, §6.7: meeting numbers are numeral ordinals (`69th plenary meeting`, not `sixty-ninth`). */
const meetingWords = mutation("meeting-words",
  "A plenary meeting number is spelled out (sixty-ninth plenary meeting) instead of a numeral ordinal (conventions.md §1.8, §6.7)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, /\b(\d{1,3})(?:st|nd|rd|th)(?=\s+plenary\s+meeting)/).flatMap((hit) => {
      const n = Number(hit.m[1]);
      return n >= 1 && n < 100 ? [one(p, hit.span.start, hit.span.end, ordinalWords(n))] : [];
    })));

const DATE_RE = new RegExp(`\\b(\\d{1,2})( )(${MONTH_RE})( )(\\d{4})\\b`);
const DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2})(\\s+)(${MONTH_RE})\\b`);

/** §1.6: a date is a real calendar date (`31 June 2025` is not). */
const impossibleDate = mutation("impossible-date",
  "A date that does not exist (31 June, 30 February) (conventions.md §1.6 dates, §6.6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, DAY_MONTH_RE).map((hit, i) => {
      const month = hit.m[3]!;
      let replacement: string;
      if (THIRTY_DAY.has(month)) replacement = `31${hit.m[2]}${month}`;
      else if (month === "February") replacement = `30${hit.m[2]}${month}`;
      else replacement = `31${hit.m[2]}${["June", "September", "April", "November"][i % 4]}`;
      return one(p, hit.span.start, hit.span.end, replacement);
    })));

/** §1.6: dates are day, month, year with no comma (`19 December 2023`, not `December 19, 2023`). */
const dateOrder = mutation("date-order",
  "A date in month-day order with a comma (December 19, 2023) instead of day month year (conventions.md §1.6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, DATE_RE).map((hit) => one(p, hit.span.start, hit.span.end, `${hit.m[3]} ${hit.m[1]}, ${hit.m[5]}`))));

/** §1.6: no ordinal in a date (`19th December 2023`). */
const dateOrdinal = mutation("date-ordinal",
  "A date with an ordinal day (19th December 2023) (conventions.md §1.6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, DATE_RE).map((hit) => {
      const d = Number(hit.m[1]);
      return one(p, hit.span.start, hit.span.start + hit.m[1]!.length, numeralOrdinal(d));
    })));

/** §1.6: no comma inside a date (`19 December, 2023`). */
const dateComma = mutation("date-comma",
  "A date with a comma before the year (19 December, 2023) (conventions.md §1.6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, DATE_RE).map((hit) => {
      const at = groupStart(hit, 4);
      return one(p, at, at, ",");
    })));

/** Brackets that are sub-paragraph labels, not parentheses of the text: (a), (iv). */
function isLabel(inner: string): boolean {
  return /^([a-z]|[ivxl]+)$/.test(inner);
}

/** §5.1, §6.10: square brackets and parentheses are balanced (a closing one is lost, or a `[` is left). */
const unbalancedBracket = mutation("unbalanced-bracket",
  "An unbalanced bracket: a closing parenthesis lost, or an opening square bracket left from negotiation (conventions.md §5.1 brackets, §6.10)",
  (_text, tree) => paragraphs(tree).flatMap((p) => {
    const out: Candidate[] = [];
    const body = p.body.text;
    const stack: number[] = [];
    for (let i = 0; i < body.length; i++) {
      if (body[i] === "(") stack.push(i);
      else if (body[i] === ")" && stack.length > 0) {
        const open = stack.pop()!;
        if (stack.length > 0 || isLabel(body.slice(open + 1, i))) continue;
        const span = toSource(p.body, i, i + 1);
        if (span) out.push(one(p, span.start, span.end, ""));
      }
    }
    if (out.length === 0 && !/[[\]]/.test(body)) {
      const words = matches(p, /(?<=\s)(?:the|a|an|all|its|and)\s(?=\p{L})/u);
      const w = words[Math.floor(words.length / 2)];
      if (w) out.push(one(p, w.span.start, w.span.start, "["));
    }
    return out;
  }));

/** §1.8: quotation marks and apostrophes are curly. */
const straightQuotes = mutation("straight-quotes",
  "Straight quotation marks or apostrophe (\"...\", ') instead of curly ones (conventions.md §1.8)",
  (_text, tree) => paragraphs(tree).flatMap((p) => {
    const out: Candidate[] = [];
    for (const m of p.body.text.matchAll(/“[^“”]*”/g)) {
      const open = toSource(p.body, m.index, m.index + 1);
      const close = toSource(p.body, m.index + m[0].length - 1, m.index + m[0].length);
      if (open && close) {
        out.push({ para: p, edits: [
          { start: open.start, end: open.end, insert: "\"" },
          { start: close.start, end: close.end, insert: "\"" },
        ] });
      }
    }
    for (const hit of matches(p, /(?<=\p{L})’(?=\p{L})/u)) out.push(one(p, hit.span.start, hit.span.end, "'"));
    return out;
  }));

/** A word typed twice (`the the`): the Editorial Manual's general rule that the text is clean. */
const doubledWord = mutation("doubled-word",
  "A word typed twice (the the) (conventions.md §6 general drafting hygiene; the text the Editorial Manual edits is clean)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, /(?<=\s)(the|of|to|and|in|for|on|that|its)(?=\s)/).slice(0, 12).map((hit) =>
      one(p, hit.span.end, hit.span.end, ` ${hit.m[1]}`))));

/** §1.8: the text calls itself `the present resolution`. */
const selfReference = mutation("self-reference",
  "The resolution refers to itself as \"this resolution\" instead of \"the present resolution\" (conventions.md §1.8, §6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, /\bthe present (?=resolution\b)/).map((hit) => one(p, hit.span.start, hit.span.end, "this "))));

/** §1.7: other organs are named in full (`Economic and Social Council resolution`, not `ECOSOC resolution`). */
const organAbbreviated = mutation("organ-abbreviated",
  "Another organ is named by an abbreviation (ECOSOC resolution, HRC resolution, SC resolution) instead of in full (conventions.md §1.7, §6.6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, /\b(Economic and Social Council|Human Rights Council|Security Council)(?= resolution)/).map((hit) => {
      const abbr = { "Economic and Social Council": "ECOSOC", "Human Rights Council": "HRC", "Security Council": "SC" }[
        hit.m[1] as "Economic and Social Council"]!;
      return one(p, hit.span.start, hit.span.end, abbr);
    })));

/** §1.2: document symbols are well formed (`A/C.3/80/L.3`, `A/RES/78/229`). */
const symbolForm = mutation("symbol-form",
  "A malformed document symbol (A/C3/80/L.3, A/80/L22, A/Res/78/229, A79/68) (conventions.md §1.2)",
  (_text, tree) => paragraphs(tree).flatMap((p) => [
    ...matches(p, /\bA\/C\.(?=[1-6]\/\d+\/)/).map((hit) => one(p, hit.span.end - 1, hit.span.end, "")),
    ...matches(p, /\b(A\/(?:C\.[1-6]\/)?\d+\/L)\.(?=\d)/).map((hit) => one(p, hit.span.end - 1, hit.span.end, "")),
    ...matches(p, /\bA\/RES\/(?=\d)/).map((hit) => one(p, hit.span.start, hit.span.end, "A/Res/")),
    ...matches(p, /\bA\/(?=\d{2,3}\/\d)/).map((hit) => one(p, hit.span.start, hit.span.end, "A")),
  ]));

/** §1.7: a list of cited resolutions is in chronological order. */
const citationOrder = mutation("citation-order",
  "Cited resolutions out of chronological order (78/229 and 69/193) (conventions.md §1.7, §6.6)",
  (_text, tree) => paragraphs(tree).flatMap((p) =>
    matches(p, new RegExp(`\\b(\\d{2,3})/(\\d{1,4})((?: [A-Z])?(?: of \\d{1,2} (?:${MONTH_RE}) \\d{4})?) and (\\d{2,3})/(\\d{1,4})((?: [A-Z])?(?: of \\d{1,2} (?:${MONTH_RE}) \\d{4})?)`)).flatMap((hit) => {
      const [, s1, n1, rest1, s2, n2, rest2] = hit.m;
      if (Number(s1) >= Number(s2)) return [];
      return [one(p, hit.span.start, hit.span.end, `${s2}/${n2}${rest2} and ${s1}/${n1}${rest1}`)];
    })));

/** §1.6, §6.8: a footnote reference comes after the punctuation (`Convention, 1` not `Convention 1,`). */
const markerBeforePunctuation = mutation("marker-before-punctuation",
  "A footnote marker placed before the punctuation it should follow (conventions.md §1.6, §6.8)",
  (text, tree) => paragraphs(tree).flatMap((p) => {
    const out: Candidate[] = [];
    const pieces = p.body.pieces;
    for (let i = 0; i < pieces.length; i++) {
      const prev = pieces[i]!;
      const gapEnd = i + 1 < pieces.length ? pieces[i + 1]!.start : p.span.end;
      const gap = text.slice(prev.end, gapEnd);
      const m = /^(\s*)(\d{1,3}|\[\^[A-Za-z0-9]+\])(?=\s|$)/.exec(gap);
      const punct = text.charAt(prev.end - 1);
      if (!m || !/[,;.]/.test(punct) || prev.end - prev.start < 2) continue;
      // Only a marker: the rest of the gap is whitespace (a page artefact is never moved across).
      if (i + 1 < pieces.length && gap.slice(m[0].length).trim() !== "") continue;
      const markerEnd = prev.end + m[0].length;
      out.push({ para: p, edits: [
        { start: prev.end - 1, end: prev.end, insert: "" },
        { start: markerEnd, end: markerEnd, insert: punct },
      ] });
    }
    return out;
  }));

/** §1.4, §6.5: sub-paragraph letters run without gaps ((a), (b), (d)). */
const subparagraphGap = mutation("subparagraph-gap",
  "Sub-paragraph letters skip one: the last of (a), (b), (c) becomes (d) (conventions.md §1.4, §6.5)",
  (text, tree) => paragraphs(tree).flatMap((p) => {
    const labels = matches(p, /\(([a-h])\)(?= \S)/).filter((hit) => {
      const before = text.slice(Math.max(p.span.start, hit.span.start - 3), hit.span.start);
      return hit.span.start === p.span.start || /(^|\n)\s*$|[:;] ?$/.test(before);
    });
    const letters = labels.map((h) => h.m[1]!);
    const last = labels.at(-1);
    if (!last || labels.length < 2) return [];
    const next = String.fromCharCode(last.m[1]!.charCodeAt(0) + 1);
    if (letters.includes(next) || letters[letters.length - 2] !== String.fromCharCode(next.charCodeAt(0) - 2)) return [];
    return [one(p, last.span.start + 1, last.span.start + 2, next)];
  }));

export const MUTATIONS: readonly Mutation[] = [
  ppSemicolon,
  opFullStopMid,
  lastOpSemicolon,
  numberingGap,
  numberingDuplicate,
  verbForm,
  adverbFirstPreamble,
  adverbLastOperative,
  furtherBeforeAlso,
  alsoWithoutAntecedent,
  lowercaseOpener,
  sessionNumerals,
  meetingWords,
  impossibleDate,
  dateOrder,
  dateOrdinal,
  dateComma,
  unbalancedBracket,
  straightQuotes,
  doubledWord,
  selfReference,
  organAbbreviated,
  symbolForm,
  citationOrder,
  markerBeforePunctuation,
  subparagraphGap,
];
