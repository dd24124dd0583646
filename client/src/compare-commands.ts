/**
 * The comparison commands: the view against the predecessor or a chosen file (also two files
 * selected in the Explorer), the native text diff of both texts normalised, next/previous
 * change, and the Word redline. The server chooses the older text, compares and renders.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ClientCommands } from "../../server/src/protocol";
import { CompareView } from "./compare-view";
import { offerWrittenFile } from "./export-commands";
import { offerFilePicker, REASONS, requestCompare, sideName } from "./compare-request";
import { showTextDiff } from "./text-diff";

function activeResolution(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== "unres") {
    void vscode.window.showInformationMessage("resdraft: open a resolution first.");
    return undefined;
  }
  return doc;
}

/** The resolution a command acts on: the Explorer item it was run on, else the active editor's. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return activeResolution()?.uri;
}

async function showView(context: vscode.ExtensionContext, client: LanguageClient, uri: vscode.Uri, against?: vscode.Uri): Promise<void> {
  const answer = await requestCompare(client, { uri: uri.toString(), against: against?.toString(), format: "view", lineageDepth: 4 });
  if (!answer.ok) return against ? void vscode.window.showErrorMessage(`resdraft: ${answer.message}`) : offerFilePicker(answer.message);
  CompareView.show(context, client, answer.result, against);
  const r = answer.result;
  void vscode.window.setStatusBarMessage(
    `resdraft: compared with ${sideName(r.old)} (${REASONS[r.reason]}): ${r.summary.substantive} substantive, ${r.summary.technical} technical changes`,
    10_000,
  );
}

async function pickOlder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { Resolutions: ["unres", "txt"] },
    title: "Compare with an older text",
    openLabel: "Compare",
  });
  return picked?.[0];
}

async function exportRedline(client: LanguageClient): Promise<void> {
  const doc = activeResolution();
  if (!doc) return;
  const author = vscode.workspace.getConfiguration("resdraft", doc.uri).get<string>("redline.author") || undefined;
  const answer = await requestCompare(client, { uri: doc.uri.toString(), format: "docx", author });
  if (!answer.ok) return offerFilePicker(answer.message);
  const r = answer.result;
  if (!r.docx) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: doc.uri.path.replace(/\.[^./]+$/, "") + "-tracked.docx" }),
    filters: { "Word document": ["docx"] },
    title: `Word file with tracked changes against ${sideName(r.old)}`,
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.docx, "base64"));
  await offerWrittenFile(target, `resdraft: wrote ${target.fsPath} with tracked changes against ${sideName(r.old)} (${REASONS[r.reason]}).`, true);
}

async function step(direction: 1 | -1): Promise<void> {
  const view = CompareView.active();
  if (view) await view.step(direction, vscode.window.activeTextEditor);
}

/**
 * Registered at activation, so the Explorer's and the editor title's entries work before any
 * resolution is open: `ready` starts the server on first use.
 */
export function registerCompareCommands(context: vscode.ExtensionContext, ready: () => Promise<LanguageClient>): void {
  const register = (id: string, run: (client: LanguageClient, ...args: unknown[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => run(await ready(), ...args)));
  register(ClientCommands.compareWithPredecessor, async (client, arg) => {
    const uri = targetUri(arg);
    if (uri) await showView(context, client, uri);
  });
  register(ClientCommands.compareWithFile, async (client, arg) => {
    const uri = targetUri(arg);
    const older = uri && (await pickOlder());
    if (uri && older) await showView(context, client, uri, older);
  });
  // Explorer, two files selected: the first selected is the older (as in VS Code's Compare Selected).
  register(ClientCommands.compareSelected, async (client, _arg, all) => {
    const uris = Array.isArray(all) ? all.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : [];
    if (uris.length !== 2) {
      void vscode.window.showInformationMessage("resdraft: select two resolutions in the Explorer (the older first), then Compare Selected Resolutions.");
      return;
    }
    await showView(context, client, uris[1]!, uris[0]!);
  });
  register(ClientCommands.compareTextDiff, async (client, arg) => {
    const uri = targetUri(arg);
    if (!uri) return;
    const answer = await requestCompare(client, { uri: uri.toString(), format: "view" });
    if (!answer.ok) return offerFilePicker(answer.message);
    await showTextDiff(answer.result);
  });
  register(ClientCommands.nextChange, () => step(1));
  register(ClientCommands.previousChange, () => step(-1));
  register(ClientCommands.exportRedline, (client) => exportRedline(client));
}
