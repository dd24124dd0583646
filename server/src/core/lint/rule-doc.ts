/**
 * The generated header of `docs/rules/RESnnn.md`, from the rule's metadata. The prose below the
 * header is hand-written; scripts/gen-rule-docs.mjs rewrites only the header, and a test fails
 * when a doc's header and the metadata drift apart.
 */
import type { Rule } from "./types";
import { ADOPTED_SEVERITY } from "./engine";

export const DOC_HEADER_START = "<!-- generated from the rule's metadata by scripts/gen-rule-docs.mjs: edit the rule, not this header -->";
export const DOC_HEADER_END = "<!-- end of generated header -->";

export function ruleDocHeader(rule: Rule): string {
  const options = Object.entries(rule.options ?? {});
  const lines = [
    DOC_HEADER_START,
    `# ${rule.id} \`${rule.name}\``,
    "",
    `${rule.description}.`,
    "",
    `- Default severity: ${rule.severity}${rule.enabledByDefault === false ? " (off by default)" : ""}` +
      `; ${ADOPTED_SEVERITY} without a fix in an adopted text (A/RES symbol or resolution number), which can only change by corrigendum`,
    `- Fixable: ${rule.fixable ? "yes, where the right text is certain" : "no"}`,
    `- Tags: ${rule.tags.map((t) => `\`${t}\``).join(", ")}`,
    options.length === 0
      ? "- Options: none"
      : ["- Options:", ...options.map(([k, o]) => `  - \`${k}\` (default \`${JSON.stringify(o.default)}\`): ${o.description}`)].join("\n"),
    `- Configure in \`.resdraft.json\`: \`{ "rules": { "${rule.id}": "off" | "error" | "warning" | "information" | "hint" } }\`` +
      `; silence one paragraph with \`<!-- resdraft-disable-next-paragraph ${rule.id} -->\``,
    DOC_HEADER_END,
  ];
  return lines.join("\n");
}

/** Replace the generated header of a doc (or put one on top). */
export function withDocHeader(doc: string, rule: Rule): string {
  const header = ruleDocHeader(rule);
  const start = doc.indexOf(DOC_HEADER_START);
  const end = doc.indexOf(DOC_HEADER_END);
  if (start >= 0 && end > start) return doc.slice(0, start) + header + doc.slice(end + DOC_HEADER_END.length);
  return header + "\n\n" + doc;
}

/** `docs/rules/README.md`: every rule in one table, generated whole from the registry. */
export function ruleIndex(rules: readonly Rule[]): string {
  const rows = rules.map((r) => {
    const severity = r.enabledByDefault === false ? `${r.severity} (off by default)` : r.severity;
    return `| [${r.id}](${r.id}.md) | \`${r.name}\` | ${r.description} | ${severity} | ${r.fixable ? "yes" : "no"} |`;
  });
  return [
    "<!-- generated from the rules' metadata by scripts/gen-rule-docs.mjs: edit the rules, not this file -->",
    "# Rules",
    "",
    `${rules.length} rules. An id is never reused. Configure them in \`.resdraft.json\` or the \`resdraft.*\` settings`,
    "(see `docs/cli.md`); silence one in a `.unres` file with `<!-- resdraft-disable-next-paragraph RESnnn -->`.",
    "",
    "The severity below is a draft's. In an adopted text (an `A/RES/…` symbol or a resolution number) every finding of",
    `every rule is ${ADOPTED_SEVERITY}, without a fix, and ends with "(as adopted)": an adopted text changes only by`,
    "corrigendum, so what a rule finds there is a fact to know (and not to copy into next year's draft). A severity",
    "set in the configuration wins in both.",
    "",
    "| Rule | Name | What it checks | Severity | Fix |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
