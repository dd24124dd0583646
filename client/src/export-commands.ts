/**
 * The export commands: *Export Word File…* (the active resolution in the UN layout, no tracked changes) and
 * *Export Akoma Ntoso…*. The server writes the document in a format of the exporters' table
 * (`resdraft/export`); the client asks where to save it and offers to open the file or reveal it. The redline
 * export (compare-commands.ts) ends with the same offer.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ClientCommands, Requests, type ExportParams, type ExportResult } from "../../server/src/protocol";

/**
 * Says what was written and offers *Open* and *Reveal*. A Word file opens in the program the system gives
 * it (`openExternal`); a text format (XML) opens in the editor.
 */
export async function offerWrittenFile(target: vscode.Uri, message: string, external: boolean): Promise<void> {
  const choice = await vscode.window.showInformationMessage(message, "Open", "Reveal");
  if (choice === "Open") {
    if (external) await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(target);
  } else if (choice === "Reveal") await vscode.commands.executeCommand("revealFileInOS", target);
}

async function exportAs(client: LanguageClient, format: string, label: string): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== "unres") {
    void vscode.window.showInformationMessage("resdraft: open a resolution first.");
    return;
  }
  let r: ExportResult;
  try {
    r = await client.sendRequest<ExportResult>(Requests.export, { uri: doc.uri.toString(), format } satisfies ExportParams);
  } catch (e) {
    void vscode.window.showErrorMessage(`resdraft: ${(e as Error).message}`);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: doc.uri.path.replace(/\.[^./]+$/, "") + r.extension }),
    filters: { [label]: [r.extension.slice(1)] },
    title: `Export ${label}`,
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, r.binary ? Buffer.from(r.content, "base64") : Buffer.from(r.content, "utf8"));
  const s = r.summary;
  await offerWrittenFile(target, `resdraft: wrote ${target.fsPath} (${s.preamble} preambular, ${s.operative} operative paragraphs, ${s.footnotes} footnotes).`, r.binary);
}

export function registerExportCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.exportDocx, () => exportAs(client, "docx", "Word document")),
    vscode.commands.registerCommand(ClientCommands.exportAkn, () => exportAs(client, "akn", "Akoma Ntoso XML")),
  );
}
