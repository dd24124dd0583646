/**
 * The parser entry point: detects the format, runs the format's reader, collects references,
 * and freezes the tree (its top level; every node with `freeze: "deep"`). Never throws: an internal
 * failure becomes a SYN000 diagnostic.
 */
import { detectFormat } from "./format";
import { parseOfficial } from "./official";
import { referencesOf } from "./references";
import { EMPTY_HEADER, parseUnres } from "./unres";
import type { SourceCues } from "./cues";
import type { ReaderResult, Reference, Resolution } from "./tree";

export { detectFormat } from "./format";

export interface ParseOptions {
  /**
   * The format the caller expects (from the file name). A tie-breaker only: text with an official masthead or
   * page furniture is read as official and text with front matter, `[^n]` markers or comments as `.unres`,
   * whatever the hint (a drafter pastes last year's official text into a new `.unres` file).
   */
  readonly format?: "official" | "unres";
  /** What a PDF or Word reader knows beyond the text (italic extents, superscripts, indents). */
  readonly cues?: SourceCues;
  /**
   * "shallow" (the default): the tree object and the objects and arrays it holds directly are frozen.
   * "deep": every node, span and piece, which cost a tenth of the parse; the tests lint deep-frozen
   * trees, so a rule that writes into the tree fails there (test/unit/lint/immutable.test.ts).
   */
  readonly freeze?: "shallow" | "deep";
}

export function parse(source: string, options: ParseOptions = {}): Resolution {
  const text = typeof source === "string" ? source : String(source ?? "");
  const format = detectFormat(text, options.format);
  const freeze = options.freeze === "deep" ? deepFreeze : shallowFreeze;
  try {
    return freeze(resolution(text, format, format === "unres" ? parseUnres(text) : parseOfficial(text, options.cues)));
  } catch (e) {
    // A parser bug must not take the editor down: report it and return an empty tree.
    return freeze({
      source: text, format, frontMatter: null, header: EMPTY_HEADER, title: null, organ: null, preamble: [], operative: [],
      sections: [], footnotes: [], references: [], closing: null, annexes: [], artefacts: [], comments: [],
      diagnostics: [{ code: "SYN000", message: `Internal parser error: ${(e as Error)?.message ?? e}`, severity: "error", span: { start: 0, end: 0 } }],
    });
  }
}

function references(r: Pick<Resolution, "preamble" | "operative" | "footnotes">): Reference[] {
  return referencesOf([r.preamble, r.operative, r.footnotes]);
}

/**
 * Either reader's result as the tree: the source, its format and the references found in its text. Every property
 * in one literal, in the order a spread of the result gave them (JSON output is unchanged): a spread's shape is held
 * only weakly by V8, and after a full garbage collection every function that had seen a tree ran unoptimized again.
 */
function resolution(source: string, format: "official" | "unres", r: ReaderResult): Resolution {
  return {
    source, format, frontMatter: r.frontMatter, header: r.header, title: r.title, organ: r.organ, preamble: r.preamble,
    operative: r.operative, sections: r.sections, footnotes: r.footnotes, closing: r.closing, annexes: r.annexes,
    artefacts: r.artefacts, comments: r.comments, diagnostics: r.diagnostics, references: references(r),
  };
}

function shallowFreeze<T extends object>(value: T): T {
  for (const k in value) {
    const c: unknown = value[k];
    if (c !== null && typeof c === "object") Object.freeze(c);
  }
  return Object.freeze(value);
}

function deepFreeze<T>(value: T): T {
  // Only objects go on the stack (most values in a tree are strings and numbers), and arrays are walked by
  // index: Object.keys on every node was a tenth of the parse time.
  const stack: object[] = [];
  const visit = (c: unknown): void => {
    if (c !== null && typeof c === "object" && !Object.isFrozen(c)) stack.push(c);
  };
  visit(value);
  while (stack.length) {
    const v = stack.pop()!;
    if (Object.isFrozen(v)) continue;
    Object.freeze(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) visit(v[i]);
    else for (const k in v) visit((v as Record<string, unknown>)[k]);
  }
  return value;
}
