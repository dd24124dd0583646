/**
 * Property test for the promise "a fix never touches text it did not mean to".
 *
 * Drafts: real adopted texts written back as `.unres` (test/unit/lint/to-unres.ts) and small generated
 * drafts, with drafting slips injected on the model (end marks, numbering with bis/alt, lower-case
 * openers, verb forms, doubled words and spaces, straight quotes, abbreviated dates, `81st session`,
 * footnote markers out of order or before punctuation, negotiation brackets, comments and suppression
 * comments). Fix-all is replayed round by round (as `fixAll` does) and every fix offered is checked:
 *
 * - each edit lies inside the paragraph, footnote or organ line its diagnostic is about (renumbering
 *   fixes, RES004/RES012, inside some paragraph or footnote) and never inside a comment;
 * - the words (letter/digit runs) it removes and adds are the word change its rule documents
 *   (docs/rules/*.md): none for punctuation, quote and spacing fixes; case for RES002/RES005; a verb form
 *   for RES005; word order for RES010; numbers for RES004/RES012; labels for RES008; `A`/`RES` for
 *   RES015; months and ordinals for RES016; ordinals for RES018/RES020; the repeated word for RES024;
 *   `this` → `the present` for RES027.
 *
 * Then over the whole result: fixing again changes nothing; the input's words are all there except those
 * the fixes' own edits removed (token diff); paragraphs, footnotes and sections are as many as before; the
 * comments are the same, byte for byte.
 *
 * Seeded (RESDRAFT_FC_SEED=<n> or "random" to explore); the seed is printed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { diffArrays } from "diff";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../server/src/core/syntax/parse";
import type { Resolution, Span } from "../../server/src/core/syntax/tree";
import { applyFixes, fixAll, lintSource } from "../../server/src/core/lint/index";
import type { LintDiagnostic } from "../../server/src/core/lint/index";
import { render, toModel, type DraftModel } from "../unit/lint/to-unres";
import { CORPUS } from "./hostile";
import { checkFix, minus as uncovered, tokens } from "./fix-safety-check";

const RUNS = Number(process.env.RESDRAFT_FIX_RUNS ?? 800);
const SEED = process.env.RESDRAFT_FC_SEED === "random" ? Date.now() | 0 : Number(process.env.RESDRAFT_FC_SEED ?? 20261128);
let cases = 0;
let fixesChecked = 0;
afterAll(() =>
  console.log(
    `robustness/fix-safety: ${cases} drafts, ${fixesChecked} fixes checked, fast-check seed ${SEED}`,
  ),
);

// ---------------------------------------------------------------------------------------------
// Drafts

/** Adopted texts of session 80 up to 12 KB, a spread of them, as draft models (JSON, cloned per case). */
const SEEDS: readonly string[] = readdirSync(CORPUS)
  .filter((f) => /^A-RES-80-\d+\.txt$/.test(f) && statSync(join(CORPUS, f)).size <= 12_000)
  .sort()
  .filter((_, i) => i % 3 === 0)
  .map((f) => JSON.stringify(toModel(parse(readFileSync(join(CORPUS, f), "utf8")))));

const PRE = [
  "Recalling its resolution 78/229 of 19 December 2023,",
  "Recalling also its resolution 79/1 of 1 October 2024,[^1]",
  "Reaffirming the Charter of the United Nations,",
  "Noting with concern the report of the Secretary-General,[^2]",
  "Bearing in mind the “Pact for the Future”,",
  "Welcoming the work of the Commission at its eightieth session,",
];
const OP = [
  "Takes note of the report of the Secretary-General;[^3]",
  "Requests the Secretary-General to report at its eighty-first session on the implementation of the present resolution;",
  "Also requests the Secretary-General to consult on paragraph 1 above;",
  "Decides to remain seized of the matter;",
  "Calls upon Member States to act on 4 September 2024;",
  "Urges all States to consider:\n(a) the first matter;\n(b) the second matter;",
  "Encourages the Court’s work;",
];
const NOTES = ["A/80/327.", "United Nations, Treaty Series, vol. 1.", "See A/79/1, para. 3."];

