// The omnibus pair (A/RES/78/69 → A/RES/80/110, 572 → 569 paragraphs): the comparison's JSON must
// stay byte for byte what it was when the fixture was saved. The input is the two documents as the
// comparison receives them (saved, so a change in the reader does not move this test); the
// expected output is `JSON.stringify(compareDocuments(old, new))`. Speed work on the engine must
// leave it unchanged; a deliberate change of results rewrites it with UPDATE_EXPECT=1 (read the diff).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import type { ComparableDocument, DocumentDiff } from "../../../server/src/core/compare/types";

const DIR = join(__dirname, "../../fixtures/compare/omnibus");
const read = (name: string) => gunzipSync(readFileSync(join(DIR, name))).toString("utf8");

describe("omnibus pair golden", () => {
  const input = JSON.parse(read("input.json.gz")) as { old: ComparableDocument; new: ComparableDocument };
  it("gives the saved comparison, byte for byte", () => {
    const actual = JSON.stringify(compareDocuments(input.old, input.new));
    if (process.env["UPDATE_EXPECT"] === "1") {
      writeFileSync(join(DIR, "expected.json.gz"), gzipSync(actual, { level: 9 }));
      return;
    }
    const expected = read("expected.json.gz");
    if (actual !== expected) {
      // Name the first paragraphs that differ rather than print two 400 KB strings.
      const a = (JSON.parse(actual) as DocumentDiff).paragraphs;
      const e = (JSON.parse(expected) as DocumentDiff).paragraphs;
      const differ = e.map((p, i) => (JSON.stringify(p) === JSON.stringify(a[i]) ? null : i)).filter((i) => i !== null).slice(0, 5);
      expect({ count: a.length, first: differ.map((i) => a[i!]) }).toEqual({ count: e.length, first: differ.map((i) => e[i!]) });
    }
    expect(actual.length).toBe(expected.length);
    expect(actual === expected).toBe(true);
  });
  it("is the whole pair (the fixture is not cut short)", () => {
    expect(input.old.paragraphs.length).toBeGreaterThan(500);
    expect(input.new.paragraphs.length).toBeGreaterThan(500);
  });
});
