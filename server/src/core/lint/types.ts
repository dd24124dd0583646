/**
 * The types of the lint engine: what a rule is, what it reports, and what the engine returns.
 *
 * A rule is metadata plus one pure function over the syntax tree (markdownlint's model).
 * Fixes are data (offset edits), validated and applied by the engine in one place.
 * Rules never see suppression comments or configuration other than their own options.
 */
import type { Resolution, Severity, Span } from "../syntax/tree";

/** Replace `source.slice(start, end)` with `text`. Offsets are UTF-16 indices into the source. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A fix is applied whole or not at all. */
export interface Fix {
  /** Shown as the quick fix title: `Replace ';' with ','`. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** An option a rule accepts, with its default (the type of the default is the option's type). */
export interface RuleOption {
  readonly description: string;
  readonly default: boolean | number | string | readonly string[];
}

export interface RuleMeta {
  /** `RES012`: stable, never reused. */
  readonly id: string;
  /** `operative-verb`: kebab-case, for humans; accepted wherever an id is. */
  readonly name: string;
  /** One line: what the rule checks. */
  readonly description: string;
  readonly tags: readonly string[];
  /** In a draft; in an adopted text the engine makes every finding information (see engine.ts). */
  readonly severity: Severity;
  /** Whether the rule may attach fixes. The engine rejects fixes from a rule that is not. */
  readonly fixable: boolean;
  /** Off unless configured on. */
  readonly enabledByDefault?: boolean;
  readonly options?: Readonly<Record<string, RuleOption>>;
}

/** What a rule reports. */
export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly fix?: Fix;
}

/** Facts about the document that several rules need, resolved once from the tree and the config. */
export interface DocumentFacts {
  /** The session the document belongs to (front matter, masthead, symbol or config), or null. */
  readonly session: number | null;
  /** Front matter `status: final` (or config): negotiation leftovers are errors. */
  readonly final: boolean;
  /** A draft (no adopted resolution number), where `bis`/`ter` numbers are allowed. */
  readonly draft: boolean;
  /** An adopted resolution: an A/RES symbol or a resolution number in the title. */
  readonly adopted: boolean;
  /** Openers the configuration adds to the shipped lists. */
  readonly extraPreambularOpeners: readonly string[];
  readonly extraOperativeOpeners: readonly string[];
}

export interface RuleContext {
  readonly tree: Resolution;
  readonly facts: DocumentFacts;
  /** This rule's options, defaults filled in. */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

/** A rule's finding after the engine validated it, gave it its severity and dropped suppressed ones. */
export interface LintDiagnostic {
  readonly code: string;
  /** The rule's name (`operative-verb`); `internal` for RES000. */
  readonly rule: string;
  readonly message: string;
  readonly severity: Severity;
  readonly span: Span;
  readonly fix: Fix | null;
}

/** Declare a rule: a typed identity function, so a rule file is one `export default defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}
