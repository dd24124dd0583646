/**
 * Reading a document for a command: any file the core can read (a text, a `.unres`, an official PDF),
 * detected by its bytes through `loadDocument`, parsed with what the reader knows beyond the text. A file
 * that cannot be read as a resolution is one `InputError` (exit 2) with the reader's sentence.
 */
import { openSync, readSync, closeSync, readFileSync } from "node:fs";
import { loadDocument, type LoadedText, type LoadOptions } from "../core/input/load";
import { sniff } from "../core/input/sniff";
import { parse } from "../core/syntax/parse";
import { formatHint } from "../core/syntax/format";
import type { Resolution } from "../core/syntax/tree";
import { err } from "./io";

export class InputError extends Error {}

export async function loadFile(path: string, command: string, options: LoadOptions = {}): Promise<LoadedText> {
  const bytes = path === "-" ? await readStdinBytes() : new Uint8Array(readFileSync(path));
  const loaded = await loadDocument(bytes, path === "-" ? "" : path, options);
  if (!loaded.ok) throw new InputError(`${path === "-" ? "stdin" : path}: ${loaded.message}`);
  for (const note of loaded.notes) await err(`resdraft ${command}: ${path}: ${note}\n`);
  return loaded;
}

/** `options.changes`: a Word file with tracked changes is read after (accept, the default) or before (reject) them. */
export async function parseFile(path: string, command: string, options: LoadOptions = {}): Promise<Resolution> {
  return parseLoaded(await loadFile(path, command, options), path);
}

/** The tree of a loaded document: the reader's format, else the file name's hint, with the reader's cues. */
export function parseLoaded(loaded: LoadedText, path: string): Resolution {
  const format = loaded.format ?? formatHint(path);
  return parse(loaded.text, { ...(format ? { format } : {}), ...(loaded.cues ? { cues: loaded.cues } : {}) });
}

/**
 * Whether a file needs a reader beyond text decoding (a PDF or a Word file), from its first bytes; a file
 * named .pdf or .docx goes through `loadDocument` too, which says so when it holds something else.
 */
export function isRichFile(path: string): boolean {
  if (/\.(?:pdf|docx)$/i.test(path)) return true;
  const head = new Uint8Array(2048);
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    const n = readSync(fd, head, 0, head.length, 0);
    const kind = sniff(head.subarray(0, n));
    return kind === "pdf" || kind === "zip";
  } catch {
    return false; // reported when the file is read
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

async function readStdinBytes(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
