// The tree is a value (docs/architecture.md): no rule may write into it. The parser freezes only the tree's
// top level by default (freezing every span cost a tenth of the parse), so here every rule runs on deep-frozen
// trees of real texts: a write throws, the engine turns it into RES000, and this test fails.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { lint, INTERNAL_CODE } from "../../../server/src/core/lint/engine";
import { defineRule } from "../../../server/src/core/lint/types";
import { rules } from "../../../server/src/core/rules/index";
import { lintSource } from "../../../server/src/core/lint/index";

const DIR = join(__dirname, "../../fixtures/corpus/texts");
// Every fourth text (official adopted texts and drafts, both shapes of the parser's output) keeps this quick.
const files = readdirSync(DIR).sort().filter((_, i) => i % 4 === 0);

describe("rules never mutate the tree", () => {
  it("a deep-frozen tree rejects a write in any node", () => {
    const tree = parse(readFileSync(join(DIR, "A-RES-80-110.txt"), "utf8"), { freeze: "deep" });
    const writer = defineRule({
      id: "RES999", name: "writer", description: "writes into the tree", tags: [], severity: "warning", fixable: false,
      check: ({ tree: t }) => {
        (t.operative[0]!.span as { start: number }).start = 0;
      },
    });
    const out = lint(tree, { rules: [writer] });
    expect(out.map((d) => d.code)).toEqual([INTERNAL_CODE]);
    expect(out[0]!.message).toMatch(/RES999 \(writer\) crashed/);
  });

  it("the default tree is frozen at its top level", () => {
    const tree = parse(readFileSync(join(DIR, "A-RES-80-110.txt"), "utf8"));
    expect(Object.isFrozen(tree)).toBe(true);
    expect(Object.isFrozen(tree.operative)).toBe(true);
    expect(Object.isFrozen(tree.header)).toBe(true);
  });

  it(`every rule runs on deep-frozen trees of ${files.length} corpus texts and reports what it reports on the default tree`, () => {
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const source = readFileSync(join(DIR, f), "utf8");
      const frozen = lint(parse(source, { freeze: "deep" }), { rules });
      expect(frozen.filter((d) => d.code === INTERNAL_CODE), f).toEqual([]);
      expect(frozen, f).toEqual(lintSource(source).diagnostics);
    }
  });
});
