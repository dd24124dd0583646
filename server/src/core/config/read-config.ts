/**
 * `.resdraft.json` text (JSON with comments) → a validated `LintConfig`, or problems.
 *
 * Shape:
 * ```jsonc
 * {
 *   "session": 81,                        // the document's session when the text does not say
 *   "status": "draft",                    // or "final"
 *   "openers": { "preambular": ["Heeding"], "operative": ["Exhorts"] },
 *   "rules": {
 *     "RES024": "off",                    // off | on | error | warning | information | hint | true | false
 *     "curly-quotes": { "severity": "hint" },
 *     "RES002": { "extraOpeners": ["Heeding"] }   // options by name
 *   }
 * }
 * ```
 * Any problem makes the whole file count as broken (the caller reports it and lints with the
 * other layers), because half-applying a config hides the mistake.
 */
// The ESM build: esbuild cannot bundle the package's UMD main (it requires files by computed paths).
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser/lib/esm/main.js";
import type { Severity } from "../syntax/tree";
import type { RuleMeta } from "../lint/types";
import { EMPTY_CONFIG, type ConfigProblem, type LintConfig, type RuleSetting } from "./config";

const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint"];

export interface ConfigResult {
  readonly config: LintConfig;
  readonly problems: readonly ConfigProblem[];
}

export function readConfig(text: string, rules: readonly RuleMeta[]): ConfigResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const message = e ? `not valid JSON: ${describeParseError(printParseErrorCode(e.error))}` : "the file is empty";
    return { config: EMPTY_CONFIG, problems: [{ message, start: e?.offset ?? 0, end: (e?.offset ?? 0) + (e?.length ?? 0) }] };
  }
  return validate(root, rules);
}

/** The same validation for a value that is already parsed (the `resdraft.*` settings). */
export function configFromValue(value: unknown, rules: readonly RuleMeta[]): ConfigResult {
  if (value === undefined || value === null) return { config: EMPTY_CONFIG, problems: [] };
  return readConfig(JSON.stringify(value), rules);
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function validate(root: Node, rules: readonly RuleMeta[]): ConfigResult {
  const problems: ConfigProblem[] = [];
  const problem = (node: Node, message: string) => problems.push({ message, start: node.offset, end: node.offset + node.length });
  if (root.type !== "object") {
    problem(root, "the configuration must be a JSON object");
    return { config: EMPTY_CONFIG, problems };
  }
  let session: number | null = null;
  let status: LintConfig["status"] = null;
  const openers = { preambular: [] as string[], operative: [] as string[] };
  const settings: Record<string, RuleSetting> = {};
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === "$schema") continue;
    if (key === "session") {
      if (valueNode.type === "null") continue;
      if (valueNode.type !== "number" || !Number.isInteger(valueNode.value) || valueNode.value < 1 || valueNode.value > 200) {
        problem(valueNode, `"session" must be a session number such as 81`);
      } else session = valueNode.value as number;
    } else if (key === "status") {
      if (valueNode.value === "draft" || valueNode.value === "final") status = valueNode.value;
      else if (valueNode.type !== "null") problem(valueNode, `"status" must be "draft" or "final"`);
    } else if (key === "openers") {
      readOpeners(valueNode, openers, problem);
    } else if (key === "rules") {
      readRules(valueNode, rules, settings, problem);
    } else {
      problem(keyNode, `unknown setting "${key}" (known: session, status, openers, rules)`);
    }
  }
  if (problems.length > 0) return { config: EMPTY_CONFIG, problems };
  return { config: { rules: settings, session, status, openers }, problems };
}

function readOpeners(node: Node, into: { preambular: string[]; operative: string[] }, problem: (n: Node, m: string) => void) {
  if (node.type !== "object") return problem(node, `"openers" must be an object with "preambular" and "operative" lists`);
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (key !== "preambular" && key !== "operative") {
      problem(k, `unknown opener list "${key}" (known: preambular, operative)`);
      continue;
    }
    const list = stringList(v);
    if (!list) problem(v, `"openers.${key}" must be a list of phrases`);
    else into[key].push(...list);
  }
}

function readRules(node: Node, rules: readonly RuleMeta[], into: Record<string, RuleSetting>, problem: (n: Node, m: string) => void) {
  if (node.type !== "object") return problem(node, `"rules" must be an object mapping rule ids to settings`);
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    const rule = rules.find((r) => r.id === key.toUpperCase() || r.name === key);
    if (!rule) {
      problem(k, `unknown rule "${key}"`);
      continue;
    }
    const setting = readRuleSetting(v, rule, problem);
    if (setting) into[rule.id] = setting;
  }
}

function readRuleSetting(v: Node, rule: RuleMeta, problem: (n: Node, m: string) => void): RuleSetting | null {
  if (v.type === "boolean") return { enabled: v.value as boolean };
  if (v.type === "string") {
    const s = String(v.value);
    if (s === "off") return { enabled: false };
    if (s === "on") return { enabled: true };
    if ((SEVERITIES as readonly string[]).includes(s)) return { enabled: true, severity: s as Severity };
    problem(v, `"${rule.id}" must be "off", "on", a severity (${SEVERITIES.join(", ")}), true, false or an object`);
    return null;
  }
  if (v.type !== "object") {
    problem(v, `"${rule.id}" must be "off", "on", a severity, true, false or an object`);
    return null;
  }
  let enabled: boolean | undefined;
  let severity: Severity | undefined;
  const options: Record<string, unknown> = {};
  for (const prop of v.children ?? []) {
    const [k, val] = prop.children ?? [];
    if (!k || !val) continue;
    const key = String(k.value);
    if (key === "enabled") {
      if (val.type === "boolean") enabled = val.value as boolean;
      else problem(val, `"enabled" must be true or false`);
    } else if (key === "severity") {
      if ((SEVERITIES as readonly string[]).includes(String(val.value))) severity = val.value as Severity;
      else problem(val, `"severity" must be one of ${SEVERITIES.join(", ")}`);
    } else {
      const spec = rule.options?.[key];
      if (!spec) {
        const known = Object.keys(rule.options ?? {});
        problem(k, `${rule.id} has no option "${key}"${known.length ? ` (options: ${known.join(", ")})` : " (it takes no options)"}`);
        continue;
      }
      const value = optionValue(val, spec.default);
      if (value === undefined) problem(val, `option "${key}" of ${rule.id} must be ${typeName(spec.default)}`);
      else options[key] = value;
    }
  }
  return { enabled: enabled ?? true, ...(severity ? { severity } : {}), options };
}

function optionValue(node: Node, def: unknown): unknown {
  if (Array.isArray(def)) return stringList(node) ?? undefined;
  if (typeof def === "number") return node.type === "number" ? node.value : undefined;
  if (typeof def === "boolean") return node.type === "boolean" ? node.value : undefined;
  if (typeof def === "string") return node.type === "string" ? node.value : undefined;
  return undefined;
}

function typeName(def: unknown): string {
  return Array.isArray(def) ? "a list of strings" : `a ${typeof def}`;
}

function stringList(node: Node): string[] | null {
  if (node.type !== "array") return null;
  const items = (node.children ?? []).map((c) => (c.type === "string" ? String(c.value) : null));
  return items.every((s): s is string => s !== null) ? items : null;
}
