/**
 * The lint façade used by the CLI and the language server: parse + lint with the registry's
 * rules, and fix-all (apply, re-lint, repeat until nothing fixable is left).
 */
import { parse } from "../syntax/parse";
import type { Resolution } from "../syntax/tree";
import type { SourceCues } from "../syntax/cues";
import type { LintConfig } from "../config/config";
import { rules as registry } from "../rules/index";
import { lint } from "./engine";
import { applyFixes } from "./fixes";
import type { LintDiagnostic, Rule } from "./types";

export interface LintSourceOptions {
  readonly config?: LintConfig;
  readonly format?: "official" | "unres";
  readonly rules?: readonly Rule[];
  /** What a PDF or Word reader knows beyond the text (see syntax/cues.ts). */
  readonly cues?: SourceCues;
}

export function lintTree(tree: Resolution, options: LintSourceOptions = {}): LintDiagnostic[] {
  return lint(tree, { rules: options.rules ?? registry, ...(options.config ? { config: options.config } : {}) });
}

export function lintSource(source: string, options: LintSourceOptions = {}): { tree: Resolution; diagnostics: LintDiagnostic[] } {
  const tree = parse(source, { ...(options.format ? { format: options.format } : {}), ...(options.cues ? { cues: options.cues } : {}) });
  return { tree, diagnostics: lintTree(tree, options) };
}

/** Overlapping fixes wait for the next round; a few rounds settle every real document. */
const MAX_ROUNDS = 10;

export interface FixAllResult {
  readonly text: string;
  /** How many fixes were applied over all rounds. */
  readonly fixed: number;
  /** What is left after fixing (re-linted). */
  readonly diagnostics: LintDiagnostic[];
}

export function fixAll(source: string, options: LintSourceOptions = {}): FixAllResult {
  let text = source;
  let fixed = 0;
  let { diagnostics } = lintSource(text, options);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (fixes.length === 0) break;
    const r = applyFixes(text, fixes);
    if (r.applied === 0 || r.text === text) break;
    text = r.text;
    fixed += r.applied;
    diagnostics = lintSource(text, options).diagnostics;
  }
  return { text, fixed, diagnostics };
}

export { applyFixes } from "./fixes";
export { lint, INTERNAL_CODE } from "./engine";
export type { LintDiagnostic, Fix, TextEdit, Rule } from "./types";
