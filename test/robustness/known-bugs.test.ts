/**
 * Bugs the robustness suite found, each pinned by a small deterministic test.
 * KNOWN BUG tests are marked `it.fails` so `npm test` stays green while the bug is open; the
 * day the bug is fixed the test starts to pass, vitest reports that as a failure, and the
 * marker must be flipped to `it`, keeping the test as the regression check.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../server/src/core/syntax/parse";
import { applyFixes, fixAll } from "../../server/src/core/lint/index";
import type { Fix } from "../../server/src/core/lint/index";
import { CORPUS } from "./hostile";

describe("applyFixes: work grows linearly with the number of fixes", () => {
  /** n one-character fixes over a 2n-character text, whose edits count every read of their offsets. */
  function countReads(n: number): number {
    let reads = 0;
    const fixes: Fix[] = [];
    for (let i = 0; i < n; i++) {
      const start = 2 * i;
      const edit = {
        get start() {
          reads++;
          return start;
        },
        get end() {
          reads++;
          return start + 1;
        },
        text: "x",
      };
      fixes.push({ title: `fix ${i}`, edits: [edit] });
    }
    const { text, applied } = applyFixes("ab".repeat(n), fixes);
    expect(applied).toBe(n);
    expect(text).toBe("xb".repeat(n));
    return reads;
  }

  // Once a known bug: each fix was checked against every fix taken before it (O(n²)), so 20,000
  // fixes (a pasted line of "word word word …", RES024) took seconds per fix-all round. Counting
  // offset reads, 8× the fixes must cost at most 16× the work (linear with room for the sort).
  it("8× the fixes cost at most 16× the offset reads", () => {
    const small = countReads(500);
    const large = countReads(4000);
    expect(large / small).toBeLessThanOrEqual(16);
  });
});

describe("parser: MappedText pieces stay in source order", () => {
  // Once a known bug: a first line "* " followed by a control character was glued to the last footnote's
  // body, so that body mapped a piece from the top of the file after pieces from the bottom.
  // Found by core.test.ts (a mutated A/80/L.12); tree.ts promises pieces in order. The asterisk-note pass
  // took a line the footnote reader could not read as a note, and the reader appended the unnumbered text
  // to the last footnote read, which lay further down; now neither happens.
  it("in footnote bodies, for a text that starts with an asterisk line", () => {
    const source = "\n* \u0000" + readFileSync(join(CORPUS, "A-80-L.12.txt"), "utf8");
    for (const f of parse(source).footnotes) {
      const starts = f.body.pieces.map((p) => p.start);
      expect(starts, `footnote ${f.number.value}`).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe("fix-all settles", () => {
  // Once a known bug: RES004 inserted "3. " after a leading "*", where the parser does not read a
  // number, so every fix-all round inserted it again. Found by core.test.ts on a mutated A/C.4/80/L.2.
  it.each([
    "The General Assembly,\n\n1. Requests a;\n\n2. Decides b;\n\n*c;*\n\n4. Notes d.\n",
    "The General Assembly,\n\n1. Requests a;\n\n*Takes note* of b;\n\n3. Notes d.\n",
  ])("a second fix-all changes nothing when a paragraph starts with an asterisk (%#)", (source) => {
    const once = fixAll(source);
    expect(fixAll(once.text).text).toBe(once.text);
  });
  it("numbers an italic-marked paragraph before its asterisk", () => {
    const once = fixAll("The General Assembly,\n\n1. Requests a;\n\n*Takes note* of b;\n\n3. Notes d.\n");
    expect(once.text).toContain("\n2. *Takes note* of b;");
  });
});

describe("fix-all keeps paragraphs what they were (found by fix-safety.test.ts)", () => {
  const shape = (source: string) => {
    const t = parse(source, { format: "unres" });
    return { preamble: t.preamble.length, operative: t.operative.length };
  };
  const fixed = (source: string) => fixAll(source, { format: "unres" }).text;

  // Once a known bug: RES002 capitalised a lower-case preambular opener even when the capitalised word is an
  // operative verb, so the paragraph turned operative and later rounds numbered it and changed its end mark:
  // `recalls its resolution 51/53,` became `1. Recalls its resolution 51/53;` (and the organ lost its comma).
  it("RES002: capitalising 'recalls' leaves the preambular paragraph preambular", () => {
    const source = "The General Assembly,\n\nrecalls its resolution 51/53,\n\n1. Decides to act.\n";
    expect(shape(fixed(source))).toEqual(shape(source));
  });

  // Once a known bug: RES004 removed the number of a lone operative paragraph whose verb the unnumbered reading
  // does not take as operative; the paragraph was then read as preambular and RES003/RES001 gave it a comma:
  // `1. Asks for the report.` became `Asks for the report,` after `The General Assembly,`.
  it("RES004: removing the number of a lone paragraph keeps it operative", () => {
    const source = "The General Assembly\n\n1. Asks for the report.\n";
    expect(shape(fixed(source))).toEqual(shape(source));
  });

  // Once a known bug (parser): an unnumbered paragraph in negotiation brackets was read as preambular, although
  // the opener is read after a `[` (docs/syntax.md), so RES003 turned its full stop into a comma. RES004's
  // "Remove the number" on `1. [Requests the report.]` led there too.
  it("parser: an unnumbered '[Requests …]' paragraph is operative", () => {
    expect(shape("The General Assembly\n\n[Requests the report.]\n")).toEqual({ preamble: 0, operative: 1 });
    expect(fixed("The General Assembly\n\n1. [Requests the report.]\n")).toContain("[Requests the report.]");
  });

  // Once a known bug: RES010's edit ended inside a word with an apostrophe, `Also recalling’s` became
  // `Recalling also’s` (the adverb moved into the word).
  it("RES010: the adverb is not moved into a word", () => {
    const out = fixed("The General Assembly,\n\nAlso recalling’s the report,\n\n1. Decides to act;\n\n2. Requests a report.\n");
    expect(out).not.toContain("also’s");
  });
});

describe("fixes leave comments alone (found by fix-safety.test.ts)", () => {
  // Once a known bug (parser): a comment inside a footnote definition stayed in the footnote's text (syntax.md:
  // comments never appear in any text), so RES023 curled its quotes and RES024 removed a doubled word inside it.
  const source = (note: string) => `The General Assembly,\n\nRecalling the report,[^1]\n\n1. Decides to act;\n\n2. Requests a report.\n\n[^1]: ${note}\n`;
  it("a comment is not part of a footnote's text", () => {
    const tree = parse(source('A/56/400, para. <!-- check "this" --> 3.'), { format: "unres" });
    expect(tree.footnotes[0]!.body.text).not.toContain("check");
  });
  it.each([
    ['A/56/400, para. <!-- check "this" --> 3.', '<!-- check "this" -->'],
    ["See A/57/759, <!-- the the x --> annex.", "<!-- the the x -->"],
  ])("fix-all keeps the comment in '%s' byte for byte", (note, comment) => {
    expect(fixAll(source(note), { format: "unres" }).text).toContain(comment);
  });
});
