/**
 * A raw JSON-RPC client for hostile-input tests: it frames messages itself, so a test can
 * also send what no library would (a bad Content-Length, a body that is not JSON, garbage).
 * Spawns the built server (dist/server.js) over stdio, optionally with a preload script.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const SERVER = join(__dirname, "../../dist/server.js");

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface RawClient {
  readonly process: ChildProcess;
  /** Every message the server sent, in order. */
  readonly received: Message[];
  write(raw: string | Buffer): void;
  notify(method: string, params?: unknown): void;
  request(method: string, params?: unknown, timeoutMs?: number): Promise<Message>;
  /** Resolves with the first message (already received or future) that satisfies `accept`. */
  waitFor(accept: (m: Message) => boolean, timeoutMs?: number): Promise<Message>;
  alive(): boolean;
  stderr(): string;
  close(): Promise<void>;
}

export function frame(body: string | Buffer): Buffer {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, "ascii"), b]);
}

export async function startRaw(options: { rootPath?: string; preload?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RawClient> {
  const args = [...(options.preload ? ["--require", options.preload] : []), SERVER, "--stdio"];
  const proc = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  let err = "";
  proc.stderr!.on("data", (d) => (err += d));
  proc.stdin!.on("error", () => {}); // writing to a dead server must not crash the test runner
  const received: Message[] = [];
  const waiters: { accept: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  let buf = Buffer.alloc(0);
  proc.stdout!.on("data", (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const head = buf.indexOf("\r\n\r\n");
      if (head < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, head).toString("ascii"));
      if (!m) throw new Error(`server sent a frame without Content-Length: ${buf.subarray(0, head)}`);
      const len = Number(m[1]);
      if (buf.length < head + 4 + len) return;
      const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString("utf8")) as Message;
      buf = buf.subarray(head + 4 + len);
      received.push(msg);
      // Answer the server's own requests as an editor would.
      if (msg.method && msg.id !== undefined && msg.result === undefined) {
        const result = msg.method === "workspace/configuration" ? ((msg.params as { items: unknown[] }).items ?? []).map(() => null) : null;
        proc.stdin!.write(frame(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result })));
      }
      for (const w of [...waiters]) {
        if (w.accept(msg)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(msg);
        }
      }
    }
  });
  let nextId = 1;
  const waitFor = (accept: (m: Message) => boolean, timeoutMs = 20_000) => {
    const seen = received.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise<Message>((resolve, reject) => {
      const w = { accept, resolve };
      waiters.push(w);
      setTimeout(() => {
        if (waiters.includes(w)) {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no matching message within ${timeoutMs} ms (server ${proc.exitCode === null ? "alive" : `exited ${proc.exitCode}`}); stderr: ${err.slice(-2000)}`));
        }
      }, timeoutMs);
    });
  };
  const client: RawClient = {
    process: proc,
    received,
    write: (raw) => void proc.stdin!.write(raw),
    notify: (method, params) => void proc.stdin!.write(frame(JSON.stringify({ jsonrpc: "2.0", method, params }))),
    request(method, params, timeoutMs) {
      const id = nextId++;
      proc.stdin!.write(frame(JSON.stringify({ jsonrpc: "2.0", id, method, params })));
      return waitFor((m) => m.id === id && m.method === undefined, timeoutMs);
    },
    waitFor,
    alive: () => proc.exitCode === null && proc.signalCode === null,
    stderr: () => err,
    async close() {
      if (client.alive()) {
        try {
          await client.request("shutdown", undefined, 3000);
          client.notify("exit");
        } catch {
          // a server that does not answer is killed below
        }
      }
      await new Promise<void>((resolve) => {
        if (!client.alive()) return resolve();
        const t = setTimeout(() => {
          proc.kill("SIGKILL");
          resolve();
        }, 3000);
        proc.once("exit", () => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
  const root = options.rootPath ? `file://${options.rootPath}` : null;
  await client.request("initialize", {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: root ? [{ uri: root, name: "root" }] : null,
    capabilities: {
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { versionSupport: true } },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  client.notify("initialized", {});
  return client;
}
