/**
 * `resdraft lint [--fix] [--format text|json|sarif] [--config FILE] FILES|DIRS…`
 *
 * Exit 0 when nothing is found at warning or above, 1 when something is, 2 for usage or I/O
 * errors. Large batches are spread over worker threads (the bundle starts itself as a worker).
 */
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { resolve } from "node:path";
import { flag, option, type ParsedArgs } from "../args";
import { err, expandPaths, out, UsageError } from "../io";
import type { Command } from "../command";
import { lintBatch, startWorkers, type Job } from "../lint-batch";
import { InputError, isRichFile, loadFile } from "../load-file";
import { docsUrl, formatJson, formatSarif, formatText, type FileResult } from "../../core/lint/formats";
import { rules } from "../../core/rules/index";
import { version } from "../../version";

/**
 * Batches of at least this many bytes are shared with worker threads (unless --jobs says otherwise): a worker
 * takes 0.1 to 0.3 s to start and warms up on its own. Measured on 2 cores under other load (2.5 to 4):
 * at 1 MB it was a draw (one thread 0.70 s, two 0.59 s at load 2.8; 0.75 s and 1.04 s at load 3.7); at 1.5 MB
 * two threads won (0.82 s against 0.71 s), at 2 MB clearly (1.02 s against 0.80 s).
 */
const WORKER_BYTES = 1_500_000;
/** More threads than this gain little: reading files and starting workers begin to dominate. */
const MAX_THREADS = 4;

/**
 * V8 weighs a function for optimisation each time it has run through this much bytecode (node 20's default: 67,584).
 * A batch runs in fresh threads, and at the default the parser's large functions were optimised while
 * their type feedback was still changing, thrown away and optimised again, several times per thread:
 * the optimising compiler used more CPU than the linting. Waiting longer optimises them once, on stable
 * feedback (measured: the 500-file batch on two threads fell from 6.3 s of CPU to 3.4 s; budgets of 1 M to 4 M
 * were alike, 0.5 M a little worse).
 * Set for this process only (the language server keeps V8's defaults); threads started later inherit it.
 */
const INTERRUPT_BUDGET = 1_000_000;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // reported when the paths are expanded
  }
}

