/**
 * What a file is, from its first bytes: its name may lie (a `.pdf` that is text, a `.docx` that is a
 * zip of something else). The CLI and the language server both ask here before they choose a reader.
 */
export type InputKind = "pdf" | "zip" | "doc" | "text" | "binary";

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** The PDF header may follow up to 1024 bytes of junk (ISO 32000-1, 7.5.2, as readers accept it). */
function pdfHeaderAt(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i; // %PDF-
  return -1;
}

export function sniff(bytes: Uint8Array): InputKind {
  if (pdfHeaderAt(bytes) >= 0) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc"; // OLE2: Word 97-2003
  return looksLikeText(bytes) ? "text" : "binary";
}

/** Text: valid UTF-8 (or UTF-16 with a BOM) and almost no control characters other than tab, line breaks and form feed. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13)) controls++;
  if (controls > sample.length / 1000) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(trimPartialUtf8(sample, bytes.length > sample.length));
    return true;
  } catch {
    return false;
  }
}

/** A sample cut inside a multi-byte character is not invalid UTF-8: drop the partial character at its end. */
function trimPartialUtf8(sample: Uint8Array, cut: boolean): Uint8Array {
  if (!cut) return sample;
  let end = sample.length;
  for (let k = 0; k < 4 && end > 0 && (sample[end - 1]! & 0xc0) === 0x80; k++) end--;
  if (end > 0 && sample[end - 1]! >= 0xc0) end--;
  return sample.subarray(0, end);
}
