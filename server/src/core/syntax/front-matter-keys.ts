/**
 * The front matter keys something reads, and a warning for any other: a misspelt or invented key
 * (`base:` for `predecessor:`) would otherwise be ignored without a word.
 */
import type { FrontMatter, SyntaxDiagnostic } from "./tree";

/** Every key read from a draft's front matter (parse.ts, lint/engine.ts, editor/describe.ts, compare/from-tree.ts). */
export const FRONT_MATTER_KEYS = ["symbol", "predecessor", "session", "status", "agenda-item", "agenda", "adopted", "date", "committee", "sponsors", "title"] as const;

const KNOWN = new Set<string>(FRONT_MATTER_KEYS);

export function frontMatterKeyDiagnostics(fm: FrontMatter | null): SyntaxDiagnostic[] {
  if (!fm) return [];
  return fm.entries
    .filter((e) => !KNOWN.has(e.key.value.toLowerCase()))
    .map((e) => ({
      code: "SYN020",
      severity: "warning" as const,
      span: e.key.span,
      message: `Unknown front matter key "${e.key.value}": nothing reads it. Known keys: ${FRONT_MATTER_KEYS.join(", ")}.`,
    }));
}
