/**
 * Only the first word of an opener is capitalised: `Takes note of`, `Recalling also`, `Calls upon`,
 * `Noting with concern` (Editorial Manual; conventions §6.9). The official opener lists say what an
 * opener is: every listed phrase is lower case after its first word, so a capital inside the words a
 * paragraph shares with a listed phrase (compared without regard to case) is a slip. Words past the
 * phrase (`Takes note of the Peacebuilding Fund`) are the object, where proper nouns and defined terms
 * keep their capitals, and are not looked at.
 */
import { defineRule } from "../lint/types";
import { contiguous, spanOf } from "../lint/text";
import { OPERATIVE_OPENERS, PREAMBULAR_OPENERS } from "../data/openers";
import type { Paragraph } from "../syntax/tree";

const PHRASES = [...new Set([...PREAMBULAR_OPENERS, ...OPERATIVE_OPENERS].map((o) => o.phrase.toLowerCase()))].sort(
  (a, b) => b.length - a.length,
);
/** A repetition adverb may follow a listed phrase (`Welcoming in this regard further`). */
const REPEAT = /^ (also|further)(?![\p{L}’'-])/iu;

/** Length of the longest listed phrase `text` starts with, ignoring case, ending at a word boundary. */
function listedPhraseLength(text: string): number {
  const t = text.toLowerCase();
  const hit = PHRASES.find((p) => t.startsWith(p) && !/[\p{L}\p{N}’'-]/u.test(t[p.length] ?? " "));
  if (!hit) return 0;
  return hit.length + (REPEAT.exec(text.slice(hit.length))?.[0].length ?? 0);
}

export default defineRule({
  id: "RES031",
  name: "opener-capitals",
  description: "Only the first word of an opener is capitalised: 'Takes note of', not 'Takes Note of'",
  tags: ["openers"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    const check = (p: Paragraph) => {
      const lead = /^\s*(?:\[\s*)?/.exec(p.body.text)![0].length;
      // Spaces in the body are single (lines joined); no-break spaces count as spaces, offsets kept.
      const text = p.body.text.slice(lead).replace(/[\u00a0\u2000-\u200a\u202f\t]/g, " ");
      const length = listedPhraseLength(text);
      if (!length) return;
      const words = /[\p{L}][\p{L}’'-]*/gu;
      words.lastIndex = text.indexOf(" ") + 1 || length;
      for (let m = words.exec(text); m && m.index < length; m = words.exec(text)) {
        const w = m[0];
        if (w[0] === w[0]!.toLowerCase()) continue;
        const lower = w[0]!.toLowerCase() + w.slice(1);
        const from = lead + m.index;
        const span = spanOf(p.body, from, from + w.length);
        report({
          span,
          message: `Only the first word of an opener is capitalised: '${lower}', not '${w}'`,
          ...(contiguous(p.body, from, from + 1)
            ? { fix: { title: `Write '${lower}'`, edits: [{ start: span.start, end: span.start + 1, text: w[0]!.toLowerCase() }] } }
            : {}),
        });
      }
    };
    for (const p of tree.preamble) check(p);
    for (const p of tree.operative) check(p);
  },
});
