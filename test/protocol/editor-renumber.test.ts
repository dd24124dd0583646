// Renumbering over LSP: the code action's edit and the server command's applyEdit turn the draft
// into the reviewed expected files (test/fixtures/editor/*-renumbered.unres).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplyWorkspaceEditParams, CodeAction, TextDocumentEdit, TextEdit } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { applyTextEdits, corpusText, EDITOR_FIXTURES } from "./editor-helpers";

const fixture = (name: string) => readFileSync(join(EDITOR_FIXTURES, name), "utf8");
const draft = fixture("crime-draft.unres");

describe("renumbering over LSP", () => {
  let client: TestClient;
  const applied: ApplyWorkspaceEditParams[] = [];
  beforeAll(async () => {
    client = await startClient();
    client.connection.onRequest("workspace/applyEdit", (p: ApplyWorkspaceEditParams) => {
      applied.push(p);
      return { applied: true };
    });
  });
  afterAll(async () => {
    await client.close();
  });

  const actions = async (uri: string, only?: string[]) =>
    (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only },
    })) as CodeAction[];

  const applyAction = (text: string, action: CodeAction) => {
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    return applyTextEdits(text, change.edits as TextEdit[]);
  };

  it("renumbers operative paragraphs after `2 bis` and updates 'paragraphs 2 and 3 above' in one edit", async () => {
    const uri = "file:///tmp/renumber-op.unres";
    client.open(uri, draft);
    const action = (await actions(uri)).find((a) => a.kind === "source.renumberParagraphs")!;
    expect(action.title).toBe("Renumber operative paragraphs (3 numbers, 4 references)");
    expect((action.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(1);
    expect(applyAction(draft, action)).toBe(fixture("crime-draft.paragraphs-renumbered.unres"));
  });

  it("offers the renumbering in the light bulb on a number that would change", async () => {
    const uri = "file:///tmp/renumber-bulb.unres";
    client.open(uri, draft);
    const line = draft.slice(0, draft.indexOf("2 bis.")).split("\n").length - 1;
    const at = (character: number, l = line) => ({ start: { line: l, character }, end: { line: l, character } });
    const ask = async (range: ReturnType<typeof at>) =>
      (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], only: ["refactor"] } })) as CodeAction[];
    const onBis = await ask(at(2));
    expect(onBis.map((a) => a.kind)).toEqual(["refactor.rewrite"]);
    expect(applyAction(draft, onBis[0]!)).toBe(fixture("crime-draft.paragraphs-renumbered.unres"));
    const op1 = draft.slice(0, draft.indexOf("1. Takes")).split("\n").length - 1;
    expect(await ask(at(0, op1))).toEqual([]); // OP1 keeps its number
  });

  it("renumbers footnotes in order of first citation, markers and texts together", async () => {
    const uri = "file:///tmp/renumber-fn.unres";
    client.open(uri, draft);
    const action = (await actions(uri, ["source.renumberFootnotes"]))[0]!;
    expect(action.kind).toBe("source.renumberFootnotes");
    expect(applyAction(draft, action)).toBe(fixture("crime-draft.footnotes-renumbered.unres"));
  });

  it("offers nothing once the numbering is final, nor for a quick-fix request", async () => {
    const uri = "file:///tmp/renumber-done.unres";
    client.open(uri, fixture("crime-draft.paragraphs-renumbered.unres"));
    expect((await actions(uri)).filter((a) => a.kind === "source.renumberParagraphs")).toEqual([]);
    const other = "file:///tmp/renumber-quickfix.unres";
    client.open(other, draft);
    expect(await actions(other, ["quickfix"])).toEqual([]);
  });

  it("finds the 362 operative paragraphs of the omnibus already numbered", async () => {
    const uri = "file:///corpus/A-RES-80-110.txt";
    client.open(uri, corpusText("A-RES-80-110"));
    expect((await actions(uri, ["source.renumberParagraphs"])).length).toBe(0);
  });

  it("applies the renumbering through the server command (the palette path)", async () => {
    expect(client.initialize.capabilities.executeCommandProvider?.commands).toContain("resdraft.applyRenumbering");
    const uri = "file:///tmp/renumber-command.unres";
    client.open(uri, draft);
    const ok = await client.connection.sendRequest("workspace/executeCommand", { command: "resdraft.applyRenumbering", arguments: [uri, "operative"] });
    expect(ok).toBe(true);
    const edit = applied.at(-1)!.edit.documentChanges![0] as TextDocumentEdit;
    expect(edit.textDocument.uri).toBe(uri);
    expect(applyTextEdits(draft, edit.edits as TextEdit[])).toBe(fixture("crime-draft.paragraphs-renumbered.unres"));
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "resdraft.applyRenumbering", arguments: [uri, "sideways"] })).toBe(false);
  });
});
