/**
 * A framing filter in front of the JSON-RPC reader on stdio.
 *
 * vscode-jsonrpc trusts `Content-Length`: a negative or short length puts its reader out of
 * step for good, and the server stays alive but deaf. This filter passes on only well-formed
 * frames (headers, a valid length, a body that looks like one JSON object) and, on anything
 * else, drops bytes up to the next `Content-Length:` header, so one bad message costs one
 * message, not the session.
 */
import { Transform, type TransformCallback } from "node:stream";

const HEADER_END = Buffer.from("\r\n\r\n");
const CONTENT_LENGTH = Buffer.from("Content-Length:");
/** A header block longer than this is garbage, not headers. */
const MAX_HEADER = 4096;

export class FramingFilter extends Transform {
  private buffer = Buffer.alloc(0);
  /** Chunks that arrived while a body was incomplete: joined once, not once per chunk (a 10 MB didOpen). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes needed before parsing can progress. */
  private need = 0;
  /** Frames dropped so far (for the log). */
  dropped = 0;

  constructor(private readonly onDrop: (reason: string) => void = () => {}) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.buffer.length + this.pendingBytes >= this.need) {
      this.buffer = Buffer.concat([this.buffer, ...this.pending]);
      this.pending = [];
      this.pendingBytes = 0;
      this.need = 0;
      this.drain();
    }
    done();
  }

  private skip(reason: string, from: number): void {
    this.dropped++;
    this.onDrop(reason);
    const next = this.buffer.indexOf(CONTENT_LENGTH, from);
    this.buffer = next >= 0 ? this.buffer.subarray(next) : this.buffer.subarray(this.buffer.length - partialHeaderAtEnd(this.buffer));
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER) this.skip("header block too long", 1);
        return;
      }
      const headers = this.buffer.subarray(0, end).toString("ascii").split("\r\n");
      const length = this.lengthOf(headers);
      if (length === null) {
        this.skip(`bad header block: ${JSON.stringify(headers.join(" | ").slice(0, 80))}`, 1);
        continue;
      }
      const start = end + HEADER_END.length;
      if (this.buffer.length < start + length) {
        this.need = start + length; // wait for the rest of the body
        return;
      }
      const body = this.buffer.subarray(start, start + length);
      if (!looksLikeJsonObject(body)) {
        this.skip(`body of ${length} bytes is not one JSON object`, 1);
        continue;
      }
      this.push(this.buffer.subarray(0, start + length));
      this.buffer = this.buffer.subarray(start + length);
    }
  }

  /** The declared length, or null when the headers are not LSP headers or the length is unusable. */
  private lengthOf(headers: string[]): number | null {
    let length: number | null = null;
    for (const h of headers) {
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(h);
      if (!m) return null;
      if (m[1]!.toLowerCase() === "content-length") {
        if (!/^\d{1,10}$/.test(m[2]!.trim())) return null;
        length = Number(m[2]!.trim());
      }
    }
    return length !== null && length > 1 ? length : null;
  }
}

/** How many bytes at the end of `buffer` could be the start of a `Content-Length:` header still arriving. */
function partialHeaderAtEnd(buffer: Buffer): number {
  for (let k = Math.min(buffer.length, CONTENT_LENGTH.length - 1); k > 0; k--) {
    if (buffer.subarray(buffer.length - k).equals(CONTENT_LENGTH.subarray(0, k))) return k;
  }
  return 0;
}

/** First and last non-blank bytes are `{` and `}`: cheap, and enough to catch a cut-off body. */
function looksLikeJsonObject(body: Buffer): boolean {
  let i = 0;
  let j = body.length - 1;
  while (i <= j && (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09)) i++;
  while (j >= i && (body[j] === 0x20 || body[j] === 0x0a || body[j] === 0x0d || body[j] === 0x09)) j--;
  return i < j && body[i] === 0x7b && body[j] === 0x7d;
}
