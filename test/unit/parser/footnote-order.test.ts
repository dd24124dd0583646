// Footnote bodies map their pieces in source order (tree.ts), also when an asterisk note near the top of a
// text is read after every ruled footnote block further down.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { violations } from "./invariants";

const L12 = readFileSync(join(__dirname, "../../fixtures/corpus/texts/A-80-L.12.txt"), "utf8");

describe("an unruled asterisk note above the text", () => {
  it("keeps a second sentence in its own note, not in the last footnote of the document", () => {
    const t = parse("\n* On behalf of the States.\nMembers of the Group.\n" + L12);
    expect(violations(t)).toEqual([]);
    const notes = t.footnotes.filter((f) => f.number.value === "*");
    expect(notes.map((f) => f.body.text)).toContainEqual(expect.stringMatching(/^On behalf of the States\. Members of the Group\./));
    for (const f of t.footnotes.filter((x) => x.number.value !== "*")) expect(f.body.text).not.toContain("Members of the Group");
  });

  it("is not taken when the footnote reader cannot read it as a note", () => {
    const t = parse("\n* \u0000" + L12);
    expect(violations(t)).toEqual([]);
    expect(t.footnotes.map((f) => f.body.text)).toEqual(parse(L12).footnotes.map((f) => f.body.text));
  });
});
