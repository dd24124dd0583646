// Layer 2: the built server over stdio, as an editor talks to it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, type TestClient } from "../helpers/lsp-client";

describe("language server over stdio", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient();
  });
  afterAll(async () => {
    await client.close();
  });

  it("initializes and names itself", () => {
    expect(client.initialize.serverInfo?.name).toBe("resdraft");
    expect(client.initialize.capabilities.documentSymbolProvider).toBeTruthy();
  });

  it("publishes diagnostics for an opened document", async () => {
    const uri = "file:///tmp/proto-open.unres";
    client.open(uri, "The General Assembly,\n\nRecalling its resolution 78/229,\n\n1. Requests the Secretary-General to report.\n");
    const p = await client.diagnostics(uri);
    expect(p.version).toBe(1);
    expect(Array.isArray(p.diagnostics)).toBe(true);
  });

  it("answers documentSymbol for an open document and null for an unknown one", async () => {
    const uri = "file:///tmp/proto-symbols.unres";
    client.open(uri, "The General Assembly,\n\nRecalling its resolution 78/229,\n\n1. Requests the Secretary-General to report.\n");
    const symbols = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
    const none = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: "file:///nope.unres" } });
    expect(none).toBeNull();
  });

  it("answers for every open document when more are open than analyses are kept", async () => {
    const uris = Array.from({ length: 40 }, (_, i) => `file:///tmp/many-${i}.unres`);
    uris.forEach((uri, i) => client.open(uri, `The General Assembly,\n\nRecalling its resolution 78/${i + 1},\n\n1. Requests the Secretary-General to report ${i}.\n`));
    for (const uri of [uris[0]!, uris[39]!, uris[1]!, uris[0]!]) {
      const symbols = (await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as { name: string }[];
      expect(JSON.stringify(symbols)).toContain(`report ${uris.indexOf(uri)}`);
    }
  });
});
