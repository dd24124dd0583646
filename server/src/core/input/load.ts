/**
 * One way in for every kind of file: bytes and a path hint in, the text the parser reads (with the cues a
 * richer source adds) or one clear message out. The CLI and the language server call this and nothing
 * else to read a document, so `outline`, `lint`, `diff` and the editor read a file alike.
 *
 * Readers of rich formats register here (`registerReader`) so the core decides the dispatch in one place
 * while each reader lives in its own module.
 */
import type { SourceCues } from "../syntax/cues";
import type { SourceFormat } from "../syntax/tree";
import { formatOptions } from "../syntax/format";
import { sniff, type InputKind } from "./sniff";

export interface LoadedText {
  readonly ok: true;
  /** The text the tree's spans point into. */
  readonly text: string;
  /** The format to parse the text as, when the reader knows it (a PDF is an official text). */
  readonly format?: SourceFormat;
  readonly cues?: SourceCues;
  /** Facts worth telling the user that do not stop the reading (italics unreadable, changes accepted). */
  readonly notes: readonly string[];
  /** What the bytes were. */
  readonly kind: InputKind | "docx";
}

export interface LoadFailure {
  readonly ok: false;
  /** One sentence for the user: what the file is and what to do. */
  readonly message: string;
}

export type LoadResult = LoadedText | LoadFailure;

export interface LoadOptions {
  /** For Word files with tracked changes: read the text after (accept) or before (reject) them. */
  readonly changes?: "accept" | "reject";
}

export type Reader = (bytes: Uint8Array, options: LoadOptions) => Promise<LoadResult>;

const readers = new Map<"pdf" | "zip", Reader>();

/** A rich-format reader announces itself (the PDF reader for "pdf", the Word reader for "zip"). */
export function registerReader(kind: "pdf" | "zip", reader: Reader): void {
  readers.set(kind, reader);
}

export async function loadDocument(bytes: Uint8Array, pathHint: string, options: LoadOptions = {}): Promise<LoadResult> {
  const kind = sniff(bytes);
  switch (kind) {
    case "text":
      // A file named .pdf that holds text was renamed or saved wrongly: reading it as text would hide that.
      if (/\.pdf$/i.test(pathHint)) return fail(`${name(pathHint)} is named .pdf but holds plain text, not a PDF: rename it .txt (or .unres) to read it as text.`);
      // The file name is a tie-breaker only (syntax/format.ts).
      return { ok: true, text: decodeText(bytes), notes: [], kind, ...formatOptions(pathHint) };
    case "doc":
      return fail(`${name(pathHint)} is an old binary Word file (.doc): open it in Word or LibreOffice and save it as .docx.`);
    case "binary":
      return fail(`${name(pathHint)} is not a text, PDF or Word file.`);
    case "pdf":
    case "zip": {
      const reader = readers.get(kind);
      if (!reader) return fail(`${name(pathHint)}: reading ${kind === "pdf" ? "PDF" : "Word (.docx)"} files is not available in this build.`);
      try {
        return await reader(bytes, options);
      } catch (e) {
        // A reader bug must not take the CLI or the server down: say what happened, in one line.
        return fail(`${name(pathHint)} could not be read: ${(e as Error)?.message ?? String(e)}`);
      }
    }
  }
}

/** UTF-8, or UTF-16 where a byte-order mark says so. A UTF-8 BOM is kept: the parser treats it as white space. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

const name = (path: string): string => path.split(/[\\/]/).pop() || path;
const fail = (message: string): LoadFailure => ({ ok: false, message });
