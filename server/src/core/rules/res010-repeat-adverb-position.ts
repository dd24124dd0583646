/**
 * Where the adverb of a repeated opener goes: after the participle in the preamble
 * (`Recalling also`, never `Also recalling`), before the verb in the operative part
 * (`Also requests`, not `Requests also`).
 */
import { defineRule } from "../lint/types";
import { contiguous, spanOf } from "../lint/text";
import type { Paragraph } from "../syntax/tree";
import { repeatForm } from "./repeat-form";

export default defineRule({
  id: "RES010",
  name: "repeat-adverb-position",
  description: "'Recalling also' in the preamble, 'Also requests' in the operative part",
  tags: ["openers"],
  // A drafting slip the Editorial Manual names (official texts: `Decides also` 4 times in 2,443 operative
  // repetitions, `Also X` 5 times in 2,940 preambular ones; the engine reports those as information).
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const check = (p: Paragraph, wrong: "before" | "after") => {
      const f = repeatForm(p);
      if (!f || f.position !== wrong || !f.adverb) return;
      const written = p.body.text.slice(f.at, f.at + f.length);
      // `Also recalling` → `Recalling also`; `Also strongly condemning` → `Strongly condemning also` (the adverb
      // after the whole head); `Requests also` → `Also requests`, `Strongly urges also` → `Also strongly urges`.
      const parts = written.split(/\s+/);
      if (parts.length < 2 || parts.length > 3) return;
      const adverb = (wrong === "before" ? parts[0]! : parts.at(-1)!).toLowerCase();
      const rest = (wrong === "before" ? parts.slice(1) : parts.slice(0, -1)).join(" ");
      const right = wrong === "before" ? `${cap(rest)} ${adverb}` : `${cap(adverb)} ${rest[0]!.toLowerCase()}${rest.slice(1)}`;
      const span = spanOf(p.body, f.at, f.at + f.length);
      const where = p.kind === "preamble" ? "In the preamble the adverb follows the participle" : "In the operative part the adverb comes first";
      report({
        span,
        message: `${where}: '${right}', not '${parts.join(" ")}'`,
        ...(contiguous(p.body, f.at, f.at + f.length)
          ? { fix: { title: `Write '${right}'`, edits: [{ start: span.start, end: span.end, text: right }] } }
          : {}),
      });
    };
    for (const p of tree.preamble) check(p, "before");
    for (const p of tree.operative) check(p, "after");
  },
});

function cap(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1).toLowerCase();
}
