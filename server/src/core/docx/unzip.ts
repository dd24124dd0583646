/**
 * A ZIP reader for Office Open XML packages: the central directory, stored and deflated entries.
 * Decompression is passed in (`Inflate`), so the core stays free of Node modules: the CLI and the language
 * server hand it `zlib.inflateRawSync`.
 */

/** Raw DEFLATE (RFC 1951) data in, bytes out; throws on corrupt data. */
export type Inflate = (data: Uint8Array) => Uint8Array;

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Entries larger than this are refused (a zip bomb must not take the server's memory). */
const MAX_ENTRY = 256 * 1024 * 1024;

export interface ZipReader {
  readonly names: readonly string[];
  /** The entry's bytes, or null when the package has no such entry. */
  read(name: string): Uint8Array | null;
}

export function openZip(bytes: Uint8Array, inflate: Inflate): ZipReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("not a complete ZIP archive (no end of central directory)");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, { method: number; size: number; compressed: number; local: number }>();
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError("damaged ZIP central directory");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { method, size, compressed, local });
    at += 46 + nameLength + extra + comment;
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const e = entries.get(name);
      if (!e) return null;
      if (e.size > MAX_ENTRY) throw new ZipError(`${name} is too large (${e.size} bytes)`);
      if (e.local + 30 > bytes.length || view.getUint32(e.local, true) !== LOCAL) throw new ZipError(`damaged ZIP entry ${name}`);
      const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
      const data = bytes.subarray(start, start + e.compressed);
      if (e.method === 0) return data;
      if (e.method === 8) return inflate(data);
      throw new ZipError(`${name} uses ZIP compression method ${e.method}, which Word files do not use`);
    },
  };
}
