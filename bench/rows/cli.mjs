/**
 * (d) Batch CLI: `node dist/cli.js lint`, wall time of the whole process, on the 361 corpus texts and on a
 * 500-file batch (issue 4: "a corpus of 500 files in under 2 seconds"): the 361 texts plus the first 139
 * again under other names, in a temporary folder. `--jobs 1` (no worker threads) runs beside it for the share
 * the threads win, and `node -e 0` for the start-up share.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CLI, CORPUS, ROOT } from "../lib/paths.mjs";
import { interleave } from "../lib/stats.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";

/** The 500-file batch: every corpus text, then the first 139 again as copy-NAME. */
function batch500() {
  const dir = mkdtempSync(join(tmpdir(), "resdraft-bench-500-"));
  const names = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
  for (const n of names) copyFileSync(join(CORPUS, n), join(dir, n));
  for (const n of names.slice(0, 500 - names.length)) copyFileSync(join(CORPUS, n), join(dir, `copy-${n}`));
  return dir;
}

export async function cli(_core, { quick }) {
  const name = `resdraft lint ${relative(ROOT, CORPUS)} (wall, whole process)`;
  const help = spawnSync(process.execPath, [CLI, "lint", "--help"], { encoding: "utf8" });
  if (help.status !== 0) return { rows: [unavailable("d", name, "not available yet (dist/cli.js has no lint command)")] };
  const dir500 = batch500();
  try {
    const last = {};
    const lint = (key, ...args) => () => {
      last[key] = spawnSync(process.execPath, [CLI, "lint", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    };
    const runs = quick ? 3 : 7;
    const r = await interleave({
      lint: { fn: lint("lint", CORPUS), runs, warmup: 1 },
      lint500: { fn: lint("lint500", dir500), runs, warmup: 1 },
      single500: { fn: lint("single500", "--jobs", "1", dir500), runs, warmup: 1 },
      node: { fn: () => spawnSync(process.execPath, ["-e", "0"]), runs, warmup: 1 },
    });
    // Exit 1 means "problems found", which the corpus has; 2 would be a failure of the run itself.
    const failed = Object.entries(last).find(([, p]) => p.status !== 0 && p.status !== 1);
    if (failed) {
      return { rows: [unavailable("d", name, `failed (${failed[0]}): exit ${failed[1].status}: ${failed[1].stderr.split("\n")[0]}`)] };
    }
    const files500 = readdirSync(dir500).length;
    return {
      rows: [
        row("d", name, ms(r.lint), { target: "≤ 2000 ms", ok: r.lint.median <= 2000, note: `exit ${last.lint.status}` }),
        row("d", `  ${files500} files (the corpus and 139 copies, 13 MB)`, ms(r.lint500), { target: "≤ 2000 ms", ok: r.lint500.median <= 2000 }),
        row("d", `  ${files500} files, --jobs 1 (no worker threads)`, ms(r.single500), {}),
        row("d", "  of which node start-up (node -e 0)", ms(r.node), {}),
      ],
      raw: { exit: last.lint.status, times: r },
    };
  } finally {
    rmSync(dir500, { recursive: true, force: true });
  }
}
