// A contested paragraph is written whole in negotiation brackets (`[Requests …;]`, conventions §5.1/5.2).
// Its opener is the phrase after the bracket, with a span that starts after it; the bracket stays roman text.
// Without this the paragraph had no opener at all, and the opener rules skipped it.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { matchOpener, paragraphOpener } from "../../../server/src/core/syntax/opener";
import { violations } from "./invariants";

const src = `The General Assembly,\n\n[Recalling also its resolution 78/1,]\n\n1. Takes note of the report;\n\n1 alt. [Requests the Secretary-General to report;]\n\n2. [ Request the Secretary-General to report;]\n\n3. [[Decides] to remain seized of the matter.]\n`;
const t = parse(src, { format: "unres" });
const opener = (p: { opener: { text: string; span: { start: number; end: number } } | null }) =>
  p.opener ? [p.opener.text, src.slice(p.opener.span.start, p.opener.span.end)] : null;

describe("openers inside negotiation brackets", () => {
  it("are read after a leading bracket, the span starting after it", () => {
    expect(t.preamble.map(opener)).toEqual([["Recalling also", "Recalling also"]]);
    expect(t.operative.map(opener)).toEqual([
      ["Takes note", "Takes note"],
      ["Requests", "Requests"],
      null, // `Request` is no opener, bracketed or not (RES005 reads the word itself and flags it)
      ["Decides", "Decides"],
    ]);
    expect(violations(t)).toEqual([]);
  });

  it("are the openers the same paragraphs have without brackets", () => {
    const plain = parse(src.replace(/\[+ ?|\]+/g, ""), { format: "unres" });
    expect([...plain.preamble, ...plain.operative].map((p) => p.opener && [p.opener.text, p.opener.head, p.opener.known])).toEqual(
      [...t.preamble, ...t.operative].map((p) => p.opener && [p.opener.text, p.opener.head, p.opener.known]),
    );
  });

  it("gives the offset of the phrase in the text", () => {
    expect(paragraphOpener("[Requests the Secretary-General", "operative")).toMatchObject({ text: "Requests", at: 1, length: 8 });
    expect(paragraphOpener("Requests the Secretary-General", "operative")).toMatchObject({ text: "Requests", at: 0 });
    expect(paragraphOpener("[on the report of the Third Committee]", "operative")).toBeNull();
  });

  it("are not read when the bracket closes inside the phrase (`[Strongly] condemns`): no phrase of the wrong words", () => {
    // The opener's text is its source (the tree's invariant), and the bracket stays out of an opener, so a
    // contested adverb leaves the paragraph without one; RES005 reads the verb through the brackets itself.
    for (const text of ["[Strongly] condemns the attacks;", "[Also] requests the Secretary-General;", "[Further] requests the Secretary-General;"]) {
      expect(paragraphOpener(text, "operative"), text).toBeNull();
      const p = parse(`The General Assembly\n\n1. ${text}\n\n2. Decides to remain seized of the matter.\n`, { format: "unres" });
      expect(violations(p)).toEqual([]);
    }
  });

  it("leave line-level detection as it was (official texts are read the same)", () => {
    expect(matchOpener("[Requests the Secretary-General", "operative")).toBeNull();
  });
});
