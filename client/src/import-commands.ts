/**
 * "Import PDF as Draft…" (palette, and the explorer's context menu on a .pdf) and "New Draft from This
 * Resolution" (the active official text or .unres): the server reads the file and writes the draft
 * (`resdraft/normalize`); the client opens it in a new untitled `unres` editor and lists each rollover edit in
 * the output channel for review.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ClientCommands, Requests, type NormalizeParams, type NormalizeResult } from "../../server/src/protocol";

export function registerImportCommands(context: vscode.ExtensionContext, client: LanguageClient, start: () => Promise<void>): void {
  const open = async (uri: vscode.Uri, label: string): Promise<void> => {
    await start();
    let r: NormalizeResult;
    try {
      r = await client.sendRequest<NormalizeResult>(Requests.normalize, { uri: uri.toString(), asDraft: true } satisfies NormalizeParams);
    } catch (e) {
      void vscode.window.showErrorMessage(`resdraft: ${(e as Error).message}`);
      return;
    }
    const doc = await vscode.workspace.openTextDocument({ language: "unres", content: r.text });
    await vscode.window.showTextDocument(doc);
    const out = client.outputChannel;
    out.appendLine(`New draft from ${label}: ${r.edits.length} edits to review`);
    for (const e of [...r.notes, ...r.edits]) out.appendLine(`  ${e}`);
    void vscode.window.showInformationMessage(`resdraft: new draft from ${label}, ${r.edits.length} rollover edits (listed in the output).`, "Show Edits").then((pick) => {
      if (pick) out.show(true);
    });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.importPdfAsDraft, async (given?: vscode.Uri) => {
      const uri = given ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { "Official PDF": ["pdf"] }, openLabel: "Import as Draft" }))?.[0];
      if (uri) await open(uri, uri.path.split("/").pop() ?? uri.toString());
    }),
    vscode.commands.registerCommand(ClientCommands.newDraftFromResolution, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== "unres") {
        void vscode.window.showInformationMessage("resdraft: open an adopted resolution first.");
        return;
      }
      await open(doc.uri, doc.uri.path.split("/").pop() ?? "this resolution");
    }),
  );
}