const smallDraft = fc
  .tuple(fc.subarray(PRE, { minLength: 0 }), fc.subarray(OP, { minLength: 1 }), fc.boolean())
  .map(([pre, op, session]): DraftModel => {
    const model: DraftModel = {
      session: session ? 80 : null,
      status: null,
      organComma: pre.length > 0,
      preamble: [...pre],
      operative: op.map((text, i) => ({ number: op.length > 1 ? String(i + 1) : null, text })),
      footnotes: [],
    };
    // End marks as the last paragraph needs them; footnotes for the markers used.
    const last = model.operative[model.operative.length - 1]!;
    last.text = last.text.replace(/;(\[\^\d\])?$/, ".$1");
    const cited = new Set([...render(model).matchAll(/\[\^(\d)\]/g)].map((m) => m[1]!));
    model.footnotes = [...cited].sort().map((n) => ({ number: n, text: NOTES[Number(n) - 1]! }));
    return model;
  });

const realDraft = fc.constantFrom(...SEEDS).map((s) => JSON.parse(s) as DraftModel);

// ---------------------------------------------------------------------------------------------
// Slips, applied to the model so the paragraph structure stays known

type Slip = (m: DraftModel, r: number) => void;
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const pickIn = <T,>(xs: readonly T[], r: number): number => Math.floor(r * xs.length);

/** Paragraph texts of the model, as get/set pairs (preamble, operative, footnotes). */
function slots(m: DraftModel): { get: () => string; set: (t: string) => void }[] {
  return [
    ...m.preamble.map((_, i) => ({ get: () => m.preamble[i]!, set: (t: string) => void (m.preamble[i] = t) })),
    ...m.operative.map((o) => ({ get: () => o.text, set: (t: string) => void (o.text = t) })),
    ...m.footnotes.map((f) => ({ get: () => f.text, set: (t: string) => void (f.text = t) })),
  ];
}

/** Change one paragraph's text; r picks the paragraph. */
const onText =
  (f: (t: string, r: number) => string, which: "pre" | "op" | "any" = "any"): Slip =>
  (m, r) => {
    const all = slots(m);
    const pool = which === "pre" ? all.slice(0, m.preamble.length) : which === "op" ? all.slice(m.preamble.length, m.preamble.length + m.operative.length) : all;
    if (!pool.length) return;
    const s = pool[pickIn(pool, r)]!;
    s.set(f(s.get(), (r * 7919) % 1));
  };

