/**
 * Whether a fix leaves the paragraph structure as it is. Some edits change how the parser reads a
 * paragraph: capitalising `recalls` makes an operative verb of it, and removing the number of
 * `1. Asks for the report.` leaves a paragraph the unnumbered reading takes for preambular. A fix
 * that turns one kind of paragraph into another is not certain, so such a rule checks its edit here
 * (on a re-parse: only for the rare fixes that can do this, never per paragraph of a whole text).
 */
import { applyFixes } from "../lint/fixes";
import type { TextEdit } from "../lint/types";
import { parse } from "../syntax/parse";
import type { Resolution } from "../syntax/tree";

export function keepsStructure(tree: Resolution, edits: readonly TextEdit[]): boolean {
  const { text } = applyFixes(tree.source, [{ title: "check", edits }]);
  const after = parse(text, { format: tree.format });
  return after.preamble.length === tree.preamble.length && after.operative.length === tree.operative.length && after.footnotes.length === tree.footnotes.length;
}
