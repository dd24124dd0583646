/**
 * Lint results as text (compiler style), JSON (the documented contract) and SARIF 2.1.0.
 * Pure: the CLI reads the files and writes the output.
 */
import type { Severity } from "../syntax/tree";
import type { Range } from "../text/line-index";
import type { RuleMeta } from "./types";

/** One diagnostic as the CLI reports it: 0-based LSP-style range. */
export interface FileDiagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly fixable: boolean;
}

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly FileDiagnostic[];
}

/** `file:line:col severity RESnnn message`, 1-based like a compiler, one per line. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}${d.fixable ? " [fixable]" : ""}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), null, 2) + "\n";
}

const SARIF_LEVEL: Record<Severity, string> = { error: "error", warning: "warning", information: "note", hint: "note" };

/** SARIF 2.1.0 for code scanning: one run, the rules as its driver's rules, 1-based regions. */
export function formatSarif(results: readonly FileResult[], rules: readonly RuleMeta[], version: string, docsUrl: (id: string) => string): string {
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "resdraft",
            version,
            informationUri: docsUrl("").replace(/\/[^/]*$/, "/"),
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.description },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { tags: r.tags, fixable: r.fixable },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            ...(rules.some((x) => x.id === d.code) ? { ruleIndex: rules.findIndex((x) => x.id === d.code) } : {}),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.split("\\").join("/") },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

/** Where a rule's doc lives in the repository (the LSP prefers a local copy when it has one). */
export const DOCS_BASE = "https://github.com/resdraft/resdraft/blob/main/docs/rules/";
export function docsUrl(id: string): string {
  return id ? `${DOCS_BASE}${id}.md` : DOCS_BASE;
}
