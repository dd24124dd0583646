// `resdraft lint` names files the way they were given: a relative folder gives relative paths
// (it used to expand to absolute ones, mixing styles with file arguments), an absolute one absolute.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "../../../dist/cli.js");
const BAD = "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023;\n\nDecides to remain seized of the matter.\n";

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "resdraft-paths-"));
  mkdirSync(join(dir, "drafts", "81"), { recursive: true });
  writeFileSync(join(dir, "drafts", "81", "a b.unres"), BAD);
  writeFileSync(join(dir, "top.unres"), BAD);
  return dir;
}
const lint = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, "lint", ...args], { cwd, encoding: "utf8" });
const files = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((r) => r.file);

describe("file names in lint output", () => {
  it("a relative folder gives paths relative like it, next to a relative file argument", () => {
    const dir = workspace();
    expect(files(lint(dir, "--format", "json", "drafts", "top.unres").stdout)).toEqual([join("drafts", "81", "a b.unres"), "top.unres"]);
    expect(files(lint(dir, "--format", "json", ".").stdout)).toEqual([join("drafts", "81", "a b.unres"), "top.unres"]);
    expect(lint(dir, "drafts").stdout).toMatch(new RegExp(`^${join("drafts", "81", "a b.unres")}:3:52 warning RES003 `, "m"));
  });

  it("an absolute folder gives absolute paths", () => {
    const dir = workspace();
    expect(files(lint(dir, "--format", "json", join(dir, "drafts")).stdout)).toEqual([join(dir, "drafts", "81", "a b.unres")]);
  });

  it("SARIF names a file inside the working directory relative to %SRCROOT%, percent-encoded", () => {
    const dir = workspace();
    const sarif = JSON.parse(lint(dir, "--format", "sarif", "drafts").stdout);
    const location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: "drafts/81/a%20b.unres", uriBaseId: "%SRCROOT%" });
  });
});
