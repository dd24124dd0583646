// resdraft/compare over stdio: the predecessor found in the workspace, the HTML report, the Word redline.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, type TestClient } from "../helpers/lsp-client";

const corpus = join(__dirname, "../fixtures/corpus/texts");

describe("resdraft/compare", () => {
  let client: TestClient;
  let ws: string;
  const uri = (name: string) => pathToFileURL(join(ws, name)).toString();
  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "resdraft-compare-"));
    for (const f of ["A-RES-78-229.txt", "A-RES-78-11.txt", "A-RES-80-73.txt"]) copyFileSync(join(corpus, f), join(ws, f));
    client = await startClient({ rootUri: pathToFileURL(ws).toString() });
  });
  afterAll(async () => {
    await client.close();
  });

  it("finds the predecessor the draft recalls and reports in HTML", async () => {
    const draft = uri("A-RES-80-229.txt");
    client.open(draft, readFileSync(join(corpus, "A-RES-80-229.txt"), "utf8"), "unres");
    const r = (await client.connection.sendRequest("resdraft/compare", { uri: draft, format: "html" })) as {
      old: { symbol: string; uri: string };
      reason: string;
      html: string;
      summary: { substantive: number; technical: number };
    };
    expect(r.old.symbol).toBe("A/RES/78/229");
    expect(r.old.uri).toBe(uri("A-RES-78-229.txt"));
    expect(r.reason).toBe("recalled");
    expect(r.html).toMatch(/^<!DOCTYPE html>/);
    expect(r.summary.substantive).toBeGreaterThan(0);
  });

  it("writes the Word redline against a file the user picked", async () => {
    const draft = uri("A-80-L.12.txt");
    client.open(draft, readFileSync(join(corpus, "A-80-L.12.txt"), "utf8"), "unres");
    const r = (await client.connection.sendRequest("resdraft/compare", { uri: draft, against: uri("A-RES-78-11.txt"), format: "docx", author: "Syria" })) as {
      reason: string;
      docx: string;
    };
    expect(r.reason).toBe("given");
    const bytes = Buffer.from(r.docx, "base64");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.toString("utf8")).toContain('w:author="Syria"');
  });

  it("refuses a file outside the workspace folders", async () => {
    const outside = join(mkdtempSync(join(tmpdir(), "resdraft-outside-")), "secret.txt");
    writeFileSync(outside, "The General Assembly,\n");
    const draft = uri("A-RES-80-229.txt");
    await expect(client.connection.sendRequest("resdraft/compare", { uri: draft, against: pathToFileURL(outside).toString(), format: "html" })).rejects.toThrow(
      /only inside the workspace folders/,
    );
  });

  it("refuses a file with no local path (a UNC host, an encoded slash) with the same clear message", async () => {
    const draft = uri("A-RES-80-229.txt");
    for (const against of ["file://server/share/A-RES-78-229.txt", uri("a%2Fb.txt")]) {
      await expect(client.connection.sendRequest("resdraft/compare", { uri: draft, against, format: "html" })).rejects.toThrow(/only inside the workspace folders/);
    }
  });

  it("says what to do when no predecessor is in the workspace", async () => {
    const lone = uri("lone.unres");
    client.open(lone, "---\nsymbol: A/80/L.99\n---\n\n## Brand new topic\n\nThe General Assembly,\n\n1. Decides to act.\n", "unres");
    await expect(client.connection.sendRequest("resdraft/compare", { uri: lone, format: "html" })).rejects.toThrow(/No predecessor found.*predecessor: A\/RES/);
  });

  it("keeps serving after a failed request", async () => {
    const symbols = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: uri("A-RES-80-229.txt") } });
    expect(Array.isArray(symbols)).toBe(true);
  });
});