/** Replace the n-th (by r) match of re in t. */
function replaceOne(t: string, re: RegExp, r: number, by: (m: RegExpExecArray) => string): string {
  const ms = [...t.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"))] as RegExpExecArray[];
  if (!ms.length) return t;
  const m = ms[pickIn(ms, r)]!;
  return t.slice(0, m.index) + by(m) + t.slice(m.index + m[0].length);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})\\b`);

const SLIPS: Record<string, Slip> = {
  endMark: onText((t, r) => t.replace(/[,;.:](?=(\[\^\w+\])*$)/, [";", ",", ".", ":", ""][Math.floor(r * 5)]!)),
  endMarkOp: (m, r) => {
    const o = m.operative[pickIn(m.operative, r)];
    if (o) o.text = o.text.replace(/[,;.:](?=(\[\^\w+\])*$)/, r < 0.5 ? "," : ".");
  },
  renumber: (m, r) => {
    const o = m.operative[pickIn(m.operative, r)];
    if (o) o.number = r < 0.3 ? null : String(Math.floor(r * 9) + 1);
  },
  numberLone: (m) => {
    if (m.operative.length === 1) m.operative[0]!.number = "1";
  },
  bis: (m, r) => {
    const i = pickIn(m.operative, r);
    const o = m.operative[i];
    if (!o?.number || !/^\d+$/.test(o.number)) return;
    const label = [`${o.number} bis`, `${o.number} alt`, `OP${o.number} alt`, `Alt ${o.number}`][Math.floor(r * 4)]!;
    const text = r < 0.5 ? "Decides to consider the matter further;" : `[${o.text.replace(/\.$/, ";")}]`;
    m.operative.splice(i + 1, 0, { number: label, text });
  },
  lowerOpener: onText((t) => t.replace(/^(\[?)([A-Z])/, (_, b: string, c: string) => b + c.toLowerCase())),
  verbForm: onText((t, r) => t.replace(/^(\[?)([A-Z][a-z]+?)(s|es)\b/, (_, b: string, v: string, s: string) => b + (r < 0.5 ? v + (s === "es" ? "e" : "") : v.replace(/e$/, "") + "ing")), "op"),
  participle: onText((t) => t.replace(/^([A-Z][a-z]+)ing\b/, "$1s"), "pre"),
  alsoOrder: onText((t) => t.replace(/^([A-Z][a-z]+) also\b/, (_, v: string) => `Also ${v.toLowerCase()}`).replace(/^Also ([a-z]+)\b/, (_, v: string) => `${v[0]!.toUpperCase()}${v.slice(1)} also`)),
  doubleWord: onText((t, r) => replaceOne(t, /(?<=\s)([A-Za-z]+)(?=\s)/, r, (m) => `${m[0]} ${r < 0.8 ? m[0] : m[0][0]!.toUpperCase() + m[0].slice(1)}`)),
  doubleSpace: onText((t, r) => replaceOne(t, / /, r, () => (r < 0.5 ? "  " : "   "))),
  straightQuote: onText((t, r) => (/[“”’]/.test(t) && r < 0.6 ? t.replace(/[“”]/g, '"').replace(/’/g, "'") : replaceOne(t, /(?<=\s)[a-z]+(?=\s)/, r, (m) => `"${m[0]}"`))),
  apostrophe: onText((t, r) => replaceOne(t, /(?<=[a-z])s\b/, r, () => "'s")),
  date: onText((t, r) =>
    replaceOne(t, DATE, r, (m) => {
      const [, d, mon, y] = m;
      const ab = mon!.slice(0, 3) + (r < 0.5 ? "." : "");
      return [`${d} ${ab} ${y}`, `${mon} ${d}, ${y}`, `${d}th ${mon} ${y}`, `${ab} ${d}, ${y}`, `${d} ${mon!.toLowerCase()} ${y}`][Math.floor(r * 5)]!;
    }),
  ),
  addDate: onText((t) => t.replace(/([,;.])(?=(\[\^\w+\])*$)/, " of 19 Dec. 2023$1")),
  session: onText((t, r) => {
    const words = /\b(seventy-ninth|eightieth|eighty-first|eighty-second) session\b/;
    if (words.test(t)) return replaceOne(t, words, r, (m) => `${{ "seventy-ninth": "79th", eightieth: "80th", "eighty-first": "81st", "eighty-second": "82nd" }[m[1]!]} session`);
    return t.replace(/([,;.])(?=(\[\^\w+\])*$)/, r < 0.5 ? " at its 81st session$1" : " at its eighty first session$1");
  }),
  meeting: onText((t) => t.replace(/([,;.])(?=(\[\^\w+\])*$)/, " at the sixty-ninth meeting of the Sixth Committee$1")),
  symbol: onText((t, r) => replaceOne(t, /\bresolution (\d{2})\/(\d+)/, r, (m) => `resolution ${r < 0.5 ? `A/RES/${m[1]}/${m[2]}` : `${m[1]}-${m[2]}`}`)),
  thisResolution: onText((t) => t.replace("the present resolution", "this resolution"), "op"),
  markerBeforePunct: onText((t, r) => replaceOne(t, /([,;.])((?:\[\^\w+\])+)/, r, (m) => (r < 0.5 ? m[2]! + m[1]! : m[0] + m[1]!))),
  markersSwap: (m) => {
    if (m.footnotes.length < 2) return;
    const swap = (t: string) => t.replace(/\[\^(\d+)\]/g, (_, n: string) => `[^${n === m.footnotes[0]!.number ? m.footnotes[1]!.number : n === m.footnotes[1]!.number ? m.footnotes[0]!.number : n}]`);
    m.preamble = m.preamble.map(swap);
    m.operative.forEach((o) => (o.text = swap(o.text)));
    const [a, b] = [m.footnotes[0]!.number, m.footnotes[1]!.number];
    m.footnotes[0]!.number = b;
    m.footnotes[1]!.number = a;
  },
  bracketWords: onText((t, r) => replaceOne(t, /(?<=\s)[a-z]+(?: [a-z]+)?(?=[\s,;.])/, r, (m) => `[${m[0]}]`)),
  bracketWhole: onText((t, r) => (r < 0.5 ? `[${t}]` : `[${t.replace(/[,;.:](?=(\[\^\w+\])*$)/, "")}]`)),
  bracketUnbalanced: onText((t, r) => replaceOne(t, /(?<=\s)[a-z]+(?=\s)/, r, (m) => (r < 0.5 ? `[${m[0]}` : `${m[0]}]`))),
  commentInline: onText((t, r) => replaceOne(t, / /, r, () => " <!-- check this with capital -->  ")),
  commentEnd: onText((t) => `${t} <!-- agreed ad ref, the the “x” -->`),
  suppress: onText((t, r) => `<!-- resdraft-disable-next-paragraph ${["RES006", "RES005", "RES024", "RES023", "RES003"][Math.floor(r * 5)]} -->\n${t}`),
  suppressAll: (m) => void (m.preamble.length ? (m.preamble[0] = `<!-- resdraft-disable-next-paragraph -->\n${m.preamble[0]}`) : undefined),
  organ: (m) => void (m.organComma = !m.organComma),
  subLabel: onText((t, r) => replaceOne(t, /\n\(([a-h]|i{1,3}|iv|v)\)/, r, (m) => `\n(${r < 0.5 ? "a" : m[1] === "a" ? "c" : "i"})`)),
  subMark: onText((t, r) => replaceOne(t, /[;:](?= *(and|or)?\n\()/, r, () => (r < 0.5 ? "," : ""))),
  reference: onText((t, r) => t.replace(/([;.])(?=(\[\^\w+\])*$)/, ` as set out in paragraph${r < 0.5 ? "" : "s 1 and"} ${Math.floor(r * 6) + 1} above$1`), "op"),
  bracketOpener: onText((t) => t.replace(/^(Also |Further |Strongly |Once again )?([A-Z][a-z]+)/, (_, a: string | undefined, v: string) => (a ? `[${a.trim()}] ${v.toLowerCase()}` : `[${v}]`)), "op"),
  noteMarkerInNote: (m) => void (m.footnotes.length > 1 ? (m.footnotes[1]!.text += ` See also [^${m.footnotes[0]!.number}].`) : undefined),
};

const slip = fc.tuple(fc.constantFrom(...Object.keys(SLIPS)), frac);
const draft = fc
  .tuple(fc.oneof({ weight: 2, arbitrary: realDraft }, { weight: 1, arbitrary: smallDraft }), fc.array(slip, { minLength: 1, maxLength: Number(process.env.RESDRAFT_FIX_SLIPS ?? 6) }))
  .map(([m, ss]) => {
    for (const [k, r] of ss) SLIPS[k]!(m, r);
    return render(m);
  });

// ---------------------------------------------------------------------------------------------
// Checks

const OPTIONS = { format: "unres" } as const;

function counts(t: Resolution) {
  return { preamble: t.preamble.length, operative: t.operative.length, footnotes: t.footnotes.length, sections: t.sections.length };
}
const commentTexts = (t: Resolution) => t.comments.map((c) => t.source.slice(c.span.start, c.span.end));

/** The span a diagnostic is about: its paragraph, footnote, section or organ line. */
function ownerSpan(tree: Resolution, at: Span): Span | null {
  const owners: Span[] = [...tree.preamble, ...tree.operative, ...tree.footnotes, ...tree.sections].map((p) => p.span);
  if (tree.organ) owners.push(tree.organ.span);
  return owners.find((s) => s.start <= at.start && at.end <= s.end) ?? null;
}

const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isApostrophe = (c: string | undefined) => c === "’" || c === "'";
/** Whether offset b is inside a word: between two letters, or at an apostrophe within a word. */
function midWord(t: string, b: number): boolean {
  if (isWord(t[b - 1]) && isWord(t[b])) return true;
  if (isWord(t[b - 1]) && isApostrophe(t[b]) && isWord(t[b + 1])) return true;
  return isApostrophe(t[b - 1]) && isWord(t[b - 2]) && isWord(t[b]);
}
const wordAt = (t: string, b: number) => /[\p{L}\p{N}’']*$/u.exec(t.slice(Math.max(0, b - 30), b))![0] + /^[\p{L}\p{N}’']*/u.exec(t.slice(b, b + 30))![0];

/** Check one offered fix against the text it was computed on; returns the words its edits replace and write. */
function checkOne(text: string, tree: Resolution, d: LintDiagnostic): { removed: string[]; added: string[] } {
  const fix = d.fix!;
  const where = `${d.code} '${fix.title}' at ${d.span.start}`;
  const spread = d.code === "RES004" || d.code === "RES012";
  const owner = ownerSpan(tree, d.span);
  const paragraphs = [...tree.preamble, ...tree.operative, ...tree.footnotes].map((p) => p.span);
  // RES012 rewrites the run of definitions whole (blank lines between them included), in the new order.
  const notes = tree.footnotes.filter((f) => !f.inAnnex).map((f) => f.span);
  if (d.code === "RES012" && notes.length) paragraphs.push({ start: Math.min(...notes.map((s) => s.start)), end: Math.max(...notes.map((s) => s.end)) });
  for (const e of fix.edits) {
    const inside = (s: Span) => s.start <= e.start && e.end <= s.end;
    if (spread) expect(paragraphs.some(inside), `${where}: edit ${e.start}-${e.end} outside every paragraph and footnote`).toBe(true);
    else expect(owner !== null && inside(owner), `${where}: edit ${e.start}-${e.end} outside the diagnostic's paragraph ${JSON.stringify(owner)}`).toBe(true);
    for (const c of tree.comments) {
      if (!(e.start < c.span.end && e.end > c.span.start)) continue;
      // Moving footnote definitions whole (RES012) carries a comment inside one along, unchanged.
      const kept = e.start <= c.span.start && c.span.end <= e.end && e.text.includes(text.slice(c.span.start, c.span.end));
      expect(d.code === "RES012" && kept, `${where}: edit ${e.start}-${e.end} touches the comment ${JSON.stringify(c.text)}`).toBe(true);
    }
  }
  // An edit starts and ends between words, not inside one (`request’s` is one word): only capitalising
  // a first letter (RES002/RES005) and replacing a quote mark (RES023) edit within a word.
  for (const e of fix.edits) {
    const capital = e.end === e.start + 1 && e.text === text[e.start]!.toUpperCase();
    if (capital || d.code === "RES023") continue;
    for (const b of [e.start, e.end]) {
      expect(midWord(text, b), `${where}: edit ${e.start}-${e.end} ${JSON.stringify(text.slice(e.start, e.end))} → ${JSON.stringify(e.text)} cuts the word ${JSON.stringify(wordAt(text, b))}`).toBe(false);
    }
  }
  // An end mark is the paragraph's last: after it come only footnote markers, brackets and comments.
  if ((d.code === "RES003" || d.code === "RES006") && owner) {
    for (const e of fix.edits) {
      let tail = text.slice(e.end, owner.end);
      for (const c of tree.comments) if (c.span.start >= e.end && c.span.end <= owner.end) tail = tail.replace(text.slice(c.span.start, c.span.end), "");
      expect(tokens(tail.replace(/\[\^\w+\]/g, "")), `${where}: words after the end mark it sets`).toEqual([]);
    }
  }
  const verdict = checkFix(d.code, text, fix.edits);
  expect(verdict.problem, `${where}: ${verdict.problem}`).toBeNull();
  // For the whole-text check, all the words the edits cover: a renumbering moves numbers about
  // without changing their multiset, and the token diff sees those moves as removals and additions.
  return { removed: fix.edits.flatMap((e) => tokens(text.slice(e.start, e.end))), added: fix.edits.flatMap((e) => tokens(e.text)) };
}

