// `resdraft lint … | head` must end quietly when the reader closes the pipe early, and a reader
// that takes everything must get all of it (the built bundle in a real shell pipeline).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const CLI = join(__dirname, "../../../dist/cli.js");
const sh = (script: string) => spawnSync("bash", ["-c", script], { encoding: "utf8", maxBuffer: 1 << 28 });
const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

describe("lint output into a pipe", () => {
  let dir: string;
  let lint: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "resdraft-pipe-"));
    // About 4 MB of JSON: thousands of straight quotes, each a RES023 diagnostic.
    const paras = ["The General Assembly,", ""];
    for (let i = 1; i <= 4000; i++) paras.push(`${i}. Requests the "report" number ${i} of the Secretary-General;`, "");
    writeFileSync(join(dir, "big.unres"), paras.join("\n") + "\n");
    lint = `${q(process.execPath)} ${q(CLI)} lint --format json ${q(join(dir, "big.unres"))}`;
  });

  it("a reader that stops early (head) leaves no error on stderr and the exit code as normal", () => {
    const r = sh(`${lint} 2>${q(join(dir, "err.txt"))} | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(readFileSync(join(dir, "err.txt"), "utf8")).toBe("");
    expect(r.stdout.trim()).toBe("status=1");
    const first = sh(`${lint.replace("--format json", "")} 2>${q(join(dir, "err1.txt"))} | head -1`);
    expect(first.stdout).toMatch(/^.*big\.unres:1:\d+ error RES001 /);
    expect(readFileSync(join(dir, "err1.txt"), "utf8")).toBe("");
  });

  it("a reader that takes everything gets exactly what a file gets", () => {
    const file = join(dir, "out.json");
    expect(sh(`${lint} > ${q(file)}`).status).toBe(1);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(3_000_000);
    expect(JSON.parse(readFileSync(file, "utf8"))[0].diagnostics.length).toBeGreaterThan(4000);
    const r = sh(`${lint} | wc -c`);
    expect(Number(r.stdout.trim())).toBe(size);
  });

  it("output that cannot be written (a full disk) is exit 2 with a message, even when lint found nothing", () => {
    const clean = join(dir, "clean.unres");
    writeFileSync(clean, "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023,\n\nDecides to remain seized of the matter.\n");
    const r = sh(`${q(process.execPath)} ${q(CLI)} lint --format sarif ${q(clean)} >/dev/full; echo "status=$?"`);
    expect(r.stdout.trim()).toBe("status=2");
    expect(r.stderr).toContain("cannot write the output");
  });
});
