/**
 * Compare the active resolution with its predecessor: the server chooses the older text,
 * compares and renders; the client only shows the HTML report or saves the Word file.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

interface CompareResult {
  old: { uri: string; symbol: string | null };
  new: { uri: string; symbol: string | null };
  reason: "given" | "front-matter" | "recalled" | "title";
  summary: { substantive: number; technical: number };
  html?: string;
  docx?: string;
}

const REASONS: Record<CompareResult["reason"], string> = {
  given: "chosen by you",
  "front-matter": "the predecessor named in the front matter",
  recalled: "the latest resolution of the series that the text recalls",
  title: "the latest resolution with the same title",
};

function activeResolution(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== "unres") {
    void vscode.window.showInformationMessage("resdraft: open a resolution first.");
    return undefined;
  }
  return doc;
}

async function request(client: LanguageClient, doc: vscode.TextDocument, format: "html" | "docx", against?: vscode.Uri): Promise<CompareResult | undefined> {
  try {
    return await client.sendRequest<CompareResult>("resdraft/compare", {
      uri: doc.uri.toString(),
      format,
      ...(against ? { against: against.toString() } : {}),
      author: vscode.workspace.getConfiguration("resdraft", doc.uri).get<string>("redline.author") || undefined,
    });
  } catch (e) {
    void vscode.window.showErrorMessage(`resdraft: ${(e as Error).message}`);
    return undefined;
  }
}

function name(side: { uri: string; symbol: string | null }): string {
  return side.symbol ?? vscode.Uri.parse(side.uri).path.split("/").pop() ?? side.uri;
}

async function showReport(client: LanguageClient, against?: vscode.Uri): Promise<void> {
  const doc = activeResolution();
  if (!doc) return;
  const r = await request(client, doc, "html", against);
  if (!r?.html) return;
  const panel = vscode.window.createWebviewPanel("resdraft.compare", `${name(r.old)} → ${name(r.new)}`, vscode.ViewColumn.Beside, {
    enableScripts: false,
  });
  panel.webview.html = r.html;
  void vscode.window.setStatusBarMessage(
    `resdraft: compared with ${name(r.old)} (${REASONS[r.reason]}): ${r.summary.substantive} substantive, ${r.summary.technical} technical changes`,
    10_000,
  );
}

async function exportRedline(client: LanguageClient): Promise<void> {
  const doc = activeResolution();
  if (!doc) return;
  const r = await request(client, doc, "docx");
  if (!r?.docx) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: doc.uri.path.replace(/\.[^./]+$/, "") + "-tracked.docx" }),
    filters: { "Word document": ["docx"] },
    title: `Word file with tracked changes against ${name(r.old)}`,
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.docx, "base64"));
  void vscode.window.showInformationMessage(`resdraft: wrote ${target.fsPath} with tracked changes against ${name(r.old)} (${REASONS[r.reason]}).`);
}

export function registerCompareCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("resdraft.compareWithPredecessor", () => showReport(client)),
    vscode.commands.registerCommand("resdraft.compareWithFile", async () => {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Resolutions: ["unres", "txt"] }, title: "Compare with an older text" });
      if (picked?.[0]) await showReport(client, picked[0]);
    }),
    vscode.commands.registerCommand("resdraft.exportRedline", () => exportRedline(client)),
  );
}
