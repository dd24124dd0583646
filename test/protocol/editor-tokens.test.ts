// Semantic tokens over LSP on the omnibus: openers only at paragraph starts, operative numbers,
// footnote markers glued to words — what the grammar cannot know.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SemanticTokens, SemanticTokensLegend } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { corpusText, manifest } from "./editor-helpers";

describe("semantic tokens over LSP", () => {
  let client: TestClient;
  const uri = "file:///corpus/A-RES-80-110.txt";
  const text = corpusText("A-RES-80-110");
  beforeAll(async () => {
    client = await startClient();
    client.open(uri, text);
  });
  afterAll(async () => {
    await client.close();
  });

  it("classifies openers, numbers and markers of the omnibus", async () => {
    const legend = client.initialize.capabilities.semanticTokensProvider!.legend as SemanticTokensLegend;
    const { data } = (await client.connection.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri } })) as SemanticTokens;
    expect(data.length % 5).toBe(0);
    const lines = text.split(/\r\n|\r|\n/);
    const tokens: { text: string; type: string; mods: string[] }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      const [dl, dc, len, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
      line += dl;
      char = dl === 0 ? char + dc : dc;
      expect(char + len).toBeLessThanOrEqual(lines[line]!.length);
      tokens.push({
        text: lines[line]!.slice(char, char + len),
        type: legend.tokenTypes[type]!,
        mods: legend.tokenModifiers.filter((_, b) => mods & (1 << b)),
      });
    }
    const m = manifest("A-RES-80-110");
    const numbers = tokens.filter((t) => t.type === "paragraphNumber").map((t) => t.text);
    expect(numbers).toEqual(m.operative.map((o) => o.number));
    // Every official opener, in order, starts with an opener token (a wrapped opener gives two tokens).
    const inOrder = (want: string[], got: string[]) => {
      let j = 0;
      for (const g of got) if (j < want.length && want[j]!.replace(/\s+/g, " ").startsWith(g.trim())) j++;
      return j;
    };
    const pre = tokens.filter((t) => t.type === "opener" && t.mods.includes("preamble")).map((t) => t.text);
    expect(inOrder(m.preamble.map((p) => p.opener), pre)).toBe(m.preamble.length);
    const ops = tokens.filter((t) => t.type === "opener" && t.mods.includes("operative")).map((t) => t.text);
    expect(inOrder(m.operative.map((p) => p.opener), ops)).toBe(m.operative.length);
    const markers = tokens.filter((t) => t.type === "footnoteMarker");
    expect(markers.length).toBeGreaterThan(100);
    for (const mk of markers) expect(mk.text).toMatch(/^\d+$/);
    expect(tokens.find((t) => t.type === "organ")?.text).toBe("The General Assembly");
    expect(tokens.filter((t) => t.type === "closing").map((t) => t.text)).toEqual([m.closing!.meeting, m.closing!.date]);
  });
});
