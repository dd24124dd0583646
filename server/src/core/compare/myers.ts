/**
 * Myers' diff on integer arrays, step for step the algorithm of jsdiff 9 (`diffArrays`, the
 * `Diff.diffWithOptionsObj` loop with its diagonal pruning and its tie-breaking), so it gives
 * the very same edit script; only the bookkeeping differs: paths live in typed arrays indexed by
 * diagonal (jsdiff keeps them on an array with negative indices) and the script's components in
 * a pool of typed arrays reused from call to call (jsdiff allocates an object per step), which
 * is what the comparison's word diffs and paragraph-key diffs paid for in time and garbage.
 *
 * Bounded by a count of edits (`maxEditLength`), never by time: over the bound it returns null,
 * as `diffArrays` returns undefined.
 */

/** Kinds of a run in the edit script. */
export const EQUAL = 0;
export const INSERT = 1;
export const DELETE = 2;

/** The edit script as runs: `kinds[k]` (EQUAL, INSERT, DELETE) of `counts[k]` items each, in order. */
export interface EditScript {
  readonly kinds: number[];
  readonly counts: number[];
}

// The component pool: count, kind and previous component (-1 none) of each step's run.
let poolCount = new Int32Array(1024);
let poolKind = new Uint8Array(1024);
let poolPrev = new Int32Array(1024);
let used = 0;

function component(count: number, kind: number, prev: number): number {
  if (used === poolCount.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    poolCount = grow(poolCount, (n) => new Int32Array(n));
    poolKind = grow(poolKind, (n) => new Uint8Array(n));
    poolPrev = grow(poolPrev, (n) => new Int32Array(n));
  }
  poolCount[used] = count;
  poolKind[used] = kind;
  poolPrev[used] = prev;
  return used++;
}

// Paths by diagonal (offset so that diagonal -maxEditLength - 1 is index 0).
let pathOld = new Int32Array(64);
let pathLast = new Int32Array(64);
let pathSet = new Uint8Array(64);

/** jsdiff's `addToPath`: one more insertion or deletion, merged into the last run when it is of the same kind. */
function extend(last: number, kind: number): number {
  if (last >= 0 && poolKind[last] === kind) return component(poolCount[last]! + 1, kind, poolPrev[last]!);
  return component(1, kind, last);
}

/**
 * The edit script from `x[i0, i1)` to `y[j0, j1)`, or null when it needs more than
 * `maxEditLength` edits.
 */
export function diffIds(
  x: ArrayLike<number>,
  i0: number,
  i1: number,
  y: ArrayLike<number>,
  j0: number,
  j1: number,
  maxEditLength: number,
): EditScript | null {
  const oldLen = i1 - i0;
  const newLen = j1 - j0;
  const maxEdit = Math.min(oldLen + newLen, maxEditLength);
  const off = Math.max(0, maxEdit) + 1;
  const size = 2 * off + 1;
  if (pathSet.length < size) {
    pathOld = new Int32Array(size);
    pathLast = new Int32Array(size);
    pathSet = new Uint8Array(size);
  } else pathSet.fill(0, 0, size);
  used = 0;

  // jsdiff's `extractCommon` for the path at `at` on diagonal `d`: follow equal items; returns newPos.
  const common = (at: number, d: number): number => {
    let oldPos = pathOld[at]!;
    let newPos = oldPos - d;
    let n = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && x[i0 + oldPos + 1] === y[j0 + newPos + 1]) {
      newPos++;
      oldPos++;
      n++;
    }
    if (n) pathLast[at] = component(n, EQUAL, pathLast[at]!);
    pathOld[at] = oldPos;
    return newPos;
  };

  pathSet[off] = 1;
  pathOld[off] = -1;
  pathLast[off] = -1;
  let newPos = common(off, 0);
  if (pathOld[off]! + 1 >= oldLen && newPos + 1 >= newLen) return script(pathLast[off]!);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= maxEdit; edits++) {
    for (let d = Math.max(minDiagonal, -edits); d <= Math.min(maxDiagonal, edits); d += 2) {
      const at = off + d;
      const hasRemove = pathSet[at - 1] === 1;
      const hasAdd = pathSet[at + 1] === 1;
      const removeOld = pathOld[at - 1]!;
      const removeLast = pathLast[at - 1]!;
      const addOld = pathOld[at + 1]!;
      const addLast = pathLast[at + 1]!;
      if (hasRemove) pathSet[at - 1] = 0;
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = addOld - d;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathSet[at] = 0;
        continue;
      }
      if (!canRemove || (canAdd && removeOld < addOld)) {
        pathOld[at] = addOld;
        pathLast[at] = extend(addLast, INSERT);
      } else {
        pathOld[at] = removeOld + 1;
        pathLast[at] = extend(removeLast, DELETE);
      }
      pathSet[at] = 1;
      newPos = common(at, d);
      if (pathOld[at]! + 1 >= oldLen && newPos + 1 >= newLen) return script(pathLast[at]!);
      if (pathOld[at]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return null;
}

function script(last: number): EditScript {
  const kinds: number[] = [];
  const counts: number[] = [];
  for (let c = last; c >= 0; c = poolPrev[c]!) {
    kinds.push(poolKind[c]!);
    counts.push(poolCount[c]!);
  }
  return { kinds: kinds.reverse(), counts: counts.reverse() };
}
