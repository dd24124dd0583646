/**
 * The CLI's only contact with the outside world: reading files and writing streams.
 *
 * Output goes through `write`, which resolves once the stream has taken the data, so the
 * process never exits with output still buffered (a pipe to `head` or `jq` gets it whole).
 * Nothing here calls `process.exit`: main sets `process.exitCode` and lets Node drain.
 */
import { readFileSync, statSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadDocument, type LoadOptions } from "../core/input/load";
import { parse } from "../core/syntax/parse";
import type { Resolution } from "../core/syntax/tree";

export class UsageError extends Error {}

/** Streams whose reader has gone (EPIPE) or that failed: later writes are dropped. */
const closed = new WeakSet<NodeJS.WritableStream>();
const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * A permanent 'error' listener, added before the first write. A reader that closes the pipe early
 * (`resdraft lint DIR | head -1`) makes the stream emit EPIPE at any later moment, also after the
 * write that caused it has settled; without a listener at that moment Node throws "Unhandled
 * 'error' event". The output is then unwanted, so EPIPE ends the output quietly and the exit code
 * stays what the command decided. Any other write error is reported once on the other stream and
 * makes the exit code 2.
 */
function guard(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (closed.has(stream)) return;
    closed.add(stream);
    if (e?.code === "EPIPE") return;
    // The output was wanted and is lost (a full disk, a broken device): whatever lint found, the run failed.
    process.once("exit", () => (process.exitCode = 2));
    const other = stream === process.stdout ? process.stderr : stream === process.stderr ? null : process.stderr;
    if (other && !closed.has(other)) other.write(`resdraft: cannot write the output: ${e?.message ?? String(e)}\n`);
  });
}

/** Write to a stream and wait until it has accepted the chunk. EPIPE (reader gone) ends quietly. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  guard(stream);
  return new Promise((done) => {
    if (text.length === 0 || closed.has(stream) || (stream as { destroyed?: boolean }).destroyed) return done();
    let finished = false;
    const finish = () => {
      if (!finished) {
        finished = true;
        stream.off("error", finish);
        stream.off("drain", finish);
        done();
      }
    };
    // Settles this write if the stream fails before calling back; the guard above stays for later errors.
    stream.once("error", finish);
    const flushed = stream.write(text, () => finish());
    if (!flushed) stream.once("drain", finish);
  });
}

export const out = (text: string) => write(process.stdout, text);
export const err = (text: string) => write(process.stderr, text);

/** Read a text file as UTF-8; a byte-order mark is kept (the parser treats it as whitespace). */
export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

/**
 * Read any document the core can load (text, Word; PDF where its reader is registered) and parse it.
 * A file the core cannot read is a usage error with the loader's one-line message.
 */
export async function readDocument(path: string, options: LoadOptions = {}): Promise<{ tree: Resolution; notes: readonly string[] }> {
  const loaded = await loadDocument(new Uint8Array(readFileSync(path)), path, options);
  if (!loaded.ok) throw new UsageError(`${path}: ${loaded.message}`);
  const tree = parse(loaded.text, { ...(loaded.format ? { format: loaded.format } : {}), ...(loaded.cues ? { cues: loaded.cues } : {}) });
  return { tree, notes: loaded.notes.map((n) => `${path}: ${n}`) };
}

const TEXT_EXTENSIONS = [".unres", ".txt"];

/**
 * Expand the given files and folders into a list of files. A folder contributes the
 * `.unres` and `.txt` files below it; symbolic links are not followed out of it. Paths keep
 * the style they were given in (`samples` gives `samples/a.unres`, an absolute folder absolute
 * paths), so the output names files the way the user does.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) visit(p);
      } else if (entry.isFile() && TEXT_EXTENSIONS.some((e) => entry.name.endsWith(e))) {
        files.push(p);
      }
    }
  };
  for (const given of paths) {
    const st = statSync(resolve(given)); // throws ENOENT with the path, reported by main
    if (st.isDirectory()) visit(given);
    else files.push(given);
  }
  return files;
}
