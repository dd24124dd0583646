/**
 * An operative paragraph opens with a capitalised verb phrase in the present indicative:
 * `Requests`, `Also requests`, `Takes note with appreciation`; not `Request` or `Requesting`.
 */
import { defineRule } from "../lint/types";
import { spanOf } from "../lint/text";
import { firstWord, isOperativeHead, isPreambularHead, knownOperativePhrase, presentIndicative } from "./opener-words";

// A contested adverb or verb is bracketed on its own (`[Strongly] condemns`, `Strongly [condemns]`): the verb is
// read through the brackets, as the same words without them.
const ADVERBS = /^(also|further|once again|again|strongly|urgently|firmly|warmly|continues to|once more|further and strongly)\]?\s+\[?/i;
// Any adverb in -ly may stand before the verb (`Fully supports`, `Categorically rejects`), not only the listed ones.
const LY_ADVERB = /^(\p{L}+ly)\]?\s+\[?(?=\p{L})/iu;

/** The text after the adverbs that open it (`Also strongly urges` → `urges`); a verb in -ly (`Apply`) is no adverb. */
function afterAdverbs(text: string): string {
  let rest = text;
  for (let i = 0; i < 4; i++) {
    const m = ADVERBS.exec(rest) ?? LY_ADVERB.exec(rest);
    if (!m || (m[1]!.toLowerCase().endsWith("ly") && presentIndicative(m[1]!) !== null)) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** Whether an operative verb follows a comma later in the paragraph: `Alarmed by …, strongly condemns`. */
function laterVerb(text: string): boolean {
  for (const m of text.matchAll(/,\s+/g)) {
    const rest = afterAdverbs(text.slice(m.index + m[0].length));
    const verb = firstWord(rest);
    if (verb && verb[0] === verb[0]!.toLowerCase() && isOperativeHead(verb)) return true;
  }
  return false;
}

export default defineRule({
  id: "RES005",
  name: "operative-verb",
  description: "An operative paragraph opens with a capitalised present-indicative verb phrase",
  tags: ["operative", "openers"],
  severity: "warning",
  fixable: true,
  options: {
    extraVerbs: { description: "Verbs or phrases to accept besides the official ones (also `openers.operative`)", default: [] },
  },
  check({ tree, facts, options, report }) {
    const extra = [...facts.extraOperativeOpeners, ...((options.extraVerbs as string[]) ?? [])];
    for (const p of tree.operative) {
      // A contested paragraph is written whole in brackets (`[Request …;]`): its verb follows the bracket.
      const lead = /^\s*(?:\[\s*)?/.exec(p.body.text)![0].length;
      const text = p.body.text.slice(lead);
      const first = firstWord(text);
      if (!first) continue;
      const start = spanOf(p.body, lead, lead + 1).start;
      // An operative paragraph may open with a past participle or adjective before its verb (`Alarmed by …,
      // calls upon`), as official texts do. A present participle (`9. Inviting all parties …`, `Underlining
      // …, emphasizes`) or a phrase with no verb after it is the preamble's form in the operative part: no
      // operative paragraph of the 361 corpus texts opens with an -ing word.
      // The participle may follow adverbs (`Strongly condemning …`, `Deeply alarmed by …, calls upon`).
      const head = firstWord(afterAdverbs(text)) || first;
      const participle = isPreambularHead(first) || isPreambularHead(head);
      if (participle && !/ing$/i.test(head) && laterVerb(text)) continue;
      if (first[0] !== first[0]!.toUpperCase()) {
        report({
          span: { start, end: start + first.length },
          message: `The operative verb '${first}' must begin with a capital letter`,
          fix: { title: `Capitalise '${first}'`, edits: [{ start, end: start + 1, text: first[0]!.toUpperCase() }] },
        });
        continue;
      }
      const rest = afterAdverbs(text);
      const offset = text.length - rest.length;
      const verb = firstWord(rest);
      // The opener is matched against the preambular list too when no operative phrase fits: a listed
      // participle (`Noting with appreciation`) is known, but not as an operative verb.
      const knownOpener = (p.opener?.known ?? false) && !participle;
      if (isOperativeHead(verb) || knownOperativePhrase(text, extra) || knownOperativePhrase(rest, extra) || knownOpener) {
        continue;
      }
      if (/^[A-Z]?[a-z]+s$/.test(verb) && !/ss$/.test(verb)) {
        // Unknown, but shaped like a present-indicative verb: accept it rather than guess.
        continue;
      }
      const span = spanOf(p.body, lead + offset, lead + offset + verb.length);
      const vStart = span.start;
      const fixed = presentIndicative(verb);
      if (fixed) {
        report({
          span,
          message: `An operative paragraph opens with a verb in the present indicative: '${fixed}', not '${verb}'`,
          fix: { title: `Change '${verb}' to '${fixed}'`, edits: [{ start: vStart, end: vStart + verb.length, text: fixed }] },
        });
      } else {
        report({ span, message: `'${verb}' is not an operative verb in the present indicative (such as 'Requests', 'Decides')` });
      }
    }
  },
});
