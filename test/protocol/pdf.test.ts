// PDFs in the editor: resdraft/normalize writes a draft from a workspace PDF (the "Import PDF as Draft…"
// command), and a PDF in the workspace is a predecessor candidate for "Compare with Predecessor".
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, type TestClient } from "../helpers/lsp-client";

const PDFS = join(__dirname, "../fixtures/pdf");

describe("PDFs over the protocol", () => {
  let client: TestClient;
  let ws: string;
  const uri = (name: string) => pathToFileURL(join(ws, name)).toString();
  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "resdraft-pdf-"));
    copyFileSync(join(PDFS, "A-RES-78-11.pdf"), join(ws, "last-year.pdf"));
    copyFileSync(join(PDFS, "A-RES-80-229.pdf"), join(ws, "A-RES-80-229.pdf"));
    writeFileSync(join(ws, "scan.pdf"), "not a pdf at all\n");
    client = await startClient({ rootUri: pathToFileURL(ws).toString() });
  });
  afterAll(async () => {
    await client.close();
  });

  it("resdraft/normalize: next year's draft from a workspace PDF, with its edits", async () => {
    const r = (await client.connection.sendRequest("resdraft/normalize", { uri: uri("A-RES-80-229.pdf"), asDraft: true })) as { text: string; edits: string[] };
    expect(r.text).toMatch(/^---\nsymbol: A\/C\.3\/81\/L\.__\nsession: 81\npredecessor: A\/RES\/80\/229\n/);
    expect(r.edits).toContain("PP1: recalls 80/229 of 18 December 2025");
  });

  it("resdraft/normalize: a file that is not a PDF says so", async () => {
    await expect(client.connection.sendRequest("resdraft/normalize", { uri: uri("scan.pdf") })).rejects.toThrow(/is named \.pdf but holds plain text/);
  });

  it("an official text pasted into a .unres file: a quick fix rewrites it as clean .unres", async () => {
    const pasted = uri("pasted.unres");
    const official = readFileSync(join(__dirname, "../fixtures/corpus/texts/A-RES-80-73.txt"), "utf8");
    client.open(pasted, official, "unres");
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: pasted },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    })) as { title: string; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const convert = actions.find((a) => /clean \.unres/.test(a.title));
    expect(convert).toBeDefined();
    const text = convert!.edit!.changes[pasted]![0]!.newText;
    expect(text).toMatch(/^---\nsymbol: A\/RES\/80\/73\n/);
    expect(text).toMatch(/\n80\/73\. The Syrian Golan\n\nThe General Assembly,\n/);
  });

  it("a PDF in the workspace is the predecessor of the text that recalls it", async () => {
    const draft = uri("A-80-L.12.unres");
    client.open(draft, readFileSync(join(__dirname, "../fixtures/corpus/texts/A-80-L.12.txt"), "utf8"), "unres");
    // The index reads PDFs in the background: ask until it has (bounded by a count of tries, not a time).
    type Result = { old: { symbol: string; uri: string }; reason: string };
    let r = null as Result | null;
    for (let i = 0; i < 50 && !r; i++) {
      try {
        r = (await client.connection.sendRequest("resdraft/compare", { uri: draft, format: "html" })) as Result;
      } catch {
        await new Promise((done) => setTimeout(done, 200));
      }
    }
    expect(r?.old).toEqual({ symbol: "A/RES/78/11", uri: uri("last-year.pdf") });
  });
});
