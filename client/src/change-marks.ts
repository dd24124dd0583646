/**
 * In the editor, relative to the predecessor: a CodeLens over each changed paragraph ("new",
 * "modified: 3 words", "moved from OP12", "technical only") and a hover with the previous wording.
 * Both come from one comparison per document version, asked for when the editor asks for lenses.
 * A text with no predecessor in the workspace gets no marks (and no message: the commands say why).
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ClientCommands, type CompareResult } from "../../server/src/protocol";
import { entryAt, marks, previousWording } from "./change-marks-text";
import { requestCompare, sideName } from "./compare-request";

const SETTING = "compare.codeLens";

class Comparisons {
  private readonly cache = new Map<string, { version: number; result: Promise<CompareResult | null> }>();
  constructor(private readonly client: LanguageClient) {}

  for(doc: vscode.TextDocument): Promise<CompareResult | null> {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version) return hit.result;
    const result = requestCompare(this.client, { uri: key, format: "view" }).then((a) => (a.ok ? a.result : null));
    this.cache.set(key, { version: doc.version, result });
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }
}

export function registerChangeMarks(context: vscode.ExtensionContext, client: LanguageClient): void {
  const comparisons = new Comparisons(client);
  const enabled = (doc: vscode.TextDocument) => vscode.workspace.getConfiguration("resdraft", doc.uri).get<boolean>(SETTING, true);
  const changed = new vscode.EventEmitter<void>();
  const selector: vscode.DocumentSelector = [{ language: "unres", scheme: "file" }, { language: "unres", scheme: "untitled" }];
  context.subscriptions.push(
    changed,
    vscode.languages.registerCodeLensProvider(selector, {
      onDidChangeCodeLenses: changed.event,
      async provideCodeLenses(doc) {
        if (!enabled(doc)) return [];
        const r = await comparisons.for(doc);
        if (!r?.view) return [];
        const tooltip = `Compared with ${sideName(r.old)}: open the comparison`;
        return marks(r.view).map((m) => new vscode.CodeLens(new vscode.Range(m.line, 0, m.line, 0), { title: m.title, tooltip, command: ClientCommands.compareWithPredecessor }));
      },
    }),
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(doc, position) {
        if (!enabled(doc)) return null;
        const r = await comparisons.for(doc);
        const entry = r?.view ? entryAt(r.view, position.line) : null;
        if (!r?.view || entry === null) return null;
        const text = previousWording(r.view.diff.paragraphs[entry]!, sideName(r.old));
        if (!text) return null;
        const md = new vscode.MarkdownString(text);
        md.isTrusted = false;
        md.supportHtml = false;
        return new vscode.Hover(md);
      },
    }),
    // Another file (the predecessor) changed, or the setting: ask again.
    vscode.workspace.onDidSaveTextDocument((d) => {
      comparisons.forget(d.uri);
      changed.fire();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`resdraft.${SETTING}`)) changed.fire();
    }),
  );
}
