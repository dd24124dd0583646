/**
 * Linting a batch of files for `resdraft lint`, on the main thread and, for large batches, on worker threads.
 *
 * Every thread, the main one included, takes the next file from one shared counter over the files
 * ordered largest first, so the threads finish together however the sizes fall and the main thread
 * never idles while a worker boots. Each thread reads its own files: no source text crosses threads,
 * only the few diagnostics come back. Results are put back in input order.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { readText } from "./io";
import { fixAll, lintSource } from "../core/lint/index";
import { formatOptions } from "../core/syntax/format";
import type { FileDiagnostic, FileResult } from "../core/lint/formats";
import { readConfig } from "../core/config/read-config";
import { EMPTY_CONFIG, type LintConfig } from "../core/config/config";
import { rules } from "../core/rules/index";
import { LineIndex } from "../core/text/line-index";
import type { SourceCues } from "../core/syntax/cues";

const CONFIG_NAME = ".resdraft.json";

/** Young generation of each worker, in MB: parsing allocates many short-lived objects. */
const YOUNG_GENERATION_MB = 64;

export interface Job {
  readonly files: readonly string[];
  readonly fix: boolean;
  readonly configFile: string | null;
  /**
   * Files read by a rich-format reader on the main thread before the batch (a PDF's reader is asynchronous),
   * by index into `files`: their text and cues. They are linted as read and never fixed (the file is not text).
   */
  readonly preloaded?: Readonly<Record<number, { text: string; format?: "official" | "unres"; cues?: SourceCues }>>;
}

export interface FileOutcome {
  readonly result: FileResult;
  /** A broken config file, reported once as its own result. */
  readonly configResult: FileResult | null;
  readonly fixed: number;
  readonly error: string | null;
}

type ConfigEntry = { file: string | null; config: LintConfig; broken: FileResult | null };

/** Config files by folder, so a corpus of 500 files reads each config once (per thread). */
class ConfigFinder {
  private readonly byDir = new Map<string, ConfigEntry>();
  private readonly loaded = new Map<string, ConfigEntry>();
  constructor(private readonly explicit: string | null) {}

