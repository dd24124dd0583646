// The editor core never throws, whatever the text and wherever the cursor (core invariant).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { LineIndex } from "../../../server/src/core/text/line-index";
import { outline } from "../../../server/src/core/editor/outline";
import { hover } from "../../../server/src/core/editor/hover";
import { complete } from "../../../server/src/core/editor/completion";
import { foldingRanges } from "../../../server/src/core/editor/folding";
import { selectionChain } from "../../../server/src/core/editor/selection";
import { semanticTokens } from "../../../server/src/core/editor/semantic-tokens";
import { definitionSpan, referenceSpans, targetAt } from "../../../server/src/core/editor/navigation";
import { renumberFootnotes, renumberOperative } from "../../../server/src/core/editor/renumber";
import { status } from "../../../server/src/core/editor/status";
import { SHIPPED_OPENERS } from "../../../server/src/core/editor/opener-data";

const sample = readFileSync(join(__dirname, "../../fixtures/editor/crime-draft.unres"), "utf8");
const official = readFileSync(join(__dirname, "../../fixtures/corpus/texts/A-RES-80-73.txt"), "utf8");

function everything(text: string, offsets: number[], format?: "unres") {
  const tree = parse(text, format ? { format } : {});
  const lines = new LineIndex(text);
  outline(tree);
  foldingRanges(tree, lines);
  semanticTokens(tree, lines);
  renumberOperative(tree);
  renumberFootnotes(tree);
  status(tree);
  for (const o of offsets) {
    hover(tree, o, { openers: SHIPPED_OPENERS });
    complete(tree, o, { openers: SHIPPED_OPENERS });
    const chain = selectionChain(tree, o);
    expect(chain.length).toBeGreaterThan(0);
    const t = targetAt(tree, o);
    if (t) {
      definitionSpan(t);
      referenceSpans(tree, t, true);
    }
  }
}

describe("editor core robustness", () => {
  it("answers on empty and tiny texts", () => {
    for (const text of ["", "\n", "1.", "[^", "The General Assembly,\n\n", "---\n", "(a)", "5 bis. Also"]) everything(text, [0, text.length, text.length + 5, -3]);
  });

  it("answers on mutilated drafts and official texts at any offset", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(sample, official),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.string({ maxLength: 12 }),
        fc.array(fc.integer({ min: -5, max: 5000 }), { minLength: 1, maxLength: 8 }),
        (base, cut, len, insert, offsets) => {
          const at = Math.min(cut, base.length);
          const text = base.slice(0, at) + insert + base.slice(at + len);
          everything(text, offsets, base === sample ? "unres" : undefined);
        },
      ),
      { numRuns: 40 },
    );
  });
});
