// The lint configuration in the editor: code actions honour it (also before the first lint), broken
// settings are shown to the user once, a broken .resdraft.json's diagnostic goes when the file is
// fixed or deleted, and the editor finds the same .resdraft.json as the CLI (walking up to the root).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, TextDocumentEdit } from "vscode-languageserver-protocol";
import { startConfigClient, type ConfigClient } from "./config-client";

const CLI = join(__dirname, "../../dist/cli.js");
const TEXT =
  "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023;\n\nNoting the \"report\" of the Secretary-General,\n\nDecides to remain seized of the matter.\n";
const uriOf = (path: string) => pathToFileURL(path).toString();

function apply(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create("file:///x", "unres", 1, text), change.edits as never);
}

let client: ConfigClient | null = null;
afterEach(async () => {
  await client?.close();
  client = null;
});

async function start(root: string, settings: Record<string, unknown> = {}): Promise<ConfigClient> {
  client = await startConfigClient(uriOf(root), settings);
  return client;
}

describe("code actions follow the configuration", () => {
  it("resdraft.enable: false offers no quick fix and no fix-all (fix-on-save must not rewrite the file)", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-cfg-"));
    const c = await start(root, { enable: false });
    const uri = uriOf(join(root, "a.unres"));
    c.open(uri, TEXT);
    const p = await c.diagnostics(uri);
    expect(p.diagnostics.filter((d) => d.source === "resdraft" && String(d.code).startsWith("RES"))).toEqual([]);
    // A range on the RES003 problem (the comma after 2023) and the fix-all kind.
    const range = { start: { line: 2, character: 51 }, end: { line: 2, character: 52 } };
    const quick = (await c.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], only: ["quickfix"] } })) as CodeAction[];
    expect(quick).toEqual([]);
    expect(await c.codeActions(uri, [], ["source.fixAll"])).toEqual([]);
  });

  it("a fix-all asked for before the first lint uses the resolved configuration", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-cfg-"));
    const c = await start(root, { rules: { RES023: "off" } });
    // The settings answer arrives late: the code action must wait for it instead of linting with defaults.
    c.configDelayMs = 400;
    const uri = uriOf(join(root, "early.unres"));
    c.open(uri, TEXT);
    const actions = await c.codeActions(uri, [], ["source.fixAll"]);
    expect(actions).toHaveLength(1);
    const fixed = apply(TEXT, actions[0]!);
    expect(fixed).toContain("2023,");
    expect(fixed).toContain('"report"');
  });
});

describe("broken resdraft.* settings", () => {
  it("are shown once per distinct problem as a warning naming the setting", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-cfg-"));
    const c = await start(root, { rules: { RES003: "loud" } });
    const a = uriOf(join(root, "a.unres"));
    const b = uriOf(join(root, "b.unres"));
    c.open(a, TEXT);
    c.open(b, TEXT);
    await c.diagnostics(a);
    await c.diagnostics(b);
    for (let v = 2; v <= 4; v++) {
      c.change(a, TEXT + "\n".repeat(v), v);
      await c.diagnostics(a, (p) => p.version === v);
    }
    c.settingsChanged();
    c.change(a, TEXT, 5);
    await c.diagnostics(a, (p) => p.version === 5);
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]!.type).toBe(2); // Warning
    expect(c.messages[0]!.message).toContain("resdraft.rules");
    expect(c.messages[0]!.message).toMatch(/"RES003" must be/);

    // A different problem is a new message.
    c.settings = { rules: { RES003: "loud" }, status: "frozen" };
    c.settingsChanged();
    c.change(a, TEXT, 6);
    await c.diagnostics(a, (p) => p.version === 6);
    expect(c.messages).toHaveLength(2);
    expect(c.messages[1]!.message).toContain("resdraft.status");
  });
});

describe("one broken resdraft.* setting", () => {
  it("drops only that setting: the others still apply", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-cfg-"));
    const c = await start(root, { session: "eighty-one", rules: { "curly-quotes": "off" } });
    const uri = uriOf(join(root, "a.unres"));
    c.open(uri, TEXT);
    const p = await c.diagnostics(uri);
    expect(p.diagnostics.some((d) => d.code === "RES003")).toBe(true);
    expect(p.diagnostics.some((d) => d.code === "RES023")).toBe(false);
    expect(c.messages.map((m) => m.message)).toEqual([expect.stringMatching(/resdraft\.session is ignored: "session" must be a session number/)]);
  });
});

describe("a broken .resdraft.json", () => {
  const broken = `{ "rules": { "RES003": "loud" } }`;

  it("loses its diagnostic when the file is deleted", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-cfg-"));
    const config = join(root, ".resdraft.json");
    writeFileSync(config, broken);
    const c = await start(root);
    c.open(uriOf(join(root, "a.unres")), TEXT);
    await c.diagnostics(uriOf(config), (p) => p.diagnostics.length === 1);
    rmSync(config);
    void c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 3 }] });
    await c.diagnostics(uriOf(config), (p) => p.diagnostics.length === 0);
  });

  it("loses its diagnostic when the file is fixed", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-cfg-"));
    const config = join(root, ".resdraft.json");
    writeFileSync(config, broken);
    const c = await start(root);
    c.open(uriOf(join(root, "a.unres")), TEXT);
    await c.diagnostics(uriOf(config), (p) => p.diagnostics.length === 1);
    writeFileSync(config, `{ "rules": { "RES003": "off" } }`);
    void c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    await c.diagnostics(uriOf(config), (p) => p.diagnostics.length === 0);
  });
});

describe("the editor and the CLI find the same .resdraft.json", () => {
  it("for a file in a nested folder, with the config above the workspace, and watch it", async () => {
    const outer = mkdtempSync(join(tmpdir(), "resdraft-cfg-outer-"));
    const ws = join(outer, "workspace");
    const nested = join(ws, "drafts", "81");
    mkdirSync(nested, { recursive: true });
    const config = join(outer, ".resdraft.json");
    writeFileSync(config, `{ "rules": { "curly-quotes": "off" } }`);
    const file = join(nested, "x.unres");
    writeFileSync(file, TEXT);

    const cli = spawnSync(process.execPath, [CLI, "lint", "--format", "json", file], { encoding: "utf8" });
    const cliCodes = new Set((JSON.parse(cli.stdout) as { diagnostics: { code: string }[] }[]).flatMap((r) => r.diagnostics.map((d) => d.code)));
    expect(cliCodes.has("RES003")).toBe(true);
    expect(cliCodes.has("RES023")).toBe(false);

    const c = await start(ws);
    const uri = uriOf(file);
    c.open(uri, TEXT);
    const p = await c.diagnostics(uri);
    expect(new Set(p.diagnostics.map((d) => String(d.code)))).toEqual(cliCodes);

    // The file above the workspace is watched (the client's own watcher covers only the workspace).
    const watchers = c.registrations
      .filter((r) => r.method === "workspace/didChangeWatchedFiles")
      .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
    expect(watchers).toContainEqual({ baseUri: uriOf(outer), pattern: ".resdraft.json" });

    // An edit to it applies.
    writeFileSync(config, `{ "rules": { "preambular-comma": "off" } }`);
    void c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    const q = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES023"));
    expect(q.diagnostics.some((d) => d.code === "RES003")).toBe(false);
  });
});
