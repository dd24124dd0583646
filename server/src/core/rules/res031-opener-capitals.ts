/**
 * Only the first word of an opener is capitalised: `Takes note of`, `Recalling also`, `Calls upon`,
 * `Noting with concern` (Editorial Manual; conventions §6.9). The official opener lists say what an
 * opener is: every listed phrase is lower case after its first word, so a capital inside the words a
 * paragraph shares with a listed phrase (compared without regard to case) is a slip. Words past the
 * phrase (`Takes note of the Peacebuilding Fund`) are the object, where proper nouns and defined terms
 * keep their capitals, and are not looked at. Modifiers before a phrase or a head verb (`Strongly Warns`,
 * `Warmly Congratulates`) are part of the opener.
 */
import { defineRule } from "../lint/types";
import { contiguous, spanOf } from "../lint/text";
import { OPERATIVE_HEAD_VERBS, OPERATIVE_OPENERS, PREAMBULAR_HEAD_WORDS, PREAMBULAR_OPENERS } from "../data/openers";
import type { Paragraph } from "../syntax/tree";

const PHRASES = [...new Set([...PREAMBULAR_OPENERS, ...OPERATIVE_OPENERS].map((o) => o.phrase.toLowerCase()))].sort(
  (a, b) => b.length - a.length,
);
/** A repetition adverb may follow a listed phrase (`Welcoming in this regard further`). */
const REPEAT = /^ (also|further)(?![\p{L}’'-])/iu;

const HEADS = new Set([...PREAMBULAR_HEAD_WORDS, ...OPERATIVE_HEAD_VERBS].map((w) => w.toLowerCase()));
/**
 * Words that stand before an opener and modify it, as the lists show them: a listed phrase that is the word and
 * another listed phrase (`strongly condemns`, `remaining deeply concerned`, `ever mindful`), or an adverb in -ly
 * (`Warmly congratulates`, not listed itself).
 */
const MODIFIERS = new Set(
  PHRASES.flatMap((p) => {
    const i = p.indexOf(" ");
    return i > 0 && PHRASES.includes(p.slice(i + 1)) ? [p.slice(0, i)] : [];
  }),
);
const isModifier = (w: string) => MODIFIERS.has(w) || /^\p{L}{2,}ly$/u.test(w);

/** Length of the longest listed phrase `text` starts with, ignoring case, ending at a word boundary. */
function listedPhraseLength(text: string): number {
  const t = text.toLowerCase();
  const hit = PHRASES.find((p) => t.startsWith(p) && !/[\p{L}\p{N}’'-]/u.test(t[p.length] ?? " "));
  if (!hit) return 0;
  return hit.length + (REPEAT.exec(text.slice(hit.length))?.[0].length ?? 0);
}

/**
 * Length of the opener `text` starts with: a listed phrase, or modifiers and then a listed phrase or a listed
 * head word (`Strongly warns`, `Warmly congratulates`: the head is the opener even where the pair is not listed).
 */
function openerLength(text: string): number {
  const listed = listedPhraseLength(text);
  let at = 0;
  for (let m = /^([\p{L}]+) +/u.exec(text); m && isModifier(m[1]!.toLowerCase()); m = /^([\p{L}]+) +/u.exec(text.slice(at))) {
    at += m[0].length;
    const rest = text.slice(at);
    const phrase = listedPhraseLength(rest);
    const head = /^[\p{L}-]+(?![\p{L}’'-])/u.exec(rest)?.[0];
    const length = phrase || (head && HEADS.has(head.toLowerCase()) ? head.length : 0);
    if (length) return Math.max(listed, at + length);
  }
  return listed;
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
      const length = openerLength(text);
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
