/**
 * A repeated opener follows what it repeats: `Recalling also` needs an earlier `Recalling`;
 * `Recalling further` needs an earlier `Recalling also`. The preamble keeps this strictly
 * (2,249 of 2,251 official cases); RES028 checks the operative part the same way.
 */
import { defineRule, type Report } from "../lint/types";
import type { Paragraph } from "../syntax/tree";
import { spanOf } from "../lint/text";
import { repeatForm } from "./repeat-form";

/** Report repetitions without what they repeat: `X also` without an earlier `X`, `X further` without an earlier `X also`. */
export function checkSequence(paragraphs: readonly Paragraph[], report: (r: Report) => void): void {
  // 0: the plain opener was seen; 1: its `also` form was seen too.
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    const f = repeatForm(p);
    if (!f) continue;
    const level = seen.get(f.base);
    if (f.adverb === null) {
      if (level === undefined) seen.set(f.base, 0);
      continue;
    }
    // Made only for a repetition (a few paragraphs), not for every plain opener.
    const cap = f.base[0]!.toUpperCase() + f.base.slice(1);
    const span = spanOf(p.body, f.at, f.at + f.length);
    const written = p.body.text.slice(f.at, f.at + f.length).replace(/\s+/g, " ");
    if (level === undefined) {
      report({ span, message: `'${written}' repeats '${cap}', but no earlier paragraph opens with '${cap}'` });
    } else if (f.adverb === "further" && level === 0) {
      // In the preamble, the opener as written with `also` for `further` (`Taking note further` → `Taking note also`).
      const also = p.kind !== "preamble" ? `Also ${f.base}` : f.position === "after" ? written.replace(/\bfurther\b/, "also") : `${cap} also`;
      report({ span, message: `'${written}' comes after '${also}'; use '${also}' for the first repetition` });
    }
    seen.set(f.base, 1);
  }
}

export default defineRule({
  id: "RES009",
  name: "repeated-opener-sequence",
  description: "In the preamble, 'X also' follows an earlier 'X', and 'X further' an earlier 'X also'",
  tags: ["openers", "preamble"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    checkSequence(tree.preamble, report);
  },
});
