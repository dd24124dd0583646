// Lint over LSP: diagnostics with rule ids and doc links, the preferred quick fix, fix-all,
// disable-for-paragraph, and the project's .resdraft.json (a broken one reported on itself).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextDocumentEdit } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";

const TEXT =
  "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023;\n\nNoting the \"report\" of the Secretary-General,\n\nDecides to remain seized of the matter.\n";

function apply(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create("file:///x", "unres", 1, text), change.edits as never);
}

describe("lint over LSP", () => {
  let client: TestClient;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "resdraft-proto-lint-"));
    client = await startClient({ rootUri: pathToFileURL(root).toString() });
  });
  afterAll(async () => {
    await client.close();
  });

  const codeActions = (uri: string, diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;

  it("publishes lint diagnostics with code, doc link and source", async () => {
    const uri = pathToFileURL(join(root, "a.unres")).toString();
    client.open(uri, TEXT);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES003"));
    const d = p.diagnostics.find((x) => x.code === "RES003")!;
    expect(p.version).toBe(1);
    expect(d.range.start).toEqual({ line: 2, character: 51 });
    expect(d.codeDescription?.href).toMatch(/RES003\.md$/);
    expect(d.source).toBe("resdraft");
    expect(p.diagnostics.filter((x) => x.code === "RES023")).toHaveLength(2);
  });

  it("offers the rule's fix as the preferred quick fix, pinned to the version", async () => {
    const uri = pathToFileURL(join(root, "a.unres")).toString();
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES003"));
    const diag = p.diagnostics.filter((x) => x.code === "RES003");
    const actions = await codeActions(uri, diag, ["quickfix"]);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toContain("RES003");
    expect((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(1);
    expect(apply(TEXT, fix)).toContain("19 December 2023,\n");
    const disable = actions.find((a) => a.title === "Disable RES003 for this paragraph")!;
    expect(apply(TEXT, disable)).toContain("<!-- resdraft-disable-next-paragraph RES003 -->\nRecalling");
    expect(actions.some((a) => a.title === "Disable RES003 for this file")).toBe(true);
  });

  it("source.fixAll.resdraft fixes everything certain at once", async () => {
    const uri = pathToFileURL(join(root, "a.unres")).toString();
    const actions = await codeActions(uri, [], ["source.fixAll"]);
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe("source.fixAll.resdraft");
    expect(apply(TEXT, actions[0]!)).toBe(TEXT.replace("2023;", "2023,").replace('"report"', "“report”"));
  });

  it("disabling for a paragraph or the file extends an existing directive instead of stacking another", async () => {
    const uri = pathToFileURL(join(root, "e.unres")).toString();
    const text = TEXT.replace("Recalling", "<!-- resdraft-disable-next-paragraph RES023 -->\nRecalling").replace("The General", "<!-- resdraft-disable-file RES024 -->\nThe General");
    client.open(uri, text);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES003"));
    const actions = await codeActions(uri, p.diagnostics.filter((d) => d.code === "RES003"), ["quickfix"]);
    const para = apply(text, actions.find((a) => a.title === "Disable RES003 for this paragraph")!);
    expect(para).toContain("<!-- resdraft-disable-next-paragraph RES023, RES003 -->\nRecalling");
    expect(para.match(/resdraft-disable-next-paragraph/g)).toHaveLength(1);
    const file = apply(text, actions.find((a) => a.title === "Disable RES003 for this file")!);
    expect(file).toContain("<!-- resdraft-disable-file RES024, RES003 -->");
  });

  it("a disable directive added to the text silences the rule on the next publish", async () => {
    const uri = pathToFileURL(join(root, "b.unres")).toString();
    client.open(uri, TEXT.replace("Recalling", "<!-- resdraft-disable-next-paragraph RES003 -->\nRecalling"));
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES023"));
    expect(p.diagnostics.some((d) => d.code === "RES003")).toBe(false);
  });

  it("reads .resdraft.json in the workspace; a broken one is one diagnostic on the file", async () => {
    const sub = mkdtempSync(join(root, "project-"));
    writeFileSync(join(sub, ".resdraft.json"), `{ // project rules\n "rules": { "curly-quotes": "off" } }`);
    const uri = pathToFileURL(join(sub, "c.unres")).toString();
    client.open(uri, TEXT);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES003"));
    expect(p.diagnostics.some((d) => d.code === "RES023")).toBe(false);

    const broken = mkdtempSync(join(root, "broken-"));
    writeFileSync(join(broken, ".resdraft.json"), `{ "rules": { "RES003": "loud" } }`);
    const configUri = pathToFileURL(join(broken, ".resdraft.json")).toString();
    client.open(pathToFileURL(join(broken, "d.unres")).toString(), TEXT);
    const c = await client.diagnostics(configUri, (x) => x.diagnostics.length > 0);
    expect(c.diagnostics).toHaveLength(1);
    expect(c.diagnostics[0]!.message).toMatch(/Broken resdraft configuration, ignored: "RES003" must be/);
  });
});
