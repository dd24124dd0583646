/**
 * *Compare with Predecessor (Text Diff)*: VS Code's own diff editor over two read-only virtual
 * documents, each text normalised by the server (one paragraph per block under its label, page
 * furniture and line breaks gone), so only real changes show.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type CompareResult, type NormalizedTextParams, type NormalizedTextResult } from "../../server/src/protocol";
import { sideName } from "./compare-request";

export const NORMALIZED_SCHEME = "resdraft-normalized";

let provider: NormalizedTexts | undefined;

class NormalizedTexts implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly shown = new Set<string>();

  constructor(private readonly client: LanguageClient) {}

  /** `resdraft-normalized:/A-RES-78-229 (normalised)?<source uri>`: the path names the tab. */
  static uriFor(source: string, name: string): vscode.Uri {
    return vscode.Uri.from({ scheme: NORMALIZED_SCHEME, path: `/${name.replace(/\//g, "-")} (normalised)`, query: source });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.shown.add(uri.toString());
    const params: NormalizedTextParams = { uri: uri.query };
    try {
      return (await this.client.sendRequest<NormalizedTextResult>(Requests.normalizedText, params)).text;
    } catch (e) {
      return `resdraft could not read ${uri.query}: ${(e as Error).message}\n`;
    }
  }

  /** A source text changed: refresh the virtual documents made from it. */
  sourceChanged(source: vscode.Uri): void {
    for (const shown of this.shown) {
      const u = vscode.Uri.parse(shown);
      if (u.query === source.toString()) this.changed.fire(u);
    }
  }
}

export function registerTextDiff(context: vscode.ExtensionContext, client: LanguageClient): void {
  provider = new NormalizedTexts(client);
  const p = provider;
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(NORMALIZED_SCHEME, p),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.scheme !== NORMALIZED_SCHEME) p.sourceChanged(e.document.uri);
    }),
  );
}

export async function showTextDiff(r: CompareResult): Promise<void> {
  if (!provider) return;
  const left = NormalizedTexts.uriFor(r.old.uri, sideName(r.old));
  const right = NormalizedTexts.uriFor(r.new.uri, sideName(r.new));
  await vscode.commands.executeCommand("vscode.diff", left, right, `${sideName(r.old)} ↔ ${sideName(r.new)} (normalised text)`, { preview: false });
}
