// Typed arrays carved from shared chunks must behave as `new` ones: zeroed, their own length, never sharing a unit.
import { describe, expect, it } from "vitest";
import { f64Array, i32Array, u32Array, u8Array } from "../../../server/src/core/compare/arena";

describe("arena", () => {
  it("hands out zeroed views that never overlap, across chunks and for large requests", () => {
    const made: { a: Uint32Array | Int32Array | Float64Array | Uint8Array; mark: number }[] = [];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let k = 0; k < 4000; k++) {
      // Mostly small, sometimes over a chunk's share (own array), sometimes empty.
      const n = k % 97 === 0 ? 40_000 : next() % 300;
      const kind = next() % 4;
      const a = kind === 0 ? u32Array(n) : kind === 1 ? i32Array(n) : kind === 2 ? f64Array(n) : u8Array(n);
      expect(a.length).toBe(n);
      // One expect per array, not per unit: 4.6 million expect calls took over a minute.
      expect(a.findIndex((x) => x !== 0)).toBe(-1);
      const mark = (k % 200) + 1;
      a.fill(mark);
      made.push({ a, mark });
    }
    // Nothing written through a later view showed in an earlier one.
    for (const { a, mark } of made) expect(a.findIndex((x) => x !== mark)).toBe(-1);
  });

  it("sorts and reads like a plain typed array", () => {
    const v = u32Array(5);
    v.set([0xfffffff0, 3, 0x80000000, 1, 3]);
    expect([...v.sort()]).toEqual([1, 3, 3, 0x80000000, 0xfffffff0]);
  });
});
