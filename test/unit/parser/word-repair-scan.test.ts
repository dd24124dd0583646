// The word-repair scanners are hand-written for speed; the regular expressions they replace stay here as the
// oracle, run on random text over every character class the scanners tell apart and on corpus lines.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chained, eachWord, hyphenatedForms, hyphenInserts, joinsSplit, repairCuts, vocabulary, WordRepair, type Join, type PairContext, type RepairLine } from "../../../server/src/core/syntax/word-repair";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'‑-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const SPLIT = /([\p{L}\p{N}]+[‑-]?) ([‑-]?[\p{L}\p{N}]+)/gu;

/** The whole-document repair of `lines` (the reader passes their offsets in two arrays). */
const repairOf = (source: string, lines: readonly { start: number; end: number }[]): WordRepair =>
  new WordRepair(source, Int32Array.from(lines, (l) => l.start), Int32Array.from(lines, (l) => l.end));

function vocabularyByRegex(source: string, lines: readonly { start: number; end: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    for (const m of source.slice(l.start, l.end).matchAll(WORD)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      if (/[‑-]/.test(m[0])) for (const part of m[0].split(/[‑-]/)) if (part) counts.set(part, (counts.get(part) ?? 0) + 2);
    }
  }
  return counts;
}

function cutsByRegex(source: string, line: RepairLine, words: ReadonlyMap<string, number>): number[] {
  const text = source.slice(line.start, line.end);
  const out: number[] = [];
  let last: Join | undefined;
  SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPLIT.exec(text))) {
    const [whole, a, b] = m as unknown as [string, string, string];
    const before = text[m.index - 1] ?? " ";
    const after = text[m.index + whole.length] ?? " ";
    SPLIT.lastIndex = m.index + a.length + 1;
    if (/[\p{L}\p{N}’'‑-]/u.test(before) || /[\p{L}\p{N}’'‑-]/u.test(after)) continue;
    // Which splits to join is word-repair.ts's decision (joinsSplit); this oracle checks the scanning around it.
    const strength = joinsSplit(a, b, words, () => Math.min(8, source.split(`${a} ${b}`).length - 1), contextByRegex(source, text, m.index, whole.length));
    if (!strength) continue;
    const space = line.start + m.index + a.length;
    if (line.cuts.some((c) => c.start <= space && space < c.end)) continue;
    const join = { at: space, from: line.start + m.index, strength };
    if (last && chained(last, join)) {
      if (last.strength >= strength) continue;
      out.pop();
    }
    out.push(space);
    last = join;
  }
  return out;
}

/** The words one space before and after the pair at text[at, at + length), whole runs only, and the document's phrases. */
function contextByRegex(source: string, text: string, at: number, length: number): PairContext {
  const before = /(?<![\p{L}\p{N}’'‑-])([\p{L}\p{N}](?:[\p{L}\p{N}’'‑-]*[\p{L}\p{N}])?) $/u.exec(text.slice(0, at))?.[1] ?? "";
  const after = /^ ([\p{L}\p{N}](?:[\p{L}\p{N}’'‑-]*[\p{L}\p{N}])?)(?![\p{L}\p{N}’'‑-])/u.exec(text.slice(at + length))?.[1] ?? "";
  const phraseCount = (phrase: string): number => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return Math.min(8, [...source.matchAll(new RegExp(`(?<![\\p{L}\\p{N}’'‑-])${escaped}(?![\\p{L}\\p{N}’'‑-])`, "gu"))].length);
  };
  return { neighbours: [before, after], phraseCount };
}

const COMPOUND_NUMBER = /^((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)$/i;

function insertsByRegex(source: string, line: RepairLine, words: ReadonlyMap<string, number>, forms: ReadonlyMap<string, string>): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  const text = source.slice(line.start, line.end);
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 6) continue;
    const n = COMPOUND_NUMBER.exec(w);
    if (n) {
      out.push({ at: line.start + m.index! + n[1]!.length, text: "-" });
      continue;
    }
    const h = forms.get(w.replace(/[‑-]/g, "").toLowerCase());
    if (!h || h.length !== w.length + 1 || (words.get(w) ?? 0) > (words.get(h) ?? 0)) continue;
    const [lw, lh] = [w.toLowerCase(), h.toLowerCase()];
    let i = 0;
    while (i < lw.length && lw[i] === lh[i]) i++;
    if (!/[‑-]/.test(h[i]!) || lw.slice(i) !== lh.slice(i + 1) || i === 0 || i === w.length) continue;
    const at = line.start + m.index! + i;
    if (line.cuts.some((c) => c.start < at && at < c.end)) continue;
    out.push({ at, text: h[i]! });
  }
  return out;
}

/** A seeded generator (the same cases on every run). */
function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const PIECES = ["ab", "cd", "abcd", "cdab", "abcdcdab", "seventy", "ninth", "co", "located", "202", "5", "2025", "é", "ü", "𝐀", "😀", " ", " ", " ", "  ", "-", "‑", "’", "'", ",", ".", "(", "\u00a0", "x", "7"];

/** Pieces that make split words of the joins below often: `co -located`, `ab- cd`, `202 5`. */
const JOIN_PIECES = ["ab", "cd", "co", "located", "202", "5", "é", "𝐀", " ", " ", " ", "-", "‑", "’", ",", "ab-", "-cd", "-located", "x"];

