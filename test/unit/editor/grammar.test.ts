// The TextMate grammar: generated from the corpus opener lists (must be up to date) and checked
// with vscode-tmgrammar-test against the assertion files in test/grammar/.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../..");

function run(args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout?: string; stderr?: string };
    return { code: err.status, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

describe("TextMate grammar", () => {
  it("is the generated one (regenerate with node syntaxes/generate-grammar.mjs)", () => {
    const r = run(["syntaxes/generate-grammar.mjs", "--check"]);
    expect(r.out).toBe("");
    expect(r.code).toBe(0);
  });

  it("passes the grammar assertion files", () => {
    const cli = join(root, "node_modules/vscode-tmgrammar-test/dist/unit.js");
    const r = run([cli, "--config", "package.json", "test/grammar/**/*.test"]);
    expect(r.out).toContain("draft.unres.test run successfuly");
    expect(r.out).toContain("official.unres.test run successfuly");
    expect(r.code, r.out).toBe(0);
  });
});
