// Architecture invariant: the core imports nothing from vscode, the LSP libraries or the file system.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../server/src/core");
const FORBIDDEN = /^(?:vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|fs|node:fs|fs\/promises|node:fs\/promises|child_process|node:child_process|net|node:net|http|node:http|https|node:https)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*["']([^"']+)["']|(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm;
  for (const m of source.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]!);
  return specs;
}

describe("core purity", () => {
  const all = files(root);
  it("finds the core", () => {
    expect(all.length).toBeGreaterThan(3);
  });
  it.each(all.map((f) => [relative(root, f), f]))("%s imports nothing impure", (_name, file) => {
    const bad = importsOf(readFileSync(file, "utf8")).filter((s) => FORBIDDEN.test(s));
    expect(bad).toEqual([]);
  });
  it("the import scanner sees forbidden imports", () => {
    expect(importsOf(`import { readFileSync } from "node:fs";\nconst x = require("vscode");`)).toEqual(["node:fs", "vscode"]);
  });
});
