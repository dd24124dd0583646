// Every official text in the corpus is final: renumbering must propose no change to any of them
// (operative numbers, internal references, footnotes in order of first citation).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { renumberFootnotes, renumberOperative } from "../../../server/src/core/editor/renumber";

const dir = join(__dirname, "../../fixtures/corpus/texts");

describe("renumbering on the corpus", () => {
  it("leaves all 361 official texts as they are", () => {
    const changed: string[] = [];
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThanOrEqual(361);
    for (const f of files) {
      const src = readFileSync(join(dir, f), "utf8");
      const tree = parse(src);
      for (const e of [...renumberOperative(tree), ...renumberFootnotes(tree)]) {
        changed.push(`${f}: ${JSON.stringify(src.slice(e.span.start - 20, e.span.end + 10))} → ${e.newText}`);
      }
    }
    expect(changed).toEqual([]);
  });
});
