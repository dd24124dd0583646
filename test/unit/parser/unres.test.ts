// The .unres authoring format: front matter, blocks, numbers, sub-paragraphs, markers and
// definitions, comments kept out of the text, negotiation brackets kept in it.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const doc = (s: string) => parse(s, { format: "unres" });

describe(".unres", () => {
  it("reads front matter into the header", () => {
    const t = doc("---\nsymbol: A/RES/80/229\nsession: 80\npredecessor: A/RES/78/229\n---\n\nThe General Assembly,\n\nRecalling x,\n");
    expect(t.frontMatter?.entries.map((e) => [e.key.value, e.value.value])).toEqual([["symbol", "A/RES/80/229"], ["session", "80"], ["predecessor", "A/RES/78/229"]]);
    expect(t.header.symbol?.value).toBe("A/RES/80/229");
    expect(t.header.sessionNumber).toBe(80);
    expect(t.source.slice(t.header.symbol!.span.start, t.header.symbol!.span.end)).toBe("A/RES/80/229");
  });
  it("treats soft-wrapped lines of a block as one paragraph, and a hyphen at a line end joins without a space", () => {
    const t = doc("The General Assembly,\n\nRecalling its resolution\n79/1 and the counter-\nterrorism work,\n\n1. Decides\nto act;\n");
    expect(t.preamble.map((p) => p.body.text)).toEqual(["Recalling its resolution 79/1 and the counter-terrorism work,"]);
    expect(t.operative[0]!.body.text).toBe("Decides to act;");
  });
  it("reads 5 bis and keeps the number out of the text", () => {
    const t = doc("The General Assembly\n\n5. Decides a;\n\n5 bis. Also decides b;\n");
    expect(t.operative.map((p) => [p.number?.text, p.number?.value, p.number?.suffix, p.opener?.text, p.body.text])).toEqual([
      ["5", 5, null, "Decides", "Decides a;"],
      ["5 bis", 5, "bis", "Also decides", "Also decides b;"],
    ]);
  });
  it("keeps comments out of paragraph text and lists them", () => {
    const t = doc("The General Assembly,\n\nRecalling <!-- check date --> its resolution,\n\n<!-- resdraft-disable RES005 -->\n\n1. Decides;\n");
    expect(t.preamble[0]!.body.text).not.toContain("check");
    expect(t.preamble[0]!.body.text.replace(/\s+/g, " ")).toBe("Recalling its resolution,");
    expect(t.comments.map((c) => c.text)).toEqual(["check date", "resdraft-disable RES005"]);
    expect(t.operative.length).toBe(1);
  });
  it("links [^n] markers to their definitions and keeps negotiation brackets as text", () => {
    const t = doc("The General Assembly,\n\nRecalling the Convention[^1] [and its Protocols],\n\n1. Decides [to act][^2];\n\n[^1]: United Nations, Treaty Series, vol. 2225.\n[^2]: A/80/1.\n");
    expect(t.preamble[0]!.body.text).toBe("Recalling the Convention [and its Protocols],");
    expect(t.operative[0]!.body.text).toBe("Decides [to act];");
    expect(t.footnotes.map((f) => [f.number.value, f.body.text, f.markers.length])).toEqual([
      ["1", "United Nations, Treaty Series, vol. 2225.", 1],
      ["2", "A/80/1.", 1],
    ]);
    const m = t.footnotes[0]!.markers[0]!;
    expect(t.source.slice(m.span.start, m.span.end)).toBe("[^1]");
    expect(t.diagnostics).toEqual([]);
  });
  it("reads sub-paragraphs in the same block or in their own blocks", () => {
    for (const sep of ["\n", "\n\n"]) {
      const t = doc(`The General Assembly\n\n1. Requests:${sep}(a) A report;${sep}(i) in print;${sep}(b) A briefing.\n`);
      const op = t.operative[0]!;
      expect(op.body.text).toBe("Requests: (a) A report; (i) in print; (b) A briefing.");
      expect(op.subparagraphs.map((s) => [s.label.value, s.level, s.body.text, s.children.map((c) => c.label.value)])).toEqual([
        ["(a)", 1, "A report; (i) in print;", ["(i)"]],
        ["(b)", 1, "A briefing.", []],
      ]);
    }
  });
  it("treats (h), (i), (j) as letters when they follow each other", () => {
    const items = "abcdefghij".split("").map((c) => `(${c}) item ${c};`).join("\n");
    const t = doc(`The General Assembly\n\n1. Lists:\n${items}\n`);
    expect(t.operative[0]!.subparagraphs.map((s) => s.label.value).join("")).toBe("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)");
  });
  it("reports unclosed comments and front matter; markers and definitions that do not pair are read, for RES011", () => {
    // Pairing is a lint rule's finding (test/unit/lint/one-finding.test.ts): a syntax diagnostic beside it showed
    // the one problem twice in the editor.
    expect(doc("The General Assembly,\n\nRecalling x,[^4]\n").diagnostics.map((d) => d.code)).toEqual([]);
    expect(doc("The General Assembly,\n\nRecalling x,[^4]\n").preamble[0]!.markers.map((m) => m.number)).toEqual(["4"]);
    expect(doc("The General Assembly,\n\nRecalling x,\n\n[^4]: y.\n").diagnostics.map((d) => d.code)).toEqual([]);
    expect(doc("The General Assembly,\n\nRecalling <!-- x,\n\n1. Decides.\n").diagnostics.map((d) => d.code)).toEqual(["SYN010"]);
    expect(doc("---\nsymbol: A\n\nThe General Assembly,\n").diagnostics.map((d) => d.code)).toContain("SYN012");
  });
  it("stops paragraphs at the closing and the annex", () => {
    const t = doc("The General Assembly\n\n1. Decides.\n\n69th plenary meeting\n18 December 2025\n\nAnnex\n\n1. Article text.\n");
    expect(t.operative.length).toBe(1);
    expect(t.closing?.meeting?.value).toBe("69th plenary meeting");
    expect(t.annexes.map((a) => a.heading.value)).toEqual(["Annex"]);
  });
});
