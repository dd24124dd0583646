/**
 * Lint configuration: the validated form of `.resdraft.json` and of the `resdraft.*` settings.
 *
 * Pure: the CLI and the language server read the file; this module turns its text into a
 * config or into problems with offsets into that text, so a broken config is reported on
 * the config file instead of being silently ignored.
 */
import type { Severity } from "../syntax/tree";

/** One rule's effective setting. */
export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface LintConfig {
  /** By rule id (`RES012`); names are resolved to ids when the config is read. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The document's session when the document itself does not say (drafts without front matter). */
  readonly session: number | null;
  /** `final` makes negotiation leftovers errors even without front matter. */
  readonly status: "draft" | "final" | null;
  readonly openers: { readonly preambular: readonly string[]; readonly operative: readonly string[] };
}

export const EMPTY_CONFIG: LintConfig = Object.freeze({
  rules: {},
  session: null,
  status: null,
  openers: { preambular: [], operative: [] },
});

/** A problem in a config file, with its place in that file's text. */
export interface ConfigProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Layer configs: later ones win. Rule settings merge field by field, so a project file that
 * only raises a severity keeps the options a user setting gave.
 */
export function mergeConfigs(...configs: readonly LintConfig[]): LintConfig {
  const rules: Record<string, RuleSetting> = {};
  let session: number | null = null;
  let status: LintConfig["status"] = null;
  const preambular: string[] = [];
  const operative: string[] = [];
  for (const c of configs) {
    for (const [id, s] of Object.entries(c.rules)) {
      const prev = rules[id] ?? {};
      rules[id] = { ...prev, ...s, options: { ...(prev.options ?? {}), ...(s.options ?? {}) } };
    }
    session = c.session ?? session;
    status = c.status ?? status;
    preambular.push(...c.openers.preambular);
    operative.push(...c.openers.operative);
  }
  return { rules, session, status, openers: { preambular, operative } };
}
