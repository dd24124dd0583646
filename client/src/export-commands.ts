/**
 * *Export Akoma Ntoso…*: the server writes the active resolution as AKN4UN XML (`resdraft/export`); the client
 * asks where to save it and offers to open the file or reveal it.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

/** `resdraft/export`'s answer (declared with the handler in server/src/lsp/features/export.ts). */
interface ExportResult {
  format: string;
  extension: string;
  binary: boolean;
  content: string;
  summary: { preamble: number; operative: number; footnotes: number };
}

async function exportAs(client: LanguageClient, format: string, label: string): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== "unres") {
    void vscode.window.showInformationMessage("resdraft: open a resolution first.");
    return;
  }
  let r: ExportResult;
  try {
    r = await client.sendRequest<ExportResult>("resdraft/export", { uri: doc.uri.toString(), format });
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
  const choice = await vscode.window.showInformationMessage(
    `resdraft: wrote ${target.fsPath} (${s.preamble} preambular, ${s.operative} operative paragraphs, ${s.footnotes} footnotes).`,
    "Open",
    "Reveal",
  );
  if (choice === "Open") await vscode.window.showTextDocument(target);
  else if (choice === "Reveal") await vscode.commands.executeCommand("revealFileInOS", target);
}

export function registerExportCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand("resdraft.exportAkn", () => exportAs(client, "akn", "Akoma Ntoso XML")));
}
