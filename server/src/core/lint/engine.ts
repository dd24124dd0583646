/**
 * The lint engine: runs the enabled rules over one parsed resolution.
 *
 * - Each rule runs in isolation: a rule that throws or reports nonsense becomes one internal
 *   diagnostic (RES000) naming the rule, and the other rules still run.
 * - Reports are validated (range inside the text, a message, fixes only from fixable rules,
 *   edits inside the text and not overlapping) before they are accepted.
 * - Suppression comments are resolved once, before any rule runs; rules never see them.
 */
import type { Resolution, Severity, Span } from "../syntax/tree";
import { EMPTY_CONFIG, type LintConfig } from "../config/config";
import { resolveSuppressions } from "./suppression";
import type { DocumentFacts, Fix, LintDiagnostic, Report, Rule } from "./types";
import { isAdoptedText } from "../syntax/adopted";

export const INTERNAL_CODE = "RES000";

/** The severity of every finding in an adopted text (unless the configuration sets one). */
export const ADOPTED_SEVERITY: Severity = "information";

export interface LintOptions {
  readonly config?: LintConfig;
  /** The rule set; the registry's by default (passed in tests to run one rule or a broken one). */
  readonly rules: readonly Rule[];
}

export function lint(tree: Resolution, { config = EMPTY_CONFIG, rules }: LintOptions): LintDiagnostic[] {
  const canonical = (written: string) => rules.find((r) => r.id === written.toUpperCase() || r.name === written)?.id ?? written;
  const suppressions = resolveSuppressions(tree, canonical);
  const facts = documentFacts(tree, config);
  const out: LintDiagnostic[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const enabled = setting?.enabled ?? rule.enabledByDefault ?? true;
    if (!enabled || suppressions.offEverywhere(rule.id)) continue;
    // An adopted text changes only by corrigendum: whatever a rule finds there is a fact about the text as
    // adopted (to know, and not to copy into next year's draft), not a problem to fix. So, for every rule, it is
    // information without a fix, and the message says so. A severity set in the configuration wins over this.
    const asAdopted = !setting?.severity && facts.adopted;
    const severity: Severity = setting?.severity ?? (asAdopted ? ADOPTED_SEVERITY : rule.severity);
    const options = { ...defaults(rule), ...(setting?.options ?? {}) };
    const accepted: LintDiagnostic[] = [];
    let failure: string | null = null;
    const report = (r: Report) => {
      if (failure) return;
      const problem = invalid(r, rule, tree.source.length);
      if (problem) {
        failure = `rule ${rule.id} (${rule.name}) reported an invalid problem: ${problem}`;
        return;
      }
      if (suppressions.isSuppressed(rule.id, r.span.start)) return;
      const message = asAdopted ? `${r.message} (as adopted)` : r.message;
      accepted.push({ code: rule.id, rule: rule.name, message, severity, span: r.span, fix: asAdopted ? null : (r.fix ?? null) });
    };
    try {
      rule.check({ tree, facts, options, report });
    } catch (e) {
      failure = `rule ${rule.id} (${rule.name}) crashed: ${(e as Error)?.message ?? String(e)}`;
    }
    if (failure) out.push(internal(failure));
    else out.push(...accepted);
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
}

function internal(message: string): LintDiagnostic {
  const span: Span = { start: 0, end: 0 };
  return { code: INTERNAL_CODE, rule: "internal", message, severity: "error", span, fix: null };
}

function defaults(rule: Rule): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  for (const [k, o] of Object.entries(rule.options ?? {})) d[k] = o.default;
  return d;
}

/** Why a report is unacceptable, or null. */
function invalid(r: Report, rule: Rule, length: number): string | null {
  if (!r || typeof r !== "object") return "not an object";
  if (!validSpan(r.span, length)) return `range ${JSON.stringify(r.span)} is outside the text (length ${length})`;
  if (typeof r.message !== "string" || r.message.trim() === "") return "empty message";
  if (r.fix !== undefined) {
    if (!rule.fixable) return "a fix from a rule not declared fixable";
    return invalidFix(r.fix, length);
  }
  return null;
}

function invalidFix(fix: Fix, length: number): string | null {
  if (typeof fix.title !== "string" || fix.title === "") return "a fix without a title";
  if (!Array.isArray(fix.edits) || fix.edits.length === 0) return "a fix without edits";
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (!validSpan(e, length) || typeof e.text !== "string") return `edit ${JSON.stringify(e)} is outside the text`;
    if (i > 0 && e.start < edits[i - 1]!.end) return "a fix whose edits overlap";
  }
  return null;
}

function validSpan(s: Span | undefined, length: number): boolean {
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length;
}

function frontMatterValue(tree: Resolution, key: string): string | null {
  const e = tree.frontMatter?.entries.find((x) => x.key.value.toLowerCase() === key);
  return e ? e.value.value.trim() : null;
}

export function documentFacts(tree: Resolution, config: LintConfig): DocumentFacts {
  const status = frontMatterValue(tree, "status")?.toLowerCase() ?? config.status;
  const symbol = tree.header.symbol?.value ?? frontMatterValue(tree, "symbol") ?? "";
  const adopted = isAdoptedText(symbol, tree.title?.number?.value);
  return {
    session: tree.header.sessionNumber ?? config.session,
    final: status === "final",
    draft: !adopted && status !== "final",
    adopted,
    extraPreambularOpeners: config.openers.preambular,
    extraOperativeOpeners: config.openers.operative,
  };
}
