/**
 * A diagnostic's code links to its rule's page in docs/rules/. Opened as a file, that page is raw
 * Markdown with the generator's comment on top; routed through `resdraft.openRuleDoc` it opens in
 * the Markdown preview instead, rendered (the preview hides HTML comments).
 */
import * as vscode from "vscode";
import type { Middleware } from "vscode-languageclient/node";
import { ClientCommands } from "../../server/src/protocol";

/** `file:///…/docs/rules/RES012.md` → a command link that previews it; anything else unchanged. */
export function previewLink(target: vscode.Uri): vscode.Uri {
  if (target.scheme !== "file" || !/\/docs\/rules\/[^/]+\.md$/.test(target.path)) return target;
  return vscode.Uri.parse(`command:${ClientCommands.openRuleDoc}?${encodeURIComponent(JSON.stringify([target.toString()]))}`);
}

export const ruleDocMiddleware: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    for (const d of diagnostics) {
      if (d.code && typeof d.code === "object" && d.code.target) d.code = { value: d.code.value, target: previewLink(d.code.target) };
    }
    next(uri, diagnostics);
  },
};

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.openRuleDoc, async (target: unknown) => {
      if (typeof target !== "string") return;
      const uri = vscode.Uri.parse(target);
      try {
        await vscode.commands.executeCommand("markdown.showPreview", uri);
      } catch {
        // No Markdown preview (it is a built-in extension, but may be disabled): the source will do.
        await vscode.window.showTextDocument(uri);
      }
    }),
  );
}
