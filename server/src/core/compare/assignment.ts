/**
 * Maximum-weight assignment (the Hungarian method with potentials, O(rows² · cols)): which
 * rows go with which columns so that the total gain is largest. Pairing by best pairs first
 * takes a decoy when it happens to score a little higher than the right partner, and then the
 * right partner is lost too; the assignment weighs every pair against the others.
 *
 * Pure arithmetic on the given gains, ties broken by position: the same input gives the same
 * pairs on any machine.
 */
import { f64Array, i32Array, u8Array } from "./arena";

/** `gain[r][c] > 0` for allowed pairs; returns for each row its column or -1. */
export function maxAssignment(gain: readonly Float64Array[], cols: number): number[] {
  const rows = gain.length;
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  if (rows > cols) {
    // Solve the transpose: the method wants rows ≤ columns.
    const t: Float64Array[] = [];
    for (let c = 0; c < cols; c++) {
      const column = f64Array(rows);
      for (let r = 0; r < rows; r++) column[r] = gain[r]![c]!;
      t.push(column);
    }
    const colOf = maxAssignment(t, rows);
    const out = new Array<number>(rows).fill(-1);
    for (let c = 0; c < colOf.length; c++) if (colOf[c]! >= 0) out[colOf[c]!] = c;
    return out;
  }
  // Minimise cost = -gain (a pair with no gain costs 0, as does leaving the row alone).
  const INF = Number.POSITIVE_INFINITY;
  const u = f64Array(rows + 1);
  const v = f64Array(cols + 1);
  const p = i32Array(cols + 1); // p[c] = row (1-based) assigned to column c, 0 none
  const way = i32Array(cols + 1);
  const minv = f64Array(cols + 1);
  const used = u8Array(cols + 1);
  for (let r = 1; r <= rows; r++) {
    p[0] = r;
    let c0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[c0] = 1;
      const r0 = p[c0]!;
      let delta = INF;
      let c1 = 0;
      const g = gain[r0 - 1]!;
      for (let c = 1; c <= cols; c++) {
        if (used[c]) continue;
        const cur = -Math.max(0, g[c - 1]!) - u[r0]! - v[c]!;
        if (cur < minv[c]!) {
          minv[c] = cur;
          way[c] = c0;
        }
        if (minv[c]! < delta) {
          delta = minv[c]!;
          c1 = c;
        }
      }
      for (let c = 0; c <= cols; c++) {
        if (used[c]) {
          u[p[c]!] += delta;
          v[c] -= delta;
        } else minv[c] -= delta;
      }
      c0 = c1;
    } while (p[c0] !== 0);
    do {
      const c1 = way[c0]!;
      p[c0] = p[c1]!;
      c0 = c1;
    } while (c0 !== 0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let c = 1; c <= cols; c++) if (p[c]! > 0 && gain[p[c]! - 1]![c - 1]! > 0) out[p[c]! - 1] = c - 1;
  return out;
}

/**
 * The same assignment, solved per connected group of rows and columns that share a gain: most
 * paragraphs compete with one or two others, so the cubic method runs on tiny matrices.
 */
export function maxAssignmentSparse(gain: readonly Float64Array[], cols: number): number[] {
  const rows = gain.length;
  const parent = i32Array(rows + cols);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  for (let r = 0; r < rows; r++) {
    const g = gain[r]!;
    for (let c = 0; c < cols; c++) if (g[c]! > 0) parent[root(parent, r)] = root(parent, rows + c);
  }
  const groups = new Map<number, { rs: number[]; cs: number[] }>();
  for (let r = 0; r < rows; r++) groupOf(groups, root(parent, r)).rs.push(r);
  for (let c = 0; c < cols; c++) groupOf(groups, root(parent, rows + c)).cs.push(c);
  const out = new Array<number>(rows).fill(-1);
  for (const { rs, cs } of groups.values()) {
    if (rs.length === 0 || cs.length === 0) continue;
    const sub: Float64Array[] = [];
    for (const r of rs) {
      const row = f64Array(cs.length);
      for (let k = 0; k < cs.length; k++) row[k] = gain[r]![cs[k]!]!;
      sub.push(row);
    }
    const col = maxAssignment(sub, cs.length);
    for (let i = 0; i < col.length; i++) if (col[i]! >= 0) out[rs[i]!] = cs[col[i]!]!;
  }
  return out;
}

/** The root of `x` in the union-find forest, halving the path on the way. */
function root(parent: Int32Array, x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
  return x;
}

function groupOf(groups: Map<number, { rs: number[]; cs: number[] }>, root: number): { rs: number[]; cs: number[] } {
  let g = groups.get(root);
  if (g === undefined) groups.set(root, (g = { rs: [], cs: [] }));
  return g;
}
