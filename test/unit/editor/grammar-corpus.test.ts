// The grammar italicises what the official texts italicise: over the corpus, the lines that open
// with an italic opener token match the paragraphs the manifest read from the PDFs' italics.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// vscode-textmate and vscode-oniguruma come with vscode-tmgrammar-test, the engine VS Code uses.
const require = createRequire(__filename);
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const root = join(__dirname, "../../..");
const corpus = join(root, "test/fixtures/corpus");

describe("grammar on the corpus", () => {
  it("marks one opener line per official paragraph (within 1%)", async () => {
    await oniguruma.loadWASM(readFileSync(join(root, "node_modules/vscode-oniguruma/release/onig.wasm")).buffer);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(join(root, "syntaxes/unres.tmLanguage.json"), "utf8"), "unres.tmLanguage.json"),
    });
    const grammar = await registry.loadGrammar("text.unres");
    const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8"));
    let paragraphs = 0;
    let mismatch = 0;
    const worst: string[] = [];
    // Every third text keeps the test quick; the whole corpus gave 16 lines off in 19,756 when written.
    for (const file of readdirSync(join(corpus, "texts")).filter((_, i) => i % 3 === 0)) {
      const m = manifest[file.replace(/\.txt$/, "")];
      if (!m) continue;
      let stack = vsctm.INITIAL;
      let lines = 0;
      for (const line of readFileSync(join(corpus, "texts", file), "utf8").split("\n")) {
        const r = grammar.tokenizeLine(line, stack);
        stack = r.ruleStack;
        if (r.tokens.some((t: { scopes: string[] }) => t.scopes.some((s) => s.startsWith("keyword.other.opener")))) lines++;
      }
      const want = m.preamble.length + m.operative.length;
      paragraphs += want;
      mismatch += Math.abs(lines - want);
      if (lines !== want) worst.push(`${file}: ${lines} opener lines, ${want} paragraphs`);
    }
    expect(paragraphs).toBeGreaterThan(5_000);
    expect(mismatch, worst.join("\n")).toBeLessThanOrEqual(paragraphs * 0.01);
  });
});
