// How drafters really write .unres: footnote definitions one per line, italics with asterisks,
// last year's official text pasted into a new file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const doc = (s: string) => parse(s, { format: "unres" });

describe("footnote definitions without blank lines between them", () => {
  it("are one footnote each", () => {
    const t = doc("The General Assembly,\n\nRecalling a,[^1] and b,[^2]\n\n1. Decides c.\n\n[^1]: A.\n[^2]: B.\n");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text, f.markers.length])).toEqual([["1", "A.", 1], ["2", "B.", 1]]);
    expect(t.diagnostics.filter((d) => d.code === "SYN013" || d.code === "SYN014")).toEqual([]);
  });
  it("also right after the last paragraph and with CRLF line ends", () => {
    const t = doc("The General Assembly,\r\n\r\n1. Decides c.[^1][^2]\r\n[^1]: A.\r\n[^2]: B.\r\n[^3]: C\r\ncontinued.\r\n");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text])).toEqual([["1", "A."], ["2", "B."], ["3", "C continued."]]);
    expect(t.operative.map((p) => p.body.text)).toEqual(["Decides c."]);
  });
});

describe("footnote definitions, format from the text", () => {
  it("are split the same without a format hint", () => {
    const t = parse("The General Assembly,\n\n1. Decides c.[^1][^2]\n\n[^1]: A.\n[^2]: B.\n");
    expect(t.format).toBe("unres");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text])).toEqual([["1", "A."], ["2", "B."]]);
  });
});

describe("openers in Markdown italics", () => {
  const src = "The General Assembly,\n\n*Recalling also* its resolution 78/229,\n\n1. *Requests* the Secretary-General to report;\n\n*Takes note* of the report.\n";
  const t = doc(src);
  const pieceText = (m: { text: string; pieces: readonly { at: number; start: number; end: number }[] }) =>
    m.pieces.map((p) => [m.text.slice(p.at, p.at + p.end - p.start), src.slice(p.start, p.end)]);
  it("are recognised without the asterisks", () => {
    expect(t.preamble.map((p) => [p.opener?.text, p.opener?.known, p.body.text])).toEqual([["Recalling also", true, "Recalling also its resolution 78/229,"]]);
    expect(t.operative.map((p) => [p.number?.text ?? null, p.opener?.text, p.body.text])).toEqual([
      ["1", "Requests", "Requests the Secretary-General to report;"],
      [null, "Takes note", "Takes note of the report."],
    ]);
  });
  it("map to the source piece by piece, the asterisks in no piece", () => {
    for (const p of [...t.preamble, ...t.operative]) {
      for (const [a, b] of pieceText(p.body)) expect(a).toBe(b);
      for (const q of p.body.pieces) expect(src.slice(q.start, q.end)).not.toContain("*");
      expect(src.slice(p.opener!.span.start, p.opener!.span.end)).toBe(p.opener!.text);
    }
  });
  it("leave a lone asterisk and text without a closing one alone", () => {
    const u = doc("The General Assembly,\n\n*Recalling its resolution 78/229,\n");
    expect(u.preamble[0]!.body.text).toBe("*Recalling its resolution 78/229,");
  });
});

describe("the format hint is a tie-breaker", () => {
  const TEXTS = join(__dirname, "../../fixtures/corpus/texts");
  it("last year's official text pasted into a .unres file is read as official", () => {
    for (const stem of ["A-RES-78-11", "A-RES-80-229", "A-RES-57-173"]) {
      const src = readFileSync(join(TEXTS, stem + ".txt"), "utf8");
      const plain = parse(src);
      const hinted = parse(src, { format: "unres" });
      expect(hinted.format).toBe("official");
      expect(hinted.operative.map((p) => p.body.text)).toEqual(plain.operative.map((p) => p.body.text));
      expect(hinted.footnotes.length).toBe(plain.footnotes.length);
    }
  });
  it("also without form feeds: a masthead alone decides", () => {
    const src = "A/RES/80/1\n\nGeneral Assembly\n\nDistr.: General\n3 October 2025\n\n80/1. Title\n\nThe General Assembly,\n\nRecalling x,\n\n1. Decides y.\n";
    expect(parse(src, { format: "unres" }).format).toBe("official");
  });
  it("a clean .unres text stays unres without a hint, and a text with no evidence follows the hint", () => {
    const clean = "---\nsymbol: A/RES/81/1\n---\n\nThe General Assembly,\n\nRecalling x,[^1]\n\n1. Decides y.\n\n[^1]: A/80/1.\n";
    expect(parse(clean).format).toBe("unres");
    expect(parse(clean, { format: "official" }).format).toBe("unres");
    const neutral = "The General Assembly,\n\nRecalling x,\n\n1. Decides y.\n";
    expect(parse(neutral).format).toBe("unres");
    expect(parse(neutral, { format: "official" }).format).toBe("official");
    expect(parse(neutral, { format: "unres" }).format).toBe("unres");
  });
});

describe("what the text leaves out inside an opener", () => {
  it("keeps the opener's span on the opener's words", async () => {
    const { violations } = await import("./invariants");
    for (const src of ["The General Assembly,\n\nR[^1]ecognizing x,\n\n1. Decides y.\n\n[^1]: A.\n", "The General Assembly,\n\n*Recalling* also x,\n\n1. Decides y.\n"]) {
      const t = parse(src, { format: "unres" });
      expect(t.preamble[0]!.opener?.text).toMatch(/^Re/);
      expect(violations(t)).toEqual([]);
    }
  });
});
