/**
 * Completion for drafters: openers at the start of a preambular paragraph and after `N. `,
 * ranked by how often the official texts use them and by what came before (`Recalling` used →
 * `Recalling also` first; after `Recalling also` → `Recalling further`); footnote markers;
 * snippets for the next operative paragraph, the reporting and agenda formulas with the next
 * session computed, and the closing.
 */
import type { Paragraph, Resolution, Span } from "../syntax/tree";
import { opNumberText } from "./labels";
import { formOf, indexesOf, shapeOf, type OpenerCount, type OpenerData, type Part } from "./openers";
import { ordinalWords } from "../text/ordinals";
import { clip } from "./outline";

export interface Candidate {
  readonly label: string;
  readonly kind: "opener" | "snippet" | "marker";
  readonly detail: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** Whether `insertText` uses snippet syntax ($1, ${1:x}). */
  readonly snippet: boolean;
  /** The source span the insert replaces (the typed prefix). */
  readonly replace: Span;
  readonly sortText: string;
  readonly filterText?: string;
  readonly preselect?: boolean;
  /** For openers: which part's list it came from (its usage note is computed on demand). */
  readonly part?: Part;
}

export interface CompletionOptions {
  readonly openers: OpenerData;
  /** Today as `18 December 2025`, for the closing snippet (the core reads no clock). */
  readonly today?: string;
}

const SUFFIXES = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies"];
const NUMBER_LINE = new RegExp(`^\\s*\\d{1,4}(?:\\s+(?:${SUFFIXES.join("|")}))?\\.\\s*$`);
const OP_START = new RegExp(`^(\\s*)(\\d{1,4}(?:\\s+(?:${SUFFIXES.join("|")}))?)\\.\\s+([A-Za-z][A-Za-z ]*)?$`);

export function complete(tree: Resolution, offset: number, opts: CompletionOptions): Candidate[] {
  const src = tree.source;
  const o = Math.max(0, Math.min(offset, src.length));
  const lineStart = src.lastIndexOf("\n", o - 1) + 1;
  const prefix = src.slice(lineStart, o);

  const fn = /\[\^([0-9]*)$/.exec(prefix);
  if (fn) return footnoteCandidates(tree, { start: o - fn[1]!.length, end: o });

  const op = OP_START.exec(prefix);
  if (op) {
    const typed = op[3] ?? "";
    const replace = { start: o - typed.length, end: o };
    const openers = openerCandidates(tree, "operative", lineStart, replace, typed, opts.openers);
    return [...openers, ...formulaCandidates(tree, replace, null, typed)];
  }

  const word = /^\s*([A-Za-z][A-Za-z ]*)?$/.exec(prefix);
  const digits = /^\s*(\d*)$/.exec(prefix);
  if (!word && !digits) return [];
  const afterOrgan = !tree.organ || o > tree.organ.span.start;
  if (!afterOrgan) return [];
  const prev = previousLine(src, lineStart);
  // Official (pdftotext) layout: the number stands on its own line, the verb opens the next one.
  if (word && prev !== null && NUMBER_LINE.test(prev)) {
    const typed = (word[1] ?? "").trimStart();
    const replace = { start: o - typed.length, end: o };
    return openerCandidates(tree, "operative", lineStart, replace, typed, opts.openers);
  }
  const firstOp = tree.operative[0];
  const out: Candidate[] = [];
  const typed = (word?.[1] ?? digits?.[1] ?? "").trimStart();
  const replace = { start: o - typed.length, end: o };
  const inPreamble = !firstOp || o <= firstOp.span.start;
  // A new paragraph starts after a line ending a paragraph (`,` `;` `.` `:`) or the organ line.
  const atParagraphStart = prev === null || /[,;:.]\s*$/.test(prev) || (tree.organ !== null && /General Assembly,?\s*$/.test(prev));
  if (!atParagraphStart) return [];
  if (word && inPreamble && (prev === null || /,\s*$/.test(prev))) {
    out.push(...openerCandidates(tree, "preamble", lineStart, replace, typed, opts.openers));
  }
  const lastOp = tree.operative[tree.operative.length - 1];
  const afterLastOp = lastOp !== undefined && o >= lastOp.span.end;
  out.push(...formulaCandidates(tree, replace, nextNumber(tree, o), typed));
  if (afterLastOp && !tree.closing) out.push(closingCandidate(replace, opts.today));
  return out;
}

/** Footnote markers after a paragraph's end mark: `…Convention), 1` in official texts, `…2002,[^2]` in drafts. */
const TRAILING_MARKERS = /([,;:.])\s*(?:\[\^[^\]]+\]|\d{1,3})(?:\s*,?\s*(?:\[\^[^\]]+\]|\d{1,3}))*\s*$/;

