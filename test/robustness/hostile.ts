/**
 * Hostile inputs for the robustness suite: real corpus texts and drafts, mutated the ways
 * text gets damaged in practice (PDF extraction, copy-paste from Word, editors on other
 * platforms, a wrong file opened), plus generated and binary garbage.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

const ROOT = join(__dirname, "../..");
export const CORPUS = join(ROOT, "test/fixtures/corpus/texts");
export const OMNIBUS = readFileSync(join(CORPUS, "A-RES-80-110.txt"), "utf8");

/** Small and medium real texts (≤ 25 KB, so many cases fit in the time budget) and the .unres drafts. */
export const REAL: readonly string[] = (() => {
  const official = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .filter((f) => statSync(join(CORPUS, f)).size <= 25_000)
    .filter((_, i) => i % 8 === 0) // a spread of documents, not all of them
    .map((f) => readFileSync(join(CORPUS, f), "utf8"));
  const editor = join(ROOT, "test/fixtures/editor");
  const drafts = readdirSync(editor)
    .filter((f) => f.endsWith(".unres"))
    .map((f) => readFileSync(join(editor, f), "utf8"));
  return [...official, ...drafts];
})();

/** Characters that have broken text tools: controls, separators, BOM, replacement char, lone surrogates. */
const NASTY = [
  "\u0000", "\u0001", "\u0007", "\b", "\u000b", "\f", "\u001b", "\u007f", "\u0085", "\u00a0", "\u00ad",
  "\u200b", "\u200e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ud800", "\udfff", "\t", "\r", "\r\n", "😀", "e\u0301",
];

type Mutation = (s: string) => string;
const at = (s: string, f: number) => Math.floor(f * s.length);
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete a run of text (a lost line, a half paragraph)
  fc.tuple(frac, fc.integer({ min: 1, max: 2000 })).map(([f, n]): Mutation => (s) => s.slice(0, at(s, f)) + s.slice(at(s, f) + n)),
  // duplicate a run of text (pasted twice)
  fc.tuple(frac, fc.integer({ min: 1, max: 3000 })).map(([f, n]): Mutation => (s) => {
    const i = at(s, f);
    return s.slice(0, i + n) + s.slice(i, i + n) + s.slice(i + n);
  }),
  // insert control characters and other odd code units
  fc.tuple(frac, fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 5 })).map(([f, cs]): Mutation => (s) => s.slice(0, at(s, f)) + cs.join("") + s.slice(at(s, f))),
  // line ends of other platforms, whole document or mixed
  fc.constantFrom<Mutation>((s) => s.replace(/\n/g, "\r\n"), (s) => s.replace(/\n/g, "\r"), (s) => s.replace(/\n/g, (_, i: number) => (i % 3 ? "\n" : i % 2 ? "\r" : "\r\n"))),
  // a byte-order mark, at the start or (pasted) in the middle
  fc.tuple(fc.boolean(), frac).map(([start, f]): Mutation => (s) => (start ? "\ufeff" + s : s.slice(0, at(s, f)) + "\ufeff" + s.slice(at(s, f)))),
  // non-breaking spaces and tabs for spaces
  fc.tuple(fc.constantFrom("\u00a0", "\t", "\u2007", "\u202f"), fc.integer({ min: 2, max: 7 })).map(([c, k]): Mutation => (s) => s.replace(/ /g, (m, i: number) => (i % k === 0 ? c : m))),
  // very long lines: a region with its line breaks removed, or a pasted 100k-character line
  fc.tuple(frac, fc.boolean()).map(([f, join]): Mutation => (s) => {
    const i = at(s, f);
    return join ? s.slice(0, i) + s.slice(i, i + 20_000).replace(/\r?\n|\r/g, " ") + s.slice(i + 20_000) : s.slice(0, i) + "word ".repeat(20_000) + s.slice(i);
  }),
  // binary garbage spliced in (a wrong file, a bad decode)
  fc.tuple(frac, fc.uint8Array({ minLength: 1, maxLength: 400 })).map(([f, bytes]): Mutation => (s) => s.slice(0, at(s, f)) + Buffer.from(bytes).toString("latin1") + s.slice(at(s, f))),
  // structure-shaped noise: numbers, labels, openers and fences where they do not belong
  fc.tuple(frac, fc.constantFrom("\n\n1.\n", "\n(a)\n", "\n---\n", "\n[^1]: \n", "\n<!-- resdraft-disable", "\nAnnex\n", "\n* ", " [^", "\n80/\n", "\n1 bis. ", "-->", "\nI\n")).map(([f, t]): Mutation => (s) => s.slice(0, at(s, f)) + t + s.slice(at(s, f))),
);

/** A real text with up to five mutations. */
export const mutatedReal: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REAL), fc.array(mutation, { maxLength: 5 }))
  .map(([text, ms]) => ms.reduce((s, m) => m(s), text));

/** Resolution-shaped text from fragments, so generated input reaches deep parser paths. */
const fragment = fc.constantFrom(
  "---\n", "symbol: A/C.3/80/L.3\n", "status: final\n", "predecessor: 78/229\n", "80/229.\n", "The General Assembly,\n", "\n",
  "Recalling its resolution 78/229 of 19 December 2023,\n", "Recalling also", "Noting with concern", "Reaffirming",
  "1. Requests the Secretary-General to report;\n", "2. ", "2 bis. ", "Decides", "(a) ", "(i) ", "a. ", "i. ", ";", ",", ".",
  "[^1]", "[^1]: See A/80/327.\n", "1 A/80/327.\n", "________________\n", "2/59\n", "25-21234 (E)\n", "*2521234*\n",
  "I\n", "A. Heading\n", "Annex\n", "69th plenary meeting\n18 December 2025\n", "<!-- resdraft-disable RES005 -->", "<!-- ",
  "paragraph 12 above", "eightieth session", "“", "”", "  ", "\t", "\r\n", "\r",
);
export const generated: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fragment, { maxLength: 60 }).map((xs) => xs.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString("utf8")) },
);

/** Any hostile text: mutated real text most of the time, generated otherwise. */
export const hostile: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: mutatedReal }, { weight: 2, arbitrary: generated });
