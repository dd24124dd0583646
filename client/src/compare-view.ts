/**
 * The comparison view: a webview whose script (client/webview/compare.ts, bundled to
 * dist/webview/) renders the server's comparison data. The extension only fetches the data,
 * passes it on as JSON, and answers the view's requests (reveal a paragraph).
 *
 * Security: scripts run only from the extension's dist/webview/ folder with a per-panel nonce;
 * no remote resources (CSP default-src 'none'); the data is never turned into HTML here, and
 * the script builds its DOM with textContent only.
 */
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { CompareResult, ExtensionToView, ViewToExtension, WireRange } from "../../server/src/protocol";
import { REASONS, requestCompare, sideName } from "./compare-request";

export const VIEW_TYPE = "resdraft.compare";
/** Set while a comparison view is open: the editor's next/previous change keys apply then. */
const CONTEXT_KEY = "resdraft.compareViewOpen";
const LINEAGE_DEPTH = 4;
const REFRESH_MS = 600;

export class CompareView {
  private static readonly open = new Map<string, CompareView>();
  private result: CompareResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** The view comparing `newUri` (with `againstUri`, or its predecessor), shown or created. */
  static show(context: vscode.ExtensionContext, client: LanguageClient, result: CompareResult, against?: vscode.Uri): CompareView {
    const key = `${result.new.uri}\n${result.old.uri}`;
    const existing = CompareView.open.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      existing.post(result);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title(result), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, "dist", "webview")],
    });
    const view = new CompareView(context, client, panel, key, against);
    CompareView.open.set(key, view);
    void vscode.commands.executeCommand("setContext", CONTEXT_KEY, true);
    view.post(result);
    return view;
  }

  /** The view last focused, for the next/previous keys. */
  static active(): CompareView | undefined {
    const views = [...CompareView.open.values()];
    return views.find((v) => v.panel.active) ?? views.find((v) => v.panel.visible) ?? views[0];
  }

  private constructor(
    context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    readonly panel: vscode.WebviewPanel,
    private readonly key: string,
    private readonly against: vscode.Uri | undefined,
  ) {
    panel.webview.html = page(panel.webview, context.extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: ViewToExtension) => void this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => this.maybeRefresh(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.maybeRefresh(d.uri)),
    );
    panel.onDidDispose(() => this.dispose());
  }

  private get uris(): string[] {
    return this.result ? [this.result.old.uri, this.result.new.uri] : [];
  }

  private maybeRefresh(uri: vscode.Uri): void {
    if (!this.uris.includes(uri.toString())) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private async refresh(): Promise<void> {
    if (!this.result) return;
    const answer = await requestCompare(this.client, {
      uri: this.result.new.uri,
      against: this.against?.toString() ?? this.result.old.uri,
      format: "view",
      lineageDepth: LINEAGE_DEPTH,
    });
    if (answer.ok) this.post(answer.result);
    else this.send({ type: "error", message: answer.message });
  }

  private post(result: CompareResult): void {
    this.result = result;
    this.panel.title = title(result);
    this.send({ type: "data", result, names: { old: sideName(result.old), new: sideName(result.new) }, reasonText: REASONS[result.reason] });
  }

  private send(message: ExtensionToView): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: ViewToExtension): Promise<void> {
    if (m.type === "ready" && this.result) this.post(this.result);
    else if (m.type === "reveal") await this.reveal(m.entry, m.side);
  }

  /** Show entry `entry`'s paragraph in its editor (beside the view), selected. */
  async reveal(entry: number, side: "old" | "new"): Promise<void> {
    const loc = this.result?.view?.locations[entry];
    const range = loc?.[side] ?? loc?.[side === "old" ? "new" : "old"];
    if (!this.result || !loc || !range) return;
    const uri = vscode.Uri.parse(range === loc[side] ? this.result[side].uri : this.result[side === "old" ? "new" : "old"].uri);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: false, preview: false });
    const r = toRange(range);
    // Selected from its end back to its start: the cursor (and the status bar's Ln) is at the paragraph's first line.
    editor.selection = new vscode.Selection(r.end, r.start);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Next/previous change: in the view when it has focus, else relative to the editor's cursor. */
  async step(direction: 1 | -1, fromEditor: vscode.TextEditor | undefined): Promise<void> {
    const changed = changedEntries(this.result);
    if (changed.length === 0) return;
    if (this.panel.active || !fromEditor || !this.result) {
      this.send({ type: "step", direction });
      return;
    }
    const side = fromEditor.document.uri.toString() === this.result.old.uri ? "old" : "new";
    const line = fromEditor.selection.active.line;
    const locs = this.result.view?.locations ?? [];
    const startLine = (i: number) => locs[i]?.[side]?.start.line;
    // In this editor's text order: the entries are in the comparison's order (a removed or moved paragraph sits
    // by its partner's neighbour), and a paragraph with no place on this side cannot be gone to from here.
    const located = changed.filter((i) => startLine(i) !== undefined).sort((a, b) => startLine(a)! - startLine(b)!);
    if (located.length === 0) {
      this.send({ type: "step", direction });
      return;
    }
    const next = direction === 1
      ? (located.find((i) => startLine(i)! > line) ?? located[0])
      : ([...located].reverse().find((i) => startLine(i)! < line) ?? located[located.length - 1]);
    if (next === undefined) return;
    this.send({ type: "focusEntry", entry: next });
    await this.reveal(next, side);
  }

  private dispose(): void {
    clearTimeout(this.timer);
    CompareView.open.delete(this.key);
    if (CompareView.open.size === 0) void vscode.commands.executeCommand("setContext", CONTEXT_KEY, false);
    for (const d of this.disposables) d.dispose();
  }
}

/** Entries a reviewer steps through: everything but unchanged and renumbered-only paragraphs. */
export function changedEntries(result: CompareResult | undefined): number[] {
  const out: number[] = [];
  result?.view?.diff.paragraphs.forEach((p, i) => {
    if (p.status !== "unchanged" && p.status !== "renumbered") out.push(i);
    else if (p.changes.some((c) => c.op !== "equal")) out.push(i);
  });
  return out;
}

function title(r: CompareResult): string {
  return `${sideName(r.old)} → ${sideName(r.new)}`;
}

function toRange(r: WireRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function page(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString("base64");
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "dist", "webview", name)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    "img-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset("compare.css")}">
<title>Comparison</title>
</head>
<body>
<div id="app" aria-busy="true"><p class="loading">Comparing…</p></div>
<script nonce="${nonce}" src="${asset("compare.js")}"></script>
</body>
</html>`;
}
