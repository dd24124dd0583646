// The CLI as users and scripts run it: the built bundle, a real process, real pipes.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "../../dist/cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

describe("resdraft CLI", () => {
  it("--version prints the package version", () => {
    const r = run("--version");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(require("../../package.json").version);
  });
  it("--help lists the commands", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/outline/);
  });
  it("no arguments prints help and exits 2", () => {
    expect(run().status).toBe(2);
  });
  it("an unknown command exits 2 with a message", () => {
    const r = run("frobnicate");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });
  it("an unknown option exits 2 with the usage line", () => {
    const r = run("outline", "--bogus", "x");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
    expect(r.stderr).toMatch(/usage: resdraft outline/);
  });
  it("a bad --format value exits 2", () => {
    const r = run("outline", "x.unres", "--format", "xml");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must be one of json, text/);
  });
  it("a missing file exits 2 and names it", () => {
    const r = run("outline", "/no/such/file.unres");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read '\/no\/such\/file.unres': no such file/);
  });
});

describe("resdraft redline", () => {
  const fixtures = join(__dirname, "../fixtures/corpus/texts");
  it("writes a .docx with tracked changes and says what it wrote", () => {
    const outFile = join(require("node:os").tmpdir(), `redline-${process.pid}.docx`);
    const r = run("redline", join(fixtures, "A-RES-78-11.txt"), join(fixtures, "A-80-L.12.txt"), "-o", outFile);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote .*redline-\d+\.docx/);
    const bytes = require("node:fs").readFileSync(outFile);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect(bytes.toString("utf8")).toMatch(/<w:(ins|del) w:id=/);
  });
  it("needs both OLD and NEW", () => {
    const r = run("redline", join(fixtures, "A-RES-78-11.txt"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/redline takes OLD and NEW/);
  });
});
