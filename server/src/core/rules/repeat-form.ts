/**
 * How a paragraph's opener repeats an earlier one: `Recalling also` (adverb after the head),
 * `Also requests` (adverb before), or plain. Shared by RES009 and RES010.
 */
import type { Paragraph } from "../syntax/tree";

// Regex literals used inside functions, made once here: a literal in a function body is a new RegExp object on
// every call (garbage on every line and paragraph). None has the g or y flag, so sharing one carries no state.
const RE1 = /^[\s[]*/;
const RE2 = /^(Also|Further)(\s+)(?:(?:strongly|urgently|firmly|once again|again)\s+)?([\p{L}-]+)/u;
const RE3 = /^([\p{L}-]+)(\s+)(also|further)\b/u;
const RE4 = /\b(also|further)$/;
const RE5 = /^[,;]|^\s+(its|the|that|with|in|by|to|on)\b/;
const RE6 = /^([\p{L}-]+)/u;
const RE7 = /^(?:strongly|urgently|firmly|deeply|once again|again|fully|further and strongly|most|gravely|seriously|profoundly)\s+([\p{L}-]+)/iu;
const RE8 = /\s+/;

export interface RepeatForm {
  /** The repeated word, lower case: `recalling`, `requests`. */
  readonly base: string;
  readonly adverb: "also" | "further" | null;
  readonly position: "before" | "after" | null;
  /** Where the words `Also requests` / `Requests also` are in the body text. */
  readonly at: number;
  readonly length: number;
}

/**
 * RES009, RES010 and RES028 each ask about the same paragraphs: the answer is kept per paragraph object (trees
 * are immutable, and a weak map lets a tree's answers go with it).
 */
const memo = new WeakMap<Paragraph, RepeatForm | null>();

export function repeatForm(p: Paragraph): RepeatForm | null {
  let f = memo.get(p);
  if (f === undefined) memo.set(p, (f = readRepeatForm(p)));
  return f;
}

function readRepeatForm(p: Paragraph): RepeatForm | null {
  const text = p.body.text;
  // A paragraph in negotiation brackets (`[Recalling also …,]`) repeats an opener all the same.
  const lead = RE1.exec(text)![0].length;
  const before = RE2.exec(text.slice(lead));
  if (before) {
    return { base: before[3]!.toLowerCase(), adverb: before[1]!.toLowerCase() as "also" | "further", position: "before", at: lead, length: before[0].length };
  }
  const after = RE3.exec(text.slice(lead));
  const opener = p.opener?.text ?? "";
  // `Welcoming further progress`: "further" is an adjective there, unless the opener phrase ends with it.
  if (after && (!p.opener || RE4.test(opener) || after[3] === "also" || RE5.test(text.slice(lead + after[0].length)))) {
    return { base: after[1]!.toLowerCase(), adverb: after[3] as "also" | "further", position: "after", at: lead, length: after[0].length };
  }
  const word = RE6.exec(text.slice(lead));
  if (!word) return null;
  // `Strongly encourages`, `Deeply concerned`: the repeated word is the head, after its adverb.
  const head = RE7.exec(text.slice(lead));
  if (head) return { base: head[1]!.toLowerCase(), adverb: null, position: null, at: lead, length: head[0].length };
  // `Noting with concern also`: the adverb at the end of a longer known opener.
  const tail = RE4.exec(opener);
  if (tail && opener.split(RE8).length > 2) {
    return { base: word[1]!.toLowerCase(), adverb: tail[1] as "also" | "further", position: "after", at: lead, length: opener.length };
  }
  return { base: word[1]!.toLowerCase(), adverb: null, position: null, at: lead, length: word[1]!.length };
}
