/**
 * Per-version memo for whole-document answers (outline, folding, tokens, links): editors ask
 * for the same ones several times per version (outline view, breadcrumbs, sticky scroll).
 * Keyed by the Analysis object, which the store replaces on each new version.
 */
import type { Analysis } from "../documents";

const memos = new WeakMap<Analysis, Map<string, unknown>>();

export function memo<T>(a: Analysis, key: string, compute: () => T): T {
  let m = memos.get(a);
  if (!m) {
    m = new Map();
    memos.set(a, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}
