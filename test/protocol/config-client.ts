/**
 * A protocol client for the configuration tests: like test/helpers/lsp-client.ts, but it answers
 * workspace/configuration with chosen settings (optionally late, to catch requests that do not
 * wait for them), records window/showMessage and client/registerCapability, and announces
 * dynamic file watching with relative patterns, as VS Code does.
 */
import { spawn } from "node:child_process";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
} from "vscode-languageserver-protocol/node";
import { SERVER, shutdownServer } from "../helpers/lsp-client";

export interface ConfigClient {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[];
  readonly messages: ShowMessageParams[];
  readonly registrations: Registration[];
  /** The `resdraft` section returned for every scope; change it, then `settingsChanged()`. */
  settings: Record<string, unknown>;
  /** Milliseconds to wait before answering workspace/configuration. */
  configDelayMs: number;
  settingsChanged(): void;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  close(): Promise<void>;
}

export async function startConfigClient(rootUri: string, settings: Record<string, unknown> = {}): Promise<ConfigClient> {
  const proc = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  proc.stderr!.on("data", (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const client: ConfigClient = {
    connection,
    published,
    messages: [],
    registrations: [],
    settings,
    configDelayMs: 0,
    settingsChanged() {
      void connection.sendNotification("workspace/didChangeConfiguration", { settings: { resdraft: client.settings } });
    },
    open(uri, text, version = 1) {
      void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "unres", version, text } });
    },
    change(uri, text, version) {
      void connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    diagnostics(uri, accept = () => true) {
      const seen = [...published].reverse().find((p) => p.uri === uri && accept(p));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { uri, accept, resolve };
        waiters.push(w);
        setTimeout(() => {
          if (waiters.includes(w)) {
            waiters.splice(waiters.indexOf(w), 1);
            reject(new Error(`no matching publishDiagnostics for ${uri}; stderr: ${stderr}`));
          }
        }, 10_000);
      });
    },
    codeActions(uri, diagnostics, only) {
      return connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics, ...(only ? { only } : {}) },
      }) as Promise<CodeAction[]>;
    },
    close: () => shutdownServer(connection, proc),
  };
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onNotification("window/showMessage", (p: ShowMessageParams) => {
    client.messages.push(p);
  });
  connection.onNotification("window/logMessage", () => {});
  connection.onRequest("workspace/configuration", async (p: { items: { section?: string }[] }) => {
    if (client.configDelayMs) await new Promise((r) => setTimeout(r, client.configDelayMs));
    return p.items.map((item) => (item.section === "resdraft" ? client.settings : null));
  });
  connection.onRequest("client/registerCapability", (p: { registrations: Registration[] }) => {
    client.registrations.push(...p.registrations);
    return null;
  });
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "root" }],
    capabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll", "refactor"] } } },
      },
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      },
      window: { showMessage: {} },
    },
  });
  await connection.sendNotification("initialized", {});
  return client;
}
