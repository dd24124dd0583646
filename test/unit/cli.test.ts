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
  it("--date and --author go on every revision; a bad --date is a usage error", () => {
    const outFile = join(require("node:os").tmpdir(), `redline-date-${process.pid}.docx`);
    const r = run("redline", join(fixtures, "A-RES-78-229.txt"), join(fixtures, "A-RES-80-229.txt"), "-o", outFile, "--author", "Italy", "--date", "2026-03-01T09:00:00Z");
    expect(r.status).toBe(0);
    expect(require("node:fs").readFileSync(outFile).toString("utf8")).toMatch(/<w:ins w:id="\d+" w:author="Italy" w:date="2026-03-01T09:00:00Z">/);
    const bad = run("redline", join(fixtures, "A-RES-78-229.txt"), join(fixtures, "A-RES-80-229.txt"), "-o", outFile, "--date", "yesterday");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not an ISO 8601 date: yesterday/);
  });
  it("reads a .docx input with its tracked changes accepted or rejected, and says so", () => {
    const tmp = require("node:os").tmpdir();
    const first = join(tmp, `redline-in-${process.pid}.docx`);
    const old = join(fixtures, "A-RES-78-229.txt");
    const neu = join(fixtures, "A-RES-80-229.txt");
    expect(run("redline", old, neu, "-o", first).status).toBe(0);
    const accepted = run("redline", first, neu, "-o", join(tmp, `redline-a-${process.pid}.docx`));
    expect(accepted.status).toBe(0);
    expect(accepted.stderr).toMatch(/tracked changes accepted/);
    expect(accepted.stderr).toMatch(/\(0 substantive, 0 technical changes\)/);
    const rejected = run("redline", first, old, "--changes", "reject", "-o", join(tmp, `redline-r-${process.pid}.docx`));
    expect(rejected.status).toBe(0);
    expect(rejected.stderr).toMatch(/\(0 substantive, 0 technical changes\)/);
  });
  it("an old binary .doc gets a clear message", () => {
    const doc = join(require("node:os").tmpdir(), `old-${process.pid}.doc`);
    require("node:fs").writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = run("redline", doc, join(fixtures, "A-RES-80-229.txt"), "-o", doc + ".docx");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/old binary Word file \(\.doc\).*save it as \.docx/);
  });
  it("needs both OLD and NEW", () => {
    const r = run("redline", join(fixtures, "A-RES-78-11.txt"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/redline takes OLD and NEW/);
  });
});
