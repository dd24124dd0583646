// Properties of the parser on arbitrary and mutated input: it never throws, every span lies inside
// the text, text pieces map exactly onto the source, paragraphs and references come in order,
// and the tree is frozen.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { violations } from "./invariants";

const FIX = join(__dirname, "../../fixtures");
const samples = [
  readFileSync(join(FIX, "parser/ok/0001-minimal.unres"), "utf8"),
  readFileSync(join(FIX, "parser/ok/0003-official-page-break.txt"), "utf8"),
  readFileSync(join(FIX, "corpus/texts/A-RES-80-73.txt"), "utf8"),
  readFileSync(join(FIX, "corpus/texts/A-RES-57-173.txt"), "utf8").slice(0, 6000),
];

/** Characters that stress line handling and matching: CRLF, lone CR, form feed, BOM, NBSP, controls, surrogates. */
const nasty = fc.constantFrom("\r\n", "\r", "\n", "\f", "\uFEFF", "\u00a0", "\u0000", "\u0007", "\t", "\u2028", "\ud83d\ude00", "\ud800",
  "[^", "[^1]", "]:", "<!--", "-->", "---", "1.", " bis.", " alt.", "Alt 1.", "OP1 alt", ",", "(a)", "(i)", "_______________", "*", "2/59", "25-21234 (E)",
  "The General Assembly,", "Recalling", "Decides", "69th plenary meeting", "18 December 2025", "Annex", "I", "A.", "80/229.");

const mutate = (base: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(nasty, fc.string({ maxLength: 8 }))), { maxLength: 12 }).map((edits) => {
    let s = base;
    for (const [pos, del, ins] of edits) {
      const at = s.length ? pos % (s.length + 1) : 0;
      s = s.slice(0, at) + ins + s.slice(at + del);
    }
    return s;
  });

function check(source: string, format?: "official" | "unres"): void {
  const tree = parse(source, format ? { format } : {});
  expect(tree.source).toBe(source);
  expect(violations(tree)).toEqual([]);
  expect(Object.isFrozen(tree)).toBe(true);
  expect(Object.isFrozen(tree.preamble)).toBe(true);
  expect(tree.diagnostics.filter((d) => d.code === "SYN000")).toEqual([]);
}

describe("parser properties", () => {
  it("never throws on arbitrary strings, in either format", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), fc.constantFrom(undefined, "official" as const, "unres" as const), (s, f) => check(s, f)),
      { numRuns: 300 },
    );
  });

  it("never throws on strings built from structural pieces", () => {
    fc.assert(fc.property(fc.array(nasty, { maxLength: 60 }).map((a) => a.join("")), fc.constantFrom("official" as const, "unres" as const), (s, f) => check(s, f)), {
      numRuns: 300,
    });
  });

  it("keeps its invariants on mutated real documents", () => {
    for (const base of samples) {
      fc.assert(fc.property(mutate(base), fc.constantFrom(undefined, "official" as const, "unres" as const), (s, f) => check(s, f)), { numRuns: 40 });
    }
  });

  it("reads CRLF text like LF text", () => {
    for (const base of samples) {
      const lf = parse(base);
      const crlf = parse(base.replace(/\n/g, "\r\n"));
      expect(crlf.preamble.map((p) => p.body.text)).toEqual(lf.preamble.map((p) => p.body.text));
      expect(crlf.operative.map((p) => p.body.text)).toEqual(lf.operative.map((p) => p.body.text));
      expect(crlf.footnotes.length).toBe(lf.footnotes.length);
    }
  });

  it("ignores a byte order mark", () => {
    for (const base of samples) {
      const plain = parse(base);
      const bom = parse("\uFEFF" + base);
      expect(bom.preamble.map((p) => p.opener?.text)).toEqual(plain.preamble.map((p) => p.opener?.text));
      expect(bom.operative.length).toBe(plain.operative.length);
    }
  });
});

describe("the invariant checker", () => {
  it("sees a piece that does not map onto the source and a span outside the text", () => {
    const tree = parse(samples[0]!, { format: "unres" });
    const p = tree.preamble[0]!;
    const broken = { ...tree, preamble: [{ ...p, body: { text: "X" + p.body.text.slice(1), pieces: p.body.pieces } }], closing: { meeting: null, date: null, span: { start: 0, end: tree.source.length + 1 } } };
    const v = violations(broken);
    expect(v.some((x) => x.includes("does not map"))).toBe(true);
    expect(v.some((x) => x.includes("outside"))).toBe(true);
  });
});