function randomText(next: () => number, length: number): string {
  let s = "";
  while (s.length < length) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe("word-repair scanners against the regular expressions they replace", () => {
  it("random text: the same vocabulary, cuts and hyphen inserts", () => {
    const next = rng(7);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(next, 5 + Math.floor(next() * 40));
      const lines = [{ start: 0, end: text.length }];
      const words = vocabulary(text, lines);
      expect(words).toEqual(vocabularyByRegex(text, lines));
      const seen: [string, number][] = [];
      eachWord(text, (w, at) => seen.push([w, at]));
      expect(seen).toEqual([...text.matchAll(WORD)].map((m) => [m[0], m.index]));
      // Joins the text itself makes elsewhere: add the joined forms of random neighbours so cuts happen.
      const rich = new Map(words);
      for (const w of ["abcd", "colocated", "co-located", "2025", "abé", "cdab", "𝐀ab", "ab-cd", "abcd-cdab", "seventyninth"]) rich.set(w, 1 + Math.floor(next() * 3));
      const line = { start: 0, end: text.length, cuts: next() < 0.3 ? [{ start: 2, end: 5 }] : [] };
      expect(repairCuts(text, line, rich).map((c) => c.start)).toEqual(cutsByRegex(text, line, rich));
      const forms = hyphenatedForms(rich);
      expect(hyphenInserts(text, line, rich, forms)).toEqual(insertsByRegex(text, line, rich, forms));
    }
  });
  it("random text, the whole-document repair (words interned once, joins told by hash): the same cuts and hyphen inserts", () => {
    const next = rng(11);
    for (let k = 0; k < 2000; k++) {
      // The joined forms the pieces make stand in the document's own text, so cuts and inserts happen.
      const joins = ["abcd", "colocated", "co-located", "2025", "abé", "cdab", "𝐀ab", "ab-cd", "abcd-cdab", "cd-ab", "ab--cd"].filter(() => next() < 0.5);
      let text = "";
      while (text.length < 5 + next() * 60) text += JOIN_PIECES[Math.floor(next() * JOIN_PIECES.length)];
      const source = `${joins.join(" ")}\n${text}`;
      const lines = [{ start: 0, end: joins.join(" ").length }, { start: source.length - text.length, end: source.length }];
      const words = vocabularyByRegex(source, lines);
      const repair = repairOf(source, lines);
      const forms = hyphenatedForms(words);
      // The whole line, and its part after a space (a paragraph line after an operative number).
      const space = text.indexOf(" ");
      for (const from of [lines[1]!.start, ...(space >= 0 ? [lines[1]!.start + space + 1] : [])]) {
        const line = { start: from, end: source.length, cuts: next() < 0.3 ? [{ start: from + 2, end: from + 5 }] : [] };
        expect(repair.cuts(line).map((c) => c.start)).toEqual(cutsByRegex(source, line, words));
        expect(repair.inserts(line)).toEqual(insertsByRegex(source, line, words, forms));
      }
    }
  });
  it("the whole-document repair given its lines out of order (each line then scanned on its own): the same cuts and hyphen inserts", () => {
    const next = rng(13);
    for (let k = 0; k < 500; k++) {
      const joins = ["abcd", "colocated", "co-located", "2025", "cdab", "ab-cd", "seventyninth"].filter(() => next() < 0.6);
      let text = "";
      while (text.length < 5 + next() * 60) text += JOIN_PIECES[Math.floor(next() * JOIN_PIECES.length)];
      const source = `${joins.join(" ")}\n${text}`;
      const lines = [{ start: 0, end: joins.join(" ").length }, { start: source.length - text.length, end: source.length }];
      const words = vocabularyByRegex(source, lines);
      const repair = repairOf(source, [lines[1]!, lines[0]!]);
      const line = { ...lines[1]!, cuts: [] };
      expect(repair.cuts(line).map((c) => c.start)).toEqual(cutsByRegex(source, line, words));
      expect(repair.inserts(line)).toEqual(insertsByRegex(source, line, words, hyphenatedForms(words)));
    }
  });
  it("the whole-document repair joins each kind of piece: hyphen before or after the space, both, digits, two-unit letters", () => {
    for (const [split, whole] of [["co -located", "co-located"], ["ab- cd", "ab-cd"], ["ab- -cd", "ab--cd"], ["202 5", "2025"], ["𝐀 ab", "𝐀ab"], ["ab 𝐀", "ab𝐀"]]) {
      const source = `${whole}\nthe ${split} here`;
      const lines = [{ start: 0, end: whole.length }, { start: whole.length + 1, end: source.length }];
      const line = { ...lines[1]!, cuts: [] };
      const space = source.indexOf(" ", whole.length + 5);
      expect(repairOf(source, lines).cuts(line).map((c) => c.start), split).toEqual([space]);
      expect(cutsByRegex(source, line, vocabularyByRegex(source, lines)), split).toEqual([space]);
    }
  });
  it("corpus lines: the same vocabulary, cuts and hyphen inserts, document by document", () => {
    const dir = join(__dirname, "../../fixtures/corpus/texts");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).slice(0, 60)) {
      const source = readFileSync(join(dir, file), "utf8");
      const lines: { start: number; end: number }[] = [];
      let at = 0;
      for (const l of source.split("\n")) {
        lines.push({ start: at, end: at + l.length });
        at += l.length + 1;
      }
      const words = vocabulary(source, lines);
      expect(words).toEqual(vocabularyByRegex(source, lines));
      const forms = hyphenatedForms(words);
      for (const l of lines) {
        const line = { ...l, cuts: [] };
        expect(repairCuts(source, line, words).map((c) => c.start)).toEqual(cutsByRegex(source, line, words));
        expect(hyphenInserts(source, line, words, forms)).toEqual(insertsByRegex(source, line, words, forms));
      }
    }
  });
});
