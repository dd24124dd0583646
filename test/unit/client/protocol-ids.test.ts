// The protocol module is the one place custom requests and command ids are spelled, and the
// manifest contributes exactly the extension's commands, with menus and keys pointing at them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_COMMANDS, Requests, ServerCommands } from "../../../server/src/protocol";

const root = join(__dirname, "../../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const contributes = pkg.contributes;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

describe("the shared protocol", () => {
  it("package.json contributes exactly the extension's commands", () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(contributed).toEqual([...CLIENT_COMMANDS].sort());
  });

  it("every menu entry and keybinding names a contributed command", () => {
    const ids = new Set(CLIENT_COMMANDS as readonly string[]);
    const used = [...Object.values(contributes.menus).flat(), ...contributes.keybindings].map((m) => (m as { command: string }).command);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("Alt+F5 / Shift+Alt+F5 are ours only while a comparison view is open, never in a diff editor", () => {
    for (const key of ["alt+f5", "shift+alt+f5"]) {
      const b = contributes.keybindings.find((k: { key: string }) => k.key === key);
      expect(b.when).toContain("resdraft.compareViewOpen");
      expect(b.when).toContain("!isInDiffEditor");
      expect(b.when).toContain("activeWebviewPanelId == 'resdraft.compare'");
    }
  });

  it("no other client or server file spells a custom request or command id", () => {
    const ids = [...Object.values(Requests), ...Object.values(ServerCommands), ...CLIENT_COMMANDS];
    const offenders: string[] = [];
    for (const file of [...sources("client"), ...sources("server/src/lsp")]) {
      const text = readFileSync(file, "utf8").replace(/^\s*(\/\/|\*|\/\*).*$/gm, "");
      for (const id of ids) if (text.includes(`"${id}"`)) offenders.push(`${file.slice(root.length + 1)}: ${id}`);
    }
    expect(offenders).toEqual([]);
  });
});
