/**
 * (b, continued) Every editor request the server offers, from bench/editor-latency.mjs (written
 * with the editor features; run here as a child process with --json). It reports the median
 * and p90 per request, on an unchanged document and right after a one-character edit.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/paths.mjs";
import { unavailable } from "../lib/rows.mjs";

export async function editorRequests(_core, { quick }) {
  const script = join(ROOT, "bench/editor-latency.mjs");
  if (!existsSync(script)) return { rows: [unavailable("b", "editor requests (bench/editor-latency.mjs)", "not available yet")] };
  const r = spawnSync(process.execPath, [script, "--json", "--runs", quick ? "5" : "20"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 });
  let data;
  try {
    data = JSON.parse(r.stdout);
  } catch {
    return { rows: [unavailable("b", "editor requests (bench/editor-latency.mjs)", `failed: exit ${r.status}: ${(r.stderr || r.stdout).split("\n")[0]}`)] };
  }
  const rows = [
    { id: "b", name: "first workspace lookup (indexes 361 heads)", unit: "ms", median: data.firstWorkspaceLookupMs, n: 1 },
  ];
  for (const [name, x] of Object.entries(data.results)) {
    rows.push({ id: "b", name: `${name}, after edit / unchanged`, unit: "ms", median: x.afterEditMedianMs, n: data.runs, note: `p90 ${x.afterEditP90Ms} ms; unchanged: median ${x.warmMedianMs}, p90 ${x.warmP90Ms} ms` });
  }
  return { rows, raw: data };
}