/** The last non-blank line before `lineStart`, without trailing footnote markers; null at the top. */
function previousLine(src: string, lineStart: number): string | null {
  let end = lineStart - 1;
  while (end > 0) {
    const start = src.lastIndexOf("\n", end - 1) + 1;
    const line = src.slice(start, end).replace(/\r$/, "");
    if (line.trim() && !/^\s*<!--.*-->\s*$/.test(line)) return line.replace(TRAILING_MARKERS, "$1");
    end = start - 1;
  }
  return null;
}

/** The number for a paragraph inserted at `offset`: the next integer, or `N bis` inside the text. */
export function nextNumber(tree: Resolution, offset: number): string {
  const before = tree.operative.filter((p) => p.span.start < offset && p.number);
  const last = before[before.length - 1];
  if (!last?.number) return "1";
  const next = String(last.number.value + 1);
  const taken = new Set(tree.operative.map((p) => opNumberText(p).toLowerCase()));
  if (!taken.has(next)) return next;
  for (const s of SUFFIXES) {
    const t = `${last.number.value} ${s}`;
    if (!taken.has(t)) return t;
  }
  return next;
}

/** The session number of the text, from the masthead, symbol or front matter. */
export function sessionOf(tree: Resolution): number | null {
  if (tree.header.sessionNumber) return tree.header.sessionNumber;
  const n = tree.title?.number?.value ?? tree.header.symbol?.value ?? "";
  const m = /(?:^|\/)(\d{2,3})\/(?:L\.)?\d+/.exec(n);
  return m ? Number(m[1]) : null;
}

function formulaCandidates(tree: Resolution, replace: Span, number: string | null, typed: string): Candidate[] {
  const session = sessionOf(tree);
  const next = session ? ordinalWords(session + 1) : "";
  const sessionSnippet = next ? `\${1:${next}}` : "${1:eighty-first}";
  const lead = number ? `${number}. ` : "";
  const out: Candidate[] = [];
  const detail = next ? `next session: ${next} (this text: ${ordinalWords(session!)})` : "session unknown";
  if (number) {
    out.push({
      label: `${number}. `,
      kind: "snippet",
      detail: "New operative paragraph",
      insertText: `${number}. $0`,
      snippet: true,
      replace,
      sortText: "5",
      filterText: `${number}. `,
    });
  }
  const formulas: [string, string, string][] = [
    [
      "Requests the Secretary-General to submit … report",
      `Requests the Secretary-General to submit to the General Assembly at its ${sessionSnippet} session a report on the implementation of the present resolution;`,
      "Reporting formula (conventions §1.8)",
    ],
    [
      "Decides to include in the provisional agenda … item",
      `Decides to include in the provisional agenda of its ${sessionSnippet} session the item entitled “\${2:title}”;`,
      "Agenda formula (conventions §1.8)",
    ],
  ];
  for (const [label, body, doc] of formulas) {
    const full = lead + label;
    if (typed && !full.toLowerCase().startsWith(typed.toLowerCase()) && !label.toLowerCase().startsWith(typed.toLowerCase())) continue;
    out.push({
      label: full,
      kind: "snippet",
      detail,
      documentation: doc,
      insertText: lead + body + "$0",
      snippet: true,
      replace,
      sortText: number ? "6" : "9",
      filterText: typed && !number ? label : full,
    });
  }
  return out;
}

function closingCandidate(replace: Span, today: string | undefined): Candidate {
  return {
    label: "NNth plenary meeting (closing)",
    kind: "snippet",
    detail: "Closing: meeting and date of adoption",
    documentation: "The closing is set in italics, right-aligned: `69th plenary meeting` / `18 December 2025`.",
    insertText: `\${1:NN}th plenary meeting\n\${2:${today ?? "D Month YYYY"}}$0`,
    snippet: true,
    replace,
    sortText: "7",
    filterText: "plenary meeting",
  };
}

