/**
 * The VS Code extension: starts the resdraft language server and registers commands.
 * Nothing else lives here; every language feature is in the server.
 *
 * It activates on `unres` and on plain text (to recognise official texts saved as `.txt`);
 * the server starts only once a resolution is open, so plain text costs nothing more.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { registerEditorCommands } from "./editor-commands";
import { registerStatusBar } from "./status-bar";
import { registerCompareCommands } from "./compare-commands";
import { registerExportCommands } from "./export-commands";
import { registerLanguageDetection } from "./detect-language";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    // A small young generation: the server keeps many small objects alive (trees, caches) and
    // otherwise holds ~25 MB of semi-space it rarely needs (bench/README.md, memory row).
    run: { module, transport: TransportKind.ipc, options: { execArgv: ["--max-semi-space-size=4"] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "unres" },
      { scheme: "untitled", language: "unres" },
    ],
    synchronize: { configurationSection: "resdraft", fileEvents: vscode.workspace.createFileSystemWatcher("**/.resdraft.json") },
  };
  client = new LanguageClient("resdraft", "resdraft", serverOptions, clientOptions);
  const started = client;
  context.subscriptions.push(
    vscode.commands.registerCommand("resdraft.showOutput", () => started.outputChannel.show()),
    vscode.commands.registerCommand("resdraft.restartServer", async () => {
      await started.restart();
    }),
  );
  let starting: Promise<void> | undefined;
  const start = () =>
    (starting ??= started.start().then(() => {
      registerStatusBar(context, started);
      registerEditorCommands(context);
      registerCompareCommands(context, started);
      registerExportCommands(context, started);
    }));
  const isResolution = (d: vscode.TextDocument) => d.languageId === "unres";
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (isResolution(d)) void start();
    }),
  );
  registerLanguageDetection(context);
  if (vscode.workspace.textDocuments.some(isResolution)) await start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
