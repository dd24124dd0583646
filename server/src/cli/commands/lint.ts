/**
 * `resdraft lint [--fix] [--format text|json|sarif] [--config FILE] FILES|DIRS…`
 *
 * Exit 0 when nothing is found at warning or above, 1 when something is, 2 for usage or I/O
 * errors. Large batches are spread over worker threads (the bundle starts itself as a worker).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { flag, option, type ParsedArgs } from "../args";
import { err, expandPaths, out, readText, UsageError } from "../io";
import type { Command } from "../command";
import { fixAll, lintSource } from "../../core/lint/index";
import { docsUrl, formatJson, formatSarif, formatText, type FileDiagnostic, type FileResult } from "../../core/lint/formats";
import { readConfig } from "../../core/config/read-config";
import { EMPTY_CONFIG, type LintConfig } from "../../core/config/config";
import { rules } from "../../core/rules/index";
import { LineIndex } from "../../core/text/line-index";
import { version } from "../../version";

const CONFIG_NAME = ".resdraft.json";

/** Batches at least this large go to worker threads; smaller ones are faster in one thread. */
const WORKER_THRESHOLD = 40;
/** Young generation of each worker, in MB (see runInWorkers). */
const YOUNG_GENERATION_MB = 64;

interface Job {
  readonly files: readonly string[];
  readonly fix: boolean;
  readonly configFile: string | null;
}

interface FileOutcome {
  readonly result: FileResult;
  /** A broken config file, reported once as its own result. */
  readonly configResult: FileResult | null;
  readonly fixed: number;
  readonly error: string | null;
}

/** Config files by folder, so a corpus of 500 files reads each config once. */
class ConfigFinder {
  private readonly byDir = new Map<string, { file: string | null; config: LintConfig; broken: FileResult | null }>();
  constructor(private readonly explicit: string | null) {}

  for(file: string): { file: string | null; config: LintConfig; broken: FileResult | null } {
    if (this.explicit) return this.load(this.explicit);
    const dir = dirname(resolve(file));
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_NAME);
    const found = existsSync(candidate) ? this.load(candidate) : dirname(dir) === dir ? { file: null, config: EMPTY_CONFIG, broken: null } : this.for(join(dirname(dir), "x"));
    this.byDir.set(dir, found);
    return found;
  }

  private readonly loaded = new Map<string, { file: string | null; config: LintConfig; broken: FileResult | null }>();
  private load(path: string) {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    const text = readFileSync(path, "utf8");
    const { config, problems } = readConfig(text, rules);
    const lines = new LineIndex(text);
    const broken: FileResult | null = problems.length
      ? {
          file: path,
          diagnostics: problems.slice(0, 1).map((p) => ({
            range: lines.range(p.start, p.end),
            severity: "error" as const,
            code: "RES000",
            message: `broken configuration, ignored: ${p.message}`,
            fixable: false,
          })),
        }
      : null;
    const entry = { file: path, config, broken };
    this.loaded.set(path, entry);
    return entry;
  }
}

function lintOne(file: string, job: Job, configs: ConfigFinder): FileOutcome {
  try {
    const { config, broken } = configs.for(file);
    const format = file.endsWith(".unres") ? ({ format: "unres" } as const) : {};
    let source = readText(file);
    let fixed = 0;
    if (job.fix) {
      const r = fixAll(source, { config, ...format });
      if (r.text !== source) {
        writeFileSync(file, r.text);
        source = r.text;
        fixed = r.fixed;
      }
    }
    const { diagnostics } = lintSource(source, { config, ...format });
    const lines = new LineIndex(source);
    const out: FileDiagnostic[] = diagnostics.map((d) => ({
      range: lines.range(d.span.start, d.span.end),
      severity: d.severity,
      code: d.code,
      message: d.message,
      fixable: d.fix !== null,
    }));
    return { result: { file, diagnostics: out }, configResult: broken, fixed, error: null };
  } catch (e) {
    return { result: { file, diagnostics: [] }, configResult: null, fixed: 0, error: `cannot read '${file}': ${(e as Error).message}` };
  }
}

function runJob(job: Job, progress?: (done: number) => void): FileOutcome[] {
  const configs = new ConfigFinder(job.configFile);
  return job.files.map((f, i) => {
    const o = lintOne(f, job, configs);
    progress?.(i + 1);
    return o;
  });
}

