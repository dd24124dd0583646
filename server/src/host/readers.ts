/**
 * The rich-format readers, registered in one place, with what the core does not have: decompression for Word
 * files (the core's ZIP reader takes it as a function). The CLI and the language server call this once at start.
 */
import { inflateRawSync } from "node:zlib";
import { docxReader } from "../core/docx/read-docx";
import { registerReader } from "../core/input/load";
import { pdfReader } from "../core/pdf/index";

/** A corrupt entry must fail the one file, with zlib's message, not the process. */
const inflate = (data: Uint8Array): Uint8Array => new Uint8Array(inflateRawSync(data, { maxOutputLength: 256 * 1024 * 1024 }));

export function registerReaders(): void {
  registerReader("pdf", pdfReader);
  registerReader("zip", docxReader(inflate));
}
