// Outline, folding, selection ranges and the status request on real corpus documents,
// checked against the corpus manifest (structure read from the PDFs' typesetting).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSymbol, FoldingRange, SelectionRange } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contains, corpusText, EDITOR_FIXTURES, flatten, manifest, positionAt, textIn } from "./editor-helpers";

describe("outline and structure over LSP", () => {
  let client: TestClient;
  const omnibus = "file:///corpus/A-RES-80-110.txt";
  const omnibusText = corpusText("A-RES-80-110");
  beforeAll(async () => {
    client = await startClient();
    client.open(omnibus, omnibusText, "unres");
  });
  afterAll(async () => {
    await client.close();
  });

  const symbolsOf = async (uri: string) =>
    (await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];

  it("outlines the 215 KB omnibus as title → Preamble → Operative part (sections) → Footnotes", async () => {
    const m = manifest("A-RES-80-110");
    const symbols = await symbolsOf(omnibus);
    expect(symbols).toHaveLength(1);
    const [title] = symbols;
    expect(title!.name).toMatch(/^80\/110\. Oceans and the law of the sea/);
    expect(title!.detail).toBe(m.symbol);
    const names = title!.children!.map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(["Preamble", "Operative part"]);
    expect(names).toContain("Footnotes");
    const preamble = title!.children![0]!;
    expect(preamble.children!.map((c) => c.detail ?? "")).toEqual(m.preamble.map((_, i) => `PP${i + 1}`));
    // Each PP is named by its opener and first words.
    preamble.children!.forEach((c, i) => expect(c.name.startsWith(m.preamble[i]!.opener)).toBe(true));
    const operative = title!.children![1]!;
    const sections = operative.children!;
    expect(sections.map((s) => s.detail)).toEqual([...new Set(m.operative.map((o) => o.section))].map((s) => `Section ${s}`));
    const ops = sections.flatMap((s) => s.children!).filter((c) => c.detail?.startsWith("OP"));
    expect(ops).toHaveLength(m.operative.length);
    ops.forEach((op, i) => {
      const want = m.operative[i]!;
      expect(op.detail).toBe(`OP${want.number}`);
      expect(op.name.startsWith(`${want.number}. ${want.opener}`)).toBe(true);
    });
  });

  it("keeps every selection range inside its range and every child inside its parent", async () => {
    for (const uri of [omnibus]) {
      const check = (s: DocumentSymbol) => {
        expect(contains(s.range, s.selectionRange), `${s.name}: selection outside range`).toBe(true);
        for (const c of s.children ?? []) {
          expect(contains(s.range, c.range), `${c.name} outside ${s.name}`).toBe(true);
          check(c);
        }
      };
      (await symbolsOf(uri)).forEach(check);
    }
  });

  it("shows sub-paragraphs under their paragraph with labels like OP186(a)", async () => {
    const all = flatten(await symbolsOf(omnibus));
    const subs = all.filter((s) => /^OP\d+\([a-z]+\)$/.test(s.detail ?? ""));
    // The manifest counts the omnibus's lettered items on lines of their own.
    expect(subs.length).toBeGreaterThanOrEqual(4);
    for (const s of subs) {
      expect(s.name.startsWith(s.detail!.replace(/^OP\d+/, ""))).toBe(true);
      const parent = all.find((p) => p.children?.includes(s))!;
      expect(s.detail!.startsWith(parent.detail + "(")).toBe(true);
    }
  });

  it("outlines 80/229 (no sections) with one PP and OP entry per paragraph", async () => {
    const uri = "file:///corpus/A-RES-80-229.txt";
    client.open(uri, corpusText("A-RES-80-229"));
    const all = flatten(await symbolsOf(uri));
    const m = manifest("A-RES-80-229");
    expect(all.filter((s) => /^PP\d+$/.test(s.detail ?? ""))).toHaveLength(m.preamble.length);
    expect(all.filter((s) => /^OP\d+$/.test(s.detail ?? "")).map((s) => s.detail)).toEqual(m.operative.map((o) => `OP${o.number}`));
  });

  it("outlines a .unres draft: `2 bis` keeps its label, footnotes and front-matter symbol", async () => {
    const uri = "file:///tmp/outline-draft.unres";
    const text = readFileSync(join(EDITOR_FIXTURES, "crime-draft.unres"), "utf8");
    client.open(uri, text);
    const [title] = await symbolsOf(uri);
    expect(title!.detail).toBe("A/C.3/58/L.99");
    const [preamble, operative, footnotes] = title!.children!;
    expect(preamble!.children!.map((c) => `${c.detail} ${c.name}`)).toEqual([
      "PP1 Recalling its resolution 46/152 of 18 December 1991 on the…",
      "PP2 Recalling also its resolution 56/123 of 19 December 2001…",
      "PP3 Recognizing existing efforts at the regional level, and…",
      "PP4 Recognizing also the need to maintain a balance in the…",
    ]);
    expect(operative!.children!.map((c) => c.detail)).toEqual(["OP1", "OP2", "OP2 bis", "OP3", "OP4"]);
    expect(operative!.children![2]!.name).toMatch(/^2 bis\. Requests the Secretary-General/);
    expect(footnotes!.children!.map((c) => c.detail)).toEqual(["fn 2", "fn 1", "fn 3"]);
  });

  it("folds the preamble, the operative part, every section and long paragraphs", async () => {
    const folds = (await client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri: omnibus } })) as FoldingRange[];
    const symbols = await symbolsOf(omnibus);
    const [preamble, operative] = symbols[0]!.children!;
    const starts = new Set(folds.map((f) => f.startLine));
    expect(starts.has(preamble!.range.start.line)).toBe(true);
    expect(starts.has(operative!.range.start.line)).toBe(true);
    for (const s of operative!.children!) expect(starts.has(s.range.start.line), s.name).toBe(true);
    for (const f of folds) expect(f.endLine).toBeGreaterThan(f.startLine);
    expect(folds.filter((f) => f.kind === "comment").length).toBeGreaterThan(10); // footnote blocks, one per page
  });

  it("expands a selection from a word to its paragraph, its section and the operative part", async () => {
    const at = omnibusText.indexOf("paragraph 88 above") + 2;
    const [sel] = (await client.connection.sendRequest("textDocument/selectionRange", {
      textDocument: { uri: omnibus },
      positions: [positionAt(omnibusText, at)],
    })) as SelectionRange[];
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) {
      if (s.parent) expect(contains(s.parent.range, s.range)).toBe(true);
      chain.push(textIn(omnibusText, s.range));
    }
    expect(chain[0]).toBe("paragraph");
    expect(chain.some((t) => /^\d+\.\s/.test(t) && t.includes("paragraph 88 above"))).toBe(true);
    expect(chain[chain.length - 1]).toBe(omnibusText);
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.length).toBeGreaterThan(chain[i - 1]!.length);
  });

  it("answers resdraft/status with the counts for the status bar", async () => {
    const m = manifest("A-RES-80-110");
    const status = (await client.connection.sendRequest("resdraft/status", { textDocument: { uri: omnibus } })) as {
      preamble: number;
      operative: number;
      footnotes: number;
      text: string;
    };
    expect(status.preamble).toBe(m.preamble.length);
    expect(status.operative).toBe(m.operative.length);
    expect(status.text).toBe(`PP ${m.preamble.length} · OP ${m.operative.length} · fn ${status.footnotes}`);
    expect(status.footnotes).toBeGreaterThanOrEqual(m.footnote_count - 2);
    expect(await client.connection.sendRequest("resdraft/status", { textDocument: { uri: "file:///nope.unres" } })).toBeNull();
  });
});
