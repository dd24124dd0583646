/**
 * The word-level diff inside one aligned pair of paragraphs, with jsdiff's `diffArrays`
 * over our own tokens (words, whitespace runs, single punctuation). Diffing tokens that we
 * cut ourselves keeps the output exact: `equal` + `delete` is the old text and `equal` +
 * `insert` the new, byte for byte, which `diffWords`' whitespace handling does not promise.
 *
 * The diff is bounded (edit length and time): a pair over the bound comes back as one
 * replacement, so no input can stall the caller.
 */
import { diffArrays } from "diff";
import type { Change } from "./types";
import { tokenize } from "./tokens";

export interface WordDiffOptions {
  readonly maxEditLength?: number;
  readonly timeout?: number;
}

export interface WordDiff {
  changes: Change[];
  /** True when the bound was hit and the middle became one replacement. */
  bounded: boolean;
}

export function diffParagraphWords(oldText: string, newText: string, options: WordDiffOptions = {}): WordDiff {
  if (oldText === newText) return { changes: oldText ? [{ op: "equal", text: oldText }] : [], bounded: false };
  const a = tokenize(oldText);
  const b = tokenize(newText);
  // Strip the common ends first: most pairs differ in a few words, and jsdiff then works on the middle only.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const raw: Change[] = [];
  push(raw, "equal", a.slice(0, head).join(""));
  let bounded = false;
  if (midA.length === 0 || midB.length === 0) {
    push(raw, "delete", midA.join(""));
    push(raw, "insert", midB.join(""));
  } else {
    const parts = diffArrays(midA, midB, {
      maxEditLength: options.maxEditLength ?? 2000,
      timeout: options.timeout ?? 50,
    });
    if (!parts) {
      bounded = true;
      push(raw, "delete", midA.join(""));
      push(raw, "insert", midB.join(""));
    } else {
      for (const p of parts) push(raw, p.added ? "insert" : p.removed ? "delete" : "equal", p.value.join(""));
    }
  }
  push(raw, "equal", a.slice(a.length - tail).join(""));
  return { changes: tidy(raw), bounded };
}

function push(list: Change[], op: Change["op"], text: string): void {
  if (text) list.push({ op, text });
}

/**
 * Make the redline readable without changing what it reconstructs: a stretch of only
 * spaces or punctuation between a deletion and an insertion joins them (it goes into both),
 * and within each run of edits the deletion comes before the insertion.
 */
export function tidy(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  let del = "";
  let ins = "";
  let inRun = false;
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = ins = "";
    inRun = false;
  };
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.op === "equal") {
      const next = changes[i + 1];
      const mixed = (del && ins) || (del && next?.op === "insert") || (ins && next?.op === "delete");
      if (inRun && mixed && next && next.op !== "equal" && /^[\s\p{P}]*$/u.test(c.text) && c.text.length <= 3) {
        del += c.text;
        ins += c.text;
        continue;
      }
      flush();
      const last = out[out.length - 1];
      if (last && last.op === "equal") last.text += c.text;
      else out.push({ op: "equal", text: c.text });
    } else {
      inRun = true;
      if (c.op === "delete") del += c.text;
      else ins += c.text;
    }
  }
  flush();
  return out;
}

/** The old side of a change list. */
export function oldSide(changes: readonly Change[]): string {
  return changes.filter((c) => c.op !== "insert").map((c) => c.text).join("");
}

/** The new side of a change list. */
export function newSide(changes: readonly Change[]): string {
  return changes.filter((c) => c.op !== "delete").map((c) => c.text).join("");
}
