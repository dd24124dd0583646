// resdraft/export over stdio: an open document as Akoma Ntoso, the same XML the core and the CLI write.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportAkn } from "../../server/src/core/export/akn";
import { parse } from "../../server/src/core/syntax/parse";
import { startClient, type TestClient } from "../helpers/lsp-client";

const corpus = join(__dirname, "../fixtures/corpus/texts");

describe("resdraft/export", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ rootUri: pathToFileURL(corpus).toString() });
  });
  afterAll(async () => {
    await client.close();
  });

  it("exports the open document's current version as Akoma Ntoso", async () => {
    const file = join(corpus, "A-RES-80-229.txt");
    const uri = pathToFileURL(file).toString();
    const text = readFileSync(file, "utf8");
    client.open(uri, text, "unres");
    const r = (await client.connection.sendRequest("resdraft/export", { uri, format: "akn" })) as {
      extension: string; binary: boolean; content: string; summary: { preamble: number; operative: number; footnotes: number };
    };
    expect(r.extension).toBe(".xml");
    expect(r.binary).toBe(false);
    expect(r.content).toBe(exportAkn(parse(text, { format: "official" })));
    expect(r.summary.operative).toBeGreaterThan(50);
  });

  it("refuses an unknown format and a document that is not open, and keeps serving", async () => {
    const uri = pathToFileURL(join(corpus, "A-RES-80-229.txt")).toString();
    await expect(client.connection.sendRequest("resdraft/export", { uri, format: "pdf" })).rejects.toThrow(/cannot export to 'pdf': it writes akn/);
    const closed = pathToFileURL(join(corpus, "A-RES-78-229.txt")).toString();
    await expect(client.connection.sendRequest("resdraft/export", { uri: closed, format: "akn" })).rejects.toThrow(/open documents only/);
    const again = (await client.connection.sendRequest("resdraft/export", { uri, format: "akn" })) as { content: string };
    expect(again.content).toMatch(/^<\?xml/);
  });
});
