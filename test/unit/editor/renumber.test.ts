// The editor's renumber commands and the lint fixes of RES004/RES012 are one implementation: the same
// drafts (the rule fixtures) renumber to the same text, and where the lint fix is withheld the command
// refuses and says why (the LSP layer shows the reason).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { applyEdits, footnoteRenumbering, operativeRenumbering } from "../../../server/src/core/editor/renumber";
import { readFixture } from "../lint/fixture-format";

const RULES = join(__dirname, "../../fixtures/rules");
const EDITOR = join(__dirname, "../../fixtures/editor");
const rule = (f: string) => readFixture(readFileSync(join(RULES, f), "utf8")).text;
const fixed = (f: string) => readFileSync(join(RULES, f.replace(/\.unres$/, ".fixed.unres")), "utf8");
const tree = (src: string) => parse(src, { format: "unres" });
const ORGAN = "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023,\n\n";

describe("renumbering footnotes", () => {
  const run = (src: string) => footnoteRenumbering(tree(src));

  it.each(["res012/order.unres", "res012/reorder.unres"])("%s: markers and numbers in order of first citation, texts moved into that order", (f) => {
    const src = rule(f);
    const r = run(src);
    expect(r.reason).toBeNull();
    expect(applyEdits(src, r.edits)).toBe(fixed(f));
  });

  it("the editor draft: the reviewed expected file", () => {
    const src = readFileSync(join(EDITOR, "crime-draft.unres"), "utf8");
    const r = run(src);
    expect(r.reason).toBeNull();
    expect(applyEdits(src, r.edits)).toBe(readFileSync(join(EDITOR, "crime-draft.footnotes-renumbered.unres"), "utf8"));
  });

  it("refuses when an Ibid. would follow another footnote", () => {
    const r = run(rule("res012/ibid.unres"));
    expect(r.edits).toEqual([]);
    expect(r.reason).toMatch(/footnote 3.*Ibid/);
  });

  it("refuses when the footnote texts are not together", () => {
    const r = run(rule("res012/scattered.unres"));
    expect(r.edits).toEqual([]);
    expect(r.reason).toMatch(/not together/);
  });

  it("refuses when a footnote is never cited, defined twice, or cited without a text", () => {
    const base = `${ORGAN}Noting the report,[^2] and the Convention,[^1]\n\nDecides to remain seized of the matter.\n\n`;
    expect(run(`${base}[^1]: A/80/1.\n\n[^2]: A/80/2.\n\n[^3]: A/80/3.\n`).reason).toMatch(/footnote 3 is never cited/);
    expect(run(`${base}[^1]: A/80/1.\n\n[^2]: A/80/2.\n\n[^2]: A/80/3.\n`).reason).toMatch(/footnote 2 has two texts/);
    expect(run(`${base}[^1]: A/80/1.\n`).reason).toMatch(/footnote 2 has no text/);
  });

  it("refuses when numbered footnotes belong to an annex", () => {
    const src = `${ORGAN}Noting the report,[^2] and the Convention,[^1]\n\nDecides to adopt the annexed text.\n\nAnnex\n\nText of the annex\n\n[^1]: A/80/1.\n\n[^2]: A/80/2.\n`;
    const t = tree(src);
    expect(t.footnotes.every((f) => f.inAnnex)).toBe(true);
    expect(footnoteRenumbering(t).reason).toMatch(/footnote 1 belongs to an annex/);
  });

  it("renames a marker inside a footnote's text with the others, and refuses when it names no cited footnote", () => {
    const src = rule("res012/marker-in-footnote-text.unres");
    const r = run(src);
    expect(r.reason).toBeNull();
    expect(applyEdits(src, r.edits)).toBe(fixed("res012/marker-in-footnote-text.unres"));
    expect(run(rule("res012/marker-in-footnote-text-uncited.unres")).reason).toMatch(/footnote 2 refers to footnote 7 \('\[\^7\]'\), which is not cited/);
  });

  it("changes nothing and says nothing when the footnotes are in order", () => {
    expect(run(rule("res012/order.fixed.unres"))).toMatchObject({ edits: [], reason: null });
  });

  it("an Op. cit. keeps every footnote it had before it", () => {
    const src = `${ORGAN}Noting the report,[^2] the Convention,[^1] and the Declaration,[^3]\n\nDecides to remain seized of the matter.\n\n[^1]: A/80/1.\n\n[^2]: Smith, op. cit.\n\n[^3]: A/80/3.\n`;
    expect(run(src).reason).toMatch(/footnote 2.*op\. cit\./i);
  });
});

describe("renumbering operative paragraphs", () => {
  const run = (src: string) => operativeRenumbering(tree(src));

  it.each(["res004/internal-references.unres"])("%s: numbers and the references to them", (f) => {
    const src = rule(f);
    const r = run(src);
    expect(r.reason).toBeNull();
    expect(applyEdits(src, r.edits)).toBe(fixed(f));
  });

  it("the editor draft: `2 bis` and the references, the reviewed expected file", () => {
    const src = readFileSync(join(EDITOR, "crime-draft.unres"), "utf8");
    const r = run(src);
    expect(r.reason).toBeNull();
    expect(applyEdits(src, r.edits)).toBe(readFileSync(join(EDITOR, "crime-draft.paragraphs-renumbered.unres"), "utf8"));
  });

  it("an alt paragraph moves with the paragraph it is another version of", () => {
    const src = rule("res004/alt-with-gap.unres");
    expect(applyEdits(src, run(src).edits)).toBe(fixed("res004/alt-with-gap.unres"));
  });

  it("refuses when a reference names a number printed twice", () => {
    const r = run(rule("res004/ambiguous-reference.unres"));
    expect(r.edits).toEqual([]);
    expect(r.reason).toMatch(/'paragraph 2' \(line 9\).*printed twice/);
  });

  it("refuses when a reference names no paragraph", () => {
    const src = `${ORGAN}1. Takes note of the report;\n\n3. Requests a report on paragraph 7 above;\n\n4. Decides to remain seized of the matter.\n`;
    expect(run(src).reason).toMatch(/'paragraph 7' \(line 7\) names no operative paragraph/);
  });

  it("refuses when a reference in an annex would change", () => {
    const r = run(rule("res004/annex-reference.unres"));
    expect(r.edits).toEqual([]);
    expect(r.reason).toMatch(/annex/);
  });

  it("refuses when an operative paragraph has no number, and says how to go on", () => {
    const r = run(rule("res004/unnumbered-before-reference.unres"));
    expect(r.edits).toEqual([]);
    expect(r.reason).toMatch(/after paragraph 1 has no number.*1 bis/);
  });

  it("a lone operative paragraph loses its number, as RES004 fixes it", () => {
    const src = rule("res004/lone-numbered.unres");
    expect(applyEdits(src, run(src).edits)).toBe(fixed("res004/lone-numbered.unres"));
    expect(run(`${ORGAN}2. Decides to act on paragraph 2 above.\n`).reason).toMatch(/'paragraph 2' \(line 5\) names the only operative paragraph/);
  });

  it("changes nothing and says nothing when the numbering is final", () => {
    expect(run(fixed("res004/internal-references.unres"))).toEqual({ edits: [], reason: null });
  });
});