function footnoteCandidates(tree: Resolution, replace: Span): Candidate[] {
  const numeric = tree.footnotes.map((f) => Number(f.number.value)).filter((n) => Number.isFinite(n));
  const next = (numeric.length ? Math.max(...numeric) : 0) + 1;
  const after = tree.source[replace.end] === "]" ? "" : "]";
  const out: Candidate[] = tree.footnotes.map((f, i) => ({
    label: f.number.value,
    kind: "marker",
    detail: clip(f.body.text, 60),
    documentation: f.body.text,
    insertText: f.number.value + after,
    snippet: false,
    replace,
    sortText: `1${String(i).padStart(5, "0")}`,
  }));
  out.push({ label: String(next), kind: "marker", detail: "New footnote", insertText: String(next) + after, snippet: false, replace, sortText: "0", preselect: true });
  return out;
}

/** Per base phrase: which forms were used before the cursor and how recently. */
interface Used {
  base: boolean;
  also: boolean;
  further: boolean;
  /** Position (in the part) of the last paragraph that used the base in any form. */
  last: number;
}

function openerCandidates(tree: Resolution, part: Part, lineStart: number, replace: Span, typed: string, data: OpenerData): Candidate[] {
  const paragraphs: readonly Paragraph[] = part === "preamble" ? tree.preamble : tree.operative;
  // What came before: paragraphs that start earlier, except the one being written.
  const here = lineStart;
  const before = paragraphs.filter((p) => p.span.start < here && !(here >= p.span.start && here < p.span.end));
  const used = new Map<string, Used>();
  before.forEach((p, i) => {
    if (!p.opener) return;
    const s = shapeOf(p.opener.text, part);
    const key = s.base.toLowerCase();
    // A repeated base opener starts a new chain: `Recalling` … `Recalling` → `Recalling also` again.
    const u = s.form === "base" ? { base: false, also: false, further: false, last: -1 } : (used.get(key) ?? { base: false, also: false, further: false, last: -1 });
    u[s.form] = true;
    u.last = i;
    used.set(key, u);
  });
  const lastIndex = before.length - 1;
  const list: OpenerCount[] = [...indexesOf(data)[part].list];
  // The next form of a used base may be missing from the lists (`Noting with regret also`): add it.
  const known = new Set(list.map((c) => c.phrase.toLowerCase()));
  for (const [key, u] of used) {
    const base = before.map((p) => p.opener && shapeOf(p.opener.text, part)).find((s) => s && s.base.toLowerCase() === key)!.base;
    const want = u.also ? "further" : "also";
    const phrase = formOf(base, want, part);
    if (!known.has(phrase.toLowerCase())) list.push({ phrase, count: 0, resolutions: 0 });
  }
  const t = typed.toLowerCase();
  const out: Candidate[] = [];
  let best: { tier: number; index: number } | null = null;
  for (const c of list) {
    if (t && !c.phrase.toLowerCase().startsWith(t)) continue;
    const s = shapeOf(c.phrase, part);
    const u = used.get(s.base.toLowerCase());
    const tier = tierOf(s.form, u, lastIndex);
    const sortText = `${tier}${String(9_999_999 - Math.min(c.count, 9_999_999)).padStart(7, "0")}`;
    out.push({
      label: c.phrase,
      kind: "opener",
      detail: c.count > 0 ? `${part === "preamble" ? "PP" : "OP"} opener · ${c.count.toLocaleString("en-US")}× in ${c.resolutions} resolutions` : "repetition form",
      part,
      insertText: c.phrase + " ",
      snippet: false,
      replace,
      sortText,
    });
    if (!best || tier < best.tier || (tier === best.tier && c.count > list[best.index]!.count)) best = { tier, index: list.indexOf(c) };
  }
  if (best && best.tier === 0) {
    const label = list[best.index]!.phrase;
    return out.map((c) => (c.label === label ? { ...c, preselect: true } : c));
  }
  return out;
}

/**
 * 0: the continuation of the previous paragraph's opener (`Recalling` → `Recalling also` →
 * `Recalling further`); 1: a continuation of an earlier opener, or repeating the previous one;
 * 2: a fresh opener or a repeat (official texts do repeat `Recalling` and `Recalling also`);
 * 4: a form whose predecessor is missing (`Recalling also` with no `Recalling` before), which
 * the official texts almost never write (conventions §1.10).
 */
function tierOf(form: "base" | "also" | "further", u: Used | undefined, lastIndex: number): number {
  const recent = u !== undefined && u.last === lastIndex;
  switch (form) {
    case "base":
      return 2;
    case "also":
      if (!u?.base) return 4;
      if (u.also) return recent ? 1 : 2;
      return recent ? 0 : 1;
    case "further":
      if (!u?.also) return 4;
      return recent ? 0 : 1;
  }
}
