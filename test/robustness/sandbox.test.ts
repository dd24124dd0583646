/**
 * What the tools may touch: files only inside what they were given (the CLI's paths, the
 * server's workspace folders), symbolic links never followed out, and no network at all.
 *
 * A preload (spy/sandbox-spy.cjs) records every file-system path and blocks and records every
 * network call, in the CLI, its worker threads and the server.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRaw } from "./raw-client";
import { CORPUS, OMNIBUS } from "./hostile";

const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SPY = join(__dirname, "spy/sandbox-spy.cjs");

interface SpyEntry {
  kind: "fs" | "net";
  op: string;
  path?: string;
  args?: string;
}
const readSpy = (file: string): SpyEntry[] =>
  existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as SpyEntry) : [];

/**
 * A workspace folder with one real text, next to an outside folder it must never reach:
 * a symlinked folder and a symlinked file inside the workspace point there.
 */
let base: string;
let workspace: string;
let outside: string;
let forbidden: string[];
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "resdraft-sandbox-"));
  workspace = join(base, "workspace");
  outside = join(base, "outside");
  mkdirSync(join(workspace, "drafts"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(workspace, "drafts", "inside.txt"), readFileSync(join(CORPUS, "A-RES-80-229.txt")));
  // Outside texts a linter would flag (so a followed link would show in the output).
  writeFileSync(join(outside, "secret.txt"), OMNIBUS.slice(0, 20_000));
  writeFileSync(join(outside, "secret.unres"), "---\nsymbol: A/RES/78/229\n---\n\n78/229. Secret\n\nThe General Assembly,\n\n1. requests  things\n");
  symlinkSync(outside, join(workspace, "linked-folder"));
  symlinkSync(join(outside, "secret.txt"), join(workspace, "drafts", "linked-file.txt"));
  forbidden = [outside, join(workspace, "linked-folder"), join(workspace, "drafts", "linked-file.txt")];
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

/** fs calls that went through a link to the outside, or to the outside directly (lstat of the link itself is fine). */
function escapes(entries: SpyEntry[]): SpyEntry[] {
  return entries.filter(
    (e) => e.kind === "fs" && !/lstat/.test(e.op) && forbidden.some((f) => e.path === f || e.path!.startsWith(f + sep)),
  );
}

describe("the CLI stays inside what it was given", () => {
  it("`resdraft lint DIR` does not follow symlinks out of DIR and touches no network", () => {
    const spyLog = join(base, "cli-spy.jsonl");
    const r = spawnSync(process.execPath, ["--require", SPY, CLI, "lint", "--format", "json", workspace], {
      encoding: "utf8",
      env: { ...process.env, RESDRAFT_SPY_LOG: spyLog },
    });
    expect(r.status, r.stderr).not.toBe(2);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    expect(files.some((f) => f.endsWith("inside.txt"))).toBe(true);
    expect(files.filter((f) => /secret|linked/.test(f))).toEqual([]);
    const entries = readSpy(spyLog);
    // The spy works: it saw the one file that should be read.
    expect(entries.some((e) => e.kind === "fs" && e.path === join(workspace, "drafts", "inside.txt"))).toBe(true);
    expect(escapes(entries)).toEqual([]);
    expect(entries.filter((e) => e.kind === "net")).toEqual([]);
  });

  it("`resdraft diff` and `resdraft outline` touch no network", () => {
    const spyLog = join(base, "cli-spy-2.jsonl");
    const env = { ...process.env, RESDRAFT_SPY_LOG: spyLog };
    const a = join(CORPUS, "A-RES-78-69.txt");
    const b = join(CORPUS, "A-RES-80-110.txt");
    expect(spawnSync(process.execPath, ["--require", SPY, CLI, "diff", a, b], { env }).status).not.toBe(2);
    expect(spawnSync(process.execPath, ["--require", SPY, CLI, "outline", b], { env }).status).toBe(0);
    const entries = readSpy(spyLog);
    expect(entries.some((e) => e.kind === "fs" && e.path === b)).toBe(true);
    expect(entries.filter((e) => e.kind === "net")).toEqual([]);
  });
});

describe("the server stays inside its workspace folders", () => {
  it("indexes the workspace without following symlinks out, and touches no network", async () => {
    const spyLog = join(base, "server-spy.jsonl");
    const c = await startRaw({ rootPath: workspace, preload: SPY, env: { RESDRAFT_SPY_LOG: spyLog } });
    try {
      // A draft that refers to the resolution only the outside folder holds (78/229) and to one inside (80/229).
      const uri = pathToFileURL(join(workspace, "drafts", "new.unres")).href;
      const text = "---\nsymbol: A/C.3/81/L.1\n---\n\nThe General Assembly,\n\nRecalling its resolutions 78/229 and 80/229,\n\n1. Requests a report.\n";
      c.notify("textDocument/didOpen", { textDocument: { uri, languageId: "unres", version: 1, text } });
      await c.waitFor((m) => m.method === "textDocument/publishDiagnostics");
      await new Promise((r) => setTimeout(r, 1500)); // the index warms 200 ms after an open
      const line = 6;
      for (const character of [26, 38]) {
        for (const method of ["textDocument/hover", "textDocument/definition", "textDocument/documentLink", "textDocument/completion"]) {
          const r = await c.request(method, { textDocument: { uri }, position: { line, character } });
          expect(r.error?.code === -32601 || r.error === undefined, method).toBe(true);
        }
      }
    } finally {
      await c.close();
    }
    const entries = readSpy(spyLog);
    expect(entries.some((e) => e.kind === "fs" && e.path === join(workspace, "drafts", "inside.txt"))).toBe(true);
    expect(escapes(entries)).toEqual([]);
    // Outside the workspace the server reads only its own code (dist, node_modules) and nothing else of the user's,
    // except that it looks for a `.resdraft.json` in the folders above the workspace, as `resdraft lint` does in CI
    // (the same configuration in both places).
    const configAbove = (e: { op?: string; path?: string }) =>
      e.op === "existsSync" && e.path!.endsWith(sep + ".resdraft.json") && workspace.startsWith(dirname(e.path!) + sep);
    const foreign = entries.filter(
      (e) => e.kind === "fs" && !e.path!.startsWith(workspace) && !e.path!.startsWith(ROOT) && !e.path!.startsWith("/proc/") && !e.path!.startsWith("/dev/") && !configAbove(e),
    );
    expect(foreign.filter((e) => e.path!.startsWith(base))).toEqual([]);
    expect(entries.filter((e) => e.kind === "net")).toEqual([]);
  });
});

describe("the bundles hold no network client", () => {
  const scan = (file: string) => {
    const src = readFileSync(file, "utf8");
    // A call of the global fetch, not a method named fetch (pdf.js's `xref.fetch(ref)`, `fetch(ref) { … }`): the
    // bundles replace the global by a refusal (scripts/lib/no-network.mjs), so none may be left.
    return [...src.matchAll(/require\("(?:node:)?(http|https|http2|tls|dgram|dns|net)"\)|(?<![\w$.])fetch\((?![^()]*\)\s*\{)|XMLHttpRequest|new WebSocket/g)].map((m) => m[1] ?? m[0]);
  };
  it("dist/cli.js requires no network module", () => {
    expect(scan(CLI)).toEqual([]);
  });
  it("the scan sees a global fetch call, and not a method named fetch", () => {
    const f = join(base, "scan-probe.js");
    writeFileSync(f, "a.fetch(x); class X { fetch(ref) { return 1; } }\nconst r = fetch(url);\n");
    expect(scan(f)).toEqual(["fetch("]);
  });
  it("dist/server.js requires only `net` (vscode-languageserver's socket/pipe transport, unused over stdio)", () => {
    expect(scan(join(ROOT, "dist/server.js")).filter((m) => m !== "net")).toEqual([]);
  });
});
