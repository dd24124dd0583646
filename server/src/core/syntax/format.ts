/**
 * Which reader a text needs, decided in one place for the CLI and the language server alike: the text's own
 * evidence first, the file name only as a tie-breaker. (Five call sites used to choose on their own, so
 * `resdraft outline` and `resdraft lint` could read the same `.txt` differently.)
 */
import type { SourceFormat } from "./tree";

/** What a path says about the format: `.unres` the authoring format, `.txt` an official text, else nothing. */
export function formatHint(path: string | null | undefined): SourceFormat | undefined {
  if (!path) return undefined;
  const p = path.toLowerCase();
  if (p.endsWith(".unres")) return "unres";
  if (p.endsWith(".txt")) return "official";
  return undefined;
}

/** Parse options for a file: the hint as `{ format }`, or none. */
export function formatOptions(path: string | null | undefined): { format?: SourceFormat } {
  const format = formatHint(path);
  return format ? { format } : {};
}

/**
 * Official text carries a masthead or page furniture (form feeds, `Distr.:`, a footnote rule, job numbers,
 * barcodes); `.unres` carries front matter, `[^n]` markers or comments. Evidence of one kind only decides;
 * with both or neither the caller's hint (from the file name) does, and without a hint `.unres`, the
 * authoring format.
 */
export function detectFormat(source: string, hint?: SourceFormat): SourceFormat {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, "");
  const sample = source.slice(0, 200000);
  // A literal each expression needs is searched for first (`includes` is far faster than an expression over the
  // whole sample, and most texts hold no `[^` at all).
  const unres = /^\s*---\s*(?:\r?\n|\r)/.test(head) || (sample.includes("[^") && /\[\^[A-Za-z0-9*]+\]/.test(sample)) || head.includes("<!--");
  const official = sample.includes("\f") || /^\s*(?:\S.*\s)?Distr\.:/m.test(head) || (sample.includes("________") && /^\s*_{8,}\s*$/m.test(sample)) ||
    /^\s*\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s+\d{6})?\s*$/m.test(sample) || (sample.includes("*") && /^\s*\*\d{6,9}\*\s*$/m.test(sample));
  if (unres !== official) return unres ? "unres" : "official";
  return hint ?? "unres";
}