/** Fix-all replayed round by round, every offered fix checked; `offered` lists `CODE title` of each. */
function fixChecked(source: string): { text: string; removed: string[]; added: string[]; offered: string[] } {
  let text = source;
  const offered: string[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  for (let round = 0; round < 10; round++) {
    const { tree, diagnostics } = lintSource(text, OPTIONS);
    const withFix = diagnostics.filter((d) => d.fix);
    if (!withFix.length) break;
    for (const d of withFix) {
      fixesChecked++;
      offered.push(`${d.code} ${d.fix!.title}`);
      const v = checkOne(text, tree, d);
      removed.push(...v.removed);
      added.push(...v.added);
    }
    const r = applyFixes(text, withFix.map((d) => d.fix!));
    if (r.applied === 0 || r.text === text) break;
    text = r.text;
  }
  return { text, removed, added, offered };
}

function checkDraft(source: string): void {
  cases++;
  const { text, removed, added } = fixChecked(source);
  const once = fixAll(source, OPTIONS);
  expect(text, "fix-all replay differs from fixAll").toBe(once.text);
  // 1. Idempotent.
  expect(fixAll(once.text, OPTIONS).text, "a second fix-all changed the text").toBe(once.text);
  // 2. Nothing lost: every word removed or added is one inside a fix's own edit.
  // Case aside: capitalising an opener (RES002/RES005) edits one letter, not a word.
  const words = (t: string) => tokens(t).map((w) => w.toLowerCase());
  const diff = diffArrays(words(source), words(once.text));
  const lost = diff.filter((c) => c.removed).flatMap((c) => c.value);
  const gained = diff.filter((c) => c.added).flatMap((c) => c.value);
  // Renumbering changes many numbers, and the diff may then align a word with its copy elsewhere
  // (`3 above` removed here, `2 above` added there): a word both lost and gained that way is not lost.
  const lostFree = uncovered(lost, removed.map((w) => w.toLowerCase()));
  const gainedFree = uncovered(gained, added.map((w) => w.toLowerCase()));
  expect(uncovered(lostFree, gainedFree), "words lost that no fix removed").toEqual([]);
  expect(uncovered(gainedFree, lostFree), "words added that no fix added").toEqual([]);
  // 4. (exploration only) A rule that had nothing to say before the fixes has something after them.
  if (process.env.RESDRAFT_FIX_EXPLORE) {
    const was = new Set(lintSource(source, OPTIONS).diagnostics.map((d) => d.code));
    const fresh = [...new Set(once.diagnostics.map((d) => d.code))].filter((c) => !was.has(c));
    expect(fresh, "rules reporting only after fix-all").toEqual([]);
  }
  // 3. Structure kept; comments byte for byte.
  const before = parse(source, OPTIONS);
  const after = parse(once.text, OPTIONS);
  expect(counts(after), "paragraph/footnote/section counts").toEqual(counts(before));
  expect(commentTexts(after), "comments").toEqual(commentTexts(before));
}

describe("fix safety: a fix never touches text it did not mean to", () => {
  // Exploration, not part of `npm test`: RESDRAFT_FIX_EXPLORE=<n> checks n drafts without stopping at the
  // first failure and prints the shortest draft for each kind of failure (to shrink by hand).
  it.runIf(!!process.env.RESDRAFT_FIX_EXPLORE)("explore", () => {
    const kinds = new Map<string, string>();
    for (const s of fc.sample(draft, { numRuns: Number(process.env.RESDRAFT_FIX_EXPLORE), seed: SEED })) {
      try {
        checkDraft(s);
      } catch (e) {
        const kind = String((e as Error).message).split("\n")[0]!.replace(/\d+/g, "N").slice(0, 160);
        if (!kinds.has(kind) || kinds.get(kind)!.length > s.length) kinds.set(kind, s);
      }
    }
    for (const [k, s] of kinds) console.log(`== ${k}\n${JSON.stringify(s)}`);
  });

  it(`fix-all on drafts with drafting slips: local, word-preserving, structure-keeping, idempotent (${RUNS} drafts)`, () => {
    fc.assert(
      fc.property(draft, (s) => checkDraft(s)),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
