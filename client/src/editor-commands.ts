/**
 * Palette commands that act on the active resolution through the server's
 * `resdraft.applyRenumbering` command (the server computes and applies the edit).
 */
import * as vscode from "vscode";
import { ClientCommands, ServerCommands } from "../../server/src/protocol";

const SERVER_COMMAND = ServerCommands.applyRenumbering;

export function registerEditorCommands(context: vscode.ExtensionContext): void {
  const renumber = (what: "operative" | "footnotes") => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== "unres") {
      void vscode.window.showInformationMessage("resdraft: open a resolution first.");
      return;
    }
    await vscode.commands.executeCommand(SERVER_COMMAND, editor.document.uri.toString(), what);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.renumberParagraphs, renumber("operative")),
    vscode.commands.registerCommand(ClientCommands.renumberFootnotes, renumber("footnotes")),
  );
}
