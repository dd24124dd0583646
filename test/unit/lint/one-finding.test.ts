// One problem, one finding: what the editor shows for a document is the parser's syntax diagnostics and the lint
// findings together (lsp/features/diagnostics.ts), so a drafting problem that a rule reports must not come again as
// a syntax diagnostic. Syntax diagnostics say what the parser cannot read; a footnote marker without its footnote
// (or a footnote no marker points to) is read fine, and is RES011's finding, at the severity the engine decides
// from what the text is.
import { describe, expect, it } from "vitest";
import { lintTree } from "../../../server/src/core/lint/index";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Span } from "../../../server/src/core/syntax/tree";

const body = (pp: string) => `The General Assembly,\n\n${pp}\n\n1. Decides to remain seized of the matter.\n`;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Everything the editor shows over `span`: syntax diagnostics, then lint findings, as `code severity`. */
function shown(text: string, at: string): string[] {
  const tree = parse(text, { format: "unres" });
  const start = text.indexOf(at);
  const span = { start, end: start + at.length };
  return [
    ...tree.diagnostics.filter((d) => overlaps(d.span, span)).map((d) => `${d.code} ${d.severity}`),
    ...lintTree(tree).filter((d) => overlaps(d.span, span)).map((d) => `${d.code} ${d.severity}`),
  ];
}

describe("a footnote problem is one finding", () => {
  it("a marker without its footnote, in a draft: RES011 at error, once", () => {
    const text = `---\nsymbol: A/C.3/81/L.3\n---\n\n${body("Recalling its resolution 78/229,[^1]")}`;
    expect(shown(text, "[^1]")).toEqual(["RES011 error"]);
  });

  it("the same in an adopted text: RES011 as information, once (no warning from the parser beside it)", () => {
    const text = `---\nsymbol: A/RES/80/229\n---\n\n${body("Recalling its resolution 78/229,[^1]")}`;
    expect(shown(text, "[^1]")).toEqual(["RES011 information"]);
  });

  it("a footnote no marker points to: RES011, once", () => {
    const text = `---\nsymbol: A/C.3/81/L.3\n---\n\n${body("Recalling its resolution 78/229,")}\n[^1]: See A/80/1.\n`;
    expect(shown(text, "[^1]")).toEqual(["RES011 error"]);
  });
});
