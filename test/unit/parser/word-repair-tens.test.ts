// beginsAsTens against the expression it replaced (a hash of the first four units in lower case compared with the
// tens words' starts), over every start that word repair can ask about: ASCII letters, digits and joiners.
import { describe, expect, it } from "vitest";
import { beginsAsTens } from "../../../server/src/core/syntax/word-repair";

const hash4 = (s: string, start: number): number => {
  let h = 0;
  for (let i = start; i < start + 4; i++) h = (Math.imul(h, 31) + (s.charCodeAt(i) | 0x20)) | 0;
  return h;
};
const STARTS = ["twen", "thir", "fort", "fift", "sixt", "seve", "eigh", "nine"].map((w) => hash4(w, 0));
const INITIALS = "tfsenTFSEN";
function old(s: string, start: number): boolean {
  const first = (s.charCodeAt(start) | 0x20) - 0x61;
  if (first < 0 || first > 25 || !"tfsen".includes(String.fromCharCode(first + 0x61))) return false;
  return STARTS.includes(hash4(s, start));
}

describe("beginsAsTens", () => {
  it("agrees with the four-unit hash on every ASCII word start", () => {
    const units = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'-";
    let differ = 0;
    let found = 0;
    for (const a of INITIALS + "ax9") {
      for (const b of units) {
        for (const c of units) {
          for (const d of units) {
            const s = `${a}${b}${c}${d}xxxx`;
            const want = old(s, 0);
            if (want) found++;
            if (beginsAsTens(s, 0) !== want) differ++;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(0);
    expect(differ).toBe(0);
  });
  it("tells tens starts in any case", () => {
    for (const w of ["twenty", "Thirty", "FORTY", "fifty", "sixty", "seventy", "eighty", "ninety"]) expect(beginsAsTens(`${w}one`, 0), w).toBe(true);
    for (const w of ["twelve", "three", "fourth", "tyrant", "million"]) expect(beginsAsTens(`${w}xx`, 0), w).toBe(false);
    for (const w of ["seven", "eight"]) expect(beginsAsTens(`${w}xx`, 0), w).toBe(true);
  });
});
