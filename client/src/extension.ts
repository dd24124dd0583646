/**
 * The VS Code extension: starts the resdraft language server and registers commands.
 * Nothing else lives here; every language feature is in the server.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { registerEditorCommands } from "./editor-commands";
import { registerStatusBar } from "./status-bar";
import { registerCompareCommands } from "./compare-commands";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
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
  context.subscriptions.push(
    vscode.commands.registerCommand("resdraft.showOutput", () => client?.outputChannel.show()),
    vscode.commands.registerCommand("resdraft.restartServer", async () => {
      await client?.restart();
    }),
  );
  await client.start();
  registerStatusBar(context, client);
  registerEditorCommands(context);
  registerCompareCommands(context, client);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
