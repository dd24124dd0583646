/** (d) Batch CLI: `node dist/cli.js lint test/fixtures/corpus/texts`, wall time of the whole process. */
import { spawnSync } from "node:child_process";
import { CLI, CORPUS, ROOT } from "../lib/paths.mjs";
import { interleave } from "../lib/stats.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";
import { relative } from "node:path";

export async function cli(_core, { quick }) {
  const name = `resdraft lint ${relative(ROOT, CORPUS)} (wall, whole process)`;
  const help = spawnSync(process.execPath, [CLI, "lint", "--help"], { encoding: "utf8" });
  if (help.status !== 0) return { rows: [unavailable("d", name, "not available yet (dist/cli.js has no lint command)")] };
  let last = null;
  const run = () => {
    last = spawnSync(process.execPath, [CLI, "lint", CORPUS], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  };
  const node = () => spawnSync(process.execPath, ["-e", "0"]);
  const r = await interleave({ lint: { fn: run, runs: quick ? 3 : 7, warmup: 1 }, node: { fn: node, runs: quick ? 3 : 7, warmup: 1 } });
  // Exit 1 means "problems found", which the corpus has; 2 would be a failure of the run itself.
  if (last.status !== 0 && last.status !== 1) {
    return { rows: [unavailable("d", name, `failed: exit ${last.status}: ${last.stderr.split("\n")[0]}`)] };
  }
  return {
    rows: [
      row("d", name, ms(r.lint), { target: "≤ 2000 ms", ok: r.lint.median <= 2000, note: `exit ${last.status}` }),
      row("d", "  of which node start-up (node -e 0)", ms(r.node), {}),
    ],
    raw: { exit: last.status, times: r },
  };
}
