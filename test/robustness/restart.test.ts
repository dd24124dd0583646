/**
 * After a crash the editor gets a working server back.
 *
 * The restart itself is vscode-languageclient's job: on an unexpected close its default error
 * handler answers Restart up to 4 times within 3 minutes, then gives up with a message. Running
 * a whole LanguageClient needs VS Code, so this checks the three facts the behaviour rests on:
 * 1. the extension does not replace that handler or lower its restart count;
 * 2. the library's default handler (loaded with a stand-in for the `vscode` module) decides
 *    Restart ×4, then DoNotRestart for a 5th crash within 3 minutes;
 * 3. the server itself, killed with SIGKILL mid-session, comes back cold (no lock, port or
 *    leftover state) and serves the same document at once.
 */
import { readFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startRaw } from "./raw-client";

const ROOT = join(__dirname, "../..");

/** Load vscode-languageclient's client module with an inert stand-in for `vscode`. */
function loadClientLibrary(): { BaseLanguageClient: { prototype: { createDefaultErrorHandler(n?: number): { closed(): { action: number } } } }; CloseAction: Record<string, number> } {
  const handler: ProxyHandler<object> = { get: (t: Record<string | symbol, unknown>, p) => (p in t ? t[p] : (t[p] = new Proxy(class {}, handler))) };
  const stub = new Proxy({}, handler);
  const M = Module as unknown as { _resolveFilename: (req: string, ...rest: unknown[]) => string; _cache: Record<string, unknown> };
  const resolve = M._resolveFilename;
  M._resolveFilename = function (this: unknown, req: string, ...rest: unknown[]) {
    return req === "vscode" ? "vscode" : resolve.call(this, req, ...rest);
  };
  M._cache["vscode"] = { id: "vscode", filename: "vscode", loaded: true, exports: stub };
  try {
    const require = Module.createRequire(join(ROOT, "package.json"));
    return require(join(ROOT, "node_modules/vscode-languageclient/lib/common/client.js"));
  } finally {
    M._resolveFilename = resolve;
    delete M._cache["vscode"];
  }
}

describe("restart after a crash", () => {
  it("the extension keeps vscode-languageclient's default restart policy", () => {
    const src = readFileSync(join(ROOT, "client/src/extension.ts"), "utf8");
    expect(src).toMatch(/new LanguageClient\(/);
    expect(src).not.toMatch(/errorHandler\s*:/);
    expect(src).not.toMatch(/maxRestartCount/);
  });

  it("the default policy restarts a crashed server 4 times within 3 minutes, then stops", () => {
    const lib = loadClientLibrary();
    // `createDefaultErrorHandler` is what the client uses when no errorHandler is given.
    const h = lib.BaseLanguageClient.prototype.createDefaultErrorHandler.call({ name: "resdraft" }, undefined);
    const actions = Array.from({ length: 5 }, () => h.closed().action);
    expect(actions).toEqual([...Array(4).fill(lib.CloseAction.Restart), lib.CloseAction.DoNotRestart]);
  });

  it("a server killed mid-session comes back cold and serves the document again", async () => {
    const uri = "file:///tmp/robust-restart.unres";
    const text = "The General Assembly,\n\nRecalling its resolution 78/229,\n\n1. Requests a report.\n";
    const first = await startRaw();
    first.notify("textDocument/didOpen", { textDocument: { uri, languageId: "unres", version: 1, text } });
    const before = await first.request("textDocument/documentSymbol", { textDocument: { uri } });
    first.process.kill("SIGKILL");
    await new Promise((r) => first.process.once("exit", r));
    expect(first.alive()).toBe(false);
    // What the client does on Restart: spawn again, initialize, re-open the open documents.
    const second = await startRaw();
    try {
      second.notify("textDocument/didOpen", { textDocument: { uri, languageId: "unres", version: 1, text } });
      const after = await second.request("textDocument/documentSymbol", { textDocument: { uri } });
      expect(after.result).toEqual(before.result);
      expect(Array.isArray(after.result) && after.result.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