export const lint: Command = {
  name: "lint",
  summary: "check resolutions against the drafting conventions (and fix what is certain)",
  usage: `usage: resdraft lint [--fix] [--format text|json|sarif] [--config FILE] [--jobs N] FILES|DIRS...

Checks each file (folders: their .unres and .txt files) against the rules in docs/rules/.
Configuration comes from the nearest .resdraft.json above each file, or from --config FILE.

  --fix              apply the fixes whose text is certain, then report what is left
  --format text      file:line:col severity RESnnn message (the default)
  --format json      [ { "file", "diagnostics": [ { "range", "severity", "code", "message", "fixable" } ] } ]
  --format sarif     SARIF 2.1.0, for code scanning
  --config FILE      use FILE instead of looking for .resdraft.json
  --jobs N           lint on N threads (1: no worker threads); default: one per core for
                     batches of 1.5 MB or more; the output is the same either way

Exit codes: 0 nothing at warning or above, 1 problems found, 2 usage or input/output error.
`,
  options: {
    fix: { value: false },
    format: { value: true, choices: ["text", "json", "sarif"] },
    config: { value: true },
    jobs: { value: true },
  },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length === 0) throw new UsageError("lint needs at least one FILE or DIR");
    const configFile = option(args, "config") ?? null;
    if (configFile && !existsSync(configFile)) {
      throw Object.assign(new Error(`no such file: ${configFile}`), { code: "ENOENT", path: configFile });
    }
    if (configFile && isFolder(configFile)) throw new UsageError(`option '--config' takes a file: '${configFile}' is a folder`);
    const jobs = option(args, "jobs");
    if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) throw new UsageError(`option '--jobs' must be a whole number from 1 (got '${jobs}')`);
    // Only in the built bundle: the tests import this module as TypeScript into their own process.
    const bundled = __filename.endsWith(".js");
    if (bundled) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    const started = Date.now();
    // Workers only from the built bundle, which starts itself as the worker. They boot while the folders are
    // read, when the batch may be large (a folder or several files); a small one stops them again.
    const threads = !bundled ? 1 : jobs !== undefined ? Number(jobs) : Math.min(availableParallelism(), MAX_THREADS);
    const mayBeLarge = jobs !== undefined || args.positionals.length >= 8 || args.positionals.some(isFolder);
    const pool = threads > 1 && mayBeLarge ? startWorkers(threads - 1, __filename) : null;
    // Per argument, so a folder with nothing to lint (a typo, a wrong extension) is named, not passed over silently.
    const perArgument = args.positionals.map((p) => ({ given: p, files: expandPaths([p]) }));
    // Each file once, under the name it was first given: a file named twice (`a.unres DIR`) would otherwise be
    // fixed by two threads at once, which garbled it.
    const seen = new Set<string>();
    const files = perArgument.flatMap((a) => a.files).filter((f) => !seen.has(resolve(f)) && !!seen.add(resolve(f)));
    const empty = perArgument.filter((a) => a.files.length === 0).map((a) => `no .unres or .txt files in '${a.given}'`);
    // PDFs (and Word files) are read here, on the main thread: their readers are asynchronous. One that cannot
    // be read is reported (exit 2) and left out of the batch.
    const preloaded: Record<number, NonNullable<Job["preloaded"]>[number]> = {};
    const unreadable: string[] = [];
    const kept: string[] = [];
    for (const file of files) {
      if (isRichFile(file)) {
        try {
          const loaded = await loadFile(file, "lint");
          preloaded[kept.length] = { text: loaded.text, ...(loaded.format ? { format: loaded.format } : {}), ...(loaded.cues ? { cues: loaded.cues } : {}) };
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          unreadable.push(e.message);
          continue;
        }
      }
      kept.push(file);
    }
    const job: Job = { files: kept, fix: flag(args, "fix"), configFile, preloaded };
    const tty = process.stderr.isTTY === true;
    const showProgress = tty && files.length > 100;
    // Threads finish files in any order, so the count can skip; show it every 10 files or more.
    let shown = 0;
    const progress = (done: number) => {
      if (showProgress && (done - shown >= 10 || done === files.length)) process.stderr.write(`\rresdraft lint: ${(shown = done)}/${files.length} files`);
    };
    const outcomes = await lintBatch(job, { pool, workerBytes: jobs !== undefined ? 0 : WORKER_BYTES, progress });
    if (showProgress) process.stderr.write("\n");

    const errors = outcomes.flatMap((o) => (o.error ? [o.error] : []));
    const configResults = [...new Map(outcomes.flatMap((o) => (o.configResult ? [[o.configResult.file, o.configResult] as const] : []))).values()];
    const results: FileResult[] = [...configResults, ...outcomes.filter((o) => !o.error).map((o) => o.result)];
    const format = option(args, "format") ?? "text";
    if (format === "json") await out(formatJson(results));
    else if (format === "sarif") await out(formatSarif(results, rules, version, docsUrl, { cwd: process.cwd() }));
    else await out(formatText(results));

    const problems = results.flatMap((r) => r.diagnostics).filter((d) => d.severity === "error" || d.severity === "warning").length;
    const fixed = outcomes.reduce((n, o) => n + o.fixed, 0);
    if (files.length > 100 || job.fix) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      await err(`resdraft lint: ${files.length} files in ${seconds} s, ${problems} problems at warning or above${job.fix ? `, ${fixed} fixes applied` : ""}\n`);
    }
    for (const e of [...empty, ...unreadable, ...errors]) await err(`resdraft lint: ${e}\n`);
    if (errors.length || empty.length || unreadable.length) return 2;
    return problems > 0 ? 1 : 0;
  },
};
