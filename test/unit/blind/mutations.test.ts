/**
 * The lint harness's drafting errors (test/helpers/mutations.ts), tested on their own: on real official texts
 * and on `.unres` drafts each mutation applies where the document has a place for it, makes the error it
 * names, changes only the paragraph it reports (every other byte kept), and is deterministic for a seed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Resolution } from "../../../server/src/core/syntax/tree";
import { MUTATIONS, type Mutation } from "../../helpers/mutations";

const ROOT = join(__dirname, "../../..");
const TEXTS = join(ROOT, "test/fixtures/corpus/texts");

/** Every fifth official text (adopted resolutions and L-drafts alike), and every `.unres` the repository ships. */
function documents(): { name: string; text: string }[] {
  const official = readdirSync(TEXTS).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 5 === 0)
    .map((f) => ({ name: f, text: readFileSync(join(TEXTS, f), "utf8") }));
  const unres = [join(ROOT, "samples"), join(ROOT, "test/fixtures/parser/ok")].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith(".unres")).sort()
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") })));
  return [...official, ...unres, { name: "synthetic.unres", text: SYNTHETIC }];
}

/** A draft with the rarer places (a meeting number and symbols inside paragraphs), which real texts seldom have. */
const SYNTHETIC = `---
symbol: A/C.3/81/L.7
---

Safety and security of humanitarian personnel

The General Assembly,

Recalling its resolutions 78/118 of 8 December 2023 and 79/138 of 9 December 2024,

Recalling also the decision taken at its 45th plenary meeting, on 5 December 2024, on the draft resolution contained in document A/C.3/79/L.12,

1. Takes note of the report of the Secretary-General (A/80/385);

2. Requests the Secretary-General:

(a) To continue to report on security incidents;

(b) To include information on locally recruited personnel;

(c) To submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution.
`;

