/**
 * Small typed arrays carved out of shared chunks. A comparison makes thousands of short typed
 * arrays (a profile's words and pairs, a bag's ids and weights, a score row, the assignment's
 * work arrays); each one made by `new` above 64 bytes gets its own zeroed backing store from the
 * allocator and a tracking entry the collector sweeps, which costs about ten times a view on a
 * buffer that is already there.
 *
 * A view is never handed out twice: a chunk is only ever carved further, so every view starts
 * zeroed (as `new` would give it) and nothing written through one view shows in another. A chunk
 * lives as long as one of its views does; a request too large for a chunk's share gets its own array.
 */

/** Bytes per chunk. */
const CHUNK = 1 << 19;
/** Larger requests get an array of their own: a chunk is never mostly one array. */
const LARGEST = CHUNK >> 4;

let chunk = new ArrayBuffer(CHUNK);
let used = 0;

/** The byte offset of `bytes` fresh (zeroed) bytes in `chunk`, 8-aligned; -1 when too large. */
function carve(bytes: number): number {
  if (bytes > LARGEST) return -1;
  if (used + bytes > CHUNK) {
    chunk = new ArrayBuffer(CHUNK);
    used = 0;
  }
  const at = used;
  used += (bytes + 7) & ~7;
  return at;
}

/** A zeroed `Uint32Array` of length `n`. */
export function u32Array(n: number): Uint32Array {
  const at = carve(n * 4);
  return at < 0 ? new Uint32Array(n) : new Uint32Array(chunk, at, n);
}

/** A zeroed `Int32Array` of length `n`. */
export function i32Array(n: number): Int32Array {
  const at = carve(n * 4);
  return at < 0 ? new Int32Array(n) : new Int32Array(chunk, at, n);
}

/** A zeroed `Float64Array` of length `n`. */
export function f64Array(n: number): Float64Array {
  const at = carve(n * 8);
  return at < 0 ? new Float64Array(n) : new Float64Array(chunk, at, n);
}

/** A zeroed `Uint8Array` of length `n`. */
export function u8Array(n: number): Uint8Array {
  const at = carve(n);
  return at < 0 ? new Uint8Array(n) : new Uint8Array(chunk, at, n);
}