/** Spread the files over worker threads running this same bundle; results keep the input order. */
async function runInWorkers(job: Job, progress: (done: number) => void): Promise<FileOutcome[]> {
  const n = Math.max(1, Math.min(cpus().length, 4, Math.ceil(job.files.length / WORKER_THRESHOLD)));
  const chunks: string[][] = Array.from({ length: n }, () => []);
  job.files.forEach((f, i) => chunks[i % n]!.push(f));
  let done = 0;
  const parts = await Promise.all(
    chunks.map(
      (files) =>
        new Promise<FileOutcome[]>((resolvePart, reject) => {
          // The worker runs this same bundle; its entry point runs the CLI only on the main thread.
          // A larger young generation: parsing allocates many short-lived objects, and with the default size the
          // scavenger ran so often that batch throughput rose by about 40% when it was raised.
          const w = new Worker(__filename, { workerData: { resdraftLint: { ...job, files } }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
          w.on("message", (m: { progress?: number; outcomes?: FileOutcome[] }) => {
            if (m.progress) progress((done += m.progress));
            if (m.outcomes) resolvePart(m.outcomes);
          });
          w.on("error", reject);
        }),
    ),
  );
  const byFile = new Map<string, FileOutcome[]>();
  chunks.forEach((files, i) => files.forEach((f, j) => (byFile.get(f) ?? byFile.set(f, []).get(f)!).push(parts[i]![j]!)));
  return job.files.map((f) => byFile.get(f)!.shift()!);
}

// Inside a worker thread: lint the files handed over and send the outcomes back.
if (!isMainThread && parentPort && (workerData as { resdraftLint?: Job } | null)?.resdraftLint) {
  const job = (workerData as { resdraftLint: Job }).resdraftLint;
  let pending = 0;
  const outcomes = runJob(job, () => {
    if (++pending === 10) {
      parentPort!.postMessage({ progress: pending });
      pending = 0;
    }
  });
  if (pending) parentPort.postMessage({ progress: pending });
  parentPort.postMessage({ outcomes });
}

export const lint: Command = {
  name: "lint",
  summary: "check resolutions against the drafting conventions (and fix what is certain)",
  usage: `usage: resdraft lint [--fix] [--format text|json|sarif] [--config FILE] FILES|DIRS...

Checks each file (folders: their .unres and .txt files) against the rules in docs/rules/.
Configuration comes from the nearest .resdraft.json above each file, or from --config FILE.

  --fix              apply the fixes whose text is certain, then report what is left
  --format text      file:line:col severity RESnnn message (the default)
  --format json      [ { "file", "diagnostics": [ { "range", "severity", "code", "message", "fixable" } ] } ]
  --format sarif     SARIF 2.1.0, for code scanning
  --config FILE      use FILE instead of looking for .resdraft.json

Exit codes: 0 nothing at warning or above, 1 problems found, 2 usage or input/output error.
`,
  options: {
    fix: { value: false },
    format: { value: true, choices: ["text", "json", "sarif"] },
    config: { value: true },
  },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length === 0) throw new UsageError("lint needs at least one FILE or DIR");
    const configFile = option(args, "config") ?? null;
    if (configFile && !existsSync(configFile)) {
      throw Object.assign(new Error(`no such file: ${configFile}`), { code: "ENOENT", path: configFile });
    }
    const files = expandPaths(args.positionals);
    const job: Job = { files, fix: flag(args, "fix"), configFile };
    const started = Date.now();
    const tty = process.stderr.isTTY === true;
    const showProgress = tty && files.length > 100;
    const progress = (done: number) => {
      if (showProgress && (done % 10 === 0 || done === files.length)) process.stderr.write(`\rresdraft lint: ${done}/${files.length} files`);
    };
    // Workers only from the built bundle (the tests import this module as TypeScript).
    const outcomes =
      files.length >= WORKER_THRESHOLD && __filename.endsWith(".js") ? await runInWorkers(job, progress) : runJob(job, progress);
    if (showProgress) process.stderr.write("\n");

    const errors = outcomes.flatMap((o) => (o.error ? [o.error] : []));
    const configResults = [...new Map(outcomes.flatMap((o) => (o.configResult ? [[o.configResult.file, o.configResult] as const] : []))).values()];
    const results: FileResult[] = [...configResults, ...outcomes.filter((o) => !o.error).map((o) => o.result)];
    const format = option(args, "format") ?? "text";
    if (format === "json") await out(formatJson(results));
    else if (format === "sarif") await out(formatSarif(results, rules, version, docsUrl));
    else await out(formatText(results));

    const problems = results.flatMap((r) => r.diagnostics).filter((d) => d.severity === "error" || d.severity === "warning").length;
    const fixed = outcomes.reduce((n, o) => n + o.fixed, 0);
    if (files.length > 100 || job.fix) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      await err(`resdraft lint: ${files.length} files in ${seconds} s, ${problems} problems at warning or above${job.fix ? `, ${fixed} fixes applied` : ""}\n`);
    }
    for (const e of errors) await err(`resdraft lint: ${e}\n`);
    if (errors.length) return 2;
    return problems > 0 ? 1 : 0;
  },
};
