/** The first-line test for resolutions saved as plain text (no vscode import: unit-tested). */

/** The manifest's `firstLine` rule, less the `---` alternative: a plain text may well start with a rule. */
export function firstLineRule(packageJson: { contributes?: { languages?: { id: string; firstLine?: string }[] } }): RegExp | null {
  const source = packageJson.contributes?.languages?.find((l) => l.id === "unres")?.firstLine;
  return source ? new RegExp(source) : null;
}

export function looksLikeResolution(firstLine: string, rule: RegExp): boolean {
  return !/^\s*---\s*$/.test(firstLine) && rule.test(firstLine.replace(/^\uFEFF/, ""));
}
