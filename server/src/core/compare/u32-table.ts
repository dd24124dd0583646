/**
 * A table from 32-bit word hashes to integers, open addressing on typed arrays. Word hashes are
 * unsigned 32-bit numbers, most of them above the small-integer range of the JavaScript engine, so
 * as keys of a `Map` or `Set` each is boxed and hashed again; here a key is one multiply and a probe.
 * Sized once for a known number of keys (no growth, no deletion).
 */
export class U32Table {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly full: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;

  /** Room for `capacity` distinct keys (the table is kept at most half full). */
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.keys = new Uint32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.full = new Uint8Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** The slot of `key`: where it is, or the free slot where it goes. */
  slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.full[i] === 1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of `key`, or `missing` when it has none. */
  get(key: number, missing: number): number {
    const i = this.slot(key);
    return this.full[i] === 1 ? this.values[i]! : missing;
  }

  has(key: number): boolean {
    return this.full[this.slot(key)] === 1;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    this.keys[i] = key;
    this.full[i] = 1;
    this.values[i] = value;
  }

  /** Add `by` to the value of `key` (0 when it had none); returns the new value. */
  add(key: number, by: number): number {
    const i = this.slot(key);
    if (this.full[i] !== 1) {
      this.keys[i] = key;
      this.full[i] = 1;
      this.values[i] = 0;
    }
    return (this.values[i] += by);
  }
}
