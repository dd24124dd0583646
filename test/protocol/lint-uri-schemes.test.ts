// Documents without a local path still get linted. Editors send URIs that node's fileURLToPath
// rejects (a UNC host on POSIX, an encoded '/' in a segment) and schemes that have no file at all
// (untitled:, notebook cells, virtual workspaces, git). Each must get its diagnostics and quick fixes
// under the resdraft.* settings (no .resdraft.json lookup without a local path), and a URI that
// cannot be turned into a path is told once in the output channel, not on every keystroke.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { LogMessageParams } from "vscode-languageserver-protocol";
import { startConfigClient, type ConfigClient } from "./config-client";

const TEXT =
  "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023;\n\nNoting the \"report\" of the Secretary-General,\n\nDecides to remain seized of the matter.\n";

let client: ConfigClient | null = null;
afterEach(async () => {
  await client?.close();
  client = null;
});

async function start(rootUri: string, settings: Record<string, unknown>): Promise<{ c: ConfigClient; logs: LogMessageParams[] }> {
  client = await startConfigClient(rootUri, settings);
  const logs: LogMessageParams[] = [];
  // Replaces the client's no-op handler: the output channel is what these tests read.
  client.connection.onNotification("window/logMessage", (p: LogMessageParams) => void logs.push(p));
  return { c: client, logs };
}

/** Opens the document, expects RES003 with its preferred fix, and RES023 as the settings say. */
async function expectLinted(c: ConfigClient, uri: string, res023Off: boolean): Promise<void> {
  c.open(uri, TEXT);
  const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === "RES003"));
  expect(p.version).toBe(1);
  expect(p.diagnostics.filter((d) => d.code === "RES023")).toHaveLength(res023Off ? 0 : 2);
  const actions = await c.codeActions(uri, p.diagnostics.filter((d) => d.code === "RES003"), ["quickfix"]);
  const fix = actions.find((a) => a.isPreferred);
  expect(fix?.title).toContain("RES003");
}

describe("documents without a local path", () => {
  it("are linted with the settings: UNC host, encoded '/', untitled:, notebook cell, vscode-vfs:, git:", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-uri-"));
    // A config file that must NOT apply to any of them: it would turn RES003 off.
    writeFileSync(join(root, ".resdraft.json"), JSON.stringify({ rules: { RES003: "off" } }));
    const rootUri = pathToFileURL(root).toString();
    const { c } = await start(rootUri, { rules: { RES023: "off" } });
    const uris = [
      "file://server/share/a.unres",
      `${rootUri}/a%2Fb.unres`,
      "untitled:Untitled-1",
      `vscode-notebook-cell:${pathToFileURL(join(root, "nb.ipynb")).pathname}#W0sZmlsZQ%3D%3D`,
      "vscode-vfs://github/un/drafts/a.unres",
      `git:${pathToFileURL(join(root, "g.unres")).pathname}?%7B%22ref%22%3A%22HEAD%22%7D`,
    ];
    for (const uri of uris) await expectLinted(c, uri, true);
  });

  it("a URI with no path is told once in the output channel, not per change, and keeps being linted", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-uri-"));
    const { c, logs } = await start(pathToFileURL(root).toString(), {});
    const uri = "file://server/share/b.unres";
    await expectLinted(c, uri, false);
    for (let v = 2; v <= 4; v++) {
      c.change(uri, TEXT + "\n".repeat(v), v);
      await c.diagnostics(uri, (x) => x.version === v && x.diagnostics.some((d) => d.code === "RES003"));
    }
    // A settings change empties the cache; the document is linted again without a second message.
    c.settingsChanged();
    c.change(uri, TEXT, 5);
    await c.diagnostics(uri, (x) => x.version === 5 && x.diagnostics.some((d) => d.code === "RES003"));
    const told = logs.filter((l) => l.message.includes(uri));
    expect(told).toHaveLength(1);
    expect(told[0]!.message).toMatch(/\.resdraft\.json/);
  });

  it("a workspace folder without a local path does not stop local files from finding their .resdraft.json", async () => {
    const root = mkdtempSync(join(tmpdir(), "resdraft-uri-"));
    writeFileSync(join(root, ".resdraft.json"), JSON.stringify({ rules: { RES023: "off" } }));
    const { c } = await start("file://server/share/ws", {});
    await expectLinted(c, pathToFileURL(join(root, "local.unres")).toString(), true);
  });
});
