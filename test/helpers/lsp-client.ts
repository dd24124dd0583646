/**
 * A real LSP client for protocol tests: spawns the built server (dist/server.js) over
 * stdio and speaks JSON-RPC to it, as an editor would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from "vscode-languageserver-protocol/node";

export const SERVER = join(__dirname, "../../dist/server.js");

export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initialize: InitializeResult;
  /** Every publishDiagnostics received, newest last. */
  readonly published: PublishDiagnosticsParams[];
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  stderr(): string;
  close(): Promise<void>;
}

export async function startClient(options: { rootUri?: string | null; initializationOptions?: unknown } = {}): Promise<TestClient> {
  const proc = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  proc.stderr!.on("data", (d) => (err += d));
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onNotification("window/logMessage", () => {});
  connection.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  const initialize = (await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: "root" }] : null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        completion: { completionItem: { snippetSupport: true } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll", "refactor"] } } },
      },
      workspace: { configuration: true, workspaceFolders: true },
    },
  })) as InitializeResult;
  await connection.sendNotification("initialized", {});
  return {
    connection,
    process: proc,
    initialize,
    published,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      const seen = published.find((p) => p.uri === uri && accept(p));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { uri, accept, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error(`no publishDiagnostics for ${uri} within ${timeoutMs} ms; stderr: ${err}`));
          }
        }, timeoutMs);
      });
    },
    open(uri, text, languageId = "unres", version = 1) {
      void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
    },
    stderr: () => err,
    close: () => shutdownServer(connection, proc),
  };
}

/** Ask the server to shut down and exit, as an editor does; kill it if it has not gone within 2 s. */
export async function shutdownServer(connection: ProtocolConnection, proc: ChildProcess): Promise<void> {
  try {
    await Promise.race([connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
    await connection.sendNotification("exit");
  } catch {
    // The server may already be gone; closing must not fail the test.
  }
  connection.dispose();
  await new Promise<void>((resolve) => {
    if (proc.exitCode !== null) return resolve();
    const t = setTimeout(() => {
      proc.kill("SIGKILL");
      resolve();
    }, 2000);
    proc.once("exit", () => {
      clearTimeout(t);
      resolve();
    });
  });
}
