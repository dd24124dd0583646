#!/usr/bin/env node
/**
 * `npm run bench`: every speed and memory measurement of resdraft on this machine, with its
 * peers timed in the same run, printed as one table and written to bench/results/ as JSON.
 *
 * usage: node bench/run.mjs [--quick] [--only a,b,c,d,e,f] [--jsdiff-runs N]
 *   --quick        fewer repetitions (a smoke run, not numbers to quote)
 *   --only         run some rows: a throughput, b editor latency (b2: every request, via bench/editor-latency.mjs),
 *                  c comparison (bench/compare.mjs is the same measurement, stand-alone), d CLI, e memory, f growth,
 *                  g comparison view in headless Chromium (bench/compare-view.mjs stand-alone)
 *                  h reading the omnibus PDF against pdf.js alone
 *   --jsdiff-runs  how many times to run whole-text diffWords (about a minute each; default 1)
 *
 * The core is bundled into bench/.build by esbuild (bench/lib/core.mjs); the editor, memory
 * and CLI rows use the built dist/server.js and dist/cli.js, so run `npm run build` first
 * (`npm run bench` does). A piece that has not landed is a "not available yet" row.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { loadCore } from "./lib/core.mjs";
import { ROOT } from "./lib/paths.mjs";
import { formatTable } from "./lib/table.mjs";
import { throughput } from "./rows/throughput.mjs";
import { editor } from "./rows/editor.mjs";
import { editorRequests } from "./rows/editor-requests.mjs";
import { comparison } from "./rows/comparison.mjs";
import { cli } from "./rows/cli.mjs";
import { memory } from "./rows/memory.mjs";
import { growth } from "./rows/growth.mjs";
import { compareView } from "./rows/compare-view.mjs";
import { pdf } from "./rows/pdf.mjs";

const argv = process.argv.slice(2);
const arg = (name) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
};
const quick = argv.includes("--quick");
const only = (arg("only") ?? "a,b,b2,c,d,e,f,g").split(",");
const jsdiffRuns = Number(arg("jsdiff-runs") ?? 1);

const ROWS = { a: throughput, b: editor, b2: editorRequests, c: comparison, d: cli, e: memory, f: growth, g: compareView, h: pdf };

function git() {
  try {
    const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execSync("git status --porcelain -- server client bench", { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return dirty ? `${commit}+uncommitted` : commit;
  } catch {
    return "unknown";
  }
}

const started = new Date();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "?"}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`;
console.log(`resdraft bench ${started.toISOString()} at ${git()}${quick ? " (quick)" : ""}\n${machine}\n`);

const core = await loadCore();
const rows = [];
const raw = {};
for (const id of only) {
  const run = ROWS[id];
  if (!run) continue;
  const t0 = performance.now();
  process.stderr.write(`running ${id} (${run.name}) … `);
  try {
    const r = await run(core, { quick, jsdiffRuns });
    rows.push(...r.rows);
    raw[id] = r.raw;
  } catch (e) {
    rows.push({ id, name: run.name, unavailable: `failed: ${String(e?.message ?? e).split("\n")[0]}` });
  }
  process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const table = formatTable(rows);
console.log(table);
console.log(`\nmedian and spread over repeated runs after warm-up; peers interleaved with ours in the same loop.`);
const dir = join(ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
const result = { started: started.toISOString(), commit: git(), machine, quick, rows, raw, table };
const file = join(dir, `bench-${started.toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(result, null, 2));
writeFileSync(join(dir, "latest.json"), JSON.stringify(result, null, 2));
console.log(`written: ${file}`);