  for(file: string): ConfigEntry {
    if (this.explicit) return this.load(this.explicit);
    const dir = dirname(resolve(file));
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_NAME);
    const found = existsSync(candidate) ? this.load(candidate) : dirname(dir) === dir ? { file: null, config: EMPTY_CONFIG, broken: null } : this.for(join(dirname(dir), "x"));
    this.byDir.set(dir, found);
    return found;
  }

  private load(path: string): ConfigEntry {
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

function lintOne(file: string, job: Job, configs: ConfigFinder, index: number): FileOutcome {
  try {
    const { config, broken } = configs.for(file);
    const pre = job.preloaded?.[index];
    const format = pre ? { ...(pre.format ? { format: pre.format } : {}), ...(pre.cues ? { cues: pre.cues } : {}) } : formatOptions(file);
    let source = pre ? pre.text : readText(file);
    let fixed = 0;
    if (job.fix && !pre) {
      const r = fixAll(source, { config, ...format });
      if (r.text !== source) {
        writeFileSync(file, r.text);
        source = r.text;
        fixed = r.fixed;
      }
    }
    const { diagnostics } = lintSource(source, { config, ...format });
    // Most files have no diagnostics: index their lines only when a range is needed.
    const lines = diagnostics.length ? new LineIndex(source) : null;
    const out: FileDiagnostic[] = diagnostics.map((d) => ({
      range: lines!.range(d.span.start, d.span.end),
      severity: d.severity,
      code: d.code,
      message: d.message,
      fixable: d.fix !== null,
    }));
    // The config is found from the absolute path; name it the way the file was named (relative stays relative).
    const configResult = broken && !isAbsolute(file) ? { ...broken, file: relative(process.cwd(), broken.file) } : broken;
    return { result: { file, diagnostics: out }, configResult, fixed, error: null };
  } catch (e) {
    return { result: { file, diagnostics: [] }, configResult: null, fixed: 0, error: `cannot read '${file}': ${(e as Error).message}` };
  }
}

/**
 * The shared counters, one Int32 each: NEXT is the next position in `order` to take, DONE counts
 * finished files (for the progress line), and from STATE on one slot per worker: 0 not started,
 * 1 started (it takes files and will report them), 2 cancelled before it started (it takes none).
 */
const NEXT = 0;
const DONE = 1;
const STATE = 2;

/** Take files from the shared counter until none is left; `each` gets the input index and outcome. */
function drain(job: Job, order: Int32Array, counters: Int32Array, each: (index: number, outcome: FileOutcome) => void): void {
  const configs = new ConfigFinder(job.configFile);
  for (;;) {
    const k = Atomics.add(counters, NEXT, 1);
    if (k >= order.length) return;
    const i = order[k]!;
    const outcome = lintOne(job.files[i]!, job, configs, i);
    Atomics.add(counters, DONE, 1);
    each(i, outcome);
  }
}

interface WorkerTask {
  readonly job: Job;
  /** Shared: the input indices, largest file first. */
  readonly order: SharedArrayBuffer;
  readonly counters: SharedArrayBuffer;
  readonly slot: number;
}

// Inside a worker thread (this same bundle, started by startWorkers): wait for the task, take files until
// none is left, send the outcomes back. The listener is removed with the task, so the thread then ends.
if (!isMainThread && parentPort && (workerData as { resdraftLint?: boolean } | null)?.resdraftLint === true) {
  const port = parentPort;
  port.once("message", (task: WorkerTask) => {
    const counters = new Int32Array(task.counters);
    const outcomes: [number, FileOutcome][] = [];
    // Claim the slot first: if the main thread already finished everything and cancelled this worker, do nothing.
    if (Atomics.compareExchange(counters, STATE + task.slot, 0, 1) === 0) {
      drain(task.job, new Int32Array(task.order), counters, (i, o) => outcomes.push([i, o]));
    }
    port.postMessage(outcomes);
  });
}

/** File sizes in bytes; an unreadable file counts as empty (reading it reports the error). */
function sizesOf(files: readonly string[]): number[] {
  return files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
}

/** Worker threads started before the files are known: a thread takes about 0.1 s to boot, longer under load. */
export interface WorkerPool {
  readonly workers: readonly Worker[];
}

/**
 * Start `count` workers on `script` (this bundle); lintBatch hands them work or stops them. Until a worker
 * has work it does not keep the process alive, so an error before the batch (a missing path) still exits.
 */
export function startWorkers(count: number, script: string): WorkerPool {
  return {
    workers: Array.from({ length: Math.max(0, count) }, () => {
      const worker = new Worker(script, { workerData: { resdraftLint: true }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      worker.unref();
      // An idle worker that fails is simply not used; one with work reports through lintBatch's listeners.
      worker.on("error", () => {});
      return worker;
    }),
  };
}

/** A worker not needed after all. */
function stop(worker: Worker): void {
  worker.unref();
  void worker.terminate();
}

export interface BatchOptions {
  /** Workers to share the files with; none: the main thread lints alone. */
  readonly pool: WorkerPool | null;
  /** Workers only when the files add up to at least this many bytes (below, the main thread is done first). */
  readonly workerBytes: number;
  /** Called on the main thread as files finish (any thread's), with the number finished so far. */
  readonly progress?: (done: number) => void;
}

/** Lint every file of the job; the outcomes are in input order. */
export async function lintBatch(job: Job, options: BatchOptions): Promise<FileOutcome[]> {
  const n = job.files.length;
  const pool = options.pool?.workers ?? [];
  const order = new Int32Array(new SharedArrayBuffer(4 * n));
  let used = 0;
  if (pool.length > 0 && n > 1) {
    const sizes = sizesOf(job.files);
    if (sizes.reduce((a, b) => a + b, 0) >= options.workerBytes) used = Math.min(pool.length, n - 1);
    // Largest first: the last files taken are small, so no thread is left finishing a big one alone.
    order.set(job.files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b));
  } else {
    order.set(job.files.map((_, i) => i));
  }
  pool.slice(used).forEach(stop);
  const counters = new Int32Array(new SharedArrayBuffer(4 * (STATE + used)));
  const outcomes: (FileOutcome | undefined)[] = new Array(n);

  const workers = pool.slice(0, used).map((worker, slot) => {
    const settled = new Promise<void>((done) => {
      worker.once("message", (list: [number, FileOutcome][]) => {
        for (const [i, o] of list) outcomes[i] = o;
      });
      // A worker that fails leaves its files without outcomes; they are linted again below.
      worker.once("error", () => done());
      worker.once("exit", () => done());
    });
    const task: WorkerTask = { job, order: order.buffer as SharedArrayBuffer, counters: counters.buffer as SharedArrayBuffer, slot };
    worker.ref();
    worker.postMessage(task);
    return { worker, settled, slot };
  });

  let shown = 0;
  const report = () => {
    const done = Atomics.load(counters, DONE);
    if (done !== shown) options.progress?.((shown = done));
  };
  drain(job, order, counters, (i, o) => {
    outcomes[i] = o;
    report();
  });
  // Nothing left to take: a worker that has not started yet gets nothing and is not waited for.
  const started = workers.filter((w) => {
    if (Atomics.compareExchange(counters, STATE + w.slot, 0, 2) !== 0) return true;
    stop(w.worker);
    return false;
  });
  const ticker = options.progress ? setInterval(report, 100) : null;
  await Promise.all(started.map((w) => w.settled));
  if (ticker) clearInterval(ticker);

  // Files a failed worker had taken are linted here, so a crash never drops a file from the output.
  const configs = new ConfigFinder(job.configFile);
  const all = outcomes.map((o, i) => o ?? lintOne(job.files[i]!, job, configs, i));
  if (shown !== n) options.progress?.(n);
  return all;
}
