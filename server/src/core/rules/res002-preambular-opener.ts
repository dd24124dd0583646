/**
 * A preambular paragraph opens with a known participle, participial phrase or adjective,
 * capitalised, and carries no number.
 */
import { defineRule } from "../lint/types";
import { spanOf } from "../lint/text";
import { firstWord, isOperativeHead, isPreambularHead, knownPreambular } from "./opener-words";
import { keepsStructure } from "./keeps-structure";
import { startsWithOpener } from "../syntax/opener";

export default defineRule({
  id: "RES002",
  name: "preambular-opener",
  description: "A preambular paragraph opens with a known, capitalised participle or adjective and is not numbered",
  tags: ["preamble", "openers"],
  severity: "warning",
  fixable: true,
  options: {
    extraOpeners: { description: "Openers to accept besides the official ones (also `openers.preambular`)", default: [] },
  },
  check({ tree, facts, options, report }) {
    const extra = [...facts.extraPreambularOpeners, ...((options.extraOpeners as string[]) ?? [])];
    for (const p of tree.preamble) {
      // A contested paragraph is written whole in brackets (`[Recalling …,]`): its opener follows the bracket.
      const text = p.body.text.replace(/^\s*(?:\[\s*)?/, "");
      const word = firstWord(text);
      if (!word) continue;
      const lead = p.body.text.length - text.length + (text.length - text.replace(/^[“"]+/, "").length);
      const wordSpan = spanOf(p.body, lead, lead + word.length);
      const src = wordSpan.start;
      if (word[0] !== word[0]!.toUpperCase()) {
        const edits = [{ start: src, end: src + 1, text: word[0]!.toUpperCase() }];
        // `recalls …,` capitalised is an operative paragraph: which participle was meant is not certain.
        // In a draft the parser's own test decides (a re-parse per lower-case opener was quadratic on a
        // pasted lower-case text); an official text's layout rules are subtler, so there it re-parses.
        const capitalised = word[0]!.toUpperCase() + text.slice(1);
        const keeps = tree.format === "unres" ? !startsWithOpener(capitalised, "operative", true) : keepsStructure(tree, edits);
        const fix = keeps ? { title: `Capitalise '${word}'`, edits } : undefined;
        report({ span: wordSpan, message: `The preambular opener '${word}' must begin with a capital letter`, ...(fix ? { fix } : {}) });
        continue;
      }
      if (p.opener?.known) continue;
      if (!knownPreambular(text, extra)) {
        report({ span: p.opener?.span ?? wordSpan, message: `'${p.opener?.text ?? word}' is not a known preambular opener (a participle, participial phrase or adjective)` });
      }
    }
    // A numbered paragraph that opens like a preambular one is a numbered preambular paragraph,
    // when it comes before every paragraph that opens with an operative verb.
    for (const p of tree.operative) {
      const word = firstWord(p.body.text);
      if (isOperativeHead(word) || (p.opener?.head && isOperativeHead(p.opener.head))) break;
      if (p.number && isPreambularHead(word)) {
        report({ span: p.number.span, message: `'${word} …' is a preambular paragraph: preambular paragraphs are not numbered` });
      }
    }
  },
});
