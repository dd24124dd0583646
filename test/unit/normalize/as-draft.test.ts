// Next year's draft from the adopted text: the routine rollover edits (conventions §5.2), each listed,
// and nothing else changed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../server/src/core/input/load";
import { registerReaders } from "../../../server/src/host/readers";
import { asDraft } from "../../../server/src/core/normalize/as-draft";
import { writeUnres } from "../../../server/src/core/normalize/to-unres";
import { parse } from "../../../server/src/core/syntax/parse";
import { lintSource } from "../../../server/src/core/lint/index";

registerReaders();

async function draftOf(file: string) {
  const r = await loadDocument(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/pdf", file))), file);
  if (!r.ok) throw new Error(r.message);
  const source = parse(r.text, { cues: r.cues!, format: "official" });
  const d = asDraft(source);
  if ("error" in d) throw new Error(d.error);
  const text = writeUnres(d.doc);
  return { source, d, text, tree: parse(text, { format: "unres" }) };
}

describe("normalize --as-draft", () => {
  it("80/229 → the 81st-session draft", async () => {
    const { source, d, text, tree } = await draftOf("A-RES-80-229.pdf");
    expect(text).toMatch(/^---\nsymbol: A\/C\.3\/81\/L\.__\nsession: 81\npredecessor: A\/RES\/80\/229\nstatus: draft\n---\n\nStrengthening the United Nations/);
    expect(tree.title?.number).toBeNull();
    expect(tree.closing).toBeNull();
    expect(text).not.toMatch(/69th plenary meeting|Resolution adopted/);
    expect(tree.preamble[0]!.body.text).toMatch(/77\/237 of 15 December 2022, 78\/229 of 19 December 2023 and 80\/229 of 18 December 2025,$/);
    const op78 = tree.operative.find((p) => p.number?.text === "78")!;
    expect(op78.body.text).toMatch(/at its eighty-second and eighty-third sessions on the implementation/);
    expect(tree.operative.find((p) => p.number?.text === "79")!.body.text).toMatch(/at its eighty-third session\.$/);
    expect(d.edits.map((e) => `${e.where}: ${e.what}`)).toEqual(expect.arrayContaining([
      "PP1: recalls 80/229 of 18 December 2025",
      "OP78: eighty-first session → eighty-second session",
      "OP78: eighty-second session → eighty-third session",
      "OP79: eighty-second session → eighty-third session",
    ]));
    // Everything else as adopted: same paragraphs, same texts outside the listed edits.
    expect(tree.preamble.length).toBe(source.preamble.length);
    expect(tree.operative.length).toBe(source.operative.length);
    const edited = new Set(d.edits.map((e) => e.where));
    tree.operative.forEach((p, i) => {
      if (!edited.has(`OP${p.number?.text}`)) expect(p.body.text).toBe(source.operative[i]!.body.text);
    });
    // A draft the linter accepts as a draft (no stale-session or structure errors).
    const errors = lintSource(text, { format: "unres" }).diagnostics.filter((x) => x.severity === "error");
    expect(errors).toEqual([]);
  });

  it("a draft resolution is not a source for a new draft", async () => {
    const r = await loadDocument(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/pdf/A-80-L.12.pdf"))), "x.pdf");
    if (!r.ok) throw new Error(r.message);
    expect(asDraft(parse(r.text, { cues: r.cues!, format: "official" }))).toMatchObject({ error: expect.stringMatching(/adopted resolution/) });
  });
});
