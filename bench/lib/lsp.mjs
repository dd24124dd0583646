/**
 * A minimal editor for the bench: spawns the built server (dist/server.js) over stdio and
 * speaks JSON-RPC to it, as VS Code does. Times are taken on this side of the pipe, so they
 * include serialisation and transport, as a user would feel them.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { SERVER } from "./paths.mjs";

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-languageserver-protocol/node");

export const uriOf = (path) => pathToFileURL(path).href;

export async function startServer({ rootPath } = {}) {
  // The same V8 flags the extension starts the server with (client/src/extension.ts).
  const proc = spawn(process.execPath, ["--max-semi-space-size=4", SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  /** uri → list of { version, at, count } for every publishDiagnostics, and waiters. */
  const published = new Map();
  const waiters = [];
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    const at = performance.now();
    const list = published.get(p.uri) ?? [];
    list.push({ version: p.version, at, count: p.diagnostics.length });
    published.set(p.uri, list);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ at, count: p.diagnostics.length });
      }
    }
  });
  conn.onNotification("window/logMessage", () => {});
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => null));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.listen();
  const rootUri = rootPath ? uriOf(rootPath) : null;
  const init = await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: "root" }] : null,
    capabilities: {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        completion: { completionItem: { snippetSupport: true } },
        synchronization: { didSave: true },
      },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  await conn.sendNotification("initialized", {});
  return {
    conn,
    proc,
    capabilities: init.capabilities,
    stderr: () => stderr,
    /** Resolves when diagnostics for `uri` (at `version`, if given) arrive. */
    diagnostics(uri, version, timeoutMs = 30_000) {
      const seen = (published.get(uri) ?? []).find((p) => version === undefined || p.version === version);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { uri, version, resolve };
        waiters.push(w);
        setTimeout(() => {
          if (waiters.includes(w)) {
            waiters.splice(waiters.indexOf(w), 1);
            reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`));
          }
        }, timeoutMs);
      });
    },
    open(uri, text, version = 1) {
      return conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "unres", version, text } });
    },
    /** One incremental edit: replace [from, to) (line/character positions) with `text`. */
    change(uri, version, range, text) {
      return conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    save(uri) {
      return conn.sendNotification("textDocument/didSave", { textDocument: { uri } });
    },
    /** Resident memory of the server process in MB, from /proc (Linux). */
    memory() {
      const status = readFileSync(`/proc/${proc.pid}/status`, "utf8");
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
      return { rssMB: kb("VmRSS") / 1024, peakMB: kb("VmHWM") / 1024 };
    },
    async close() {
      try {
        await Promise.race([conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification("exit");
      } catch {
        // already gone
      }
      conn.dispose();
      await new Promise((resolve) => {
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
    },
  };
}
