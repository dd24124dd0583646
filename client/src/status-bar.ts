/**
 * One status bar item for the active resolution: `PP 19 · OP 20 · fn 5 · 2 ⚠`. The counts come
 * from the server (`resdraft/status`), the problem count from the diagnostics VS Code already
 * holds; clicking opens the Outline view.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ClientCommands, Requests, type StatusParams, type StatusResult } from "../../server/src/protocol";

export const SHOW_OUTLINE_COMMAND = ClientCommands.showOutline;

/** The codicon of the worst problem, so an error never shows as a warning. */
export function problemIcon(severities: readonly vscode.DiagnosticSeverity[]): string {
  if (severities.includes(vscode.DiagnosticSeverity.Error)) return "$(error)";
  if (severities.includes(vscode.DiagnosticSeverity.Warning)) return "$(warning)";
  return "$(info)";
}

export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem("resdraft.status", vscode.StatusBarAlignment.Left, 50);
  item.name = "resdraft: paragraphs and problems";
  item.command = SHOW_OUTLINE_COMMAND;
  item.tooltip = "Preambular paragraphs · operative paragraphs · footnotes · problems — click to open the outline";
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== "unres") {
      item.hide();
      return;
    }
    const mine = ++generation;
    const uri = editor.document.uri;
    try {
      const params: StatusParams = { textDocument: { uri: uri.toString() } };
      const status = await client.sendRequest<StatusResult>(Requests.status, params);
      if (mine !== generation) return;
      if (!status) {
        item.hide();
        return;
      }
      const severities = vscode.languages
        .getDiagnostics(uri)
        .map((d) => d.severity)
        .filter((s) => s === vscode.DiagnosticSeverity.Error || s === vscode.DiagnosticSeverity.Warning);
      item.text = severities.length > 0 ? `${status.text} · ${problemIcon(severities)} ${severities.length}` : status.text;
      item.show();
    } catch {
      item.hide();
    }
  };
  const soon = (ms = 300) => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), ms);
  };

  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(SHOW_OUTLINE_COMMAND, () => vscode.commands.executeCommand("outline.focus")),
    vscode.window.onDidChangeActiveTextEditor(() => soon(0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) soon();
    }),
    // A plain-text document switched to `unres` by content detection reopens under its new language
    // without a change of active editor.
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) soon(0);
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon(50);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  soon(0);
}
