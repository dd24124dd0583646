/**
 * Applying fixes: the one place where edits touch text.
 *
 * Fixes are taken in source order; a fix whose edits overlap an edit already taken is left
 * for the next round (`fixAll` re-lints and repeats), so no edit ever lands on text another
 * edit changed. Each edit replaces only its own range.
 */
import type { Fix, TextEdit } from "./types";

export interface AppliedFixes {
  readonly text: string;
  /** How many fixes were applied (the others overlapped and wait for another round). */
  readonly applied: number;
}

export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ f, edits: [...f.edits].sort(byStart) }))
    .sort((a, b) => byStart(a.edits[0]!, b.edits[0]!));
  // Kept sorted by start: an overlap check looks only at the neighbours of an edit, so a
  // document with thousands of fixes is not quadratic.
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  let applied = 0;
  for (const { edits } of ordered) {
    const key = JSON.stringify(edits);
    // The same fix reported twice (two rules, one problem) is applied once.
    if (seen.has(key)) continue;
    if (edits.some((e) => overlapsTaken(taken, e))) continue;
    if (edits.some((e, i) => i > 0 && overlaps(e, edits[i - 1]!))) continue;
    seen.add(key);
    for (const e of edits) taken.splice(firstAfter(taken, e), 0, e);
    applied++;
  }
  let out = "";
  let at = 0;
  for (const e of taken) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += source.slice(at);
  return { text: out, applied };
}

/** The index of the first taken edit that sorts after `e`. */
function firstAfter(taken: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart(taken[mid]!, e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `e` conflicts with an edit already taken. Taken edits do not overlap one another, so
 * only the one before `e`'s position and those starting within its range can conflict.
 */
function overlapsTaken(taken: readonly TextEdit[], e: TextEdit): boolean {
  for (let i = Math.max(0, firstAfter(taken, e) - 1); i < taken.length && taken[i]!.start <= e.end; i++) {
    if (overlaps(e, taken[i]!)) return true;
  }
  return false;
}

function byStart(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Two edits conflict when their ranges share a character, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}
