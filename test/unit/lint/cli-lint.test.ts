// `resdraft lint` as scripts run it: the built bundle in a real process.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "../../../dist/cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, "lint", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
const BAD = "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023;\n\nDecides to remain seized of the matter.\n";
const GOOD = BAD.replace("2023;", "2023,");

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "resdraft-lint-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("resdraft lint", () => {
  it("text output is file:line:col severity code message; exit 1 on a warning", () => {
    const dir = workspace({ "a.unres": BAD });
    const r = run(join(dir, "a.unres"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/a\.unres:3:52 warning RES003 A preambular paragraph ends with a comma/);
  });

  it("exit 0 on a clean file, 2 on a missing one and on no arguments", () => {
    const dir = workspace({ "a.unres": GOOD });
    expect(run(join(dir, "a.unres")).status).toBe(0);
    expect(run(join(dir, "missing.unres")).status).toBe(2);
    expect(run().status).toBe(2);
    expect(run("--format", "xml", join(dir, "a.unres")).status).toBe(2);
  });

  it("JSON has the documented shape", () => {
    const dir = workspace({ "a.unres": BAD });
    const r = run("--format", "json", join(dir, "a.unres"));
    const json = JSON.parse(r.stdout);
    expect(json[0].file).toContain("a.unres");
    expect(json[0].diagnostics[0]).toEqual({
      range: { start: { line: 2, character: 51 }, end: { line: 2, character: 52 } },
      severity: "warning",
      code: "RES003",
      message: expect.any(String),
      fixable: true,
    });
  });

  it("SARIF 2.1.0 names the rule and the place", () => {
    const dir = workspace({ "a.unres": BAD });
    const sarif = JSON.parse(run("--format", "sarif", join(dir, "a.unres")).stdout);
    expect(sarif.version).toBe("2.1.0");
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toBe("RES003");
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 52 });
    expect(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === "RES003")).toBe(true);
  });

  it("--fix writes the certain fixes and reports what is left", () => {
    const dir = workspace({ "a.unres": BAD });
    const r = run("--fix", join(dir, "a.unres"));
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "a.unres"), "utf8")).toBe(GOOD);
  });

  it("the nearest .resdraft.json applies; a broken one is one diagnostic on it", () => {
    const dir = workspace({ "a.unres": BAD, ".resdraft.json": `{ // quiet\n "rules": { "preambular-comma": "off" } }` });
    expect(run(join(dir, "a.unres")).status).toBe(0);
    writeFileSync(join(dir, ".resdraft.json"), `{ "rules": { "RES003": "sometimes" } }`);
    const r = run(join(dir, "a.unres"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\.resdraft\.json:1:\d+ error RES000 broken configuration, ignored: "RES003" must be/);
  });

  it("a folder with nothing to lint is exit 2 with a message naming it", () => {
    const dir = workspace({ "notes.md": "nothing here" });
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`no .unres or .txt files in '${dir}'`);
  });

  it("--config naming a folder is exit 2 with a message naming the option, not a file inside", () => {
    const dir = workspace({ "a.unres": GOOD });
    const r = run("--config", dir, join(dir, "a.unres"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--config`);
    expect(r.stderr).toContain(`'${dir}' is a folder`);
    expect(r.stderr).not.toContain("a.unres");
  });

  it("a broken config found for a relative path is named relative, like the file", () => {
    const dir = workspace({ "a.unres": BAD, ".resdraft.json": `{ "rules": { "RES003": "sometimes" } }` });
    const r = spawnSync(process.execPath, [CLI, "lint", "a.unres"], { cwd: dir, encoding: "utf8" });
    expect(r.stdout).toMatch(/^\.resdraft\.json:1:\d+ error RES000/m);
    expect(r.stdout).toMatch(/^a\.unres:3:52 /m);
  });

  it("SARIF from a relative path maps %SRCROOT% to the working directory", () => {
    const dir = workspace({ "a.unres": BAD });
    const r = spawnSync(process.execPath, [CLI, "lint", "--format", "sarif", "a.unres"], { cwd: dir, encoding: "utf8" });
    const run0 = JSON.parse(r.stdout).runs[0];
    expect(run0.originalUriBaseIds.SRCROOT?.uri ?? run0.originalUriBaseIds["%SRCROOT%"]?.uri).toMatch(/^file:\/\/.*\/$/);
    expect(run0.results[0].locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: "a.unres" });
  });

  it("a file named twice (directly, or also through its folder) is linted and fixed once", () => {
    const dir = workspace({ "a.unres": BAD, "b.unres": GOOD });
    const a = join(dir, "a.unres");
    const r = run("--fix", "--jobs", "2", a, a, dir, join(dir, ".", "a.unres"));
    expect(r.status).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(GOOD);
    expect(r.stderr).toMatch(/, 1 fixes applied/);
    const listed = run("--format", "json", a, dir, a);
    expect(JSON.parse(listed.stdout).map((f: { file: string }) => f.file)).toEqual([a, join(dir, "b.unres")]);
  });

  it("lints a folder of official texts through worker threads, in input order", () => {
    const dir = workspace({});
    const corpus = join(__dirname, "../../fixtures/corpus/texts");
    const names = ["A-RES-80-229.txt", "A-RES-78-229.txt", "A-RES-80-73.txt"];
    for (let i = 0; i < 15; i++) for (const n of names) copyFileSync(join(corpus, n), join(dir, `${String(i).padStart(2, "0")}-${n}`));
    const r = run("--format", "json", dir);
    const json = JSON.parse(r.stdout) as { file: string }[];
    expect(json.length).toBe(45);
    expect(json.map((x) => x.file)).toEqual([...json.map((x) => x.file)].sort());
    expect(r.stderr).not.toMatch(/error/);
  });

  it("the output is the same on 1, 2 and 3 threads, in every format, with configs per folder", () => {
    // Files of very different sizes (threads take the largest first, so they finish out of input order),
    // .unres and official texts, a folder with a config that turns a rule off and one with a broken config.
    const dir = workspace({});
    const corpus = join(__dirname, "../../fixtures/corpus/texts");
    const names = readdirSync(corpus).sort();
    for (const sub of ["a", "b-quiet", "c-broken"]) mkdirSync(join(dir, sub));
    names.filter((_, i) => i % 40 === 0).forEach((n, i) => copyFileSync(join(corpus, n), join(dir, ["a", "b-quiet", "c-broken"][i % 3]!, n)));
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, "a", `draft-${i}.unres`), BAD.repeat(i + 1));
    writeFileSync(join(dir, "b-quiet", "draft.unres"), BAD);
    writeFileSync(join(dir, "b-quiet", ".resdraft.json"), `{ "rules": { "preambular-comma": "off" } }`);
    writeFileSync(join(dir, "c-broken", "draft.unres"), BAD);
    writeFileSync(join(dir, "c-broken", ".resdraft.json"), `{ "rules": { "RES003": "sometimes" } }`);
    for (const format of ["text", "json", "sarif"]) {
      const one = run("--format", format, "--jobs", "1", dir);
      expect(one.status, one.stderr).toBe(1);
      expect(one.stdout).toContain("RES000");
      for (const jobs of ["2", "3"]) {
        const many = run("--format", format, "--jobs", jobs, dir);
        expect(many.status, `${format} --jobs ${jobs}`).toBe(one.status);
        expect(many.stdout, `${format} --jobs ${jobs}`).toBe(one.stdout);
      }
    }
  });

  it("the output is the same on more threads than files, and by default on a batch over 1.5 MB (worker threads)", () => {
    const dir = workspace({ "a.unres": BAD, "b.unres": GOOD });
    expect(run("--jobs", "8", dir).stdout).toBe(run("--jobs", "1", dir).stdout);
    const corpus = join(__dirname, "../../fixtures/corpus/texts");
    const big = workspace({});
    let bytes = 0;
    let count = 0;
    for (const n of readdirSync(corpus).sort()) {
      if (bytes >= 1_600_000) break;
      copyFileSync(join(corpus, n), join(big, n));
      bytes += statSync(join(big, n)).size;
      count++;
    }
    const r = run("--format", "json", big);
    expect(r.stdout).toBe(run("--format", "json", "--jobs", "1", big).stdout);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(count);
  });

  it("--jobs takes a whole number from 1", () => {
    const dir = workspace({ "a.unres": GOOD });
    for (const bad of ["0", "-1", "two", "1.5"]) {
      const r = run("--jobs", bad, join(dir, "a.unres"));
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
    expect(run("--jobs", "2", join(dir, "a.unres")).status).toBe(0);
  });

  it("--fix on several threads writes the same files and reports the same as on one", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`d${i}.unres`] = BAD.repeat(i + 1);
    const one = workspace(files);
    const many = workspace(files);
    const a = run("--fix", "--jobs", "1", one);
    const b = run("--fix", "--jobs", "3", many);
    expect(b.status).toBe(a.status);
    expect(b.stdout.split(many).join("DIR")).toBe(a.stdout.split(one).join("DIR"));
    const summary = (stderr: string, dir: string) => stderr.split(dir).join("DIR").replace(/ in [\d.]+ s,/, " in N s,");
    expect(summary(b.stderr, many)).toBe(summary(a.stderr, one));
    expect(a.stderr).toMatch(/[1-9]\d* fixes applied/);
    for (const name of Object.keys(files)) expect(readFileSync(join(many, name), "utf8")).toBe(readFileSync(join(one, name), "utf8"));
    expect(readFileSync(join(many, "d0.unres"), "utf8")).toBe(GOOD);
  });

  it("a missing path next to a folder is exit 2, and the process ends (the workers started early do not hold it)", () => {
    const dir = workspace({ "a.unres": GOOD });
    const r = spawnSync(process.execPath, [CLI, "lint", dir, join(dir, "missing.unres")], { encoding: "utf8", timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*missing\.unres/);
  });
});