/** A small deterministic generator (xorshift32) so each run makes the same mutations. */
function seeded(seed: number): () => number {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

/** What was taken out and put in, between the common prefix and suffix of two strings. */
function diff(a: string, b: string): { removed: string; inserted: string } {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { removed: a.slice(p, a.length - s), inserted: b.slice(p, b.length - s) };
}

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";

/** The error each kind must make, judged on the paragraph before and after (not on how it was made). */
const MAKES: Record<string, (before: string, after: string) => boolean> = {
  "pp-semicolon": (a, b) => same(diff(a, b), ",", ";"),
  "op-full-stop-mid": (a, b) => same(diff(a, b), ";", "."),
  "last-op-semicolon": (a, b) => same(diff(a, b), ".", ";"),
  "numbering-gap": (a, b) => numberStep(a, b) === 1,
  "numbering-duplicate": (a, b) => numberStep(a, b) === -1,
  "verb-form": (a, b) => { const d = diff(a, b); return /^(s|e?s)$/.test(d.removed) && d.inserted === "" || /^ie?s?$/.test(d.removed) && d.inserted === "y"; },
  "also-recalling": more(/(^|[\s*_])(Also|Further) \p{Ll}/gu),
  "requests-also": more(/(^|[\s*_])\p{Lu}[\p{L} ]*? (also|further)\b/gu),
  "further-before-also": (a, b) => count(b, /\bfurther\b/gi) === count(a, /\bfurther\b/gi) + 1 && count(b, /\balso\b/gi) === count(a, /\balso\b/gi) - 1,
  "also-without-antecedent": (a, b) => count(b, /\balso\b/gi) === count(a, /\balso\b/gi) + 1,
  "lowercase-opener": (a, b) => { const d = diff(a, b); return d.removed.length === 1 && d.inserted === d.removed.toLowerCase() && d.inserted !== d.removed; },
  // The ordinal and "session" may stand on two pages, with page furniture between them in the source.
  "session-numerals": (a, b) => { const d = diff(a, b); return /^[a-z-]+$/.test(d.removed) && /^\d{1,2}(st|nd|rd|th)?$/.test(d.inserted) && /session/.test(b); },
  "meeting-words": more(/\b[a-z]+(-[a-z]+)?\s+plenary\s+meeting\b/g),
  "impossible-date": more(/\b(31\s+(April|June|September|November)|30\s+February)\b/g),
  "date-order": more(new RegExp(`\\b${MONTH} \\d{1,2}, \\d{4}`, "g")),
  "date-ordinal": more(new RegExp(`\\b\\d{1,2}(st|nd|rd|th) ${MONTH} \\d{4}`, "g")),
  "date-comma": more(new RegExp(`\\b\\d{1,2} ${MONTH}, \\d{4}`, "g")),
  "unbalanced-bracket": (_a, b) => balance(b, "(", ")") !== 0 || balance(b, "[", "]") !== 0,
  "straight-quotes": (a, b) => count(b, /["']/g) > count(a, /["']/g) && count(b, /[“”’]/g) < count(a, /[“”’]/g),
  "doubled-word": more(/\b(\p{L}+)\s+\1\b/gu),
  "self-reference": more(/\bthis resolution\b/g),
  "organ-abbreviated": more(/\b(ECOSOC|HRC|SC)\s+resolutions?\b/g),
  "symbol-form": more(/\bA\/C[1-6]\/|\/L\d|A\/Res\/|\bA\d{2,3}\//g),
  "citation-order": (a, b) => { const d = diff(a, b); return d.removed !== "" && d.inserted !== "" && d.removed.length === d.inserted.length; },
  "marker-before-punctuation": (a, b) => a.length === b.length && /(\d|\])[,;.]/.test(diff(a, b).inserted),
  "subparagraph-gap": (a, b) => { const d = diff(a, b); return /^[b-i]$/.test(d.inserted) && d.inserted.charCodeAt(0) === d.removed.charCodeAt(0) + 1; },
};

function count(s: string, re: RegExp): number {
  return [...s.matchAll(re)].length;
}

/** The paragraph holds one more instance of the pattern than before. */
function more(re: RegExp): (a: string, b: string) => boolean {
  return (a, b) => count(b, re) > count(a, re);
}

function same(d: { removed: string; inserted: string }, removed: string, inserted: string): boolean {
  return d.removed === removed && d.inserted === inserted;
}

function numberStep(a: string, b: string): number | null {
  const x = /^\s*(\d+)/.exec(a);
  const y = /^\s*(\d+)/.exec(b);
  return x && y ? Number(y[1]) - Number(x[1]) : null;
}

function balance(s: string, open: string, close: string): number {
  let n = 0;
  for (const ch of s) { if (ch === open) n++; else if (ch === close) n--; }
  return n;
}

interface Outcome { applied: number; places: number }

function check(m: Mutation, name: string, text: string, tree: Resolution, seed: number): boolean {
  const r = m.apply(text, tree, seeded(seed));
  if (!r) return false;
  const delta = r.text.length - text.length;
  const oldEnd = r.span.end - delta;
  const target = [...tree.preamble, ...tree.operative].find((p) => p.span.start === r.span.start && p.span.end === oldEnd);
  expect(target, `${m.kind} on ${name}: span is a paragraph of the input`).toBeDefined();
  expect(r.text, `${m.kind} on ${name}: text changed`).not.toBe(text);
  expect(r.text.slice(0, r.span.start), `${m.kind} on ${name}: before the paragraph`).toBe(text.slice(0, r.span.start));
  expect(r.text.slice(r.span.end), `${m.kind} on ${name}: after the paragraph`).toBe(text.slice(oldEnd));
  const before = text.slice(r.span.start, oldEnd);
  const after = r.text.slice(r.span.start, r.span.end);
  expect(MAKES[m.kind]!(before, after), `${m.kind} on ${name}: makes its error\n${JSON.stringify(diff(before, after))}`).toBe(true);
  // Page furniture and line breaks inside the paragraph are kept: only the characters of one error change.
  expect(after.split("\n").length, `${m.kind} on ${name}: line breaks kept`).toBe(before.split("\n").length);
  // Deterministic: the same seed makes the same edit.
  expect(m.apply(text, tree, seeded(seed))).toEqual(r);
  return true;
}

describe("mutations", () => {
  const docs = documents();
  const trees = docs.map((d) => parse(d.text));

  it("every kind is named once and cites conventions.md", () => {
    const kinds = MUTATIONS.map((m) => m.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const k of kinds) expect(MAKES[k], k).toBeDefined();
    for (const m of MUTATIONS) expect(m.description, m.kind).toMatch(/conventions\.md §\d/);
  });

  for (const m of MUTATIONS) {
    it(`${m.kind}: applies, makes its error, touches one paragraph`, () => {
      const outcome: Outcome = { applied: 0, places: 0 };
      docs.forEach((d, i) => {
        for (let seed = 1; seed <= 3; seed++) {
          if (check(m, d.name, d.text, trees[i]!, seed * 1000 + i)) outcome.applied++;
        }
      });
      // Each kind finds a place in some documents (meeting numbers and symbols inside paragraphs are rare in
      // real texts: the synthetic draft has them).
      expect(outcome.applied, m.kind).toBeGreaterThan(0);
    });
  }

  it("returns null when the document has no place for the error", () => {
    const text = "The General Assembly,\n\n1. Decides to remain seized of the matter.\n";
    const tree = parse(text, { format: "unres" });
    for (const kind of ["pp-semicolon", "op-full-stop-mid", "numbering-gap", "also-recalling", "date-order", "session-numerals"]) {
      expect(MUTATIONS.find((m) => m.kind === kind)!.apply(text, tree, seeded(1)), kind).toBeNull();
    }
  });

  it("makes the documented errors on a .unres draft", () => {
    const text = readFileSync(join(ROOT, "samples/draft-81st-session.unres"), "utf8");
    const tree = parse(text);
    const run = (kind: string) => MUTATIONS.find((m) => m.kind === kind)!.apply(text, tree, seeded(7))!.text;
    expect(run("session-numerals")).toContain("provisional agenda of its 82nd session");
    expect(run("last-op-semicolon")).toMatch(/technical cooperation capacity”;\n/);
    expect(run("numbering-gap")).toContain("\n6. Decides to include");
    expect(run("verb-form")).toMatch(/\n\d\. (Take note|Underline|Encourage|Decide) /);
    expect(run("straight-quotes")).toMatch(/"(Crime prevention and criminal justice|Strengthening the United Nations[^"]*)"/);
    expect(run("date-order")).toMatch(/(December 19, 2023|December 18, 2025)/);
    expect(run("marker-before-punctuation")).toContain("Convention against Corruption[^1],");
  });
});
