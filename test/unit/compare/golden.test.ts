// Golden files: test/fixtures/compare/*.txt hold two documents and the expected alignment in
// labelled bands (see the README there). UPDATE_EXPECT=1 rewrites the `aligned` band.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import { labelPair, verdictLine } from "../../../server/src/core/compare/render-common";
import type { DocumentDiff } from "../../../server/src/core/compare/types";
import { bands, readDocument } from "./bands";

const DIR = join(__dirname, "../../fixtures/compare");

/** The readable form of an alignment: a verdict line per paragraph, an indented redline when words changed. */
export function aligned(d: DocumentDiff): string {
  const lines: string[] = [];
  for (const p of d.paragraphs) {
    lines.push(`${labelPair(p)}  ${verdictLine(p)}`);
    if (p.changes.some((c) => c.op !== "equal") && p.old && p.new) {
      lines.push("    " + p.changes.map((c) => (c.op === "equal" ? c.text : c.op === "delete" ? `[-${c.text}-]` : `{+${c.text}+}`)).join(""));
    }
  }
  return lines.join("\n") + "\n";
}

describe("golden alignments", () => {
  const files = readdirSync(DIR).filter((f) => /^\d{4}-.*\.txt$/.test(f));
  it("finds the fixtures", () => expect(files.length).toBeGreaterThanOrEqual(8));
  it.each(files)("%s", (file) => {
    const path = join(DIR, file);
    const text = readFileSync(path, "utf8");
    const b = bands(text);
    const actual = aligned(compareDocuments(readDocument(b["old"] ?? "", "old"), readDocument(b["new"] ?? "", "new")));
    if (process.env["UPDATE_EXPECT"] === "1" || !(b["aligned"] ?? "").trim()) {
      // A new case (or an explicit update): write the band for a reviewer to read, as rust-analyzer's expect files.
      writeFileSync(path, text.slice(0, text.search(/^=== aligned ===$/m)) + "=== aligned ===\n" + actual);
      return;
    }
    expect(actual).toBe(b["aligned"]);
  });
});
