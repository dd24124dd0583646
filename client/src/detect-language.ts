/**
 * Official texts are usually saved as `.txt`. VS Code matches a file's extension before its
 * first line, so `*.txt` opens as Plain Text and the manifest's `firstLine` rule is never
 * consulted. The extension therefore also wakes on plain text and switches a document to
 * `unres` when its first line is a resolution symbol (`A/RES/80/73`) or a numbered title
 * (`57/173. Strengthening …`), the same rule the manifest declares.
 */
import * as vscode from "vscode";
import { firstLineRule, looksLikeResolution } from "./first-line";

export function registerLanguageDetection(context: vscode.ExtensionContext): void {
  const rule = firstLineRule(context.extension.packageJSON);
  if (!rule) return;
  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId !== "plaintext" || doc.lineCount === 0) return;
    if (looksLikeResolution(doc.lineAt(0).text, rule)) void vscode.languages.setTextDocumentLanguage(doc, "unres");
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
}
